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

    husk.pod = (function() {

        const pod = {};

        pod.v1 = (function() {

            const v1 = {};

            v1.Device = (function() {

                const Device = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Device.prototype.id = "";
                Device.prototype.host_path = "";
                Device.prototype.read_only = false;

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
                    if (m.host_path != null && $Object.hasOwnProperty.call(m, "host_path") && m.host_path !== "")
                        w.uint32(18).string(m.host_path);
                    if (m.read_only != null && $Object.hasOwnProperty.call(m, "read_only") && m.read_only !== false)
                        w.uint32(24).bool(m.read_only);
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
                    m = g || new $root.husk.pod.v1.Device();
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
                                    m.host_path = v;
                                else
                                    delete m.host_path;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.read_only = v;
                                else
                                    delete m.read_only;
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
                    if (d instanceof $root.husk.pod.v1.Device)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.Device: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.Device();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.host_path != null) {
                        if (typeof d.host_path !== "string" || d.host_path.length) {
                            m.host_path = $String(d.host_path);
                        }
                    }
                    if (d.read_only != null) {
                        if (d.read_only) {
                            m.read_only = $Boolean(d.read_only);
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
                    if (o.defaults) {
                        d.id = "";
                        d.host_path = "";
                        d.read_only = false;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.host_path != null && $Object.hasOwnProperty.call(m, "host_path")) {
                        d.host_path = m.host_path;
                    }
                    if (m.read_only != null && $Object.hasOwnProperty.call(m, "read_only")) {
                        d.read_only = m.read_only;
                    }
                    return d;
                };

                Device.prototype.toJSON = function() {
                    return Device.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Device;
            })();

            v1.AddDeviceRequest = (function() {

                const AddDeviceRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AddDeviceRequest.prototype.sandbox_id = "";
                AddDeviceRequest.prototype.device = null;

                AddDeviceRequest.create = function(properties) {
                    return new AddDeviceRequest(properties);
                };

                AddDeviceRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
                    if (m.device != null && $Object.hasOwnProperty.call(m, "device"))
                        $root.husk.pod.v1.Device.encode(m.device, w.uint32(18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AddDeviceRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.AddDeviceRequest();
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
                                m.device = $root.husk.pod.v1.Device.decode(r, r.size(), $undefined, q + 1, m.device);
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

                AddDeviceRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.AddDeviceRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.AddDeviceRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.AddDeviceRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    if (d.device != null) {
                        if (!$util.isObject(d.device))
                            throw $TypeError(".husk.pod.v1.AddDeviceRequest.device: object expected");
                        m.device = $root.husk.pod.v1.Device.fromObject(d.device, q + 1);
                    }
                    return m;
                };

                AddDeviceRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                        d.device = null;
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                        d.device = $root.husk.pod.v1.Device.toObject(m.device, o, q + 1);
                    }
                    return d;
                };

                AddDeviceRequest.prototype.toJSON = function() {
                    return AddDeviceRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return AddDeviceRequest;
            })();

            v1.RemoveDeviceRequest = (function() {

                const RemoveDeviceRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                RemoveDeviceRequest.prototype.sandbox_id = "";
                RemoveDeviceRequest.prototype.id = "";

                RemoveDeviceRequest.create = function(properties) {
                    return new RemoveDeviceRequest(properties);
                };

                RemoveDeviceRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(18).string(m.id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                RemoveDeviceRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.RemoveDeviceRequest();
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
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
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

                RemoveDeviceRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.RemoveDeviceRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.RemoveDeviceRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.RemoveDeviceRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    return m;
                };

                RemoveDeviceRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                        d.id = "";
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    return d;
                };

                RemoveDeviceRequest.prototype.toJSON = function() {
                    return RemoveDeviceRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RemoveDeviceRequest;
            })();

            v1.RemoveDeviceResponse = (function() {

                const RemoveDeviceResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                RemoveDeviceResponse.create = function(properties) {
                    return new RemoveDeviceResponse(properties);
                };

                RemoveDeviceResponse.encode = function (m, w, q) {
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

                RemoveDeviceResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.RemoveDeviceResponse();
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

                RemoveDeviceResponse.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.RemoveDeviceResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.RemoveDeviceResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.husk.pod.v1.RemoveDeviceResponse();
                };

                RemoveDeviceResponse.toObject = function () {
                    return {};
                };

                RemoveDeviceResponse.prototype.toJSON = function() {
                    return RemoveDeviceResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RemoveDeviceResponse;
            })();

            v1.ListDevicesRequest = (function() {

                const ListDevicesRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListDevicesRequest.prototype.sandbox_id = "";

                ListDevicesRequest.create = function(properties) {
                    return new ListDevicesRequest(properties);
                };

                ListDevicesRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListDevicesRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.ListDevicesRequest();
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

                ListDevicesRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.ListDevicesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.ListDevicesRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.ListDevicesRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    return m;
                };

                ListDevicesRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    return d;
                };

                ListDevicesRequest.prototype.toJSON = function() {
                    return ListDevicesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListDevicesRequest;
            })();

            v1.ListDevicesResponse = (function() {

                const ListDevicesResponse = function (p) {
                    this.devices = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListDevicesResponse.prototype.devices = $util.emptyArray;

                ListDevicesResponse.create = function(properties) {
                    return new ListDevicesResponse(properties);
                };

                ListDevicesResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.devices != null && m.devices.length) {
                        for (var i = 0; i < m.devices.length; ++i)
                            $root.husk.pod.v1.Device.encode(m.devices[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListDevicesResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.ListDevicesResponse();
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
                                if (!(m.devices && m.devices.length))
                                    m.devices = [];
                                m.devices.push($root.husk.pod.v1.Device.decode(r, r.size(), $undefined, q + 1));
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

                ListDevicesResponse.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.ListDevicesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.ListDevicesResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.ListDevicesResponse();
                    if (d.devices) {
                        if (!$Array.isArray(d.devices))
                            throw $TypeError(".husk.pod.v1.ListDevicesResponse.devices: array expected");
                        m.devices = $Array(d.devices.length);
                        for (var i = 0; i < d.devices.length; ++i) {
                            if (!$util.isObject(d.devices[i]))
                                throw $TypeError(".husk.pod.v1.ListDevicesResponse.devices: object expected");
                            m.devices[i] = $root.husk.pod.v1.Device.fromObject(d.devices[i], q + 1);
                        }
                    }
                    return m;
                };

                ListDevicesResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.devices = [];
                    }
                    if (m.devices && m.devices.length) {
                        d.devices = $Array(m.devices.length);
                        for (var j = 0; j < m.devices.length; ++j) {
                            d.devices[j] = $root.husk.pod.v1.Device.toObject(m.devices[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ListDevicesResponse.prototype.toJSON = function() {
                    return ListDevicesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListDevicesResponse;
            })();

            v1.IpAddress = (function() {

                const IpAddress = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                IpAddress.prototype.family = "";
                IpAddress.prototype.address = "";
                IpAddress.prototype.prefix_length = 0;

                IpAddress.create = function(properties) {
                    return new IpAddress(properties);
                };

                IpAddress.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.family != null && $Object.hasOwnProperty.call(m, "family") && m.family !== "")
                        w.uint32(10).string(m.family);
                    if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                        w.uint32(18).string(m.address);
                    if (m.prefix_length != null && $Object.hasOwnProperty.call(m, "prefix_length") && m.prefix_length !== 0)
                        w.uint32(24).uint32(m.prefix_length);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                IpAddress.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.IpAddress();
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
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.prefix_length = v;
                                else
                                    delete m.prefix_length;
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

                IpAddress.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.IpAddress)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.IpAddress: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.IpAddress();
                    if (d.family != null) {
                        if (typeof d.family !== "string" || d.family.length) {
                            m.family = $String(d.family);
                        }
                    }
                    if (d.address != null) {
                        if (typeof d.address !== "string" || d.address.length) {
                            m.address = $String(d.address);
                        }
                    }
                    if (d.prefix_length != null) {
                        if ($Number(d.prefix_length) !== 0) {
                            m.prefix_length = d.prefix_length >>> 0;
                        }
                    }
                    return m;
                };

                IpAddress.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.family = "";
                        d.address = "";
                        d.prefix_length = 0;
                    }
                    if (m.family != null && $Object.hasOwnProperty.call(m, "family")) {
                        d.family = m.family;
                    }
                    if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                        d.address = m.address;
                    }
                    if (m.prefix_length != null && $Object.hasOwnProperty.call(m, "prefix_length")) {
                        d.prefix_length = m.prefix_length;
                    }
                    return d;
                };

                IpAddress.prototype.toJSON = function() {
                    return IpAddress.toObject(this, $protobuf.util.toJSONOptions);
                };

                return IpAddress;
            })();

            v1.Interface = (function() {

                const Interface = function (p) {
                    this.addresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Interface.prototype.name = "";
                Interface.prototype.mac = "";
                Interface.prototype.mtu = 0;
                Interface.prototype.addresses = $util.emptyArray;

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
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(10).string(m.name);
                    if (m.mac != null && $Object.hasOwnProperty.call(m, "mac") && m.mac !== "")
                        w.uint32(18).string(m.mac);
                    if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu") && m.mtu !== 0)
                        w.uint32(24).uint32(m.mtu);
                    if (m.addresses != null && m.addresses.length) {
                        for (var i = 0; i < m.addresses.length; ++i)
                            $root.husk.pod.v1.IpAddress.encode(m.addresses[i], w.uint32(34).fork(), q + 1).ldelim();
                    }
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
                    m = g || new $root.husk.pod.v1.Interface();
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
                                    m.mac = v;
                                else
                                    delete m.mac;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.mtu = v;
                                else
                                    delete m.mtu;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.addresses && m.addresses.length))
                                    m.addresses = [];
                                m.addresses.push($root.husk.pod.v1.IpAddress.decode(r, r.size(), $undefined, q + 1));
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
                    if (d instanceof $root.husk.pod.v1.Interface)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.Interface: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.Interface();
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.mac != null) {
                        if (typeof d.mac !== "string" || d.mac.length) {
                            m.mac = $String(d.mac);
                        }
                    }
                    if (d.mtu != null) {
                        if ($Number(d.mtu) !== 0) {
                            m.mtu = d.mtu >>> 0;
                        }
                    }
                    if (d.addresses) {
                        if (!$Array.isArray(d.addresses))
                            throw $TypeError(".husk.pod.v1.Interface.addresses: array expected");
                        m.addresses = $Array(d.addresses.length);
                        for (var i = 0; i < d.addresses.length; ++i) {
                            if (!$util.isObject(d.addresses[i]))
                                throw $TypeError(".husk.pod.v1.Interface.addresses: object expected");
                            m.addresses[i] = $root.husk.pod.v1.IpAddress.fromObject(d.addresses[i], q + 1);
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
                        d.addresses = [];
                    }
                    if (o.defaults) {
                        d.name = "";
                        d.mac = "";
                        d.mtu = 0;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.mac != null && $Object.hasOwnProperty.call(m, "mac")) {
                        d.mac = m.mac;
                    }
                    if (m.mtu != null && $Object.hasOwnProperty.call(m, "mtu")) {
                        d.mtu = m.mtu;
                    }
                    if (m.addresses && m.addresses.length) {
                        d.addresses = $Array(m.addresses.length);
                        for (var j = 0; j < m.addresses.length; ++j) {
                            d.addresses[j] = $root.husk.pod.v1.IpAddress.toObject(m.addresses[j], o, q + 1);
                        }
                    }
                    return d;
                };

                Interface.prototype.toJSON = function() {
                    return Interface.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Interface;
            })();

            v1.AddInterfaceRequest = (function() {

                const AddInterfaceRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AddInterfaceRequest.prototype.sandbox_id = "";
                AddInterfaceRequest.prototype.name = "";

                AddInterfaceRequest.create = function(properties) {
                    return new AddInterfaceRequest(properties);
                };

                AddInterfaceRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(18).string(m.name);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AddInterfaceRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.AddInterfaceRequest();
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
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
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

                AddInterfaceRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.AddInterfaceRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.AddInterfaceRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.AddInterfaceRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    return m;
                };

                AddInterfaceRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                        d.name = "";
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    return d;
                };

                AddInterfaceRequest.prototype.toJSON = function() {
                    return AddInterfaceRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return AddInterfaceRequest;
            })();

            v1.RemoveInterfaceRequest = (function() {

                const RemoveInterfaceRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                RemoveInterfaceRequest.prototype.sandbox_id = "";
                RemoveInterfaceRequest.prototype.name = "";

                RemoveInterfaceRequest.create = function(properties) {
                    return new RemoveInterfaceRequest(properties);
                };

                RemoveInterfaceRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(18).string(m.name);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                RemoveInterfaceRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.RemoveInterfaceRequest();
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
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
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

                RemoveInterfaceRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.RemoveInterfaceRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.RemoveInterfaceRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.RemoveInterfaceRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    return m;
                };

                RemoveInterfaceRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                        d.name = "";
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    return d;
                };

                RemoveInterfaceRequest.prototype.toJSON = function() {
                    return RemoveInterfaceRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RemoveInterfaceRequest;
            })();

            v1.RemoveInterfaceResponse = (function() {

                const RemoveInterfaceResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                RemoveInterfaceResponse.create = function(properties) {
                    return new RemoveInterfaceResponse(properties);
                };

                RemoveInterfaceResponse.encode = function (m, w, q) {
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

                RemoveInterfaceResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.RemoveInterfaceResponse();
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

                RemoveInterfaceResponse.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.RemoveInterfaceResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.RemoveInterfaceResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.husk.pod.v1.RemoveInterfaceResponse();
                };

                RemoveInterfaceResponse.toObject = function () {
                    return {};
                };

                RemoveInterfaceResponse.prototype.toJSON = function() {
                    return RemoveInterfaceResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RemoveInterfaceResponse;
            })();

            v1.ListInterfacesRequest = (function() {

                const ListInterfacesRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListInterfacesRequest.prototype.sandbox_id = "";

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
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
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
                    m = g || new $root.husk.pod.v1.ListInterfacesRequest();
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

                ListInterfacesRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.ListInterfacesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.ListInterfacesRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.ListInterfacesRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    return m;
                };

                ListInterfacesRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    return d;
                };

                ListInterfacesRequest.prototype.toJSON = function() {
                    return ListInterfacesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListInterfacesRequest;
            })();

            v1.ListInterfacesResponse = (function() {

                const ListInterfacesResponse = function (p) {
                    this.interfaces = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListInterfacesResponse.prototype.interfaces = $util.emptyArray;

                ListInterfacesResponse.create = function(properties) {
                    return new ListInterfacesResponse(properties);
                };

                ListInterfacesResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.interfaces != null && m.interfaces.length) {
                        for (var i = 0; i < m.interfaces.length; ++i)
                            $root.husk.pod.v1.Interface.encode(m.interfaces[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListInterfacesResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.ListInterfacesResponse();
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
                                if (!(m.interfaces && m.interfaces.length))
                                    m.interfaces = [];
                                m.interfaces.push($root.husk.pod.v1.Interface.decode(r, r.size(), $undefined, q + 1));
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

                ListInterfacesResponse.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.ListInterfacesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.ListInterfacesResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.ListInterfacesResponse();
                    if (d.interfaces) {
                        if (!$Array.isArray(d.interfaces))
                            throw $TypeError(".husk.pod.v1.ListInterfacesResponse.interfaces: array expected");
                        m.interfaces = $Array(d.interfaces.length);
                        for (var i = 0; i < d.interfaces.length; ++i) {
                            if (!$util.isObject(d.interfaces[i]))
                                throw $TypeError(".husk.pod.v1.ListInterfacesResponse.interfaces: object expected");
                            m.interfaces[i] = $root.husk.pod.v1.Interface.fromObject(d.interfaces[i], q + 1);
                        }
                    }
                    return m;
                };

                ListInterfacesResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.interfaces = [];
                    }
                    if (m.interfaces && m.interfaces.length) {
                        d.interfaces = $Array(m.interfaces.length);
                        for (var j = 0; j < m.interfaces.length; ++j) {
                            d.interfaces[j] = $root.husk.pod.v1.Interface.toObject(m.interfaces[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ListInterfacesResponse.prototype.toJSON = function() {
                    return ListInterfacesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListInterfacesResponse;
            })();

            v1.Route = (function() {

                const Route = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Route.prototype.family = "";
                Route.prototype.dest = "";
                Route.prototype.gateway = "";
                Route.prototype.device = "";
                Route.prototype.source = "";
                Route.prototype.scope = 0;

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
                    if (m.family != null && $Object.hasOwnProperty.call(m, "family") && m.family !== "")
                        w.uint32(10).string(m.family);
                    if (m.dest != null && $Object.hasOwnProperty.call(m, "dest") && m.dest !== "")
                        w.uint32(18).string(m.dest);
                    if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway") && m.gateway !== "")
                        w.uint32(26).string(m.gateway);
                    if (m.device != null && $Object.hasOwnProperty.call(m, "device") && m.device !== "")
                        w.uint32(34).string(m.device);
                    if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== "")
                        w.uint32(42).string(m.source);
                    if (m.scope != null && $Object.hasOwnProperty.call(m, "scope") && m.scope !== 0)
                        w.uint32(48).uint32(m.scope);
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
                    m = g || new $root.husk.pod.v1.Route();
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
                                    m.family = v;
                                else
                                    delete m.family;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.dest = v;
                                else
                                    delete m.dest;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.gateway = v;
                                else
                                    delete m.gateway;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.device = v;
                                else
                                    delete m.device;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.source = v;
                                else
                                    delete m.source;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.scope = v;
                                else
                                    delete m.scope;
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
                    if (d instanceof $root.husk.pod.v1.Route)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.Route: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.Route();
                    if (d.family != null) {
                        if (typeof d.family !== "string" || d.family.length) {
                            m.family = $String(d.family);
                        }
                    }
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
                        d.family = "";
                        d.dest = "";
                        d.gateway = "";
                        d.device = "";
                        d.source = "";
                        d.scope = 0;
                    }
                    if (m.family != null && $Object.hasOwnProperty.call(m, "family")) {
                        d.family = m.family;
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
                    return d;
                };

                Route.prototype.toJSON = function() {
                    return Route.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Route;
            })();

            v1.UpdateRoutesRequest = (function() {

                const UpdateRoutesRequest = function (p) {
                    this.routes = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                UpdateRoutesRequest.prototype.sandbox_id = "";
                UpdateRoutesRequest.prototype.routes = $util.emptyArray;

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
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
                    if (m.routes != null && m.routes.length) {
                        for (var i = 0; i < m.routes.length; ++i)
                            $root.husk.pod.v1.Route.encode(m.routes[i], w.uint32(18).fork(), q + 1).ldelim();
                    }
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
                    m = g || new $root.husk.pod.v1.UpdateRoutesRequest();
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
                                if (!(m.routes && m.routes.length))
                                    m.routes = [];
                                m.routes.push($root.husk.pod.v1.Route.decode(r, r.size(), $undefined, q + 1));
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
                    if (d instanceof $root.husk.pod.v1.UpdateRoutesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.UpdateRoutesRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.UpdateRoutesRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    if (d.routes) {
                        if (!$Array.isArray(d.routes))
                            throw $TypeError(".husk.pod.v1.UpdateRoutesRequest.routes: array expected");
                        m.routes = $Array(d.routes.length);
                        for (var i = 0; i < d.routes.length; ++i) {
                            if (!$util.isObject(d.routes[i]))
                                throw $TypeError(".husk.pod.v1.UpdateRoutesRequest.routes: object expected");
                            m.routes[i] = $root.husk.pod.v1.Route.fromObject(d.routes[i], q + 1);
                        }
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
                    if (o.arrays || o.defaults) {
                        d.routes = [];
                    }
                    if (o.defaults) {
                        d.sandbox_id = "";
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    if (m.routes && m.routes.length) {
                        d.routes = $Array(m.routes.length);
                        for (var j = 0; j < m.routes.length; ++j) {
                            d.routes[j] = $root.husk.pod.v1.Route.toObject(m.routes[j], o, q + 1);
                        }
                    }
                    return d;
                };

                UpdateRoutesRequest.prototype.toJSON = function() {
                    return UpdateRoutesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return UpdateRoutesRequest;
            })();

            v1.ListRoutesRequest = (function() {

                const ListRoutesRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListRoutesRequest.prototype.sandbox_id = "";

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
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
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
                    m = g || new $root.husk.pod.v1.ListRoutesRequest();
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

                ListRoutesRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.ListRoutesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.ListRoutesRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.ListRoutesRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    return m;
                };

                ListRoutesRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    return d;
                };

                ListRoutesRequest.prototype.toJSON = function() {
                    return ListRoutesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListRoutesRequest;
            })();

            v1.ListRoutesResponse = (function() {

                const ListRoutesResponse = function (p) {
                    this.routes = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListRoutesResponse.prototype.routes = $util.emptyArray;

                ListRoutesResponse.create = function(properties) {
                    return new ListRoutesResponse(properties);
                };

                ListRoutesResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.routes != null && m.routes.length) {
                        for (var i = 0; i < m.routes.length; ++i)
                            $root.husk.pod.v1.Route.encode(m.routes[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListRoutesResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.ListRoutesResponse();
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
                                if (!(m.routes && m.routes.length))
                                    m.routes = [];
                                m.routes.push($root.husk.pod.v1.Route.decode(r, r.size(), $undefined, q + 1));
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

                ListRoutesResponse.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.ListRoutesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.ListRoutesResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.ListRoutesResponse();
                    if (d.routes) {
                        if (!$Array.isArray(d.routes))
                            throw $TypeError(".husk.pod.v1.ListRoutesResponse.routes: array expected");
                        m.routes = $Array(d.routes.length);
                        for (var i = 0; i < d.routes.length; ++i) {
                            if (!$util.isObject(d.routes[i]))
                                throw $TypeError(".husk.pod.v1.ListRoutesResponse.routes: object expected");
                            m.routes[i] = $root.husk.pod.v1.Route.fromObject(d.routes[i], q + 1);
                        }
                    }
                    return m;
                };

                ListRoutesResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.routes = [];
                    }
                    if (m.routes && m.routes.length) {
                        d.routes = $Array(m.routes.length);
                        for (var j = 0; j < m.routes.length; ++j) {
                            d.routes[j] = $root.husk.pod.v1.Route.toObject(m.routes[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ListRoutesResponse.prototype.toJSON = function() {
                    return ListRoutesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ListRoutesResponse;
            })();

            v1.Size = (function() {

                const Size = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Size.prototype.vcpus = 0;
                Size.prototype.memory_mib = 0;

                Size.create = function(properties) {
                    return new Size(properties);
                };

                Size.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.vcpus != null && $Object.hasOwnProperty.call(m, "vcpus") && m.vcpus !== 0)
                        w.uint32(8).uint32(m.vcpus);
                    if (m.memory_mib != null && $Object.hasOwnProperty.call(m, "memory_mib") && m.memory_mib !== 0)
                        w.uint32(16).uint32(m.memory_mib);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Size.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.Size();
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
                                    m.vcpus = v;
                                else
                                    delete m.vcpus;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.memory_mib = v;
                                else
                                    delete m.memory_mib;
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

                Size.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.Size)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.Size: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.Size();
                    if (d.vcpus != null) {
                        if ($Number(d.vcpus) !== 0) {
                            m.vcpus = d.vcpus >>> 0;
                        }
                    }
                    if (d.memory_mib != null) {
                        if ($Number(d.memory_mib) !== 0) {
                            m.memory_mib = d.memory_mib >>> 0;
                        }
                    }
                    return m;
                };

                Size.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.vcpus = 0;
                        d.memory_mib = 0;
                    }
                    if (m.vcpus != null && $Object.hasOwnProperty.call(m, "vcpus")) {
                        d.vcpus = m.vcpus;
                    }
                    if (m.memory_mib != null && $Object.hasOwnProperty.call(m, "memory_mib")) {
                        d.memory_mib = m.memory_mib;
                    }
                    return d;
                };

                Size.prototype.toJSON = function() {
                    return Size.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Size;
            })();

            v1.ResizeRequest = (function() {

                const ResizeRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ResizeRequest.prototype.sandbox_id = "";
                ResizeRequest.prototype.size = null;

                ResizeRequest.create = function(properties) {
                    return new ResizeRequest(properties);
                };

                ResizeRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
                    if (m.size != null && $Object.hasOwnProperty.call(m, "size"))
                        $root.husk.pod.v1.Size.encode(m.size, w.uint32(18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ResizeRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.ResizeRequest();
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
                                m.size = $root.husk.pod.v1.Size.decode(r, r.size(), $undefined, q + 1, m.size);
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

                ResizeRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.ResizeRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.ResizeRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.ResizeRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    if (d.size != null) {
                        if (!$util.isObject(d.size))
                            throw $TypeError(".husk.pod.v1.ResizeRequest.size: object expected");
                        m.size = $root.husk.pod.v1.Size.fromObject(d.size, q + 1);
                    }
                    return m;
                };

                ResizeRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                        d.size = null;
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                        d.size = $root.husk.pod.v1.Size.toObject(m.size, o, q + 1);
                    }
                    return d;
                };

                ResizeRequest.prototype.toJSON = function() {
                    return ResizeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ResizeRequest;
            })();

            v1.StatusRequest = (function() {

                const StatusRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                StatusRequest.prototype.sandbox_id = "";

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
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
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
                    m = g || new $root.husk.pod.v1.StatusRequest();
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

                StatusRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.StatusRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.StatusRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.StatusRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    return m;
                };

                StatusRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    return d;
                };

                StatusRequest.prototype.toJSON = function() {
                    return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return StatusRequest;
            })();

            v1.Room = (function() {

                const Room = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Room.prototype.max_vcpus = 0;
                Room.prototype.max_memory_mib = 0;
                Room.prototype.ports = 0;

                Room.create = function(properties) {
                    return new Room(properties);
                };

                Room.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.max_vcpus != null && $Object.hasOwnProperty.call(m, "max_vcpus") && m.max_vcpus !== 0)
                        w.uint32(8).uint32(m.max_vcpus);
                    if (m.max_memory_mib != null && $Object.hasOwnProperty.call(m, "max_memory_mib") && m.max_memory_mib !== 0)
                        w.uint32(16).uint32(m.max_memory_mib);
                    if (m.ports != null && $Object.hasOwnProperty.call(m, "ports") && m.ports !== 0)
                        w.uint32(24).uint32(m.ports);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Room.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.Room();
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
                                    m.max_vcpus = v;
                                else
                                    delete m.max_vcpus;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.max_memory_mib = v;
                                else
                                    delete m.max_memory_mib;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.ports = v;
                                else
                                    delete m.ports;
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

                Room.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.Room)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.Room: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.Room();
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
                    if (d.ports != null) {
                        if ($Number(d.ports) !== 0) {
                            m.ports = d.ports >>> 0;
                        }
                    }
                    return m;
                };

                Room.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.max_vcpus = 0;
                        d.max_memory_mib = 0;
                        d.ports = 0;
                    }
                    if (m.max_vcpus != null && $Object.hasOwnProperty.call(m, "max_vcpus")) {
                        d.max_vcpus = m.max_vcpus;
                    }
                    if (m.max_memory_mib != null && $Object.hasOwnProperty.call(m, "max_memory_mib")) {
                        d.max_memory_mib = m.max_memory_mib;
                    }
                    if (m.ports != null && $Object.hasOwnProperty.call(m, "ports")) {
                        d.ports = m.ports;
                    }
                    return d;
                };

                Room.prototype.toJSON = function() {
                    return Room.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Room;
            })();

            v1.ContainerStatus = (function() {

                const ContainerStatus = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ContainerStatus.prototype.id = "";
                ContainerStatus.prototype.state = "";

                ContainerStatus.create = function(properties) {
                    return new ContainerStatus(properties);
                };

                ContainerStatus.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                        w.uint32(18).string(m.state);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ContainerStatus.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.ContainerStatus();
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
                                    m.state = v;
                                else
                                    delete m.state;
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

                ContainerStatus.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.ContainerStatus)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.ContainerStatus: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.ContainerStatus();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.state != null) {
                        if (typeof d.state !== "string" || d.state.length) {
                            m.state = $String(d.state);
                        }
                    }
                    return m;
                };

                ContainerStatus.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.state = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                        d.state = m.state;
                    }
                    return d;
                };

                ContainerStatus.prototype.toJSON = function() {
                    return ContainerStatus.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ContainerStatus;
            })();

            v1.StatusResponse = (function() {

                const StatusResponse = function (p) {
                    this.containers = [];
                    this.devices = [];
                    this.interfaces = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                StatusResponse.prototype.sandbox_id = "";
                StatusResponse.prototype.state = "";
                StatusResponse.prototype.pid = 0;
                StatusResponse.prototype.accel = "";
                StatusResponse.prototype.restored = false;
                StatusResponse.prototype.size = null;
                StatusResponse.prototype.room = null;
                StatusResponse.prototype.containers = $util.emptyArray;
                StatusResponse.prototype.devices = $util.emptyArray;
                StatusResponse.prototype.netns = "";
                StatusResponse.prototype.interfaces = $util.emptyArray;
                StatusResponse.prototype.started_at = null;

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
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
                    if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                        w.uint32(18).string(m.state);
                    if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                        w.uint32(24).uint32(m.pid);
                    if (m.accel != null && $Object.hasOwnProperty.call(m, "accel") && m.accel !== "")
                        w.uint32(34).string(m.accel);
                    if (m.restored != null && $Object.hasOwnProperty.call(m, "restored") && m.restored !== false)
                        w.uint32(40).bool(m.restored);
                    if (m.size != null && $Object.hasOwnProperty.call(m, "size"))
                        $root.husk.pod.v1.Size.encode(m.size, w.uint32(50).fork(), q + 1).ldelim();
                    if (m.room != null && $Object.hasOwnProperty.call(m, "room"))
                        $root.husk.pod.v1.Room.encode(m.room, w.uint32(58).fork(), q + 1).ldelim();
                    if (m.containers != null && m.containers.length) {
                        for (var i = 0; i < m.containers.length; ++i)
                            $root.husk.pod.v1.ContainerStatus.encode(m.containers[i], w.uint32(66).fork(), q + 1).ldelim();
                    }
                    if (m.devices != null && m.devices.length) {
                        for (var i = 0; i < m.devices.length; ++i)
                            $root.husk.pod.v1.Device.encode(m.devices[i], w.uint32(74).fork(), q + 1).ldelim();
                    }
                    if (m.netns != null && $Object.hasOwnProperty.call(m, "netns") && m.netns !== "")
                        w.uint32(82).string(m.netns);
                    if (m.interfaces != null && m.interfaces.length) {
                        for (var i = 0; i < m.interfaces.length; ++i)
                            $root.husk.pod.v1.Interface.encode(m.interfaces[i], w.uint32(90).fork(), q + 1).ldelim();
                    }
                    if (m.started_at != null && $Object.hasOwnProperty.call(m, "started_at"))
                        $root.google.protobuf.Timestamp.encode(m.started_at, w.uint32(98).fork(), q + 1).ldelim();
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
                    m = g || new $root.husk.pod.v1.StatusResponse();
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
                                if ((v = r.stringVerify()).length)
                                    m.state = v;
                                else
                                    delete m.state;
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
                                    m.accel = v;
                                else
                                    delete m.accel;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.restored = v;
                                else
                                    delete m.restored;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                m.size = $root.husk.pod.v1.Size.decode(r, r.size(), $undefined, q + 1, m.size);
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                m.room = $root.husk.pod.v1.Room.decode(r, r.size(), $undefined, q + 1, m.room);
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if (!(m.containers && m.containers.length))
                                    m.containers = [];
                                m.containers.push($root.husk.pod.v1.ContainerStatus.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if (!(m.devices && m.devices.length))
                                    m.devices = [];
                                m.devices.push($root.husk.pod.v1.Device.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.netns = v;
                                else
                                    delete m.netns;
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                if (!(m.interfaces && m.interfaces.length))
                                    m.interfaces = [];
                                m.interfaces.push($root.husk.pod.v1.Interface.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                m.started_at = $root.google.protobuf.Timestamp.decode(r, r.size(), $undefined, q + 1, m.started_at);
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
                    if (d instanceof $root.husk.pod.v1.StatusResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.StatusResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.StatusResponse();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    if (d.state != null) {
                        if (typeof d.state !== "string" || d.state.length) {
                            m.state = $String(d.state);
                        }
                    }
                    if (d.pid != null) {
                        if ($Number(d.pid) !== 0) {
                            m.pid = d.pid >>> 0;
                        }
                    }
                    if (d.accel != null) {
                        if (typeof d.accel !== "string" || d.accel.length) {
                            m.accel = $String(d.accel);
                        }
                    }
                    if (d.restored != null) {
                        if (d.restored) {
                            m.restored = $Boolean(d.restored);
                        }
                    }
                    if (d.size != null) {
                        if (!$util.isObject(d.size))
                            throw $TypeError(".husk.pod.v1.StatusResponse.size: object expected");
                        m.size = $root.husk.pod.v1.Size.fromObject(d.size, q + 1);
                    }
                    if (d.room != null) {
                        if (!$util.isObject(d.room))
                            throw $TypeError(".husk.pod.v1.StatusResponse.room: object expected");
                        m.room = $root.husk.pod.v1.Room.fromObject(d.room, q + 1);
                    }
                    if (d.containers) {
                        if (!$Array.isArray(d.containers))
                            throw $TypeError(".husk.pod.v1.StatusResponse.containers: array expected");
                        m.containers = $Array(d.containers.length);
                        for (var i = 0; i < d.containers.length; ++i) {
                            if (!$util.isObject(d.containers[i]))
                                throw $TypeError(".husk.pod.v1.StatusResponse.containers: object expected");
                            m.containers[i] = $root.husk.pod.v1.ContainerStatus.fromObject(d.containers[i], q + 1);
                        }
                    }
                    if (d.devices) {
                        if (!$Array.isArray(d.devices))
                            throw $TypeError(".husk.pod.v1.StatusResponse.devices: array expected");
                        m.devices = $Array(d.devices.length);
                        for (var i = 0; i < d.devices.length; ++i) {
                            if (!$util.isObject(d.devices[i]))
                                throw $TypeError(".husk.pod.v1.StatusResponse.devices: object expected");
                            m.devices[i] = $root.husk.pod.v1.Device.fromObject(d.devices[i], q + 1);
                        }
                    }
                    if (d.netns != null) {
                        if (typeof d.netns !== "string" || d.netns.length) {
                            m.netns = $String(d.netns);
                        }
                    }
                    if (d.interfaces) {
                        if (!$Array.isArray(d.interfaces))
                            throw $TypeError(".husk.pod.v1.StatusResponse.interfaces: array expected");
                        m.interfaces = $Array(d.interfaces.length);
                        for (var i = 0; i < d.interfaces.length; ++i) {
                            if (!$util.isObject(d.interfaces[i]))
                                throw $TypeError(".husk.pod.v1.StatusResponse.interfaces: object expected");
                            m.interfaces[i] = $root.husk.pod.v1.Interface.fromObject(d.interfaces[i], q + 1);
                        }
                    }
                    if (d.started_at != null) {
                        if (!$util.isObject(d.started_at))
                            throw $TypeError(".husk.pod.v1.StatusResponse.started_at: object expected");
                        m.started_at = $root.google.protobuf.Timestamp.fromObject(d.started_at, q + 1);
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
                        d.containers = [];
                        d.devices = [];
                        d.interfaces = [];
                    }
                    if (o.defaults) {
                        d.sandbox_id = "";
                        d.state = "";
                        d.pid = 0;
                        d.accel = "";
                        d.restored = false;
                        d.size = null;
                        d.room = null;
                        d.netns = "";
                        d.started_at = null;
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                        d.state = m.state;
                    }
                    if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                        d.pid = m.pid;
                    }
                    if (m.accel != null && $Object.hasOwnProperty.call(m, "accel")) {
                        d.accel = m.accel;
                    }
                    if (m.restored != null && $Object.hasOwnProperty.call(m, "restored")) {
                        d.restored = m.restored;
                    }
                    if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                        d.size = $root.husk.pod.v1.Size.toObject(m.size, o, q + 1);
                    }
                    if (m.room != null && $Object.hasOwnProperty.call(m, "room")) {
                        d.room = $root.husk.pod.v1.Room.toObject(m.room, o, q + 1);
                    }
                    if (m.containers && m.containers.length) {
                        d.containers = $Array(m.containers.length);
                        for (var j = 0; j < m.containers.length; ++j) {
                            d.containers[j] = $root.husk.pod.v1.ContainerStatus.toObject(m.containers[j], o, q + 1);
                        }
                    }
                    if (m.devices && m.devices.length) {
                        d.devices = $Array(m.devices.length);
                        for (var j = 0; j < m.devices.length; ++j) {
                            d.devices[j] = $root.husk.pod.v1.Device.toObject(m.devices[j], o, q + 1);
                        }
                    }
                    if (m.netns != null && $Object.hasOwnProperty.call(m, "netns")) {
                        d.netns = m.netns;
                    }
                    if (m.interfaces && m.interfaces.length) {
                        d.interfaces = $Array(m.interfaces.length);
                        for (var j = 0; j < m.interfaces.length; ++j) {
                            d.interfaces[j] = $root.husk.pod.v1.Interface.toObject(m.interfaces[j], o, q + 1);
                        }
                    }
                    if (m.started_at != null && $Object.hasOwnProperty.call(m, "started_at")) {
                        d.started_at = $root.google.protobuf.Timestamp.toObject(m.started_at, o, q + 1);
                    }
                    return d;
                };

                StatusResponse.prototype.toJSON = function() {
                    return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return StatusResponse;
            })();

            v1.StatsRequest = (function() {

                const StatsRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                StatsRequest.prototype.sandbox_id = "";

                StatsRequest.create = function(properties) {
                    return new StatsRequest(properties);
                };

                StatsRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id") && m.sandbox_id !== "")
                        w.uint32(10).string(m.sandbox_id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                StatsRequest.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.StatsRequest();
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

                StatsRequest.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.StatsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.StatsRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.StatsRequest();
                    if (d.sandbox_id != null) {
                        if (typeof d.sandbox_id !== "string" || d.sandbox_id.length) {
                            m.sandbox_id = $String(d.sandbox_id);
                        }
                    }
                    return m;
                };

                StatsRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sandbox_id = "";
                    }
                    if (m.sandbox_id != null && $Object.hasOwnProperty.call(m, "sandbox_id")) {
                        d.sandbox_id = m.sandbox_id;
                    }
                    return d;
                };

                StatsRequest.prototype.toJSON = function() {
                    return StatsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return StatsRequest;
            })();

            v1.ContainerStats = (function() {

                const ContainerStats = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ContainerStats.prototype.id = "";
                ContainerStats.prototype.cpu_usage_usec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                ContainerStats.prototype.memory_usage_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                ContainerStats.prototype.memory_limit_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                ContainerStats.prototype.pids = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                ContainerStats.create = function(properties) {
                    return new ContainerStats(properties);
                };

                ContainerStats.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.cpu_usage_usec != null && $Object.hasOwnProperty.call(m, "cpu_usage_usec") && (typeof m.cpu_usage_usec === "object" ? m.cpu_usage_usec.low || m.cpu_usage_usec.high : m.cpu_usage_usec !== 0))
                        w.uint32(16).uint64(m.cpu_usage_usec);
                    if (m.memory_usage_bytes != null && $Object.hasOwnProperty.call(m, "memory_usage_bytes") && (typeof m.memory_usage_bytes === "object" ? m.memory_usage_bytes.low || m.memory_usage_bytes.high : m.memory_usage_bytes !== 0))
                        w.uint32(24).uint64(m.memory_usage_bytes);
                    if (m.memory_limit_bytes != null && $Object.hasOwnProperty.call(m, "memory_limit_bytes") && (typeof m.memory_limit_bytes === "object" ? m.memory_limit_bytes.low || m.memory_limit_bytes.high : m.memory_limit_bytes !== 0))
                        w.uint32(32).uint64(m.memory_limit_bytes);
                    if (m.pids != null && $Object.hasOwnProperty.call(m, "pids") && (typeof m.pids === "object" ? m.pids.low || m.pids.high : m.pids !== 0))
                        w.uint32(40).uint64(m.pids);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ContainerStats.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.ContainerStats();
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
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.cpu_usage_usec = v;
                                else
                                    delete m.cpu_usage_usec;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.memory_usage_bytes = v;
                                else
                                    delete m.memory_usage_bytes;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.memory_limit_bytes = v;
                                else
                                    delete m.memory_limit_bytes;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.pids = v;
                                else
                                    delete m.pids;
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

                ContainerStats.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.ContainerStats)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.ContainerStats: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.ContainerStats();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.cpu_usage_usec != null) {
                        if (typeof d.cpu_usage_usec === "object" ? d.cpu_usage_usec.low || d.cpu_usage_usec.high : $Number(d.cpu_usage_usec) !== 0) {
                            if ($util.Long)
                                m.cpu_usage_usec = $util.Long.fromValue(d.cpu_usage_usec, true);
                            else if (typeof d.cpu_usage_usec === "string")
                                m.cpu_usage_usec = $parseInt(d.cpu_usage_usec, 10);
                            else if (typeof d.cpu_usage_usec === "number")
                                m.cpu_usage_usec = d.cpu_usage_usec;
                            else if (typeof d.cpu_usage_usec === "object")
                                m.cpu_usage_usec = new $util.LongBits(d.cpu_usage_usec.low >>> 0, d.cpu_usage_usec.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.memory_usage_bytes != null) {
                        if (typeof d.memory_usage_bytes === "object" ? d.memory_usage_bytes.low || d.memory_usage_bytes.high : $Number(d.memory_usage_bytes) !== 0) {
                            if ($util.Long)
                                m.memory_usage_bytes = $util.Long.fromValue(d.memory_usage_bytes, true);
                            else if (typeof d.memory_usage_bytes === "string")
                                m.memory_usage_bytes = $parseInt(d.memory_usage_bytes, 10);
                            else if (typeof d.memory_usage_bytes === "number")
                                m.memory_usage_bytes = d.memory_usage_bytes;
                            else if (typeof d.memory_usage_bytes === "object")
                                m.memory_usage_bytes = new $util.LongBits(d.memory_usage_bytes.low >>> 0, d.memory_usage_bytes.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.memory_limit_bytes != null) {
                        if (typeof d.memory_limit_bytes === "object" ? d.memory_limit_bytes.low || d.memory_limit_bytes.high : $Number(d.memory_limit_bytes) !== 0) {
                            if ($util.Long)
                                m.memory_limit_bytes = $util.Long.fromValue(d.memory_limit_bytes, true);
                            else if (typeof d.memory_limit_bytes === "string")
                                m.memory_limit_bytes = $parseInt(d.memory_limit_bytes, 10);
                            else if (typeof d.memory_limit_bytes === "number")
                                m.memory_limit_bytes = d.memory_limit_bytes;
                            else if (typeof d.memory_limit_bytes === "object")
                                m.memory_limit_bytes = new $util.LongBits(d.memory_limit_bytes.low >>> 0, d.memory_limit_bytes.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.pids != null) {
                        if (typeof d.pids === "object" ? d.pids.low || d.pids.high : $Number(d.pids) !== 0) {
                            if ($util.Long)
                                m.pids = $util.Long.fromValue(d.pids, true);
                            else if (typeof d.pids === "string")
                                m.pids = $parseInt(d.pids, 10);
                            else if (typeof d.pids === "number")
                                m.pids = d.pids;
                            else if (typeof d.pids === "object")
                                m.pids = new $util.LongBits(d.pids.low >>> 0, d.pids.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                ContainerStats.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.cpu_usage_usec = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.cpu_usage_usec = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.memory_usage_bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.memory_usage_bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.memory_limit_bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.memory_limit_bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.pids = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.pids = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.cpu_usage_usec != null && $Object.hasOwnProperty.call(m, "cpu_usage_usec")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.cpu_usage_usec = typeof m.cpu_usage_usec === "number" ? $BigInt(m.cpu_usage_usec) : $util.Long.fromBits(m.cpu_usage_usec.low >>> 0, m.cpu_usage_usec.high >>> 0, true).toBigInt();
                        else if (typeof m.cpu_usage_usec === "number")
                            d.cpu_usage_usec = o.longs === $String ? $String(m.cpu_usage_usec) : m.cpu_usage_usec;
                        else
                            d.cpu_usage_usec = o.longs === $String ? $util.Long.prototype.toString.call(m.cpu_usage_usec) : o.longs === $Number ? new $util.LongBits(m.cpu_usage_usec.low >>> 0, m.cpu_usage_usec.high >>> 0).toNumber(true) : m.cpu_usage_usec;
                    }
                    if (m.memory_usage_bytes != null && $Object.hasOwnProperty.call(m, "memory_usage_bytes")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.memory_usage_bytes = typeof m.memory_usage_bytes === "number" ? $BigInt(m.memory_usage_bytes) : $util.Long.fromBits(m.memory_usage_bytes.low >>> 0, m.memory_usage_bytes.high >>> 0, true).toBigInt();
                        else if (typeof m.memory_usage_bytes === "number")
                            d.memory_usage_bytes = o.longs === $String ? $String(m.memory_usage_bytes) : m.memory_usage_bytes;
                        else
                            d.memory_usage_bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.memory_usage_bytes) : o.longs === $Number ? new $util.LongBits(m.memory_usage_bytes.low >>> 0, m.memory_usage_bytes.high >>> 0).toNumber(true) : m.memory_usage_bytes;
                    }
                    if (m.memory_limit_bytes != null && $Object.hasOwnProperty.call(m, "memory_limit_bytes")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.memory_limit_bytes = typeof m.memory_limit_bytes === "number" ? $BigInt(m.memory_limit_bytes) : $util.Long.fromBits(m.memory_limit_bytes.low >>> 0, m.memory_limit_bytes.high >>> 0, true).toBigInt();
                        else if (typeof m.memory_limit_bytes === "number")
                            d.memory_limit_bytes = o.longs === $String ? $String(m.memory_limit_bytes) : m.memory_limit_bytes;
                        else
                            d.memory_limit_bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.memory_limit_bytes) : o.longs === $Number ? new $util.LongBits(m.memory_limit_bytes.low >>> 0, m.memory_limit_bytes.high >>> 0).toNumber(true) : m.memory_limit_bytes;
                    }
                    if (m.pids != null && $Object.hasOwnProperty.call(m, "pids")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.pids = typeof m.pids === "number" ? $BigInt(m.pids) : $util.Long.fromBits(m.pids.low >>> 0, m.pids.high >>> 0, true).toBigInt();
                        else if (typeof m.pids === "number")
                            d.pids = o.longs === $String ? $String(m.pids) : m.pids;
                        else
                            d.pids = o.longs === $String ? $util.Long.prototype.toString.call(m.pids) : o.longs === $Number ? new $util.LongBits(m.pids.low >>> 0, m.pids.high >>> 0).toNumber(true) : m.pids;
                    }
                    return d;
                };

                ContainerStats.prototype.toJSON = function() {
                    return ContainerStats.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ContainerStats;
            })();

            v1.StatsResponse = (function() {

                const StatsResponse = function (p) {
                    this.containers = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                StatsResponse.prototype.vm_cpu_usage_usec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                StatsResponse.prototype.vm_rss_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                StatsResponse.prototype.vm_pss_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                StatsResponse.prototype.guest_memory_total_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                StatsResponse.prototype.guest_memory_available_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                StatsResponse.prototype.containers = $util.emptyArray;

                StatsResponse.create = function(properties) {
                    return new StatsResponse(properties);
                };

                StatsResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.vm_cpu_usage_usec != null && $Object.hasOwnProperty.call(m, "vm_cpu_usage_usec") && (typeof m.vm_cpu_usage_usec === "object" ? m.vm_cpu_usage_usec.low || m.vm_cpu_usage_usec.high : m.vm_cpu_usage_usec !== 0))
                        w.uint32(8).uint64(m.vm_cpu_usage_usec);
                    if (m.vm_rss_bytes != null && $Object.hasOwnProperty.call(m, "vm_rss_bytes") && (typeof m.vm_rss_bytes === "object" ? m.vm_rss_bytes.low || m.vm_rss_bytes.high : m.vm_rss_bytes !== 0))
                        w.uint32(16).uint64(m.vm_rss_bytes);
                    if (m.vm_pss_bytes != null && $Object.hasOwnProperty.call(m, "vm_pss_bytes") && (typeof m.vm_pss_bytes === "object" ? m.vm_pss_bytes.low || m.vm_pss_bytes.high : m.vm_pss_bytes !== 0))
                        w.uint32(24).uint64(m.vm_pss_bytes);
                    if (m.guest_memory_total_bytes != null && $Object.hasOwnProperty.call(m, "guest_memory_total_bytes") && (typeof m.guest_memory_total_bytes === "object" ? m.guest_memory_total_bytes.low || m.guest_memory_total_bytes.high : m.guest_memory_total_bytes !== 0))
                        w.uint32(32).uint64(m.guest_memory_total_bytes);
                    if (m.guest_memory_available_bytes != null && $Object.hasOwnProperty.call(m, "guest_memory_available_bytes") && (typeof m.guest_memory_available_bytes === "object" ? m.guest_memory_available_bytes.low || m.guest_memory_available_bytes.high : m.guest_memory_available_bytes !== 0))
                        w.uint32(40).uint64(m.guest_memory_available_bytes);
                    if (m.containers != null && m.containers.length) {
                        for (var i = 0; i < m.containers.length; ++i)
                            $root.husk.pod.v1.ContainerStats.encode(m.containers[i], w.uint32(50).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                StatsResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.husk.pod.v1.StatsResponse();
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
                                    m.vm_cpu_usage_usec = v;
                                else
                                    delete m.vm_cpu_usage_usec;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.vm_rss_bytes = v;
                                else
                                    delete m.vm_rss_bytes;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.vm_pss_bytes = v;
                                else
                                    delete m.vm_pss_bytes;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.guest_memory_total_bytes = v;
                                else
                                    delete m.guest_memory_total_bytes;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.guest_memory_available_bytes = v;
                                else
                                    delete m.guest_memory_available_bytes;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if (!(m.containers && m.containers.length))
                                    m.containers = [];
                                m.containers.push($root.husk.pod.v1.ContainerStats.decode(r, r.size(), $undefined, q + 1));
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

                StatsResponse.fromObject = function (d, q) {
                    if (d instanceof $root.husk.pod.v1.StatsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".husk.pod.v1.StatsResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.husk.pod.v1.StatsResponse();
                    if (d.vm_cpu_usage_usec != null) {
                        if (typeof d.vm_cpu_usage_usec === "object" ? d.vm_cpu_usage_usec.low || d.vm_cpu_usage_usec.high : $Number(d.vm_cpu_usage_usec) !== 0) {
                            if ($util.Long)
                                m.vm_cpu_usage_usec = $util.Long.fromValue(d.vm_cpu_usage_usec, true);
                            else if (typeof d.vm_cpu_usage_usec === "string")
                                m.vm_cpu_usage_usec = $parseInt(d.vm_cpu_usage_usec, 10);
                            else if (typeof d.vm_cpu_usage_usec === "number")
                                m.vm_cpu_usage_usec = d.vm_cpu_usage_usec;
                            else if (typeof d.vm_cpu_usage_usec === "object")
                                m.vm_cpu_usage_usec = new $util.LongBits(d.vm_cpu_usage_usec.low >>> 0, d.vm_cpu_usage_usec.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.vm_rss_bytes != null) {
                        if (typeof d.vm_rss_bytes === "object" ? d.vm_rss_bytes.low || d.vm_rss_bytes.high : $Number(d.vm_rss_bytes) !== 0) {
                            if ($util.Long)
                                m.vm_rss_bytes = $util.Long.fromValue(d.vm_rss_bytes, true);
                            else if (typeof d.vm_rss_bytes === "string")
                                m.vm_rss_bytes = $parseInt(d.vm_rss_bytes, 10);
                            else if (typeof d.vm_rss_bytes === "number")
                                m.vm_rss_bytes = d.vm_rss_bytes;
                            else if (typeof d.vm_rss_bytes === "object")
                                m.vm_rss_bytes = new $util.LongBits(d.vm_rss_bytes.low >>> 0, d.vm_rss_bytes.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.vm_pss_bytes != null) {
                        if (typeof d.vm_pss_bytes === "object" ? d.vm_pss_bytes.low || d.vm_pss_bytes.high : $Number(d.vm_pss_bytes) !== 0) {
                            if ($util.Long)
                                m.vm_pss_bytes = $util.Long.fromValue(d.vm_pss_bytes, true);
                            else if (typeof d.vm_pss_bytes === "string")
                                m.vm_pss_bytes = $parseInt(d.vm_pss_bytes, 10);
                            else if (typeof d.vm_pss_bytes === "number")
                                m.vm_pss_bytes = d.vm_pss_bytes;
                            else if (typeof d.vm_pss_bytes === "object")
                                m.vm_pss_bytes = new $util.LongBits(d.vm_pss_bytes.low >>> 0, d.vm_pss_bytes.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.guest_memory_total_bytes != null) {
                        if (typeof d.guest_memory_total_bytes === "object" ? d.guest_memory_total_bytes.low || d.guest_memory_total_bytes.high : $Number(d.guest_memory_total_bytes) !== 0) {
                            if ($util.Long)
                                m.guest_memory_total_bytes = $util.Long.fromValue(d.guest_memory_total_bytes, true);
                            else if (typeof d.guest_memory_total_bytes === "string")
                                m.guest_memory_total_bytes = $parseInt(d.guest_memory_total_bytes, 10);
                            else if (typeof d.guest_memory_total_bytes === "number")
                                m.guest_memory_total_bytes = d.guest_memory_total_bytes;
                            else if (typeof d.guest_memory_total_bytes === "object")
                                m.guest_memory_total_bytes = new $util.LongBits(d.guest_memory_total_bytes.low >>> 0, d.guest_memory_total_bytes.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.guest_memory_available_bytes != null) {
                        if (typeof d.guest_memory_available_bytes === "object" ? d.guest_memory_available_bytes.low || d.guest_memory_available_bytes.high : $Number(d.guest_memory_available_bytes) !== 0) {
                            if ($util.Long)
                                m.guest_memory_available_bytes = $util.Long.fromValue(d.guest_memory_available_bytes, true);
                            else if (typeof d.guest_memory_available_bytes === "string")
                                m.guest_memory_available_bytes = $parseInt(d.guest_memory_available_bytes, 10);
                            else if (typeof d.guest_memory_available_bytes === "number")
                                m.guest_memory_available_bytes = d.guest_memory_available_bytes;
                            else if (typeof d.guest_memory_available_bytes === "object")
                                m.guest_memory_available_bytes = new $util.LongBits(d.guest_memory_available_bytes.low >>> 0, d.guest_memory_available_bytes.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.containers) {
                        if (!$Array.isArray(d.containers))
                            throw $TypeError(".husk.pod.v1.StatsResponse.containers: array expected");
                        m.containers = $Array(d.containers.length);
                        for (var i = 0; i < d.containers.length; ++i) {
                            if (!$util.isObject(d.containers[i]))
                                throw $TypeError(".husk.pod.v1.StatsResponse.containers: object expected");
                            m.containers[i] = $root.husk.pod.v1.ContainerStats.fromObject(d.containers[i], q + 1);
                        }
                    }
                    return m;
                };

                StatsResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.containers = [];
                    }
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.vm_cpu_usage_usec = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.vm_cpu_usage_usec = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.vm_rss_bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.vm_rss_bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.vm_pss_bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.vm_pss_bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.guest_memory_total_bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.guest_memory_total_bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.guest_memory_available_bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.guest_memory_available_bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.vm_cpu_usage_usec != null && $Object.hasOwnProperty.call(m, "vm_cpu_usage_usec")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.vm_cpu_usage_usec = typeof m.vm_cpu_usage_usec === "number" ? $BigInt(m.vm_cpu_usage_usec) : $util.Long.fromBits(m.vm_cpu_usage_usec.low >>> 0, m.vm_cpu_usage_usec.high >>> 0, true).toBigInt();
                        else if (typeof m.vm_cpu_usage_usec === "number")
                            d.vm_cpu_usage_usec = o.longs === $String ? $String(m.vm_cpu_usage_usec) : m.vm_cpu_usage_usec;
                        else
                            d.vm_cpu_usage_usec = o.longs === $String ? $util.Long.prototype.toString.call(m.vm_cpu_usage_usec) : o.longs === $Number ? new $util.LongBits(m.vm_cpu_usage_usec.low >>> 0, m.vm_cpu_usage_usec.high >>> 0).toNumber(true) : m.vm_cpu_usage_usec;
                    }
                    if (m.vm_rss_bytes != null && $Object.hasOwnProperty.call(m, "vm_rss_bytes")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.vm_rss_bytes = typeof m.vm_rss_bytes === "number" ? $BigInt(m.vm_rss_bytes) : $util.Long.fromBits(m.vm_rss_bytes.low >>> 0, m.vm_rss_bytes.high >>> 0, true).toBigInt();
                        else if (typeof m.vm_rss_bytes === "number")
                            d.vm_rss_bytes = o.longs === $String ? $String(m.vm_rss_bytes) : m.vm_rss_bytes;
                        else
                            d.vm_rss_bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.vm_rss_bytes) : o.longs === $Number ? new $util.LongBits(m.vm_rss_bytes.low >>> 0, m.vm_rss_bytes.high >>> 0).toNumber(true) : m.vm_rss_bytes;
                    }
                    if (m.vm_pss_bytes != null && $Object.hasOwnProperty.call(m, "vm_pss_bytes")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.vm_pss_bytes = typeof m.vm_pss_bytes === "number" ? $BigInt(m.vm_pss_bytes) : $util.Long.fromBits(m.vm_pss_bytes.low >>> 0, m.vm_pss_bytes.high >>> 0, true).toBigInt();
                        else if (typeof m.vm_pss_bytes === "number")
                            d.vm_pss_bytes = o.longs === $String ? $String(m.vm_pss_bytes) : m.vm_pss_bytes;
                        else
                            d.vm_pss_bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.vm_pss_bytes) : o.longs === $Number ? new $util.LongBits(m.vm_pss_bytes.low >>> 0, m.vm_pss_bytes.high >>> 0).toNumber(true) : m.vm_pss_bytes;
                    }
                    if (m.guest_memory_total_bytes != null && $Object.hasOwnProperty.call(m, "guest_memory_total_bytes")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.guest_memory_total_bytes = typeof m.guest_memory_total_bytes === "number" ? $BigInt(m.guest_memory_total_bytes) : $util.Long.fromBits(m.guest_memory_total_bytes.low >>> 0, m.guest_memory_total_bytes.high >>> 0, true).toBigInt();
                        else if (typeof m.guest_memory_total_bytes === "number")
                            d.guest_memory_total_bytes = o.longs === $String ? $String(m.guest_memory_total_bytes) : m.guest_memory_total_bytes;
                        else
                            d.guest_memory_total_bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.guest_memory_total_bytes) : o.longs === $Number ? new $util.LongBits(m.guest_memory_total_bytes.low >>> 0, m.guest_memory_total_bytes.high >>> 0).toNumber(true) : m.guest_memory_total_bytes;
                    }
                    if (m.guest_memory_available_bytes != null && $Object.hasOwnProperty.call(m, "guest_memory_available_bytes")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.guest_memory_available_bytes = typeof m.guest_memory_available_bytes === "number" ? $BigInt(m.guest_memory_available_bytes) : $util.Long.fromBits(m.guest_memory_available_bytes.low >>> 0, m.guest_memory_available_bytes.high >>> 0, true).toBigInt();
                        else if (typeof m.guest_memory_available_bytes === "number")
                            d.guest_memory_available_bytes = o.longs === $String ? $String(m.guest_memory_available_bytes) : m.guest_memory_available_bytes;
                        else
                            d.guest_memory_available_bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.guest_memory_available_bytes) : o.longs === $Number ? new $util.LongBits(m.guest_memory_available_bytes.low >>> 0, m.guest_memory_available_bytes.high >>> 0).toNumber(true) : m.guest_memory_available_bytes;
                    }
                    if (m.containers && m.containers.length) {
                        d.containers = $Array(m.containers.length);
                        for (var j = 0; j < m.containers.length; ++j) {
                            d.containers[j] = $root.husk.pod.v1.ContainerStats.toObject(m.containers[j], o, q + 1);
                        }
                    }
                    return d;
                };

                StatsResponse.prototype.toJSON = function() {
                    return StatsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return StatsResponse;
            })();

            return v1;
        })();

        return pod;
    })();

    return husk;
})();

export const google = $root.google = (() => {

    const google = {};

    google.protobuf = (function() {

        const protobuf = {};

        protobuf.Timestamp = (function() {

            const Timestamp = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Timestamp.prototype.nanos = 0;

            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            Timestamp.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds") && (typeof m.seconds === "object" ? m.seconds.low || m.seconds.high : m.seconds !== 0))
                    w.uint32(8).int64(m.seconds);
                if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos") && m.nanos !== 0)
                    w.uint32(16).int32(m.nanos);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Timestamp.decode = function (r, l, z, q, g) {
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
                m = g || new $root.google.protobuf.Timestamp();
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
                                m.seconds = v;
                            else
                                delete m.seconds;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.nanos = v;
                            else
                                delete m.nanos;
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

            Timestamp.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.Timestamp)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.Timestamp();
                if (d.seconds != null) {
                    if (typeof d.seconds === "object" ? d.seconds.low || d.seconds.high : $Number(d.seconds) !== 0) {
                        if ($util.Long)
                            m.seconds = $util.Long.fromValue(d.seconds, false);
                        else if (typeof d.seconds === "string")
                            m.seconds = $parseInt(d.seconds, 10);
                        else if (typeof d.seconds === "number")
                            m.seconds = d.seconds;
                        else if (typeof d.seconds === "object")
                            m.seconds = new $util.LongBits(d.seconds.low >>> 0, d.seconds.high >>> 0).toNumber();
                    }
                }
                if (d.nanos != null) {
                    if ($Number(d.nanos) !== 0) {
                        m.nanos = d.nanos | 0;
                    }
                }
                return m;
            };

            Timestamp.toObject = function (m, o, q) {
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
                        d.seconds = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seconds = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.nanos = 0;
                }
                if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seconds = typeof m.seconds === "number" ? $BigInt(m.seconds) : $util.Long.fromBits(m.seconds.low >>> 0, m.seconds.high >>> 0, false).toBigInt();
                    else if (typeof m.seconds === "number")
                        d.seconds = o.longs === $String ? $String(m.seconds) : m.seconds;
                    else
                        d.seconds = o.longs === $String ? $util.Long.prototype.toString.call(m.seconds) : o.longs === $Number ? new $util.LongBits(m.seconds.low >>> 0, m.seconds.high >>> 0).toNumber() : m.seconds;
                }
                if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos")) {
                    d.nanos = m.nanos;
                }
                return d;
            };

            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
