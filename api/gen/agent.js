/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["agent"] || ($protobuf.roots["agent"] = {});

export const husk = $root.husk = (() => {

    const husk = {};

    husk.agent = (function() {

        const agent = {};

        agent.v1 = (function() {

            const v1 = {};

            v1.ReleaseRequest = (function() {

                const ReleaseRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ReleaseRequest.create = function(properties) {
                    return new ReleaseRequest(properties);
                };

                ReleaseRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ReleaseRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.husk.agent.v1.ReleaseRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ReleaseRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.agent.v1.ReleaseRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.agent.v1.ReleaseRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.husk.agent.v1.ReleaseRequest();
                };

                ReleaseRequest.toObject = function () {
                    return {};
                };

                ReleaseRequest.prototype.toJSON = function() {
                    return ReleaseRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ReleaseRequest;
            })();

            v1.ReleaseResponse = (function() {

                const ReleaseResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ReleaseResponse.prototype.woken = 0;

                ReleaseResponse.create = function(properties) {
                    return new ReleaseResponse(properties);
                };

                ReleaseResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.woken != null && $Object.hasOwnProperty.call(m, "woken") && m.woken !== 0)
                        w.uint32(8).uint32(m.woken);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ReleaseResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.husk.agent.v1.ReleaseResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.woken = v;
                                else
                                    delete m.woken;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ReleaseResponse.fromObject = function (d, q) {
                    if (d instanceof $root.husk.agent.v1.ReleaseResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.agent.v1.ReleaseResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.agent.v1.ReleaseResponse();
                    if (d.woken != null) {
                        if ($Number(d.woken) !== 0) {
                            m.woken = d.woken >>> 0;
                        }
                    }
                    return m;
                };

                ReleaseResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.woken = 0;
                    }
                    if (m.woken != null && $Object.hasOwnProperty.call(m, "woken")) {
                        d.woken = m.woken;
                    }
                    return d;
                };

                ReleaseResponse.prototype.toJSON = function() {
                    return ReleaseResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ReleaseResponse;
            })();

            return v1;
        })();

        return agent;
    })();

    return husk;
})();

export const grpc = $root.grpc = (() => {

    const grpc = {};

    grpc.CreateContainerRequest = (function() {

        const CreateContainerRequest = function (p) {
            this.devices = [];
            this.storages = [];
            this.shared_mounts = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        CreateContainerRequest.prototype.container_id = "";
        CreateContainerRequest.prototype.exec_id = "";
        CreateContainerRequest.prototype.string_user = null;
        CreateContainerRequest.prototype.devices = $util.emptyArray;
        CreateContainerRequest.prototype.storages = $util.emptyArray;
        CreateContainerRequest.prototype.OCI = null;
        CreateContainerRequest.prototype.sandbox_pidns = false;
        CreateContainerRequest.prototype.shared_mounts = $util.emptyArray;
        CreateContainerRequest.prototype.stdin_port = 0;
        CreateContainerRequest.prototype.stdout_port = 0;
        CreateContainerRequest.prototype.stderr_port = 0;

        CreateContainerRequest.create = function(properties) {
            return new CreateContainerRequest(properties);
        };

        CreateContainerRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id") && m.exec_id !== "")
                w.uint32(18).string(m.exec_id);
            if (m.string_user != null && $Object.hasOwnProperty.call(m, "string_user"))
                $root.grpc.StringUser.encode(m.string_user, w.uint32(26).fork(), q + 1).ldelim();
            if (m.devices != null && m.devices.length) {
                for (var i = 0; i < m.devices.length; ++i)
                    $root.grpc.Device.encode(m.devices[i], w.uint32(34).fork(), q + 1).ldelim();
            }
            if (m.storages != null && m.storages.length) {
                for (var i = 0; i < m.storages.length; ++i)
                    $root.grpc.Storage.encode(m.storages[i], w.uint32(42).fork(), q + 1).ldelim();
            }
            if (m.OCI != null && $Object.hasOwnProperty.call(m, "OCI"))
                $root.grpc.Spec.encode(m.OCI, w.uint32(50).fork(), q + 1).ldelim();
            if (m.sandbox_pidns != null && $Object.hasOwnProperty.call(m, "sandbox_pidns") && m.sandbox_pidns !== false)
                w.uint32(56).bool(m.sandbox_pidns);
            if (m.shared_mounts != null && m.shared_mounts.length) {
                for (var i = 0; i < m.shared_mounts.length; ++i)
                    $root.grpc.SharedMount.encode(m.shared_mounts[i], w.uint32(66).fork(), q + 1).ldelim();
            }
            if (m.stdin_port != null && $Object.hasOwnProperty.call(m, "stdin_port") && m.stdin_port !== 0)
                w.uint32(72).uint32(m.stdin_port);
            if (m.stdout_port != null && $Object.hasOwnProperty.call(m, "stdout_port") && m.stdout_port !== 0)
                w.uint32(80).uint32(m.stdout_port);
            if (m.stderr_port != null && $Object.hasOwnProperty.call(m, "stderr_port") && m.stderr_port !== 0)
                w.uint32(88).uint32(m.stderr_port);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        CreateContainerRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.CreateContainerRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.exec_id = v;
                        else
                            delete m.exec_id;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.string_user = $root.grpc.StringUser.decode(r, r.size(), $undefined, q + 1, m.string_user);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.devices && m.devices.length))
                            m.devices = [];
                        m.devices.push($root.grpc.Device.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.storages && m.storages.length))
                            m.storages = [];
                        m.storages.push($root.grpc.Storage.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.OCI = $root.grpc.Spec.decode(r, r.size(), $undefined, q + 1, m.OCI);
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.sandbox_pidns = v;
                        else
                            delete m.sandbox_pidns;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.shared_mounts && m.shared_mounts.length))
                            m.shared_mounts = [];
                        m.shared_mounts.push($root.grpc.SharedMount.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stdin_port = v;
                        else
                            delete m.stdin_port;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stdout_port = v;
                        else
                            delete m.stdout_port;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stderr_port = v;
                        else
                            delete m.stderr_port;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        CreateContainerRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.CreateContainerRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.CreateContainerRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.CreateContainerRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.exec_id != null) {
                if (typeof d.exec_id !== "string" || d.exec_id.length) {
                    m.exec_id = $String(d.exec_id);
                }
            }
            if (d.string_user != null) {
                if (!$util.isObject(d.string_user))
                    throw $TypeError(".grpc.CreateContainerRequest.string_user: object expected");
                m.string_user = $root.grpc.StringUser.fromObject(d.string_user, q + 1);
            }
            if (d.devices) {
                if (!$Array.isArray(d.devices))
                    throw $TypeError(".grpc.CreateContainerRequest.devices: array expected");
                m.devices = $Array(d.devices.length);
                for (var i = 0; i < d.devices.length; ++i) {
                    if (!$util.isObject(d.devices[i]))
                        throw $TypeError(".grpc.CreateContainerRequest.devices: object expected");
                    m.devices[i] = $root.grpc.Device.fromObject(d.devices[i], q + 1);
                }
            }
            if (d.storages) {
                if (!$Array.isArray(d.storages))
                    throw $TypeError(".grpc.CreateContainerRequest.storages: array expected");
                m.storages = $Array(d.storages.length);
                for (var i = 0; i < d.storages.length; ++i) {
                    if (!$util.isObject(d.storages[i]))
                        throw $TypeError(".grpc.CreateContainerRequest.storages: object expected");
                    m.storages[i] = $root.grpc.Storage.fromObject(d.storages[i], q + 1);
                }
            }
            if (d.OCI != null) {
                if (!$util.isObject(d.OCI))
                    throw $TypeError(".grpc.CreateContainerRequest.OCI: object expected");
                m.OCI = $root.grpc.Spec.fromObject(d.OCI, q + 1);
            }
            if (d.sandbox_pidns != null) {
                if (d.sandbox_pidns) {
                    m.sandbox_pidns = $Boolean(d.sandbox_pidns);
                }
            }
            if (d.shared_mounts) {
                if (!$Array.isArray(d.shared_mounts))
                    throw $TypeError(".grpc.CreateContainerRequest.shared_mounts: array expected");
                m.shared_mounts = $Array(d.shared_mounts.length);
                for (var i = 0; i < d.shared_mounts.length; ++i) {
                    if (!$util.isObject(d.shared_mounts[i]))
                        throw $TypeError(".grpc.CreateContainerRequest.shared_mounts: object expected");
                    m.shared_mounts[i] = $root.grpc.SharedMount.fromObject(d.shared_mounts[i], q + 1);
                }
            }
            if (d.stdin_port != null) {
                if ($Number(d.stdin_port) !== 0) {
                    m.stdin_port = d.stdin_port >>> 0;
                }
            }
            if (d.stdout_port != null) {
                if ($Number(d.stdout_port) !== 0) {
                    m.stdout_port = d.stdout_port >>> 0;
                }
            }
            if (d.stderr_port != null) {
                if ($Number(d.stderr_port) !== 0) {
                    m.stderr_port = d.stderr_port >>> 0;
                }
            }
            return m;
        };

        CreateContainerRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.devices = [];
                d.storages = [];
                d.shared_mounts = [];
            }
            if (o.defaults) {
                d.container_id = "";
                d.exec_id = "";
                d.string_user = null;
                d.OCI = null;
                d.sandbox_pidns = false;
                d.stdin_port = 0;
                d.stdout_port = 0;
                d.stderr_port = 0;
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id")) {
                d.exec_id = m.exec_id;
            }
            if (m.string_user != null && $Object.hasOwnProperty.call(m, "string_user")) {
                d.string_user = $root.grpc.StringUser.toObject(m.string_user, o, q + 1);
            }
            if (m.devices && m.devices.length) {
                d.devices = $Array(m.devices.length);
                for (var j = 0; j < m.devices.length; ++j) {
                    d.devices[j] = $root.grpc.Device.toObject(m.devices[j], o, q + 1);
                }
            }
            if (m.storages && m.storages.length) {
                d.storages = $Array(m.storages.length);
                for (var j = 0; j < m.storages.length; ++j) {
                    d.storages[j] = $root.grpc.Storage.toObject(m.storages[j], o, q + 1);
                }
            }
            if (m.OCI != null && $Object.hasOwnProperty.call(m, "OCI")) {
                d.OCI = $root.grpc.Spec.toObject(m.OCI, o, q + 1);
            }
            if (m.sandbox_pidns != null && $Object.hasOwnProperty.call(m, "sandbox_pidns")) {
                d.sandbox_pidns = m.sandbox_pidns;
            }
            if (m.shared_mounts && m.shared_mounts.length) {
                d.shared_mounts = $Array(m.shared_mounts.length);
                for (var j = 0; j < m.shared_mounts.length; ++j) {
                    d.shared_mounts[j] = $root.grpc.SharedMount.toObject(m.shared_mounts[j], o, q + 1);
                }
            }
            if (m.stdin_port != null && $Object.hasOwnProperty.call(m, "stdin_port")) {
                d.stdin_port = m.stdin_port;
            }
            if (m.stdout_port != null && $Object.hasOwnProperty.call(m, "stdout_port")) {
                d.stdout_port = m.stdout_port;
            }
            if (m.stderr_port != null && $Object.hasOwnProperty.call(m, "stderr_port")) {
                d.stderr_port = m.stderr_port;
            }
            return d;
        };

        CreateContainerRequest.prototype.toJSON = function() {
            return CreateContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CreateContainerRequest;
    })();

    grpc.StartContainerRequest = (function() {

        const StartContainerRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        StartContainerRequest.prototype.container_id = "";

        StartContainerRequest.create = function(properties) {
            return new StartContainerRequest(properties);
        };

        StartContainerRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        StartContainerRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.StartContainerRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        StartContainerRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.StartContainerRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.StartContainerRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.StartContainerRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            return m;
        };

        StartContainerRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            return d;
        };

        StartContainerRequest.prototype.toJSON = function() {
            return StartContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StartContainerRequest;
    })();

    grpc.RemoveContainerRequest = (function() {

        const RemoveContainerRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        RemoveContainerRequest.prototype.container_id = "";
        RemoveContainerRequest.prototype.timeout = 0;

        RemoveContainerRequest.create = function(properties) {
            return new RemoveContainerRequest(properties);
        };

        RemoveContainerRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.timeout != null && $Object.hasOwnProperty.call(m, "timeout") && m.timeout !== 0)
                w.uint32(16).uint32(m.timeout);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        RemoveContainerRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.RemoveContainerRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.timeout = v;
                        else
                            delete m.timeout;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        RemoveContainerRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.RemoveContainerRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.RemoveContainerRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.RemoveContainerRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.timeout != null) {
                if ($Number(d.timeout) !== 0) {
                    m.timeout = d.timeout >>> 0;
                }
            }
            return m;
        };

        RemoveContainerRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
                d.timeout = 0;
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.timeout != null && $Object.hasOwnProperty.call(m, "timeout")) {
                d.timeout = m.timeout;
            }
            return d;
        };

        RemoveContainerRequest.prototype.toJSON = function() {
            return RemoveContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RemoveContainerRequest;
    })();

    grpc.ExecProcessRequest = (function() {

        const ExecProcessRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ExecProcessRequest.prototype.container_id = "";
        ExecProcessRequest.prototype.exec_id = "";
        ExecProcessRequest.prototype.string_user = null;
        ExecProcessRequest.prototype.process = null;
        ExecProcessRequest.prototype.stdin_port = 0;
        ExecProcessRequest.prototype.stdout_port = 0;
        ExecProcessRequest.prototype.stderr_port = 0;

        ExecProcessRequest.create = function(properties) {
            return new ExecProcessRequest(properties);
        };

        ExecProcessRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id") && m.exec_id !== "")
                w.uint32(18).string(m.exec_id);
            if (m.string_user != null && $Object.hasOwnProperty.call(m, "string_user"))
                $root.grpc.StringUser.encode(m.string_user, w.uint32(26).fork(), q + 1).ldelim();
            if (m.process != null && $Object.hasOwnProperty.call(m, "process"))
                $root.grpc.Process.encode(m.process, w.uint32(34).fork(), q + 1).ldelim();
            if (m.stdin_port != null && $Object.hasOwnProperty.call(m, "stdin_port") && m.stdin_port !== 0)
                w.uint32(40).uint32(m.stdin_port);
            if (m.stdout_port != null && $Object.hasOwnProperty.call(m, "stdout_port") && m.stdout_port !== 0)
                w.uint32(48).uint32(m.stdout_port);
            if (m.stderr_port != null && $Object.hasOwnProperty.call(m, "stderr_port") && m.stderr_port !== 0)
                w.uint32(56).uint32(m.stderr_port);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ExecProcessRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ExecProcessRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.exec_id = v;
                        else
                            delete m.exec_id;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.string_user = $root.grpc.StringUser.decode(r, r.size(), $undefined, q + 1, m.string_user);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.process = $root.grpc.Process.decode(r, r.size(), $undefined, q + 1, m.process);
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stdin_port = v;
                        else
                            delete m.stdin_port;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stdout_port = v;
                        else
                            delete m.stdout_port;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.stderr_port = v;
                        else
                            delete m.stderr_port;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ExecProcessRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ExecProcessRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ExecProcessRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.ExecProcessRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.exec_id != null) {
                if (typeof d.exec_id !== "string" || d.exec_id.length) {
                    m.exec_id = $String(d.exec_id);
                }
            }
            if (d.string_user != null) {
                if (!$util.isObject(d.string_user))
                    throw $TypeError(".grpc.ExecProcessRequest.string_user: object expected");
                m.string_user = $root.grpc.StringUser.fromObject(d.string_user, q + 1);
            }
            if (d.process != null) {
                if (!$util.isObject(d.process))
                    throw $TypeError(".grpc.ExecProcessRequest.process: object expected");
                m.process = $root.grpc.Process.fromObject(d.process, q + 1);
            }
            if (d.stdin_port != null) {
                if ($Number(d.stdin_port) !== 0) {
                    m.stdin_port = d.stdin_port >>> 0;
                }
            }
            if (d.stdout_port != null) {
                if ($Number(d.stdout_port) !== 0) {
                    m.stdout_port = d.stdout_port >>> 0;
                }
            }
            if (d.stderr_port != null) {
                if ($Number(d.stderr_port) !== 0) {
                    m.stderr_port = d.stderr_port >>> 0;
                }
            }
            return m;
        };

        ExecProcessRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
                d.exec_id = "";
                d.string_user = null;
                d.process = null;
                d.stdin_port = 0;
                d.stdout_port = 0;
                d.stderr_port = 0;
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id")) {
                d.exec_id = m.exec_id;
            }
            if (m.string_user != null && $Object.hasOwnProperty.call(m, "string_user")) {
                d.string_user = $root.grpc.StringUser.toObject(m.string_user, o, q + 1);
            }
            if (m.process != null && $Object.hasOwnProperty.call(m, "process")) {
                d.process = $root.grpc.Process.toObject(m.process, o, q + 1);
            }
            if (m.stdin_port != null && $Object.hasOwnProperty.call(m, "stdin_port")) {
                d.stdin_port = m.stdin_port;
            }
            if (m.stdout_port != null && $Object.hasOwnProperty.call(m, "stdout_port")) {
                d.stdout_port = m.stdout_port;
            }
            if (m.stderr_port != null && $Object.hasOwnProperty.call(m, "stderr_port")) {
                d.stderr_port = m.stderr_port;
            }
            return d;
        };

        ExecProcessRequest.prototype.toJSON = function() {
            return ExecProcessRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ExecProcessRequest;
    })();

    grpc.SignalProcessRequest = (function() {

        const SignalProcessRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        SignalProcessRequest.prototype.container_id = "";
        SignalProcessRequest.prototype.exec_id = "";
        SignalProcessRequest.prototype.signal = 0;

        SignalProcessRequest.create = function(properties) {
            return new SignalProcessRequest(properties);
        };

        SignalProcessRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id") && m.exec_id !== "")
                w.uint32(18).string(m.exec_id);
            if (m.signal != null && $Object.hasOwnProperty.call(m, "signal") && m.signal !== 0)
                w.uint32(24).uint32(m.signal);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        SignalProcessRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.SignalProcessRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.exec_id = v;
                        else
                            delete m.exec_id;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.signal = v;
                        else
                            delete m.signal;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        SignalProcessRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.SignalProcessRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.SignalProcessRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.SignalProcessRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.exec_id != null) {
                if (typeof d.exec_id !== "string" || d.exec_id.length) {
                    m.exec_id = $String(d.exec_id);
                }
            }
            if (d.signal != null) {
                if ($Number(d.signal) !== 0) {
                    m.signal = d.signal >>> 0;
                }
            }
            return m;
        };

        SignalProcessRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
                d.exec_id = "";
                d.signal = 0;
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id")) {
                d.exec_id = m.exec_id;
            }
            if (m.signal != null && $Object.hasOwnProperty.call(m, "signal")) {
                d.signal = m.signal;
            }
            return d;
        };

        SignalProcessRequest.prototype.toJSON = function() {
            return SignalProcessRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SignalProcessRequest;
    })();

    grpc.WaitProcessRequest = (function() {

        const WaitProcessRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        WaitProcessRequest.prototype.container_id = "";
        WaitProcessRequest.prototype.exec_id = "";

        WaitProcessRequest.create = function(properties) {
            return new WaitProcessRequest(properties);
        };

        WaitProcessRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id") && m.exec_id !== "")
                w.uint32(18).string(m.exec_id);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        WaitProcessRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.WaitProcessRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.exec_id = v;
                        else
                            delete m.exec_id;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        WaitProcessRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.WaitProcessRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.WaitProcessRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.WaitProcessRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.exec_id != null) {
                if (typeof d.exec_id !== "string" || d.exec_id.length) {
                    m.exec_id = $String(d.exec_id);
                }
            }
            return m;
        };

        WaitProcessRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
                d.exec_id = "";
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id")) {
                d.exec_id = m.exec_id;
            }
            return d;
        };

        WaitProcessRequest.prototype.toJSON = function() {
            return WaitProcessRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WaitProcessRequest;
    })();

    grpc.WaitProcessResponse = (function() {

        const WaitProcessResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        WaitProcessResponse.prototype.status = 0;

        WaitProcessResponse.create = function(properties) {
            return new WaitProcessResponse(properties);
        };

        WaitProcessResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                w.uint32(8).int32(m.status);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        WaitProcessResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.WaitProcessResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.status = v;
                        else
                            delete m.status;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        WaitProcessResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.WaitProcessResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.WaitProcessResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.WaitProcessResponse();
            if (d.status != null) {
                if ($Number(d.status) !== 0) {
                    m.status = d.status | 0;
                }
            }
            return m;
        };

        WaitProcessResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.status = 0;
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                d.status = m.status;
            }
            return d;
        };

        WaitProcessResponse.prototype.toJSON = function() {
            return WaitProcessResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WaitProcessResponse;
    })();

    grpc.ListProcessesRequest = (function() {

        const ListProcessesRequest = function (p) {
            this.args = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ListProcessesRequest.prototype.container_id = "";
        ListProcessesRequest.prototype.format = "";
        ListProcessesRequest.prototype.args = $util.emptyArray;

        ListProcessesRequest.create = function(properties) {
            return new ListProcessesRequest(properties);
        };

        ListProcessesRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.format != null && $Object.hasOwnProperty.call(m, "format") && m.format !== "")
                w.uint32(18).string(m.format);
            if (m.args != null && m.args.length) {
                for (var i = 0; i < m.args.length; ++i)
                    w.uint32(26).string(m.args[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ListProcessesRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ListProcessesRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.format = v;
                        else
                            delete m.format;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.args && m.args.length))
                            m.args = [];
                        m.args.push(r.stringVerify());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ListProcessesRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ListProcessesRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ListProcessesRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.ListProcessesRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.format != null) {
                if (typeof d.format !== "string" || d.format.length) {
                    m.format = $String(d.format);
                }
            }
            if (d.args) {
                if (!$Array.isArray(d.args))
                    throw $TypeError(".grpc.ListProcessesRequest.args: array expected");
                m.args = $Array(d.args.length);
                for (var i = 0; i < d.args.length; ++i) {
                    m.args[i] = $String(d.args[i]);
                }
            }
            return m;
        };

        ListProcessesRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.args = [];
            }
            if (o.defaults) {
                d.container_id = "";
                d.format = "";
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.format != null && $Object.hasOwnProperty.call(m, "format")) {
                d.format = m.format;
            }
            if (m.args && m.args.length) {
                d.args = $Array(m.args.length);
                for (var j = 0; j < m.args.length; ++j) {
                    d.args[j] = m.args[j];
                }
            }
            return d;
        };

        ListProcessesRequest.prototype.toJSON = function() {
            return ListProcessesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ListProcessesRequest;
    })();

    grpc.ListProcessesResponse = (function() {

        const ListProcessesResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ListProcessesResponse.prototype.process_list = $util.newBuffer([]);

        ListProcessesResponse.create = function(properties) {
            return new ListProcessesResponse(properties);
        };

        ListProcessesResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.process_list != null && $Object.hasOwnProperty.call(m, "process_list") && m.process_list.length)
                w.uint32(10).bytes(m.process_list);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ListProcessesResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ListProcessesResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.process_list = v;
                        else
                            delete m.process_list;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ListProcessesResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ListProcessesResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ListProcessesResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.ListProcessesResponse();
            if (d.process_list != null) {
                if (d.process_list.length) {
                    if (typeof d.process_list === "string")
                        $util.base64.decode(d.process_list, m.process_list = $util.newBuffer($util.base64.length(d.process_list)), 0);
                    else if (d.process_list.length >= 0)
                        m.process_list = d.process_list;
                }
            }
            return m;
        };

        ListProcessesResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.process_list = "";
                else {
                    d.process_list = [];
                    if (o.bytes !== $Array)
                        d.process_list = $util.newBuffer(d.process_list);
                }
            }
            if (m.process_list != null && $Object.hasOwnProperty.call(m, "process_list")) {
                d.process_list = o.bytes === $String ? $util.base64.encode(m.process_list, 0, m.process_list.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.process_list) : m.process_list;
            }
            return d;
        };

        ListProcessesResponse.prototype.toJSON = function() {
            return ListProcessesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ListProcessesResponse;
    })();

    grpc.UpdateContainerRequest = (function() {

        const UpdateContainerRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        UpdateContainerRequest.prototype.container_id = "";
        UpdateContainerRequest.prototype.resources = null;

        UpdateContainerRequest.create = function(properties) {
            return new UpdateContainerRequest(properties);
        };

        UpdateContainerRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.resources != null && $Object.hasOwnProperty.call(m, "resources"))
                $root.grpc.LinuxResources.encode(m.resources, w.uint32(18).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        UpdateContainerRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.UpdateContainerRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.resources = $root.grpc.LinuxResources.decode(r, r.size(), $undefined, q + 1, m.resources);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        UpdateContainerRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.UpdateContainerRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.UpdateContainerRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.UpdateContainerRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.resources != null) {
                if (!$util.isObject(d.resources))
                    throw $TypeError(".grpc.UpdateContainerRequest.resources: object expected");
                m.resources = $root.grpc.LinuxResources.fromObject(d.resources, q + 1);
            }
            return m;
        };

        UpdateContainerRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
                d.resources = null;
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.resources != null && $Object.hasOwnProperty.call(m, "resources")) {
                d.resources = $root.grpc.LinuxResources.toObject(m.resources, o, q + 1);
            }
            return d;
        };

        UpdateContainerRequest.prototype.toJSON = function() {
            return UpdateContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UpdateContainerRequest;
    })();

    grpc.StatsContainerRequest = (function() {

        const StatsContainerRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        StatsContainerRequest.prototype.container_id = "";

        StatsContainerRequest.create = function(properties) {
            return new StatsContainerRequest(properties);
        };

        StatsContainerRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        StatsContainerRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.StatsContainerRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        StatsContainerRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.StatsContainerRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.StatsContainerRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.StatsContainerRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            return m;
        };

        StatsContainerRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            return d;
        };

        StatsContainerRequest.prototype.toJSON = function() {
            return StatsContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StatsContainerRequest;
    })();

    grpc.PauseContainerRequest = (function() {

        const PauseContainerRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        PauseContainerRequest.prototype.container_id = "";

        PauseContainerRequest.create = function(properties) {
            return new PauseContainerRequest(properties);
        };

        PauseContainerRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        PauseContainerRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.PauseContainerRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        PauseContainerRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.PauseContainerRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.PauseContainerRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.PauseContainerRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            return m;
        };

        PauseContainerRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            return d;
        };

        PauseContainerRequest.prototype.toJSON = function() {
            return PauseContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PauseContainerRequest;
    })();

    grpc.ResumeContainerRequest = (function() {

        const ResumeContainerRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ResumeContainerRequest.prototype.container_id = "";

        ResumeContainerRequest.create = function(properties) {
            return new ResumeContainerRequest(properties);
        };

        ResumeContainerRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ResumeContainerRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ResumeContainerRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ResumeContainerRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ResumeContainerRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ResumeContainerRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.ResumeContainerRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            return m;
        };

        ResumeContainerRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            return d;
        };

        ResumeContainerRequest.prototype.toJSON = function() {
            return ResumeContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ResumeContainerRequest;
    })();

    grpc.RemoveStaleVirtiofsShareMountsRequest = (function() {

        const RemoveStaleVirtiofsShareMountsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        RemoveStaleVirtiofsShareMountsRequest.create = function(properties) {
            return new RemoveStaleVirtiofsShareMountsRequest(properties);
        };

        RemoveStaleVirtiofsShareMountsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        RemoveStaleVirtiofsShareMountsRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.RemoveStaleVirtiofsShareMountsRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        RemoveStaleVirtiofsShareMountsRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.RemoveStaleVirtiofsShareMountsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.RemoveStaleVirtiofsShareMountsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.grpc.RemoveStaleVirtiofsShareMountsRequest();
        };

        RemoveStaleVirtiofsShareMountsRequest.toObject = function () {
            return {};
        };

        RemoveStaleVirtiofsShareMountsRequest.prototype.toJSON = function() {
            return RemoveStaleVirtiofsShareMountsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RemoveStaleVirtiofsShareMountsRequest;
    })();

    grpc.GetDiagnosticDataRequest = (function() {

        const GetDiagnosticDataRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        GetDiagnosticDataRequest.prototype.log_type = "";
        GetDiagnosticDataRequest.prototype.container_id = "";

        GetDiagnosticDataRequest.create = function(properties) {
            return new GetDiagnosticDataRequest(properties);
        };

        GetDiagnosticDataRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.log_type != null && $Object.hasOwnProperty.call(m, "log_type") && m.log_type !== "")
                w.uint32(10).string(m.log_type);
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(18).string(m.container_id);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        GetDiagnosticDataRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.GetDiagnosticDataRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.log_type = v;
                        else
                            delete m.log_type;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        GetDiagnosticDataRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.GetDiagnosticDataRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.GetDiagnosticDataRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.GetDiagnosticDataRequest();
            if (d.log_type != null) {
                if (typeof d.log_type !== "string" || d.log_type.length) {
                    m.log_type = $String(d.log_type);
                }
            }
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            return m;
        };

        GetDiagnosticDataRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.log_type = "";
                d.container_id = "";
            }
            if (m.log_type != null && $Object.hasOwnProperty.call(m, "log_type")) {
                d.log_type = m.log_type;
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            return d;
        };

        GetDiagnosticDataRequest.prototype.toJSON = function() {
            return GetDiagnosticDataRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetDiagnosticDataRequest;
    })();

    grpc.GetDiagnosticDataResponse = (function() {

        const GetDiagnosticDataResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        GetDiagnosticDataResponse.prototype.data = "";

        GetDiagnosticDataResponse.create = function(properties) {
            return new GetDiagnosticDataResponse(properties);
        };

        GetDiagnosticDataResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data !== "")
                w.uint32(10).string(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        GetDiagnosticDataResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.GetDiagnosticDataResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        GetDiagnosticDataResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.GetDiagnosticDataResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.GetDiagnosticDataResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.GetDiagnosticDataResponse();
            if (d.data != null) {
                if (typeof d.data !== "string" || d.data.length) {
                    m.data = $String(d.data);
                }
            }
            return m;
        };

        GetDiagnosticDataResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.data = "";
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = m.data;
            }
            return d;
        };

        GetDiagnosticDataResponse.prototype.toJSON = function() {
            return GetDiagnosticDataResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetDiagnosticDataResponse;
    })();

    grpc.CpuUsage = (function() {

        const CpuUsage = function (p) {
            this.percpu_usage = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        CpuUsage.prototype.total_usage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        CpuUsage.prototype.percpu_usage = $util.emptyArray;
        CpuUsage.prototype.usage_in_kernelmode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        CpuUsage.prototype.usage_in_usermode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        CpuUsage.create = function(properties) {
            return new CpuUsage(properties);
        };

        CpuUsage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.total_usage != null && $Object.hasOwnProperty.call(m, "total_usage") && (typeof m.total_usage === "object" ? m.total_usage.low || m.total_usage.high : m.total_usage !== 0))
                w.uint32(8).uint64(m.total_usage);
            if (m.percpu_usage != null && m.percpu_usage.length) {
                w.uint32(18).uint64s(m.percpu_usage);
            }
            if (m.usage_in_kernelmode != null && $Object.hasOwnProperty.call(m, "usage_in_kernelmode") && (typeof m.usage_in_kernelmode === "object" ? m.usage_in_kernelmode.low || m.usage_in_kernelmode.high : m.usage_in_kernelmode !== 0))
                w.uint32(24).uint64(m.usage_in_kernelmode);
            if (m.usage_in_usermode != null && $Object.hasOwnProperty.call(m, "usage_in_usermode") && (typeof m.usage_in_usermode === "object" ? m.usage_in_usermode.low || m.usage_in_usermode.high : m.usage_in_usermode !== 0))
                w.uint32(32).uint64(m.usage_in_usermode);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        CpuUsage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.CpuUsage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.total_usage = v;
                        else
                            delete m.total_usage;
                        continue;
                    }
                case 2: {
                        if (u === 2) {
                            if (!(m.percpu_usage && m.percpu_usage.length))
                                m.percpu_usage = [];
                            r.uint64s(m.percpu_usage);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.percpu_usage && m.percpu_usage.length))
                            m.percpu_usage = [];
                        m.percpu_usage.push(r.uint64());
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.usage_in_kernelmode = v;
                        else
                            delete m.usage_in_kernelmode;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.usage_in_usermode = v;
                        else
                            delete m.usage_in_usermode;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        CpuUsage.fromObject = function (d, q) {
            if (d instanceof $root.grpc.CpuUsage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.CpuUsage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.CpuUsage();
            if (d.total_usage != null) {
                if (typeof d.total_usage === "object" ? d.total_usage.low || d.total_usage.high : $Number(d.total_usage) !== 0) {
                    if ($util.Long)
                        m.total_usage = $util.Long.fromValue(d.total_usage, true);
                    else if (typeof d.total_usage === "string")
                        m.total_usage = $parseInt(d.total_usage, 10);
                    else if (typeof d.total_usage === "number")
                        m.total_usage = d.total_usage;
                    else if (typeof d.total_usage === "object")
                        m.total_usage = new $util.LongBits(d.total_usage.low >>> 0, d.total_usage.high >>> 0).toNumber(true);
                }
            }
            if (d.percpu_usage) {
                if (!$Array.isArray(d.percpu_usage))
                    throw $TypeError(".grpc.CpuUsage.percpu_usage: array expected");
                m.percpu_usage = $Array(d.percpu_usage.length);
                for (var i = 0; i < d.percpu_usage.length; ++i) {
                    if ($util.Long)
                        m.percpu_usage[i] = $util.Long.fromValue(d.percpu_usage[i], true);
                    else if (typeof d.percpu_usage[i] === "string")
                        m.percpu_usage[i] = $parseInt(d.percpu_usage[i], 10);
                    else if (typeof d.percpu_usage[i] === "number")
                        m.percpu_usage[i] = d.percpu_usage[i];
                    else if (typeof d.percpu_usage[i] === "object")
                        m.percpu_usage[i] = new $util.LongBits(d.percpu_usage[i].low >>> 0, d.percpu_usage[i].high >>> 0).toNumber(true);
                }
            }
            if (d.usage_in_kernelmode != null) {
                if (typeof d.usage_in_kernelmode === "object" ? d.usage_in_kernelmode.low || d.usage_in_kernelmode.high : $Number(d.usage_in_kernelmode) !== 0) {
                    if ($util.Long)
                        m.usage_in_kernelmode = $util.Long.fromValue(d.usage_in_kernelmode, true);
                    else if (typeof d.usage_in_kernelmode === "string")
                        m.usage_in_kernelmode = $parseInt(d.usage_in_kernelmode, 10);
                    else if (typeof d.usage_in_kernelmode === "number")
                        m.usage_in_kernelmode = d.usage_in_kernelmode;
                    else if (typeof d.usage_in_kernelmode === "object")
                        m.usage_in_kernelmode = new $util.LongBits(d.usage_in_kernelmode.low >>> 0, d.usage_in_kernelmode.high >>> 0).toNumber(true);
                }
            }
            if (d.usage_in_usermode != null) {
                if (typeof d.usage_in_usermode === "object" ? d.usage_in_usermode.low || d.usage_in_usermode.high : $Number(d.usage_in_usermode) !== 0) {
                    if ($util.Long)
                        m.usage_in_usermode = $util.Long.fromValue(d.usage_in_usermode, true);
                    else if (typeof d.usage_in_usermode === "string")
                        m.usage_in_usermode = $parseInt(d.usage_in_usermode, 10);
                    else if (typeof d.usage_in_usermode === "number")
                        m.usage_in_usermode = d.usage_in_usermode;
                    else if (typeof d.usage_in_usermode === "object")
                        m.usage_in_usermode = new $util.LongBits(d.usage_in_usermode.low >>> 0, d.usage_in_usermode.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        CpuUsage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.percpu_usage = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.total_usage = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.total_usage = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.usage_in_kernelmode = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.usage_in_kernelmode = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.usage_in_usermode = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.usage_in_usermode = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.total_usage != null && $Object.hasOwnProperty.call(m, "total_usage")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.total_usage = typeof m.total_usage === "number" ? $BigInt(m.total_usage) : $util.Long.fromBits(m.total_usage.low >>> 0, m.total_usage.high >>> 0, true).toBigInt();
                else if (typeof m.total_usage === "number")
                    d.total_usage = o.longs === $String ? $String(m.total_usage) : m.total_usage;
                else
                    d.total_usage = o.longs === $String ? $util.Long.prototype.toString.call(m.total_usage) : o.longs === $Number ? new $util.LongBits(m.total_usage.low >>> 0, m.total_usage.high >>> 0).toNumber(true) : m.total_usage;
            }
            if (m.percpu_usage && m.percpu_usage.length) {
                d.percpu_usage = $Array(m.percpu_usage.length);
                for (var j = 0; j < m.percpu_usage.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.percpu_usage[j] = typeof m.percpu_usage[j] === "number" ? $BigInt(m.percpu_usage[j]) : $util.Long.fromBits(m.percpu_usage[j].low >>> 0, m.percpu_usage[j].high >>> 0, true).toBigInt();
                    else if (typeof m.percpu_usage[j] === "number")
                        d.percpu_usage[j] = o.longs === $String ? $String(m.percpu_usage[j]) : m.percpu_usage[j];
                    else
                        d.percpu_usage[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.percpu_usage[j]) : o.longs === $Number ? new $util.LongBits(m.percpu_usage[j].low >>> 0, m.percpu_usage[j].high >>> 0).toNumber(true) : m.percpu_usage[j];
                }
            }
            if (m.usage_in_kernelmode != null && $Object.hasOwnProperty.call(m, "usage_in_kernelmode")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.usage_in_kernelmode = typeof m.usage_in_kernelmode === "number" ? $BigInt(m.usage_in_kernelmode) : $util.Long.fromBits(m.usage_in_kernelmode.low >>> 0, m.usage_in_kernelmode.high >>> 0, true).toBigInt();
                else if (typeof m.usage_in_kernelmode === "number")
                    d.usage_in_kernelmode = o.longs === $String ? $String(m.usage_in_kernelmode) : m.usage_in_kernelmode;
                else
                    d.usage_in_kernelmode = o.longs === $String ? $util.Long.prototype.toString.call(m.usage_in_kernelmode) : o.longs === $Number ? new $util.LongBits(m.usage_in_kernelmode.low >>> 0, m.usage_in_kernelmode.high >>> 0).toNumber(true) : m.usage_in_kernelmode;
            }
            if (m.usage_in_usermode != null && $Object.hasOwnProperty.call(m, "usage_in_usermode")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.usage_in_usermode = typeof m.usage_in_usermode === "number" ? $BigInt(m.usage_in_usermode) : $util.Long.fromBits(m.usage_in_usermode.low >>> 0, m.usage_in_usermode.high >>> 0, true).toBigInt();
                else if (typeof m.usage_in_usermode === "number")
                    d.usage_in_usermode = o.longs === $String ? $String(m.usage_in_usermode) : m.usage_in_usermode;
                else
                    d.usage_in_usermode = o.longs === $String ? $util.Long.prototype.toString.call(m.usage_in_usermode) : o.longs === $Number ? new $util.LongBits(m.usage_in_usermode.low >>> 0, m.usage_in_usermode.high >>> 0).toNumber(true) : m.usage_in_usermode;
            }
            return d;
        };

        CpuUsage.prototype.toJSON = function() {
            return CpuUsage.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CpuUsage;
    })();

    grpc.ThrottlingData = (function() {

        const ThrottlingData = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ThrottlingData.prototype.periods = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        ThrottlingData.prototype.throttled_periods = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        ThrottlingData.prototype.throttled_time = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        ThrottlingData.create = function(properties) {
            return new ThrottlingData(properties);
        };

        ThrottlingData.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.periods != null && $Object.hasOwnProperty.call(m, "periods") && (typeof m.periods === "object" ? m.periods.low || m.periods.high : m.periods !== 0))
                w.uint32(8).uint64(m.periods);
            if (m.throttled_periods != null && $Object.hasOwnProperty.call(m, "throttled_periods") && (typeof m.throttled_periods === "object" ? m.throttled_periods.low || m.throttled_periods.high : m.throttled_periods !== 0))
                w.uint32(16).uint64(m.throttled_periods);
            if (m.throttled_time != null && $Object.hasOwnProperty.call(m, "throttled_time") && (typeof m.throttled_time === "object" ? m.throttled_time.low || m.throttled_time.high : m.throttled_time !== 0))
                w.uint32(24).uint64(m.throttled_time);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ThrottlingData.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ThrottlingData();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.periods = v;
                        else
                            delete m.periods;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.throttled_periods = v;
                        else
                            delete m.throttled_periods;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.throttled_time = v;
                        else
                            delete m.throttled_time;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ThrottlingData.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ThrottlingData)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ThrottlingData: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.ThrottlingData();
            if (d.periods != null) {
                if (typeof d.periods === "object" ? d.periods.low || d.periods.high : $Number(d.periods) !== 0) {
                    if ($util.Long)
                        m.periods = $util.Long.fromValue(d.periods, true);
                    else if (typeof d.periods === "string")
                        m.periods = $parseInt(d.periods, 10);
                    else if (typeof d.periods === "number")
                        m.periods = d.periods;
                    else if (typeof d.periods === "object")
                        m.periods = new $util.LongBits(d.periods.low >>> 0, d.periods.high >>> 0).toNumber(true);
                }
            }
            if (d.throttled_periods != null) {
                if (typeof d.throttled_periods === "object" ? d.throttled_periods.low || d.throttled_periods.high : $Number(d.throttled_periods) !== 0) {
                    if ($util.Long)
                        m.throttled_periods = $util.Long.fromValue(d.throttled_periods, true);
                    else if (typeof d.throttled_periods === "string")
                        m.throttled_periods = $parseInt(d.throttled_periods, 10);
                    else if (typeof d.throttled_periods === "number")
                        m.throttled_periods = d.throttled_periods;
                    else if (typeof d.throttled_periods === "object")
                        m.throttled_periods = new $util.LongBits(d.throttled_periods.low >>> 0, d.throttled_periods.high >>> 0).toNumber(true);
                }
            }
            if (d.throttled_time != null) {
                if (typeof d.throttled_time === "object" ? d.throttled_time.low || d.throttled_time.high : $Number(d.throttled_time) !== 0) {
                    if ($util.Long)
                        m.throttled_time = $util.Long.fromValue(d.throttled_time, true);
                    else if (typeof d.throttled_time === "string")
                        m.throttled_time = $parseInt(d.throttled_time, 10);
                    else if (typeof d.throttled_time === "number")
                        m.throttled_time = d.throttled_time;
                    else if (typeof d.throttled_time === "object")
                        m.throttled_time = new $util.LongBits(d.throttled_time.low >>> 0, d.throttled_time.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        ThrottlingData.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.periods = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.periods = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.throttled_periods = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.throttled_periods = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.throttled_time = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.throttled_time = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.periods != null && $Object.hasOwnProperty.call(m, "periods")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.periods = typeof m.periods === "number" ? $BigInt(m.periods) : $util.Long.fromBits(m.periods.low >>> 0, m.periods.high >>> 0, true).toBigInt();
                else if (typeof m.periods === "number")
                    d.periods = o.longs === $String ? $String(m.periods) : m.periods;
                else
                    d.periods = o.longs === $String ? $util.Long.prototype.toString.call(m.periods) : o.longs === $Number ? new $util.LongBits(m.periods.low >>> 0, m.periods.high >>> 0).toNumber(true) : m.periods;
            }
            if (m.throttled_periods != null && $Object.hasOwnProperty.call(m, "throttled_periods")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.throttled_periods = typeof m.throttled_periods === "number" ? $BigInt(m.throttled_periods) : $util.Long.fromBits(m.throttled_periods.low >>> 0, m.throttled_periods.high >>> 0, true).toBigInt();
                else if (typeof m.throttled_periods === "number")
                    d.throttled_periods = o.longs === $String ? $String(m.throttled_periods) : m.throttled_periods;
                else
                    d.throttled_periods = o.longs === $String ? $util.Long.prototype.toString.call(m.throttled_periods) : o.longs === $Number ? new $util.LongBits(m.throttled_periods.low >>> 0, m.throttled_periods.high >>> 0).toNumber(true) : m.throttled_periods;
            }
            if (m.throttled_time != null && $Object.hasOwnProperty.call(m, "throttled_time")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.throttled_time = typeof m.throttled_time === "number" ? $BigInt(m.throttled_time) : $util.Long.fromBits(m.throttled_time.low >>> 0, m.throttled_time.high >>> 0, true).toBigInt();
                else if (typeof m.throttled_time === "number")
                    d.throttled_time = o.longs === $String ? $String(m.throttled_time) : m.throttled_time;
                else
                    d.throttled_time = o.longs === $String ? $util.Long.prototype.toString.call(m.throttled_time) : o.longs === $Number ? new $util.LongBits(m.throttled_time.low >>> 0, m.throttled_time.high >>> 0).toNumber(true) : m.throttled_time;
            }
            return d;
        };

        ThrottlingData.prototype.toJSON = function() {
            return ThrottlingData.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ThrottlingData;
    })();

    grpc.CpuStats = (function() {

        const CpuStats = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        CpuStats.prototype.cpu_usage = null;
        CpuStats.prototype.throttling_data = null;

        CpuStats.create = function(properties) {
            return new CpuStats(properties);
        };

        CpuStats.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cpu_usage != null && $Object.hasOwnProperty.call(m, "cpu_usage"))
                $root.grpc.CpuUsage.encode(m.cpu_usage, w.uint32(10).fork(), q + 1).ldelim();
            if (m.throttling_data != null && $Object.hasOwnProperty.call(m, "throttling_data"))
                $root.grpc.ThrottlingData.encode(m.throttling_data, w.uint32(18).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        CpuStats.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.CpuStats();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.cpu_usage = $root.grpc.CpuUsage.decode(r, r.size(), $undefined, q + 1, m.cpu_usage);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.throttling_data = $root.grpc.ThrottlingData.decode(r, r.size(), $undefined, q + 1, m.throttling_data);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        CpuStats.fromObject = function (d, q) {
            if (d instanceof $root.grpc.CpuStats)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.CpuStats: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.CpuStats();
            if (d.cpu_usage != null) {
                if (!$util.isObject(d.cpu_usage))
                    throw $TypeError(".grpc.CpuStats.cpu_usage: object expected");
                m.cpu_usage = $root.grpc.CpuUsage.fromObject(d.cpu_usage, q + 1);
            }
            if (d.throttling_data != null) {
                if (!$util.isObject(d.throttling_data))
                    throw $TypeError(".grpc.CpuStats.throttling_data: object expected");
                m.throttling_data = $root.grpc.ThrottlingData.fromObject(d.throttling_data, q + 1);
            }
            return m;
        };

        CpuStats.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.cpu_usage = null;
                d.throttling_data = null;
            }
            if (m.cpu_usage != null && $Object.hasOwnProperty.call(m, "cpu_usage")) {
                d.cpu_usage = $root.grpc.CpuUsage.toObject(m.cpu_usage, o, q + 1);
            }
            if (m.throttling_data != null && $Object.hasOwnProperty.call(m, "throttling_data")) {
                d.throttling_data = $root.grpc.ThrottlingData.toObject(m.throttling_data, o, q + 1);
            }
            return d;
        };

        CpuStats.prototype.toJSON = function() {
            return CpuStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CpuStats;
    })();

    grpc.PidsStats = (function() {

        const PidsStats = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        PidsStats.prototype.current = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        PidsStats.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        PidsStats.create = function(properties) {
            return new PidsStats(properties);
        };

        PidsStats.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.current != null && $Object.hasOwnProperty.call(m, "current") && (typeof m.current === "object" ? m.current.low || m.current.high : m.current !== 0))
                w.uint32(8).uint64(m.current);
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && (typeof m.limit === "object" ? m.limit.low || m.limit.high : m.limit !== 0))
                w.uint32(16).uint64(m.limit);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        PidsStats.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.PidsStats();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.current = v;
                        else
                            delete m.current;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.limit = v;
                        else
                            delete m.limit;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        PidsStats.fromObject = function (d, q) {
            if (d instanceof $root.grpc.PidsStats)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.PidsStats: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.PidsStats();
            if (d.current != null) {
                if (typeof d.current === "object" ? d.current.low || d.current.high : $Number(d.current) !== 0) {
                    if ($util.Long)
                        m.current = $util.Long.fromValue(d.current, true);
                    else if (typeof d.current === "string")
                        m.current = $parseInt(d.current, 10);
                    else if (typeof d.current === "number")
                        m.current = d.current;
                    else if (typeof d.current === "object")
                        m.current = new $util.LongBits(d.current.low >>> 0, d.current.high >>> 0).toNumber(true);
                }
            }
            if (d.limit != null) {
                if (typeof d.limit === "object" ? d.limit.low || d.limit.high : $Number(d.limit) !== 0) {
                    if ($util.Long)
                        m.limit = $util.Long.fromValue(d.limit, true);
                    else if (typeof d.limit === "string")
                        m.limit = $parseInt(d.limit, 10);
                    else if (typeof d.limit === "number")
                        m.limit = d.limit;
                    else if (typeof d.limit === "object")
                        m.limit = new $util.LongBits(d.limit.low >>> 0, d.limit.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        PidsStats.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.current = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.current = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.limit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.limit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.current != null && $Object.hasOwnProperty.call(m, "current")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.current = typeof m.current === "number" ? $BigInt(m.current) : $util.Long.fromBits(m.current.low >>> 0, m.current.high >>> 0, true).toBigInt();
                else if (typeof m.current === "number")
                    d.current = o.longs === $String ? $String(m.current) : m.current;
                else
                    d.current = o.longs === $String ? $util.Long.prototype.toString.call(m.current) : o.longs === $Number ? new $util.LongBits(m.current.low >>> 0, m.current.high >>> 0).toNumber(true) : m.current;
            }
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.limit = typeof m.limit === "number" ? $BigInt(m.limit) : $util.Long.fromBits(m.limit.low >>> 0, m.limit.high >>> 0, true).toBigInt();
                else if (typeof m.limit === "number")
                    d.limit = o.longs === $String ? $String(m.limit) : m.limit;
                else
                    d.limit = o.longs === $String ? $util.Long.prototype.toString.call(m.limit) : o.longs === $Number ? new $util.LongBits(m.limit.low >>> 0, m.limit.high >>> 0).toNumber(true) : m.limit;
            }
            return d;
        };

        PidsStats.prototype.toJSON = function() {
            return PidsStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PidsStats;
    })();

    grpc.MemoryData = (function() {

        const MemoryData = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        MemoryData.prototype.usage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        MemoryData.prototype.max_usage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        MemoryData.prototype.failcnt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        MemoryData.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        MemoryData.create = function(properties) {
            return new MemoryData(properties);
        };

        MemoryData.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.usage != null && $Object.hasOwnProperty.call(m, "usage") && (typeof m.usage === "object" ? m.usage.low || m.usage.high : m.usage !== 0))
                w.uint32(8).uint64(m.usage);
            if (m.max_usage != null && $Object.hasOwnProperty.call(m, "max_usage") && (typeof m.max_usage === "object" ? m.max_usage.low || m.max_usage.high : m.max_usage !== 0))
                w.uint32(16).uint64(m.max_usage);
            if (m.failcnt != null && $Object.hasOwnProperty.call(m, "failcnt") && (typeof m.failcnt === "object" ? m.failcnt.low || m.failcnt.high : m.failcnt !== 0))
                w.uint32(24).uint64(m.failcnt);
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && (typeof m.limit === "object" ? m.limit.low || m.limit.high : m.limit !== 0))
                w.uint32(32).uint64(m.limit);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        MemoryData.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.MemoryData();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.usage = v;
                        else
                            delete m.usage;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.max_usage = v;
                        else
                            delete m.max_usage;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.failcnt = v;
                        else
                            delete m.failcnt;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.limit = v;
                        else
                            delete m.limit;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        MemoryData.fromObject = function (d, q) {
            if (d instanceof $root.grpc.MemoryData)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.MemoryData: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.MemoryData();
            if (d.usage != null) {
                if (typeof d.usage === "object" ? d.usage.low || d.usage.high : $Number(d.usage) !== 0) {
                    if ($util.Long)
                        m.usage = $util.Long.fromValue(d.usage, true);
                    else if (typeof d.usage === "string")
                        m.usage = $parseInt(d.usage, 10);
                    else if (typeof d.usage === "number")
                        m.usage = d.usage;
                    else if (typeof d.usage === "object")
                        m.usage = new $util.LongBits(d.usage.low >>> 0, d.usage.high >>> 0).toNumber(true);
                }
            }
            if (d.max_usage != null) {
                if (typeof d.max_usage === "object" ? d.max_usage.low || d.max_usage.high : $Number(d.max_usage) !== 0) {
                    if ($util.Long)
                        m.max_usage = $util.Long.fromValue(d.max_usage, true);
                    else if (typeof d.max_usage === "string")
                        m.max_usage = $parseInt(d.max_usage, 10);
                    else if (typeof d.max_usage === "number")
                        m.max_usage = d.max_usage;
                    else if (typeof d.max_usage === "object")
                        m.max_usage = new $util.LongBits(d.max_usage.low >>> 0, d.max_usage.high >>> 0).toNumber(true);
                }
            }
            if (d.failcnt != null) {
                if (typeof d.failcnt === "object" ? d.failcnt.low || d.failcnt.high : $Number(d.failcnt) !== 0) {
                    if ($util.Long)
                        m.failcnt = $util.Long.fromValue(d.failcnt, true);
                    else if (typeof d.failcnt === "string")
                        m.failcnt = $parseInt(d.failcnt, 10);
                    else if (typeof d.failcnt === "number")
                        m.failcnt = d.failcnt;
                    else if (typeof d.failcnt === "object")
                        m.failcnt = new $util.LongBits(d.failcnt.low >>> 0, d.failcnt.high >>> 0).toNumber(true);
                }
            }
            if (d.limit != null) {
                if (typeof d.limit === "object" ? d.limit.low || d.limit.high : $Number(d.limit) !== 0) {
                    if ($util.Long)
                        m.limit = $util.Long.fromValue(d.limit, true);
                    else if (typeof d.limit === "string")
                        m.limit = $parseInt(d.limit, 10);
                    else if (typeof d.limit === "number")
                        m.limit = d.limit;
                    else if (typeof d.limit === "object")
                        m.limit = new $util.LongBits(d.limit.low >>> 0, d.limit.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        MemoryData.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.usage = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.usage = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.max_usage = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.max_usage = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.failcnt = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.failcnt = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.limit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.limit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.usage != null && $Object.hasOwnProperty.call(m, "usage")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.usage = typeof m.usage === "number" ? $BigInt(m.usage) : $util.Long.fromBits(m.usage.low >>> 0, m.usage.high >>> 0, true).toBigInt();
                else if (typeof m.usage === "number")
                    d.usage = o.longs === $String ? $String(m.usage) : m.usage;
                else
                    d.usage = o.longs === $String ? $util.Long.prototype.toString.call(m.usage) : o.longs === $Number ? new $util.LongBits(m.usage.low >>> 0, m.usage.high >>> 0).toNumber(true) : m.usage;
            }
            if (m.max_usage != null && $Object.hasOwnProperty.call(m, "max_usage")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.max_usage = typeof m.max_usage === "number" ? $BigInt(m.max_usage) : $util.Long.fromBits(m.max_usage.low >>> 0, m.max_usage.high >>> 0, true).toBigInt();
                else if (typeof m.max_usage === "number")
                    d.max_usage = o.longs === $String ? $String(m.max_usage) : m.max_usage;
                else
                    d.max_usage = o.longs === $String ? $util.Long.prototype.toString.call(m.max_usage) : o.longs === $Number ? new $util.LongBits(m.max_usage.low >>> 0, m.max_usage.high >>> 0).toNumber(true) : m.max_usage;
            }
            if (m.failcnt != null && $Object.hasOwnProperty.call(m, "failcnt")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.failcnt = typeof m.failcnt === "number" ? $BigInt(m.failcnt) : $util.Long.fromBits(m.failcnt.low >>> 0, m.failcnt.high >>> 0, true).toBigInt();
                else if (typeof m.failcnt === "number")
                    d.failcnt = o.longs === $String ? $String(m.failcnt) : m.failcnt;
                else
                    d.failcnt = o.longs === $String ? $util.Long.prototype.toString.call(m.failcnt) : o.longs === $Number ? new $util.LongBits(m.failcnt.low >>> 0, m.failcnt.high >>> 0).toNumber(true) : m.failcnt;
            }
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.limit = typeof m.limit === "number" ? $BigInt(m.limit) : $util.Long.fromBits(m.limit.low >>> 0, m.limit.high >>> 0, true).toBigInt();
                else if (typeof m.limit === "number")
                    d.limit = o.longs === $String ? $String(m.limit) : m.limit;
                else
                    d.limit = o.longs === $String ? $util.Long.prototype.toString.call(m.limit) : o.longs === $Number ? new $util.LongBits(m.limit.low >>> 0, m.limit.high >>> 0).toNumber(true) : m.limit;
            }
            return d;
        };

        MemoryData.prototype.toJSON = function() {
            return MemoryData.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MemoryData;
    })();

    grpc.MemoryStats = (function() {

        const MemoryStats = function (p) {
            this.stats = {};
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        MemoryStats.prototype.cache = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        MemoryStats.prototype.usage = null;
        MemoryStats.prototype.swap_usage = null;
        MemoryStats.prototype.kernel_usage = null;
        MemoryStats.prototype.use_hierarchy = false;
        MemoryStats.prototype.stats = $util.emptyObject;

        MemoryStats.create = function(properties) {
            return new MemoryStats(properties);
        };

        MemoryStats.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cache != null && $Object.hasOwnProperty.call(m, "cache") && (typeof m.cache === "object" ? m.cache.low || m.cache.high : m.cache !== 0))
                w.uint32(8).uint64(m.cache);
            if (m.usage != null && $Object.hasOwnProperty.call(m, "usage"))
                $root.grpc.MemoryData.encode(m.usage, w.uint32(18).fork(), q + 1).ldelim();
            if (m.swap_usage != null && $Object.hasOwnProperty.call(m, "swap_usage"))
                $root.grpc.MemoryData.encode(m.swap_usage, w.uint32(26).fork(), q + 1).ldelim();
            if (m.kernel_usage != null && $Object.hasOwnProperty.call(m, "kernel_usage"))
                $root.grpc.MemoryData.encode(m.kernel_usage, w.uint32(34).fork(), q + 1).ldelim();
            if (m.use_hierarchy != null && $Object.hasOwnProperty.call(m, "use_hierarchy") && m.use_hierarchy !== false)
                w.uint32(40).bool(m.use_hierarchy);
            if (m.stats != null && $Object.hasOwnProperty.call(m, "stats")) {
                for (var ks = $Object.keys(m.stats), i = 0; i < ks.length; ++i) {
                    w.uint32(50).fork().uint32(10).string(ks[i]).uint32(16).uint64(m.stats[ks[i]]).ldelim();
                }
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        MemoryStats.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, k, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.MemoryStats();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.cache = v;
                        else
                            delete m.cache;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.usage = $root.grpc.MemoryData.decode(r, r.size(), $undefined, q + 1, m.usage);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.swap_usage = $root.grpc.MemoryData.decode(r, r.size(), $undefined, q + 1, m.swap_usage);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.kernel_usage = $root.grpc.MemoryData.decode(r, r.size(), $undefined, q + 1, m.kernel_usage);
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.use_hierarchy = v;
                        else
                            delete m.use_hierarchy;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (m.stats === $util.emptyObject)
                            m.stats = {};
                        var c2 = r.size() + r.pos;
                        if (c2 > r.len)
                            throw $RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        v = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                        while (r.pos < c2) {
                            var t2 = r.tag();
                            u = t2 & 7;
                            switch (t2 >>>= 3) {
                            case 1:
                                if (u !== 2)
                                    break;
                                k = r.stringVerify();
                                continue;
                            case 2:
                                if (u !== 0)
                                    break;
                                v = r.uint64();
                                continue;
                            }
                            r.skipType(u, q, t2);
                        }
                        if (r.pos !== c2)
                            throw $RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.stats, k);
                        m.stats[k] = v;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        MemoryStats.fromObject = function (d, q) {
            if (d instanceof $root.grpc.MemoryStats)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.MemoryStats: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.MemoryStats();
            if (d.cache != null) {
                if (typeof d.cache === "object" ? d.cache.low || d.cache.high : $Number(d.cache) !== 0) {
                    if ($util.Long)
                        m.cache = $util.Long.fromValue(d.cache, true);
                    else if (typeof d.cache === "string")
                        m.cache = $parseInt(d.cache, 10);
                    else if (typeof d.cache === "number")
                        m.cache = d.cache;
                    else if (typeof d.cache === "object")
                        m.cache = new $util.LongBits(d.cache.low >>> 0, d.cache.high >>> 0).toNumber(true);
                }
            }
            if (d.usage != null) {
                if (!$util.isObject(d.usage))
                    throw $TypeError(".grpc.MemoryStats.usage: object expected");
                m.usage = $root.grpc.MemoryData.fromObject(d.usage, q + 1);
            }
            if (d.swap_usage != null) {
                if (!$util.isObject(d.swap_usage))
                    throw $TypeError(".grpc.MemoryStats.swap_usage: object expected");
                m.swap_usage = $root.grpc.MemoryData.fromObject(d.swap_usage, q + 1);
            }
            if (d.kernel_usage != null) {
                if (!$util.isObject(d.kernel_usage))
                    throw $TypeError(".grpc.MemoryStats.kernel_usage: object expected");
                m.kernel_usage = $root.grpc.MemoryData.fromObject(d.kernel_usage, q + 1);
            }
            if (d.use_hierarchy != null) {
                if (d.use_hierarchy) {
                    m.use_hierarchy = $Boolean(d.use_hierarchy);
                }
            }
            if (d.stats) {
                if (!$util.isObject(d.stats))
                    throw $TypeError(".grpc.MemoryStats.stats: object expected");
                m.stats = {};
                for (var ks = $Object.keys(d.stats), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.stats, ks[i]);
                    if ($util.Long)
                        m.stats[ks[i]] = $util.Long.fromValue(d.stats[ks[i]], true);
                    else if (typeof d.stats[ks[i]] === "string")
                        m.stats[ks[i]] = $parseInt(d.stats[ks[i]], 10);
                    else if (typeof d.stats[ks[i]] === "number")
                        m.stats[ks[i]] = d.stats[ks[i]];
                    else if (typeof d.stats[ks[i]] === "object")
                        m.stats[ks[i]] = new $util.LongBits(d.stats[ks[i]].low >>> 0, d.stats[ks[i]].high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        MemoryStats.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.stats = {};
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.cache = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.cache = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.usage = null;
                d.swap_usage = null;
                d.kernel_usage = null;
                d.use_hierarchy = false;
            }
            if (m.cache != null && $Object.hasOwnProperty.call(m, "cache")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.cache = typeof m.cache === "number" ? $BigInt(m.cache) : $util.Long.fromBits(m.cache.low >>> 0, m.cache.high >>> 0, true).toBigInt();
                else if (typeof m.cache === "number")
                    d.cache = o.longs === $String ? $String(m.cache) : m.cache;
                else
                    d.cache = o.longs === $String ? $util.Long.prototype.toString.call(m.cache) : o.longs === $Number ? new $util.LongBits(m.cache.low >>> 0, m.cache.high >>> 0).toNumber(true) : m.cache;
            }
            if (m.usage != null && $Object.hasOwnProperty.call(m, "usage")) {
                d.usage = $root.grpc.MemoryData.toObject(m.usage, o, q + 1);
            }
            if (m.swap_usage != null && $Object.hasOwnProperty.call(m, "swap_usage")) {
                d.swap_usage = $root.grpc.MemoryData.toObject(m.swap_usage, o, q + 1);
            }
            if (m.kernel_usage != null && $Object.hasOwnProperty.call(m, "kernel_usage")) {
                d.kernel_usage = $root.grpc.MemoryData.toObject(m.kernel_usage, o, q + 1);
            }
            if (m.use_hierarchy != null && $Object.hasOwnProperty.call(m, "use_hierarchy")) {
                d.use_hierarchy = m.use_hierarchy;
            }
            var ks2;
            if (m.stats && (ks2 = $Object.keys(m.stats)).length) {
                d.stats = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.stats, ks2[j]);
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.stats[ks2[j]] = typeof m.stats[ks2[j]] === "number" ? $BigInt(m.stats[ks2[j]]) : $util.Long.fromBits(m.stats[ks2[j]].low >>> 0, m.stats[ks2[j]].high >>> 0, true).toBigInt();
                    else if (typeof m.stats[ks2[j]] === "number")
                        d.stats[ks2[j]] = o.longs === $String ? $String(m.stats[ks2[j]]) : m.stats[ks2[j]];
                    else
                        d.stats[ks2[j]] = o.longs === $String ? $util.Long.prototype.toString.call(m.stats[ks2[j]]) : o.longs === $Number ? new $util.LongBits(m.stats[ks2[j]].low >>> 0, m.stats[ks2[j]].high >>> 0).toNumber(true) : m.stats[ks2[j]];
                }
            }
            return d;
        };

        MemoryStats.prototype.toJSON = function() {
            return MemoryStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MemoryStats;
    })();

    grpc.BlkioStatsEntry = (function() {

        const BlkioStatsEntry = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        BlkioStatsEntry.prototype.major = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        BlkioStatsEntry.prototype.minor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        BlkioStatsEntry.prototype.op = "";
        BlkioStatsEntry.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        BlkioStatsEntry.create = function(properties) {
            return new BlkioStatsEntry(properties);
        };

        BlkioStatsEntry.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.major != null && $Object.hasOwnProperty.call(m, "major") && (typeof m.major === "object" ? m.major.low || m.major.high : m.major !== 0))
                w.uint32(8).uint64(m.major);
            if (m.minor != null && $Object.hasOwnProperty.call(m, "minor") && (typeof m.minor === "object" ? m.minor.low || m.minor.high : m.minor !== 0))
                w.uint32(16).uint64(m.minor);
            if (m.op != null && $Object.hasOwnProperty.call(m, "op") && m.op !== "")
                w.uint32(26).string(m.op);
            if (m.value != null && $Object.hasOwnProperty.call(m, "value") && (typeof m.value === "object" ? m.value.low || m.value.high : m.value !== 0))
                w.uint32(32).uint64(m.value);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        BlkioStatsEntry.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.BlkioStatsEntry();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.major = v;
                        else
                            delete m.major;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.minor = v;
                        else
                            delete m.minor;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.op = v;
                        else
                            delete m.op;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.value = v;
                        else
                            delete m.value;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        BlkioStatsEntry.fromObject = function (d, q) {
            if (d instanceof $root.grpc.BlkioStatsEntry)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.BlkioStatsEntry: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.BlkioStatsEntry();
            if (d.major != null) {
                if (typeof d.major === "object" ? d.major.low || d.major.high : $Number(d.major) !== 0) {
                    if ($util.Long)
                        m.major = $util.Long.fromValue(d.major, true);
                    else if (typeof d.major === "string")
                        m.major = $parseInt(d.major, 10);
                    else if (typeof d.major === "number")
                        m.major = d.major;
                    else if (typeof d.major === "object")
                        m.major = new $util.LongBits(d.major.low >>> 0, d.major.high >>> 0).toNumber(true);
                }
            }
            if (d.minor != null) {
                if (typeof d.minor === "object" ? d.minor.low || d.minor.high : $Number(d.minor) !== 0) {
                    if ($util.Long)
                        m.minor = $util.Long.fromValue(d.minor, true);
                    else if (typeof d.minor === "string")
                        m.minor = $parseInt(d.minor, 10);
                    else if (typeof d.minor === "number")
                        m.minor = d.minor;
                    else if (typeof d.minor === "object")
                        m.minor = new $util.LongBits(d.minor.low >>> 0, d.minor.high >>> 0).toNumber(true);
                }
            }
            if (d.op != null) {
                if (typeof d.op !== "string" || d.op.length) {
                    m.op = $String(d.op);
                }
            }
            if (d.value != null) {
                if (typeof d.value === "object" ? d.value.low || d.value.high : $Number(d.value) !== 0) {
                    if ($util.Long)
                        m.value = $util.Long.fromValue(d.value, true);
                    else if (typeof d.value === "string")
                        m.value = $parseInt(d.value, 10);
                    else if (typeof d.value === "number")
                        m.value = d.value;
                    else if (typeof d.value === "object")
                        m.value = new $util.LongBits(d.value.low >>> 0, d.value.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        BlkioStatsEntry.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.major = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.major = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.minor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.minor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.op = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.value = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.value = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.major != null && $Object.hasOwnProperty.call(m, "major")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.major = typeof m.major === "number" ? $BigInt(m.major) : $util.Long.fromBits(m.major.low >>> 0, m.major.high >>> 0, true).toBigInt();
                else if (typeof m.major === "number")
                    d.major = o.longs === $String ? $String(m.major) : m.major;
                else
                    d.major = o.longs === $String ? $util.Long.prototype.toString.call(m.major) : o.longs === $Number ? new $util.LongBits(m.major.low >>> 0, m.major.high >>> 0).toNumber(true) : m.major;
            }
            if (m.minor != null && $Object.hasOwnProperty.call(m, "minor")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.minor = typeof m.minor === "number" ? $BigInt(m.minor) : $util.Long.fromBits(m.minor.low >>> 0, m.minor.high >>> 0, true).toBigInt();
                else if (typeof m.minor === "number")
                    d.minor = o.longs === $String ? $String(m.minor) : m.minor;
                else
                    d.minor = o.longs === $String ? $util.Long.prototype.toString.call(m.minor) : o.longs === $Number ? new $util.LongBits(m.minor.low >>> 0, m.minor.high >>> 0).toNumber(true) : m.minor;
            }
            if (m.op != null && $Object.hasOwnProperty.call(m, "op")) {
                d.op = m.op;
            }
            if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.value = typeof m.value === "number" ? $BigInt(m.value) : $util.Long.fromBits(m.value.low >>> 0, m.value.high >>> 0, true).toBigInt();
                else if (typeof m.value === "number")
                    d.value = o.longs === $String ? $String(m.value) : m.value;
                else
                    d.value = o.longs === $String ? $util.Long.prototype.toString.call(m.value) : o.longs === $Number ? new $util.LongBits(m.value.low >>> 0, m.value.high >>> 0).toNumber(true) : m.value;
            }
            return d;
        };

        BlkioStatsEntry.prototype.toJSON = function() {
            return BlkioStatsEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        return BlkioStatsEntry;
    })();

    grpc.BlkioStats = (function() {

        const BlkioStats = function (p) {
            this.io_service_bytes_recursive = [];
            this.io_serviced_recursive = [];
            this.io_queued_recursive = [];
            this.io_service_time_recursive = [];
            this.io_wait_time_recursive = [];
            this.io_merged_recursive = [];
            this.io_time_recursive = [];
            this.sectors_recursive = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        BlkioStats.prototype.io_service_bytes_recursive = $util.emptyArray;
        BlkioStats.prototype.io_serviced_recursive = $util.emptyArray;
        BlkioStats.prototype.io_queued_recursive = $util.emptyArray;
        BlkioStats.prototype.io_service_time_recursive = $util.emptyArray;
        BlkioStats.prototype.io_wait_time_recursive = $util.emptyArray;
        BlkioStats.prototype.io_merged_recursive = $util.emptyArray;
        BlkioStats.prototype.io_time_recursive = $util.emptyArray;
        BlkioStats.prototype.sectors_recursive = $util.emptyArray;

        BlkioStats.create = function(properties) {
            return new BlkioStats(properties);
        };

        BlkioStats.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.io_service_bytes_recursive != null && m.io_service_bytes_recursive.length) {
                for (var i = 0; i < m.io_service_bytes_recursive.length; ++i)
                    $root.grpc.BlkioStatsEntry.encode(m.io_service_bytes_recursive[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.io_serviced_recursive != null && m.io_serviced_recursive.length) {
                for (var i = 0; i < m.io_serviced_recursive.length; ++i)
                    $root.grpc.BlkioStatsEntry.encode(m.io_serviced_recursive[i], w.uint32(18).fork(), q + 1).ldelim();
            }
            if (m.io_queued_recursive != null && m.io_queued_recursive.length) {
                for (var i = 0; i < m.io_queued_recursive.length; ++i)
                    $root.grpc.BlkioStatsEntry.encode(m.io_queued_recursive[i], w.uint32(26).fork(), q + 1).ldelim();
            }
            if (m.io_service_time_recursive != null && m.io_service_time_recursive.length) {
                for (var i = 0; i < m.io_service_time_recursive.length; ++i)
                    $root.grpc.BlkioStatsEntry.encode(m.io_service_time_recursive[i], w.uint32(34).fork(), q + 1).ldelim();
            }
            if (m.io_wait_time_recursive != null && m.io_wait_time_recursive.length) {
                for (var i = 0; i < m.io_wait_time_recursive.length; ++i)
                    $root.grpc.BlkioStatsEntry.encode(m.io_wait_time_recursive[i], w.uint32(42).fork(), q + 1).ldelim();
            }
            if (m.io_merged_recursive != null && m.io_merged_recursive.length) {
                for (var i = 0; i < m.io_merged_recursive.length; ++i)
                    $root.grpc.BlkioStatsEntry.encode(m.io_merged_recursive[i], w.uint32(50).fork(), q + 1).ldelim();
            }
            if (m.io_time_recursive != null && m.io_time_recursive.length) {
                for (var i = 0; i < m.io_time_recursive.length; ++i)
                    $root.grpc.BlkioStatsEntry.encode(m.io_time_recursive[i], w.uint32(58).fork(), q + 1).ldelim();
            }
            if (m.sectors_recursive != null && m.sectors_recursive.length) {
                for (var i = 0; i < m.sectors_recursive.length; ++i)
                    $root.grpc.BlkioStatsEntry.encode(m.sectors_recursive[i], w.uint32(66).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        BlkioStats.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.BlkioStats();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.io_service_bytes_recursive && m.io_service_bytes_recursive.length))
                            m.io_service_bytes_recursive = [];
                        m.io_service_bytes_recursive.push($root.grpc.BlkioStatsEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.io_serviced_recursive && m.io_serviced_recursive.length))
                            m.io_serviced_recursive = [];
                        m.io_serviced_recursive.push($root.grpc.BlkioStatsEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.io_queued_recursive && m.io_queued_recursive.length))
                            m.io_queued_recursive = [];
                        m.io_queued_recursive.push($root.grpc.BlkioStatsEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.io_service_time_recursive && m.io_service_time_recursive.length))
                            m.io_service_time_recursive = [];
                        m.io_service_time_recursive.push($root.grpc.BlkioStatsEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.io_wait_time_recursive && m.io_wait_time_recursive.length))
                            m.io_wait_time_recursive = [];
                        m.io_wait_time_recursive.push($root.grpc.BlkioStatsEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.io_merged_recursive && m.io_merged_recursive.length))
                            m.io_merged_recursive = [];
                        m.io_merged_recursive.push($root.grpc.BlkioStatsEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if (!(m.io_time_recursive && m.io_time_recursive.length))
                            m.io_time_recursive = [];
                        m.io_time_recursive.push($root.grpc.BlkioStatsEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.sectors_recursive && m.sectors_recursive.length))
                            m.sectors_recursive = [];
                        m.sectors_recursive.push($root.grpc.BlkioStatsEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        BlkioStats.fromObject = function (d, q) {
            if (d instanceof $root.grpc.BlkioStats)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.BlkioStats: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.BlkioStats();
            if (d.io_service_bytes_recursive) {
                if (!$Array.isArray(d.io_service_bytes_recursive))
                    throw $TypeError(".grpc.BlkioStats.io_service_bytes_recursive: array expected");
                m.io_service_bytes_recursive = $Array(d.io_service_bytes_recursive.length);
                for (var i = 0; i < d.io_service_bytes_recursive.length; ++i) {
                    if (!$util.isObject(d.io_service_bytes_recursive[i]))
                        throw $TypeError(".grpc.BlkioStats.io_service_bytes_recursive: object expected");
                    m.io_service_bytes_recursive[i] = $root.grpc.BlkioStatsEntry.fromObject(d.io_service_bytes_recursive[i], q + 1);
                }
            }
            if (d.io_serviced_recursive) {
                if (!$Array.isArray(d.io_serviced_recursive))
                    throw $TypeError(".grpc.BlkioStats.io_serviced_recursive: array expected");
                m.io_serviced_recursive = $Array(d.io_serviced_recursive.length);
                for (var i = 0; i < d.io_serviced_recursive.length; ++i) {
                    if (!$util.isObject(d.io_serviced_recursive[i]))
                        throw $TypeError(".grpc.BlkioStats.io_serviced_recursive: object expected");
                    m.io_serviced_recursive[i] = $root.grpc.BlkioStatsEntry.fromObject(d.io_serviced_recursive[i], q + 1);
                }
            }
            if (d.io_queued_recursive) {
                if (!$Array.isArray(d.io_queued_recursive))
                    throw $TypeError(".grpc.BlkioStats.io_queued_recursive: array expected");
                m.io_queued_recursive = $Array(d.io_queued_recursive.length);
                for (var i = 0; i < d.io_queued_recursive.length; ++i) {
                    if (!$util.isObject(d.io_queued_recursive[i]))
                        throw $TypeError(".grpc.BlkioStats.io_queued_recursive: object expected");
                    m.io_queued_recursive[i] = $root.grpc.BlkioStatsEntry.fromObject(d.io_queued_recursive[i], q + 1);
                }
            }
            if (d.io_service_time_recursive) {
                if (!$Array.isArray(d.io_service_time_recursive))
                    throw $TypeError(".grpc.BlkioStats.io_service_time_recursive: array expected");
                m.io_service_time_recursive = $Array(d.io_service_time_recursive.length);
                for (var i = 0; i < d.io_service_time_recursive.length; ++i) {
                    if (!$util.isObject(d.io_service_time_recursive[i]))
                        throw $TypeError(".grpc.BlkioStats.io_service_time_recursive: object expected");
                    m.io_service_time_recursive[i] = $root.grpc.BlkioStatsEntry.fromObject(d.io_service_time_recursive[i], q + 1);
                }
            }
            if (d.io_wait_time_recursive) {
                if (!$Array.isArray(d.io_wait_time_recursive))
                    throw $TypeError(".grpc.BlkioStats.io_wait_time_recursive: array expected");
                m.io_wait_time_recursive = $Array(d.io_wait_time_recursive.length);
                for (var i = 0; i < d.io_wait_time_recursive.length; ++i) {
                    if (!$util.isObject(d.io_wait_time_recursive[i]))
                        throw $TypeError(".grpc.BlkioStats.io_wait_time_recursive: object expected");
                    m.io_wait_time_recursive[i] = $root.grpc.BlkioStatsEntry.fromObject(d.io_wait_time_recursive[i], q + 1);
                }
            }
            if (d.io_merged_recursive) {
                if (!$Array.isArray(d.io_merged_recursive))
                    throw $TypeError(".grpc.BlkioStats.io_merged_recursive: array expected");
                m.io_merged_recursive = $Array(d.io_merged_recursive.length);
                for (var i = 0; i < d.io_merged_recursive.length; ++i) {
                    if (!$util.isObject(d.io_merged_recursive[i]))
                        throw $TypeError(".grpc.BlkioStats.io_merged_recursive: object expected");
                    m.io_merged_recursive[i] = $root.grpc.BlkioStatsEntry.fromObject(d.io_merged_recursive[i], q + 1);
                }
            }
            if (d.io_time_recursive) {
                if (!$Array.isArray(d.io_time_recursive))
                    throw $TypeError(".grpc.BlkioStats.io_time_recursive: array expected");
                m.io_time_recursive = $Array(d.io_time_recursive.length);
                for (var i = 0; i < d.io_time_recursive.length; ++i) {
                    if (!$util.isObject(d.io_time_recursive[i]))
                        throw $TypeError(".grpc.BlkioStats.io_time_recursive: object expected");
                    m.io_time_recursive[i] = $root.grpc.BlkioStatsEntry.fromObject(d.io_time_recursive[i], q + 1);
                }
            }
            if (d.sectors_recursive) {
                if (!$Array.isArray(d.sectors_recursive))
                    throw $TypeError(".grpc.BlkioStats.sectors_recursive: array expected");
                m.sectors_recursive = $Array(d.sectors_recursive.length);
                for (var i = 0; i < d.sectors_recursive.length; ++i) {
                    if (!$util.isObject(d.sectors_recursive[i]))
                        throw $TypeError(".grpc.BlkioStats.sectors_recursive: object expected");
                    m.sectors_recursive[i] = $root.grpc.BlkioStatsEntry.fromObject(d.sectors_recursive[i], q + 1);
                }
            }
            return m;
        };

        BlkioStats.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.io_service_bytes_recursive = [];
                d.io_serviced_recursive = [];
                d.io_queued_recursive = [];
                d.io_service_time_recursive = [];
                d.io_wait_time_recursive = [];
                d.io_merged_recursive = [];
                d.io_time_recursive = [];
                d.sectors_recursive = [];
            }
            if (m.io_service_bytes_recursive && m.io_service_bytes_recursive.length) {
                d.io_service_bytes_recursive = $Array(m.io_service_bytes_recursive.length);
                for (var j = 0; j < m.io_service_bytes_recursive.length; ++j) {
                    d.io_service_bytes_recursive[j] = $root.grpc.BlkioStatsEntry.toObject(m.io_service_bytes_recursive[j], o, q + 1);
                }
            }
            if (m.io_serviced_recursive && m.io_serviced_recursive.length) {
                d.io_serviced_recursive = $Array(m.io_serviced_recursive.length);
                for (var j = 0; j < m.io_serviced_recursive.length; ++j) {
                    d.io_serviced_recursive[j] = $root.grpc.BlkioStatsEntry.toObject(m.io_serviced_recursive[j], o, q + 1);
                }
            }
            if (m.io_queued_recursive && m.io_queued_recursive.length) {
                d.io_queued_recursive = $Array(m.io_queued_recursive.length);
                for (var j = 0; j < m.io_queued_recursive.length; ++j) {
                    d.io_queued_recursive[j] = $root.grpc.BlkioStatsEntry.toObject(m.io_queued_recursive[j], o, q + 1);
                }
            }
            if (m.io_service_time_recursive && m.io_service_time_recursive.length) {
                d.io_service_time_recursive = $Array(m.io_service_time_recursive.length);
                for (var j = 0; j < m.io_service_time_recursive.length; ++j) {
                    d.io_service_time_recursive[j] = $root.grpc.BlkioStatsEntry.toObject(m.io_service_time_recursive[j], o, q + 1);
                }
            }
            if (m.io_wait_time_recursive && m.io_wait_time_recursive.length) {
                d.io_wait_time_recursive = $Array(m.io_wait_time_recursive.length);
                for (var j = 0; j < m.io_wait_time_recursive.length; ++j) {
                    d.io_wait_time_recursive[j] = $root.grpc.BlkioStatsEntry.toObject(m.io_wait_time_recursive[j], o, q + 1);
                }
            }
            if (m.io_merged_recursive && m.io_merged_recursive.length) {
                d.io_merged_recursive = $Array(m.io_merged_recursive.length);
                for (var j = 0; j < m.io_merged_recursive.length; ++j) {
                    d.io_merged_recursive[j] = $root.grpc.BlkioStatsEntry.toObject(m.io_merged_recursive[j], o, q + 1);
                }
            }
            if (m.io_time_recursive && m.io_time_recursive.length) {
                d.io_time_recursive = $Array(m.io_time_recursive.length);
                for (var j = 0; j < m.io_time_recursive.length; ++j) {
                    d.io_time_recursive[j] = $root.grpc.BlkioStatsEntry.toObject(m.io_time_recursive[j], o, q + 1);
                }
            }
            if (m.sectors_recursive && m.sectors_recursive.length) {
                d.sectors_recursive = $Array(m.sectors_recursive.length);
                for (var j = 0; j < m.sectors_recursive.length; ++j) {
                    d.sectors_recursive[j] = $root.grpc.BlkioStatsEntry.toObject(m.sectors_recursive[j], o, q + 1);
                }
            }
            return d;
        };

        BlkioStats.prototype.toJSON = function() {
            return BlkioStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        return BlkioStats;
    })();

    grpc.HugetlbStats = (function() {

        const HugetlbStats = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        HugetlbStats.prototype.usage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        HugetlbStats.prototype.max_usage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        HugetlbStats.prototype.failcnt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        HugetlbStats.create = function(properties) {
            return new HugetlbStats(properties);
        };

        HugetlbStats.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.usage != null && $Object.hasOwnProperty.call(m, "usage") && (typeof m.usage === "object" ? m.usage.low || m.usage.high : m.usage !== 0))
                w.uint32(8).uint64(m.usage);
            if (m.max_usage != null && $Object.hasOwnProperty.call(m, "max_usage") && (typeof m.max_usage === "object" ? m.max_usage.low || m.max_usage.high : m.max_usage !== 0))
                w.uint32(16).uint64(m.max_usage);
            if (m.failcnt != null && $Object.hasOwnProperty.call(m, "failcnt") && (typeof m.failcnt === "object" ? m.failcnt.low || m.failcnt.high : m.failcnt !== 0))
                w.uint32(24).uint64(m.failcnt);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        HugetlbStats.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.HugetlbStats();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.usage = v;
                        else
                            delete m.usage;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.max_usage = v;
                        else
                            delete m.max_usage;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.failcnt = v;
                        else
                            delete m.failcnt;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        HugetlbStats.fromObject = function (d, q) {
            if (d instanceof $root.grpc.HugetlbStats)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.HugetlbStats: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.HugetlbStats();
            if (d.usage != null) {
                if (typeof d.usage === "object" ? d.usage.low || d.usage.high : $Number(d.usage) !== 0) {
                    if ($util.Long)
                        m.usage = $util.Long.fromValue(d.usage, true);
                    else if (typeof d.usage === "string")
                        m.usage = $parseInt(d.usage, 10);
                    else if (typeof d.usage === "number")
                        m.usage = d.usage;
                    else if (typeof d.usage === "object")
                        m.usage = new $util.LongBits(d.usage.low >>> 0, d.usage.high >>> 0).toNumber(true);
                }
            }
            if (d.max_usage != null) {
                if (typeof d.max_usage === "object" ? d.max_usage.low || d.max_usage.high : $Number(d.max_usage) !== 0) {
                    if ($util.Long)
                        m.max_usage = $util.Long.fromValue(d.max_usage, true);
                    else if (typeof d.max_usage === "string")
                        m.max_usage = $parseInt(d.max_usage, 10);
                    else if (typeof d.max_usage === "number")
                        m.max_usage = d.max_usage;
                    else if (typeof d.max_usage === "object")
                        m.max_usage = new $util.LongBits(d.max_usage.low >>> 0, d.max_usage.high >>> 0).toNumber(true);
                }
            }
            if (d.failcnt != null) {
                if (typeof d.failcnt === "object" ? d.failcnt.low || d.failcnt.high : $Number(d.failcnt) !== 0) {
                    if ($util.Long)
                        m.failcnt = $util.Long.fromValue(d.failcnt, true);
                    else if (typeof d.failcnt === "string")
                        m.failcnt = $parseInt(d.failcnt, 10);
                    else if (typeof d.failcnt === "number")
                        m.failcnt = d.failcnt;
                    else if (typeof d.failcnt === "object")
                        m.failcnt = new $util.LongBits(d.failcnt.low >>> 0, d.failcnt.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        HugetlbStats.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.usage = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.usage = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.max_usage = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.max_usage = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.failcnt = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.failcnt = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.usage != null && $Object.hasOwnProperty.call(m, "usage")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.usage = typeof m.usage === "number" ? $BigInt(m.usage) : $util.Long.fromBits(m.usage.low >>> 0, m.usage.high >>> 0, true).toBigInt();
                else if (typeof m.usage === "number")
                    d.usage = o.longs === $String ? $String(m.usage) : m.usage;
                else
                    d.usage = o.longs === $String ? $util.Long.prototype.toString.call(m.usage) : o.longs === $Number ? new $util.LongBits(m.usage.low >>> 0, m.usage.high >>> 0).toNumber(true) : m.usage;
            }
            if (m.max_usage != null && $Object.hasOwnProperty.call(m, "max_usage")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.max_usage = typeof m.max_usage === "number" ? $BigInt(m.max_usage) : $util.Long.fromBits(m.max_usage.low >>> 0, m.max_usage.high >>> 0, true).toBigInt();
                else if (typeof m.max_usage === "number")
                    d.max_usage = o.longs === $String ? $String(m.max_usage) : m.max_usage;
                else
                    d.max_usage = o.longs === $String ? $util.Long.prototype.toString.call(m.max_usage) : o.longs === $Number ? new $util.LongBits(m.max_usage.low >>> 0, m.max_usage.high >>> 0).toNumber(true) : m.max_usage;
            }
            if (m.failcnt != null && $Object.hasOwnProperty.call(m, "failcnt")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.failcnt = typeof m.failcnt === "number" ? $BigInt(m.failcnt) : $util.Long.fromBits(m.failcnt.low >>> 0, m.failcnt.high >>> 0, true).toBigInt();
                else if (typeof m.failcnt === "number")
                    d.failcnt = o.longs === $String ? $String(m.failcnt) : m.failcnt;
                else
                    d.failcnt = o.longs === $String ? $util.Long.prototype.toString.call(m.failcnt) : o.longs === $Number ? new $util.LongBits(m.failcnt.low >>> 0, m.failcnt.high >>> 0).toNumber(true) : m.failcnt;
            }
            return d;
        };

        HugetlbStats.prototype.toJSON = function() {
            return HugetlbStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        return HugetlbStats;
    })();

    grpc.CgroupStats = (function() {

        const CgroupStats = function (p) {
            this.hugetlb_stats = {};
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        CgroupStats.prototype.cpu_stats = null;
        CgroupStats.prototype.memory_stats = null;
        CgroupStats.prototype.pids_stats = null;
        CgroupStats.prototype.blkio_stats = null;
        CgroupStats.prototype.hugetlb_stats = $util.emptyObject;

        CgroupStats.create = function(properties) {
            return new CgroupStats(properties);
        };

        CgroupStats.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cpu_stats != null && $Object.hasOwnProperty.call(m, "cpu_stats"))
                $root.grpc.CpuStats.encode(m.cpu_stats, w.uint32(10).fork(), q + 1).ldelim();
            if (m.memory_stats != null && $Object.hasOwnProperty.call(m, "memory_stats"))
                $root.grpc.MemoryStats.encode(m.memory_stats, w.uint32(18).fork(), q + 1).ldelim();
            if (m.pids_stats != null && $Object.hasOwnProperty.call(m, "pids_stats"))
                $root.grpc.PidsStats.encode(m.pids_stats, w.uint32(26).fork(), q + 1).ldelim();
            if (m.blkio_stats != null && $Object.hasOwnProperty.call(m, "blkio_stats"))
                $root.grpc.BlkioStats.encode(m.blkio_stats, w.uint32(34).fork(), q + 1).ldelim();
            if (m.hugetlb_stats != null && $Object.hasOwnProperty.call(m, "hugetlb_stats")) {
                for (var ks = $Object.keys(m.hugetlb_stats), i = 0; i < ks.length; ++i) {
                    w.uint32(42).fork().uint32(10).string(ks[i]);
                    $root.grpc.HugetlbStats.encode(m.hugetlb_stats[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                }
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        CgroupStats.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, k, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.CgroupStats();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.cpu_stats = $root.grpc.CpuStats.decode(r, r.size(), $undefined, q + 1, m.cpu_stats);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.memory_stats = $root.grpc.MemoryStats.decode(r, r.size(), $undefined, q + 1, m.memory_stats);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.pids_stats = $root.grpc.PidsStats.decode(r, r.size(), $undefined, q + 1, m.pids_stats);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.blkio_stats = $root.grpc.BlkioStats.decode(r, r.size(), $undefined, q + 1, m.blkio_stats);
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (m.hugetlb_stats === $util.emptyObject)
                            m.hugetlb_stats = {};
                        var c2 = r.size() + r.pos;
                        if (c2 > r.len)
                            throw $RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        v = null;
                        while (r.pos < c2) {
                            var t2 = r.tag();
                            u = t2 & 7;
                            switch (t2 >>>= 3) {
                            case 1:
                                if (u !== 2)
                                    break;
                                k = r.stringVerify();
                                continue;
                            case 2:
                                if (u !== 2)
                                    break;
                                v = $root.grpc.HugetlbStats.decode(r, r.size(), $undefined, q + 1, v);
                                continue;
                            }
                            r.skipType(u, q, t2);
                        }
                        if (r.pos !== c2)
                            throw $RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.hugetlb_stats, k);
                        m.hugetlb_stats[k] = v || new $root.grpc.HugetlbStats();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        CgroupStats.fromObject = function (d, q) {
            if (d instanceof $root.grpc.CgroupStats)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.CgroupStats: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.CgroupStats();
            if (d.cpu_stats != null) {
                if (!$util.isObject(d.cpu_stats))
                    throw $TypeError(".grpc.CgroupStats.cpu_stats: object expected");
                m.cpu_stats = $root.grpc.CpuStats.fromObject(d.cpu_stats, q + 1);
            }
            if (d.memory_stats != null) {
                if (!$util.isObject(d.memory_stats))
                    throw $TypeError(".grpc.CgroupStats.memory_stats: object expected");
                m.memory_stats = $root.grpc.MemoryStats.fromObject(d.memory_stats, q + 1);
            }
            if (d.pids_stats != null) {
                if (!$util.isObject(d.pids_stats))
                    throw $TypeError(".grpc.CgroupStats.pids_stats: object expected");
                m.pids_stats = $root.grpc.PidsStats.fromObject(d.pids_stats, q + 1);
            }
            if (d.blkio_stats != null) {
                if (!$util.isObject(d.blkio_stats))
                    throw $TypeError(".grpc.CgroupStats.blkio_stats: object expected");
                m.blkio_stats = $root.grpc.BlkioStats.fromObject(d.blkio_stats, q + 1);
            }
            if (d.hugetlb_stats) {
                if (!$util.isObject(d.hugetlb_stats))
                    throw $TypeError(".grpc.CgroupStats.hugetlb_stats: object expected");
                m.hugetlb_stats = {};
                for (var ks = $Object.keys(d.hugetlb_stats), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.hugetlb_stats, ks[i]);
                    if (!$util.isObject(d.hugetlb_stats[ks[i]]))
                        throw $TypeError(".grpc.CgroupStats.hugetlb_stats: object expected");
                    m.hugetlb_stats[ks[i]] = $root.grpc.HugetlbStats.fromObject(d.hugetlb_stats[ks[i]], q + 1);
                }
            }
            return m;
        };

        CgroupStats.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.hugetlb_stats = {};
            }
            if (o.defaults) {
                d.cpu_stats = null;
                d.memory_stats = null;
                d.pids_stats = null;
                d.blkio_stats = null;
            }
            if (m.cpu_stats != null && $Object.hasOwnProperty.call(m, "cpu_stats")) {
                d.cpu_stats = $root.grpc.CpuStats.toObject(m.cpu_stats, o, q + 1);
            }
            if (m.memory_stats != null && $Object.hasOwnProperty.call(m, "memory_stats")) {
                d.memory_stats = $root.grpc.MemoryStats.toObject(m.memory_stats, o, q + 1);
            }
            if (m.pids_stats != null && $Object.hasOwnProperty.call(m, "pids_stats")) {
                d.pids_stats = $root.grpc.PidsStats.toObject(m.pids_stats, o, q + 1);
            }
            if (m.blkio_stats != null && $Object.hasOwnProperty.call(m, "blkio_stats")) {
                d.blkio_stats = $root.grpc.BlkioStats.toObject(m.blkio_stats, o, q + 1);
            }
            var ks2;
            if (m.hugetlb_stats && (ks2 = $Object.keys(m.hugetlb_stats)).length) {
                d.hugetlb_stats = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.hugetlb_stats, ks2[j]);
                    d.hugetlb_stats[ks2[j]] = $root.grpc.HugetlbStats.toObject(m.hugetlb_stats[ks2[j]], o, q + 1);
                }
            }
            return d;
        };

        CgroupStats.prototype.toJSON = function() {
            return CgroupStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CgroupStats;
    })();

    grpc.NetworkStats = (function() {

        const NetworkStats = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        NetworkStats.prototype.name = "";
        NetworkStats.prototype.rx_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        NetworkStats.prototype.rx_packets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        NetworkStats.prototype.rx_errors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        NetworkStats.prototype.rx_dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        NetworkStats.prototype.tx_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        NetworkStats.prototype.tx_packets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        NetworkStats.prototype.tx_errors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        NetworkStats.prototype.tx_dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        NetworkStats.create = function(properties) {
            return new NetworkStats(properties);
        };

        NetworkStats.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(10).string(m.name);
            if (m.rx_bytes != null && $Object.hasOwnProperty.call(m, "rx_bytes") && (typeof m.rx_bytes === "object" ? m.rx_bytes.low || m.rx_bytes.high : m.rx_bytes !== 0))
                w.uint32(16).uint64(m.rx_bytes);
            if (m.rx_packets != null && $Object.hasOwnProperty.call(m, "rx_packets") && (typeof m.rx_packets === "object" ? m.rx_packets.low || m.rx_packets.high : m.rx_packets !== 0))
                w.uint32(24).uint64(m.rx_packets);
            if (m.rx_errors != null && $Object.hasOwnProperty.call(m, "rx_errors") && (typeof m.rx_errors === "object" ? m.rx_errors.low || m.rx_errors.high : m.rx_errors !== 0))
                w.uint32(32).uint64(m.rx_errors);
            if (m.rx_dropped != null && $Object.hasOwnProperty.call(m, "rx_dropped") && (typeof m.rx_dropped === "object" ? m.rx_dropped.low || m.rx_dropped.high : m.rx_dropped !== 0))
                w.uint32(40).uint64(m.rx_dropped);
            if (m.tx_bytes != null && $Object.hasOwnProperty.call(m, "tx_bytes") && (typeof m.tx_bytes === "object" ? m.tx_bytes.low || m.tx_bytes.high : m.tx_bytes !== 0))
                w.uint32(48).uint64(m.tx_bytes);
            if (m.tx_packets != null && $Object.hasOwnProperty.call(m, "tx_packets") && (typeof m.tx_packets === "object" ? m.tx_packets.low || m.tx_packets.high : m.tx_packets !== 0))
                w.uint32(56).uint64(m.tx_packets);
            if (m.tx_errors != null && $Object.hasOwnProperty.call(m, "tx_errors") && (typeof m.tx_errors === "object" ? m.tx_errors.low || m.tx_errors.high : m.tx_errors !== 0))
                w.uint32(64).uint64(m.tx_errors);
            if (m.tx_dropped != null && $Object.hasOwnProperty.call(m, "tx_dropped") && (typeof m.tx_dropped === "object" ? m.tx_dropped.low || m.tx_dropped.high : m.tx_dropped !== 0))
                w.uint32(72).uint64(m.tx_dropped);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        NetworkStats.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.NetworkStats();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.rx_bytes = v;
                        else
                            delete m.rx_bytes;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.rx_packets = v;
                        else
                            delete m.rx_packets;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.rx_errors = v;
                        else
                            delete m.rx_errors;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.rx_dropped = v;
                        else
                            delete m.rx_dropped;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.tx_bytes = v;
                        else
                            delete m.tx_bytes;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.tx_packets = v;
                        else
                            delete m.tx_packets;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.tx_errors = v;
                        else
                            delete m.tx_errors;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.tx_dropped = v;
                        else
                            delete m.tx_dropped;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        NetworkStats.fromObject = function (d, q) {
            if (d instanceof $root.grpc.NetworkStats)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.NetworkStats: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.NetworkStats();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.rx_bytes != null) {
                if (typeof d.rx_bytes === "object" ? d.rx_bytes.low || d.rx_bytes.high : $Number(d.rx_bytes) !== 0) {
                    if ($util.Long)
                        m.rx_bytes = $util.Long.fromValue(d.rx_bytes, true);
                    else if (typeof d.rx_bytes === "string")
                        m.rx_bytes = $parseInt(d.rx_bytes, 10);
                    else if (typeof d.rx_bytes === "number")
                        m.rx_bytes = d.rx_bytes;
                    else if (typeof d.rx_bytes === "object")
                        m.rx_bytes = new $util.LongBits(d.rx_bytes.low >>> 0, d.rx_bytes.high >>> 0).toNumber(true);
                }
            }
            if (d.rx_packets != null) {
                if (typeof d.rx_packets === "object" ? d.rx_packets.low || d.rx_packets.high : $Number(d.rx_packets) !== 0) {
                    if ($util.Long)
                        m.rx_packets = $util.Long.fromValue(d.rx_packets, true);
                    else if (typeof d.rx_packets === "string")
                        m.rx_packets = $parseInt(d.rx_packets, 10);
                    else if (typeof d.rx_packets === "number")
                        m.rx_packets = d.rx_packets;
                    else if (typeof d.rx_packets === "object")
                        m.rx_packets = new $util.LongBits(d.rx_packets.low >>> 0, d.rx_packets.high >>> 0).toNumber(true);
                }
            }
            if (d.rx_errors != null) {
                if (typeof d.rx_errors === "object" ? d.rx_errors.low || d.rx_errors.high : $Number(d.rx_errors) !== 0) {
                    if ($util.Long)
                        m.rx_errors = $util.Long.fromValue(d.rx_errors, true);
                    else if (typeof d.rx_errors === "string")
                        m.rx_errors = $parseInt(d.rx_errors, 10);
                    else if (typeof d.rx_errors === "number")
                        m.rx_errors = d.rx_errors;
                    else if (typeof d.rx_errors === "object")
                        m.rx_errors = new $util.LongBits(d.rx_errors.low >>> 0, d.rx_errors.high >>> 0).toNumber(true);
                }
            }
            if (d.rx_dropped != null) {
                if (typeof d.rx_dropped === "object" ? d.rx_dropped.low || d.rx_dropped.high : $Number(d.rx_dropped) !== 0) {
                    if ($util.Long)
                        m.rx_dropped = $util.Long.fromValue(d.rx_dropped, true);
                    else if (typeof d.rx_dropped === "string")
                        m.rx_dropped = $parseInt(d.rx_dropped, 10);
                    else if (typeof d.rx_dropped === "number")
                        m.rx_dropped = d.rx_dropped;
                    else if (typeof d.rx_dropped === "object")
                        m.rx_dropped = new $util.LongBits(d.rx_dropped.low >>> 0, d.rx_dropped.high >>> 0).toNumber(true);
                }
            }
            if (d.tx_bytes != null) {
                if (typeof d.tx_bytes === "object" ? d.tx_bytes.low || d.tx_bytes.high : $Number(d.tx_bytes) !== 0) {
                    if ($util.Long)
                        m.tx_bytes = $util.Long.fromValue(d.tx_bytes, true);
                    else if (typeof d.tx_bytes === "string")
                        m.tx_bytes = $parseInt(d.tx_bytes, 10);
                    else if (typeof d.tx_bytes === "number")
                        m.tx_bytes = d.tx_bytes;
                    else if (typeof d.tx_bytes === "object")
                        m.tx_bytes = new $util.LongBits(d.tx_bytes.low >>> 0, d.tx_bytes.high >>> 0).toNumber(true);
                }
            }
            if (d.tx_packets != null) {
                if (typeof d.tx_packets === "object" ? d.tx_packets.low || d.tx_packets.high : $Number(d.tx_packets) !== 0) {
                    if ($util.Long)
                        m.tx_packets = $util.Long.fromValue(d.tx_packets, true);
                    else if (typeof d.tx_packets === "string")
                        m.tx_packets = $parseInt(d.tx_packets, 10);
                    else if (typeof d.tx_packets === "number")
                        m.tx_packets = d.tx_packets;
                    else if (typeof d.tx_packets === "object")
                        m.tx_packets = new $util.LongBits(d.tx_packets.low >>> 0, d.tx_packets.high >>> 0).toNumber(true);
                }
            }
            if (d.tx_errors != null) {
                if (typeof d.tx_errors === "object" ? d.tx_errors.low || d.tx_errors.high : $Number(d.tx_errors) !== 0) {
                    if ($util.Long)
                        m.tx_errors = $util.Long.fromValue(d.tx_errors, true);
                    else if (typeof d.tx_errors === "string")
                        m.tx_errors = $parseInt(d.tx_errors, 10);
                    else if (typeof d.tx_errors === "number")
                        m.tx_errors = d.tx_errors;
                    else if (typeof d.tx_errors === "object")
                        m.tx_errors = new $util.LongBits(d.tx_errors.low >>> 0, d.tx_errors.high >>> 0).toNumber(true);
                }
            }
            if (d.tx_dropped != null) {
                if (typeof d.tx_dropped === "object" ? d.tx_dropped.low || d.tx_dropped.high : $Number(d.tx_dropped) !== 0) {
                    if ($util.Long)
                        m.tx_dropped = $util.Long.fromValue(d.tx_dropped, true);
                    else if (typeof d.tx_dropped === "string")
                        m.tx_dropped = $parseInt(d.tx_dropped, 10);
                    else if (typeof d.tx_dropped === "number")
                        m.tx_dropped = d.tx_dropped;
                    else if (typeof d.tx_dropped === "object")
                        m.tx_dropped = new $util.LongBits(d.tx_dropped.low >>> 0, d.tx_dropped.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        NetworkStats.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.name = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.rx_bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.rx_bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.rx_packets = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.rx_packets = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.rx_errors = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.rx_errors = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.rx_dropped = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.rx_dropped = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.tx_bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tx_bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.tx_packets = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tx_packets = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.tx_errors = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tx_errors = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.tx_dropped = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tx_dropped = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.rx_bytes != null && $Object.hasOwnProperty.call(m, "rx_bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.rx_bytes = typeof m.rx_bytes === "number" ? $BigInt(m.rx_bytes) : $util.Long.fromBits(m.rx_bytes.low >>> 0, m.rx_bytes.high >>> 0, true).toBigInt();
                else if (typeof m.rx_bytes === "number")
                    d.rx_bytes = o.longs === $String ? $String(m.rx_bytes) : m.rx_bytes;
                else
                    d.rx_bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.rx_bytes) : o.longs === $Number ? new $util.LongBits(m.rx_bytes.low >>> 0, m.rx_bytes.high >>> 0).toNumber(true) : m.rx_bytes;
            }
            if (m.rx_packets != null && $Object.hasOwnProperty.call(m, "rx_packets")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.rx_packets = typeof m.rx_packets === "number" ? $BigInt(m.rx_packets) : $util.Long.fromBits(m.rx_packets.low >>> 0, m.rx_packets.high >>> 0, true).toBigInt();
                else if (typeof m.rx_packets === "number")
                    d.rx_packets = o.longs === $String ? $String(m.rx_packets) : m.rx_packets;
                else
                    d.rx_packets = o.longs === $String ? $util.Long.prototype.toString.call(m.rx_packets) : o.longs === $Number ? new $util.LongBits(m.rx_packets.low >>> 0, m.rx_packets.high >>> 0).toNumber(true) : m.rx_packets;
            }
            if (m.rx_errors != null && $Object.hasOwnProperty.call(m, "rx_errors")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.rx_errors = typeof m.rx_errors === "number" ? $BigInt(m.rx_errors) : $util.Long.fromBits(m.rx_errors.low >>> 0, m.rx_errors.high >>> 0, true).toBigInt();
                else if (typeof m.rx_errors === "number")
                    d.rx_errors = o.longs === $String ? $String(m.rx_errors) : m.rx_errors;
                else
                    d.rx_errors = o.longs === $String ? $util.Long.prototype.toString.call(m.rx_errors) : o.longs === $Number ? new $util.LongBits(m.rx_errors.low >>> 0, m.rx_errors.high >>> 0).toNumber(true) : m.rx_errors;
            }
            if (m.rx_dropped != null && $Object.hasOwnProperty.call(m, "rx_dropped")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.rx_dropped = typeof m.rx_dropped === "number" ? $BigInt(m.rx_dropped) : $util.Long.fromBits(m.rx_dropped.low >>> 0, m.rx_dropped.high >>> 0, true).toBigInt();
                else if (typeof m.rx_dropped === "number")
                    d.rx_dropped = o.longs === $String ? $String(m.rx_dropped) : m.rx_dropped;
                else
                    d.rx_dropped = o.longs === $String ? $util.Long.prototype.toString.call(m.rx_dropped) : o.longs === $Number ? new $util.LongBits(m.rx_dropped.low >>> 0, m.rx_dropped.high >>> 0).toNumber(true) : m.rx_dropped;
            }
            if (m.tx_bytes != null && $Object.hasOwnProperty.call(m, "tx_bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tx_bytes = typeof m.tx_bytes === "number" ? $BigInt(m.tx_bytes) : $util.Long.fromBits(m.tx_bytes.low >>> 0, m.tx_bytes.high >>> 0, true).toBigInt();
                else if (typeof m.tx_bytes === "number")
                    d.tx_bytes = o.longs === $String ? $String(m.tx_bytes) : m.tx_bytes;
                else
                    d.tx_bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.tx_bytes) : o.longs === $Number ? new $util.LongBits(m.tx_bytes.low >>> 0, m.tx_bytes.high >>> 0).toNumber(true) : m.tx_bytes;
            }
            if (m.tx_packets != null && $Object.hasOwnProperty.call(m, "tx_packets")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tx_packets = typeof m.tx_packets === "number" ? $BigInt(m.tx_packets) : $util.Long.fromBits(m.tx_packets.low >>> 0, m.tx_packets.high >>> 0, true).toBigInt();
                else if (typeof m.tx_packets === "number")
                    d.tx_packets = o.longs === $String ? $String(m.tx_packets) : m.tx_packets;
                else
                    d.tx_packets = o.longs === $String ? $util.Long.prototype.toString.call(m.tx_packets) : o.longs === $Number ? new $util.LongBits(m.tx_packets.low >>> 0, m.tx_packets.high >>> 0).toNumber(true) : m.tx_packets;
            }
            if (m.tx_errors != null && $Object.hasOwnProperty.call(m, "tx_errors")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tx_errors = typeof m.tx_errors === "number" ? $BigInt(m.tx_errors) : $util.Long.fromBits(m.tx_errors.low >>> 0, m.tx_errors.high >>> 0, true).toBigInt();
                else if (typeof m.tx_errors === "number")
                    d.tx_errors = o.longs === $String ? $String(m.tx_errors) : m.tx_errors;
                else
                    d.tx_errors = o.longs === $String ? $util.Long.prototype.toString.call(m.tx_errors) : o.longs === $Number ? new $util.LongBits(m.tx_errors.low >>> 0, m.tx_errors.high >>> 0).toNumber(true) : m.tx_errors;
            }
            if (m.tx_dropped != null && $Object.hasOwnProperty.call(m, "tx_dropped")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tx_dropped = typeof m.tx_dropped === "number" ? $BigInt(m.tx_dropped) : $util.Long.fromBits(m.tx_dropped.low >>> 0, m.tx_dropped.high >>> 0, true).toBigInt();
                else if (typeof m.tx_dropped === "number")
                    d.tx_dropped = o.longs === $String ? $String(m.tx_dropped) : m.tx_dropped;
                else
                    d.tx_dropped = o.longs === $String ? $util.Long.prototype.toString.call(m.tx_dropped) : o.longs === $Number ? new $util.LongBits(m.tx_dropped.low >>> 0, m.tx_dropped.high >>> 0).toNumber(true) : m.tx_dropped;
            }
            return d;
        };

        NetworkStats.prototype.toJSON = function() {
            return NetworkStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        return NetworkStats;
    })();

    grpc.StatsContainerResponse = (function() {

        const StatsContainerResponse = function (p) {
            this.network_stats = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        StatsContainerResponse.prototype.cgroup_stats = null;
        StatsContainerResponse.prototype.network_stats = $util.emptyArray;

        StatsContainerResponse.create = function(properties) {
            return new StatsContainerResponse(properties);
        };

        StatsContainerResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cgroup_stats != null && $Object.hasOwnProperty.call(m, "cgroup_stats"))
                $root.grpc.CgroupStats.encode(m.cgroup_stats, w.uint32(10).fork(), q + 1).ldelim();
            if (m.network_stats != null && m.network_stats.length) {
                for (var i = 0; i < m.network_stats.length; ++i)
                    $root.grpc.NetworkStats.encode(m.network_stats[i], w.uint32(18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        StatsContainerResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.StatsContainerResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.cgroup_stats = $root.grpc.CgroupStats.decode(r, r.size(), $undefined, q + 1, m.cgroup_stats);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.network_stats && m.network_stats.length))
                            m.network_stats = [];
                        m.network_stats.push($root.grpc.NetworkStats.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        StatsContainerResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.StatsContainerResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.StatsContainerResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.StatsContainerResponse();
            if (d.cgroup_stats != null) {
                if (!$util.isObject(d.cgroup_stats))
                    throw $TypeError(".grpc.StatsContainerResponse.cgroup_stats: object expected");
                m.cgroup_stats = $root.grpc.CgroupStats.fromObject(d.cgroup_stats, q + 1);
            }
            if (d.network_stats) {
                if (!$Array.isArray(d.network_stats))
                    throw $TypeError(".grpc.StatsContainerResponse.network_stats: array expected");
                m.network_stats = $Array(d.network_stats.length);
                for (var i = 0; i < d.network_stats.length; ++i) {
                    if (!$util.isObject(d.network_stats[i]))
                        throw $TypeError(".grpc.StatsContainerResponse.network_stats: object expected");
                    m.network_stats[i] = $root.grpc.NetworkStats.fromObject(d.network_stats[i], q + 1);
                }
            }
            return m;
        };

        StatsContainerResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.network_stats = [];
            }
            if (o.defaults) {
                d.cgroup_stats = null;
            }
            if (m.cgroup_stats != null && $Object.hasOwnProperty.call(m, "cgroup_stats")) {
                d.cgroup_stats = $root.grpc.CgroupStats.toObject(m.cgroup_stats, o, q + 1);
            }
            if (m.network_stats && m.network_stats.length) {
                d.network_stats = $Array(m.network_stats.length);
                for (var j = 0; j < m.network_stats.length; ++j) {
                    d.network_stats[j] = $root.grpc.NetworkStats.toObject(m.network_stats[j], o, q + 1);
                }
            }
            return d;
        };

        StatsContainerResponse.prototype.toJSON = function() {
            return StatsContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StatsContainerResponse;
    })();

    grpc.WriteStreamRequest = (function() {

        const WriteStreamRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        WriteStreamRequest.prototype.container_id = "";
        WriteStreamRequest.prototype.exec_id = "";
        WriteStreamRequest.prototype.data = $util.newBuffer([]);

        WriteStreamRequest.create = function(properties) {
            return new WriteStreamRequest(properties);
        };

        WriteStreamRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id") && m.exec_id !== "")
                w.uint32(18).string(m.exec_id);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(26).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        WriteStreamRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.WriteStreamRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.exec_id = v;
                        else
                            delete m.exec_id;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        WriteStreamRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.WriteStreamRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.WriteStreamRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.WriteStreamRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.exec_id != null) {
                if (typeof d.exec_id !== "string" || d.exec_id.length) {
                    m.exec_id = $String(d.exec_id);
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        WriteStreamRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
                d.exec_id = "";
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id")) {
                d.exec_id = m.exec_id;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        WriteStreamRequest.prototype.toJSON = function() {
            return WriteStreamRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WriteStreamRequest;
    })();

    grpc.WriteStreamResponse = (function() {

        const WriteStreamResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        WriteStreamResponse.prototype.len = 0;

        WriteStreamResponse.create = function(properties) {
            return new WriteStreamResponse(properties);
        };

        WriteStreamResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.len != null && $Object.hasOwnProperty.call(m, "len") && m.len !== 0)
                w.uint32(8).uint32(m.len);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        WriteStreamResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.WriteStreamResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.len = v;
                        else
                            delete m.len;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        WriteStreamResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.WriteStreamResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.WriteStreamResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.WriteStreamResponse();
            if (d.len != null) {
                if ($Number(d.len) !== 0) {
                    m.len = d.len >>> 0;
                }
            }
            return m;
        };

        WriteStreamResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.len = 0;
            }
            if (m.len != null && $Object.hasOwnProperty.call(m, "len")) {
                d.len = m.len;
            }
            return d;
        };

        WriteStreamResponse.prototype.toJSON = function() {
            return WriteStreamResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WriteStreamResponse;
    })();

    grpc.ReadStreamRequest = (function() {

        const ReadStreamRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ReadStreamRequest.prototype.container_id = "";
        ReadStreamRequest.prototype.exec_id = "";
        ReadStreamRequest.prototype.len = 0;

        ReadStreamRequest.create = function(properties) {
            return new ReadStreamRequest(properties);
        };

        ReadStreamRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id") && m.exec_id !== "")
                w.uint32(18).string(m.exec_id);
            if (m.len != null && $Object.hasOwnProperty.call(m, "len") && m.len !== 0)
                w.uint32(24).uint32(m.len);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ReadStreamRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ReadStreamRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.exec_id = v;
                        else
                            delete m.exec_id;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.len = v;
                        else
                            delete m.len;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ReadStreamRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ReadStreamRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ReadStreamRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.ReadStreamRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.exec_id != null) {
                if (typeof d.exec_id !== "string" || d.exec_id.length) {
                    m.exec_id = $String(d.exec_id);
                }
            }
            if (d.len != null) {
                if ($Number(d.len) !== 0) {
                    m.len = d.len >>> 0;
                }
            }
            return m;
        };

        ReadStreamRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
                d.exec_id = "";
                d.len = 0;
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id")) {
                d.exec_id = m.exec_id;
            }
            if (m.len != null && $Object.hasOwnProperty.call(m, "len")) {
                d.len = m.len;
            }
            return d;
        };

        ReadStreamRequest.prototype.toJSON = function() {
            return ReadStreamRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReadStreamRequest;
    })();

    grpc.ReadStreamResponse = (function() {

        const ReadStreamResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ReadStreamResponse.prototype.data = $util.newBuffer([]);

        ReadStreamResponse.create = function(properties) {
            return new ReadStreamResponse(properties);
        };

        ReadStreamResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(10).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ReadStreamResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ReadStreamResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ReadStreamResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ReadStreamResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ReadStreamResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.ReadStreamResponse();
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        ReadStreamResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        ReadStreamResponse.prototype.toJSON = function() {
            return ReadStreamResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReadStreamResponse;
    })();

    grpc.CloseStdinRequest = (function() {

        const CloseStdinRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        CloseStdinRequest.prototype.container_id = "";
        CloseStdinRequest.prototype.exec_id = "";

        CloseStdinRequest.create = function(properties) {
            return new CloseStdinRequest(properties);
        };

        CloseStdinRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id") && m.exec_id !== "")
                w.uint32(18).string(m.exec_id);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        CloseStdinRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.CloseStdinRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.exec_id = v;
                        else
                            delete m.exec_id;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        CloseStdinRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.CloseStdinRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.CloseStdinRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.CloseStdinRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.exec_id != null) {
                if (typeof d.exec_id !== "string" || d.exec_id.length) {
                    m.exec_id = $String(d.exec_id);
                }
            }
            return m;
        };

        CloseStdinRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
                d.exec_id = "";
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id")) {
                d.exec_id = m.exec_id;
            }
            return d;
        };

        CloseStdinRequest.prototype.toJSON = function() {
            return CloseStdinRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CloseStdinRequest;
    })();

    grpc.TtyWinResizeRequest = (function() {

        const TtyWinResizeRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        TtyWinResizeRequest.prototype.container_id = "";
        TtyWinResizeRequest.prototype.exec_id = "";
        TtyWinResizeRequest.prototype.row = 0;
        TtyWinResizeRequest.prototype.column = 0;

        TtyWinResizeRequest.create = function(properties) {
            return new TtyWinResizeRequest(properties);
        };

        TtyWinResizeRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id") && m.exec_id !== "")
                w.uint32(18).string(m.exec_id);
            if (m.row != null && $Object.hasOwnProperty.call(m, "row") && m.row !== 0)
                w.uint32(24).uint32(m.row);
            if (m.column != null && $Object.hasOwnProperty.call(m, "column") && m.column !== 0)
                w.uint32(32).uint32(m.column);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        TtyWinResizeRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.TtyWinResizeRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.exec_id = v;
                        else
                            delete m.exec_id;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.row = v;
                        else
                            delete m.row;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.column = v;
                        else
                            delete m.column;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        TtyWinResizeRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.TtyWinResizeRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.TtyWinResizeRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.TtyWinResizeRequest();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            if (d.exec_id != null) {
                if (typeof d.exec_id !== "string" || d.exec_id.length) {
                    m.exec_id = $String(d.exec_id);
                }
            }
            if (d.row != null) {
                if ($Number(d.row) !== 0) {
                    m.row = d.row >>> 0;
                }
            }
            if (d.column != null) {
                if ($Number(d.column) !== 0) {
                    m.column = d.column >>> 0;
                }
            }
            return m;
        };

        TtyWinResizeRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
                d.exec_id = "";
                d.row = 0;
                d.column = 0;
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            if (m.exec_id != null && $Object.hasOwnProperty.call(m, "exec_id")) {
                d.exec_id = m.exec_id;
            }
            if (m.row != null && $Object.hasOwnProperty.call(m, "row")) {
                d.row = m.row;
            }
            if (m.column != null && $Object.hasOwnProperty.call(m, "column")) {
                d.column = m.column;
            }
            return d;
        };

        TtyWinResizeRequest.prototype.toJSON = function() {
            return TtyWinResizeRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return TtyWinResizeRequest;
    })();

    grpc.KernelModule = (function() {

        const KernelModule = function (p) {
            this.parameters = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        KernelModule.prototype.name = "";
        KernelModule.prototype.parameters = $util.emptyArray;

        KernelModule.create = function(properties) {
            return new KernelModule(properties);
        };

        KernelModule.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(10).string(m.name);
            if (m.parameters != null && m.parameters.length) {
                for (var i = 0; i < m.parameters.length; ++i)
                    w.uint32(18).string(m.parameters[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        KernelModule.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.KernelModule();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.parameters && m.parameters.length))
                            m.parameters = [];
                        m.parameters.push(r.stringVerify());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        KernelModule.fromObject = function (d, q) {
            if (d instanceof $root.grpc.KernelModule)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.KernelModule: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.KernelModule();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.parameters) {
                if (!$Array.isArray(d.parameters))
                    throw $TypeError(".grpc.KernelModule.parameters: array expected");
                m.parameters = $Array(d.parameters.length);
                for (var i = 0; i < d.parameters.length; ++i) {
                    m.parameters[i] = $String(d.parameters[i]);
                }
            }
            return m;
        };

        KernelModule.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.parameters = [];
            }
            if (o.defaults) {
                d.name = "";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.parameters && m.parameters.length) {
                d.parameters = $Array(m.parameters.length);
                for (var j = 0; j < m.parameters.length; ++j) {
                    d.parameters[j] = m.parameters[j];
                }
            }
            return d;
        };

        KernelModule.prototype.toJSON = function() {
            return KernelModule.toObject(this, $protobuf.util.toJSONOptions);
        };

        return KernelModule;
    })();

    grpc.CreateSandboxRequest = (function() {

        const CreateSandboxRequest = function (p) {
            this.dns = [];
            this.storages = [];
            this.kernel_modules = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        CreateSandboxRequest.prototype.hostname = "";
        CreateSandboxRequest.prototype.dns = $util.emptyArray;
        CreateSandboxRequest.prototype.storages = $util.emptyArray;
        CreateSandboxRequest.prototype.sandbox_pidns = false;
        CreateSandboxRequest.prototype.sandbox_id = "";
        CreateSandboxRequest.prototype.guest_hook_path = "";
        CreateSandboxRequest.prototype.kernel_modules = $util.emptyArray;

        CreateSandboxRequest.create = function(properties) {
            return new CreateSandboxRequest(properties);
        };

        CreateSandboxRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname") && m.hostname !== "")
                w.uint32(10).string(m.hostname);
            if (m.dns != null && m.dns.length) {
                for (var i = 0; i < m.dns.length; ++i)
                    w.uint32(18).string(m.dns[i]);
            }
            if (m.storages != null && m.storages.length) {
                for (var i = 0; i < m.storages.length; ++i)
                    $root.grpc.Storage.encode(m.storages[i], w.uint32(26).fork(), q + 1).ldelim();
            }
            if (m.sandbox_pidns != null && $Object.hasOwnProperty.call(m, "sandbox_pidns") && m.sandbox_pidns !== false)
                w.uint32(32).bool(m.sandbox_pidns);
            if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                w.uint32(42).string(m.sandbox_id);
            if (m.guest_hook_path != null && $Object.hasOwnProperty.call(m, "guest_hook_path") && m.guest_hook_path !== "")
                w.uint32(50).string(m.guest_hook_path);
            if (m.kernel_modules != null && m.kernel_modules.length) {
                for (var i = 0; i < m.kernel_modules.length; ++i)
                    $root.grpc.KernelModule.encode(m.kernel_modules[i], w.uint32(58).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        CreateSandboxRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.CreateSandboxRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.hostname = v;
                        else
                            delete m.hostname;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.dns && m.dns.length))
                            m.dns = [];
                        m.dns.push(r.stringVerify());
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.storages && m.storages.length))
                            m.storages = [];
                        m.storages.push($root.grpc.Storage.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.sandbox_pidns = v;
                        else
                            delete m.sandbox_pidns;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.sandbox_id = v;
                        else
                            delete m.sandbox_id;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.guest_hook_path = v;
                        else
                            delete m.guest_hook_path;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if (!(m.kernel_modules && m.kernel_modules.length))
                            m.kernel_modules = [];
                        m.kernel_modules.push($root.grpc.KernelModule.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        CreateSandboxRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.CreateSandboxRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.CreateSandboxRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.CreateSandboxRequest();
            if (d.hostname != null) {
                if (typeof d.hostname !== "string" || d.hostname.length) {
                    m.hostname = $String(d.hostname);
                }
            }
            if (d.dns) {
                if (!$Array.isArray(d.dns))
                    throw $TypeError(".grpc.CreateSandboxRequest.dns: array expected");
                m.dns = $Array(d.dns.length);
                for (var i = 0; i < d.dns.length; ++i) {
                    m.dns[i] = $String(d.dns[i]);
                }
            }
            if (d.storages) {
                if (!$Array.isArray(d.storages))
                    throw $TypeError(".grpc.CreateSandboxRequest.storages: array expected");
                m.storages = $Array(d.storages.length);
                for (var i = 0; i < d.storages.length; ++i) {
                    if (!$util.isObject(d.storages[i]))
                        throw $TypeError(".grpc.CreateSandboxRequest.storages: object expected");
                    m.storages[i] = $root.grpc.Storage.fromObject(d.storages[i], q + 1);
                }
            }
            if (d.sandbox_pidns != null) {
                if (d.sandbox_pidns) {
                    m.sandbox_pidns = $Boolean(d.sandbox_pidns);
                }
            }
            if (d.sandbox_id != null) {
                if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                    m.sandbox_id = $String(d.sandbox_id);
                }
            }
            if (d.guest_hook_path != null) {
                if (typeof d.guest_hook_path !== "string" || d.guest_hook_path.length) {
                    m.guest_hook_path = $String(d.guest_hook_path);
                }
            }
            if (d.kernel_modules) {
                if (!$Array.isArray(d.kernel_modules))
                    throw $TypeError(".grpc.CreateSandboxRequest.kernel_modules: array expected");
                m.kernel_modules = $Array(d.kernel_modules.length);
                for (var i = 0; i < d.kernel_modules.length; ++i) {
                    if (!$util.isObject(d.kernel_modules[i]))
                        throw $TypeError(".grpc.CreateSandboxRequest.kernel_modules: object expected");
                    m.kernel_modules[i] = $root.grpc.KernelModule.fromObject(d.kernel_modules[i], q + 1);
                }
            }
            return m;
        };

        CreateSandboxRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.dns = [];
                d.storages = [];
                d.kernel_modules = [];
            }
            if (o.defaults) {
                d.hostname = "";
                d.sandbox_pidns = false;
                d.sandbox_id = "";
                d.guest_hook_path = "";
            }
            if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname")) {
                d.hostname = m.hostname;
            }
            if (m.dns && m.dns.length) {
                d.dns = $Array(m.dns.length);
                for (var j = 0; j < m.dns.length; ++j) {
                    d.dns[j] = m.dns[j];
                }
            }
            if (m.storages && m.storages.length) {
                d.storages = $Array(m.storages.length);
                for (var j = 0; j < m.storages.length; ++j) {
                    d.storages[j] = $root.grpc.Storage.toObject(m.storages[j], o, q + 1);
                }
            }
            if (m.sandbox_pidns != null && $Object.hasOwnProperty.call(m, "sandbox_pidns")) {
                d.sandbox_pidns = m.sandbox_pidns;
            }
            if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                d.sandbox_id = m.sandbox_id;
            }
            if (m.guest_hook_path != null && $Object.hasOwnProperty.call(m, "guest_hook_path")) {
                d.guest_hook_path = m.guest_hook_path;
            }
            if (m.kernel_modules && m.kernel_modules.length) {
                d.kernel_modules = $Array(m.kernel_modules.length);
                for (var j = 0; j < m.kernel_modules.length; ++j) {
                    d.kernel_modules[j] = $root.grpc.KernelModule.toObject(m.kernel_modules[j], o, q + 1);
                }
            }
            return d;
        };

        CreateSandboxRequest.prototype.toJSON = function() {
            return CreateSandboxRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CreateSandboxRequest;
    })();

    grpc.DestroySandboxRequest = (function() {

        const DestroySandboxRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        DestroySandboxRequest.create = function(properties) {
            return new DestroySandboxRequest(properties);
        };

        DestroySandboxRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        DestroySandboxRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.DestroySandboxRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        DestroySandboxRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.DestroySandboxRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.DestroySandboxRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.grpc.DestroySandboxRequest();
        };

        DestroySandboxRequest.toObject = function () {
            return {};
        };

        DestroySandboxRequest.prototype.toJSON = function() {
            return DestroySandboxRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DestroySandboxRequest;
    })();

    grpc.Interfaces = (function() {

        const Interfaces = function (p) {
            this.Interfaces = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Interfaces.prototype.Interfaces = $util.emptyArray;

        Interfaces.create = function(properties) {
            return new Interfaces(properties);
        };

        Interfaces.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Interfaces != null && m.Interfaces.length) {
                for (var i = 0; i < m.Interfaces.length; ++i)
                    $root.types.Interface.encode(m.Interfaces[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Interfaces.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Interfaces();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.Interfaces && m.Interfaces.length))
                            m.Interfaces = [];
                        m.Interfaces.push($root.types.Interface.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Interfaces.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Interfaces)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Interfaces: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Interfaces();
            if (d.Interfaces) {
                if (!$Array.isArray(d.Interfaces))
                    throw $TypeError(".grpc.Interfaces.Interfaces: array expected");
                m.Interfaces = $Array(d.Interfaces.length);
                for (var i = 0; i < d.Interfaces.length; ++i) {
                    if (!$util.isObject(d.Interfaces[i]))
                        throw $TypeError(".grpc.Interfaces.Interfaces: object expected");
                    m.Interfaces[i] = $root.types.Interface.fromObject(d.Interfaces[i], q + 1);
                }
            }
            return m;
        };

        Interfaces.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Interfaces = [];
            }
            if (m.Interfaces && m.Interfaces.length) {
                d.Interfaces = $Array(m.Interfaces.length);
                for (var j = 0; j < m.Interfaces.length; ++j) {
                    d.Interfaces[j] = $root.types.Interface.toObject(m.Interfaces[j], o, q + 1);
                }
            }
            return d;
        };

        Interfaces.prototype.toJSON = function() {
            return Interfaces.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Interfaces;
    })();

    grpc.Routes = (function() {

        const Routes = function (p) {
            this.Routes = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Routes.prototype.Routes = $util.emptyArray;

        Routes.create = function(properties) {
            return new Routes(properties);
        };

        Routes.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Routes != null && m.Routes.length) {
                for (var i = 0; i < m.Routes.length; ++i)
                    $root.types.Route.encode(m.Routes[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Routes.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Routes();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.Routes && m.Routes.length))
                            m.Routes = [];
                        m.Routes.push($root.types.Route.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Routes.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Routes)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Routes: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Routes();
            if (d.Routes) {
                if (!$Array.isArray(d.Routes))
                    throw $TypeError(".grpc.Routes.Routes: array expected");
                m.Routes = $Array(d.Routes.length);
                for (var i = 0; i < d.Routes.length; ++i) {
                    if (!$util.isObject(d.Routes[i]))
                        throw $TypeError(".grpc.Routes.Routes: object expected");
                    m.Routes[i] = $root.types.Route.fromObject(d.Routes[i], q + 1);
                }
            }
            return m;
        };

        Routes.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Routes = [];
            }
            if (m.Routes && m.Routes.length) {
                d.Routes = $Array(m.Routes.length);
                for (var j = 0; j < m.Routes.length; ++j) {
                    d.Routes[j] = $root.types.Route.toObject(m.Routes[j], o, q + 1);
                }
            }
            return d;
        };

        Routes.prototype.toJSON = function() {
            return Routes.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Routes;
    })();

    grpc.UpdateInterfaceRequest = (function() {

        const UpdateInterfaceRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        UpdateInterfaceRequest.prototype["interface"] = null;

        UpdateInterfaceRequest.create = function(properties) {
            return new UpdateInterfaceRequest(properties);
        };

        UpdateInterfaceRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m["interface"] != null && $Object.hasOwnProperty.call(m, "interface"))
                $root.types.Interface.encode(m["interface"], w.uint32(10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        UpdateInterfaceRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.UpdateInterfaceRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m["interface"] = $root.types.Interface.decode(r, r.size(), $undefined, q + 1, m["interface"]);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        UpdateInterfaceRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.UpdateInterfaceRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.UpdateInterfaceRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.UpdateInterfaceRequest();
            if (d["interface"] != null) {
                if (!$util.isObject(d["interface"]))
                    throw $TypeError(".grpc.UpdateInterfaceRequest.interface: object expected");
                m["interface"] = $root.types.Interface.fromObject(d["interface"], q + 1);
            }
            return m;
        };

        UpdateInterfaceRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d["interface"] = null;
            }
            if (m["interface"] != null && $Object.hasOwnProperty.call(m, "interface")) {
                d["interface"] = $root.types.Interface.toObject(m["interface"], o, q + 1);
            }
            return d;
        };

        UpdateInterfaceRequest.prototype.toJSON = function() {
            return UpdateInterfaceRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UpdateInterfaceRequest;
    })();

    grpc.UpdateRoutesRequest = (function() {

        const UpdateRoutesRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        UpdateRoutesRequest.prototype.routes = null;

        UpdateRoutesRequest.create = function(properties) {
            return new UpdateRoutesRequest(properties);
        };

        UpdateRoutesRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.routes != null && $Object.hasOwnProperty.call(m, "routes"))
                $root.grpc.Routes.encode(m.routes, w.uint32(10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        UpdateRoutesRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.UpdateRoutesRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.routes = $root.grpc.Routes.decode(r, r.size(), $undefined, q + 1, m.routes);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        UpdateRoutesRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.UpdateRoutesRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.UpdateRoutesRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.UpdateRoutesRequest();
            if (d.routes != null) {
                if (!$util.isObject(d.routes))
                    throw $TypeError(".grpc.UpdateRoutesRequest.routes: object expected");
                m.routes = $root.grpc.Routes.fromObject(d.routes, q + 1);
            }
            return m;
        };

        UpdateRoutesRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.routes = null;
            }
            if (m.routes != null && $Object.hasOwnProperty.call(m, "routes")) {
                d.routes = $root.grpc.Routes.toObject(m.routes, o, q + 1);
            }
            return d;
        };

        UpdateRoutesRequest.prototype.toJSON = function() {
            return UpdateRoutesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UpdateRoutesRequest;
    })();

    grpc.UpdateEphemeralMountsRequest = (function() {

        const UpdateEphemeralMountsRequest = function (p) {
            this.storages = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        UpdateEphemeralMountsRequest.prototype.storages = $util.emptyArray;

        UpdateEphemeralMountsRequest.create = function(properties) {
            return new UpdateEphemeralMountsRequest(properties);
        };

        UpdateEphemeralMountsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.storages != null && m.storages.length) {
                for (var i = 0; i < m.storages.length; ++i)
                    $root.grpc.Storage.encode(m.storages[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        UpdateEphemeralMountsRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.UpdateEphemeralMountsRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.storages && m.storages.length))
                            m.storages = [];
                        m.storages.push($root.grpc.Storage.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        UpdateEphemeralMountsRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.UpdateEphemeralMountsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.UpdateEphemeralMountsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.UpdateEphemeralMountsRequest();
            if (d.storages) {
                if (!$Array.isArray(d.storages))
                    throw $TypeError(".grpc.UpdateEphemeralMountsRequest.storages: array expected");
                m.storages = $Array(d.storages.length);
                for (var i = 0; i < d.storages.length; ++i) {
                    if (!$util.isObject(d.storages[i]))
                        throw $TypeError(".grpc.UpdateEphemeralMountsRequest.storages: object expected");
                    m.storages[i] = $root.grpc.Storage.fromObject(d.storages[i], q + 1);
                }
            }
            return m;
        };

        UpdateEphemeralMountsRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.storages = [];
            }
            if (m.storages && m.storages.length) {
                d.storages = $Array(m.storages.length);
                for (var j = 0; j < m.storages.length; ++j) {
                    d.storages[j] = $root.grpc.Storage.toObject(m.storages[j], o, q + 1);
                }
            }
            return d;
        };

        UpdateEphemeralMountsRequest.prototype.toJSON = function() {
            return UpdateEphemeralMountsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UpdateEphemeralMountsRequest;
    })();

    grpc.ListInterfacesRequest = (function() {

        const ListInterfacesRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ListInterfacesRequest.create = function(properties) {
            return new ListInterfacesRequest(properties);
        };

        ListInterfacesRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ListInterfacesRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ListInterfacesRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ListInterfacesRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ListInterfacesRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ListInterfacesRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.grpc.ListInterfacesRequest();
        };

        ListInterfacesRequest.toObject = function () {
            return {};
        };

        ListInterfacesRequest.prototype.toJSON = function() {
            return ListInterfacesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ListInterfacesRequest;
    })();

    grpc.ListRoutesRequest = (function() {

        const ListRoutesRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ListRoutesRequest.create = function(properties) {
            return new ListRoutesRequest(properties);
        };

        ListRoutesRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ListRoutesRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ListRoutesRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ListRoutesRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ListRoutesRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ListRoutesRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.grpc.ListRoutesRequest();
        };

        ListRoutesRequest.toObject = function () {
            return {};
        };

        ListRoutesRequest.prototype.toJSON = function() {
            return ListRoutesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ListRoutesRequest;
    })();

    grpc.ARPNeighbors = (function() {

        const ARPNeighbors = function (p) {
            this.ARPNeighbors = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ARPNeighbors.prototype.ARPNeighbors = $util.emptyArray;

        ARPNeighbors.create = function(properties) {
            return new ARPNeighbors(properties);
        };

        ARPNeighbors.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ARPNeighbors != null && m.ARPNeighbors.length) {
                for (var i = 0; i < m.ARPNeighbors.length; ++i)
                    $root.types.ARPNeighbor.encode(m.ARPNeighbors[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ARPNeighbors.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ARPNeighbors();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.ARPNeighbors && m.ARPNeighbors.length))
                            m.ARPNeighbors = [];
                        m.ARPNeighbors.push($root.types.ARPNeighbor.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ARPNeighbors.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ARPNeighbors)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ARPNeighbors: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.ARPNeighbors();
            if (d.ARPNeighbors) {
                if (!$Array.isArray(d.ARPNeighbors))
                    throw $TypeError(".grpc.ARPNeighbors.ARPNeighbors: array expected");
                m.ARPNeighbors = $Array(d.ARPNeighbors.length);
                for (var i = 0; i < d.ARPNeighbors.length; ++i) {
                    if (!$util.isObject(d.ARPNeighbors[i]))
                        throw $TypeError(".grpc.ARPNeighbors.ARPNeighbors: object expected");
                    m.ARPNeighbors[i] = $root.types.ARPNeighbor.fromObject(d.ARPNeighbors[i], q + 1);
                }
            }
            return m;
        };

        ARPNeighbors.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.ARPNeighbors = [];
            }
            if (m.ARPNeighbors && m.ARPNeighbors.length) {
                d.ARPNeighbors = $Array(m.ARPNeighbors.length);
                for (var j = 0; j < m.ARPNeighbors.length; ++j) {
                    d.ARPNeighbors[j] = $root.types.ARPNeighbor.toObject(m.ARPNeighbors[j], o, q + 1);
                }
            }
            return d;
        };

        ARPNeighbors.prototype.toJSON = function() {
            return ARPNeighbors.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ARPNeighbors;
    })();

    grpc.AddARPNeighborsRequest = (function() {

        const AddARPNeighborsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        AddARPNeighborsRequest.prototype.neighbors = null;

        AddARPNeighborsRequest.create = function(properties) {
            return new AddARPNeighborsRequest(properties);
        };

        AddARPNeighborsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.neighbors != null && $Object.hasOwnProperty.call(m, "neighbors"))
                $root.grpc.ARPNeighbors.encode(m.neighbors, w.uint32(10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        AddARPNeighborsRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.AddARPNeighborsRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.neighbors = $root.grpc.ARPNeighbors.decode(r, r.size(), $undefined, q + 1, m.neighbors);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        AddARPNeighborsRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.AddARPNeighborsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.AddARPNeighborsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.AddARPNeighborsRequest();
            if (d.neighbors != null) {
                if (!$util.isObject(d.neighbors))
                    throw $TypeError(".grpc.AddARPNeighborsRequest.neighbors: object expected");
                m.neighbors = $root.grpc.ARPNeighbors.fromObject(d.neighbors, q + 1);
            }
            return m;
        };

        AddARPNeighborsRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.neighbors = null;
            }
            if (m.neighbors != null && $Object.hasOwnProperty.call(m, "neighbors")) {
                d.neighbors = $root.grpc.ARPNeighbors.toObject(m.neighbors, o, q + 1);
            }
            return d;
        };

        AddARPNeighborsRequest.prototype.toJSON = function() {
            return AddARPNeighborsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AddARPNeighborsRequest;
    })();

    grpc.GetIPTablesRequest = (function() {

        const GetIPTablesRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        GetIPTablesRequest.prototype.is_ipv6 = false;

        GetIPTablesRequest.create = function(properties) {
            return new GetIPTablesRequest(properties);
        };

        GetIPTablesRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.is_ipv6 != null && $Object.hasOwnProperty.call(m, "is_ipv6") && m.is_ipv6 !== false)
                w.uint32(8).bool(m.is_ipv6);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        GetIPTablesRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.GetIPTablesRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.is_ipv6 = v;
                        else
                            delete m.is_ipv6;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        GetIPTablesRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.GetIPTablesRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.GetIPTablesRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.GetIPTablesRequest();
            if (d.is_ipv6 != null) {
                if (d.is_ipv6) {
                    m.is_ipv6 = $Boolean(d.is_ipv6);
                }
            }
            return m;
        };

        GetIPTablesRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.is_ipv6 = false;
            }
            if (m.is_ipv6 != null && $Object.hasOwnProperty.call(m, "is_ipv6")) {
                d.is_ipv6 = m.is_ipv6;
            }
            return d;
        };

        GetIPTablesRequest.prototype.toJSON = function() {
            return GetIPTablesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetIPTablesRequest;
    })();

    grpc.GetIPTablesResponse = (function() {

        const GetIPTablesResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        GetIPTablesResponse.prototype.data = $util.newBuffer([]);

        GetIPTablesResponse.create = function(properties) {
            return new GetIPTablesResponse(properties);
        };

        GetIPTablesResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(10).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        GetIPTablesResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.GetIPTablesResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        GetIPTablesResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.GetIPTablesResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.GetIPTablesResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.GetIPTablesResponse();
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        GetIPTablesResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        GetIPTablesResponse.prototype.toJSON = function() {
            return GetIPTablesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetIPTablesResponse;
    })();

    grpc.SetIPTablesRequest = (function() {

        const SetIPTablesRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        SetIPTablesRequest.prototype.is_ipv6 = false;
        SetIPTablesRequest.prototype.data = $util.newBuffer([]);

        SetIPTablesRequest.create = function(properties) {
            return new SetIPTablesRequest(properties);
        };

        SetIPTablesRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.is_ipv6 != null && $Object.hasOwnProperty.call(m, "is_ipv6") && m.is_ipv6 !== false)
                w.uint32(8).bool(m.is_ipv6);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(18).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        SetIPTablesRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.SetIPTablesRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.is_ipv6 = v;
                        else
                            delete m.is_ipv6;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        SetIPTablesRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.SetIPTablesRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.SetIPTablesRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.SetIPTablesRequest();
            if (d.is_ipv6 != null) {
                if (d.is_ipv6) {
                    m.is_ipv6 = $Boolean(d.is_ipv6);
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        SetIPTablesRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.is_ipv6 = false;
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.is_ipv6 != null && $Object.hasOwnProperty.call(m, "is_ipv6")) {
                d.is_ipv6 = m.is_ipv6;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        SetIPTablesRequest.prototype.toJSON = function() {
            return SetIPTablesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetIPTablesRequest;
    })();

    grpc.SetIPTablesResponse = (function() {

        const SetIPTablesResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        SetIPTablesResponse.prototype.data = $util.newBuffer([]);

        SetIPTablesResponse.create = function(properties) {
            return new SetIPTablesResponse(properties);
        };

        SetIPTablesResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(10).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        SetIPTablesResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.SetIPTablesResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        SetIPTablesResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.SetIPTablesResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.SetIPTablesResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.SetIPTablesResponse();
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        SetIPTablesResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        SetIPTablesResponse.prototype.toJSON = function() {
            return SetIPTablesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetIPTablesResponse;
    })();

    grpc.OnlineCPUMemRequest = (function() {

        const OnlineCPUMemRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        OnlineCPUMemRequest.prototype.wait = false;
        OnlineCPUMemRequest.prototype.nb_cpus = 0;
        OnlineCPUMemRequest.prototype.cpu_only = false;

        OnlineCPUMemRequest.create = function(properties) {
            return new OnlineCPUMemRequest(properties);
        };

        OnlineCPUMemRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.wait != null && $Object.hasOwnProperty.call(m, "wait") && m.wait !== false)
                w.uint32(8).bool(m.wait);
            if (m.nb_cpus != null && $Object.hasOwnProperty.call(m, "nb_cpus") && m.nb_cpus !== 0)
                w.uint32(16).uint32(m.nb_cpus);
            if (m.cpu_only != null && $Object.hasOwnProperty.call(m, "cpu_only") && m.cpu_only !== false)
                w.uint32(24).bool(m.cpu_only);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        OnlineCPUMemRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.OnlineCPUMemRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.wait = v;
                        else
                            delete m.wait;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.nb_cpus = v;
                        else
                            delete m.nb_cpus;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.cpu_only = v;
                        else
                            delete m.cpu_only;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        OnlineCPUMemRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.OnlineCPUMemRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.OnlineCPUMemRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.OnlineCPUMemRequest();
            if (d.wait != null) {
                if (d.wait) {
                    m.wait = $Boolean(d.wait);
                }
            }
            if (d.nb_cpus != null) {
                if ($Number(d.nb_cpus) !== 0) {
                    m.nb_cpus = d.nb_cpus >>> 0;
                }
            }
            if (d.cpu_only != null) {
                if (d.cpu_only) {
                    m.cpu_only = $Boolean(d.cpu_only);
                }
            }
            return m;
        };

        OnlineCPUMemRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.wait = false;
                d.nb_cpus = 0;
                d.cpu_only = false;
            }
            if (m.wait != null && $Object.hasOwnProperty.call(m, "wait")) {
                d.wait = m.wait;
            }
            if (m.nb_cpus != null && $Object.hasOwnProperty.call(m, "nb_cpus")) {
                d.nb_cpus = m.nb_cpus;
            }
            if (m.cpu_only != null && $Object.hasOwnProperty.call(m, "cpu_only")) {
                d.cpu_only = m.cpu_only;
            }
            return d;
        };

        OnlineCPUMemRequest.prototype.toJSON = function() {
            return OnlineCPUMemRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return OnlineCPUMemRequest;
    })();

    grpc.ReseedRandomDevRequest = (function() {

        const ReseedRandomDevRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ReseedRandomDevRequest.prototype.data = $util.newBuffer([]);

        ReseedRandomDevRequest.create = function(properties) {
            return new ReseedRandomDevRequest(properties);
        };

        ReseedRandomDevRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(18).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ReseedRandomDevRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ReseedRandomDevRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ReseedRandomDevRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ReseedRandomDevRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ReseedRandomDevRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.ReseedRandomDevRequest();
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        ReseedRandomDevRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        ReseedRandomDevRequest.prototype.toJSON = function() {
            return ReseedRandomDevRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReseedRandomDevRequest;
    })();

    grpc.AgentDetails = (function() {

        const AgentDetails = function (p) {
            this.device_handlers = [];
            this.storage_handlers = [];
            this.extra_features = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        AgentDetails.prototype.version = "";
        AgentDetails.prototype.init_daemon = false;
        AgentDetails.prototype.device_handlers = $util.emptyArray;
        AgentDetails.prototype.storage_handlers = $util.emptyArray;
        AgentDetails.prototype.supports_seccomp = false;
        AgentDetails.prototype.extra_features = $util.emptyArray;

        AgentDetails.create = function(properties) {
            return new AgentDetails(properties);
        };

        AgentDetails.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                w.uint32(10).string(m.version);
            if (m.init_daemon != null && $Object.hasOwnProperty.call(m, "init_daemon") && m.init_daemon !== false)
                w.uint32(16).bool(m.init_daemon);
            if (m.device_handlers != null && m.device_handlers.length) {
                for (var i = 0; i < m.device_handlers.length; ++i)
                    w.uint32(26).string(m.device_handlers[i]);
            }
            if (m.storage_handlers != null && m.storage_handlers.length) {
                for (var i = 0; i < m.storage_handlers.length; ++i)
                    w.uint32(34).string(m.storage_handlers[i]);
            }
            if (m.supports_seccomp != null && $Object.hasOwnProperty.call(m, "supports_seccomp") && m.supports_seccomp !== false)
                w.uint32(40).bool(m.supports_seccomp);
            if (m.extra_features != null && m.extra_features.length) {
                for (var i = 0; i < m.extra_features.length; ++i)
                    w.uint32(50).string(m.extra_features[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        AgentDetails.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.AgentDetails();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.init_daemon = v;
                        else
                            delete m.init_daemon;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.device_handlers && m.device_handlers.length))
                            m.device_handlers = [];
                        m.device_handlers.push(r.stringVerify());
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.storage_handlers && m.storage_handlers.length))
                            m.storage_handlers = [];
                        m.storage_handlers.push(r.stringVerify());
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.supports_seccomp = v;
                        else
                            delete m.supports_seccomp;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.extra_features && m.extra_features.length))
                            m.extra_features = [];
                        m.extra_features.push(r.stringVerify());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        AgentDetails.fromObject = function (d, q) {
            if (d instanceof $root.grpc.AgentDetails)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.AgentDetails: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.AgentDetails();
            if (d.version != null) {
                if (typeof d.version !== "string" || d.version.length) {
                    m.version = $String(d.version);
                }
            }
            if (d.init_daemon != null) {
                if (d.init_daemon) {
                    m.init_daemon = $Boolean(d.init_daemon);
                }
            }
            if (d.device_handlers) {
                if (!$Array.isArray(d.device_handlers))
                    throw $TypeError(".grpc.AgentDetails.device_handlers: array expected");
                m.device_handlers = $Array(d.device_handlers.length);
                for (var i = 0; i < d.device_handlers.length; ++i) {
                    m.device_handlers[i] = $String(d.device_handlers[i]);
                }
            }
            if (d.storage_handlers) {
                if (!$Array.isArray(d.storage_handlers))
                    throw $TypeError(".grpc.AgentDetails.storage_handlers: array expected");
                m.storage_handlers = $Array(d.storage_handlers.length);
                for (var i = 0; i < d.storage_handlers.length; ++i) {
                    m.storage_handlers[i] = $String(d.storage_handlers[i]);
                }
            }
            if (d.supports_seccomp != null) {
                if (d.supports_seccomp) {
                    m.supports_seccomp = $Boolean(d.supports_seccomp);
                }
            }
            if (d.extra_features) {
                if (!$Array.isArray(d.extra_features))
                    throw $TypeError(".grpc.AgentDetails.extra_features: array expected");
                m.extra_features = $Array(d.extra_features.length);
                for (var i = 0; i < d.extra_features.length; ++i) {
                    m.extra_features[i] = $String(d.extra_features[i]);
                }
            }
            return m;
        };

        AgentDetails.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.device_handlers = [];
                d.storage_handlers = [];
                d.extra_features = [];
            }
            if (o.defaults) {
                d.version = "";
                d.init_daemon = false;
                d.supports_seccomp = false;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                d.version = m.version;
            }
            if (m.init_daemon != null && $Object.hasOwnProperty.call(m, "init_daemon")) {
                d.init_daemon = m.init_daemon;
            }
            if (m.device_handlers && m.device_handlers.length) {
                d.device_handlers = $Array(m.device_handlers.length);
                for (var j = 0; j < m.device_handlers.length; ++j) {
                    d.device_handlers[j] = m.device_handlers[j];
                }
            }
            if (m.storage_handlers && m.storage_handlers.length) {
                d.storage_handlers = $Array(m.storage_handlers.length);
                for (var j = 0; j < m.storage_handlers.length; ++j) {
                    d.storage_handlers[j] = m.storage_handlers[j];
                }
            }
            if (m.supports_seccomp != null && $Object.hasOwnProperty.call(m, "supports_seccomp")) {
                d.supports_seccomp = m.supports_seccomp;
            }
            if (m.extra_features && m.extra_features.length) {
                d.extra_features = $Array(m.extra_features.length);
                for (var j = 0; j < m.extra_features.length; ++j) {
                    d.extra_features[j] = m.extra_features[j];
                }
            }
            return d;
        };

        AgentDetails.prototype.toJSON = function() {
            return AgentDetails.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AgentDetails;
    })();

    grpc.GuestDetailsRequest = (function() {

        const GuestDetailsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        GuestDetailsRequest.prototype.mem_block_size = false;
        GuestDetailsRequest.prototype.mem_hotplug_probe = false;

        GuestDetailsRequest.create = function(properties) {
            return new GuestDetailsRequest(properties);
        };

        GuestDetailsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.mem_block_size != null && $Object.hasOwnProperty.call(m, "mem_block_size") && m.mem_block_size !== false)
                w.uint32(8).bool(m.mem_block_size);
            if (m.mem_hotplug_probe != null && $Object.hasOwnProperty.call(m, "mem_hotplug_probe") && m.mem_hotplug_probe !== false)
                w.uint32(16).bool(m.mem_hotplug_probe);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        GuestDetailsRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.GuestDetailsRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.mem_block_size = v;
                        else
                            delete m.mem_block_size;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.mem_hotplug_probe = v;
                        else
                            delete m.mem_hotplug_probe;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        GuestDetailsRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.GuestDetailsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.GuestDetailsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.GuestDetailsRequest();
            if (d.mem_block_size != null) {
                if (d.mem_block_size) {
                    m.mem_block_size = $Boolean(d.mem_block_size);
                }
            }
            if (d.mem_hotplug_probe != null) {
                if (d.mem_hotplug_probe) {
                    m.mem_hotplug_probe = $Boolean(d.mem_hotplug_probe);
                }
            }
            return m;
        };

        GuestDetailsRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.mem_block_size = false;
                d.mem_hotplug_probe = false;
            }
            if (m.mem_block_size != null && $Object.hasOwnProperty.call(m, "mem_block_size")) {
                d.mem_block_size = m.mem_block_size;
            }
            if (m.mem_hotplug_probe != null && $Object.hasOwnProperty.call(m, "mem_hotplug_probe")) {
                d.mem_hotplug_probe = m.mem_hotplug_probe;
            }
            return d;
        };

        GuestDetailsRequest.prototype.toJSON = function() {
            return GuestDetailsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GuestDetailsRequest;
    })();

    grpc.GuestDetailsResponse = (function() {

        const GuestDetailsResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        GuestDetailsResponse.prototype.mem_block_size_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        GuestDetailsResponse.prototype.agent_details = null;
        GuestDetailsResponse.prototype.support_mem_hotplug_probe = false;

        GuestDetailsResponse.create = function(properties) {
            return new GuestDetailsResponse(properties);
        };

        GuestDetailsResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.mem_block_size_bytes != null && $Object.hasOwnProperty.call(m, "mem_block_size_bytes") && (typeof m.mem_block_size_bytes === "object" ? m.mem_block_size_bytes.low || m.mem_block_size_bytes.high : m.mem_block_size_bytes !== 0))
                w.uint32(8).uint64(m.mem_block_size_bytes);
            if (m.agent_details != null && $Object.hasOwnProperty.call(m, "agent_details"))
                $root.grpc.AgentDetails.encode(m.agent_details, w.uint32(18).fork(), q + 1).ldelim();
            if (m.support_mem_hotplug_probe != null && $Object.hasOwnProperty.call(m, "support_mem_hotplug_probe") && m.support_mem_hotplug_probe !== false)
                w.uint32(24).bool(m.support_mem_hotplug_probe);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        GuestDetailsResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.GuestDetailsResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.mem_block_size_bytes = v;
                        else
                            delete m.mem_block_size_bytes;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.agent_details = $root.grpc.AgentDetails.decode(r, r.size(), $undefined, q + 1, m.agent_details);
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.support_mem_hotplug_probe = v;
                        else
                            delete m.support_mem_hotplug_probe;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        GuestDetailsResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.GuestDetailsResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.GuestDetailsResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.GuestDetailsResponse();
            if (d.mem_block_size_bytes != null) {
                if (typeof d.mem_block_size_bytes === "object" ? d.mem_block_size_bytes.low || d.mem_block_size_bytes.high : $Number(d.mem_block_size_bytes) !== 0) {
                    if ($util.Long)
                        m.mem_block_size_bytes = $util.Long.fromValue(d.mem_block_size_bytes, true);
                    else if (typeof d.mem_block_size_bytes === "string")
                        m.mem_block_size_bytes = $parseInt(d.mem_block_size_bytes, 10);
                    else if (typeof d.mem_block_size_bytes === "number")
                        m.mem_block_size_bytes = d.mem_block_size_bytes;
                    else if (typeof d.mem_block_size_bytes === "object")
                        m.mem_block_size_bytes = new $util.LongBits(d.mem_block_size_bytes.low >>> 0, d.mem_block_size_bytes.high >>> 0).toNumber(true);
                }
            }
            if (d.agent_details != null) {
                if (!$util.isObject(d.agent_details))
                    throw $TypeError(".grpc.GuestDetailsResponse.agent_details: object expected");
                m.agent_details = $root.grpc.AgentDetails.fromObject(d.agent_details, q + 1);
            }
            if (d.support_mem_hotplug_probe != null) {
                if (d.support_mem_hotplug_probe) {
                    m.support_mem_hotplug_probe = $Boolean(d.support_mem_hotplug_probe);
                }
            }
            return m;
        };

        GuestDetailsResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.mem_block_size_bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.mem_block_size_bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.agent_details = null;
                d.support_mem_hotplug_probe = false;
            }
            if (m.mem_block_size_bytes != null && $Object.hasOwnProperty.call(m, "mem_block_size_bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.mem_block_size_bytes = typeof m.mem_block_size_bytes === "number" ? $BigInt(m.mem_block_size_bytes) : $util.Long.fromBits(m.mem_block_size_bytes.low >>> 0, m.mem_block_size_bytes.high >>> 0, true).toBigInt();
                else if (typeof m.mem_block_size_bytes === "number")
                    d.mem_block_size_bytes = o.longs === $String ? $String(m.mem_block_size_bytes) : m.mem_block_size_bytes;
                else
                    d.mem_block_size_bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.mem_block_size_bytes) : o.longs === $Number ? new $util.LongBits(m.mem_block_size_bytes.low >>> 0, m.mem_block_size_bytes.high >>> 0).toNumber(true) : m.mem_block_size_bytes;
            }
            if (m.agent_details != null && $Object.hasOwnProperty.call(m, "agent_details")) {
                d.agent_details = $root.grpc.AgentDetails.toObject(m.agent_details, o, q + 1);
            }
            if (m.support_mem_hotplug_probe != null && $Object.hasOwnProperty.call(m, "support_mem_hotplug_probe")) {
                d.support_mem_hotplug_probe = m.support_mem_hotplug_probe;
            }
            return d;
        };

        GuestDetailsResponse.prototype.toJSON = function() {
            return GuestDetailsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GuestDetailsResponse;
    })();

    grpc.MemHotplugByProbeRequest = (function() {

        const MemHotplugByProbeRequest = function (p) {
            this.memHotplugProbeAddr = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        MemHotplugByProbeRequest.prototype.memHotplugProbeAddr = $util.emptyArray;

        MemHotplugByProbeRequest.create = function(properties) {
            return new MemHotplugByProbeRequest(properties);
        };

        MemHotplugByProbeRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.memHotplugProbeAddr != null && m.memHotplugProbeAddr.length) {
                w.uint32(10).uint64s(m.memHotplugProbeAddr);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        MemHotplugByProbeRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.MemHotplugByProbeRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.memHotplugProbeAddr && m.memHotplugProbeAddr.length))
                                m.memHotplugProbeAddr = [];
                            r.uint64s(m.memHotplugProbeAddr);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.memHotplugProbeAddr && m.memHotplugProbeAddr.length))
                            m.memHotplugProbeAddr = [];
                        m.memHotplugProbeAddr.push(r.uint64());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        MemHotplugByProbeRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.MemHotplugByProbeRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.MemHotplugByProbeRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.MemHotplugByProbeRequest();
            if (d.memHotplugProbeAddr) {
                if (!$Array.isArray(d.memHotplugProbeAddr))
                    throw $TypeError(".grpc.MemHotplugByProbeRequest.memHotplugProbeAddr: array expected");
                m.memHotplugProbeAddr = $Array(d.memHotplugProbeAddr.length);
                for (var i = 0; i < d.memHotplugProbeAddr.length; ++i) {
                    if ($util.Long)
                        m.memHotplugProbeAddr[i] = $util.Long.fromValue(d.memHotplugProbeAddr[i], true);
                    else if (typeof d.memHotplugProbeAddr[i] === "string")
                        m.memHotplugProbeAddr[i] = $parseInt(d.memHotplugProbeAddr[i], 10);
                    else if (typeof d.memHotplugProbeAddr[i] === "number")
                        m.memHotplugProbeAddr[i] = d.memHotplugProbeAddr[i];
                    else if (typeof d.memHotplugProbeAddr[i] === "object")
                        m.memHotplugProbeAddr[i] = new $util.LongBits(d.memHotplugProbeAddr[i].low >>> 0, d.memHotplugProbeAddr[i].high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        MemHotplugByProbeRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.memHotplugProbeAddr = [];
            }
            if (m.memHotplugProbeAddr && m.memHotplugProbeAddr.length) {
                d.memHotplugProbeAddr = $Array(m.memHotplugProbeAddr.length);
                for (var j = 0; j < m.memHotplugProbeAddr.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.memHotplugProbeAddr[j] = typeof m.memHotplugProbeAddr[j] === "number" ? $BigInt(m.memHotplugProbeAddr[j]) : $util.Long.fromBits(m.memHotplugProbeAddr[j].low >>> 0, m.memHotplugProbeAddr[j].high >>> 0, true).toBigInt();
                    else if (typeof m.memHotplugProbeAddr[j] === "number")
                        d.memHotplugProbeAddr[j] = o.longs === $String ? $String(m.memHotplugProbeAddr[j]) : m.memHotplugProbeAddr[j];
                    else
                        d.memHotplugProbeAddr[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.memHotplugProbeAddr[j]) : o.longs === $Number ? new $util.LongBits(m.memHotplugProbeAddr[j].low >>> 0, m.memHotplugProbeAddr[j].high >>> 0).toNumber(true) : m.memHotplugProbeAddr[j];
                }
            }
            return d;
        };

        MemHotplugByProbeRequest.prototype.toJSON = function() {
            return MemHotplugByProbeRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MemHotplugByProbeRequest;
    })();

    grpc.SetGuestDateTimeRequest = (function() {

        const SetGuestDateTimeRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        SetGuestDateTimeRequest.prototype.Sec = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SetGuestDateTimeRequest.prototype.Usec = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        SetGuestDateTimeRequest.create = function(properties) {
            return new SetGuestDateTimeRequest(properties);
        };

        SetGuestDateTimeRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Sec != null && $Object.hasOwnProperty.call(m, "Sec") && (typeof m.Sec === "object" ? m.Sec.low || m.Sec.high : m.Sec !== 0))
                w.uint32(8).int64(m.Sec);
            if (m.Usec != null && $Object.hasOwnProperty.call(m, "Usec") && (typeof m.Usec === "object" ? m.Usec.low || m.Usec.high : m.Usec !== 0))
                w.uint32(16).int64(m.Usec);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        SetGuestDateTimeRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.SetGuestDateTimeRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Sec = v;
                        else
                            delete m.Sec;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Usec = v;
                        else
                            delete m.Usec;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        SetGuestDateTimeRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.SetGuestDateTimeRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.SetGuestDateTimeRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.SetGuestDateTimeRequest();
            if (d.Sec != null) {
                if (typeof d.Sec === "object" ? d.Sec.low || d.Sec.high : $Number(d.Sec) !== 0) {
                    if ($util.Long)
                        m.Sec = $util.Long.fromValue(d.Sec, false);
                    else if (typeof d.Sec === "string")
                        m.Sec = $parseInt(d.Sec, 10);
                    else if (typeof d.Sec === "number")
                        m.Sec = d.Sec;
                    else if (typeof d.Sec === "object")
                        m.Sec = new $util.LongBits(d.Sec.low >>> 0, d.Sec.high >>> 0).toNumber();
                }
            }
            if (d.Usec != null) {
                if (typeof d.Usec === "object" ? d.Usec.low || d.Usec.high : $Number(d.Usec) !== 0) {
                    if ($util.Long)
                        m.Usec = $util.Long.fromValue(d.Usec, false);
                    else if (typeof d.Usec === "string")
                        m.Usec = $parseInt(d.Usec, 10);
                    else if (typeof d.Usec === "number")
                        m.Usec = d.Usec;
                    else if (typeof d.Usec === "object")
                        m.Usec = new $util.LongBits(d.Usec.low >>> 0, d.Usec.high >>> 0).toNumber();
                }
            }
            return m;
        };

        SetGuestDateTimeRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Sec = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Sec = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Usec = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Usec = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.Sec != null && $Object.hasOwnProperty.call(m, "Sec")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Sec = typeof m.Sec === "number" ? $BigInt(m.Sec) : $util.Long.fromBits(m.Sec.low >>> 0, m.Sec.high >>> 0, false).toBigInt();
                else if (typeof m.Sec === "number")
                    d.Sec = o.longs === $String ? $String(m.Sec) : m.Sec;
                else
                    d.Sec = o.longs === $String ? $util.Long.prototype.toString.call(m.Sec) : o.longs === $Number ? new $util.LongBits(m.Sec.low >>> 0, m.Sec.high >>> 0).toNumber() : m.Sec;
            }
            if (m.Usec != null && $Object.hasOwnProperty.call(m, "Usec")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Usec = typeof m.Usec === "number" ? $BigInt(m.Usec) : $util.Long.fromBits(m.Usec.low >>> 0, m.Usec.high >>> 0, false).toBigInt();
                else if (typeof m.Usec === "number")
                    d.Usec = o.longs === $String ? $String(m.Usec) : m.Usec;
                else
                    d.Usec = o.longs === $String ? $util.Long.prototype.toString.call(m.Usec) : o.longs === $Number ? new $util.LongBits(m.Usec.low >>> 0, m.Usec.high >>> 0).toNumber() : m.Usec;
            }
            return d;
        };

        SetGuestDateTimeRequest.prototype.toJSON = function() {
            return SetGuestDateTimeRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetGuestDateTimeRequest;
    })();

    grpc.FSGroup = (function() {

        const FSGroup = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        FSGroup.prototype.group_id = 0;
        FSGroup.prototype.group_change_policy = 0;

        FSGroup.create = function(properties) {
            return new FSGroup(properties);
        };

        FSGroup.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.group_id != null && $Object.hasOwnProperty.call(m, "group_id") && m.group_id !== 0)
                w.uint32(16).uint32(m.group_id);
            if (m.group_change_policy != null && $Object.hasOwnProperty.call(m, "group_change_policy") && m.group_change_policy !== 0)
                w.uint32(24).int32(m.group_change_policy);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        FSGroup.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.FSGroup();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.group_id = v;
                        else
                            delete m.group_id;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.group_change_policy = v;
                        else
                            delete m.group_change_policy;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        FSGroup.fromObject = function (d, q) {
            if (d instanceof $root.grpc.FSGroup)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.FSGroup: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.FSGroup();
            if (d.group_id != null) {
                if ($Number(d.group_id) !== 0) {
                    m.group_id = d.group_id >>> 0;
                }
            }
            if (d.group_change_policy !== 0 && (typeof d.group_change_policy !== "string" || $root.types.FSGroupChangePolicy[d.group_change_policy] !== 0)) {
                switch (d.group_change_policy) {
                case "Always":
                case 0:
                    m.group_change_policy = 0;
                    break;
                case "OnRootMismatch":
                case 1:
                    m.group_change_policy = 1;
                    break;
                default:
                    if (typeof d.group_change_policy === "number" && (d.group_change_policy | 0) === d.group_change_policy)
                        m.group_change_policy = d.group_change_policy;
                }
            }
            return m;
        };

        FSGroup.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.group_id = 0;
                d.group_change_policy = o.enums === $String ? "Always" : 0;
            }
            if (m.group_id != null && $Object.hasOwnProperty.call(m, "group_id")) {
                d.group_id = m.group_id;
            }
            if (m.group_change_policy != null && $Object.hasOwnProperty.call(m, "group_change_policy")) {
                d.group_change_policy = o.enums === $String ? $root.types.FSGroupChangePolicy[m.group_change_policy] === $undefined ? m.group_change_policy : $root.types.FSGroupChangePolicy[m.group_change_policy] : m.group_change_policy;
            }
            return d;
        };

        FSGroup.prototype.toJSON = function() {
            return FSGroup.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FSGroup;
    })();

    grpc.SharedMount = (function() {

        const SharedMount = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        SharedMount.prototype.name = "";
        SharedMount.prototype.src_ctr = "";
        SharedMount.prototype.src_path = "";
        SharedMount.prototype.dst_ctr = "";
        SharedMount.prototype.dst_path = "";

        SharedMount.create = function(properties) {
            return new SharedMount(properties);
        };

        SharedMount.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(10).string(m.name);
            if (m.src_ctr != null && $Object.hasOwnProperty.call(m, "src_ctr") && m.src_ctr !== "")
                w.uint32(18).string(m.src_ctr);
            if (m.src_path != null && $Object.hasOwnProperty.call(m, "src_path") && m.src_path !== "")
                w.uint32(26).string(m.src_path);
            if (m.dst_ctr != null && $Object.hasOwnProperty.call(m, "dst_ctr") && m.dst_ctr !== "")
                w.uint32(34).string(m.dst_ctr);
            if (m.dst_path != null && $Object.hasOwnProperty.call(m, "dst_path") && m.dst_path !== "")
                w.uint32(42).string(m.dst_path);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        SharedMount.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.SharedMount();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.src_ctr = v;
                        else
                            delete m.src_ctr;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.src_path = v;
                        else
                            delete m.src_path;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.dst_ctr = v;
                        else
                            delete m.dst_ctr;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.dst_path = v;
                        else
                            delete m.dst_path;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        SharedMount.fromObject = function (d, q) {
            if (d instanceof $root.grpc.SharedMount)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.SharedMount: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.SharedMount();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.src_ctr != null) {
                if (typeof d.src_ctr !== "string" || d.src_ctr.length) {
                    m.src_ctr = $String(d.src_ctr);
                }
            }
            if (d.src_path != null) {
                if (typeof d.src_path !== "string" || d.src_path.length) {
                    m.src_path = $String(d.src_path);
                }
            }
            if (d.dst_ctr != null) {
                if (typeof d.dst_ctr !== "string" || d.dst_ctr.length) {
                    m.dst_ctr = $String(d.dst_ctr);
                }
            }
            if (d.dst_path != null) {
                if (typeof d.dst_path !== "string" || d.dst_path.length) {
                    m.dst_path = $String(d.dst_path);
                }
            }
            return m;
        };

        SharedMount.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.name = "";
                d.src_ctr = "";
                d.src_path = "";
                d.dst_ctr = "";
                d.dst_path = "";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.src_ctr != null && $Object.hasOwnProperty.call(m, "src_ctr")) {
                d.src_ctr = m.src_ctr;
            }
            if (m.src_path != null && $Object.hasOwnProperty.call(m, "src_path")) {
                d.src_path = m.src_path;
            }
            if (m.dst_ctr != null && $Object.hasOwnProperty.call(m, "dst_ctr")) {
                d.dst_ctr = m.dst_ctr;
            }
            if (m.dst_path != null && $Object.hasOwnProperty.call(m, "dst_path")) {
                d.dst_path = m.dst_path;
            }
            return d;
        };

        SharedMount.prototype.toJSON = function() {
            return SharedMount.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SharedMount;
    })();

    grpc.Storage = (function() {

        const Storage = function (p) {
            this.driver_options = [];
            this.options = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Storage.prototype.driver = "";
        Storage.prototype.driver_options = $util.emptyArray;
        Storage.prototype.source = "";
        Storage.prototype.fstype = "";
        Storage.prototype.options = $util.emptyArray;
        Storage.prototype.mount_point = "";
        Storage.prototype.fs_group = null;
        Storage.prototype.shared = false;

        Storage.create = function(properties) {
            return new Storage(properties);
        };

        Storage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.driver != null && $Object.hasOwnProperty.call(m, "driver") && m.driver !== "")
                w.uint32(10).string(m.driver);
            if (m.driver_options != null && m.driver_options.length) {
                for (var i = 0; i < m.driver_options.length; ++i)
                    w.uint32(18).string(m.driver_options[i]);
            }
            if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== "")
                w.uint32(26).string(m.source);
            if (m.fstype != null && $Object.hasOwnProperty.call(m, "fstype") && m.fstype !== "")
                w.uint32(34).string(m.fstype);
            if (m.options != null && m.options.length) {
                for (var i = 0; i < m.options.length; ++i)
                    w.uint32(42).string(m.options[i]);
            }
            if (m.mount_point != null && $Object.hasOwnProperty.call(m, "mount_point") && m.mount_point !== "")
                w.uint32(50).string(m.mount_point);
            if (m.fs_group != null && $Object.hasOwnProperty.call(m, "fs_group"))
                $root.grpc.FSGroup.encode(m.fs_group, w.uint32(58).fork(), q + 1).ldelim();
            if (m.shared != null && $Object.hasOwnProperty.call(m, "shared") && m.shared !== false)
                w.uint32(64).bool(m.shared);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Storage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Storage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.driver = v;
                        else
                            delete m.driver;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.driver_options && m.driver_options.length))
                            m.driver_options = [];
                        m.driver_options.push(r.stringVerify());
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.source = v;
                        else
                            delete m.source;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.fstype = v;
                        else
                            delete m.fstype;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.options && m.options.length))
                            m.options = [];
                        m.options.push(r.stringVerify());
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.mount_point = v;
                        else
                            delete m.mount_point;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.fs_group = $root.grpc.FSGroup.decode(r, r.size(), $undefined, q + 1, m.fs_group);
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.shared = v;
                        else
                            delete m.shared;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Storage.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Storage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Storage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Storage();
            if (d.driver != null) {
                if (typeof d.driver !== "string" || d.driver.length) {
                    m.driver = $String(d.driver);
                }
            }
            if (d.driver_options) {
                if (!$Array.isArray(d.driver_options))
                    throw $TypeError(".grpc.Storage.driver_options: array expected");
                m.driver_options = $Array(d.driver_options.length);
                for (var i = 0; i < d.driver_options.length; ++i) {
                    m.driver_options[i] = $String(d.driver_options[i]);
                }
            }
            if (d.source != null) {
                if (typeof d.source !== "string" || d.source.length) {
                    m.source = $String(d.source);
                }
            }
            if (d.fstype != null) {
                if (typeof d.fstype !== "string" || d.fstype.length) {
                    m.fstype = $String(d.fstype);
                }
            }
            if (d.options) {
                if (!$Array.isArray(d.options))
                    throw $TypeError(".grpc.Storage.options: array expected");
                m.options = $Array(d.options.length);
                for (var i = 0; i < d.options.length; ++i) {
                    m.options[i] = $String(d.options[i]);
                }
            }
            if (d.mount_point != null) {
                if (typeof d.mount_point !== "string" || d.mount_point.length) {
                    m.mount_point = $String(d.mount_point);
                }
            }
            if (d.fs_group != null) {
                if (!$util.isObject(d.fs_group))
                    throw $TypeError(".grpc.Storage.fs_group: object expected");
                m.fs_group = $root.grpc.FSGroup.fromObject(d.fs_group, q + 1);
            }
            if (d.shared != null) {
                if (d.shared) {
                    m.shared = $Boolean(d.shared);
                }
            }
            return m;
        };

        Storage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.driver_options = [];
                d.options = [];
            }
            if (o.defaults) {
                d.driver = "";
                d.source = "";
                d.fstype = "";
                d.mount_point = "";
                d.fs_group = null;
                d.shared = false;
            }
            if (m.driver != null && $Object.hasOwnProperty.call(m, "driver")) {
                d.driver = m.driver;
            }
            if (m.driver_options && m.driver_options.length) {
                d.driver_options = $Array(m.driver_options.length);
                for (var j = 0; j < m.driver_options.length; ++j) {
                    d.driver_options[j] = m.driver_options[j];
                }
            }
            if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                d.source = m.source;
            }
            if (m.fstype != null && $Object.hasOwnProperty.call(m, "fstype")) {
                d.fstype = m.fstype;
            }
            if (m.options && m.options.length) {
                d.options = $Array(m.options.length);
                for (var j = 0; j < m.options.length; ++j) {
                    d.options[j] = m.options[j];
                }
            }
            if (m.mount_point != null && $Object.hasOwnProperty.call(m, "mount_point")) {
                d.mount_point = m.mount_point;
            }
            if (m.fs_group != null && $Object.hasOwnProperty.call(m, "fs_group")) {
                d.fs_group = $root.grpc.FSGroup.toObject(m.fs_group, o, q + 1);
            }
            if (m.shared != null && $Object.hasOwnProperty.call(m, "shared")) {
                d.shared = m.shared;
            }
            return d;
        };

        Storage.prototype.toJSON = function() {
            return Storage.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Storage;
    })();

    grpc.Device = (function() {

        const Device = function (p) {
            this.options = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Device.prototype.id = "";
        Device.prototype.type = "";
        Device.prototype.vm_path = "";
        Device.prototype.container_path = "";
        Device.prototype.options = $util.emptyArray;

        Device.create = function(properties) {
            return new Device(properties);
        };

        Device.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(10).string(m.id);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                w.uint32(18).string(m.type);
            if (m.vm_path != null && $Object.hasOwnProperty.call(m, "vm_path") && m.vm_path !== "")
                w.uint32(26).string(m.vm_path);
            if (m.container_path != null && $Object.hasOwnProperty.call(m, "container_path") && m.container_path !== "")
                w.uint32(34).string(m.container_path);
            if (m.options != null && m.options.length) {
                for (var i = 0; i < m.options.length; ++i)
                    w.uint32(42).string(m.options[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Device.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Device();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.type = v;
                        else
                            delete m.type;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.vm_path = v;
                        else
                            delete m.vm_path;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_path = v;
                        else
                            delete m.container_path;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.options && m.options.length))
                            m.options = [];
                        m.options.push(r.stringVerify());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Device.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Device)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Device: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Device();
            if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                    m.id = $String(d.id);
                }
            }
            if (d.type != null) {
                if (typeof d.type !== "string" || d.type.length) {
                    m.type = $String(d.type);
                }
            }
            if (d.vm_path != null) {
                if (typeof d.vm_path !== "string" || d.vm_path.length) {
                    m.vm_path = $String(d.vm_path);
                }
            }
            if (d.container_path != null) {
                if (typeof d.container_path !== "string" || d.container_path.length) {
                    m.container_path = $String(d.container_path);
                }
            }
            if (d.options) {
                if (!$Array.isArray(d.options))
                    throw $TypeError(".grpc.Device.options: array expected");
                m.options = $Array(d.options.length);
                for (var i = 0; i < d.options.length; ++i) {
                    m.options[i] = $String(d.options[i]);
                }
            }
            return m;
        };

        Device.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.options = [];
            }
            if (o.defaults) {
                d.id = "";
                d.type = "";
                d.vm_path = "";
                d.container_path = "";
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = m.type;
            }
            if (m.vm_path != null && $Object.hasOwnProperty.call(m, "vm_path")) {
                d.vm_path = m.vm_path;
            }
            if (m.container_path != null && $Object.hasOwnProperty.call(m, "container_path")) {
                d.container_path = m.container_path;
            }
            if (m.options && m.options.length) {
                d.options = $Array(m.options.length);
                for (var j = 0; j < m.options.length; ++j) {
                    d.options[j] = m.options[j];
                }
            }
            return d;
        };

        Device.prototype.toJSON = function() {
            return Device.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Device;
    })();

    grpc.StringUser = (function() {

        const StringUser = function (p) {
            this.additionalGids = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        StringUser.prototype.uid = "";
        StringUser.prototype.gid = "";
        StringUser.prototype.additionalGids = $util.emptyArray;

        StringUser.create = function(properties) {
            return new StringUser(properties);
        };

        StringUser.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== "")
                w.uint32(10).string(m.uid);
            if (m.gid != null && $Object.hasOwnProperty.call(m, "gid") && m.gid !== "")
                w.uint32(18).string(m.gid);
            if (m.additionalGids != null && m.additionalGids.length) {
                for (var i = 0; i < m.additionalGids.length; ++i)
                    w.uint32(26).string(m.additionalGids[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        StringUser.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.StringUser();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.uid = v;
                        else
                            delete m.uid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.gid = v;
                        else
                            delete m.gid;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.additionalGids && m.additionalGids.length))
                            m.additionalGids = [];
                        m.additionalGids.push(r.stringVerify());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        StringUser.fromObject = function (d, q) {
            if (d instanceof $root.grpc.StringUser)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.StringUser: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.StringUser();
            if (d.uid != null) {
                if (typeof d.uid !== "string" || d.uid.length) {
                    m.uid = $String(d.uid);
                }
            }
            if (d.gid != null) {
                if (typeof d.gid !== "string" || d.gid.length) {
                    m.gid = $String(d.gid);
                }
            }
            if (d.additionalGids) {
                if (!$Array.isArray(d.additionalGids))
                    throw $TypeError(".grpc.StringUser.additionalGids: array expected");
                m.additionalGids = $Array(d.additionalGids.length);
                for (var i = 0; i < d.additionalGids.length; ++i) {
                    m.additionalGids[i] = $String(d.additionalGids[i]);
                }
            }
            return m;
        };

        StringUser.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.additionalGids = [];
            }
            if (o.defaults) {
                d.uid = "";
                d.gid = "";
            }
            if (m.uid != null && $Object.hasOwnProperty.call(m, "uid")) {
                d.uid = m.uid;
            }
            if (m.gid != null && $Object.hasOwnProperty.call(m, "gid")) {
                d.gid = m.gid;
            }
            if (m.additionalGids && m.additionalGids.length) {
                d.additionalGids = $Array(m.additionalGids.length);
                for (var j = 0; j < m.additionalGids.length; ++j) {
                    d.additionalGids[j] = m.additionalGids[j];
                }
            }
            return d;
        };

        StringUser.prototype.toJSON = function() {
            return StringUser.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StringUser;
    })();

    grpc.CopyFileRequest = (function() {

        const CopyFileRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        CopyFileRequest.prototype.path = "";
        CopyFileRequest.prototype.file_size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        CopyFileRequest.prototype.file_mode = 0;
        CopyFileRequest.prototype.dir_mode = 0;
        CopyFileRequest.prototype.uid = 0;
        CopyFileRequest.prototype.gid = 0;
        CopyFileRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        CopyFileRequest.prototype.data = $util.newBuffer([]);

        CopyFileRequest.create = function(properties) {
            return new CopyFileRequest(properties);
        };

        CopyFileRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                w.uint32(10).string(m.path);
            if (m.file_size != null && $Object.hasOwnProperty.call(m, "file_size") && (typeof m.file_size === "object" ? m.file_size.low || m.file_size.high : m.file_size !== 0))
                w.uint32(16).int64(m.file_size);
            if (m.file_mode != null && $Object.hasOwnProperty.call(m, "file_mode") && m.file_mode !== 0)
                w.uint32(24).uint32(m.file_mode);
            if (m.dir_mode != null && $Object.hasOwnProperty.call(m, "dir_mode") && m.dir_mode !== 0)
                w.uint32(32).uint32(m.dir_mode);
            if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== 0)
                w.uint32(40).int32(m.uid);
            if (m.gid != null && $Object.hasOwnProperty.call(m, "gid") && m.gid !== 0)
                w.uint32(48).int32(m.gid);
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(56).int64(m.offset);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(66).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        CopyFileRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.CopyFileRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.path = v;
                        else
                            delete m.path;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.file_size = v;
                        else
                            delete m.file_size;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.file_mode = v;
                        else
                            delete m.file_mode;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.dir_mode = v;
                        else
                            delete m.dir_mode;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.uid = v;
                        else
                            delete m.uid;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.gid = v;
                        else
                            delete m.gid;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        CopyFileRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.CopyFileRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.CopyFileRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.CopyFileRequest();
            if (d.path != null) {
                if (typeof d.path !== "string" || d.path.length) {
                    m.path = $String(d.path);
                }
            }
            if (d.file_size != null) {
                if (typeof d.file_size === "object" ? d.file_size.low || d.file_size.high : $Number(d.file_size) !== 0) {
                    if ($util.Long)
                        m.file_size = $util.Long.fromValue(d.file_size, false);
                    else if (typeof d.file_size === "string")
                        m.file_size = $parseInt(d.file_size, 10);
                    else if (typeof d.file_size === "number")
                        m.file_size = d.file_size;
                    else if (typeof d.file_size === "object")
                        m.file_size = new $util.LongBits(d.file_size.low >>> 0, d.file_size.high >>> 0).toNumber();
                }
            }
            if (d.file_mode != null) {
                if ($Number(d.file_mode) !== 0) {
                    m.file_mode = d.file_mode >>> 0;
                }
            }
            if (d.dir_mode != null) {
                if ($Number(d.dir_mode) !== 0) {
                    m.dir_mode = d.dir_mode >>> 0;
                }
            }
            if (d.uid != null) {
                if ($Number(d.uid) !== 0) {
                    m.uid = d.uid | 0;
                }
            }
            if (d.gid != null) {
                if ($Number(d.gid) !== 0) {
                    m.gid = d.gid | 0;
                }
            }
            if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                    if ($util.Long)
                        m.offset = $util.Long.fromValue(d.offset, false);
                    else if (typeof d.offset === "string")
                        m.offset = $parseInt(d.offset, 10);
                    else if (typeof d.offset === "number")
                        m.offset = d.offset;
                    else if (typeof d.offset === "object")
                        m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber();
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        CopyFileRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.path = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.file_size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.file_size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.file_mode = 0;
                d.dir_mode = 0;
                d.uid = 0;
                d.gid = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                d.path = m.path;
            }
            if (m.file_size != null && $Object.hasOwnProperty.call(m, "file_size")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.file_size = typeof m.file_size === "number" ? $BigInt(m.file_size) : $util.Long.fromBits(m.file_size.low >>> 0, m.file_size.high >>> 0, false).toBigInt();
                else if (typeof m.file_size === "number")
                    d.file_size = o.longs === $String ? $String(m.file_size) : m.file_size;
                else
                    d.file_size = o.longs === $String ? $util.Long.prototype.toString.call(m.file_size) : o.longs === $Number ? new $util.LongBits(m.file_size.low >>> 0, m.file_size.high >>> 0).toNumber() : m.file_size;
            }
            if (m.file_mode != null && $Object.hasOwnProperty.call(m, "file_mode")) {
                d.file_mode = m.file_mode;
            }
            if (m.dir_mode != null && $Object.hasOwnProperty.call(m, "dir_mode")) {
                d.dir_mode = m.dir_mode;
            }
            if (m.uid != null && $Object.hasOwnProperty.call(m, "uid")) {
                d.uid = m.uid;
            }
            if (m.gid != null && $Object.hasOwnProperty.call(m, "gid")) {
                d.gid = m.gid;
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, false).toBigInt();
                else if (typeof m.offset === "number")
                    d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                else
                    d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber() : m.offset;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        CopyFileRequest.prototype.toJSON = function() {
            return CopyFileRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CopyFileRequest;
    })();

    grpc.GetOOMEventRequest = (function() {

        const GetOOMEventRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        GetOOMEventRequest.create = function(properties) {
            return new GetOOMEventRequest(properties);
        };

        GetOOMEventRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        GetOOMEventRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.GetOOMEventRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        GetOOMEventRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.GetOOMEventRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.GetOOMEventRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.grpc.GetOOMEventRequest();
        };

        GetOOMEventRequest.toObject = function () {
            return {};
        };

        GetOOMEventRequest.prototype.toJSON = function() {
            return GetOOMEventRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetOOMEventRequest;
    })();

    grpc.OOMEvent = (function() {

        const OOMEvent = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        OOMEvent.prototype.container_id = "";

        OOMEvent.create = function(properties) {
            return new OOMEvent(properties);
        };

        OOMEvent.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id") && m.container_id !== "")
                w.uint32(10).string(m.container_id);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        OOMEvent.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.OOMEvent();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.container_id = v;
                        else
                            delete m.container_id;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        OOMEvent.fromObject = function (d, q) {
            if (d instanceof $root.grpc.OOMEvent)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.OOMEvent: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.OOMEvent();
            if (d.container_id != null) {
                if (typeof d.container_id !== "string" || d.container_id.length) {
                    m.container_id = $String(d.container_id);
                }
            }
            return m;
        };

        OOMEvent.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.container_id = "";
            }
            if (m.container_id != null && $Object.hasOwnProperty.call(m, "container_id")) {
                d.container_id = m.container_id;
            }
            return d;
        };

        OOMEvent.prototype.toJSON = function() {
            return OOMEvent.toObject(this, $protobuf.util.toJSONOptions);
        };

        return OOMEvent;
    })();

    grpc.AddSwapRequest = (function() {

        const AddSwapRequest = function (p) {
            this.PCIPath = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        AddSwapRequest.prototype.PCIPath = $util.emptyArray;

        AddSwapRequest.create = function(properties) {
            return new AddSwapRequest(properties);
        };

        AddSwapRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.PCIPath != null && m.PCIPath.length) {
                w.uint32(10).uint32s(m.PCIPath);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        AddSwapRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.AddSwapRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.PCIPath && m.PCIPath.length))
                                m.PCIPath = [];
                            r.uint32s(m.PCIPath);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.PCIPath && m.PCIPath.length))
                            m.PCIPath = [];
                        m.PCIPath.push(r.uint32());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        AddSwapRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.AddSwapRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.AddSwapRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.AddSwapRequest();
            if (d.PCIPath) {
                if (!$Array.isArray(d.PCIPath))
                    throw $TypeError(".grpc.AddSwapRequest.PCIPath: array expected");
                m.PCIPath = $Array(d.PCIPath.length);
                for (var i = 0; i < d.PCIPath.length; ++i) {
                    m.PCIPath[i] = d.PCIPath[i] >>> 0;
                }
            }
            return m;
        };

        AddSwapRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.PCIPath = [];
            }
            if (m.PCIPath && m.PCIPath.length) {
                d.PCIPath = $Array(m.PCIPath.length);
                for (var j = 0; j < m.PCIPath.length; ++j) {
                    d.PCIPath[j] = m.PCIPath[j];
                }
            }
            return d;
        };

        AddSwapRequest.prototype.toJSON = function() {
            return AddSwapRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AddSwapRequest;
    })();

    grpc.AddSwapPathRequest = (function() {

        const AddSwapPathRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        AddSwapPathRequest.prototype.path = "";

        AddSwapPathRequest.create = function(properties) {
            return new AddSwapPathRequest(properties);
        };

        AddSwapPathRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                w.uint32(10).string(m.path);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        AddSwapPathRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.AddSwapPathRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.path = v;
                        else
                            delete m.path;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        AddSwapPathRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.AddSwapPathRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.AddSwapPathRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.AddSwapPathRequest();
            if (d.path != null) {
                if (typeof d.path !== "string" || d.path.length) {
                    m.path = $String(d.path);
                }
            }
            return m;
        };

        AddSwapPathRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.path = "";
            }
            if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                d.path = m.path;
            }
            return d;
        };

        AddSwapPathRequest.prototype.toJSON = function() {
            return AddSwapPathRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AddSwapPathRequest;
    })();

    grpc.GetMetricsRequest = (function() {

        const GetMetricsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        GetMetricsRequest.create = function(properties) {
            return new GetMetricsRequest(properties);
        };

        GetMetricsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        GetMetricsRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.GetMetricsRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        GetMetricsRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.GetMetricsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.GetMetricsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.grpc.GetMetricsRequest();
        };

        GetMetricsRequest.toObject = function () {
            return {};
        };

        GetMetricsRequest.prototype.toJSON = function() {
            return GetMetricsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetMetricsRequest;
    })();

    grpc.Metrics = (function() {

        const Metrics = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Metrics.prototype.metrics = "";

        Metrics.create = function(properties) {
            return new Metrics(properties);
        };

        Metrics.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics") && m.metrics !== "")
                w.uint32(10).string(m.metrics);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Metrics.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Metrics();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.metrics = v;
                        else
                            delete m.metrics;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Metrics.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Metrics)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Metrics: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Metrics();
            if (d.metrics != null) {
                if (typeof d.metrics !== "string" || d.metrics.length) {
                    m.metrics = $String(d.metrics);
                }
            }
            return m;
        };

        Metrics.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.metrics = "";
            }
            if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics")) {
                d.metrics = m.metrics;
            }
            return d;
        };

        Metrics.prototype.toJSON = function() {
            return Metrics.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Metrics;
    })();

    grpc.VolumeStatsRequest = (function() {

        const VolumeStatsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        VolumeStatsRequest.prototype.volume_guest_path = "";

        VolumeStatsRequest.create = function(properties) {
            return new VolumeStatsRequest(properties);
        };

        VolumeStatsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.volume_guest_path != null && $Object.hasOwnProperty.call(m, "volume_guest_path") && m.volume_guest_path !== "")
                w.uint32(10).string(m.volume_guest_path);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        VolumeStatsRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.VolumeStatsRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.volume_guest_path = v;
                        else
                            delete m.volume_guest_path;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        VolumeStatsRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.VolumeStatsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.VolumeStatsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.VolumeStatsRequest();
            if (d.volume_guest_path != null) {
                if (typeof d.volume_guest_path !== "string" || d.volume_guest_path.length) {
                    m.volume_guest_path = $String(d.volume_guest_path);
                }
            }
            return m;
        };

        VolumeStatsRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.volume_guest_path = "";
            }
            if (m.volume_guest_path != null && $Object.hasOwnProperty.call(m, "volume_guest_path")) {
                d.volume_guest_path = m.volume_guest_path;
            }
            return d;
        };

        VolumeStatsRequest.prototype.toJSON = function() {
            return VolumeStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return VolumeStatsRequest;
    })();

    grpc.ResizeVolumeRequest = (function() {

        const ResizeVolumeRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ResizeVolumeRequest.prototype.volume_guest_path = "";
        ResizeVolumeRequest.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        ResizeVolumeRequest.create = function(properties) {
            return new ResizeVolumeRequest(properties);
        };

        ResizeVolumeRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.volume_guest_path != null && $Object.hasOwnProperty.call(m, "volume_guest_path") && m.volume_guest_path !== "")
                w.uint32(10).string(m.volume_guest_path);
            if (m.size != null && $Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                w.uint32(16).uint64(m.size);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ResizeVolumeRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.ResizeVolumeRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.volume_guest_path = v;
                        else
                            delete m.volume_guest_path;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.size = v;
                        else
                            delete m.size;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ResizeVolumeRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.ResizeVolumeRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.ResizeVolumeRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.ResizeVolumeRequest();
            if (d.volume_guest_path != null) {
                if (typeof d.volume_guest_path !== "string" || d.volume_guest_path.length) {
                    m.volume_guest_path = $String(d.volume_guest_path);
                }
            }
            if (d.size != null) {
                if (typeof d.size === "object" ? d.size.low || d.size.high : $Number(d.size) !== 0) {
                    if ($util.Long)
                        m.size = $util.Long.fromValue(d.size, true);
                    else if (typeof d.size === "string")
                        m.size = $parseInt(d.size, 10);
                    else if (typeof d.size === "number")
                        m.size = d.size;
                    else if (typeof d.size === "object")
                        m.size = new $util.LongBits(d.size.low >>> 0, d.size.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        ResizeVolumeRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.volume_guest_path = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.volume_guest_path != null && $Object.hasOwnProperty.call(m, "volume_guest_path")) {
                d.volume_guest_path = m.volume_guest_path;
            }
            if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.size = typeof m.size === "number" ? $BigInt(m.size) : $util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, true).toBigInt();
                else if (typeof m.size === "number")
                    d.size = o.longs === $String ? $String(m.size) : m.size;
                else
                    d.size = o.longs === $String ? $util.Long.prototype.toString.call(m.size) : o.longs === $Number ? new $util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber(true) : m.size;
            }
            return d;
        };

        ResizeVolumeRequest.prototype.toJSON = function() {
            return ResizeVolumeRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ResizeVolumeRequest;
    })();

    grpc.SetPolicyRequest = (function() {

        const SetPolicyRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        SetPolicyRequest.prototype.policy = "";

        SetPolicyRequest.create = function(properties) {
            return new SetPolicyRequest(properties);
        };

        SetPolicyRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.policy != null && $Object.hasOwnProperty.call(m, "policy") && m.policy !== "")
                w.uint32(10).string(m.policy);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        SetPolicyRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.SetPolicyRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.policy = v;
                        else
                            delete m.policy;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        SetPolicyRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.SetPolicyRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.SetPolicyRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.SetPolicyRequest();
            if (d.policy != null) {
                if (typeof d.policy !== "string" || d.policy.length) {
                    m.policy = $String(d.policy);
                }
            }
            return m;
        };

        SetPolicyRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.policy = "";
            }
            if (m.policy != null && $Object.hasOwnProperty.call(m, "policy")) {
                d.policy = m.policy;
            }
            return d;
        };

        SetPolicyRequest.prototype.toJSON = function() {
            return SetPolicyRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetPolicyRequest;
    })();

    grpc.MemAgentMemcgConfig = (function() {

        const MemAgentMemcgConfig = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        MemAgentMemcgConfig.prototype.disabled = null;
        MemAgentMemcgConfig.prototype.swap = null;
        MemAgentMemcgConfig.prototype.swappiness_max = null;
        MemAgentMemcgConfig.prototype.period_secs = null;
        MemAgentMemcgConfig.prototype.period_psi_percent_limit = null;
        MemAgentMemcgConfig.prototype.eviction_psi_percent_limit = null;
        MemAgentMemcgConfig.prototype.eviction_run_aging_count_min = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentMemcgConfig.prototype, "_disabled", {
            get: $util.oneOfGetter($oneOfFields = ["disabled"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentMemcgConfig.prototype, "_swap", {
            get: $util.oneOfGetter($oneOfFields = ["swap"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentMemcgConfig.prototype, "_swappiness_max", {
            get: $util.oneOfGetter($oneOfFields = ["swappiness_max"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentMemcgConfig.prototype, "_period_secs", {
            get: $util.oneOfGetter($oneOfFields = ["period_secs"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentMemcgConfig.prototype, "_period_psi_percent_limit", {
            get: $util.oneOfGetter($oneOfFields = ["period_psi_percent_limit"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentMemcgConfig.prototype, "_eviction_psi_percent_limit", {
            get: $util.oneOfGetter($oneOfFields = ["eviction_psi_percent_limit"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentMemcgConfig.prototype, "_eviction_run_aging_count_min", {
            get: $util.oneOfGetter($oneOfFields = ["eviction_run_aging_count_min"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        MemAgentMemcgConfig.create = function(properties) {
            return new MemAgentMemcgConfig(properties);
        };

        MemAgentMemcgConfig.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.disabled != null && $Object.hasOwnProperty.call(m, "disabled"))
                w.uint32(8).bool(m.disabled);
            if (m.swap != null && $Object.hasOwnProperty.call(m, "swap"))
                w.uint32(16).bool(m.swap);
            if (m.swappiness_max != null && $Object.hasOwnProperty.call(m, "swappiness_max"))
                w.uint32(24).uint32(m.swappiness_max);
            if (m.period_secs != null && $Object.hasOwnProperty.call(m, "period_secs"))
                w.uint32(32).uint64(m.period_secs);
            if (m.period_psi_percent_limit != null && $Object.hasOwnProperty.call(m, "period_psi_percent_limit"))
                w.uint32(40).uint32(m.period_psi_percent_limit);
            if (m.eviction_psi_percent_limit != null && $Object.hasOwnProperty.call(m, "eviction_psi_percent_limit"))
                w.uint32(48).uint32(m.eviction_psi_percent_limit);
            if (m.eviction_run_aging_count_min != null && $Object.hasOwnProperty.call(m, "eviction_run_aging_count_min"))
                w.uint32(56).uint64(m.eviction_run_aging_count_min);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        MemAgentMemcgConfig.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.MemAgentMemcgConfig();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        m.disabled = r.bool();
                        m._disabled = "disabled";
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.swap = r.bool();
                        m._swap = "swap";
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.swappiness_max = r.uint32();
                        m._swappiness_max = "swappiness_max";
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.period_secs = r.uint64();
                        m._period_secs = "period_secs";
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.period_psi_percent_limit = r.uint32();
                        m._period_psi_percent_limit = "period_psi_percent_limit";
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        m.eviction_psi_percent_limit = r.uint32();
                        m._eviction_psi_percent_limit = "eviction_psi_percent_limit";
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        m.eviction_run_aging_count_min = r.uint64();
                        m._eviction_run_aging_count_min = "eviction_run_aging_count_min";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        MemAgentMemcgConfig.fromObject = function (d, q) {
            if (d instanceof $root.grpc.MemAgentMemcgConfig)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.MemAgentMemcgConfig: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.MemAgentMemcgConfig();
            if (d.disabled != null) {
                m.disabled = $Boolean(d.disabled);
            }
            if (d.swap != null) {
                m.swap = $Boolean(d.swap);
            }
            if (d.swappiness_max != null) {
                m.swappiness_max = d.swappiness_max >>> 0;
            }
            if (d.period_secs != null) {
                if ($util.Long)
                    m.period_secs = $util.Long.fromValue(d.period_secs, true);
                else if (typeof d.period_secs === "string")
                    m.period_secs = $parseInt(d.period_secs, 10);
                else if (typeof d.period_secs === "number")
                    m.period_secs = d.period_secs;
                else if (typeof d.period_secs === "object")
                    m.period_secs = new $util.LongBits(d.period_secs.low >>> 0, d.period_secs.high >>> 0).toNumber(true);
            }
            if (d.period_psi_percent_limit != null) {
                m.period_psi_percent_limit = d.period_psi_percent_limit >>> 0;
            }
            if (d.eviction_psi_percent_limit != null) {
                m.eviction_psi_percent_limit = d.eviction_psi_percent_limit >>> 0;
            }
            if (d.eviction_run_aging_count_min != null) {
                if ($util.Long)
                    m.eviction_run_aging_count_min = $util.Long.fromValue(d.eviction_run_aging_count_min, true);
                else if (typeof d.eviction_run_aging_count_min === "string")
                    m.eviction_run_aging_count_min = $parseInt(d.eviction_run_aging_count_min, 10);
                else if (typeof d.eviction_run_aging_count_min === "number")
                    m.eviction_run_aging_count_min = d.eviction_run_aging_count_min;
                else if (typeof d.eviction_run_aging_count_min === "object")
                    m.eviction_run_aging_count_min = new $util.LongBits(d.eviction_run_aging_count_min.low >>> 0, d.eviction_run_aging_count_min.high >>> 0).toNumber(true);
            }
            return m;
        };

        MemAgentMemcgConfig.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.disabled != null && $Object.hasOwnProperty.call(m, "disabled")) {
                d.disabled = m.disabled;
            }
            if (m.swap != null && $Object.hasOwnProperty.call(m, "swap")) {
                d.swap = m.swap;
            }
            if (m.swappiness_max != null && $Object.hasOwnProperty.call(m, "swappiness_max")) {
                d.swappiness_max = m.swappiness_max;
            }
            if (m.period_secs != null && $Object.hasOwnProperty.call(m, "period_secs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.period_secs = typeof m.period_secs === "number" ? $BigInt(m.period_secs) : $util.Long.fromBits(m.period_secs.low >>> 0, m.period_secs.high >>> 0, true).toBigInt();
                else if (typeof m.period_secs === "number")
                    d.period_secs = o.longs === $String ? $String(m.period_secs) : m.period_secs;
                else
                    d.period_secs = o.longs === $String ? $util.Long.prototype.toString.call(m.period_secs) : o.longs === $Number ? new $util.LongBits(m.period_secs.low >>> 0, m.period_secs.high >>> 0).toNumber(true) : m.period_secs;
            }
            if (m.period_psi_percent_limit != null && $Object.hasOwnProperty.call(m, "period_psi_percent_limit")) {
                d.period_psi_percent_limit = m.period_psi_percent_limit;
            }
            if (m.eviction_psi_percent_limit != null && $Object.hasOwnProperty.call(m, "eviction_psi_percent_limit")) {
                d.eviction_psi_percent_limit = m.eviction_psi_percent_limit;
            }
            if (m.eviction_run_aging_count_min != null && $Object.hasOwnProperty.call(m, "eviction_run_aging_count_min")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.eviction_run_aging_count_min = typeof m.eviction_run_aging_count_min === "number" ? $BigInt(m.eviction_run_aging_count_min) : $util.Long.fromBits(m.eviction_run_aging_count_min.low >>> 0, m.eviction_run_aging_count_min.high >>> 0, true).toBigInt();
                else if (typeof m.eviction_run_aging_count_min === "number")
                    d.eviction_run_aging_count_min = o.longs === $String ? $String(m.eviction_run_aging_count_min) : m.eviction_run_aging_count_min;
                else
                    d.eviction_run_aging_count_min = o.longs === $String ? $util.Long.prototype.toString.call(m.eviction_run_aging_count_min) : o.longs === $Number ? new $util.LongBits(m.eviction_run_aging_count_min.low >>> 0, m.eviction_run_aging_count_min.high >>> 0).toNumber(true) : m.eviction_run_aging_count_min;
            }
            return d;
        };

        MemAgentMemcgConfig.prototype.toJSON = function() {
            return MemAgentMemcgConfig.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MemAgentMemcgConfig;
    })();

    grpc.MemAgentCompactConfig = (function() {

        const MemAgentCompactConfig = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        MemAgentCompactConfig.prototype.disabled = null;
        MemAgentCompactConfig.prototype.period_secs = null;
        MemAgentCompactConfig.prototype.period_psi_percent_limit = null;
        MemAgentCompactConfig.prototype.compact_psi_percent_limit = null;
        MemAgentCompactConfig.prototype.compact_sec_max = null;
        MemAgentCompactConfig.prototype.compact_order = null;
        MemAgentCompactConfig.prototype.compact_threshold = null;
        MemAgentCompactConfig.prototype.compact_force_times = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentCompactConfig.prototype, "_disabled", {
            get: $util.oneOfGetter($oneOfFields = ["disabled"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentCompactConfig.prototype, "_period_secs", {
            get: $util.oneOfGetter($oneOfFields = ["period_secs"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentCompactConfig.prototype, "_period_psi_percent_limit", {
            get: $util.oneOfGetter($oneOfFields = ["period_psi_percent_limit"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentCompactConfig.prototype, "_compact_psi_percent_limit", {
            get: $util.oneOfGetter($oneOfFields = ["compact_psi_percent_limit"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentCompactConfig.prototype, "_compact_sec_max", {
            get: $util.oneOfGetter($oneOfFields = ["compact_sec_max"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentCompactConfig.prototype, "_compact_order", {
            get: $util.oneOfGetter($oneOfFields = ["compact_order"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentCompactConfig.prototype, "_compact_threshold", {
            get: $util.oneOfGetter($oneOfFields = ["compact_threshold"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(MemAgentCompactConfig.prototype, "_compact_force_times", {
            get: $util.oneOfGetter($oneOfFields = ["compact_force_times"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        MemAgentCompactConfig.create = function(properties) {
            return new MemAgentCompactConfig(properties);
        };

        MemAgentCompactConfig.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.disabled != null && $Object.hasOwnProperty.call(m, "disabled"))
                w.uint32(8).bool(m.disabled);
            if (m.period_secs != null && $Object.hasOwnProperty.call(m, "period_secs"))
                w.uint32(16).uint64(m.period_secs);
            if (m.period_psi_percent_limit != null && $Object.hasOwnProperty.call(m, "period_psi_percent_limit"))
                w.uint32(24).uint32(m.period_psi_percent_limit);
            if (m.compact_psi_percent_limit != null && $Object.hasOwnProperty.call(m, "compact_psi_percent_limit"))
                w.uint32(32).uint32(m.compact_psi_percent_limit);
            if (m.compact_sec_max != null && $Object.hasOwnProperty.call(m, "compact_sec_max"))
                w.uint32(40).int64(m.compact_sec_max);
            if (m.compact_order != null && $Object.hasOwnProperty.call(m, "compact_order"))
                w.uint32(48).uint32(m.compact_order);
            if (m.compact_threshold != null && $Object.hasOwnProperty.call(m, "compact_threshold"))
                w.uint32(56).uint64(m.compact_threshold);
            if (m.compact_force_times != null && $Object.hasOwnProperty.call(m, "compact_force_times"))
                w.uint32(64).uint64(m.compact_force_times);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        MemAgentCompactConfig.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.MemAgentCompactConfig();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        m.disabled = r.bool();
                        m._disabled = "disabled";
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.period_secs = r.uint64();
                        m._period_secs = "period_secs";
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.period_psi_percent_limit = r.uint32();
                        m._period_psi_percent_limit = "period_psi_percent_limit";
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.compact_psi_percent_limit = r.uint32();
                        m._compact_psi_percent_limit = "compact_psi_percent_limit";
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.compact_sec_max = r.int64();
                        m._compact_sec_max = "compact_sec_max";
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        m.compact_order = r.uint32();
                        m._compact_order = "compact_order";
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        m.compact_threshold = r.uint64();
                        m._compact_threshold = "compact_threshold";
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        m.compact_force_times = r.uint64();
                        m._compact_force_times = "compact_force_times";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        MemAgentCompactConfig.fromObject = function (d, q) {
            if (d instanceof $root.grpc.MemAgentCompactConfig)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.MemAgentCompactConfig: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.MemAgentCompactConfig();
            if (d.disabled != null) {
                m.disabled = $Boolean(d.disabled);
            }
            if (d.period_secs != null) {
                if ($util.Long)
                    m.period_secs = $util.Long.fromValue(d.period_secs, true);
                else if (typeof d.period_secs === "string")
                    m.period_secs = $parseInt(d.period_secs, 10);
                else if (typeof d.period_secs === "number")
                    m.period_secs = d.period_secs;
                else if (typeof d.period_secs === "object")
                    m.period_secs = new $util.LongBits(d.period_secs.low >>> 0, d.period_secs.high >>> 0).toNumber(true);
            }
            if (d.period_psi_percent_limit != null) {
                m.period_psi_percent_limit = d.period_psi_percent_limit >>> 0;
            }
            if (d.compact_psi_percent_limit != null) {
                m.compact_psi_percent_limit = d.compact_psi_percent_limit >>> 0;
            }
            if (d.compact_sec_max != null) {
                if ($util.Long)
                    m.compact_sec_max = $util.Long.fromValue(d.compact_sec_max, false);
                else if (typeof d.compact_sec_max === "string")
                    m.compact_sec_max = $parseInt(d.compact_sec_max, 10);
                else if (typeof d.compact_sec_max === "number")
                    m.compact_sec_max = d.compact_sec_max;
                else if (typeof d.compact_sec_max === "object")
                    m.compact_sec_max = new $util.LongBits(d.compact_sec_max.low >>> 0, d.compact_sec_max.high >>> 0).toNumber();
            }
            if (d.compact_order != null) {
                m.compact_order = d.compact_order >>> 0;
            }
            if (d.compact_threshold != null) {
                if ($util.Long)
                    m.compact_threshold = $util.Long.fromValue(d.compact_threshold, true);
                else if (typeof d.compact_threshold === "string")
                    m.compact_threshold = $parseInt(d.compact_threshold, 10);
                else if (typeof d.compact_threshold === "number")
                    m.compact_threshold = d.compact_threshold;
                else if (typeof d.compact_threshold === "object")
                    m.compact_threshold = new $util.LongBits(d.compact_threshold.low >>> 0, d.compact_threshold.high >>> 0).toNumber(true);
            }
            if (d.compact_force_times != null) {
                if ($util.Long)
                    m.compact_force_times = $util.Long.fromValue(d.compact_force_times, true);
                else if (typeof d.compact_force_times === "string")
                    m.compact_force_times = $parseInt(d.compact_force_times, 10);
                else if (typeof d.compact_force_times === "number")
                    m.compact_force_times = d.compact_force_times;
                else if (typeof d.compact_force_times === "object")
                    m.compact_force_times = new $util.LongBits(d.compact_force_times.low >>> 0, d.compact_force_times.high >>> 0).toNumber(true);
            }
            return m;
        };

        MemAgentCompactConfig.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.disabled != null && $Object.hasOwnProperty.call(m, "disabled")) {
                d.disabled = m.disabled;
            }
            if (m.period_secs != null && $Object.hasOwnProperty.call(m, "period_secs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.period_secs = typeof m.period_secs === "number" ? $BigInt(m.period_secs) : $util.Long.fromBits(m.period_secs.low >>> 0, m.period_secs.high >>> 0, true).toBigInt();
                else if (typeof m.period_secs === "number")
                    d.period_secs = o.longs === $String ? $String(m.period_secs) : m.period_secs;
                else
                    d.period_secs = o.longs === $String ? $util.Long.prototype.toString.call(m.period_secs) : o.longs === $Number ? new $util.LongBits(m.period_secs.low >>> 0, m.period_secs.high >>> 0).toNumber(true) : m.period_secs;
            }
            if (m.period_psi_percent_limit != null && $Object.hasOwnProperty.call(m, "period_psi_percent_limit")) {
                d.period_psi_percent_limit = m.period_psi_percent_limit;
            }
            if (m.compact_psi_percent_limit != null && $Object.hasOwnProperty.call(m, "compact_psi_percent_limit")) {
                d.compact_psi_percent_limit = m.compact_psi_percent_limit;
            }
            if (m.compact_sec_max != null && $Object.hasOwnProperty.call(m, "compact_sec_max")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.compact_sec_max = typeof m.compact_sec_max === "number" ? $BigInt(m.compact_sec_max) : $util.Long.fromBits(m.compact_sec_max.low >>> 0, m.compact_sec_max.high >>> 0, false).toBigInt();
                else if (typeof m.compact_sec_max === "number")
                    d.compact_sec_max = o.longs === $String ? $String(m.compact_sec_max) : m.compact_sec_max;
                else
                    d.compact_sec_max = o.longs === $String ? $util.Long.prototype.toString.call(m.compact_sec_max) : o.longs === $Number ? new $util.LongBits(m.compact_sec_max.low >>> 0, m.compact_sec_max.high >>> 0).toNumber() : m.compact_sec_max;
            }
            if (m.compact_order != null && $Object.hasOwnProperty.call(m, "compact_order")) {
                d.compact_order = m.compact_order;
            }
            if (m.compact_threshold != null && $Object.hasOwnProperty.call(m, "compact_threshold")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.compact_threshold = typeof m.compact_threshold === "number" ? $BigInt(m.compact_threshold) : $util.Long.fromBits(m.compact_threshold.low >>> 0, m.compact_threshold.high >>> 0, true).toBigInt();
                else if (typeof m.compact_threshold === "number")
                    d.compact_threshold = o.longs === $String ? $String(m.compact_threshold) : m.compact_threshold;
                else
                    d.compact_threshold = o.longs === $String ? $util.Long.prototype.toString.call(m.compact_threshold) : o.longs === $Number ? new $util.LongBits(m.compact_threshold.low >>> 0, m.compact_threshold.high >>> 0).toNumber(true) : m.compact_threshold;
            }
            if (m.compact_force_times != null && $Object.hasOwnProperty.call(m, "compact_force_times")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.compact_force_times = typeof m.compact_force_times === "number" ? $BigInt(m.compact_force_times) : $util.Long.fromBits(m.compact_force_times.low >>> 0, m.compact_force_times.high >>> 0, true).toBigInt();
                else if (typeof m.compact_force_times === "number")
                    d.compact_force_times = o.longs === $String ? $String(m.compact_force_times) : m.compact_force_times;
                else
                    d.compact_force_times = o.longs === $String ? $util.Long.prototype.toString.call(m.compact_force_times) : o.longs === $Number ? new $util.LongBits(m.compact_force_times.low >>> 0, m.compact_force_times.high >>> 0).toNumber(true) : m.compact_force_times;
            }
            return d;
        };

        MemAgentCompactConfig.prototype.toJSON = function() {
            return MemAgentCompactConfig.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MemAgentCompactConfig;
    })();

    grpc.Spec = (function() {

        const Spec = function (p) {
            this.Mounts = [];
            this.Annotations = {};
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Spec.prototype.Version = "";
        Spec.prototype.Process = null;
        Spec.prototype.Root = null;
        Spec.prototype.Hostname = "";
        Spec.prototype.Mounts = $util.emptyArray;
        Spec.prototype.Hooks = null;
        Spec.prototype.Annotations = $util.emptyObject;
        Spec.prototype.Linux = null;
        Spec.prototype.Solaris = null;
        Spec.prototype.Windows = null;

        Spec.create = function(properties) {
            return new Spec(properties);
        };

        Spec.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Version != null && $Object.hasOwnProperty.call(m, "Version") && m.Version !== "")
                w.uint32(10).string(m.Version);
            if (m.Process != null && $Object.hasOwnProperty.call(m, "Process"))
                $root.grpc.Process.encode(m.Process, w.uint32(18).fork(), q + 1).ldelim();
            if (m.Root != null && $Object.hasOwnProperty.call(m, "Root"))
                $root.grpc.Root.encode(m.Root, w.uint32(26).fork(), q + 1).ldelim();
            if (m.Hostname != null && $Object.hasOwnProperty.call(m, "Hostname") && m.Hostname !== "")
                w.uint32(34).string(m.Hostname);
            if (m.Mounts != null && m.Mounts.length) {
                for (var i = 0; i < m.Mounts.length; ++i)
                    $root.grpc.Mount.encode(m.Mounts[i], w.uint32(42).fork(), q + 1).ldelim();
            }
            if (m.Hooks != null && $Object.hasOwnProperty.call(m, "Hooks"))
                $root.grpc.Hooks.encode(m.Hooks, w.uint32(50).fork(), q + 1).ldelim();
            if (m.Annotations != null && $Object.hasOwnProperty.call(m, "Annotations")) {
                for (var ks = $Object.keys(m.Annotations), i = 0; i < ks.length; ++i) {
                    w.uint32(58).fork().uint32(10).string(ks[i]).uint32(18).string(m.Annotations[ks[i]]).ldelim();
                }
            }
            if (m.Linux != null && $Object.hasOwnProperty.call(m, "Linux"))
                $root.grpc.Linux.encode(m.Linux, w.uint32(66).fork(), q + 1).ldelim();
            if (m.Solaris != null && $Object.hasOwnProperty.call(m, "Solaris"))
                $root.grpc.Solaris.encode(m.Solaris, w.uint32(74).fork(), q + 1).ldelim();
            if (m.Windows != null && $Object.hasOwnProperty.call(m, "Windows"))
                $root.grpc.Windows.encode(m.Windows, w.uint32(82).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Spec.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, k, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Spec();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Version = v;
                        else
                            delete m.Version;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.Process = $root.grpc.Process.decode(r, r.size(), $undefined, q + 1, m.Process);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.Root = $root.grpc.Root.decode(r, r.size(), $undefined, q + 1, m.Root);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Hostname = v;
                        else
                            delete m.Hostname;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.Mounts && m.Mounts.length))
                            m.Mounts = [];
                        m.Mounts.push($root.grpc.Mount.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.Hooks = $root.grpc.Hooks.decode(r, r.size(), $undefined, q + 1, m.Hooks);
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if (m.Annotations === $util.emptyObject)
                            m.Annotations = {};
                        var c2 = r.size() + r.pos;
                        if (c2 > r.len)
                            throw $RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        v = "";
                        while (r.pos < c2) {
                            var t2 = r.tag();
                            u = t2 & 7;
                            switch (t2 >>>= 3) {
                            case 1:
                                if (u !== 2)
                                    break;
                                k = r.stringVerify();
                                continue;
                            case 2:
                                if (u !== 2)
                                    break;
                                v = r.stringVerify();
                                continue;
                            }
                            r.skipType(u, q, t2);
                        }
                        if (r.pos !== c2)
                            throw $RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.Annotations, k);
                        m.Annotations[k] = v;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.Linux = $root.grpc.Linux.decode(r, r.size(), $undefined, q + 1, m.Linux);
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        m.Solaris = $root.grpc.Solaris.decode(r, r.size(), $undefined, q + 1, m.Solaris);
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.Windows = $root.grpc.Windows.decode(r, r.size(), $undefined, q + 1, m.Windows);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Spec.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Spec)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Spec: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Spec();
            if (d.Version != null) {
                if (typeof d.Version !== "string" || d.Version.length) {
                    m.Version = $String(d.Version);
                }
            }
            if (d.Process != null) {
                if (!$util.isObject(d.Process))
                    throw $TypeError(".grpc.Spec.Process: object expected");
                m.Process = $root.grpc.Process.fromObject(d.Process, q + 1);
            }
            if (d.Root != null) {
                if (!$util.isObject(d.Root))
                    throw $TypeError(".grpc.Spec.Root: object expected");
                m.Root = $root.grpc.Root.fromObject(d.Root, q + 1);
            }
            if (d.Hostname != null) {
                if (typeof d.Hostname !== "string" || d.Hostname.length) {
                    m.Hostname = $String(d.Hostname);
                }
            }
            if (d.Mounts) {
                if (!$Array.isArray(d.Mounts))
                    throw $TypeError(".grpc.Spec.Mounts: array expected");
                m.Mounts = $Array(d.Mounts.length);
                for (var i = 0; i < d.Mounts.length; ++i) {
                    if (!$util.isObject(d.Mounts[i]))
                        throw $TypeError(".grpc.Spec.Mounts: object expected");
                    m.Mounts[i] = $root.grpc.Mount.fromObject(d.Mounts[i], q + 1);
                }
            }
            if (d.Hooks != null) {
                if (!$util.isObject(d.Hooks))
                    throw $TypeError(".grpc.Spec.Hooks: object expected");
                m.Hooks = $root.grpc.Hooks.fromObject(d.Hooks, q + 1);
            }
            if (d.Annotations) {
                if (!$util.isObject(d.Annotations))
                    throw $TypeError(".grpc.Spec.Annotations: object expected");
                m.Annotations = {};
                for (var ks = $Object.keys(d.Annotations), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.Annotations, ks[i]);
                    m.Annotations[ks[i]] = $String(d.Annotations[ks[i]]);
                }
            }
            if (d.Linux != null) {
                if (!$util.isObject(d.Linux))
                    throw $TypeError(".grpc.Spec.Linux: object expected");
                m.Linux = $root.grpc.Linux.fromObject(d.Linux, q + 1);
            }
            if (d.Solaris != null) {
                if (!$util.isObject(d.Solaris))
                    throw $TypeError(".grpc.Spec.Solaris: object expected");
                m.Solaris = $root.grpc.Solaris.fromObject(d.Solaris, q + 1);
            }
            if (d.Windows != null) {
                if (!$util.isObject(d.Windows))
                    throw $TypeError(".grpc.Spec.Windows: object expected");
                m.Windows = $root.grpc.Windows.fromObject(d.Windows, q + 1);
            }
            return m;
        };

        Spec.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Mounts = [];
            }
            if (o.objects || o.defaults) {
                d.Annotations = {};
            }
            if (o.defaults) {
                d.Version = "";
                d.Process = null;
                d.Root = null;
                d.Hostname = "";
                d.Hooks = null;
                d.Linux = null;
                d.Solaris = null;
                d.Windows = null;
            }
            if (m.Version != null && $Object.hasOwnProperty.call(m, "Version")) {
                d.Version = m.Version;
            }
            if (m.Process != null && $Object.hasOwnProperty.call(m, "Process")) {
                d.Process = $root.grpc.Process.toObject(m.Process, o, q + 1);
            }
            if (m.Root != null && $Object.hasOwnProperty.call(m, "Root")) {
                d.Root = $root.grpc.Root.toObject(m.Root, o, q + 1);
            }
            if (m.Hostname != null && $Object.hasOwnProperty.call(m, "Hostname")) {
                d.Hostname = m.Hostname;
            }
            if (m.Mounts && m.Mounts.length) {
                d.Mounts = $Array(m.Mounts.length);
                for (var j = 0; j < m.Mounts.length; ++j) {
                    d.Mounts[j] = $root.grpc.Mount.toObject(m.Mounts[j], o, q + 1);
                }
            }
            if (m.Hooks != null && $Object.hasOwnProperty.call(m, "Hooks")) {
                d.Hooks = $root.grpc.Hooks.toObject(m.Hooks, o, q + 1);
            }
            var ks2;
            if (m.Annotations && (ks2 = $Object.keys(m.Annotations)).length) {
                d.Annotations = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.Annotations, ks2[j]);
                    d.Annotations[ks2[j]] = m.Annotations[ks2[j]];
                }
            }
            if (m.Linux != null && $Object.hasOwnProperty.call(m, "Linux")) {
                d.Linux = $root.grpc.Linux.toObject(m.Linux, o, q + 1);
            }
            if (m.Solaris != null && $Object.hasOwnProperty.call(m, "Solaris")) {
                d.Solaris = $root.grpc.Solaris.toObject(m.Solaris, o, q + 1);
            }
            if (m.Windows != null && $Object.hasOwnProperty.call(m, "Windows")) {
                d.Windows = $root.grpc.Windows.toObject(m.Windows, o, q + 1);
            }
            return d;
        };

        Spec.prototype.toJSON = function() {
            return Spec.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Spec;
    })();

    grpc.Process = (function() {

        const Process = function (p) {
            this.Args = [];
            this.Env = [];
            this.Rlimits = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Process.prototype.Terminal = false;
        Process.prototype.ConsoleSize = null;
        Process.prototype.User = null;
        Process.prototype.Args = $util.emptyArray;
        Process.prototype.Env = $util.emptyArray;
        Process.prototype.Cwd = "";
        Process.prototype.Capabilities = null;
        Process.prototype.Rlimits = $util.emptyArray;
        Process.prototype.NoNewPrivileges = false;
        Process.prototype.ApparmorProfile = "";
        Process.prototype.OOMScoreAdj = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Process.prototype.SelinuxLabel = "";

        Process.create = function(properties) {
            return new Process(properties);
        };

        Process.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Terminal != null && $Object.hasOwnProperty.call(m, "Terminal") && m.Terminal !== false)
                w.uint32(8).bool(m.Terminal);
            if (m.ConsoleSize != null && $Object.hasOwnProperty.call(m, "ConsoleSize"))
                $root.grpc.Box.encode(m.ConsoleSize, w.uint32(18).fork(), q + 1).ldelim();
            if (m.User != null && $Object.hasOwnProperty.call(m, "User"))
                $root.grpc.User.encode(m.User, w.uint32(26).fork(), q + 1).ldelim();
            if (m.Args != null && m.Args.length) {
                for (var i = 0; i < m.Args.length; ++i)
                    w.uint32(34).string(m.Args[i]);
            }
            if (m.Env != null && m.Env.length) {
                for (var i = 0; i < m.Env.length; ++i)
                    w.uint32(42).string(m.Env[i]);
            }
            if (m.Cwd != null && $Object.hasOwnProperty.call(m, "Cwd") && m.Cwd !== "")
                w.uint32(50).string(m.Cwd);
            if (m.Capabilities != null && $Object.hasOwnProperty.call(m, "Capabilities"))
                $root.grpc.LinuxCapabilities.encode(m.Capabilities, w.uint32(58).fork(), q + 1).ldelim();
            if (m.Rlimits != null && m.Rlimits.length) {
                for (var i = 0; i < m.Rlimits.length; ++i)
                    $root.grpc.POSIXRlimit.encode(m.Rlimits[i], w.uint32(66).fork(), q + 1).ldelim();
            }
            if (m.NoNewPrivileges != null && $Object.hasOwnProperty.call(m, "NoNewPrivileges") && m.NoNewPrivileges !== false)
                w.uint32(72).bool(m.NoNewPrivileges);
            if (m.ApparmorProfile != null && $Object.hasOwnProperty.call(m, "ApparmorProfile") && m.ApparmorProfile !== "")
                w.uint32(82).string(m.ApparmorProfile);
            if (m.OOMScoreAdj != null && $Object.hasOwnProperty.call(m, "OOMScoreAdj") && (typeof m.OOMScoreAdj === "object" ? m.OOMScoreAdj.low || m.OOMScoreAdj.high : m.OOMScoreAdj !== 0))
                w.uint32(88).int64(m.OOMScoreAdj);
            if (m.SelinuxLabel != null && $Object.hasOwnProperty.call(m, "SelinuxLabel") && m.SelinuxLabel !== "")
                w.uint32(98).string(m.SelinuxLabel);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Process.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Process();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.Terminal = v;
                        else
                            delete m.Terminal;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.ConsoleSize = $root.grpc.Box.decode(r, r.size(), $undefined, q + 1, m.ConsoleSize);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.User = $root.grpc.User.decode(r, r.size(), $undefined, q + 1, m.User);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.Args && m.Args.length))
                            m.Args = [];
                        m.Args.push(r.stringVerify());
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.Env && m.Env.length))
                            m.Env = [];
                        m.Env.push(r.stringVerify());
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Cwd = v;
                        else
                            delete m.Cwd;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.Capabilities = $root.grpc.LinuxCapabilities.decode(r, r.size(), $undefined, q + 1, m.Capabilities);
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.Rlimits && m.Rlimits.length))
                            m.Rlimits = [];
                        m.Rlimits.push($root.grpc.POSIXRlimit.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.NoNewPrivileges = v;
                        else
                            delete m.NoNewPrivileges;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.ApparmorProfile = v;
                        else
                            delete m.ApparmorProfile;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.OOMScoreAdj = v;
                        else
                            delete m.OOMScoreAdj;
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.SelinuxLabel = v;
                        else
                            delete m.SelinuxLabel;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Process.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Process)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Process: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Process();
            if (d.Terminal != null) {
                if (d.Terminal) {
                    m.Terminal = $Boolean(d.Terminal);
                }
            }
            if (d.ConsoleSize != null) {
                if (!$util.isObject(d.ConsoleSize))
                    throw $TypeError(".grpc.Process.ConsoleSize: object expected");
                m.ConsoleSize = $root.grpc.Box.fromObject(d.ConsoleSize, q + 1);
            }
            if (d.User != null) {
                if (!$util.isObject(d.User))
                    throw $TypeError(".grpc.Process.User: object expected");
                m.User = $root.grpc.User.fromObject(d.User, q + 1);
            }
            if (d.Args) {
                if (!$Array.isArray(d.Args))
                    throw $TypeError(".grpc.Process.Args: array expected");
                m.Args = $Array(d.Args.length);
                for (var i = 0; i < d.Args.length; ++i) {
                    m.Args[i] = $String(d.Args[i]);
                }
            }
            if (d.Env) {
                if (!$Array.isArray(d.Env))
                    throw $TypeError(".grpc.Process.Env: array expected");
                m.Env = $Array(d.Env.length);
                for (var i = 0; i < d.Env.length; ++i) {
                    m.Env[i] = $String(d.Env[i]);
                }
            }
            if (d.Cwd != null) {
                if (typeof d.Cwd !== "string" || d.Cwd.length) {
                    m.Cwd = $String(d.Cwd);
                }
            }
            if (d.Capabilities != null) {
                if (!$util.isObject(d.Capabilities))
                    throw $TypeError(".grpc.Process.Capabilities: object expected");
                m.Capabilities = $root.grpc.LinuxCapabilities.fromObject(d.Capabilities, q + 1);
            }
            if (d.Rlimits) {
                if (!$Array.isArray(d.Rlimits))
                    throw $TypeError(".grpc.Process.Rlimits: array expected");
                m.Rlimits = $Array(d.Rlimits.length);
                for (var i = 0; i < d.Rlimits.length; ++i) {
                    if (!$util.isObject(d.Rlimits[i]))
                        throw $TypeError(".grpc.Process.Rlimits: object expected");
                    m.Rlimits[i] = $root.grpc.POSIXRlimit.fromObject(d.Rlimits[i], q + 1);
                }
            }
            if (d.NoNewPrivileges != null) {
                if (d.NoNewPrivileges) {
                    m.NoNewPrivileges = $Boolean(d.NoNewPrivileges);
                }
            }
            if (d.ApparmorProfile != null) {
                if (typeof d.ApparmorProfile !== "string" || d.ApparmorProfile.length) {
                    m.ApparmorProfile = $String(d.ApparmorProfile);
                }
            }
            if (d.OOMScoreAdj != null) {
                if (typeof d.OOMScoreAdj === "object" ? d.OOMScoreAdj.low || d.OOMScoreAdj.high : $Number(d.OOMScoreAdj) !== 0) {
                    if ($util.Long)
                        m.OOMScoreAdj = $util.Long.fromValue(d.OOMScoreAdj, false);
                    else if (typeof d.OOMScoreAdj === "string")
                        m.OOMScoreAdj = $parseInt(d.OOMScoreAdj, 10);
                    else if (typeof d.OOMScoreAdj === "number")
                        m.OOMScoreAdj = d.OOMScoreAdj;
                    else if (typeof d.OOMScoreAdj === "object")
                        m.OOMScoreAdj = new $util.LongBits(d.OOMScoreAdj.low >>> 0, d.OOMScoreAdj.high >>> 0).toNumber();
                }
            }
            if (d.SelinuxLabel != null) {
                if (typeof d.SelinuxLabel !== "string" || d.SelinuxLabel.length) {
                    m.SelinuxLabel = $String(d.SelinuxLabel);
                }
            }
            return m;
        };

        Process.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Args = [];
                d.Env = [];
                d.Rlimits = [];
            }
            if (o.defaults) {
                d.Terminal = false;
                d.ConsoleSize = null;
                d.User = null;
                d.Cwd = "";
                d.Capabilities = null;
                d.NoNewPrivileges = false;
                d.ApparmorProfile = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.OOMScoreAdj = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.OOMScoreAdj = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.SelinuxLabel = "";
            }
            if (m.Terminal != null && $Object.hasOwnProperty.call(m, "Terminal")) {
                d.Terminal = m.Terminal;
            }
            if (m.ConsoleSize != null && $Object.hasOwnProperty.call(m, "ConsoleSize")) {
                d.ConsoleSize = $root.grpc.Box.toObject(m.ConsoleSize, o, q + 1);
            }
            if (m.User != null && $Object.hasOwnProperty.call(m, "User")) {
                d.User = $root.grpc.User.toObject(m.User, o, q + 1);
            }
            if (m.Args && m.Args.length) {
                d.Args = $Array(m.Args.length);
                for (var j = 0; j < m.Args.length; ++j) {
                    d.Args[j] = m.Args[j];
                }
            }
            if (m.Env && m.Env.length) {
                d.Env = $Array(m.Env.length);
                for (var j = 0; j < m.Env.length; ++j) {
                    d.Env[j] = m.Env[j];
                }
            }
            if (m.Cwd != null && $Object.hasOwnProperty.call(m, "Cwd")) {
                d.Cwd = m.Cwd;
            }
            if (m.Capabilities != null && $Object.hasOwnProperty.call(m, "Capabilities")) {
                d.Capabilities = $root.grpc.LinuxCapabilities.toObject(m.Capabilities, o, q + 1);
            }
            if (m.Rlimits && m.Rlimits.length) {
                d.Rlimits = $Array(m.Rlimits.length);
                for (var j = 0; j < m.Rlimits.length; ++j) {
                    d.Rlimits[j] = $root.grpc.POSIXRlimit.toObject(m.Rlimits[j], o, q + 1);
                }
            }
            if (m.NoNewPrivileges != null && $Object.hasOwnProperty.call(m, "NoNewPrivileges")) {
                d.NoNewPrivileges = m.NoNewPrivileges;
            }
            if (m.ApparmorProfile != null && $Object.hasOwnProperty.call(m, "ApparmorProfile")) {
                d.ApparmorProfile = m.ApparmorProfile;
            }
            if (m.OOMScoreAdj != null && $Object.hasOwnProperty.call(m, "OOMScoreAdj")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.OOMScoreAdj = typeof m.OOMScoreAdj === "number" ? $BigInt(m.OOMScoreAdj) : $util.Long.fromBits(m.OOMScoreAdj.low >>> 0, m.OOMScoreAdj.high >>> 0, false).toBigInt();
                else if (typeof m.OOMScoreAdj === "number")
                    d.OOMScoreAdj = o.longs === $String ? $String(m.OOMScoreAdj) : m.OOMScoreAdj;
                else
                    d.OOMScoreAdj = o.longs === $String ? $util.Long.prototype.toString.call(m.OOMScoreAdj) : o.longs === $Number ? new $util.LongBits(m.OOMScoreAdj.low >>> 0, m.OOMScoreAdj.high >>> 0).toNumber() : m.OOMScoreAdj;
            }
            if (m.SelinuxLabel != null && $Object.hasOwnProperty.call(m, "SelinuxLabel")) {
                d.SelinuxLabel = m.SelinuxLabel;
            }
            return d;
        };

        Process.prototype.toJSON = function() {
            return Process.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Process;
    })();

    grpc.Box = (function() {

        const Box = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Box.prototype.Height = 0;
        Box.prototype.Width = 0;

        Box.create = function(properties) {
            return new Box(properties);
        };

        Box.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Height != null && $Object.hasOwnProperty.call(m, "Height") && m.Height !== 0)
                w.uint32(8).uint32(m.Height);
            if (m.Width != null && $Object.hasOwnProperty.call(m, "Width") && m.Width !== 0)
                w.uint32(16).uint32(m.Width);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Box.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Box();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.Height = v;
                        else
                            delete m.Height;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.Width = v;
                        else
                            delete m.Width;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Box.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Box)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Box: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Box();
            if (d.Height != null) {
                if ($Number(d.Height) !== 0) {
                    m.Height = d.Height >>> 0;
                }
            }
            if (d.Width != null) {
                if ($Number(d.Width) !== 0) {
                    m.Width = d.Width >>> 0;
                }
            }
            return m;
        };

        Box.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Height = 0;
                d.Width = 0;
            }
            if (m.Height != null && $Object.hasOwnProperty.call(m, "Height")) {
                d.Height = m.Height;
            }
            if (m.Width != null && $Object.hasOwnProperty.call(m, "Width")) {
                d.Width = m.Width;
            }
            return d;
        };

        Box.prototype.toJSON = function() {
            return Box.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Box;
    })();

    grpc.User = (function() {

        const User = function (p) {
            this.AdditionalGids = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        User.prototype.UID = 0;
        User.prototype.GID = 0;
        User.prototype.AdditionalGids = $util.emptyArray;
        User.prototype.Username = "";

        User.create = function(properties) {
            return new User(properties);
        };

        User.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.UID != null && $Object.hasOwnProperty.call(m, "UID") && m.UID !== 0)
                w.uint32(8).uint32(m.UID);
            if (m.GID != null && $Object.hasOwnProperty.call(m, "GID") && m.GID !== 0)
                w.uint32(16).uint32(m.GID);
            if (m.AdditionalGids != null && m.AdditionalGids.length) {
                w.uint32(26).uint32s(m.AdditionalGids);
            }
            if (m.Username != null && $Object.hasOwnProperty.call(m, "Username") && m.Username !== "")
                w.uint32(34).string(m.Username);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        User.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.User();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.UID = v;
                        else
                            delete m.UID;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.GID = v;
                        else
                            delete m.GID;
                        continue;
                    }
                case 3: {
                        if (u === 2) {
                            if (!(m.AdditionalGids && m.AdditionalGids.length))
                                m.AdditionalGids = [];
                            r.uint32s(m.AdditionalGids);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.AdditionalGids && m.AdditionalGids.length))
                            m.AdditionalGids = [];
                        m.AdditionalGids.push(r.uint32());
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Username = v;
                        else
                            delete m.Username;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        User.fromObject = function (d, q) {
            if (d instanceof $root.grpc.User)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.User: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.User();
            if (d.UID != null) {
                if ($Number(d.UID) !== 0) {
                    m.UID = d.UID >>> 0;
                }
            }
            if (d.GID != null) {
                if ($Number(d.GID) !== 0) {
                    m.GID = d.GID >>> 0;
                }
            }
            if (d.AdditionalGids) {
                if (!$Array.isArray(d.AdditionalGids))
                    throw $TypeError(".grpc.User.AdditionalGids: array expected");
                m.AdditionalGids = $Array(d.AdditionalGids.length);
                for (var i = 0; i < d.AdditionalGids.length; ++i) {
                    m.AdditionalGids[i] = d.AdditionalGids[i] >>> 0;
                }
            }
            if (d.Username != null) {
                if (typeof d.Username !== "string" || d.Username.length) {
                    m.Username = $String(d.Username);
                }
            }
            return m;
        };

        User.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.AdditionalGids = [];
            }
            if (o.defaults) {
                d.UID = 0;
                d.GID = 0;
                d.Username = "";
            }
            if (m.UID != null && $Object.hasOwnProperty.call(m, "UID")) {
                d.UID = m.UID;
            }
            if (m.GID != null && $Object.hasOwnProperty.call(m, "GID")) {
                d.GID = m.GID;
            }
            if (m.AdditionalGids && m.AdditionalGids.length) {
                d.AdditionalGids = $Array(m.AdditionalGids.length);
                for (var j = 0; j < m.AdditionalGids.length; ++j) {
                    d.AdditionalGids[j] = m.AdditionalGids[j];
                }
            }
            if (m.Username != null && $Object.hasOwnProperty.call(m, "Username")) {
                d.Username = m.Username;
            }
            return d;
        };

        User.prototype.toJSON = function() {
            return User.toObject(this, $protobuf.util.toJSONOptions);
        };

        return User;
    })();

    grpc.LinuxCapabilities = (function() {

        const LinuxCapabilities = function (p) {
            this.Bounding = [];
            this.Effective = [];
            this.Inheritable = [];
            this.Permitted = [];
            this.Ambient = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxCapabilities.prototype.Bounding = $util.emptyArray;
        LinuxCapabilities.prototype.Effective = $util.emptyArray;
        LinuxCapabilities.prototype.Inheritable = $util.emptyArray;
        LinuxCapabilities.prototype.Permitted = $util.emptyArray;
        LinuxCapabilities.prototype.Ambient = $util.emptyArray;

        LinuxCapabilities.create = function(properties) {
            return new LinuxCapabilities(properties);
        };

        LinuxCapabilities.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Bounding != null && m.Bounding.length) {
                for (var i = 0; i < m.Bounding.length; ++i)
                    w.uint32(10).string(m.Bounding[i]);
            }
            if (m.Effective != null && m.Effective.length) {
                for (var i = 0; i < m.Effective.length; ++i)
                    w.uint32(18).string(m.Effective[i]);
            }
            if (m.Inheritable != null && m.Inheritable.length) {
                for (var i = 0; i < m.Inheritable.length; ++i)
                    w.uint32(26).string(m.Inheritable[i]);
            }
            if (m.Permitted != null && m.Permitted.length) {
                for (var i = 0; i < m.Permitted.length; ++i)
                    w.uint32(34).string(m.Permitted[i]);
            }
            if (m.Ambient != null && m.Ambient.length) {
                for (var i = 0; i < m.Ambient.length; ++i)
                    w.uint32(42).string(m.Ambient[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxCapabilities.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxCapabilities();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.Bounding && m.Bounding.length))
                            m.Bounding = [];
                        m.Bounding.push(r.stringVerify());
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.Effective && m.Effective.length))
                            m.Effective = [];
                        m.Effective.push(r.stringVerify());
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.Inheritable && m.Inheritable.length))
                            m.Inheritable = [];
                        m.Inheritable.push(r.stringVerify());
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.Permitted && m.Permitted.length))
                            m.Permitted = [];
                        m.Permitted.push(r.stringVerify());
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.Ambient && m.Ambient.length))
                            m.Ambient = [];
                        m.Ambient.push(r.stringVerify());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxCapabilities.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxCapabilities)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxCapabilities: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxCapabilities();
            if (d.Bounding) {
                if (!$Array.isArray(d.Bounding))
                    throw $TypeError(".grpc.LinuxCapabilities.Bounding: array expected");
                m.Bounding = $Array(d.Bounding.length);
                for (var i = 0; i < d.Bounding.length; ++i) {
                    m.Bounding[i] = $String(d.Bounding[i]);
                }
            }
            if (d.Effective) {
                if (!$Array.isArray(d.Effective))
                    throw $TypeError(".grpc.LinuxCapabilities.Effective: array expected");
                m.Effective = $Array(d.Effective.length);
                for (var i = 0; i < d.Effective.length; ++i) {
                    m.Effective[i] = $String(d.Effective[i]);
                }
            }
            if (d.Inheritable) {
                if (!$Array.isArray(d.Inheritable))
                    throw $TypeError(".grpc.LinuxCapabilities.Inheritable: array expected");
                m.Inheritable = $Array(d.Inheritable.length);
                for (var i = 0; i < d.Inheritable.length; ++i) {
                    m.Inheritable[i] = $String(d.Inheritable[i]);
                }
            }
            if (d.Permitted) {
                if (!$Array.isArray(d.Permitted))
                    throw $TypeError(".grpc.LinuxCapabilities.Permitted: array expected");
                m.Permitted = $Array(d.Permitted.length);
                for (var i = 0; i < d.Permitted.length; ++i) {
                    m.Permitted[i] = $String(d.Permitted[i]);
                }
            }
            if (d.Ambient) {
                if (!$Array.isArray(d.Ambient))
                    throw $TypeError(".grpc.LinuxCapabilities.Ambient: array expected");
                m.Ambient = $Array(d.Ambient.length);
                for (var i = 0; i < d.Ambient.length; ++i) {
                    m.Ambient[i] = $String(d.Ambient[i]);
                }
            }
            return m;
        };

        LinuxCapabilities.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Bounding = [];
                d.Effective = [];
                d.Inheritable = [];
                d.Permitted = [];
                d.Ambient = [];
            }
            if (m.Bounding && m.Bounding.length) {
                d.Bounding = $Array(m.Bounding.length);
                for (var j = 0; j < m.Bounding.length; ++j) {
                    d.Bounding[j] = m.Bounding[j];
                }
            }
            if (m.Effective && m.Effective.length) {
                d.Effective = $Array(m.Effective.length);
                for (var j = 0; j < m.Effective.length; ++j) {
                    d.Effective[j] = m.Effective[j];
                }
            }
            if (m.Inheritable && m.Inheritable.length) {
                d.Inheritable = $Array(m.Inheritable.length);
                for (var j = 0; j < m.Inheritable.length; ++j) {
                    d.Inheritable[j] = m.Inheritable[j];
                }
            }
            if (m.Permitted && m.Permitted.length) {
                d.Permitted = $Array(m.Permitted.length);
                for (var j = 0; j < m.Permitted.length; ++j) {
                    d.Permitted[j] = m.Permitted[j];
                }
            }
            if (m.Ambient && m.Ambient.length) {
                d.Ambient = $Array(m.Ambient.length);
                for (var j = 0; j < m.Ambient.length; ++j) {
                    d.Ambient[j] = m.Ambient[j];
                }
            }
            return d;
        };

        LinuxCapabilities.prototype.toJSON = function() {
            return LinuxCapabilities.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxCapabilities;
    })();

    grpc.POSIXRlimit = (function() {

        const POSIXRlimit = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        POSIXRlimit.prototype.Type = "";
        POSIXRlimit.prototype.Hard = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        POSIXRlimit.prototype.Soft = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        POSIXRlimit.create = function(properties) {
            return new POSIXRlimit(properties);
        };

        POSIXRlimit.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Type != null && $Object.hasOwnProperty.call(m, "Type") && m.Type !== "")
                w.uint32(10).string(m.Type);
            if (m.Hard != null && $Object.hasOwnProperty.call(m, "Hard") && (typeof m.Hard === "object" ? m.Hard.low || m.Hard.high : m.Hard !== 0))
                w.uint32(16).uint64(m.Hard);
            if (m.Soft != null && $Object.hasOwnProperty.call(m, "Soft") && (typeof m.Soft === "object" ? m.Soft.low || m.Soft.high : m.Soft !== 0))
                w.uint32(24).uint64(m.Soft);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        POSIXRlimit.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.POSIXRlimit();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Type = v;
                        else
                            delete m.Type;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.Hard = v;
                        else
                            delete m.Hard;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.Soft = v;
                        else
                            delete m.Soft;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        POSIXRlimit.fromObject = function (d, q) {
            if (d instanceof $root.grpc.POSIXRlimit)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.POSIXRlimit: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.POSIXRlimit();
            if (d.Type != null) {
                if (typeof d.Type !== "string" || d.Type.length) {
                    m.Type = $String(d.Type);
                }
            }
            if (d.Hard != null) {
                if (typeof d.Hard === "object" ? d.Hard.low || d.Hard.high : $Number(d.Hard) !== 0) {
                    if ($util.Long)
                        m.Hard = $util.Long.fromValue(d.Hard, true);
                    else if (typeof d.Hard === "string")
                        m.Hard = $parseInt(d.Hard, 10);
                    else if (typeof d.Hard === "number")
                        m.Hard = d.Hard;
                    else if (typeof d.Hard === "object")
                        m.Hard = new $util.LongBits(d.Hard.low >>> 0, d.Hard.high >>> 0).toNumber(true);
                }
            }
            if (d.Soft != null) {
                if (typeof d.Soft === "object" ? d.Soft.low || d.Soft.high : $Number(d.Soft) !== 0) {
                    if ($util.Long)
                        m.Soft = $util.Long.fromValue(d.Soft, true);
                    else if (typeof d.Soft === "string")
                        m.Soft = $parseInt(d.Soft, 10);
                    else if (typeof d.Soft === "number")
                        m.Soft = d.Soft;
                    else if (typeof d.Soft === "object")
                        m.Soft = new $util.LongBits(d.Soft.low >>> 0, d.Soft.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        POSIXRlimit.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Type = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.Hard = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Hard = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.Soft = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Soft = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.Type != null && $Object.hasOwnProperty.call(m, "Type")) {
                d.Type = m.Type;
            }
            if (m.Hard != null && $Object.hasOwnProperty.call(m, "Hard")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Hard = typeof m.Hard === "number" ? $BigInt(m.Hard) : $util.Long.fromBits(m.Hard.low >>> 0, m.Hard.high >>> 0, true).toBigInt();
                else if (typeof m.Hard === "number")
                    d.Hard = o.longs === $String ? $String(m.Hard) : m.Hard;
                else
                    d.Hard = o.longs === $String ? $util.Long.prototype.toString.call(m.Hard) : o.longs === $Number ? new $util.LongBits(m.Hard.low >>> 0, m.Hard.high >>> 0).toNumber(true) : m.Hard;
            }
            if (m.Soft != null && $Object.hasOwnProperty.call(m, "Soft")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Soft = typeof m.Soft === "number" ? $BigInt(m.Soft) : $util.Long.fromBits(m.Soft.low >>> 0, m.Soft.high >>> 0, true).toBigInt();
                else if (typeof m.Soft === "number")
                    d.Soft = o.longs === $String ? $String(m.Soft) : m.Soft;
                else
                    d.Soft = o.longs === $String ? $util.Long.prototype.toString.call(m.Soft) : o.longs === $Number ? new $util.LongBits(m.Soft.low >>> 0, m.Soft.high >>> 0).toNumber(true) : m.Soft;
            }
            return d;
        };

        POSIXRlimit.prototype.toJSON = function() {
            return POSIXRlimit.toObject(this, $protobuf.util.toJSONOptions);
        };

        return POSIXRlimit;
    })();

    grpc.Mount = (function() {

        const Mount = function (p) {
            this.options = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Mount.prototype.destination = "";
        Mount.prototype.source = "";
        Mount.prototype.type = "";
        Mount.prototype.options = $util.emptyArray;

        Mount.create = function(properties) {
            return new Mount(properties);
        };

        Mount.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.destination != null && $Object.hasOwnProperty.call(m, "destination") && m.destination !== "")
                w.uint32(10).string(m.destination);
            if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== "")
                w.uint32(18).string(m.source);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                w.uint32(26).string(m.type);
            if (m.options != null && m.options.length) {
                for (var i = 0; i < m.options.length; ++i)
                    w.uint32(34).string(m.options[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Mount.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Mount();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.destination = v;
                        else
                            delete m.destination;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.source = v;
                        else
                            delete m.source;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.type = v;
                        else
                            delete m.type;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.options && m.options.length))
                            m.options = [];
                        m.options.push(r.stringVerify());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Mount.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Mount)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Mount: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Mount();
            if (d.destination != null) {
                if (typeof d.destination !== "string" || d.destination.length) {
                    m.destination = $String(d.destination);
                }
            }
            if (d.source != null) {
                if (typeof d.source !== "string" || d.source.length) {
                    m.source = $String(d.source);
                }
            }
            if (d.type != null) {
                if (typeof d.type !== "string" || d.type.length) {
                    m.type = $String(d.type);
                }
            }
            if (d.options) {
                if (!$Array.isArray(d.options))
                    throw $TypeError(".grpc.Mount.options: array expected");
                m.options = $Array(d.options.length);
                for (var i = 0; i < d.options.length; ++i) {
                    m.options[i] = $String(d.options[i]);
                }
            }
            return m;
        };

        Mount.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.options = [];
            }
            if (o.defaults) {
                d.destination = "";
                d.source = "";
                d.type = "";
            }
            if (m.destination != null && $Object.hasOwnProperty.call(m, "destination")) {
                d.destination = m.destination;
            }
            if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                d.source = m.source;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = m.type;
            }
            if (m.options && m.options.length) {
                d.options = $Array(m.options.length);
                for (var j = 0; j < m.options.length; ++j) {
                    d.options[j] = m.options[j];
                }
            }
            return d;
        };

        Mount.prototype.toJSON = function() {
            return Mount.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Mount;
    })();

    grpc.Root = (function() {

        const Root = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Root.prototype.Path = "";
        Root.prototype.Readonly = false;

        Root.create = function(properties) {
            return new Root(properties);
        };

        Root.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Path != null && $Object.hasOwnProperty.call(m, "Path") && m.Path !== "")
                w.uint32(10).string(m.Path);
            if (m.Readonly != null && $Object.hasOwnProperty.call(m, "Readonly") && m.Readonly !== false)
                w.uint32(16).bool(m.Readonly);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Root.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Root();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Path = v;
                        else
                            delete m.Path;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.Readonly = v;
                        else
                            delete m.Readonly;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Root.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Root)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Root: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Root();
            if (d.Path != null) {
                if (typeof d.Path !== "string" || d.Path.length) {
                    m.Path = $String(d.Path);
                }
            }
            if (d.Readonly != null) {
                if (d.Readonly) {
                    m.Readonly = $Boolean(d.Readonly);
                }
            }
            return m;
        };

        Root.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Path = "";
                d.Readonly = false;
            }
            if (m.Path != null && $Object.hasOwnProperty.call(m, "Path")) {
                d.Path = m.Path;
            }
            if (m.Readonly != null && $Object.hasOwnProperty.call(m, "Readonly")) {
                d.Readonly = m.Readonly;
            }
            return d;
        };

        Root.prototype.toJSON = function() {
            return Root.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Root;
    })();

    grpc.Hooks = (function() {

        const Hooks = function (p) {
            this.Prestart = [];
            this.Poststart = [];
            this.Poststop = [];
            this.CreateRuntime = [];
            this.CreateContainer = [];
            this.StartContainer = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Hooks.prototype.Prestart = $util.emptyArray;
        Hooks.prototype.Poststart = $util.emptyArray;
        Hooks.prototype.Poststop = $util.emptyArray;
        Hooks.prototype.CreateRuntime = $util.emptyArray;
        Hooks.prototype.CreateContainer = $util.emptyArray;
        Hooks.prototype.StartContainer = $util.emptyArray;

        Hooks.create = function(properties) {
            return new Hooks(properties);
        };

        Hooks.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Prestart != null && m.Prestart.length) {
                for (var i = 0; i < m.Prestart.length; ++i)
                    $root.grpc.Hook.encode(m.Prestart[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.Poststart != null && m.Poststart.length) {
                for (var i = 0; i < m.Poststart.length; ++i)
                    $root.grpc.Hook.encode(m.Poststart[i], w.uint32(18).fork(), q + 1).ldelim();
            }
            if (m.Poststop != null && m.Poststop.length) {
                for (var i = 0; i < m.Poststop.length; ++i)
                    $root.grpc.Hook.encode(m.Poststop[i], w.uint32(26).fork(), q + 1).ldelim();
            }
            if (m.CreateRuntime != null && m.CreateRuntime.length) {
                for (var i = 0; i < m.CreateRuntime.length; ++i)
                    $root.grpc.Hook.encode(m.CreateRuntime[i], w.uint32(34).fork(), q + 1).ldelim();
            }
            if (m.CreateContainer != null && m.CreateContainer.length) {
                for (var i = 0; i < m.CreateContainer.length; ++i)
                    $root.grpc.Hook.encode(m.CreateContainer[i], w.uint32(42).fork(), q + 1).ldelim();
            }
            if (m.StartContainer != null && m.StartContainer.length) {
                for (var i = 0; i < m.StartContainer.length; ++i)
                    $root.grpc.Hook.encode(m.StartContainer[i], w.uint32(50).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Hooks.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Hooks();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.Prestart && m.Prestart.length))
                            m.Prestart = [];
                        m.Prestart.push($root.grpc.Hook.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.Poststart && m.Poststart.length))
                            m.Poststart = [];
                        m.Poststart.push($root.grpc.Hook.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.Poststop && m.Poststop.length))
                            m.Poststop = [];
                        m.Poststop.push($root.grpc.Hook.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.CreateRuntime && m.CreateRuntime.length))
                            m.CreateRuntime = [];
                        m.CreateRuntime.push($root.grpc.Hook.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.CreateContainer && m.CreateContainer.length))
                            m.CreateContainer = [];
                        m.CreateContainer.push($root.grpc.Hook.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.StartContainer && m.StartContainer.length))
                            m.StartContainer = [];
                        m.StartContainer.push($root.grpc.Hook.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Hooks.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Hooks)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Hooks: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Hooks();
            if (d.Prestart) {
                if (!$Array.isArray(d.Prestart))
                    throw $TypeError(".grpc.Hooks.Prestart: array expected");
                m.Prestart = $Array(d.Prestart.length);
                for (var i = 0; i < d.Prestart.length; ++i) {
                    if (!$util.isObject(d.Prestart[i]))
                        throw $TypeError(".grpc.Hooks.Prestart: object expected");
                    m.Prestart[i] = $root.grpc.Hook.fromObject(d.Prestart[i], q + 1);
                }
            }
            if (d.Poststart) {
                if (!$Array.isArray(d.Poststart))
                    throw $TypeError(".grpc.Hooks.Poststart: array expected");
                m.Poststart = $Array(d.Poststart.length);
                for (var i = 0; i < d.Poststart.length; ++i) {
                    if (!$util.isObject(d.Poststart[i]))
                        throw $TypeError(".grpc.Hooks.Poststart: object expected");
                    m.Poststart[i] = $root.grpc.Hook.fromObject(d.Poststart[i], q + 1);
                }
            }
            if (d.Poststop) {
                if (!$Array.isArray(d.Poststop))
                    throw $TypeError(".grpc.Hooks.Poststop: array expected");
                m.Poststop = $Array(d.Poststop.length);
                for (var i = 0; i < d.Poststop.length; ++i) {
                    if (!$util.isObject(d.Poststop[i]))
                        throw $TypeError(".grpc.Hooks.Poststop: object expected");
                    m.Poststop[i] = $root.grpc.Hook.fromObject(d.Poststop[i], q + 1);
                }
            }
            if (d.CreateRuntime) {
                if (!$Array.isArray(d.CreateRuntime))
                    throw $TypeError(".grpc.Hooks.CreateRuntime: array expected");
                m.CreateRuntime = $Array(d.CreateRuntime.length);
                for (var i = 0; i < d.CreateRuntime.length; ++i) {
                    if (!$util.isObject(d.CreateRuntime[i]))
                        throw $TypeError(".grpc.Hooks.CreateRuntime: object expected");
                    m.CreateRuntime[i] = $root.grpc.Hook.fromObject(d.CreateRuntime[i], q + 1);
                }
            }
            if (d.CreateContainer) {
                if (!$Array.isArray(d.CreateContainer))
                    throw $TypeError(".grpc.Hooks.CreateContainer: array expected");
                m.CreateContainer = $Array(d.CreateContainer.length);
                for (var i = 0; i < d.CreateContainer.length; ++i) {
                    if (!$util.isObject(d.CreateContainer[i]))
                        throw $TypeError(".grpc.Hooks.CreateContainer: object expected");
                    m.CreateContainer[i] = $root.grpc.Hook.fromObject(d.CreateContainer[i], q + 1);
                }
            }
            if (d.StartContainer) {
                if (!$Array.isArray(d.StartContainer))
                    throw $TypeError(".grpc.Hooks.StartContainer: array expected");
                m.StartContainer = $Array(d.StartContainer.length);
                for (var i = 0; i < d.StartContainer.length; ++i) {
                    if (!$util.isObject(d.StartContainer[i]))
                        throw $TypeError(".grpc.Hooks.StartContainer: object expected");
                    m.StartContainer[i] = $root.grpc.Hook.fromObject(d.StartContainer[i], q + 1);
                }
            }
            return m;
        };

        Hooks.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Prestart = [];
                d.Poststart = [];
                d.Poststop = [];
                d.CreateRuntime = [];
                d.CreateContainer = [];
                d.StartContainer = [];
            }
            if (m.Prestart && m.Prestart.length) {
                d.Prestart = $Array(m.Prestart.length);
                for (var j = 0; j < m.Prestart.length; ++j) {
                    d.Prestart[j] = $root.grpc.Hook.toObject(m.Prestart[j], o, q + 1);
                }
            }
            if (m.Poststart && m.Poststart.length) {
                d.Poststart = $Array(m.Poststart.length);
                for (var j = 0; j < m.Poststart.length; ++j) {
                    d.Poststart[j] = $root.grpc.Hook.toObject(m.Poststart[j], o, q + 1);
                }
            }
            if (m.Poststop && m.Poststop.length) {
                d.Poststop = $Array(m.Poststop.length);
                for (var j = 0; j < m.Poststop.length; ++j) {
                    d.Poststop[j] = $root.grpc.Hook.toObject(m.Poststop[j], o, q + 1);
                }
            }
            if (m.CreateRuntime && m.CreateRuntime.length) {
                d.CreateRuntime = $Array(m.CreateRuntime.length);
                for (var j = 0; j < m.CreateRuntime.length; ++j) {
                    d.CreateRuntime[j] = $root.grpc.Hook.toObject(m.CreateRuntime[j], o, q + 1);
                }
            }
            if (m.CreateContainer && m.CreateContainer.length) {
                d.CreateContainer = $Array(m.CreateContainer.length);
                for (var j = 0; j < m.CreateContainer.length; ++j) {
                    d.CreateContainer[j] = $root.grpc.Hook.toObject(m.CreateContainer[j], o, q + 1);
                }
            }
            if (m.StartContainer && m.StartContainer.length) {
                d.StartContainer = $Array(m.StartContainer.length);
                for (var j = 0; j < m.StartContainer.length; ++j) {
                    d.StartContainer[j] = $root.grpc.Hook.toObject(m.StartContainer[j], o, q + 1);
                }
            }
            return d;
        };

        Hooks.prototype.toJSON = function() {
            return Hooks.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Hooks;
    })();

    grpc.Hook = (function() {

        const Hook = function (p) {
            this.Args = [];
            this.Env = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Hook.prototype.Path = "";
        Hook.prototype.Args = $util.emptyArray;
        Hook.prototype.Env = $util.emptyArray;
        Hook.prototype.Timeout = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        Hook.create = function(properties) {
            return new Hook(properties);
        };

        Hook.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Path != null && $Object.hasOwnProperty.call(m, "Path") && m.Path !== "")
                w.uint32(10).string(m.Path);
            if (m.Args != null && m.Args.length) {
                for (var i = 0; i < m.Args.length; ++i)
                    w.uint32(18).string(m.Args[i]);
            }
            if (m.Env != null && m.Env.length) {
                for (var i = 0; i < m.Env.length; ++i)
                    w.uint32(26).string(m.Env[i]);
            }
            if (m.Timeout != null && $Object.hasOwnProperty.call(m, "Timeout") && (typeof m.Timeout === "object" ? m.Timeout.low || m.Timeout.high : m.Timeout !== 0))
                w.uint32(32).int64(m.Timeout);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Hook.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Hook();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Path = v;
                        else
                            delete m.Path;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.Args && m.Args.length))
                            m.Args = [];
                        m.Args.push(r.stringVerify());
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.Env && m.Env.length))
                            m.Env = [];
                        m.Env.push(r.stringVerify());
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Timeout = v;
                        else
                            delete m.Timeout;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Hook.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Hook)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Hook: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Hook();
            if (d.Path != null) {
                if (typeof d.Path !== "string" || d.Path.length) {
                    m.Path = $String(d.Path);
                }
            }
            if (d.Args) {
                if (!$Array.isArray(d.Args))
                    throw $TypeError(".grpc.Hook.Args: array expected");
                m.Args = $Array(d.Args.length);
                for (var i = 0; i < d.Args.length; ++i) {
                    m.Args[i] = $String(d.Args[i]);
                }
            }
            if (d.Env) {
                if (!$Array.isArray(d.Env))
                    throw $TypeError(".grpc.Hook.Env: array expected");
                m.Env = $Array(d.Env.length);
                for (var i = 0; i < d.Env.length; ++i) {
                    m.Env[i] = $String(d.Env[i]);
                }
            }
            if (d.Timeout != null) {
                if (typeof d.Timeout === "object" ? d.Timeout.low || d.Timeout.high : $Number(d.Timeout) !== 0) {
                    if ($util.Long)
                        m.Timeout = $util.Long.fromValue(d.Timeout, false);
                    else if (typeof d.Timeout === "string")
                        m.Timeout = $parseInt(d.Timeout, 10);
                    else if (typeof d.Timeout === "number")
                        m.Timeout = d.Timeout;
                    else if (typeof d.Timeout === "object")
                        m.Timeout = new $util.LongBits(d.Timeout.low >>> 0, d.Timeout.high >>> 0).toNumber();
                }
            }
            return m;
        };

        Hook.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Args = [];
                d.Env = [];
            }
            if (o.defaults) {
                d.Path = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Timeout = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Timeout = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.Path != null && $Object.hasOwnProperty.call(m, "Path")) {
                d.Path = m.Path;
            }
            if (m.Args && m.Args.length) {
                d.Args = $Array(m.Args.length);
                for (var j = 0; j < m.Args.length; ++j) {
                    d.Args[j] = m.Args[j];
                }
            }
            if (m.Env && m.Env.length) {
                d.Env = $Array(m.Env.length);
                for (var j = 0; j < m.Env.length; ++j) {
                    d.Env[j] = m.Env[j];
                }
            }
            if (m.Timeout != null && $Object.hasOwnProperty.call(m, "Timeout")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Timeout = typeof m.Timeout === "number" ? $BigInt(m.Timeout) : $util.Long.fromBits(m.Timeout.low >>> 0, m.Timeout.high >>> 0, false).toBigInt();
                else if (typeof m.Timeout === "number")
                    d.Timeout = o.longs === $String ? $String(m.Timeout) : m.Timeout;
                else
                    d.Timeout = o.longs === $String ? $util.Long.prototype.toString.call(m.Timeout) : o.longs === $Number ? new $util.LongBits(m.Timeout.low >>> 0, m.Timeout.high >>> 0).toNumber() : m.Timeout;
            }
            return d;
        };

        Hook.prototype.toJSON = function() {
            return Hook.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Hook;
    })();

    grpc.Linux = (function() {

        const Linux = function (p) {
            this.UIDMappings = [];
            this.GIDMappings = [];
            this.Sysctl = {};
            this.Namespaces = [];
            this.Devices = [];
            this.MaskedPaths = [];
            this.ReadonlyPaths = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Linux.prototype.UIDMappings = $util.emptyArray;
        Linux.prototype.GIDMappings = $util.emptyArray;
        Linux.prototype.Sysctl = $util.emptyObject;
        Linux.prototype.Resources = null;
        Linux.prototype.CgroupsPath = "";
        Linux.prototype.Namespaces = $util.emptyArray;
        Linux.prototype.Devices = $util.emptyArray;
        Linux.prototype.Seccomp = null;
        Linux.prototype.RootfsPropagation = "";
        Linux.prototype.MaskedPaths = $util.emptyArray;
        Linux.prototype.ReadonlyPaths = $util.emptyArray;
        Linux.prototype.MountLabel = "";
        Linux.prototype.IntelRdt = null;

        Linux.create = function(properties) {
            return new Linux(properties);
        };

        Linux.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.UIDMappings != null && m.UIDMappings.length) {
                for (var i = 0; i < m.UIDMappings.length; ++i)
                    $root.grpc.LinuxIDMapping.encode(m.UIDMappings[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.GIDMappings != null && m.GIDMappings.length) {
                for (var i = 0; i < m.GIDMappings.length; ++i)
                    $root.grpc.LinuxIDMapping.encode(m.GIDMappings[i], w.uint32(18).fork(), q + 1).ldelim();
            }
            if (m.Sysctl != null && $Object.hasOwnProperty.call(m, "Sysctl")) {
                for (var ks = $Object.keys(m.Sysctl), i = 0; i < ks.length; ++i) {
                    w.uint32(26).fork().uint32(10).string(ks[i]).uint32(18).string(m.Sysctl[ks[i]]).ldelim();
                }
            }
            if (m.Resources != null && $Object.hasOwnProperty.call(m, "Resources"))
                $root.grpc.LinuxResources.encode(m.Resources, w.uint32(34).fork(), q + 1).ldelim();
            if (m.CgroupsPath != null && $Object.hasOwnProperty.call(m, "CgroupsPath") && m.CgroupsPath !== "")
                w.uint32(42).string(m.CgroupsPath);
            if (m.Namespaces != null && m.Namespaces.length) {
                for (var i = 0; i < m.Namespaces.length; ++i)
                    $root.grpc.LinuxNamespace.encode(m.Namespaces[i], w.uint32(50).fork(), q + 1).ldelim();
            }
            if (m.Devices != null && m.Devices.length) {
                for (var i = 0; i < m.Devices.length; ++i)
                    $root.grpc.LinuxDevice.encode(m.Devices[i], w.uint32(58).fork(), q + 1).ldelim();
            }
            if (m.Seccomp != null && $Object.hasOwnProperty.call(m, "Seccomp"))
                $root.grpc.LinuxSeccomp.encode(m.Seccomp, w.uint32(66).fork(), q + 1).ldelim();
            if (m.RootfsPropagation != null && $Object.hasOwnProperty.call(m, "RootfsPropagation") && m.RootfsPropagation !== "")
                w.uint32(74).string(m.RootfsPropagation);
            if (m.MaskedPaths != null && m.MaskedPaths.length) {
                for (var i = 0; i < m.MaskedPaths.length; ++i)
                    w.uint32(82).string(m.MaskedPaths[i]);
            }
            if (m.ReadonlyPaths != null && m.ReadonlyPaths.length) {
                for (var i = 0; i < m.ReadonlyPaths.length; ++i)
                    w.uint32(90).string(m.ReadonlyPaths[i]);
            }
            if (m.MountLabel != null && $Object.hasOwnProperty.call(m, "MountLabel") && m.MountLabel !== "")
                w.uint32(98).string(m.MountLabel);
            if (m.IntelRdt != null && $Object.hasOwnProperty.call(m, "IntelRdt"))
                $root.grpc.LinuxIntelRdt.encode(m.IntelRdt, w.uint32(106).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Linux.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, k, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Linux();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.UIDMappings && m.UIDMappings.length))
                            m.UIDMappings = [];
                        m.UIDMappings.push($root.grpc.LinuxIDMapping.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.GIDMappings && m.GIDMappings.length))
                            m.GIDMappings = [];
                        m.GIDMappings.push($root.grpc.LinuxIDMapping.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (m.Sysctl === $util.emptyObject)
                            m.Sysctl = {};
                        var c2 = r.size() + r.pos;
                        if (c2 > r.len)
                            throw $RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        v = "";
                        while (r.pos < c2) {
                            var t2 = r.tag();
                            u = t2 & 7;
                            switch (t2 >>>= 3) {
                            case 1:
                                if (u !== 2)
                                    break;
                                k = r.stringVerify();
                                continue;
                            case 2:
                                if (u !== 2)
                                    break;
                                v = r.stringVerify();
                                continue;
                            }
                            r.skipType(u, q, t2);
                        }
                        if (r.pos !== c2)
                            throw $RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.Sysctl, k);
                        m.Sysctl[k] = v;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.Resources = $root.grpc.LinuxResources.decode(r, r.size(), $undefined, q + 1, m.Resources);
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.CgroupsPath = v;
                        else
                            delete m.CgroupsPath;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.Namespaces && m.Namespaces.length))
                            m.Namespaces = [];
                        m.Namespaces.push($root.grpc.LinuxNamespace.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if (!(m.Devices && m.Devices.length))
                            m.Devices = [];
                        m.Devices.push($root.grpc.LinuxDevice.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.Seccomp = $root.grpc.LinuxSeccomp.decode(r, r.size(), $undefined, q + 1, m.Seccomp);
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.RootfsPropagation = v;
                        else
                            delete m.RootfsPropagation;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        if (!(m.MaskedPaths && m.MaskedPaths.length))
                            m.MaskedPaths = [];
                        m.MaskedPaths.push(r.stringVerify());
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        if (!(m.ReadonlyPaths && m.ReadonlyPaths.length))
                            m.ReadonlyPaths = [];
                        m.ReadonlyPaths.push(r.stringVerify());
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.MountLabel = v;
                        else
                            delete m.MountLabel;
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        m.IntelRdt = $root.grpc.LinuxIntelRdt.decode(r, r.size(), $undefined, q + 1, m.IntelRdt);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Linux.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Linux)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Linux: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Linux();
            if (d.UIDMappings) {
                if (!$Array.isArray(d.UIDMappings))
                    throw $TypeError(".grpc.Linux.UIDMappings: array expected");
                m.UIDMappings = $Array(d.UIDMappings.length);
                for (var i = 0; i < d.UIDMappings.length; ++i) {
                    if (!$util.isObject(d.UIDMappings[i]))
                        throw $TypeError(".grpc.Linux.UIDMappings: object expected");
                    m.UIDMappings[i] = $root.grpc.LinuxIDMapping.fromObject(d.UIDMappings[i], q + 1);
                }
            }
            if (d.GIDMappings) {
                if (!$Array.isArray(d.GIDMappings))
                    throw $TypeError(".grpc.Linux.GIDMappings: array expected");
                m.GIDMappings = $Array(d.GIDMappings.length);
                for (var i = 0; i < d.GIDMappings.length; ++i) {
                    if (!$util.isObject(d.GIDMappings[i]))
                        throw $TypeError(".grpc.Linux.GIDMappings: object expected");
                    m.GIDMappings[i] = $root.grpc.LinuxIDMapping.fromObject(d.GIDMappings[i], q + 1);
                }
            }
            if (d.Sysctl) {
                if (!$util.isObject(d.Sysctl))
                    throw $TypeError(".grpc.Linux.Sysctl: object expected");
                m.Sysctl = {};
                for (var ks = $Object.keys(d.Sysctl), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.Sysctl, ks[i]);
                    m.Sysctl[ks[i]] = $String(d.Sysctl[ks[i]]);
                }
            }
            if (d.Resources != null) {
                if (!$util.isObject(d.Resources))
                    throw $TypeError(".grpc.Linux.Resources: object expected");
                m.Resources = $root.grpc.LinuxResources.fromObject(d.Resources, q + 1);
            }
            if (d.CgroupsPath != null) {
                if (typeof d.CgroupsPath !== "string" || d.CgroupsPath.length) {
                    m.CgroupsPath = $String(d.CgroupsPath);
                }
            }
            if (d.Namespaces) {
                if (!$Array.isArray(d.Namespaces))
                    throw $TypeError(".grpc.Linux.Namespaces: array expected");
                m.Namespaces = $Array(d.Namespaces.length);
                for (var i = 0; i < d.Namespaces.length; ++i) {
                    if (!$util.isObject(d.Namespaces[i]))
                        throw $TypeError(".grpc.Linux.Namespaces: object expected");
                    m.Namespaces[i] = $root.grpc.LinuxNamespace.fromObject(d.Namespaces[i], q + 1);
                }
            }
            if (d.Devices) {
                if (!$Array.isArray(d.Devices))
                    throw $TypeError(".grpc.Linux.Devices: array expected");
                m.Devices = $Array(d.Devices.length);
                for (var i = 0; i < d.Devices.length; ++i) {
                    if (!$util.isObject(d.Devices[i]))
                        throw $TypeError(".grpc.Linux.Devices: object expected");
                    m.Devices[i] = $root.grpc.LinuxDevice.fromObject(d.Devices[i], q + 1);
                }
            }
            if (d.Seccomp != null) {
                if (!$util.isObject(d.Seccomp))
                    throw $TypeError(".grpc.Linux.Seccomp: object expected");
                m.Seccomp = $root.grpc.LinuxSeccomp.fromObject(d.Seccomp, q + 1);
            }
            if (d.RootfsPropagation != null) {
                if (typeof d.RootfsPropagation !== "string" || d.RootfsPropagation.length) {
                    m.RootfsPropagation = $String(d.RootfsPropagation);
                }
            }
            if (d.MaskedPaths) {
                if (!$Array.isArray(d.MaskedPaths))
                    throw $TypeError(".grpc.Linux.MaskedPaths: array expected");
                m.MaskedPaths = $Array(d.MaskedPaths.length);
                for (var i = 0; i < d.MaskedPaths.length; ++i) {
                    m.MaskedPaths[i] = $String(d.MaskedPaths[i]);
                }
            }
            if (d.ReadonlyPaths) {
                if (!$Array.isArray(d.ReadonlyPaths))
                    throw $TypeError(".grpc.Linux.ReadonlyPaths: array expected");
                m.ReadonlyPaths = $Array(d.ReadonlyPaths.length);
                for (var i = 0; i < d.ReadonlyPaths.length; ++i) {
                    m.ReadonlyPaths[i] = $String(d.ReadonlyPaths[i]);
                }
            }
            if (d.MountLabel != null) {
                if (typeof d.MountLabel !== "string" || d.MountLabel.length) {
                    m.MountLabel = $String(d.MountLabel);
                }
            }
            if (d.IntelRdt != null) {
                if (!$util.isObject(d.IntelRdt))
                    throw $TypeError(".grpc.Linux.IntelRdt: object expected");
                m.IntelRdt = $root.grpc.LinuxIntelRdt.fromObject(d.IntelRdt, q + 1);
            }
            return m;
        };

        Linux.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.UIDMappings = [];
                d.GIDMappings = [];
                d.Namespaces = [];
                d.Devices = [];
                d.MaskedPaths = [];
                d.ReadonlyPaths = [];
            }
            if (o.objects || o.defaults) {
                d.Sysctl = {};
            }
            if (o.defaults) {
                d.Resources = null;
                d.CgroupsPath = "";
                d.Seccomp = null;
                d.RootfsPropagation = "";
                d.MountLabel = "";
                d.IntelRdt = null;
            }
            if (m.UIDMappings && m.UIDMappings.length) {
                d.UIDMappings = $Array(m.UIDMappings.length);
                for (var j = 0; j < m.UIDMappings.length; ++j) {
                    d.UIDMappings[j] = $root.grpc.LinuxIDMapping.toObject(m.UIDMappings[j], o, q + 1);
                }
            }
            if (m.GIDMappings && m.GIDMappings.length) {
                d.GIDMappings = $Array(m.GIDMappings.length);
                for (var j = 0; j < m.GIDMappings.length; ++j) {
                    d.GIDMappings[j] = $root.grpc.LinuxIDMapping.toObject(m.GIDMappings[j], o, q + 1);
                }
            }
            var ks2;
            if (m.Sysctl && (ks2 = $Object.keys(m.Sysctl)).length) {
                d.Sysctl = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.Sysctl, ks2[j]);
                    d.Sysctl[ks2[j]] = m.Sysctl[ks2[j]];
                }
            }
            if (m.Resources != null && $Object.hasOwnProperty.call(m, "Resources")) {
                d.Resources = $root.grpc.LinuxResources.toObject(m.Resources, o, q + 1);
            }
            if (m.CgroupsPath != null && $Object.hasOwnProperty.call(m, "CgroupsPath")) {
                d.CgroupsPath = m.CgroupsPath;
            }
            if (m.Namespaces && m.Namespaces.length) {
                d.Namespaces = $Array(m.Namespaces.length);
                for (var j = 0; j < m.Namespaces.length; ++j) {
                    d.Namespaces[j] = $root.grpc.LinuxNamespace.toObject(m.Namespaces[j], o, q + 1);
                }
            }
            if (m.Devices && m.Devices.length) {
                d.Devices = $Array(m.Devices.length);
                for (var j = 0; j < m.Devices.length; ++j) {
                    d.Devices[j] = $root.grpc.LinuxDevice.toObject(m.Devices[j], o, q + 1);
                }
            }
            if (m.Seccomp != null && $Object.hasOwnProperty.call(m, "Seccomp")) {
                d.Seccomp = $root.grpc.LinuxSeccomp.toObject(m.Seccomp, o, q + 1);
            }
            if (m.RootfsPropagation != null && $Object.hasOwnProperty.call(m, "RootfsPropagation")) {
                d.RootfsPropagation = m.RootfsPropagation;
            }
            if (m.MaskedPaths && m.MaskedPaths.length) {
                d.MaskedPaths = $Array(m.MaskedPaths.length);
                for (var j = 0; j < m.MaskedPaths.length; ++j) {
                    d.MaskedPaths[j] = m.MaskedPaths[j];
                }
            }
            if (m.ReadonlyPaths && m.ReadonlyPaths.length) {
                d.ReadonlyPaths = $Array(m.ReadonlyPaths.length);
                for (var j = 0; j < m.ReadonlyPaths.length; ++j) {
                    d.ReadonlyPaths[j] = m.ReadonlyPaths[j];
                }
            }
            if (m.MountLabel != null && $Object.hasOwnProperty.call(m, "MountLabel")) {
                d.MountLabel = m.MountLabel;
            }
            if (m.IntelRdt != null && $Object.hasOwnProperty.call(m, "IntelRdt")) {
                d.IntelRdt = $root.grpc.LinuxIntelRdt.toObject(m.IntelRdt, o, q + 1);
            }
            return d;
        };

        Linux.prototype.toJSON = function() {
            return Linux.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Linux;
    })();

    grpc.Windows = (function() {

        const Windows = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Windows.prototype.dummy = "";

        Windows.create = function(properties) {
            return new Windows(properties);
        };

        Windows.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dummy != null && $Object.hasOwnProperty.call(m, "dummy") && m.dummy !== "")
                w.uint32(10).string(m.dummy);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Windows.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Windows();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.dummy = v;
                        else
                            delete m.dummy;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Windows.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Windows)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Windows: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Windows();
            if (d.dummy != null) {
                if (typeof d.dummy !== "string" || d.dummy.length) {
                    m.dummy = $String(d.dummy);
                }
            }
            return m;
        };

        Windows.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.dummy = "";
            }
            if (m.dummy != null && $Object.hasOwnProperty.call(m, "dummy")) {
                d.dummy = m.dummy;
            }
            return d;
        };

        Windows.prototype.toJSON = function() {
            return Windows.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Windows;
    })();

    grpc.Solaris = (function() {

        const Solaris = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Solaris.prototype.dummy = "";

        Solaris.create = function(properties) {
            return new Solaris(properties);
        };

        Solaris.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dummy != null && $Object.hasOwnProperty.call(m, "dummy") && m.dummy !== "")
                w.uint32(10).string(m.dummy);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Solaris.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.Solaris();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.dummy = v;
                        else
                            delete m.dummy;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Solaris.fromObject = function (d, q) {
            if (d instanceof $root.grpc.Solaris)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.Solaris: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.Solaris();
            if (d.dummy != null) {
                if (typeof d.dummy !== "string" || d.dummy.length) {
                    m.dummy = $String(d.dummy);
                }
            }
            return m;
        };

        Solaris.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.dummy = "";
            }
            if (m.dummy != null && $Object.hasOwnProperty.call(m, "dummy")) {
                d.dummy = m.dummy;
            }
            return d;
        };

        Solaris.prototype.toJSON = function() {
            return Solaris.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Solaris;
    })();

    grpc.LinuxIDMapping = (function() {

        const LinuxIDMapping = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxIDMapping.prototype.HostID = 0;
        LinuxIDMapping.prototype.ContainerID = 0;
        LinuxIDMapping.prototype.Size = 0;

        LinuxIDMapping.create = function(properties) {
            return new LinuxIDMapping(properties);
        };

        LinuxIDMapping.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.HostID != null && $Object.hasOwnProperty.call(m, "HostID") && m.HostID !== 0)
                w.uint32(8).uint32(m.HostID);
            if (m.ContainerID != null && $Object.hasOwnProperty.call(m, "ContainerID") && m.ContainerID !== 0)
                w.uint32(16).uint32(m.ContainerID);
            if (m.Size != null && $Object.hasOwnProperty.call(m, "Size") && m.Size !== 0)
                w.uint32(24).uint32(m.Size);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxIDMapping.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxIDMapping();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.HostID = v;
                        else
                            delete m.HostID;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.ContainerID = v;
                        else
                            delete m.ContainerID;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.Size = v;
                        else
                            delete m.Size;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxIDMapping.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxIDMapping)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxIDMapping: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxIDMapping();
            if (d.HostID != null) {
                if ($Number(d.HostID) !== 0) {
                    m.HostID = d.HostID >>> 0;
                }
            }
            if (d.ContainerID != null) {
                if ($Number(d.ContainerID) !== 0) {
                    m.ContainerID = d.ContainerID >>> 0;
                }
            }
            if (d.Size != null) {
                if ($Number(d.Size) !== 0) {
                    m.Size = d.Size >>> 0;
                }
            }
            return m;
        };

        LinuxIDMapping.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.HostID = 0;
                d.ContainerID = 0;
                d.Size = 0;
            }
            if (m.HostID != null && $Object.hasOwnProperty.call(m, "HostID")) {
                d.HostID = m.HostID;
            }
            if (m.ContainerID != null && $Object.hasOwnProperty.call(m, "ContainerID")) {
                d.ContainerID = m.ContainerID;
            }
            if (m.Size != null && $Object.hasOwnProperty.call(m, "Size")) {
                d.Size = m.Size;
            }
            return d;
        };

        LinuxIDMapping.prototype.toJSON = function() {
            return LinuxIDMapping.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxIDMapping;
    })();

    grpc.LinuxNamespace = (function() {

        const LinuxNamespace = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxNamespace.prototype.Type = "";
        LinuxNamespace.prototype.Path = "";

        LinuxNamespace.create = function(properties) {
            return new LinuxNamespace(properties);
        };

        LinuxNamespace.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Type != null && $Object.hasOwnProperty.call(m, "Type") && m.Type !== "")
                w.uint32(10).string(m.Type);
            if (m.Path != null && $Object.hasOwnProperty.call(m, "Path") && m.Path !== "")
                w.uint32(18).string(m.Path);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxNamespace.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxNamespace();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Type = v;
                        else
                            delete m.Type;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Path = v;
                        else
                            delete m.Path;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxNamespace.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxNamespace)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxNamespace: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxNamespace();
            if (d.Type != null) {
                if (typeof d.Type !== "string" || d.Type.length) {
                    m.Type = $String(d.Type);
                }
            }
            if (d.Path != null) {
                if (typeof d.Path !== "string" || d.Path.length) {
                    m.Path = $String(d.Path);
                }
            }
            return m;
        };

        LinuxNamespace.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Type = "";
                d.Path = "";
            }
            if (m.Type != null && $Object.hasOwnProperty.call(m, "Type")) {
                d.Type = m.Type;
            }
            if (m.Path != null && $Object.hasOwnProperty.call(m, "Path")) {
                d.Path = m.Path;
            }
            return d;
        };

        LinuxNamespace.prototype.toJSON = function() {
            return LinuxNamespace.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxNamespace;
    })();

    grpc.LinuxDevice = (function() {

        const LinuxDevice = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxDevice.prototype.Path = "";
        LinuxDevice.prototype.Type = "";
        LinuxDevice.prototype.Major = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxDevice.prototype.Minor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxDevice.prototype.FileMode = 0;
        LinuxDevice.prototype.UID = 0;
        LinuxDevice.prototype.GID = 0;

        LinuxDevice.create = function(properties) {
            return new LinuxDevice(properties);
        };

        LinuxDevice.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Path != null && $Object.hasOwnProperty.call(m, "Path") && m.Path !== "")
                w.uint32(10).string(m.Path);
            if (m.Type != null && $Object.hasOwnProperty.call(m, "Type") && m.Type !== "")
                w.uint32(18).string(m.Type);
            if (m.Major != null && $Object.hasOwnProperty.call(m, "Major") && (typeof m.Major === "object" ? m.Major.low || m.Major.high : m.Major !== 0))
                w.uint32(24).int64(m.Major);
            if (m.Minor != null && $Object.hasOwnProperty.call(m, "Minor") && (typeof m.Minor === "object" ? m.Minor.low || m.Minor.high : m.Minor !== 0))
                w.uint32(32).int64(m.Minor);
            if (m.FileMode != null && $Object.hasOwnProperty.call(m, "FileMode") && m.FileMode !== 0)
                w.uint32(40).uint32(m.FileMode);
            if (m.UID != null && $Object.hasOwnProperty.call(m, "UID") && m.UID !== 0)
                w.uint32(48).uint32(m.UID);
            if (m.GID != null && $Object.hasOwnProperty.call(m, "GID") && m.GID !== 0)
                w.uint32(56).uint32(m.GID);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxDevice.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxDevice();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Path = v;
                        else
                            delete m.Path;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Type = v;
                        else
                            delete m.Type;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Major = v;
                        else
                            delete m.Major;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Minor = v;
                        else
                            delete m.Minor;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.FileMode = v;
                        else
                            delete m.FileMode;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.UID = v;
                        else
                            delete m.UID;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.GID = v;
                        else
                            delete m.GID;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxDevice.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxDevice)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxDevice: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxDevice();
            if (d.Path != null) {
                if (typeof d.Path !== "string" || d.Path.length) {
                    m.Path = $String(d.Path);
                }
            }
            if (d.Type != null) {
                if (typeof d.Type !== "string" || d.Type.length) {
                    m.Type = $String(d.Type);
                }
            }
            if (d.Major != null) {
                if (typeof d.Major === "object" ? d.Major.low || d.Major.high : $Number(d.Major) !== 0) {
                    if ($util.Long)
                        m.Major = $util.Long.fromValue(d.Major, false);
                    else if (typeof d.Major === "string")
                        m.Major = $parseInt(d.Major, 10);
                    else if (typeof d.Major === "number")
                        m.Major = d.Major;
                    else if (typeof d.Major === "object")
                        m.Major = new $util.LongBits(d.Major.low >>> 0, d.Major.high >>> 0).toNumber();
                }
            }
            if (d.Minor != null) {
                if (typeof d.Minor === "object" ? d.Minor.low || d.Minor.high : $Number(d.Minor) !== 0) {
                    if ($util.Long)
                        m.Minor = $util.Long.fromValue(d.Minor, false);
                    else if (typeof d.Minor === "string")
                        m.Minor = $parseInt(d.Minor, 10);
                    else if (typeof d.Minor === "number")
                        m.Minor = d.Minor;
                    else if (typeof d.Minor === "object")
                        m.Minor = new $util.LongBits(d.Minor.low >>> 0, d.Minor.high >>> 0).toNumber();
                }
            }
            if (d.FileMode != null) {
                if ($Number(d.FileMode) !== 0) {
                    m.FileMode = d.FileMode >>> 0;
                }
            }
            if (d.UID != null) {
                if ($Number(d.UID) !== 0) {
                    m.UID = d.UID >>> 0;
                }
            }
            if (d.GID != null) {
                if ($Number(d.GID) !== 0) {
                    m.GID = d.GID >>> 0;
                }
            }
            return m;
        };

        LinuxDevice.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Path = "";
                d.Type = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Major = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Major = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Minor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Minor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.FileMode = 0;
                d.UID = 0;
                d.GID = 0;
            }
            if (m.Path != null && $Object.hasOwnProperty.call(m, "Path")) {
                d.Path = m.Path;
            }
            if (m.Type != null && $Object.hasOwnProperty.call(m, "Type")) {
                d.Type = m.Type;
            }
            if (m.Major != null && $Object.hasOwnProperty.call(m, "Major")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Major = typeof m.Major === "number" ? $BigInt(m.Major) : $util.Long.fromBits(m.Major.low >>> 0, m.Major.high >>> 0, false).toBigInt();
                else if (typeof m.Major === "number")
                    d.Major = o.longs === $String ? $String(m.Major) : m.Major;
                else
                    d.Major = o.longs === $String ? $util.Long.prototype.toString.call(m.Major) : o.longs === $Number ? new $util.LongBits(m.Major.low >>> 0, m.Major.high >>> 0).toNumber() : m.Major;
            }
            if (m.Minor != null && $Object.hasOwnProperty.call(m, "Minor")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Minor = typeof m.Minor === "number" ? $BigInt(m.Minor) : $util.Long.fromBits(m.Minor.low >>> 0, m.Minor.high >>> 0, false).toBigInt();
                else if (typeof m.Minor === "number")
                    d.Minor = o.longs === $String ? $String(m.Minor) : m.Minor;
                else
                    d.Minor = o.longs === $String ? $util.Long.prototype.toString.call(m.Minor) : o.longs === $Number ? new $util.LongBits(m.Minor.low >>> 0, m.Minor.high >>> 0).toNumber() : m.Minor;
            }
            if (m.FileMode != null && $Object.hasOwnProperty.call(m, "FileMode")) {
                d.FileMode = m.FileMode;
            }
            if (m.UID != null && $Object.hasOwnProperty.call(m, "UID")) {
                d.UID = m.UID;
            }
            if (m.GID != null && $Object.hasOwnProperty.call(m, "GID")) {
                d.GID = m.GID;
            }
            return d;
        };

        LinuxDevice.prototype.toJSON = function() {
            return LinuxDevice.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxDevice;
    })();

    grpc.LinuxResources = (function() {

        const LinuxResources = function (p) {
            this.Devices = [];
            this.HugepageLimits = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxResources.prototype.Devices = $util.emptyArray;
        LinuxResources.prototype.Memory = null;
        LinuxResources.prototype.CPU = null;
        LinuxResources.prototype.Pids = null;
        LinuxResources.prototype.BlockIO = null;
        LinuxResources.prototype.HugepageLimits = $util.emptyArray;
        LinuxResources.prototype.Network = null;

        LinuxResources.create = function(properties) {
            return new LinuxResources(properties);
        };

        LinuxResources.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Devices != null && m.Devices.length) {
                for (var i = 0; i < m.Devices.length; ++i)
                    $root.grpc.LinuxDeviceCgroup.encode(m.Devices[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.Memory != null && $Object.hasOwnProperty.call(m, "Memory"))
                $root.grpc.LinuxMemory.encode(m.Memory, w.uint32(18).fork(), q + 1).ldelim();
            if (m.CPU != null && $Object.hasOwnProperty.call(m, "CPU"))
                $root.grpc.LinuxCPU.encode(m.CPU, w.uint32(26).fork(), q + 1).ldelim();
            if (m.Pids != null && $Object.hasOwnProperty.call(m, "Pids"))
                $root.grpc.LinuxPids.encode(m.Pids, w.uint32(34).fork(), q + 1).ldelim();
            if (m.BlockIO != null && $Object.hasOwnProperty.call(m, "BlockIO"))
                $root.grpc.LinuxBlockIO.encode(m.BlockIO, w.uint32(42).fork(), q + 1).ldelim();
            if (m.HugepageLimits != null && m.HugepageLimits.length) {
                for (var i = 0; i < m.HugepageLimits.length; ++i)
                    $root.grpc.LinuxHugepageLimit.encode(m.HugepageLimits[i], w.uint32(50).fork(), q + 1).ldelim();
            }
            if (m.Network != null && $Object.hasOwnProperty.call(m, "Network"))
                $root.grpc.LinuxNetwork.encode(m.Network, w.uint32(58).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxResources.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxResources();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.Devices && m.Devices.length))
                            m.Devices = [];
                        m.Devices.push($root.grpc.LinuxDeviceCgroup.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.Memory = $root.grpc.LinuxMemory.decode(r, r.size(), $undefined, q + 1, m.Memory);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.CPU = $root.grpc.LinuxCPU.decode(r, r.size(), $undefined, q + 1, m.CPU);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.Pids = $root.grpc.LinuxPids.decode(r, r.size(), $undefined, q + 1, m.Pids);
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.BlockIO = $root.grpc.LinuxBlockIO.decode(r, r.size(), $undefined, q + 1, m.BlockIO);
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.HugepageLimits && m.HugepageLimits.length))
                            m.HugepageLimits = [];
                        m.HugepageLimits.push($root.grpc.LinuxHugepageLimit.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.Network = $root.grpc.LinuxNetwork.decode(r, r.size(), $undefined, q + 1, m.Network);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxResources.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxResources)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxResources: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxResources();
            if (d.Devices) {
                if (!$Array.isArray(d.Devices))
                    throw $TypeError(".grpc.LinuxResources.Devices: array expected");
                m.Devices = $Array(d.Devices.length);
                for (var i = 0; i < d.Devices.length; ++i) {
                    if (!$util.isObject(d.Devices[i]))
                        throw $TypeError(".grpc.LinuxResources.Devices: object expected");
                    m.Devices[i] = $root.grpc.LinuxDeviceCgroup.fromObject(d.Devices[i], q + 1);
                }
            }
            if (d.Memory != null) {
                if (!$util.isObject(d.Memory))
                    throw $TypeError(".grpc.LinuxResources.Memory: object expected");
                m.Memory = $root.grpc.LinuxMemory.fromObject(d.Memory, q + 1);
            }
            if (d.CPU != null) {
                if (!$util.isObject(d.CPU))
                    throw $TypeError(".grpc.LinuxResources.CPU: object expected");
                m.CPU = $root.grpc.LinuxCPU.fromObject(d.CPU, q + 1);
            }
            if (d.Pids != null) {
                if (!$util.isObject(d.Pids))
                    throw $TypeError(".grpc.LinuxResources.Pids: object expected");
                m.Pids = $root.grpc.LinuxPids.fromObject(d.Pids, q + 1);
            }
            if (d.BlockIO != null) {
                if (!$util.isObject(d.BlockIO))
                    throw $TypeError(".grpc.LinuxResources.BlockIO: object expected");
                m.BlockIO = $root.grpc.LinuxBlockIO.fromObject(d.BlockIO, q + 1);
            }
            if (d.HugepageLimits) {
                if (!$Array.isArray(d.HugepageLimits))
                    throw $TypeError(".grpc.LinuxResources.HugepageLimits: array expected");
                m.HugepageLimits = $Array(d.HugepageLimits.length);
                for (var i = 0; i < d.HugepageLimits.length; ++i) {
                    if (!$util.isObject(d.HugepageLimits[i]))
                        throw $TypeError(".grpc.LinuxResources.HugepageLimits: object expected");
                    m.HugepageLimits[i] = $root.grpc.LinuxHugepageLimit.fromObject(d.HugepageLimits[i], q + 1);
                }
            }
            if (d.Network != null) {
                if (!$util.isObject(d.Network))
                    throw $TypeError(".grpc.LinuxResources.Network: object expected");
                m.Network = $root.grpc.LinuxNetwork.fromObject(d.Network, q + 1);
            }
            return m;
        };

        LinuxResources.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Devices = [];
                d.HugepageLimits = [];
            }
            if (o.defaults) {
                d.Memory = null;
                d.CPU = null;
                d.Pids = null;
                d.BlockIO = null;
                d.Network = null;
            }
            if (m.Devices && m.Devices.length) {
                d.Devices = $Array(m.Devices.length);
                for (var j = 0; j < m.Devices.length; ++j) {
                    d.Devices[j] = $root.grpc.LinuxDeviceCgroup.toObject(m.Devices[j], o, q + 1);
                }
            }
            if (m.Memory != null && $Object.hasOwnProperty.call(m, "Memory")) {
                d.Memory = $root.grpc.LinuxMemory.toObject(m.Memory, o, q + 1);
            }
            if (m.CPU != null && $Object.hasOwnProperty.call(m, "CPU")) {
                d.CPU = $root.grpc.LinuxCPU.toObject(m.CPU, o, q + 1);
            }
            if (m.Pids != null && $Object.hasOwnProperty.call(m, "Pids")) {
                d.Pids = $root.grpc.LinuxPids.toObject(m.Pids, o, q + 1);
            }
            if (m.BlockIO != null && $Object.hasOwnProperty.call(m, "BlockIO")) {
                d.BlockIO = $root.grpc.LinuxBlockIO.toObject(m.BlockIO, o, q + 1);
            }
            if (m.HugepageLimits && m.HugepageLimits.length) {
                d.HugepageLimits = $Array(m.HugepageLimits.length);
                for (var j = 0; j < m.HugepageLimits.length; ++j) {
                    d.HugepageLimits[j] = $root.grpc.LinuxHugepageLimit.toObject(m.HugepageLimits[j], o, q + 1);
                }
            }
            if (m.Network != null && $Object.hasOwnProperty.call(m, "Network")) {
                d.Network = $root.grpc.LinuxNetwork.toObject(m.Network, o, q + 1);
            }
            return d;
        };

        LinuxResources.prototype.toJSON = function() {
            return LinuxResources.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxResources;
    })();

    grpc.LinuxMemory = (function() {

        const LinuxMemory = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxMemory.prototype.Limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxMemory.prototype.Reservation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxMemory.prototype.Swap = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxMemory.prototype.Kernel = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxMemory.prototype.KernelTCP = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxMemory.prototype.Swappiness = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        LinuxMemory.prototype.DisableOOMKiller = false;

        LinuxMemory.create = function(properties) {
            return new LinuxMemory(properties);
        };

        LinuxMemory.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Limit != null && $Object.hasOwnProperty.call(m, "Limit") && (typeof m.Limit === "object" ? m.Limit.low || m.Limit.high : m.Limit !== 0))
                w.uint32(8).int64(m.Limit);
            if (m.Reservation != null && $Object.hasOwnProperty.call(m, "Reservation") && (typeof m.Reservation === "object" ? m.Reservation.low || m.Reservation.high : m.Reservation !== 0))
                w.uint32(16).int64(m.Reservation);
            if (m.Swap != null && $Object.hasOwnProperty.call(m, "Swap") && (typeof m.Swap === "object" ? m.Swap.low || m.Swap.high : m.Swap !== 0))
                w.uint32(24).int64(m.Swap);
            if (m.Kernel != null && $Object.hasOwnProperty.call(m, "Kernel") && (typeof m.Kernel === "object" ? m.Kernel.low || m.Kernel.high : m.Kernel !== 0))
                w.uint32(32).int64(m.Kernel);
            if (m.KernelTCP != null && $Object.hasOwnProperty.call(m, "KernelTCP") && (typeof m.KernelTCP === "object" ? m.KernelTCP.low || m.KernelTCP.high : m.KernelTCP !== 0))
                w.uint32(40).int64(m.KernelTCP);
            if (m.Swappiness != null && $Object.hasOwnProperty.call(m, "Swappiness") && (typeof m.Swappiness === "object" ? m.Swappiness.low || m.Swappiness.high : m.Swappiness !== 0))
                w.uint32(48).uint64(m.Swappiness);
            if (m.DisableOOMKiller != null && $Object.hasOwnProperty.call(m, "DisableOOMKiller") && m.DisableOOMKiller !== false)
                w.uint32(56).bool(m.DisableOOMKiller);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxMemory.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxMemory();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Limit = v;
                        else
                            delete m.Limit;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Reservation = v;
                        else
                            delete m.Reservation;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Swap = v;
                        else
                            delete m.Swap;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Kernel = v;
                        else
                            delete m.Kernel;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.KernelTCP = v;
                        else
                            delete m.KernelTCP;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.Swappiness = v;
                        else
                            delete m.Swappiness;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.DisableOOMKiller = v;
                        else
                            delete m.DisableOOMKiller;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxMemory.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxMemory)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxMemory: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxMemory();
            if (d.Limit != null) {
                if (typeof d.Limit === "object" ? d.Limit.low || d.Limit.high : $Number(d.Limit) !== 0) {
                    if ($util.Long)
                        m.Limit = $util.Long.fromValue(d.Limit, false);
                    else if (typeof d.Limit === "string")
                        m.Limit = $parseInt(d.Limit, 10);
                    else if (typeof d.Limit === "number")
                        m.Limit = d.Limit;
                    else if (typeof d.Limit === "object")
                        m.Limit = new $util.LongBits(d.Limit.low >>> 0, d.Limit.high >>> 0).toNumber();
                }
            }
            if (d.Reservation != null) {
                if (typeof d.Reservation === "object" ? d.Reservation.low || d.Reservation.high : $Number(d.Reservation) !== 0) {
                    if ($util.Long)
                        m.Reservation = $util.Long.fromValue(d.Reservation, false);
                    else if (typeof d.Reservation === "string")
                        m.Reservation = $parseInt(d.Reservation, 10);
                    else if (typeof d.Reservation === "number")
                        m.Reservation = d.Reservation;
                    else if (typeof d.Reservation === "object")
                        m.Reservation = new $util.LongBits(d.Reservation.low >>> 0, d.Reservation.high >>> 0).toNumber();
                }
            }
            if (d.Swap != null) {
                if (typeof d.Swap === "object" ? d.Swap.low || d.Swap.high : $Number(d.Swap) !== 0) {
                    if ($util.Long)
                        m.Swap = $util.Long.fromValue(d.Swap, false);
                    else if (typeof d.Swap === "string")
                        m.Swap = $parseInt(d.Swap, 10);
                    else if (typeof d.Swap === "number")
                        m.Swap = d.Swap;
                    else if (typeof d.Swap === "object")
                        m.Swap = new $util.LongBits(d.Swap.low >>> 0, d.Swap.high >>> 0).toNumber();
                }
            }
            if (d.Kernel != null) {
                if (typeof d.Kernel === "object" ? d.Kernel.low || d.Kernel.high : $Number(d.Kernel) !== 0) {
                    if ($util.Long)
                        m.Kernel = $util.Long.fromValue(d.Kernel, false);
                    else if (typeof d.Kernel === "string")
                        m.Kernel = $parseInt(d.Kernel, 10);
                    else if (typeof d.Kernel === "number")
                        m.Kernel = d.Kernel;
                    else if (typeof d.Kernel === "object")
                        m.Kernel = new $util.LongBits(d.Kernel.low >>> 0, d.Kernel.high >>> 0).toNumber();
                }
            }
            if (d.KernelTCP != null) {
                if (typeof d.KernelTCP === "object" ? d.KernelTCP.low || d.KernelTCP.high : $Number(d.KernelTCP) !== 0) {
                    if ($util.Long)
                        m.KernelTCP = $util.Long.fromValue(d.KernelTCP, false);
                    else if (typeof d.KernelTCP === "string")
                        m.KernelTCP = $parseInt(d.KernelTCP, 10);
                    else if (typeof d.KernelTCP === "number")
                        m.KernelTCP = d.KernelTCP;
                    else if (typeof d.KernelTCP === "object")
                        m.KernelTCP = new $util.LongBits(d.KernelTCP.low >>> 0, d.KernelTCP.high >>> 0).toNumber();
                }
            }
            if (d.Swappiness != null) {
                if (typeof d.Swappiness === "object" ? d.Swappiness.low || d.Swappiness.high : $Number(d.Swappiness) !== 0) {
                    if ($util.Long)
                        m.Swappiness = $util.Long.fromValue(d.Swappiness, true);
                    else if (typeof d.Swappiness === "string")
                        m.Swappiness = $parseInt(d.Swappiness, 10);
                    else if (typeof d.Swappiness === "number")
                        m.Swappiness = d.Swappiness;
                    else if (typeof d.Swappiness === "object")
                        m.Swappiness = new $util.LongBits(d.Swappiness.low >>> 0, d.Swappiness.high >>> 0).toNumber(true);
                }
            }
            if (d.DisableOOMKiller != null) {
                if (d.DisableOOMKiller) {
                    m.DisableOOMKiller = $Boolean(d.DisableOOMKiller);
                }
            }
            return m;
        };

        LinuxMemory.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Limit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Limit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Reservation = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Reservation = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Swap = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Swap = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Kernel = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Kernel = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.KernelTCP = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.KernelTCP = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.Swappiness = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Swappiness = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.DisableOOMKiller = false;
            }
            if (m.Limit != null && $Object.hasOwnProperty.call(m, "Limit")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Limit = typeof m.Limit === "number" ? $BigInt(m.Limit) : $util.Long.fromBits(m.Limit.low >>> 0, m.Limit.high >>> 0, false).toBigInt();
                else if (typeof m.Limit === "number")
                    d.Limit = o.longs === $String ? $String(m.Limit) : m.Limit;
                else
                    d.Limit = o.longs === $String ? $util.Long.prototype.toString.call(m.Limit) : o.longs === $Number ? new $util.LongBits(m.Limit.low >>> 0, m.Limit.high >>> 0).toNumber() : m.Limit;
            }
            if (m.Reservation != null && $Object.hasOwnProperty.call(m, "Reservation")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Reservation = typeof m.Reservation === "number" ? $BigInt(m.Reservation) : $util.Long.fromBits(m.Reservation.low >>> 0, m.Reservation.high >>> 0, false).toBigInt();
                else if (typeof m.Reservation === "number")
                    d.Reservation = o.longs === $String ? $String(m.Reservation) : m.Reservation;
                else
                    d.Reservation = o.longs === $String ? $util.Long.prototype.toString.call(m.Reservation) : o.longs === $Number ? new $util.LongBits(m.Reservation.low >>> 0, m.Reservation.high >>> 0).toNumber() : m.Reservation;
            }
            if (m.Swap != null && $Object.hasOwnProperty.call(m, "Swap")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Swap = typeof m.Swap === "number" ? $BigInt(m.Swap) : $util.Long.fromBits(m.Swap.low >>> 0, m.Swap.high >>> 0, false).toBigInt();
                else if (typeof m.Swap === "number")
                    d.Swap = o.longs === $String ? $String(m.Swap) : m.Swap;
                else
                    d.Swap = o.longs === $String ? $util.Long.prototype.toString.call(m.Swap) : o.longs === $Number ? new $util.LongBits(m.Swap.low >>> 0, m.Swap.high >>> 0).toNumber() : m.Swap;
            }
            if (m.Kernel != null && $Object.hasOwnProperty.call(m, "Kernel")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Kernel = typeof m.Kernel === "number" ? $BigInt(m.Kernel) : $util.Long.fromBits(m.Kernel.low >>> 0, m.Kernel.high >>> 0, false).toBigInt();
                else if (typeof m.Kernel === "number")
                    d.Kernel = o.longs === $String ? $String(m.Kernel) : m.Kernel;
                else
                    d.Kernel = o.longs === $String ? $util.Long.prototype.toString.call(m.Kernel) : o.longs === $Number ? new $util.LongBits(m.Kernel.low >>> 0, m.Kernel.high >>> 0).toNumber() : m.Kernel;
            }
            if (m.KernelTCP != null && $Object.hasOwnProperty.call(m, "KernelTCP")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.KernelTCP = typeof m.KernelTCP === "number" ? $BigInt(m.KernelTCP) : $util.Long.fromBits(m.KernelTCP.low >>> 0, m.KernelTCP.high >>> 0, false).toBigInt();
                else if (typeof m.KernelTCP === "number")
                    d.KernelTCP = o.longs === $String ? $String(m.KernelTCP) : m.KernelTCP;
                else
                    d.KernelTCP = o.longs === $String ? $util.Long.prototype.toString.call(m.KernelTCP) : o.longs === $Number ? new $util.LongBits(m.KernelTCP.low >>> 0, m.KernelTCP.high >>> 0).toNumber() : m.KernelTCP;
            }
            if (m.Swappiness != null && $Object.hasOwnProperty.call(m, "Swappiness")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Swappiness = typeof m.Swappiness === "number" ? $BigInt(m.Swappiness) : $util.Long.fromBits(m.Swappiness.low >>> 0, m.Swappiness.high >>> 0, true).toBigInt();
                else if (typeof m.Swappiness === "number")
                    d.Swappiness = o.longs === $String ? $String(m.Swappiness) : m.Swappiness;
                else
                    d.Swappiness = o.longs === $String ? $util.Long.prototype.toString.call(m.Swappiness) : o.longs === $Number ? new $util.LongBits(m.Swappiness.low >>> 0, m.Swappiness.high >>> 0).toNumber(true) : m.Swappiness;
            }
            if (m.DisableOOMKiller != null && $Object.hasOwnProperty.call(m, "DisableOOMKiller")) {
                d.DisableOOMKiller = m.DisableOOMKiller;
            }
            return d;
        };

        LinuxMemory.prototype.toJSON = function() {
            return LinuxMemory.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxMemory;
    })();

    grpc.LinuxCPU = (function() {

        const LinuxCPU = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxCPU.prototype.Shares = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        LinuxCPU.prototype.Quota = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxCPU.prototype.Period = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        LinuxCPU.prototype.RealtimeRuntime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxCPU.prototype.RealtimePeriod = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        LinuxCPU.prototype.Cpus = "";
        LinuxCPU.prototype.Mems = "";

        LinuxCPU.create = function(properties) {
            return new LinuxCPU(properties);
        };

        LinuxCPU.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Shares != null && $Object.hasOwnProperty.call(m, "Shares") && (typeof m.Shares === "object" ? m.Shares.low || m.Shares.high : m.Shares !== 0))
                w.uint32(8).uint64(m.Shares);
            if (m.Quota != null && $Object.hasOwnProperty.call(m, "Quota") && (typeof m.Quota === "object" ? m.Quota.low || m.Quota.high : m.Quota !== 0))
                w.uint32(16).int64(m.Quota);
            if (m.Period != null && $Object.hasOwnProperty.call(m, "Period") && (typeof m.Period === "object" ? m.Period.low || m.Period.high : m.Period !== 0))
                w.uint32(24).uint64(m.Period);
            if (m.RealtimeRuntime != null && $Object.hasOwnProperty.call(m, "RealtimeRuntime") && (typeof m.RealtimeRuntime === "object" ? m.RealtimeRuntime.low || m.RealtimeRuntime.high : m.RealtimeRuntime !== 0))
                w.uint32(32).int64(m.RealtimeRuntime);
            if (m.RealtimePeriod != null && $Object.hasOwnProperty.call(m, "RealtimePeriod") && (typeof m.RealtimePeriod === "object" ? m.RealtimePeriod.low || m.RealtimePeriod.high : m.RealtimePeriod !== 0))
                w.uint32(40).uint64(m.RealtimePeriod);
            if (m.Cpus != null && $Object.hasOwnProperty.call(m, "Cpus") && m.Cpus !== "")
                w.uint32(50).string(m.Cpus);
            if (m.Mems != null && $Object.hasOwnProperty.call(m, "Mems") && m.Mems !== "")
                w.uint32(58).string(m.Mems);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxCPU.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxCPU();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.Shares = v;
                        else
                            delete m.Shares;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Quota = v;
                        else
                            delete m.Quota;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.Period = v;
                        else
                            delete m.Period;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.RealtimeRuntime = v;
                        else
                            delete m.RealtimeRuntime;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.RealtimePeriod = v;
                        else
                            delete m.RealtimePeriod;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Cpus = v;
                        else
                            delete m.Cpus;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Mems = v;
                        else
                            delete m.Mems;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxCPU.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxCPU)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxCPU: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxCPU();
            if (d.Shares != null) {
                if (typeof d.Shares === "object" ? d.Shares.low || d.Shares.high : $Number(d.Shares) !== 0) {
                    if ($util.Long)
                        m.Shares = $util.Long.fromValue(d.Shares, true);
                    else if (typeof d.Shares === "string")
                        m.Shares = $parseInt(d.Shares, 10);
                    else if (typeof d.Shares === "number")
                        m.Shares = d.Shares;
                    else if (typeof d.Shares === "object")
                        m.Shares = new $util.LongBits(d.Shares.low >>> 0, d.Shares.high >>> 0).toNumber(true);
                }
            }
            if (d.Quota != null) {
                if (typeof d.Quota === "object" ? d.Quota.low || d.Quota.high : $Number(d.Quota) !== 0) {
                    if ($util.Long)
                        m.Quota = $util.Long.fromValue(d.Quota, false);
                    else if (typeof d.Quota === "string")
                        m.Quota = $parseInt(d.Quota, 10);
                    else if (typeof d.Quota === "number")
                        m.Quota = d.Quota;
                    else if (typeof d.Quota === "object")
                        m.Quota = new $util.LongBits(d.Quota.low >>> 0, d.Quota.high >>> 0).toNumber();
                }
            }
            if (d.Period != null) {
                if (typeof d.Period === "object" ? d.Period.low || d.Period.high : $Number(d.Period) !== 0) {
                    if ($util.Long)
                        m.Period = $util.Long.fromValue(d.Period, true);
                    else if (typeof d.Period === "string")
                        m.Period = $parseInt(d.Period, 10);
                    else if (typeof d.Period === "number")
                        m.Period = d.Period;
                    else if (typeof d.Period === "object")
                        m.Period = new $util.LongBits(d.Period.low >>> 0, d.Period.high >>> 0).toNumber(true);
                }
            }
            if (d.RealtimeRuntime != null) {
                if (typeof d.RealtimeRuntime === "object" ? d.RealtimeRuntime.low || d.RealtimeRuntime.high : $Number(d.RealtimeRuntime) !== 0) {
                    if ($util.Long)
                        m.RealtimeRuntime = $util.Long.fromValue(d.RealtimeRuntime, false);
                    else if (typeof d.RealtimeRuntime === "string")
                        m.RealtimeRuntime = $parseInt(d.RealtimeRuntime, 10);
                    else if (typeof d.RealtimeRuntime === "number")
                        m.RealtimeRuntime = d.RealtimeRuntime;
                    else if (typeof d.RealtimeRuntime === "object")
                        m.RealtimeRuntime = new $util.LongBits(d.RealtimeRuntime.low >>> 0, d.RealtimeRuntime.high >>> 0).toNumber();
                }
            }
            if (d.RealtimePeriod != null) {
                if (typeof d.RealtimePeriod === "object" ? d.RealtimePeriod.low || d.RealtimePeriod.high : $Number(d.RealtimePeriod) !== 0) {
                    if ($util.Long)
                        m.RealtimePeriod = $util.Long.fromValue(d.RealtimePeriod, true);
                    else if (typeof d.RealtimePeriod === "string")
                        m.RealtimePeriod = $parseInt(d.RealtimePeriod, 10);
                    else if (typeof d.RealtimePeriod === "number")
                        m.RealtimePeriod = d.RealtimePeriod;
                    else if (typeof d.RealtimePeriod === "object")
                        m.RealtimePeriod = new $util.LongBits(d.RealtimePeriod.low >>> 0, d.RealtimePeriod.high >>> 0).toNumber(true);
                }
            }
            if (d.Cpus != null) {
                if (typeof d.Cpus !== "string" || d.Cpus.length) {
                    m.Cpus = $String(d.Cpus);
                }
            }
            if (d.Mems != null) {
                if (typeof d.Mems !== "string" || d.Mems.length) {
                    m.Mems = $String(d.Mems);
                }
            }
            return m;
        };

        LinuxCPU.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.Shares = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Shares = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Quota = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Quota = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.Period = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Period = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.RealtimeRuntime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.RealtimeRuntime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.RealtimePeriod = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.RealtimePeriod = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.Cpus = "";
                d.Mems = "";
            }
            if (m.Shares != null && $Object.hasOwnProperty.call(m, "Shares")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Shares = typeof m.Shares === "number" ? $BigInt(m.Shares) : $util.Long.fromBits(m.Shares.low >>> 0, m.Shares.high >>> 0, true).toBigInt();
                else if (typeof m.Shares === "number")
                    d.Shares = o.longs === $String ? $String(m.Shares) : m.Shares;
                else
                    d.Shares = o.longs === $String ? $util.Long.prototype.toString.call(m.Shares) : o.longs === $Number ? new $util.LongBits(m.Shares.low >>> 0, m.Shares.high >>> 0).toNumber(true) : m.Shares;
            }
            if (m.Quota != null && $Object.hasOwnProperty.call(m, "Quota")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Quota = typeof m.Quota === "number" ? $BigInt(m.Quota) : $util.Long.fromBits(m.Quota.low >>> 0, m.Quota.high >>> 0, false).toBigInt();
                else if (typeof m.Quota === "number")
                    d.Quota = o.longs === $String ? $String(m.Quota) : m.Quota;
                else
                    d.Quota = o.longs === $String ? $util.Long.prototype.toString.call(m.Quota) : o.longs === $Number ? new $util.LongBits(m.Quota.low >>> 0, m.Quota.high >>> 0).toNumber() : m.Quota;
            }
            if (m.Period != null && $Object.hasOwnProperty.call(m, "Period")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Period = typeof m.Period === "number" ? $BigInt(m.Period) : $util.Long.fromBits(m.Period.low >>> 0, m.Period.high >>> 0, true).toBigInt();
                else if (typeof m.Period === "number")
                    d.Period = o.longs === $String ? $String(m.Period) : m.Period;
                else
                    d.Period = o.longs === $String ? $util.Long.prototype.toString.call(m.Period) : o.longs === $Number ? new $util.LongBits(m.Period.low >>> 0, m.Period.high >>> 0).toNumber(true) : m.Period;
            }
            if (m.RealtimeRuntime != null && $Object.hasOwnProperty.call(m, "RealtimeRuntime")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.RealtimeRuntime = typeof m.RealtimeRuntime === "number" ? $BigInt(m.RealtimeRuntime) : $util.Long.fromBits(m.RealtimeRuntime.low >>> 0, m.RealtimeRuntime.high >>> 0, false).toBigInt();
                else if (typeof m.RealtimeRuntime === "number")
                    d.RealtimeRuntime = o.longs === $String ? $String(m.RealtimeRuntime) : m.RealtimeRuntime;
                else
                    d.RealtimeRuntime = o.longs === $String ? $util.Long.prototype.toString.call(m.RealtimeRuntime) : o.longs === $Number ? new $util.LongBits(m.RealtimeRuntime.low >>> 0, m.RealtimeRuntime.high >>> 0).toNumber() : m.RealtimeRuntime;
            }
            if (m.RealtimePeriod != null && $Object.hasOwnProperty.call(m, "RealtimePeriod")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.RealtimePeriod = typeof m.RealtimePeriod === "number" ? $BigInt(m.RealtimePeriod) : $util.Long.fromBits(m.RealtimePeriod.low >>> 0, m.RealtimePeriod.high >>> 0, true).toBigInt();
                else if (typeof m.RealtimePeriod === "number")
                    d.RealtimePeriod = o.longs === $String ? $String(m.RealtimePeriod) : m.RealtimePeriod;
                else
                    d.RealtimePeriod = o.longs === $String ? $util.Long.prototype.toString.call(m.RealtimePeriod) : o.longs === $Number ? new $util.LongBits(m.RealtimePeriod.low >>> 0, m.RealtimePeriod.high >>> 0).toNumber(true) : m.RealtimePeriod;
            }
            if (m.Cpus != null && $Object.hasOwnProperty.call(m, "Cpus")) {
                d.Cpus = m.Cpus;
            }
            if (m.Mems != null && $Object.hasOwnProperty.call(m, "Mems")) {
                d.Mems = m.Mems;
            }
            return d;
        };

        LinuxCPU.prototype.toJSON = function() {
            return LinuxCPU.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxCPU;
    })();

    grpc.LinuxWeightDevice = (function() {

        const LinuxWeightDevice = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxWeightDevice.prototype.Major = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxWeightDevice.prototype.Minor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxWeightDevice.prototype.Weight = 0;
        LinuxWeightDevice.prototype.LeafWeight = 0;

        LinuxWeightDevice.create = function(properties) {
            return new LinuxWeightDevice(properties);
        };

        LinuxWeightDevice.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Major != null && $Object.hasOwnProperty.call(m, "Major") && (typeof m.Major === "object" ? m.Major.low || m.Major.high : m.Major !== 0))
                w.uint32(8).int64(m.Major);
            if (m.Minor != null && $Object.hasOwnProperty.call(m, "Minor") && (typeof m.Minor === "object" ? m.Minor.low || m.Minor.high : m.Minor !== 0))
                w.uint32(16).int64(m.Minor);
            if (m.Weight != null && $Object.hasOwnProperty.call(m, "Weight") && m.Weight !== 0)
                w.uint32(24).uint32(m.Weight);
            if (m.LeafWeight != null && $Object.hasOwnProperty.call(m, "LeafWeight") && m.LeafWeight !== 0)
                w.uint32(32).uint32(m.LeafWeight);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxWeightDevice.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxWeightDevice();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Major = v;
                        else
                            delete m.Major;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Minor = v;
                        else
                            delete m.Minor;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.Weight = v;
                        else
                            delete m.Weight;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.LeafWeight = v;
                        else
                            delete m.LeafWeight;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxWeightDevice.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxWeightDevice)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxWeightDevice: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxWeightDevice();
            if (d.Major != null) {
                if (typeof d.Major === "object" ? d.Major.low || d.Major.high : $Number(d.Major) !== 0) {
                    if ($util.Long)
                        m.Major = $util.Long.fromValue(d.Major, false);
                    else if (typeof d.Major === "string")
                        m.Major = $parseInt(d.Major, 10);
                    else if (typeof d.Major === "number")
                        m.Major = d.Major;
                    else if (typeof d.Major === "object")
                        m.Major = new $util.LongBits(d.Major.low >>> 0, d.Major.high >>> 0).toNumber();
                }
            }
            if (d.Minor != null) {
                if (typeof d.Minor === "object" ? d.Minor.low || d.Minor.high : $Number(d.Minor) !== 0) {
                    if ($util.Long)
                        m.Minor = $util.Long.fromValue(d.Minor, false);
                    else if (typeof d.Minor === "string")
                        m.Minor = $parseInt(d.Minor, 10);
                    else if (typeof d.Minor === "number")
                        m.Minor = d.Minor;
                    else if (typeof d.Minor === "object")
                        m.Minor = new $util.LongBits(d.Minor.low >>> 0, d.Minor.high >>> 0).toNumber();
                }
            }
            if (d.Weight != null) {
                if ($Number(d.Weight) !== 0) {
                    m.Weight = d.Weight >>> 0;
                }
            }
            if (d.LeafWeight != null) {
                if ($Number(d.LeafWeight) !== 0) {
                    m.LeafWeight = d.LeafWeight >>> 0;
                }
            }
            return m;
        };

        LinuxWeightDevice.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Major = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Major = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Minor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Minor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.Weight = 0;
                d.LeafWeight = 0;
            }
            if (m.Major != null && $Object.hasOwnProperty.call(m, "Major")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Major = typeof m.Major === "number" ? $BigInt(m.Major) : $util.Long.fromBits(m.Major.low >>> 0, m.Major.high >>> 0, false).toBigInt();
                else if (typeof m.Major === "number")
                    d.Major = o.longs === $String ? $String(m.Major) : m.Major;
                else
                    d.Major = o.longs === $String ? $util.Long.prototype.toString.call(m.Major) : o.longs === $Number ? new $util.LongBits(m.Major.low >>> 0, m.Major.high >>> 0).toNumber() : m.Major;
            }
            if (m.Minor != null && $Object.hasOwnProperty.call(m, "Minor")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Minor = typeof m.Minor === "number" ? $BigInt(m.Minor) : $util.Long.fromBits(m.Minor.low >>> 0, m.Minor.high >>> 0, false).toBigInt();
                else if (typeof m.Minor === "number")
                    d.Minor = o.longs === $String ? $String(m.Minor) : m.Minor;
                else
                    d.Minor = o.longs === $String ? $util.Long.prototype.toString.call(m.Minor) : o.longs === $Number ? new $util.LongBits(m.Minor.low >>> 0, m.Minor.high >>> 0).toNumber() : m.Minor;
            }
            if (m.Weight != null && $Object.hasOwnProperty.call(m, "Weight")) {
                d.Weight = m.Weight;
            }
            if (m.LeafWeight != null && $Object.hasOwnProperty.call(m, "LeafWeight")) {
                d.LeafWeight = m.LeafWeight;
            }
            return d;
        };

        LinuxWeightDevice.prototype.toJSON = function() {
            return LinuxWeightDevice.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxWeightDevice;
    })();

    grpc.LinuxThrottleDevice = (function() {

        const LinuxThrottleDevice = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxThrottleDevice.prototype.Major = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxThrottleDevice.prototype.Minor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxThrottleDevice.prototype.Rate = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        LinuxThrottleDevice.create = function(properties) {
            return new LinuxThrottleDevice(properties);
        };

        LinuxThrottleDevice.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Major != null && $Object.hasOwnProperty.call(m, "Major") && (typeof m.Major === "object" ? m.Major.low || m.Major.high : m.Major !== 0))
                w.uint32(8).int64(m.Major);
            if (m.Minor != null && $Object.hasOwnProperty.call(m, "Minor") && (typeof m.Minor === "object" ? m.Minor.low || m.Minor.high : m.Minor !== 0))
                w.uint32(16).int64(m.Minor);
            if (m.Rate != null && $Object.hasOwnProperty.call(m, "Rate") && (typeof m.Rate === "object" ? m.Rate.low || m.Rate.high : m.Rate !== 0))
                w.uint32(24).uint64(m.Rate);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxThrottleDevice.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxThrottleDevice();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Major = v;
                        else
                            delete m.Major;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Minor = v;
                        else
                            delete m.Minor;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.Rate = v;
                        else
                            delete m.Rate;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxThrottleDevice.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxThrottleDevice)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxThrottleDevice: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxThrottleDevice();
            if (d.Major != null) {
                if (typeof d.Major === "object" ? d.Major.low || d.Major.high : $Number(d.Major) !== 0) {
                    if ($util.Long)
                        m.Major = $util.Long.fromValue(d.Major, false);
                    else if (typeof d.Major === "string")
                        m.Major = $parseInt(d.Major, 10);
                    else if (typeof d.Major === "number")
                        m.Major = d.Major;
                    else if (typeof d.Major === "object")
                        m.Major = new $util.LongBits(d.Major.low >>> 0, d.Major.high >>> 0).toNumber();
                }
            }
            if (d.Minor != null) {
                if (typeof d.Minor === "object" ? d.Minor.low || d.Minor.high : $Number(d.Minor) !== 0) {
                    if ($util.Long)
                        m.Minor = $util.Long.fromValue(d.Minor, false);
                    else if (typeof d.Minor === "string")
                        m.Minor = $parseInt(d.Minor, 10);
                    else if (typeof d.Minor === "number")
                        m.Minor = d.Minor;
                    else if (typeof d.Minor === "object")
                        m.Minor = new $util.LongBits(d.Minor.low >>> 0, d.Minor.high >>> 0).toNumber();
                }
            }
            if (d.Rate != null) {
                if (typeof d.Rate === "object" ? d.Rate.low || d.Rate.high : $Number(d.Rate) !== 0) {
                    if ($util.Long)
                        m.Rate = $util.Long.fromValue(d.Rate, true);
                    else if (typeof d.Rate === "string")
                        m.Rate = $parseInt(d.Rate, 10);
                    else if (typeof d.Rate === "number")
                        m.Rate = d.Rate;
                    else if (typeof d.Rate === "object")
                        m.Rate = new $util.LongBits(d.Rate.low >>> 0, d.Rate.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        LinuxThrottleDevice.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Major = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Major = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Minor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Minor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.Rate = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Rate = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.Major != null && $Object.hasOwnProperty.call(m, "Major")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Major = typeof m.Major === "number" ? $BigInt(m.Major) : $util.Long.fromBits(m.Major.low >>> 0, m.Major.high >>> 0, false).toBigInt();
                else if (typeof m.Major === "number")
                    d.Major = o.longs === $String ? $String(m.Major) : m.Major;
                else
                    d.Major = o.longs === $String ? $util.Long.prototype.toString.call(m.Major) : o.longs === $Number ? new $util.LongBits(m.Major.low >>> 0, m.Major.high >>> 0).toNumber() : m.Major;
            }
            if (m.Minor != null && $Object.hasOwnProperty.call(m, "Minor")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Minor = typeof m.Minor === "number" ? $BigInt(m.Minor) : $util.Long.fromBits(m.Minor.low >>> 0, m.Minor.high >>> 0, false).toBigInt();
                else if (typeof m.Minor === "number")
                    d.Minor = o.longs === $String ? $String(m.Minor) : m.Minor;
                else
                    d.Minor = o.longs === $String ? $util.Long.prototype.toString.call(m.Minor) : o.longs === $Number ? new $util.LongBits(m.Minor.low >>> 0, m.Minor.high >>> 0).toNumber() : m.Minor;
            }
            if (m.Rate != null && $Object.hasOwnProperty.call(m, "Rate")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Rate = typeof m.Rate === "number" ? $BigInt(m.Rate) : $util.Long.fromBits(m.Rate.low >>> 0, m.Rate.high >>> 0, true).toBigInt();
                else if (typeof m.Rate === "number")
                    d.Rate = o.longs === $String ? $String(m.Rate) : m.Rate;
                else
                    d.Rate = o.longs === $String ? $util.Long.prototype.toString.call(m.Rate) : o.longs === $Number ? new $util.LongBits(m.Rate.low >>> 0, m.Rate.high >>> 0).toNumber(true) : m.Rate;
            }
            return d;
        };

        LinuxThrottleDevice.prototype.toJSON = function() {
            return LinuxThrottleDevice.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxThrottleDevice;
    })();

    grpc.LinuxBlockIO = (function() {

        const LinuxBlockIO = function (p) {
            this.WeightDevice = [];
            this.ThrottleReadBpsDevice = [];
            this.ThrottleWriteBpsDevice = [];
            this.ThrottleReadIOPSDevice = [];
            this.ThrottleWriteIOPSDevice = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxBlockIO.prototype.Weight = 0;
        LinuxBlockIO.prototype.LeafWeight = 0;
        LinuxBlockIO.prototype.WeightDevice = $util.emptyArray;
        LinuxBlockIO.prototype.ThrottleReadBpsDevice = $util.emptyArray;
        LinuxBlockIO.prototype.ThrottleWriteBpsDevice = $util.emptyArray;
        LinuxBlockIO.prototype.ThrottleReadIOPSDevice = $util.emptyArray;
        LinuxBlockIO.prototype.ThrottleWriteIOPSDevice = $util.emptyArray;

        LinuxBlockIO.create = function(properties) {
            return new LinuxBlockIO(properties);
        };

        LinuxBlockIO.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Weight != null && $Object.hasOwnProperty.call(m, "Weight") && m.Weight !== 0)
                w.uint32(8).uint32(m.Weight);
            if (m.LeafWeight != null && $Object.hasOwnProperty.call(m, "LeafWeight") && m.LeafWeight !== 0)
                w.uint32(16).uint32(m.LeafWeight);
            if (m.WeightDevice != null && m.WeightDevice.length) {
                for (var i = 0; i < m.WeightDevice.length; ++i)
                    $root.grpc.LinuxWeightDevice.encode(m.WeightDevice[i], w.uint32(26).fork(), q + 1).ldelim();
            }
            if (m.ThrottleReadBpsDevice != null && m.ThrottleReadBpsDevice.length) {
                for (var i = 0; i < m.ThrottleReadBpsDevice.length; ++i)
                    $root.grpc.LinuxThrottleDevice.encode(m.ThrottleReadBpsDevice[i], w.uint32(34).fork(), q + 1).ldelim();
            }
            if (m.ThrottleWriteBpsDevice != null && m.ThrottleWriteBpsDevice.length) {
                for (var i = 0; i < m.ThrottleWriteBpsDevice.length; ++i)
                    $root.grpc.LinuxThrottleDevice.encode(m.ThrottleWriteBpsDevice[i], w.uint32(42).fork(), q + 1).ldelim();
            }
            if (m.ThrottleReadIOPSDevice != null && m.ThrottleReadIOPSDevice.length) {
                for (var i = 0; i < m.ThrottleReadIOPSDevice.length; ++i)
                    $root.grpc.LinuxThrottleDevice.encode(m.ThrottleReadIOPSDevice[i], w.uint32(50).fork(), q + 1).ldelim();
            }
            if (m.ThrottleWriteIOPSDevice != null && m.ThrottleWriteIOPSDevice.length) {
                for (var i = 0; i < m.ThrottleWriteIOPSDevice.length; ++i)
                    $root.grpc.LinuxThrottleDevice.encode(m.ThrottleWriteIOPSDevice[i], w.uint32(58).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxBlockIO.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxBlockIO();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.Weight = v;
                        else
                            delete m.Weight;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.LeafWeight = v;
                        else
                            delete m.LeafWeight;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.WeightDevice && m.WeightDevice.length))
                            m.WeightDevice = [];
                        m.WeightDevice.push($root.grpc.LinuxWeightDevice.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.ThrottleReadBpsDevice && m.ThrottleReadBpsDevice.length))
                            m.ThrottleReadBpsDevice = [];
                        m.ThrottleReadBpsDevice.push($root.grpc.LinuxThrottleDevice.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.ThrottleWriteBpsDevice && m.ThrottleWriteBpsDevice.length))
                            m.ThrottleWriteBpsDevice = [];
                        m.ThrottleWriteBpsDevice.push($root.grpc.LinuxThrottleDevice.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.ThrottleReadIOPSDevice && m.ThrottleReadIOPSDevice.length))
                            m.ThrottleReadIOPSDevice = [];
                        m.ThrottleReadIOPSDevice.push($root.grpc.LinuxThrottleDevice.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if (!(m.ThrottleWriteIOPSDevice && m.ThrottleWriteIOPSDevice.length))
                            m.ThrottleWriteIOPSDevice = [];
                        m.ThrottleWriteIOPSDevice.push($root.grpc.LinuxThrottleDevice.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxBlockIO.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxBlockIO)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxBlockIO: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxBlockIO();
            if (d.Weight != null) {
                if ($Number(d.Weight) !== 0) {
                    m.Weight = d.Weight >>> 0;
                }
            }
            if (d.LeafWeight != null) {
                if ($Number(d.LeafWeight) !== 0) {
                    m.LeafWeight = d.LeafWeight >>> 0;
                }
            }
            if (d.WeightDevice) {
                if (!$Array.isArray(d.WeightDevice))
                    throw $TypeError(".grpc.LinuxBlockIO.WeightDevice: array expected");
                m.WeightDevice = $Array(d.WeightDevice.length);
                for (var i = 0; i < d.WeightDevice.length; ++i) {
                    if (!$util.isObject(d.WeightDevice[i]))
                        throw $TypeError(".grpc.LinuxBlockIO.WeightDevice: object expected");
                    m.WeightDevice[i] = $root.grpc.LinuxWeightDevice.fromObject(d.WeightDevice[i], q + 1);
                }
            }
            if (d.ThrottleReadBpsDevice) {
                if (!$Array.isArray(d.ThrottleReadBpsDevice))
                    throw $TypeError(".grpc.LinuxBlockIO.ThrottleReadBpsDevice: array expected");
                m.ThrottleReadBpsDevice = $Array(d.ThrottleReadBpsDevice.length);
                for (var i = 0; i < d.ThrottleReadBpsDevice.length; ++i) {
                    if (!$util.isObject(d.ThrottleReadBpsDevice[i]))
                        throw $TypeError(".grpc.LinuxBlockIO.ThrottleReadBpsDevice: object expected");
                    m.ThrottleReadBpsDevice[i] = $root.grpc.LinuxThrottleDevice.fromObject(d.ThrottleReadBpsDevice[i], q + 1);
                }
            }
            if (d.ThrottleWriteBpsDevice) {
                if (!$Array.isArray(d.ThrottleWriteBpsDevice))
                    throw $TypeError(".grpc.LinuxBlockIO.ThrottleWriteBpsDevice: array expected");
                m.ThrottleWriteBpsDevice = $Array(d.ThrottleWriteBpsDevice.length);
                for (var i = 0; i < d.ThrottleWriteBpsDevice.length; ++i) {
                    if (!$util.isObject(d.ThrottleWriteBpsDevice[i]))
                        throw $TypeError(".grpc.LinuxBlockIO.ThrottleWriteBpsDevice: object expected");
                    m.ThrottleWriteBpsDevice[i] = $root.grpc.LinuxThrottleDevice.fromObject(d.ThrottleWriteBpsDevice[i], q + 1);
                }
            }
            if (d.ThrottleReadIOPSDevice) {
                if (!$Array.isArray(d.ThrottleReadIOPSDevice))
                    throw $TypeError(".grpc.LinuxBlockIO.ThrottleReadIOPSDevice: array expected");
                m.ThrottleReadIOPSDevice = $Array(d.ThrottleReadIOPSDevice.length);
                for (var i = 0; i < d.ThrottleReadIOPSDevice.length; ++i) {
                    if (!$util.isObject(d.ThrottleReadIOPSDevice[i]))
                        throw $TypeError(".grpc.LinuxBlockIO.ThrottleReadIOPSDevice: object expected");
                    m.ThrottleReadIOPSDevice[i] = $root.grpc.LinuxThrottleDevice.fromObject(d.ThrottleReadIOPSDevice[i], q + 1);
                }
            }
            if (d.ThrottleWriteIOPSDevice) {
                if (!$Array.isArray(d.ThrottleWriteIOPSDevice))
                    throw $TypeError(".grpc.LinuxBlockIO.ThrottleWriteIOPSDevice: array expected");
                m.ThrottleWriteIOPSDevice = $Array(d.ThrottleWriteIOPSDevice.length);
                for (var i = 0; i < d.ThrottleWriteIOPSDevice.length; ++i) {
                    if (!$util.isObject(d.ThrottleWriteIOPSDevice[i]))
                        throw $TypeError(".grpc.LinuxBlockIO.ThrottleWriteIOPSDevice: object expected");
                    m.ThrottleWriteIOPSDevice[i] = $root.grpc.LinuxThrottleDevice.fromObject(d.ThrottleWriteIOPSDevice[i], q + 1);
                }
            }
            return m;
        };

        LinuxBlockIO.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.WeightDevice = [];
                d.ThrottleReadBpsDevice = [];
                d.ThrottleWriteBpsDevice = [];
                d.ThrottleReadIOPSDevice = [];
                d.ThrottleWriteIOPSDevice = [];
            }
            if (o.defaults) {
                d.Weight = 0;
                d.LeafWeight = 0;
            }
            if (m.Weight != null && $Object.hasOwnProperty.call(m, "Weight")) {
                d.Weight = m.Weight;
            }
            if (m.LeafWeight != null && $Object.hasOwnProperty.call(m, "LeafWeight")) {
                d.LeafWeight = m.LeafWeight;
            }
            if (m.WeightDevice && m.WeightDevice.length) {
                d.WeightDevice = $Array(m.WeightDevice.length);
                for (var j = 0; j < m.WeightDevice.length; ++j) {
                    d.WeightDevice[j] = $root.grpc.LinuxWeightDevice.toObject(m.WeightDevice[j], o, q + 1);
                }
            }
            if (m.ThrottleReadBpsDevice && m.ThrottleReadBpsDevice.length) {
                d.ThrottleReadBpsDevice = $Array(m.ThrottleReadBpsDevice.length);
                for (var j = 0; j < m.ThrottleReadBpsDevice.length; ++j) {
                    d.ThrottleReadBpsDevice[j] = $root.grpc.LinuxThrottleDevice.toObject(m.ThrottleReadBpsDevice[j], o, q + 1);
                }
            }
            if (m.ThrottleWriteBpsDevice && m.ThrottleWriteBpsDevice.length) {
                d.ThrottleWriteBpsDevice = $Array(m.ThrottleWriteBpsDevice.length);
                for (var j = 0; j < m.ThrottleWriteBpsDevice.length; ++j) {
                    d.ThrottleWriteBpsDevice[j] = $root.grpc.LinuxThrottleDevice.toObject(m.ThrottleWriteBpsDevice[j], o, q + 1);
                }
            }
            if (m.ThrottleReadIOPSDevice && m.ThrottleReadIOPSDevice.length) {
                d.ThrottleReadIOPSDevice = $Array(m.ThrottleReadIOPSDevice.length);
                for (var j = 0; j < m.ThrottleReadIOPSDevice.length; ++j) {
                    d.ThrottleReadIOPSDevice[j] = $root.grpc.LinuxThrottleDevice.toObject(m.ThrottleReadIOPSDevice[j], o, q + 1);
                }
            }
            if (m.ThrottleWriteIOPSDevice && m.ThrottleWriteIOPSDevice.length) {
                d.ThrottleWriteIOPSDevice = $Array(m.ThrottleWriteIOPSDevice.length);
                for (var j = 0; j < m.ThrottleWriteIOPSDevice.length; ++j) {
                    d.ThrottleWriteIOPSDevice[j] = $root.grpc.LinuxThrottleDevice.toObject(m.ThrottleWriteIOPSDevice[j], o, q + 1);
                }
            }
            return d;
        };

        LinuxBlockIO.prototype.toJSON = function() {
            return LinuxBlockIO.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxBlockIO;
    })();

    grpc.LinuxPids = (function() {

        const LinuxPids = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxPids.prototype.Limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        LinuxPids.create = function(properties) {
            return new LinuxPids(properties);
        };

        LinuxPids.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Limit != null && $Object.hasOwnProperty.call(m, "Limit") && (typeof m.Limit === "object" ? m.Limit.low || m.Limit.high : m.Limit !== 0))
                w.uint32(8).int64(m.Limit);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxPids.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxPids();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Limit = v;
                        else
                            delete m.Limit;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxPids.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxPids)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxPids: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxPids();
            if (d.Limit != null) {
                if (typeof d.Limit === "object" ? d.Limit.low || d.Limit.high : $Number(d.Limit) !== 0) {
                    if ($util.Long)
                        m.Limit = $util.Long.fromValue(d.Limit, false);
                    else if (typeof d.Limit === "string")
                        m.Limit = $parseInt(d.Limit, 10);
                    else if (typeof d.Limit === "number")
                        m.Limit = d.Limit;
                    else if (typeof d.Limit === "object")
                        m.Limit = new $util.LongBits(d.Limit.low >>> 0, d.Limit.high >>> 0).toNumber();
                }
            }
            return m;
        };

        LinuxPids.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Limit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Limit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.Limit != null && $Object.hasOwnProperty.call(m, "Limit")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Limit = typeof m.Limit === "number" ? $BigInt(m.Limit) : $util.Long.fromBits(m.Limit.low >>> 0, m.Limit.high >>> 0, false).toBigInt();
                else if (typeof m.Limit === "number")
                    d.Limit = o.longs === $String ? $String(m.Limit) : m.Limit;
                else
                    d.Limit = o.longs === $String ? $util.Long.prototype.toString.call(m.Limit) : o.longs === $Number ? new $util.LongBits(m.Limit.low >>> 0, m.Limit.high >>> 0).toNumber() : m.Limit;
            }
            return d;
        };

        LinuxPids.prototype.toJSON = function() {
            return LinuxPids.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxPids;
    })();

    grpc.LinuxDeviceCgroup = (function() {

        const LinuxDeviceCgroup = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxDeviceCgroup.prototype.Allow = false;
        LinuxDeviceCgroup.prototype.Type = "";
        LinuxDeviceCgroup.prototype.Major = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxDeviceCgroup.prototype.Minor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LinuxDeviceCgroup.prototype.Access = "";

        LinuxDeviceCgroup.create = function(properties) {
            return new LinuxDeviceCgroup(properties);
        };

        LinuxDeviceCgroup.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Allow != null && $Object.hasOwnProperty.call(m, "Allow") && m.Allow !== false)
                w.uint32(8).bool(m.Allow);
            if (m.Type != null && $Object.hasOwnProperty.call(m, "Type") && m.Type !== "")
                w.uint32(18).string(m.Type);
            if (m.Major != null && $Object.hasOwnProperty.call(m, "Major") && (typeof m.Major === "object" ? m.Major.low || m.Major.high : m.Major !== 0))
                w.uint32(24).int64(m.Major);
            if (m.Minor != null && $Object.hasOwnProperty.call(m, "Minor") && (typeof m.Minor === "object" ? m.Minor.low || m.Minor.high : m.Minor !== 0))
                w.uint32(32).int64(m.Minor);
            if (m.Access != null && $Object.hasOwnProperty.call(m, "Access") && m.Access !== "")
                w.uint32(42).string(m.Access);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxDeviceCgroup.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxDeviceCgroup();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.Allow = v;
                        else
                            delete m.Allow;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Type = v;
                        else
                            delete m.Type;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Major = v;
                        else
                            delete m.Major;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.Minor = v;
                        else
                            delete m.Minor;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Access = v;
                        else
                            delete m.Access;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxDeviceCgroup.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxDeviceCgroup)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxDeviceCgroup: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxDeviceCgroup();
            if (d.Allow != null) {
                if (d.Allow) {
                    m.Allow = $Boolean(d.Allow);
                }
            }
            if (d.Type != null) {
                if (typeof d.Type !== "string" || d.Type.length) {
                    m.Type = $String(d.Type);
                }
            }
            if (d.Major != null) {
                if (typeof d.Major === "object" ? d.Major.low || d.Major.high : $Number(d.Major) !== 0) {
                    if ($util.Long)
                        m.Major = $util.Long.fromValue(d.Major, false);
                    else if (typeof d.Major === "string")
                        m.Major = $parseInt(d.Major, 10);
                    else if (typeof d.Major === "number")
                        m.Major = d.Major;
                    else if (typeof d.Major === "object")
                        m.Major = new $util.LongBits(d.Major.low >>> 0, d.Major.high >>> 0).toNumber();
                }
            }
            if (d.Minor != null) {
                if (typeof d.Minor === "object" ? d.Minor.low || d.Minor.high : $Number(d.Minor) !== 0) {
                    if ($util.Long)
                        m.Minor = $util.Long.fromValue(d.Minor, false);
                    else if (typeof d.Minor === "string")
                        m.Minor = $parseInt(d.Minor, 10);
                    else if (typeof d.Minor === "number")
                        m.Minor = d.Minor;
                    else if (typeof d.Minor === "object")
                        m.Minor = new $util.LongBits(d.Minor.low >>> 0, d.Minor.high >>> 0).toNumber();
                }
            }
            if (d.Access != null) {
                if (typeof d.Access !== "string" || d.Access.length) {
                    m.Access = $String(d.Access);
                }
            }
            return m;
        };

        LinuxDeviceCgroup.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Allow = false;
                d.Type = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Major = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Major = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.Minor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Minor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.Access = "";
            }
            if (m.Allow != null && $Object.hasOwnProperty.call(m, "Allow")) {
                d.Allow = m.Allow;
            }
            if (m.Type != null && $Object.hasOwnProperty.call(m, "Type")) {
                d.Type = m.Type;
            }
            if (m.Major != null && $Object.hasOwnProperty.call(m, "Major")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Major = typeof m.Major === "number" ? $BigInt(m.Major) : $util.Long.fromBits(m.Major.low >>> 0, m.Major.high >>> 0, false).toBigInt();
                else if (typeof m.Major === "number")
                    d.Major = o.longs === $String ? $String(m.Major) : m.Major;
                else
                    d.Major = o.longs === $String ? $util.Long.prototype.toString.call(m.Major) : o.longs === $Number ? new $util.LongBits(m.Major.low >>> 0, m.Major.high >>> 0).toNumber() : m.Major;
            }
            if (m.Minor != null && $Object.hasOwnProperty.call(m, "Minor")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Minor = typeof m.Minor === "number" ? $BigInt(m.Minor) : $util.Long.fromBits(m.Minor.low >>> 0, m.Minor.high >>> 0, false).toBigInt();
                else if (typeof m.Minor === "number")
                    d.Minor = o.longs === $String ? $String(m.Minor) : m.Minor;
                else
                    d.Minor = o.longs === $String ? $util.Long.prototype.toString.call(m.Minor) : o.longs === $Number ? new $util.LongBits(m.Minor.low >>> 0, m.Minor.high >>> 0).toNumber() : m.Minor;
            }
            if (m.Access != null && $Object.hasOwnProperty.call(m, "Access")) {
                d.Access = m.Access;
            }
            return d;
        };

        LinuxDeviceCgroup.prototype.toJSON = function() {
            return LinuxDeviceCgroup.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxDeviceCgroup;
    })();

    grpc.LinuxNetwork = (function() {

        const LinuxNetwork = function (p) {
            this.Priorities = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxNetwork.prototype.ClassID = 0;
        LinuxNetwork.prototype.Priorities = $util.emptyArray;

        LinuxNetwork.create = function(properties) {
            return new LinuxNetwork(properties);
        };

        LinuxNetwork.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ClassID != null && $Object.hasOwnProperty.call(m, "ClassID") && m.ClassID !== 0)
                w.uint32(8).uint32(m.ClassID);
            if (m.Priorities != null && m.Priorities.length) {
                for (var i = 0; i < m.Priorities.length; ++i)
                    $root.grpc.LinuxInterfacePriority.encode(m.Priorities[i], w.uint32(18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxNetwork.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxNetwork();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.ClassID = v;
                        else
                            delete m.ClassID;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.Priorities && m.Priorities.length))
                            m.Priorities = [];
                        m.Priorities.push($root.grpc.LinuxInterfacePriority.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxNetwork.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxNetwork)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxNetwork: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxNetwork();
            if (d.ClassID != null) {
                if ($Number(d.ClassID) !== 0) {
                    m.ClassID = d.ClassID >>> 0;
                }
            }
            if (d.Priorities) {
                if (!$Array.isArray(d.Priorities))
                    throw $TypeError(".grpc.LinuxNetwork.Priorities: array expected");
                m.Priorities = $Array(d.Priorities.length);
                for (var i = 0; i < d.Priorities.length; ++i) {
                    if (!$util.isObject(d.Priorities[i]))
                        throw $TypeError(".grpc.LinuxNetwork.Priorities: object expected");
                    m.Priorities[i] = $root.grpc.LinuxInterfacePriority.fromObject(d.Priorities[i], q + 1);
                }
            }
            return m;
        };

        LinuxNetwork.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Priorities = [];
            }
            if (o.defaults) {
                d.ClassID = 0;
            }
            if (m.ClassID != null && $Object.hasOwnProperty.call(m, "ClassID")) {
                d.ClassID = m.ClassID;
            }
            if (m.Priorities && m.Priorities.length) {
                d.Priorities = $Array(m.Priorities.length);
                for (var j = 0; j < m.Priorities.length; ++j) {
                    d.Priorities[j] = $root.grpc.LinuxInterfacePriority.toObject(m.Priorities[j], o, q + 1);
                }
            }
            return d;
        };

        LinuxNetwork.prototype.toJSON = function() {
            return LinuxNetwork.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxNetwork;
    })();

    grpc.LinuxHugepageLimit = (function() {

        const LinuxHugepageLimit = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxHugepageLimit.prototype.Pagesize = "";
        LinuxHugepageLimit.prototype.Limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        LinuxHugepageLimit.create = function(properties) {
            return new LinuxHugepageLimit(properties);
        };

        LinuxHugepageLimit.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Pagesize != null && $Object.hasOwnProperty.call(m, "Pagesize") && m.Pagesize !== "")
                w.uint32(10).string(m.Pagesize);
            if (m.Limit != null && $Object.hasOwnProperty.call(m, "Limit") && (typeof m.Limit === "object" ? m.Limit.low || m.Limit.high : m.Limit !== 0))
                w.uint32(16).uint64(m.Limit);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxHugepageLimit.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxHugepageLimit();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Pagesize = v;
                        else
                            delete m.Pagesize;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.Limit = v;
                        else
                            delete m.Limit;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxHugepageLimit.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxHugepageLimit)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxHugepageLimit: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxHugepageLimit();
            if (d.Pagesize != null) {
                if (typeof d.Pagesize !== "string" || d.Pagesize.length) {
                    m.Pagesize = $String(d.Pagesize);
                }
            }
            if (d.Limit != null) {
                if (typeof d.Limit === "object" ? d.Limit.low || d.Limit.high : $Number(d.Limit) !== 0) {
                    if ($util.Long)
                        m.Limit = $util.Long.fromValue(d.Limit, true);
                    else if (typeof d.Limit === "string")
                        m.Limit = $parseInt(d.Limit, 10);
                    else if (typeof d.Limit === "number")
                        m.Limit = d.Limit;
                    else if (typeof d.Limit === "object")
                        m.Limit = new $util.LongBits(d.Limit.low >>> 0, d.Limit.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        LinuxHugepageLimit.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Pagesize = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.Limit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Limit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.Pagesize != null && $Object.hasOwnProperty.call(m, "Pagesize")) {
                d.Pagesize = m.Pagesize;
            }
            if (m.Limit != null && $Object.hasOwnProperty.call(m, "Limit")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Limit = typeof m.Limit === "number" ? $BigInt(m.Limit) : $util.Long.fromBits(m.Limit.low >>> 0, m.Limit.high >>> 0, true).toBigInt();
                else if (typeof m.Limit === "number")
                    d.Limit = o.longs === $String ? $String(m.Limit) : m.Limit;
                else
                    d.Limit = o.longs === $String ? $util.Long.prototype.toString.call(m.Limit) : o.longs === $Number ? new $util.LongBits(m.Limit.low >>> 0, m.Limit.high >>> 0).toNumber(true) : m.Limit;
            }
            return d;
        };

        LinuxHugepageLimit.prototype.toJSON = function() {
            return LinuxHugepageLimit.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxHugepageLimit;
    })();

    grpc.LinuxInterfacePriority = (function() {

        const LinuxInterfacePriority = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxInterfacePriority.prototype.Name = "";
        LinuxInterfacePriority.prototype.Priority = 0;

        LinuxInterfacePriority.create = function(properties) {
            return new LinuxInterfacePriority(properties);
        };

        LinuxInterfacePriority.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Name != null && $Object.hasOwnProperty.call(m, "Name") && m.Name !== "")
                w.uint32(10).string(m.Name);
            if (m.Priority != null && $Object.hasOwnProperty.call(m, "Priority") && m.Priority !== 0)
                w.uint32(16).uint32(m.Priority);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxInterfacePriority.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxInterfacePriority();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Name = v;
                        else
                            delete m.Name;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.Priority = v;
                        else
                            delete m.Priority;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxInterfacePriority.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxInterfacePriority)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxInterfacePriority: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxInterfacePriority();
            if (d.Name != null) {
                if (typeof d.Name !== "string" || d.Name.length) {
                    m.Name = $String(d.Name);
                }
            }
            if (d.Priority != null) {
                if ($Number(d.Priority) !== 0) {
                    m.Priority = d.Priority >>> 0;
                }
            }
            return m;
        };

        LinuxInterfacePriority.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.Name = "";
                d.Priority = 0;
            }
            if (m.Name != null && $Object.hasOwnProperty.call(m, "Name")) {
                d.Name = m.Name;
            }
            if (m.Priority != null && $Object.hasOwnProperty.call(m, "Priority")) {
                d.Priority = m.Priority;
            }
            return d;
        };

        LinuxInterfacePriority.prototype.toJSON = function() {
            return LinuxInterfacePriority.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxInterfacePriority;
    })();

    grpc.LinuxSeccomp = (function() {

        const LinuxSeccomp = function (p) {
            this.Architectures = [];
            this.Flags = [];
            this.Syscalls = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxSeccomp.prototype.DefaultAction = "";
        LinuxSeccomp.prototype.Architectures = $util.emptyArray;
        LinuxSeccomp.prototype.Flags = $util.emptyArray;
        LinuxSeccomp.prototype.Syscalls = $util.emptyArray;

        LinuxSeccomp.create = function(properties) {
            return new LinuxSeccomp(properties);
        };

        LinuxSeccomp.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.DefaultAction != null && $Object.hasOwnProperty.call(m, "DefaultAction") && m.DefaultAction !== "")
                w.uint32(10).string(m.DefaultAction);
            if (m.Architectures != null && m.Architectures.length) {
                for (var i = 0; i < m.Architectures.length; ++i)
                    w.uint32(18).string(m.Architectures[i]);
            }
            if (m.Flags != null && m.Flags.length) {
                for (var i = 0; i < m.Flags.length; ++i)
                    w.uint32(26).string(m.Flags[i]);
            }
            if (m.Syscalls != null && m.Syscalls.length) {
                for (var i = 0; i < m.Syscalls.length; ++i)
                    $root.grpc.LinuxSyscall.encode(m.Syscalls[i], w.uint32(34).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxSeccomp.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxSeccomp();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.DefaultAction = v;
                        else
                            delete m.DefaultAction;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.Architectures && m.Architectures.length))
                            m.Architectures = [];
                        m.Architectures.push(r.stringVerify());
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.Flags && m.Flags.length))
                            m.Flags = [];
                        m.Flags.push(r.stringVerify());
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.Syscalls && m.Syscalls.length))
                            m.Syscalls = [];
                        m.Syscalls.push($root.grpc.LinuxSyscall.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxSeccomp.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxSeccomp)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxSeccomp: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxSeccomp();
            if (d.DefaultAction != null) {
                if (typeof d.DefaultAction !== "string" || d.DefaultAction.length) {
                    m.DefaultAction = $String(d.DefaultAction);
                }
            }
            if (d.Architectures) {
                if (!$Array.isArray(d.Architectures))
                    throw $TypeError(".grpc.LinuxSeccomp.Architectures: array expected");
                m.Architectures = $Array(d.Architectures.length);
                for (var i = 0; i < d.Architectures.length; ++i) {
                    m.Architectures[i] = $String(d.Architectures[i]);
                }
            }
            if (d.Flags) {
                if (!$Array.isArray(d.Flags))
                    throw $TypeError(".grpc.LinuxSeccomp.Flags: array expected");
                m.Flags = $Array(d.Flags.length);
                for (var i = 0; i < d.Flags.length; ++i) {
                    m.Flags[i] = $String(d.Flags[i]);
                }
            }
            if (d.Syscalls) {
                if (!$Array.isArray(d.Syscalls))
                    throw $TypeError(".grpc.LinuxSeccomp.Syscalls: array expected");
                m.Syscalls = $Array(d.Syscalls.length);
                for (var i = 0; i < d.Syscalls.length; ++i) {
                    if (!$util.isObject(d.Syscalls[i]))
                        throw $TypeError(".grpc.LinuxSeccomp.Syscalls: object expected");
                    m.Syscalls[i] = $root.grpc.LinuxSyscall.fromObject(d.Syscalls[i], q + 1);
                }
            }
            return m;
        };

        LinuxSeccomp.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Architectures = [];
                d.Flags = [];
                d.Syscalls = [];
            }
            if (o.defaults) {
                d.DefaultAction = "";
            }
            if (m.DefaultAction != null && $Object.hasOwnProperty.call(m, "DefaultAction")) {
                d.DefaultAction = m.DefaultAction;
            }
            if (m.Architectures && m.Architectures.length) {
                d.Architectures = $Array(m.Architectures.length);
                for (var j = 0; j < m.Architectures.length; ++j) {
                    d.Architectures[j] = m.Architectures[j];
                }
            }
            if (m.Flags && m.Flags.length) {
                d.Flags = $Array(m.Flags.length);
                for (var j = 0; j < m.Flags.length; ++j) {
                    d.Flags[j] = m.Flags[j];
                }
            }
            if (m.Syscalls && m.Syscalls.length) {
                d.Syscalls = $Array(m.Syscalls.length);
                for (var j = 0; j < m.Syscalls.length; ++j) {
                    d.Syscalls[j] = $root.grpc.LinuxSyscall.toObject(m.Syscalls[j], o, q + 1);
                }
            }
            return d;
        };

        LinuxSeccomp.prototype.toJSON = function() {
            return LinuxSeccomp.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxSeccomp;
    })();

    grpc.LinuxSeccompArg = (function() {

        const LinuxSeccompArg = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxSeccompArg.prototype.Index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        LinuxSeccompArg.prototype.Value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        LinuxSeccompArg.prototype.ValueTwo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        LinuxSeccompArg.prototype.Op = "";

        LinuxSeccompArg.create = function(properties) {
            return new LinuxSeccompArg(properties);
        };

        LinuxSeccompArg.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Index != null && $Object.hasOwnProperty.call(m, "Index") && (typeof m.Index === "object" ? m.Index.low || m.Index.high : m.Index !== 0))
                w.uint32(8).uint64(m.Index);
            if (m.Value != null && $Object.hasOwnProperty.call(m, "Value") && (typeof m.Value === "object" ? m.Value.low || m.Value.high : m.Value !== 0))
                w.uint32(16).uint64(m.Value);
            if (m.ValueTwo != null && $Object.hasOwnProperty.call(m, "ValueTwo") && (typeof m.ValueTwo === "object" ? m.ValueTwo.low || m.ValueTwo.high : m.ValueTwo !== 0))
                w.uint32(24).uint64(m.ValueTwo);
            if (m.Op != null && $Object.hasOwnProperty.call(m, "Op") && m.Op !== "")
                w.uint32(34).string(m.Op);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxSeccompArg.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxSeccompArg();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.Index = v;
                        else
                            delete m.Index;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.Value = v;
                        else
                            delete m.Value;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.ValueTwo = v;
                        else
                            delete m.ValueTwo;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Op = v;
                        else
                            delete m.Op;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxSeccompArg.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxSeccompArg)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxSeccompArg: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxSeccompArg();
            if (d.Index != null) {
                if (typeof d.Index === "object" ? d.Index.low || d.Index.high : $Number(d.Index) !== 0) {
                    if ($util.Long)
                        m.Index = $util.Long.fromValue(d.Index, true);
                    else if (typeof d.Index === "string")
                        m.Index = $parseInt(d.Index, 10);
                    else if (typeof d.Index === "number")
                        m.Index = d.Index;
                    else if (typeof d.Index === "object")
                        m.Index = new $util.LongBits(d.Index.low >>> 0, d.Index.high >>> 0).toNumber(true);
                }
            }
            if (d.Value != null) {
                if (typeof d.Value === "object" ? d.Value.low || d.Value.high : $Number(d.Value) !== 0) {
                    if ($util.Long)
                        m.Value = $util.Long.fromValue(d.Value, true);
                    else if (typeof d.Value === "string")
                        m.Value = $parseInt(d.Value, 10);
                    else if (typeof d.Value === "number")
                        m.Value = d.Value;
                    else if (typeof d.Value === "object")
                        m.Value = new $util.LongBits(d.Value.low >>> 0, d.Value.high >>> 0).toNumber(true);
                }
            }
            if (d.ValueTwo != null) {
                if (typeof d.ValueTwo === "object" ? d.ValueTwo.low || d.ValueTwo.high : $Number(d.ValueTwo) !== 0) {
                    if ($util.Long)
                        m.ValueTwo = $util.Long.fromValue(d.ValueTwo, true);
                    else if (typeof d.ValueTwo === "string")
                        m.ValueTwo = $parseInt(d.ValueTwo, 10);
                    else if (typeof d.ValueTwo === "number")
                        m.ValueTwo = d.ValueTwo;
                    else if (typeof d.ValueTwo === "object")
                        m.ValueTwo = new $util.LongBits(d.ValueTwo.low >>> 0, d.ValueTwo.high >>> 0).toNumber(true);
                }
            }
            if (d.Op != null) {
                if (typeof d.Op !== "string" || d.Op.length) {
                    m.Op = $String(d.Op);
                }
            }
            return m;
        };

        LinuxSeccompArg.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.Index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.Value = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.Value = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.ValueTwo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.ValueTwo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.Op = "";
            }
            if (m.Index != null && $Object.hasOwnProperty.call(m, "Index")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Index = typeof m.Index === "number" ? $BigInt(m.Index) : $util.Long.fromBits(m.Index.low >>> 0, m.Index.high >>> 0, true).toBigInt();
                else if (typeof m.Index === "number")
                    d.Index = o.longs === $String ? $String(m.Index) : m.Index;
                else
                    d.Index = o.longs === $String ? $util.Long.prototype.toString.call(m.Index) : o.longs === $Number ? new $util.LongBits(m.Index.low >>> 0, m.Index.high >>> 0).toNumber(true) : m.Index;
            }
            if (m.Value != null && $Object.hasOwnProperty.call(m, "Value")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.Value = typeof m.Value === "number" ? $BigInt(m.Value) : $util.Long.fromBits(m.Value.low >>> 0, m.Value.high >>> 0, true).toBigInt();
                else if (typeof m.Value === "number")
                    d.Value = o.longs === $String ? $String(m.Value) : m.Value;
                else
                    d.Value = o.longs === $String ? $util.Long.prototype.toString.call(m.Value) : o.longs === $Number ? new $util.LongBits(m.Value.low >>> 0, m.Value.high >>> 0).toNumber(true) : m.Value;
            }
            if (m.ValueTwo != null && $Object.hasOwnProperty.call(m, "ValueTwo")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.ValueTwo = typeof m.ValueTwo === "number" ? $BigInt(m.ValueTwo) : $util.Long.fromBits(m.ValueTwo.low >>> 0, m.ValueTwo.high >>> 0, true).toBigInt();
                else if (typeof m.ValueTwo === "number")
                    d.ValueTwo = o.longs === $String ? $String(m.ValueTwo) : m.ValueTwo;
                else
                    d.ValueTwo = o.longs === $String ? $util.Long.prototype.toString.call(m.ValueTwo) : o.longs === $Number ? new $util.LongBits(m.ValueTwo.low >>> 0, m.ValueTwo.high >>> 0).toNumber(true) : m.ValueTwo;
            }
            if (m.Op != null && $Object.hasOwnProperty.call(m, "Op")) {
                d.Op = m.Op;
            }
            return d;
        };

        LinuxSeccompArg.prototype.toJSON = function() {
            return LinuxSeccompArg.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxSeccompArg;
    })();

    grpc.LinuxSyscall = (function() {

        const LinuxSyscall = function (p) {
            this.Names = [];
            this.Args = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxSyscall.prototype.Names = $util.emptyArray;
        LinuxSyscall.prototype.Action = "";
        LinuxSyscall.prototype.errnoret = null;
        LinuxSyscall.prototype.Args = $util.emptyArray;

        let $oneOfFields;

        $Object.defineProperty(LinuxSyscall.prototype, "ErrnoRet", {
            get: $util.oneOfGetter($oneOfFields = ["errnoret"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        LinuxSyscall.create = function(properties) {
            return new LinuxSyscall(properties);
        };

        LinuxSyscall.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.Names != null && m.Names.length) {
                for (var i = 0; i < m.Names.length; ++i)
                    w.uint32(10).string(m.Names[i]);
            }
            if (m.Action != null && $Object.hasOwnProperty.call(m, "Action") && m.Action !== "")
                w.uint32(18).string(m.Action);
            if (m.errnoret != null && $Object.hasOwnProperty.call(m, "errnoret"))
                w.uint32(24).uint32(m.errnoret);
            if (m.Args != null && m.Args.length) {
                for (var i = 0; i < m.Args.length; ++i)
                    $root.grpc.LinuxSeccompArg.encode(m.Args[i], w.uint32(34).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxSyscall.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxSyscall();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.Names && m.Names.length))
                            m.Names = [];
                        m.Names.push(r.stringVerify());
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.Action = v;
                        else
                            delete m.Action;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.errnoret = r.uint32();
                        m.ErrnoRet = "errnoret";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.Args && m.Args.length))
                            m.Args = [];
                        m.Args.push($root.grpc.LinuxSeccompArg.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxSyscall.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxSyscall)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxSyscall: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxSyscall();
            if (d.Names) {
                if (!$Array.isArray(d.Names))
                    throw $TypeError(".grpc.LinuxSyscall.Names: array expected");
                m.Names = $Array(d.Names.length);
                for (var i = 0; i < d.Names.length; ++i) {
                    m.Names[i] = $String(d.Names[i]);
                }
            }
            if (d.Action != null) {
                if (typeof d.Action !== "string" || d.Action.length) {
                    m.Action = $String(d.Action);
                }
            }
            if (d.errnoret != null) {
                m.errnoret = d.errnoret >>> 0;
            }
            if (d.Args) {
                if (!$Array.isArray(d.Args))
                    throw $TypeError(".grpc.LinuxSyscall.Args: array expected");
                m.Args = $Array(d.Args.length);
                for (var i = 0; i < d.Args.length; ++i) {
                    if (!$util.isObject(d.Args[i]))
                        throw $TypeError(".grpc.LinuxSyscall.Args: object expected");
                    m.Args[i] = $root.grpc.LinuxSeccompArg.fromObject(d.Args[i], q + 1);
                }
            }
            return m;
        };

        LinuxSyscall.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.Names = [];
                d.Args = [];
            }
            if (o.defaults) {
                d.Action = "";
            }
            if (m.Names && m.Names.length) {
                d.Names = $Array(m.Names.length);
                for (var j = 0; j < m.Names.length; ++j) {
                    d.Names[j] = m.Names[j];
                }
            }
            if (m.Action != null && $Object.hasOwnProperty.call(m, "Action")) {
                d.Action = m.Action;
            }
            if (m.errnoret != null && $Object.hasOwnProperty.call(m, "errnoret")) {
                d.errnoret = m.errnoret;
                if (o.oneofs)
                    d.ErrnoRet = "errnoret";
            }
            if (m.Args && m.Args.length) {
                d.Args = $Array(m.Args.length);
                for (var j = 0; j < m.Args.length; ++j) {
                    d.Args[j] = $root.grpc.LinuxSeccompArg.toObject(m.Args[j], o, q + 1);
                }
            }
            return d;
        };

        LinuxSyscall.prototype.toJSON = function() {
            return LinuxSyscall.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxSyscall;
    })();

    grpc.LinuxIntelRdt = (function() {

        const LinuxIntelRdt = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        LinuxIntelRdt.prototype.L3CacheSchema = "";

        LinuxIntelRdt.create = function(properties) {
            return new LinuxIntelRdt(properties);
        };

        LinuxIntelRdt.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.L3CacheSchema != null && $Object.hasOwnProperty.call(m, "L3CacheSchema") && m.L3CacheSchema !== "")
                w.uint32(10).string(m.L3CacheSchema);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        LinuxIntelRdt.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.LinuxIntelRdt();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.L3CacheSchema = v;
                        else
                            delete m.L3CacheSchema;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        LinuxIntelRdt.fromObject = function (d, q) {
            if (d instanceof $root.grpc.LinuxIntelRdt)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.LinuxIntelRdt: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.LinuxIntelRdt();
            if (d.L3CacheSchema != null) {
                if (typeof d.L3CacheSchema !== "string" || d.L3CacheSchema.length) {
                    m.L3CacheSchema = $String(d.L3CacheSchema);
                }
            }
            return m;
        };

        LinuxIntelRdt.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.L3CacheSchema = "";
            }
            if (m.L3CacheSchema != null && $Object.hasOwnProperty.call(m, "L3CacheSchema")) {
                d.L3CacheSchema = m.L3CacheSchema;
            }
            return d;
        };

        LinuxIntelRdt.prototype.toJSON = function() {
            return LinuxIntelRdt.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinuxIntelRdt;
    })();

    grpc.VolumeStatsResponse = (function() {

        const VolumeStatsResponse = function (p) {
            this.usage = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        VolumeStatsResponse.prototype.usage = $util.emptyArray;
        VolumeStatsResponse.prototype.volume_condition = null;

        VolumeStatsResponse.create = function(properties) {
            return new VolumeStatsResponse(properties);
        };

        VolumeStatsResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.usage != null && m.usage.length) {
                for (var i = 0; i < m.usage.length; ++i)
                    $root.grpc.VolumeUsage.encode(m.usage[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.volume_condition != null && $Object.hasOwnProperty.call(m, "volume_condition"))
                $root.grpc.VolumeCondition.encode(m.volume_condition, w.uint32(18).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        VolumeStatsResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.VolumeStatsResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.usage && m.usage.length))
                            m.usage = [];
                        m.usage.push($root.grpc.VolumeUsage.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.volume_condition = $root.grpc.VolumeCondition.decode(r, r.size(), $undefined, q + 1, m.volume_condition);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        VolumeStatsResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.VolumeStatsResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.VolumeStatsResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.VolumeStatsResponse();
            if (d.usage) {
                if (!$Array.isArray(d.usage))
                    throw $TypeError(".grpc.VolumeStatsResponse.usage: array expected");
                m.usage = $Array(d.usage.length);
                for (var i = 0; i < d.usage.length; ++i) {
                    if (!$util.isObject(d.usage[i]))
                        throw $TypeError(".grpc.VolumeStatsResponse.usage: object expected");
                    m.usage[i] = $root.grpc.VolumeUsage.fromObject(d.usage[i], q + 1);
                }
            }
            if (d.volume_condition != null) {
                if (!$util.isObject(d.volume_condition))
                    throw $TypeError(".grpc.VolumeStatsResponse.volume_condition: object expected");
                m.volume_condition = $root.grpc.VolumeCondition.fromObject(d.volume_condition, q + 1);
            }
            return m;
        };

        VolumeStatsResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.usage = [];
            }
            if (o.defaults) {
                d.volume_condition = null;
            }
            if (m.usage && m.usage.length) {
                d.usage = $Array(m.usage.length);
                for (var j = 0; j < m.usage.length; ++j) {
                    d.usage[j] = $root.grpc.VolumeUsage.toObject(m.usage[j], o, q + 1);
                }
            }
            if (m.volume_condition != null && $Object.hasOwnProperty.call(m, "volume_condition")) {
                d.volume_condition = $root.grpc.VolumeCondition.toObject(m.volume_condition, o, q + 1);
            }
            return d;
        };

        VolumeStatsResponse.prototype.toJSON = function() {
            return VolumeStatsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return VolumeStatsResponse;
    })();

    grpc.VolumeUsage = (function() {

        const VolumeUsage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        VolumeUsage.prototype.available = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        VolumeUsage.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        VolumeUsage.prototype.used = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        VolumeUsage.prototype.unit = 0;

        VolumeUsage.create = function(properties) {
            return new VolumeUsage(properties);
        };

        VolumeUsage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.available != null && $Object.hasOwnProperty.call(m, "available") && (typeof m.available === "object" ? m.available.low || m.available.high : m.available !== 0))
                w.uint32(8).uint64(m.available);
            if (m.total != null && $Object.hasOwnProperty.call(m, "total") && (typeof m.total === "object" ? m.total.low || m.total.high : m.total !== 0))
                w.uint32(16).uint64(m.total);
            if (m.used != null && $Object.hasOwnProperty.call(m, "used") && (typeof m.used === "object" ? m.used.low || m.used.high : m.used !== 0))
                w.uint32(24).uint64(m.used);
            if (m.unit != null && $Object.hasOwnProperty.call(m, "unit") && m.unit !== 0)
                w.uint32(32).int32(m.unit);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        VolumeUsage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.VolumeUsage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.available = v;
                        else
                            delete m.available;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.total = v;
                        else
                            delete m.total;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.used = v;
                        else
                            delete m.used;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.unit = v;
                        else
                            delete m.unit;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        VolumeUsage.fromObject = function (d, q) {
            if (d instanceof $root.grpc.VolumeUsage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.VolumeUsage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.VolumeUsage();
            if (d.available != null) {
                if (typeof d.available === "object" ? d.available.low || d.available.high : $Number(d.available) !== 0) {
                    if ($util.Long)
                        m.available = $util.Long.fromValue(d.available, true);
                    else if (typeof d.available === "string")
                        m.available = $parseInt(d.available, 10);
                    else if (typeof d.available === "number")
                        m.available = d.available;
                    else if (typeof d.available === "object")
                        m.available = new $util.LongBits(d.available.low >>> 0, d.available.high >>> 0).toNumber(true);
                }
            }
            if (d.total != null) {
                if (typeof d.total === "object" ? d.total.low || d.total.high : $Number(d.total) !== 0) {
                    if ($util.Long)
                        m.total = $util.Long.fromValue(d.total, true);
                    else if (typeof d.total === "string")
                        m.total = $parseInt(d.total, 10);
                    else if (typeof d.total === "number")
                        m.total = d.total;
                    else if (typeof d.total === "object")
                        m.total = new $util.LongBits(d.total.low >>> 0, d.total.high >>> 0).toNumber(true);
                }
            }
            if (d.used != null) {
                if (typeof d.used === "object" ? d.used.low || d.used.high : $Number(d.used) !== 0) {
                    if ($util.Long)
                        m.used = $util.Long.fromValue(d.used, true);
                    else if (typeof d.used === "string")
                        m.used = $parseInt(d.used, 10);
                    else if (typeof d.used === "number")
                        m.used = d.used;
                    else if (typeof d.used === "object")
                        m.used = new $util.LongBits(d.used.low >>> 0, d.used.high >>> 0).toNumber(true);
                }
            }
            if (d.unit !== 0 && (typeof d.unit !== "string" || $root.grpc.VolumeUsage.Unit[d.unit] !== 0)) {
                switch (d.unit) {
                case "UNKNOWN":
                case 0:
                    m.unit = 0;
                    break;
                case "BYTES":
                case 1:
                    m.unit = 1;
                    break;
                case "INODES":
                case 2:
                    m.unit = 2;
                    break;
                default:
                    if (typeof d.unit === "number" && (d.unit | 0) === d.unit)
                        m.unit = d.unit;
                }
            }
            return m;
        };

        VolumeUsage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.available = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.available = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.total = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.total = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.used = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.used = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.unit = o.enums === $String ? "UNKNOWN" : 0;
            }
            if (m.available != null && $Object.hasOwnProperty.call(m, "available")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.available = typeof m.available === "number" ? $BigInt(m.available) : $util.Long.fromBits(m.available.low >>> 0, m.available.high >>> 0, true).toBigInt();
                else if (typeof m.available === "number")
                    d.available = o.longs === $String ? $String(m.available) : m.available;
                else
                    d.available = o.longs === $String ? $util.Long.prototype.toString.call(m.available) : o.longs === $Number ? new $util.LongBits(m.available.low >>> 0, m.available.high >>> 0).toNumber(true) : m.available;
            }
            if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.total = typeof m.total === "number" ? $BigInt(m.total) : $util.Long.fromBits(m.total.low >>> 0, m.total.high >>> 0, true).toBigInt();
                else if (typeof m.total === "number")
                    d.total = o.longs === $String ? $String(m.total) : m.total;
                else
                    d.total = o.longs === $String ? $util.Long.prototype.toString.call(m.total) : o.longs === $Number ? new $util.LongBits(m.total.low >>> 0, m.total.high >>> 0).toNumber(true) : m.total;
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.used = typeof m.used === "number" ? $BigInt(m.used) : $util.Long.fromBits(m.used.low >>> 0, m.used.high >>> 0, true).toBigInt();
                else if (typeof m.used === "number")
                    d.used = o.longs === $String ? $String(m.used) : m.used;
                else
                    d.used = o.longs === $String ? $util.Long.prototype.toString.call(m.used) : o.longs === $Number ? new $util.LongBits(m.used.low >>> 0, m.used.high >>> 0).toNumber(true) : m.used;
            }
            if (m.unit != null && $Object.hasOwnProperty.call(m, "unit")) {
                d.unit = o.enums === $String ? $root.grpc.VolumeUsage.Unit[m.unit] === $undefined ? m.unit : $root.grpc.VolumeUsage.Unit[m.unit] : m.unit;
            }
            return d;
        };

        VolumeUsage.prototype.toJSON = function() {
            return VolumeUsage.toObject(this, $protobuf.util.toJSONOptions);
        };

        VolumeUsage.Unit = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "BYTES"] = 1;
            values[valuesById[2] = "INODES"] = 2;
            return values;
        })();

        return VolumeUsage;
    })();

    grpc.VolumeCondition = (function() {

        const VolumeCondition = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        VolumeCondition.prototype.abnormal = false;
        VolumeCondition.prototype.message = "";

        VolumeCondition.create = function(properties) {
            return new VolumeCondition(properties);
        };

        VolumeCondition.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.abnormal != null && $Object.hasOwnProperty.call(m, "abnormal") && m.abnormal !== false)
                w.uint32(8).bool(m.abnormal);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(18).string(m.message);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        VolumeCondition.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.VolumeCondition();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.abnormal = v;
                        else
                            delete m.abnormal;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        VolumeCondition.fromObject = function (d, q) {
            if (d instanceof $root.grpc.VolumeCondition)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.VolumeCondition: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.VolumeCondition();
            if (d.abnormal != null) {
                if (d.abnormal) {
                    m.abnormal = $Boolean(d.abnormal);
                }
            }
            if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                    m.message = $String(d.message);
                }
            }
            return m;
        };

        VolumeCondition.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.abnormal = false;
                d.message = "";
            }
            if (m.abnormal != null && $Object.hasOwnProperty.call(m, "abnormal")) {
                d.abnormal = m.abnormal;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            return d;
        };

        VolumeCondition.prototype.toJSON = function() {
            return VolumeCondition.toObject(this, $protobuf.util.toJSONOptions);
        };

        return VolumeCondition;
    })();

    grpc.CheckRequest = (function() {

        const CheckRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        CheckRequest.prototype.service = "";

        CheckRequest.create = function(properties) {
            return new CheckRequest(properties);
        };

        CheckRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.service != null && $Object.hasOwnProperty.call(m, "service") && m.service !== "")
                w.uint32(10).string(m.service);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        CheckRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.CheckRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.service = v;
                        else
                            delete m.service;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        CheckRequest.fromObject = function (d, q) {
            if (d instanceof $root.grpc.CheckRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.CheckRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.CheckRequest();
            if (d.service != null) {
                if (typeof d.service !== "string" || d.service.length) {
                    m.service = $String(d.service);
                }
            }
            return m;
        };

        CheckRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.service = "";
            }
            if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                d.service = m.service;
            }
            return d;
        };

        CheckRequest.prototype.toJSON = function() {
            return CheckRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CheckRequest;
    })();

    grpc.HealthCheckResponse = (function() {

        const HealthCheckResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        HealthCheckResponse.prototype.status = 0;

        HealthCheckResponse.create = function(properties) {
            return new HealthCheckResponse(properties);
        };

        HealthCheckResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                w.uint32(8).int32(m.status);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        HealthCheckResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.HealthCheckResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.status = v;
                        else
                            delete m.status;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        HealthCheckResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.HealthCheckResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.HealthCheckResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.HealthCheckResponse();
            if (d.status !== 0 && (typeof d.status !== "string" || $root.grpc.HealthCheckResponse.ServingStatus[d.status] !== 0)) {
                switch (d.status) {
                case "UNKNOWN":
                case 0:
                    m.status = 0;
                    break;
                case "SERVING":
                case 1:
                    m.status = 1;
                    break;
                case "NOT_SERVING":
                case 2:
                    m.status = 2;
                    break;
                default:
                    if (typeof d.status === "number" && (d.status | 0) === d.status)
                        m.status = d.status;
                }
            }
            return m;
        };

        HealthCheckResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.status = o.enums === $String ? "UNKNOWN" : 0;
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                d.status = o.enums === $String ? $root.grpc.HealthCheckResponse.ServingStatus[m.status] === $undefined ? m.status : $root.grpc.HealthCheckResponse.ServingStatus[m.status] : m.status;
            }
            return d;
        };

        HealthCheckResponse.prototype.toJSON = function() {
            return HealthCheckResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        HealthCheckResponse.ServingStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "SERVING"] = 1;
            values[valuesById[2] = "NOT_SERVING"] = 2;
            return values;
        })();

        return HealthCheckResponse;
    })();

    grpc.VersionCheckResponse = (function() {

        const VersionCheckResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        VersionCheckResponse.prototype.grpc_version = "";
        VersionCheckResponse.prototype.agent_version = "";

        VersionCheckResponse.create = function(properties) {
            return new VersionCheckResponse(properties);
        };

        VersionCheckResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.grpc_version != null && $Object.hasOwnProperty.call(m, "grpc_version") && m.grpc_version !== "")
                w.uint32(10).string(m.grpc_version);
            if (m.agent_version != null && $Object.hasOwnProperty.call(m, "agent_version") && m.agent_version !== "")
                w.uint32(18).string(m.agent_version);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        VersionCheckResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.grpc.VersionCheckResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.grpc_version = v;
                        else
                            delete m.grpc_version;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.agent_version = v;
                        else
                            delete m.agent_version;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        VersionCheckResponse.fromObject = function (d, q) {
            if (d instanceof $root.grpc.VersionCheckResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".grpc.VersionCheckResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.grpc.VersionCheckResponse();
            if (d.grpc_version != null) {
                if (typeof d.grpc_version !== "string" || d.grpc_version.length) {
                    m.grpc_version = $String(d.grpc_version);
                }
            }
            if (d.agent_version != null) {
                if (typeof d.agent_version !== "string" || d.agent_version.length) {
                    m.agent_version = $String(d.agent_version);
                }
            }
            return m;
        };

        VersionCheckResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.grpc_version = "";
                d.agent_version = "";
            }
            if (m.grpc_version != null && $Object.hasOwnProperty.call(m, "grpc_version")) {
                d.grpc_version = m.grpc_version;
            }
            if (m.agent_version != null && $Object.hasOwnProperty.call(m, "agent_version")) {
                d.agent_version = m.agent_version;
            }
            return d;
        };

        VersionCheckResponse.prototype.toJSON = function() {
            return VersionCheckResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return VersionCheckResponse;
    })();

    return grpc;
})();

export const types = $root.types = (() => {

    const types = {};

    types.IPFamily = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "v4"] = 0;
        values[valuesById[1] = "v6"] = 1;
        return values;
    })();

    types.FSGroupChangePolicy = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "Always"] = 0;
        values[valuesById[1] = "OnRootMismatch"] = 1;
        return values;
    })();

    types.IPAddress = (function() {

        const IPAddress = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        IPAddress.prototype.family = 0;
        IPAddress.prototype.address = "";
        IPAddress.prototype.mask = "";

        IPAddress.create = function(properties) {
            return new IPAddress(properties);
        };

        IPAddress.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.family != null && $Object.hasOwnProperty.call(m, "family") && m.family !== 0)
                w.uint32(8).int32(m.family);
            if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                w.uint32(18).string(m.address);
            if (m.mask != null && $Object.hasOwnProperty.call(m, "mask") && m.mask !== "")
                w.uint32(26).string(m.mask);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        IPAddress.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.types.IPAddress();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.family = v;
                        else
                            delete m.family;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.address = v;
                        else
                            delete m.address;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.mask = v;
                        else
                            delete m.mask;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        IPAddress.fromObject = function (d, q) {
            if (d instanceof $root.types.IPAddress)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".types.IPAddress: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.types.IPAddress();
            if (d.family !== 0 && (typeof d.family !== "string" || $root.types.IPFamily[d.family] !== 0)) {
                switch (d.family) {
                case "v4":
                case 0:
                    m.family = 0;
                    break;
                case "v6":
                case 1:
                    m.family = 1;
                    break;
                default:
                    if (typeof d.family === "number" && (d.family | 0) === d.family)
                        m.family = d.family;
                }
            }
            if (d.address != null) {
                if (typeof d.address !== "string" || d.address.length) {
                    m.address = $String(d.address);
                }
            }
            if (d.mask != null) {
                if (typeof d.mask !== "string" || d.mask.length) {
                    m.mask = $String(d.mask);
                }
            }
            return m;
        };

        IPAddress.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.family = o.enums === $String ? "v4" : 0;
                d.address = "";
                d.mask = "";
            }
            if (m.family != null && $Object.hasOwnProperty.call(m, "family")) {
                d.family = o.enums === $String ? $root.types.IPFamily[m.family] === $undefined ? m.family : $root.types.IPFamily[m.family] : m.family;
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                d.address = m.address;
            }
            if (m.mask != null && $Object.hasOwnProperty.call(m, "mask")) {
                d.mask = m.mask;
            }
            return d;
        };

        IPAddress.prototype.toJSON = function() {
            return IPAddress.toObject(this, $protobuf.util.toJSONOptions);
        };

        return IPAddress;
    })();

    types.Interface = (function() {

        const Interface = function (p) {
            this.IPAddresses = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Interface.prototype.device = "";
        Interface.prototype.name = "";
        Interface.prototype.IPAddresses = $util.emptyArray;
        Interface.prototype.mtu = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        Interface.prototype.hwAddr = "";
        Interface.prototype.devicePath = "";
        Interface.prototype.type = "";
        Interface.prototype.raw_flags = 0;

        Interface.create = function(properties) {
            return new Interface(properties);
        };

        Interface.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.device != null && $Object.hasOwnProperty.call(m, "device") && m.device !== "")
                w.uint32(10).string(m.device);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(18).string(m.name);
            if (m.IPAddresses != null && m.IPAddresses.length) {
                for (var i = 0; i < m.IPAddresses.length; ++i)
                    $root.types.IPAddress.encode(m.IPAddresses[i], w.uint32(26).fork(), q + 1).ldelim();
            }
            if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu") && (typeof m.mtu === "object" ? m.mtu.low || m.mtu.high : m.mtu !== 0))
                w.uint32(32).uint64(m.mtu);
            if (m.hwAddr != null && $Object.hasOwnProperty.call(m, "hwAddr") && m.hwAddr !== "")
                w.uint32(42).string(m.hwAddr);
            if (m.devicePath != null && $Object.hasOwnProperty.call(m, "devicePath") && m.devicePath !== "")
                w.uint32(50).string(m.devicePath);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                w.uint32(58).string(m.type);
            if (m.raw_flags != null && $Object.hasOwnProperty.call(m, "raw_flags") && m.raw_flags !== 0)
                w.uint32(64).uint32(m.raw_flags);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Interface.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.types.Interface();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.device = v;
                        else
                            delete m.device;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.IPAddresses && m.IPAddresses.length))
                            m.IPAddresses = [];
                        m.IPAddresses.push($root.types.IPAddress.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.mtu = v;
                        else
                            delete m.mtu;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.hwAddr = v;
                        else
                            delete m.hwAddr;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.devicePath = v;
                        else
                            delete m.devicePath;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.type = v;
                        else
                            delete m.type;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.raw_flags = v;
                        else
                            delete m.raw_flags;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Interface.fromObject = function (d, q) {
            if (d instanceof $root.types.Interface)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".types.Interface: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.types.Interface();
            if (d.device != null) {
                if (typeof d.device !== "string" || d.device.length) {
                    m.device = $String(d.device);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.IPAddresses) {
                if (!$Array.isArray(d.IPAddresses))
                    throw $TypeError(".types.Interface.IPAddresses: array expected");
                m.IPAddresses = $Array(d.IPAddresses.length);
                for (var i = 0; i < d.IPAddresses.length; ++i) {
                    if (!$util.isObject(d.IPAddresses[i]))
                        throw $TypeError(".types.Interface.IPAddresses: object expected");
                    m.IPAddresses[i] = $root.types.IPAddress.fromObject(d.IPAddresses[i], q + 1);
                }
            }
            if (d.mtu != null) {
                if (typeof d.mtu === "object" ? d.mtu.low || d.mtu.high : $Number(d.mtu) !== 0) {
                    if ($util.Long)
                        m.mtu = $util.Long.fromValue(d.mtu, true);
                    else if (typeof d.mtu === "string")
                        m.mtu = $parseInt(d.mtu, 10);
                    else if (typeof d.mtu === "number")
                        m.mtu = d.mtu;
                    else if (typeof d.mtu === "object")
                        m.mtu = new $util.LongBits(d.mtu.low >>> 0, d.mtu.high >>> 0).toNumber(true);
                }
            }
            if (d.hwAddr != null) {
                if (typeof d.hwAddr !== "string" || d.hwAddr.length) {
                    m.hwAddr = $String(d.hwAddr);
                }
            }
            if (d.devicePath != null) {
                if (typeof d.devicePath !== "string" || d.devicePath.length) {
                    m.devicePath = $String(d.devicePath);
                }
            }
            if (d.type != null) {
                if (typeof d.type !== "string" || d.type.length) {
                    m.type = $String(d.type);
                }
            }
            if (d.raw_flags != null) {
                if ($Number(d.raw_flags) !== 0) {
                    m.raw_flags = d.raw_flags >>> 0;
                }
            }
            return m;
        };

        Interface.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.IPAddresses = [];
            }
            if (o.defaults) {
                d.device = "";
                d.name = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.mtu = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.mtu = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.hwAddr = "";
                d.devicePath = "";
                d.type = "";
                d.raw_flags = 0;
            }
            if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                d.device = m.device;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.IPAddresses && m.IPAddresses.length) {
                d.IPAddresses = $Array(m.IPAddresses.length);
                for (var j = 0; j < m.IPAddresses.length; ++j) {
                    d.IPAddresses[j] = $root.types.IPAddress.toObject(m.IPAddresses[j], o, q + 1);
                }
            }
            if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.mtu = typeof m.mtu === "number" ? $BigInt(m.mtu) : $util.Long.fromBits(m.mtu.low >>> 0, m.mtu.high >>> 0, true).toBigInt();
                else if (typeof m.mtu === "number")
                    d.mtu = o.longs === $String ? $String(m.mtu) : m.mtu;
                else
                    d.mtu = o.longs === $String ? $util.Long.prototype.toString.call(m.mtu) : o.longs === $Number ? new $util.LongBits(m.mtu.low >>> 0, m.mtu.high >>> 0).toNumber(true) : m.mtu;
            }
            if (m.hwAddr != null && $Object.hasOwnProperty.call(m, "hwAddr")) {
                d.hwAddr = m.hwAddr;
            }
            if (m.devicePath != null && $Object.hasOwnProperty.call(m, "devicePath")) {
                d.devicePath = m.devicePath;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = m.type;
            }
            if (m.raw_flags != null && $Object.hasOwnProperty.call(m, "raw_flags")) {
                d.raw_flags = m.raw_flags;
            }
            return d;
        };

        Interface.prototype.toJSON = function() {
            return Interface.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Interface;
    })();

    types.Route = (function() {

        const Route = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Route.prototype.dest = "";
        Route.prototype.gateway = "";
        Route.prototype.device = "";
        Route.prototype.source = "";
        Route.prototype.scope = 0;
        Route.prototype.family = 0;
        Route.prototype.flags = 0;
        Route.prototype.mtu = 0;

        Route.create = function(properties) {
            return new Route(properties);
        };

        Route.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dest != null && $Object.hasOwnProperty.call(m, "dest") && m.dest !== "")
                w.uint32(10).string(m.dest);
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway") && m.gateway !== "")
                w.uint32(18).string(m.gateway);
            if (m.device != null && $Object.hasOwnProperty.call(m, "device") && m.device !== "")
                w.uint32(26).string(m.device);
            if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== "")
                w.uint32(34).string(m.source);
            if (m.scope != null && $Object.hasOwnProperty.call(m, "scope") && m.scope !== 0)
                w.uint32(40).uint32(m.scope);
            if (m.family != null && $Object.hasOwnProperty.call(m, "family") && m.family !== 0)
                w.uint32(48).int32(m.family);
            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                w.uint32(56).uint32(m.flags);
            if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu") && m.mtu !== 0)
                w.uint32(64).uint32(m.mtu);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Route.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.types.Route();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.dest = v;
                        else
                            delete m.dest;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.gateway = v;
                        else
                            delete m.gateway;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.device = v;
                        else
                            delete m.device;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.source = v;
                        else
                            delete m.source;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.scope = v;
                        else
                            delete m.scope;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.family = v;
                        else
                            delete m.family;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.flags = v;
                        else
                            delete m.flags;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.mtu = v;
                        else
                            delete m.mtu;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Route.fromObject = function (d, q) {
            if (d instanceof $root.types.Route)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".types.Route: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.types.Route();
            if (d.dest != null) {
                if (typeof d.dest !== "string" || d.dest.length) {
                    m.dest = $String(d.dest);
                }
            }
            if (d.gateway != null) {
                if (typeof d.gateway !== "string" || d.gateway.length) {
                    m.gateway = $String(d.gateway);
                }
            }
            if (d.device != null) {
                if (typeof d.device !== "string" || d.device.length) {
                    m.device = $String(d.device);
                }
            }
            if (d.source != null) {
                if (typeof d.source !== "string" || d.source.length) {
                    m.source = $String(d.source);
                }
            }
            if (d.scope != null) {
                if ($Number(d.scope) !== 0) {
                    m.scope = d.scope >>> 0;
                }
            }
            if (d.family !== 0 && (typeof d.family !== "string" || $root.types.IPFamily[d.family] !== 0)) {
                switch (d.family) {
                case "v4":
                case 0:
                    m.family = 0;
                    break;
                case "v6":
                case 1:
                    m.family = 1;
                    break;
                default:
                    if (typeof d.family === "number" && (d.family | 0) === d.family)
                        m.family = d.family;
                }
            }
            if (d.flags != null) {
                if ($Number(d.flags) !== 0) {
                    m.flags = d.flags >>> 0;
                }
            }
            if (d.mtu != null) {
                if ($Number(d.mtu) !== 0) {
                    m.mtu = d.mtu >>> 0;
                }
            }
            return m;
        };

        Route.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.dest = "";
                d.gateway = "";
                d.device = "";
                d.source = "";
                d.scope = 0;
                d.family = o.enums === $String ? "v4" : 0;
                d.flags = 0;
                d.mtu = 0;
            }
            if (m.dest != null && $Object.hasOwnProperty.call(m, "dest")) {
                d.dest = m.dest;
            }
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                d.gateway = m.gateway;
            }
            if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                d.device = m.device;
            }
            if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                d.source = m.source;
            }
            if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                d.scope = m.scope;
            }
            if (m.family != null && $Object.hasOwnProperty.call(m, "family")) {
                d.family = o.enums === $String ? $root.types.IPFamily[m.family] === $undefined ? m.family : $root.types.IPFamily[m.family] : m.family;
            }
            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                d.flags = m.flags;
            }
            if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu")) {
                d.mtu = m.mtu;
            }
            return d;
        };

        Route.prototype.toJSON = function() {
            return Route.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Route;
    })();

    types.ARPNeighbor = (function() {

        const ARPNeighbor = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        ARPNeighbor.prototype.toIPAddress = null;
        ARPNeighbor.prototype.device = "";
        ARPNeighbor.prototype.lladdr = "";
        ARPNeighbor.prototype.state = 0;
        ARPNeighbor.prototype.flags = 0;

        ARPNeighbor.create = function(properties) {
            return new ARPNeighbor(properties);
        };

        ARPNeighbor.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.toIPAddress != null && $Object.hasOwnProperty.call(m, "toIPAddress"))
                $root.types.IPAddress.encode(m.toIPAddress, w.uint32(10).fork(), q + 1).ldelim();
            if (m.device != null && $Object.hasOwnProperty.call(m, "device") && m.device !== "")
                w.uint32(18).string(m.device);
            if (m.lladdr != null && $Object.hasOwnProperty.call(m, "lladdr") && m.lladdr !== "")
                w.uint32(26).string(m.lladdr);
            if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                w.uint32(32).int32(m.state);
            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                w.uint32(40).int32(m.flags);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        ARPNeighbor.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.types.ARPNeighbor();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.toIPAddress = $root.types.IPAddress.decode(r, r.size(), $undefined, q + 1, m.toIPAddress);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.device = v;
                        else
                            delete m.device;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.lladdr = v;
                        else
                            delete m.lladdr;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.state = v;
                        else
                            delete m.state;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.flags = v;
                        else
                            delete m.flags;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        ARPNeighbor.fromObject = function (d, q) {
            if (d instanceof $root.types.ARPNeighbor)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".types.ARPNeighbor: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.types.ARPNeighbor();
            if (d.toIPAddress != null) {
                if (!$util.isObject(d.toIPAddress))
                    throw $TypeError(".types.ARPNeighbor.toIPAddress: object expected");
                m.toIPAddress = $root.types.IPAddress.fromObject(d.toIPAddress, q + 1);
            }
            if (d.device != null) {
                if (typeof d.device !== "string" || d.device.length) {
                    m.device = $String(d.device);
                }
            }
            if (d.lladdr != null) {
                if (typeof d.lladdr !== "string" || d.lladdr.length) {
                    m.lladdr = $String(d.lladdr);
                }
            }
            if (d.state != null) {
                if ($Number(d.state) !== 0) {
                    m.state = d.state | 0;
                }
            }
            if (d.flags != null) {
                if ($Number(d.flags) !== 0) {
                    m.flags = d.flags | 0;
                }
            }
            return m;
        };

        ARPNeighbor.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.toIPAddress = null;
                d.device = "";
                d.lladdr = "";
                d.state = 0;
                d.flags = 0;
            }
            if (m.toIPAddress != null && $Object.hasOwnProperty.call(m, "toIPAddress")) {
                d.toIPAddress = $root.types.IPAddress.toObject(m.toIPAddress, o, q + 1);
            }
            if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                d.device = m.device;
            }
            if (m.lladdr != null && $Object.hasOwnProperty.call(m, "lladdr")) {
                d.lladdr = m.lladdr;
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                d.state = m.state;
            }
            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                d.flags = m.flags;
            }
            return d;
        };

        ARPNeighbor.prototype.toJSON = function() {
            return ARPNeighbor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ARPNeighbor;
    })();

    return types;
})();

export const google = $root.google = (() => {

    const google = {};

    google.protobuf = (function() {

        const protobuf = {};

        protobuf.Empty = (function() {

            const Empty = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Empty.create = function(properties) {
                return new Empty(properties);
            };

            Empty.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Empty.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.Empty();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            Empty.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.Empty)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.Empty: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.google.protobuf.Empty();
            };

            Empty.toObject = function () {
                return {};
            };

            Empty.prototype.toJSON = function() {
                return Empty.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Empty;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
