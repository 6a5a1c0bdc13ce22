import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace husk {

    namespace factory {

        namespace v1 {

            interface IVmShape extends husk.factory.v1.VmShape.$Properties {
            }

            class VmShape {
                constructor(properties?: husk.factory.v1.VmShape.$Properties);
                $unknowns?: Uint8Array[];
                memory_mib: number;
                vcpus: number;
                kernel_path: string;
                initrd_path: string;
                rootfs_image_path: string;
                debug: boolean;
                nics: number;
                max_vcpus: number;
                max_memory_mib: number;
                hotplug_ports: number;
                static create(properties: husk.factory.v1.VmShape.$Shape): husk.factory.v1.VmShape & husk.factory.v1.VmShape.$Shape;
                static create(properties?: husk.factory.v1.VmShape.$Properties): husk.factory.v1.VmShape;
                static encode(message: husk.factory.v1.VmShape.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.factory.v1.VmShape & husk.factory.v1.VmShape.$Shape;
                static fromObject(object: { [k: string]: any }): husk.factory.v1.VmShape;
                static toObject(message: husk.factory.v1.VmShape, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace VmShape {
                interface $Properties {
                    memory_mib?: (number|null);
                    vcpus?: (number|null);
                    kernel_path?: (string|null);
                    initrd_path?: (string|null);
                    rootfs_image_path?: (string|null);
                    debug?: (boolean|null);
                    nics?: (number|null);
                    max_vcpus?: (number|null);
                    max_memory_mib?: (number|null);
                    hotplug_ports?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.factory.v1.VmShape.$Properties;
            }

            interface ITakeRequest extends husk.factory.v1.TakeRequest.$Properties {
            }

            class TakeRequest {
                constructor(properties?: husk.factory.v1.TakeRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                shape?: (husk.factory.v1.VmShape.$Properties|null);
                static create(properties: husk.factory.v1.TakeRequest.$Shape): husk.factory.v1.TakeRequest & husk.factory.v1.TakeRequest.$Shape;
                static create(properties?: husk.factory.v1.TakeRequest.$Properties): husk.factory.v1.TakeRequest;
                static encode(message: husk.factory.v1.TakeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.factory.v1.TakeRequest & husk.factory.v1.TakeRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.factory.v1.TakeRequest;
                static toObject(message: husk.factory.v1.TakeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace TakeRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    shape?: (husk.factory.v1.VmShape.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.factory.v1.TakeRequest.$Properties;
            }

            interface ITakeResponse extends husk.factory.v1.TakeResponse.$Properties {
            }

            class TakeResponse {
                constructor(properties?: husk.factory.v1.TakeResponse.$Properties);
                $unknowns?: Uint8Array[];
                vm_id: string;
                dir: string;
                pid: number;
                start_time: string;
                accel: string;
                netns: string;
                taps: string[];
                origin: string;
                static create(properties: husk.factory.v1.TakeResponse.$Shape): husk.factory.v1.TakeResponse & husk.factory.v1.TakeResponse.$Shape;
                static create(properties?: husk.factory.v1.TakeResponse.$Properties): husk.factory.v1.TakeResponse;
                static encode(message: husk.factory.v1.TakeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.factory.v1.TakeResponse & husk.factory.v1.TakeResponse.$Shape;
                static fromObject(object: { [k: string]: any }): husk.factory.v1.TakeResponse;
                static toObject(message: husk.factory.v1.TakeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace TakeResponse {
                interface $Properties {
                    vm_id?: (string|null);
                    dir?: (string|null);
                    pid?: (number|null);
                    start_time?: (string|null);
                    accel?: (string|null);
                    netns?: (string|null);
                    taps?: (string[]|null);
                    origin?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.factory.v1.TakeResponse.$Properties;
            }

            interface IStatusRequest extends husk.factory.v1.StatusRequest.$Properties {
            }

            class StatusRequest {
                constructor(properties?: husk.factory.v1.StatusRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: husk.factory.v1.StatusRequest.$Shape): husk.factory.v1.StatusRequest & husk.factory.v1.StatusRequest.$Shape;
                static create(properties?: husk.factory.v1.StatusRequest.$Properties): husk.factory.v1.StatusRequest;
                static encode(message: husk.factory.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.factory.v1.StatusRequest & husk.factory.v1.StatusRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.factory.v1.StatusRequest;
                static toObject(message: husk.factory.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StatusRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.factory.v1.StatusRequest.$Properties;
            }

            interface IPool extends husk.factory.v1.Pool.$Properties {
            }

            class Pool {
                constructor(properties?: husk.factory.v1.Pool.$Properties);
                $unknowns?: Uint8Array[];
                shape?: (husk.factory.v1.VmShape.$Properties|null);
                target: number;
                ready: number;
                starting: number;
                taken: (number|Long);
                missed: (number|Long);
                last_error: string;
                static create(properties: husk.factory.v1.Pool.$Shape): husk.factory.v1.Pool & husk.factory.v1.Pool.$Shape;
                static create(properties?: husk.factory.v1.Pool.$Properties): husk.factory.v1.Pool;
                static encode(message: husk.factory.v1.Pool.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.factory.v1.Pool & husk.factory.v1.Pool.$Shape;
                static fromObject(object: { [k: string]: any }): husk.factory.v1.Pool;
                static toObject(message: husk.factory.v1.Pool, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace Pool {
                interface $Properties {
                    shape?: (husk.factory.v1.VmShape.$Properties|null);
                    target?: (number|null);
                    ready?: (number|null);
                    starting?: (number|null);
                    taken?: (number|Long|null);
                    missed?: (number|Long|null);
                    last_error?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.factory.v1.Pool.$Properties;
            }

            interface IStatusResponse extends husk.factory.v1.StatusResponse.$Properties {
            }

            class StatusResponse {
                constructor(properties?: husk.factory.v1.StatusResponse.$Properties);
                $unknowns?: Uint8Array[];
                pools: husk.factory.v1.Pool.$Properties[];
                pid: number;
                static create(properties: husk.factory.v1.StatusResponse.$Shape): husk.factory.v1.StatusResponse & husk.factory.v1.StatusResponse.$Shape;
                static create(properties?: husk.factory.v1.StatusResponse.$Properties): husk.factory.v1.StatusResponse;
                static encode(message: husk.factory.v1.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.factory.v1.StatusResponse & husk.factory.v1.StatusResponse.$Shape;
                static fromObject(object: { [k: string]: any }): husk.factory.v1.StatusResponse;
                static toObject(message: husk.factory.v1.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StatusResponse {
                interface $Properties {
                    pools?: (husk.factory.v1.Pool.$Properties[]|null);
                    pid?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.factory.v1.StatusResponse.$Properties;
            }
        }
    }
}
