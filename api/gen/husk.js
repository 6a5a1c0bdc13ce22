/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["husk"] || ($protobuf.roots["husk"] = {});

export const husk = $root.husk = (() => {

    const husk = {};

    husk.factory = (function() {

        const factory = {};

        factory.v1 = (function() {

            const v1 = {};

            v1.VmShape = (function() {

                const VmShape = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                VmShape.prototype.memory_mib = 0;
                VmShape.prototype.vcpus = 0;
                VmShape.prototype.kernel_path = "";
                VmShape.prototype.initrd_path = "";
                VmShape.prototype.rootfs_image_path = "";
                VmShape.prototype.debug = false;
                VmShape.prototype.nics = 0;
                VmShape.prototype.max_vcpus = 0;
                VmShape.prototype.max_memory_mib = 0;
                VmShape.prototype.hotplug_ports = 0;

                VmShape.create = function(properties) {
                    return new VmShape(properties);
                };

                VmShape.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.memory_mib != null && $Object.hasOwnProperty.call(m, "memory_mib") && m.memory_mib !== 0)
                        w.uint32(8).uint32(m.memory_mib);
                    if (m.vcpus != null && $Object.hasOwnProperty.call(m, "vcpus") && m.vcpus !== 0)
                        w.uint32(16).uint32(m.vcpus);
                    if (m.kernel_path != null && $Object.hasOwnProperty.call(m, "kernel_path") && m.kernel_path !== "")
                        w.uint32(26).string(m.kernel_path);
                    if (m.initrd_path != null && $Object.hasOwnProperty.call(m, "initrd_path") && m.initrd_path !== "")
                        w.uint32(34).string(m.initrd_path);
                    if (m.rootfs_image_path != null && $Object.hasOwnProperty.call(m, "rootfs_image_path") && m.rootfs_image_path !== "")
                        w.uint32(42).string(m.rootfs_image_path);
                    if (m.debug != null && $Object.hasOwnProperty.call(m, "debug") && m.debug !== false)
                        w.uint32(48).bool(m.debug);
                    if (m.nics != null && $Object.hasOwnProperty.call(m, "nics") && m.nics !== 0)
                        w.uint32(56).uint32(m.nics);
                    if (m.max_vcpus != null && $Object.hasOwnProperty.call(m, "max_vcpus") && m.max_vcpus !== 0)
                        w.uint32(64).uint32(m.max_vcpus);
                    if (m.max_memory_mib != null && $Object.hasOwnProperty.call(m, "max_memory_mib") && m.max_memory_mib !== 0)
                        w.uint32(72).uint32(m.max_memory_mib);
                    if (m.hotplug_ports != null && $Object.hasOwnProperty.call(m, "hotplug_ports") && m.hotplug_ports !== 0)
                        w.uint32(80).uint32(m.hotplug_ports);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                VmShape.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.factory.v1.VmShape();
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
                                    m.memory_mib = v;
                                else
                                    delete m.memory_mib;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.vcpus = v;
                                else
                                    delete m.vcpus;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.kernel_path = v;
                                else
                                    delete m.kernel_path;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.initrd_path = v;
                                else
                                    delete m.initrd_path;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.rootfs_image_path = v;
                                else
                                    delete m.rootfs_image_path;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.debug = v;
                                else
                                    delete m.debug;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.nics = v;
                                else
                                    delete m.nics;
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.max_vcpus = v;
                                else
                                    delete m.max_vcpus;
                                continue;
                            }
                        case 9: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.max_memory_mib = v;
                                else
                                    delete m.max_memory_mib;
                                continue;
                            }
                        case 10: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.hotplug_ports = v;
                                else
                                    delete m.hotplug_ports;
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

                VmShape.fromObject = function (d, q) {
                    if (d instanceof $root.husk.factory.v1.VmShape)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.factory.v1.VmShape: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.factory.v1.VmShape();
                    if (d.memory_mib != null) {
                        if ($Number(d.memory_mib) !== 0) {
                            m.memory_mib = d.memory_mib >>> 0;
                        }
                    }
                    if (d.vcpus != null) {
                        if ($Number(d.vcpus) !== 0) {
                            m.vcpus = d.vcpus >>> 0;
                        }
                    }
                    if (d.kernel_path != null) {
                        if (typeof d.kernel_path !== "string" || d.kernel_path.length) {
                            m.kernel_path = $String(d.kernel_path);
                        }
                    }
                    if (d.initrd_path != null) {
                        if (typeof d.initrd_path !== "string" || d.initrd_path.length) {
                            m.initrd_path = $String(d.initrd_path);
                        }
                    }
                    if (d.rootfs_image_path != null) {
                        if (typeof d.rootfs_image_path !== "string" || d.rootfs_image_path.length) {
                            m.rootfs_image_path = $String(d.rootfs_image_path);
                        }
                    }
                    if (d.debug != null) {
                        if (d.debug) {
                            m.debug = $Boolean(d.debug);
                        }
                    }
                    if (d.nics != null) {
                        if ($Number(d.nics) !== 0) {
                            m.nics = d.nics >>> 0;
                        }
                    }
                    if (d.max_vcpus != null) {
                        if ($Number(d.max_vcpus) !== 0) {
                            m.max_vcpus = d.max_vcpus >>> 0;
                        }
                    }
                    if (d.max_memory_mib != null) {
                        if ($Number(d.max_memory_mib) !== 0) {
                            m.max_memory_mib = d.max_memory_mib >>> 0;
                        }
                    }
                    if (d.hotplug_ports != null) {
                        if ($Number(d.hotplug_ports) !== 0) {
                            m.hotplug_ports = d.hotplug_ports >>> 0;
                        }
                    }
                    return m;
                };

                VmShape.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.memory_mib = 0;
                        d.vcpus = 0;
                        d.kernel_path = "";
                        d.initrd_path = "";
                        d.rootfs_image_path = "";
                        d.debug = false;
                        d.nics = 0;
                        d.max_vcpus = 0;
                        d.max_memory_mib = 0;
                        d.hotplug_ports = 0;
                    }
                    if (m.memory_mib != null && $Object.hasOwnProperty.call(m, "memory_mib")) {
                        d.memory_mib = m.memory_mib;
                    }
                    if (m.vcpus != null && $Object.hasOwnProperty.call(m, "vcpus")) {
                        d.vcpus = m.vcpus;
                    }
                    if (m.kernel_path != null && $Object.hasOwnProperty.call(m, "kernel_path")) {
                        d.kernel_path = m.kernel_path;
                    }
                    if (m.initrd_path != null && $Object.hasOwnProperty.call(m, "initrd_path")) {
                        d.initrd_path = m.initrd_path;
                    }
                    if (m.rootfs_image_path != null && $Object.hasOwnProperty.call(m, "rootfs_image_path")) {
                        d.rootfs_image_path = m.rootfs_image_path;
                    }
                    if (m.debug != null && $Object.hasOwnProperty.call(m, "debug")) {
                        d.debug = m.debug;
                    }
                    if (m.nics != null && $Object.hasOwnProperty.call(m, "nics")) {
                        d.nics = m.nics;
                    }
                    if (m.max_vcpus != null && $Object.hasOwnProperty.call(m, "max_vcpus")) {
                        d.max_vcpus = m.max_vcpus;
                    }
                    if (m.max_memory_mib != null && $Object.hasOwnProperty.call(m, "max_memory_mib")) {
                        d.max_memory_mib = m.max_memory_mib;
                    }
                    if (m.hotplug_ports != null && $Object.hasOwnProperty.call(m, "hotplug_ports")) {
                        d.hotplug_ports = m.hotplug_ports;
                    }
                    return d;
                };

                VmShape.prototype.toJSON = function() {
                    return VmShape.toObject(this, $protobuf.util.toJSONOptions);
                };

                return VmShape;
            })();

            v1.TakeRequest = (function() {

                const TakeRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                TakeRequest.prototype.sandbox_id = "";
                TakeRequest.prototype.shape = null;

                TakeRequest.create = function(properties) {
                    return new TakeRequest(properties);
                };

                TakeRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
                    if (m.shape != null && $Object.hasOwnProperty.call(m, "shape"))
                        $root.husk.factory.v1.VmShape.encode(m.shape, w.uint32(18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                TakeRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.factory.v1.TakeRequest();
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
                                    m.sandbox_id = v;
                                else
                                    delete m.sandbox_id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.shape = $root.husk.factory.v1.VmShape.decode(r, r.size(), $undefined, q + 1, m.shape);
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

                TakeRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.factory.v1.TakeRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.factory.v1.TakeRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.factory.v1.TakeRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    if (d.shape != null) {
                        if (!$util.isObject(d.shape))
                            throw $TypeError(".husk.factory.v1.TakeRequest.shape: object expected");
                        m.shape = $root.husk.factory.v1.VmShape.fromObject(d.shape, q + 1);
                    }
                    return m;
                };

                TakeRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                        d.shape = null;
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    if (m.shape != null && $Object.hasOwnProperty.call(m, "shape")) {
                        d.shape = $root.husk.factory.v1.VmShape.toObject(m.shape, o, q + 1);
                    }
                    return d;
                };

                TakeRequest.prototype.toJSON = function() {
                    return TakeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return TakeRequest;
            })();

            v1.TakeResponse = (function() {

                const TakeResponse = function (p) {
                    this.taps = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                TakeResponse.prototype.vm_id = "";
                TakeResponse.prototype.dir = "";
                TakeResponse.prototype.pid = 0;
                TakeResponse.prototype.start_time = "";
                TakeResponse.prototype.accel = "";
                TakeResponse.prototype.netns = "";
                TakeResponse.prototype.taps = $util.emptyArray;
                TakeResponse.prototype.origin = "";

                TakeResponse.create = function(properties) {
                    return new TakeResponse(properties);
                };

                TakeResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.vm_id != null && $Object.hasOwnProperty.call(m, "vm_id") && m.vm_id !== "")
                        w.uint32(10).string(m.vm_id);
                    if (m.dir != null && $Object.hasOwnProperty.call(m, "dir") && m.dir !== "")
                        w.uint32(18).string(m.dir);
                    if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                        w.uint32(24).uint32(m.pid);
                    if (m.start_time != null && $Object.hasOwnProperty.call(m, "start_time") && m.start_time !== "")
                        w.uint32(34).string(m.start_time);
                    if (m.accel != null && $Object.hasOwnProperty.call(m, "accel") && m.accel !== "")
                        w.uint32(42).string(m.accel);
                    if (m.netns != null && $Object.hasOwnProperty.call(m, "netns") && m.netns !== "")
                        w.uint32(50).string(m.netns);
                    if (m.taps != null && m.taps.length) {
                        for (var i = 0; i < m.taps.length; ++i)
                            w.uint32(58).string(m.taps[i]);
                    }
                    if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                        w.uint32(66).string(m.origin);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                TakeResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.factory.v1.TakeResponse();
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
                                    m.vm_id = v;
                                else
                                    delete m.vm_id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.dir = v;
                                else
                                    delete m.dir;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.pid = v;
                                else
                                    delete m.pid;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.start_time = v;
                                else
                                    delete m.start_time;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.accel = v;
                                else
                                    delete m.accel;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.netns = v;
                                else
                                    delete m.netns;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if (!(m.taps && m.taps.length))
                                    m.taps = [];
                                m.taps.push(r.stringVerify());
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.origin = v;
                                else
                                    delete m.origin;
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

                TakeResponse.fromObject = function (d, q) {
                    if (d instanceof $root.husk.factory.v1.TakeResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.factory.v1.TakeResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.factory.v1.TakeResponse();
                    if (d.vm_id != null) {
                        if (typeof d.vm_id !== "string" || d.vm_id.length) {
                            m.vm_id = $String(d.vm_id);
                        }
                    }
                    if (d.dir != null) {
                        if (typeof d.dir !== "string" || d.dir.length) {
                            m.dir = $String(d.dir);
                        }
                    }
                    if (d.pid != null) {
                        if ($Number(d.pid) !== 0) {
                            m.pid = d.pid >>> 0;
                        }
                    }
                    if (d.start_time != null) {
                        if (typeof d.start_time !== "string" || d.start_time.length) {
                            m.start_time = $String(d.start_time);
                        }
                    }
                    if (d.accel != null) {
                        if (typeof d.accel !== "string" || d.accel.length) {
                            m.accel = $String(d.accel);
                        }
                    }
                    if (d.netns != null) {
                        if (typeof d.netns !== "string" || d.netns.length) {
                            m.netns = $String(d.netns);
                        }
                    }
                    if (d.taps) {
                        if (!$Array.isArray(d.taps))
                            throw $TypeError(".husk.factory.v1.TakeResponse.taps: array expected");
                        m.taps = $Array(d.taps.length);
                        for (var i = 0; i < d.taps.length; ++i) {
                            m.taps[i] = $String(d.taps[i]);
                        }
                    }
                    if (d.origin != null) {
                        if (typeof d.origin !== "string" || d.origin.length) {
                            m.origin = $String(d.origin);
                        }
                    }
                    return m;
                };

                TakeResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.taps = [];
                    }
                    if (o.defaults) {
                        d.vm_id = "";
                        d.dir = "";
                        d.pid = 0;
                        d.start_time = "";
                        d.accel = "";
                        d.netns = "";
                        d.origin = "";
                    }
                    if (m.vm_id != null && $Object.hasOwnProperty.call(m, "vm_id")) {
                        d.vm_id = m.vm_id;
                    }
                    if (m.dir != null && $Object.hasOwnProperty.call(m, "dir")) {
                        d.dir = m.dir;
                    }
                    if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                        d.pid = m.pid;
                    }
                    if (m.start_time != null && $Object.hasOwnProperty.call(m, "start_time")) {
                        d.start_time = m.start_time;
                    }
                    if (m.accel != null && $Object.hasOwnProperty.call(m, "accel")) {
                        d.accel = m.accel;
                    }
                    if (m.netns != null && $Object.hasOwnProperty.call(m, "netns")) {
                        d.netns = m.netns;
                    }
                    if (m.taps && m.taps.length) {
                        d.taps = $Array(m.taps.length);
                        for (var j = 0; j < m.taps.length; ++j) {
                            d.taps[j] = m.taps[j];
                        }
                    }
                    if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                        d.origin = m.origin;
                    }
                    return d;
                };

                TakeResponse.prototype.toJSON = function() {
                    return TakeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return TakeResponse;
            })();

            v1.StatusRequest = (function() {

                const StatusRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                StatusRequest.create = function(properties) {
                    return new StatusRequest(properties);
                };

                StatusRequest.encode = function (m, w, q) {
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

                StatusRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.factory.v1.StatusRequest();
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

                StatusRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.factory.v1.StatusRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.factory.v1.StatusRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.husk.factory.v1.StatusRequest();
                };

                StatusRequest.toObject = function () {
                    return {};
                };

                StatusRequest.prototype.toJSON = function() {
                    return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return StatusRequest;
            })();

            v1.Pool = (function() {

                const Pool = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Pool.prototype.shape = null;
                Pool.prototype.target = 0;
                Pool.prototype.ready = 0;
                Pool.prototype.starting = 0;
                Pool.prototype.taken = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                Pool.prototype.missed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                Pool.prototype.last_error = "";

                Pool.create = function(properties) {
                    return new Pool(properties);
                };

                Pool.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.shape != null && $Object.hasOwnProperty.call(m, "shape"))
                        $root.husk.factory.v1.VmShape.encode(m.shape, w.uint32(10).fork(), q + 1).ldelim();
                    if (m.target != null && $Object.hasOwnProperty.call(m, "target") && m.target !== 0)
                        w.uint32(16).uint32(m.target);
                    if (m.ready != null && $Object.hasOwnProperty.call(m, "ready") && m.ready !== 0)
                        w.uint32(24).uint32(m.ready);
                    if (m.starting != null && $Object.hasOwnProperty.call(m, "starting") && m.starting !== 0)
                        w.uint32(32).uint32(m.starting);
                    if (m.taken != null && $Object.hasOwnProperty.call(m, "taken") && (typeof m.taken === "object" ? m.taken.low || m.taken.high : m.taken !== 0))
                        w.uint32(40).uint64(m.taken);
                    if (m.missed != null && $Object.hasOwnProperty.call(m, "missed") && (typeof m.missed === "object" ? m.missed.low || m.missed.high : m.missed !== 0))
                        w.uint32(48).uint64(m.missed);
                    if (m.last_error != null && $Object.hasOwnProperty.call(m, "last_error") && m.last_error !== "")
                        w.uint32(58).string(m.last_error);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Pool.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.factory.v1.Pool();
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
                                m.shape = $root.husk.factory.v1.VmShape.decode(r, r.size(), $undefined, q + 1, m.shape);
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.target = v;
                                else
                                    delete m.target;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.ready = v;
                                else
                                    delete m.ready;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.starting = v;
                                else
                                    delete m.starting;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.taken = v;
                                else
                                    delete m.taken;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.missed = v;
                                else
                                    delete m.missed;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.last_error = v;
                                else
                                    delete m.last_error;
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

                Pool.fromObject = function (d, q) {
                    if (d instanceof $root.husk.factory.v1.Pool)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.factory.v1.Pool: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.factory.v1.Pool();
                    if (d.shape != null) {
                        if (!$util.isObject(d.shape))
                            throw $TypeError(".husk.factory.v1.Pool.shape: object expected");
                        m.shape = $root.husk.factory.v1.VmShape.fromObject(d.shape, q + 1);
                    }
                    if (d.target != null) {
                        if ($Number(d.target) !== 0) {
                            m.target = d.target >>> 0;
                        }
                    }
                    if (d.ready != null) {
                        if ($Number(d.ready) !== 0) {
                            m.ready = d.ready >>> 0;
                        }
                    }
                    if (d.starting != null) {
                        if ($Number(d.starting) !== 0) {
                            m.starting = d.starting >>> 0;
                        }
                    }
                    if (d.taken != null) {
                        if (typeof d.taken === "object" ? d.taken.low || d.taken.high : $Number(d.taken) !== 0) {
                            if ($util.Long)
                                m.taken = $util.Long.fromValue(d.taken, true);
                            else if (typeof d.taken === "string")
                                m.taken = $parseInt(d.taken, 10);
                            else if (typeof d.taken === "number")
                                m.taken = d.taken;
                            else if (typeof d.taken === "object")
                                m.taken = new $util.LongBits(d.taken.low >>> 0, d.taken.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.missed != null) {
                        if (typeof d.missed === "object" ? d.missed.low || d.missed.high : $Number(d.missed) !== 0) {
                            if ($util.Long)
                                m.missed = $util.Long.fromValue(d.missed, true);
                            else if (typeof d.missed === "string")
                                m.missed = $parseInt(d.missed, 10);
                            else if (typeof d.missed === "number")
                                m.missed = d.missed;
                            else if (typeof d.missed === "object")
                                m.missed = new $util.LongBits(d.missed.low >>> 0, d.missed.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.last_error != null) {
                        if (typeof d.last_error !== "string" || d.last_error.length) {
                            m.last_error = $String(d.last_error);
                        }
                    }
                    return m;
                };

                Pool.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.shape = null;
                        d.target = 0;
                        d.ready = 0;
                        d.starting = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.taken = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.taken = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.missed = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.missed = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.last_error = "";
                    }
                    if (m.shape != null && $Object.hasOwnProperty.call(m, "shape")) {
                        d.shape = $root.husk.factory.v1.VmShape.toObject(m.shape, o, q + 1);
                    }
                    if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                        d.target = m.target;
                    }
                    if (m.ready != null && $Object.hasOwnProperty.call(m, "ready")) {
                        d.ready = m.ready;
                    }
                    if (m.starting != null && $Object.hasOwnProperty.call(m, "starting")) {
                        d.starting = m.starting;
                    }
                    if (m.taken != null && $Object.hasOwnProperty.call(m, "taken")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.taken = typeof m.taken === "number" ? $BigInt(m.taken) : $util.Long.fromBits(m.taken.low >>> 0, m.taken.high >>> 0, true).toBigInt();
                        else if (typeof m.taken === "number")
                            d.taken = o.longs === $String ? $String(m.taken) : m.taken;
                        else
                            d.taken = o.longs === $String ? $util.Long.prototype.toString.call(m.taken) : o.longs === $Number ? new $util.LongBits(m.taken.low >>> 0, m.taken.high >>> 0).toNumber(true) : m.taken;
                    }
                    if (m.missed != null && $Object.hasOwnProperty.call(m, "missed")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.missed = typeof m.missed === "number" ? $BigInt(m.missed) : $util.Long.fromBits(m.missed.low >>> 0, m.missed.high >>> 0, true).toBigInt();
                        else if (typeof m.missed === "number")
                            d.missed = o.longs === $String ? $String(m.missed) : m.missed;
                        else
                            d.missed = o.longs === $String ? $util.Long.prototype.toString.call(m.missed) : o.longs === $Number ? new $util.LongBits(m.missed.low >>> 0, m.missed.high >>> 0).toNumber(true) : m.missed;
                    }
                    if (m.last_error != null && $Object.hasOwnProperty.call(m, "last_error")) {
                        d.last_error = m.last_error;
                    }
                    return d;
                };

                Pool.prototype.toJSON = function() {
                    return Pool.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Pool;
            })();

            v1.StatusResponse = (function() {

                const StatusResponse = function (p) {
                    this.pools = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                StatusResponse.prototype.pools = $util.emptyArray;
                StatusResponse.prototype.pid = 0;

                StatusResponse.create = function(properties) {
                    return new StatusResponse(properties);
                };

                StatusResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.pools != null && m.pools.length) {
                        for (var i = 0; i < m.pools.length; ++i)
                            $root.husk.factory.v1.Pool.encode(m.pools[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                        w.uint32(16).uint32(m.pid);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                StatusResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.factory.v1.StatusResponse();
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
                                if (!(m.pools && m.pools.length))
                                    m.pools = [];
                                m.pools.push($root.husk.factory.v1.Pool.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.pid = v;
                                else
                                    delete m.pid;
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

                StatusResponse.fromObject = function (d, q) {
                    if (d instanceof $root.husk.factory.v1.StatusResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.factory.v1.StatusResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.factory.v1.StatusResponse();
                    if (d.pools) {
                        if (!$Array.isArray(d.pools))
                            throw $TypeError(".husk.factory.v1.StatusResponse.pools: array expected");
                        m.pools = $Array(d.pools.length);
                        for (var i = 0; i < d.pools.length; ++i) {
                            if (!$util.isObject(d.pools[i]))
                                throw $TypeError(".husk.factory.v1.StatusResponse.pools: object expected");
                            m.pools[i] = $root.husk.factory.v1.Pool.fromObject(d.pools[i], q + 1);
                        }
                    }
                    if (d.pid != null) {
                        if ($Number(d.pid) !== 0) {
                            m.pid = d.pid >>> 0;
                        }
                    }
                    return m;
                };

                StatusResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.pools = [];
                    }
                    if (o.defaults) {
                        d.pid = 0;
                    }
                    if (m.pools && m.pools.length) {
                        d.pools = $Array(m.pools.length);
                        for (var j = 0; j < m.pools.length; ++j) {
                            d.pools[j] = $root.husk.factory.v1.Pool.toObject(m.pools[j], o, q + 1);
                        }
                    }
                    if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                        d.pid = m.pid;
                    }
                    return d;
                };

                StatusResponse.prototype.toJSON = function() {
                    return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return StatusResponse;
            })();

            return v1;
        })();

        return factory;
    })();

    return husk;
})();

export {
  $root as default
};
