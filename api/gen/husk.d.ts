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

    namespace pod {

        namespace v1 {

            interface IDevice extends husk.pod.v1.Device.$Properties {
            }

            class Device {
                constructor(properties?: husk.pod.v1.Device.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                host_path: string;
                read_only: boolean;
                static create(properties: husk.pod.v1.Device.$Shape): husk.pod.v1.Device & husk.pod.v1.Device.$Shape;
                static create(properties?: husk.pod.v1.Device.$Properties): husk.pod.v1.Device;
                static encode(message: husk.pod.v1.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.Device & husk.pod.v1.Device.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.Device;
                static toObject(message: husk.pod.v1.Device, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace Device {
                interface $Properties {
                    id?: (string|null);
                    host_path?: (string|null);
                    read_only?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.Device.$Properties;
            }

            interface IAddDeviceRequest extends husk.pod.v1.AddDeviceRequest.$Properties {
            }

            class AddDeviceRequest {
                constructor(properties?: husk.pod.v1.AddDeviceRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                device?: (husk.pod.v1.Device.$Properties|null);
                static create(properties: husk.pod.v1.AddDeviceRequest.$Shape): husk.pod.v1.AddDeviceRequest & husk.pod.v1.AddDeviceRequest.$Shape;
                static create(properties?: husk.pod.v1.AddDeviceRequest.$Properties): husk.pod.v1.AddDeviceRequest;
                static encode(message: husk.pod.v1.AddDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.AddDeviceRequest & husk.pod.v1.AddDeviceRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.AddDeviceRequest;
                static toObject(message: husk.pod.v1.AddDeviceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace AddDeviceRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    device?: (husk.pod.v1.Device.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.AddDeviceRequest.$Properties;
            }

            interface IRemoveDeviceRequest extends husk.pod.v1.RemoveDeviceRequest.$Properties {
            }

            class RemoveDeviceRequest {
                constructor(properties?: husk.pod.v1.RemoveDeviceRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                id: string;
                static create(properties: husk.pod.v1.RemoveDeviceRequest.$Shape): husk.pod.v1.RemoveDeviceRequest & husk.pod.v1.RemoveDeviceRequest.$Shape;
                static create(properties?: husk.pod.v1.RemoveDeviceRequest.$Properties): husk.pod.v1.RemoveDeviceRequest;
                static encode(message: husk.pod.v1.RemoveDeviceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.RemoveDeviceRequest & husk.pod.v1.RemoveDeviceRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.RemoveDeviceRequest;
                static toObject(message: husk.pod.v1.RemoveDeviceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace RemoveDeviceRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.RemoveDeviceRequest.$Properties;
            }

            interface IRemoveDeviceResponse extends husk.pod.v1.RemoveDeviceResponse.$Properties {
            }

            class RemoveDeviceResponse {
                constructor(properties?: husk.pod.v1.RemoveDeviceResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: husk.pod.v1.RemoveDeviceResponse.$Shape): husk.pod.v1.RemoveDeviceResponse & husk.pod.v1.RemoveDeviceResponse.$Shape;
                static create(properties?: husk.pod.v1.RemoveDeviceResponse.$Properties): husk.pod.v1.RemoveDeviceResponse;
                static encode(message: husk.pod.v1.RemoveDeviceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.RemoveDeviceResponse & husk.pod.v1.RemoveDeviceResponse.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.RemoveDeviceResponse;
                static toObject(message: husk.pod.v1.RemoveDeviceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace RemoveDeviceResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.RemoveDeviceResponse.$Properties;
            }

            interface IListDevicesRequest extends husk.pod.v1.ListDevicesRequest.$Properties {
            }

            class ListDevicesRequest {
                constructor(properties?: husk.pod.v1.ListDevicesRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                static create(properties: husk.pod.v1.ListDevicesRequest.$Shape): husk.pod.v1.ListDevicesRequest & husk.pod.v1.ListDevicesRequest.$Shape;
                static create(properties?: husk.pod.v1.ListDevicesRequest.$Properties): husk.pod.v1.ListDevicesRequest;
                static encode(message: husk.pod.v1.ListDevicesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.ListDevicesRequest & husk.pod.v1.ListDevicesRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.ListDevicesRequest;
                static toObject(message: husk.pod.v1.ListDevicesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ListDevicesRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.ListDevicesRequest.$Properties;
            }

            interface IListDevicesResponse extends husk.pod.v1.ListDevicesResponse.$Properties {
            }

            class ListDevicesResponse {
                constructor(properties?: husk.pod.v1.ListDevicesResponse.$Properties);
                $unknowns?: Uint8Array[];
                devices: husk.pod.v1.Device.$Properties[];
                static create(properties: husk.pod.v1.ListDevicesResponse.$Shape): husk.pod.v1.ListDevicesResponse & husk.pod.v1.ListDevicesResponse.$Shape;
                static create(properties?: husk.pod.v1.ListDevicesResponse.$Properties): husk.pod.v1.ListDevicesResponse;
                static encode(message: husk.pod.v1.ListDevicesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.ListDevicesResponse & husk.pod.v1.ListDevicesResponse.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.ListDevicesResponse;
                static toObject(message: husk.pod.v1.ListDevicesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ListDevicesResponse {
                interface $Properties {
                    devices?: (husk.pod.v1.Device.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.ListDevicesResponse.$Properties;
            }

            interface IIpAddress extends husk.pod.v1.IpAddress.$Properties {
            }

            class IpAddress {
                constructor(properties?: husk.pod.v1.IpAddress.$Properties);
                $unknowns?: Uint8Array[];
                family: string;
                address: string;
                prefix_length: number;
                static create(properties: husk.pod.v1.IpAddress.$Shape): husk.pod.v1.IpAddress & husk.pod.v1.IpAddress.$Shape;
                static create(properties?: husk.pod.v1.IpAddress.$Properties): husk.pod.v1.IpAddress;
                static encode(message: husk.pod.v1.IpAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.IpAddress & husk.pod.v1.IpAddress.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.IpAddress;
                static toObject(message: husk.pod.v1.IpAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace IpAddress {
                interface $Properties {
                    family?: (string|null);
                    address?: (string|null);
                    prefix_length?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.IpAddress.$Properties;
            }

            interface IInterface extends husk.pod.v1.Interface.$Properties {
            }

            class Interface {
                constructor(properties?: husk.pod.v1.Interface.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                mac: string;
                mtu: number;
                addresses: husk.pod.v1.IpAddress.$Properties[];
                static create(properties: husk.pod.v1.Interface.$Shape): husk.pod.v1.Interface & husk.pod.v1.Interface.$Shape;
                static create(properties?: husk.pod.v1.Interface.$Properties): husk.pod.v1.Interface;
                static encode(message: husk.pod.v1.Interface.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.Interface & husk.pod.v1.Interface.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.Interface;
                static toObject(message: husk.pod.v1.Interface, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace Interface {
                interface $Properties {
                    name?: (string|null);
                    mac?: (string|null);
                    mtu?: (number|null);
                    addresses?: (husk.pod.v1.IpAddress.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.Interface.$Properties;
            }

            interface IAddInterfaceRequest extends husk.pod.v1.AddInterfaceRequest.$Properties {
            }

            class AddInterfaceRequest {
                constructor(properties?: husk.pod.v1.AddInterfaceRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                name: string;
                static create(properties: husk.pod.v1.AddInterfaceRequest.$Shape): husk.pod.v1.AddInterfaceRequest & husk.pod.v1.AddInterfaceRequest.$Shape;
                static create(properties?: husk.pod.v1.AddInterfaceRequest.$Properties): husk.pod.v1.AddInterfaceRequest;
                static encode(message: husk.pod.v1.AddInterfaceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.AddInterfaceRequest & husk.pod.v1.AddInterfaceRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.AddInterfaceRequest;
                static toObject(message: husk.pod.v1.AddInterfaceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace AddInterfaceRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    name?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.AddInterfaceRequest.$Properties;
            }

            interface IRemoveInterfaceRequest extends husk.pod.v1.RemoveInterfaceRequest.$Properties {
            }

            class RemoveInterfaceRequest {
                constructor(properties?: husk.pod.v1.RemoveInterfaceRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                name: string;
                static create(properties: husk.pod.v1.RemoveInterfaceRequest.$Shape): husk.pod.v1.RemoveInterfaceRequest & husk.pod.v1.RemoveInterfaceRequest.$Shape;
                static create(properties?: husk.pod.v1.RemoveInterfaceRequest.$Properties): husk.pod.v1.RemoveInterfaceRequest;
                static encode(message: husk.pod.v1.RemoveInterfaceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.RemoveInterfaceRequest & husk.pod.v1.RemoveInterfaceRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.RemoveInterfaceRequest;
                static toObject(message: husk.pod.v1.RemoveInterfaceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace RemoveInterfaceRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    name?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.RemoveInterfaceRequest.$Properties;
            }

            interface IRemoveInterfaceResponse extends husk.pod.v1.RemoveInterfaceResponse.$Properties {
            }

            class RemoveInterfaceResponse {
                constructor(properties?: husk.pod.v1.RemoveInterfaceResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: husk.pod.v1.RemoveInterfaceResponse.$Shape): husk.pod.v1.RemoveInterfaceResponse & husk.pod.v1.RemoveInterfaceResponse.$Shape;
                static create(properties?: husk.pod.v1.RemoveInterfaceResponse.$Properties): husk.pod.v1.RemoveInterfaceResponse;
                static encode(message: husk.pod.v1.RemoveInterfaceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.RemoveInterfaceResponse & husk.pod.v1.RemoveInterfaceResponse.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.RemoveInterfaceResponse;
                static toObject(message: husk.pod.v1.RemoveInterfaceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace RemoveInterfaceResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.RemoveInterfaceResponse.$Properties;
            }

            interface IListInterfacesRequest extends husk.pod.v1.ListInterfacesRequest.$Properties {
            }

            class ListInterfacesRequest {
                constructor(properties?: husk.pod.v1.ListInterfacesRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                static create(properties: husk.pod.v1.ListInterfacesRequest.$Shape): husk.pod.v1.ListInterfacesRequest & husk.pod.v1.ListInterfacesRequest.$Shape;
                static create(properties?: husk.pod.v1.ListInterfacesRequest.$Properties): husk.pod.v1.ListInterfacesRequest;
                static encode(message: husk.pod.v1.ListInterfacesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.ListInterfacesRequest & husk.pod.v1.ListInterfacesRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.ListInterfacesRequest;
                static toObject(message: husk.pod.v1.ListInterfacesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ListInterfacesRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.ListInterfacesRequest.$Properties;
            }

            interface IListInterfacesResponse extends husk.pod.v1.ListInterfacesResponse.$Properties {
            }

            class ListInterfacesResponse {
                constructor(properties?: husk.pod.v1.ListInterfacesResponse.$Properties);
                $unknowns?: Uint8Array[];
                interfaces: husk.pod.v1.Interface.$Properties[];
                static create(properties: husk.pod.v1.ListInterfacesResponse.$Shape): husk.pod.v1.ListInterfacesResponse & husk.pod.v1.ListInterfacesResponse.$Shape;
                static create(properties?: husk.pod.v1.ListInterfacesResponse.$Properties): husk.pod.v1.ListInterfacesResponse;
                static encode(message: husk.pod.v1.ListInterfacesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.ListInterfacesResponse & husk.pod.v1.ListInterfacesResponse.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.ListInterfacesResponse;
                static toObject(message: husk.pod.v1.ListInterfacesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ListInterfacesResponse {
                interface $Properties {
                    interfaces?: (husk.pod.v1.Interface.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.ListInterfacesResponse.$Properties;
            }

            interface IRoute extends husk.pod.v1.Route.$Properties {
            }

            class Route {
                constructor(properties?: husk.pod.v1.Route.$Properties);
                $unknowns?: Uint8Array[];
                family: string;
                dest: string;
                gateway: string;
                device: string;
                source: string;
                scope: number;
                static create(properties: husk.pod.v1.Route.$Shape): husk.pod.v1.Route & husk.pod.v1.Route.$Shape;
                static create(properties?: husk.pod.v1.Route.$Properties): husk.pod.v1.Route;
                static encode(message: husk.pod.v1.Route.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.Route & husk.pod.v1.Route.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.Route;
                static toObject(message: husk.pod.v1.Route, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace Route {
                interface $Properties {
                    family?: (string|null);
                    dest?: (string|null);
                    gateway?: (string|null);
                    device?: (string|null);
                    source?: (string|null);
                    scope?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.Route.$Properties;
            }

            interface IUpdateRoutesRequest extends husk.pod.v1.UpdateRoutesRequest.$Properties {
            }

            class UpdateRoutesRequest {
                constructor(properties?: husk.pod.v1.UpdateRoutesRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                routes: husk.pod.v1.Route.$Properties[];
                static create(properties: husk.pod.v1.UpdateRoutesRequest.$Shape): husk.pod.v1.UpdateRoutesRequest & husk.pod.v1.UpdateRoutesRequest.$Shape;
                static create(properties?: husk.pod.v1.UpdateRoutesRequest.$Properties): husk.pod.v1.UpdateRoutesRequest;
                static encode(message: husk.pod.v1.UpdateRoutesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.UpdateRoutesRequest & husk.pod.v1.UpdateRoutesRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.UpdateRoutesRequest;
                static toObject(message: husk.pod.v1.UpdateRoutesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace UpdateRoutesRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    routes?: (husk.pod.v1.Route.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.UpdateRoutesRequest.$Properties;
            }

            interface IListRoutesRequest extends husk.pod.v1.ListRoutesRequest.$Properties {
            }

            class ListRoutesRequest {
                constructor(properties?: husk.pod.v1.ListRoutesRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                static create(properties: husk.pod.v1.ListRoutesRequest.$Shape): husk.pod.v1.ListRoutesRequest & husk.pod.v1.ListRoutesRequest.$Shape;
                static create(properties?: husk.pod.v1.ListRoutesRequest.$Properties): husk.pod.v1.ListRoutesRequest;
                static encode(message: husk.pod.v1.ListRoutesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.ListRoutesRequest & husk.pod.v1.ListRoutesRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.ListRoutesRequest;
                static toObject(message: husk.pod.v1.ListRoutesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ListRoutesRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.ListRoutesRequest.$Properties;
            }

            interface IListRoutesResponse extends husk.pod.v1.ListRoutesResponse.$Properties {
            }

            class ListRoutesResponse {
                constructor(properties?: husk.pod.v1.ListRoutesResponse.$Properties);
                $unknowns?: Uint8Array[];
                routes: husk.pod.v1.Route.$Properties[];
                static create(properties: husk.pod.v1.ListRoutesResponse.$Shape): husk.pod.v1.ListRoutesResponse & husk.pod.v1.ListRoutesResponse.$Shape;
                static create(properties?: husk.pod.v1.ListRoutesResponse.$Properties): husk.pod.v1.ListRoutesResponse;
                static encode(message: husk.pod.v1.ListRoutesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.ListRoutesResponse & husk.pod.v1.ListRoutesResponse.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.ListRoutesResponse;
                static toObject(message: husk.pod.v1.ListRoutesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ListRoutesResponse {
                interface $Properties {
                    routes?: (husk.pod.v1.Route.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.ListRoutesResponse.$Properties;
            }

            interface ISize extends husk.pod.v1.Size.$Properties {
            }

            class Size {
                constructor(properties?: husk.pod.v1.Size.$Properties);
                $unknowns?: Uint8Array[];
                vcpus: number;
                memory_mib: number;
                static create(properties: husk.pod.v1.Size.$Shape): husk.pod.v1.Size & husk.pod.v1.Size.$Shape;
                static create(properties?: husk.pod.v1.Size.$Properties): husk.pod.v1.Size;
                static encode(message: husk.pod.v1.Size.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.Size & husk.pod.v1.Size.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.Size;
                static toObject(message: husk.pod.v1.Size, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace Size {
                interface $Properties {
                    vcpus?: (number|null);
                    memory_mib?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.Size.$Properties;
            }

            interface IResizeRequest extends husk.pod.v1.ResizeRequest.$Properties {
            }

            class ResizeRequest {
                constructor(properties?: husk.pod.v1.ResizeRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                size?: (husk.pod.v1.Size.$Properties|null);
                static create(properties: husk.pod.v1.ResizeRequest.$Shape): husk.pod.v1.ResizeRequest & husk.pod.v1.ResizeRequest.$Shape;
                static create(properties?: husk.pod.v1.ResizeRequest.$Properties): husk.pod.v1.ResizeRequest;
                static encode(message: husk.pod.v1.ResizeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.ResizeRequest & husk.pod.v1.ResizeRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.ResizeRequest;
                static toObject(message: husk.pod.v1.ResizeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ResizeRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    size?: (husk.pod.v1.Size.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.ResizeRequest.$Properties;
            }

            interface IStatusRequest extends husk.pod.v1.StatusRequest.$Properties {
            }

            class StatusRequest {
                constructor(properties?: husk.pod.v1.StatusRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                static create(properties: husk.pod.v1.StatusRequest.$Shape): husk.pod.v1.StatusRequest & husk.pod.v1.StatusRequest.$Shape;
                static create(properties?: husk.pod.v1.StatusRequest.$Properties): husk.pod.v1.StatusRequest;
                static encode(message: husk.pod.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.StatusRequest & husk.pod.v1.StatusRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.StatusRequest;
                static toObject(message: husk.pod.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StatusRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.StatusRequest.$Properties;
            }

            interface IRoom extends husk.pod.v1.Room.$Properties {
            }

            class Room {
                constructor(properties?: husk.pod.v1.Room.$Properties);
                $unknowns?: Uint8Array[];
                max_vcpus: number;
                max_memory_mib: number;
                ports: number;
                static create(properties: husk.pod.v1.Room.$Shape): husk.pod.v1.Room & husk.pod.v1.Room.$Shape;
                static create(properties?: husk.pod.v1.Room.$Properties): husk.pod.v1.Room;
                static encode(message: husk.pod.v1.Room.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.Room & husk.pod.v1.Room.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.Room;
                static toObject(message: husk.pod.v1.Room, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace Room {
                interface $Properties {
                    max_vcpus?: (number|null);
                    max_memory_mib?: (number|null);
                    ports?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.Room.$Properties;
            }

            interface IContainerStatus extends husk.pod.v1.ContainerStatus.$Properties {
            }

            class ContainerStatus {
                constructor(properties?: husk.pod.v1.ContainerStatus.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                state: string;
                static create(properties: husk.pod.v1.ContainerStatus.$Shape): husk.pod.v1.ContainerStatus & husk.pod.v1.ContainerStatus.$Shape;
                static create(properties?: husk.pod.v1.ContainerStatus.$Properties): husk.pod.v1.ContainerStatus;
                static encode(message: husk.pod.v1.ContainerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.ContainerStatus & husk.pod.v1.ContainerStatus.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.ContainerStatus;
                static toObject(message: husk.pod.v1.ContainerStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ContainerStatus {
                interface $Properties {
                    id?: (string|null);
                    state?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.ContainerStatus.$Properties;
            }

            interface IStatusResponse extends husk.pod.v1.StatusResponse.$Properties {
            }

            class StatusResponse {
                constructor(properties?: husk.pod.v1.StatusResponse.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                state: string;
                pid: number;
                accel: string;
                restored: boolean;
                size?: (husk.pod.v1.Size.$Properties|null);
                room?: (husk.pod.v1.Room.$Properties|null);
                containers: husk.pod.v1.ContainerStatus.$Properties[];
                devices: husk.pod.v1.Device.$Properties[];
                netns: string;
                interfaces: husk.pod.v1.Interface.$Properties[];
                started_at?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: husk.pod.v1.StatusResponse.$Shape): husk.pod.v1.StatusResponse & husk.pod.v1.StatusResponse.$Shape;
                static create(properties?: husk.pod.v1.StatusResponse.$Properties): husk.pod.v1.StatusResponse;
                static encode(message: husk.pod.v1.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.StatusResponse & husk.pod.v1.StatusResponse.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.StatusResponse;
                static toObject(message: husk.pod.v1.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StatusResponse {
                interface $Properties {
                    sandbox_id?: (string|null);
                    state?: (string|null);
                    pid?: (number|null);
                    accel?: (string|null);
                    restored?: (boolean|null);
                    size?: (husk.pod.v1.Size.$Properties|null);
                    room?: (husk.pod.v1.Room.$Properties|null);
                    containers?: (husk.pod.v1.ContainerStatus.$Properties[]|null);
                    devices?: (husk.pod.v1.Device.$Properties[]|null);
                    netns?: (string|null);
                    interfaces?: (husk.pod.v1.Interface.$Properties[]|null);
                    started_at?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.StatusResponse.$Properties;
            }

            interface IStatsRequest extends husk.pod.v1.StatsRequest.$Properties {
            }

            class StatsRequest {
                constructor(properties?: husk.pod.v1.StatsRequest.$Properties);
                $unknowns?: Uint8Array[];
                sandbox_id: string;
                static create(properties: husk.pod.v1.StatsRequest.$Shape): husk.pod.v1.StatsRequest & husk.pod.v1.StatsRequest.$Shape;
                static create(properties?: husk.pod.v1.StatsRequest.$Properties): husk.pod.v1.StatsRequest;
                static encode(message: husk.pod.v1.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.StatsRequest & husk.pod.v1.StatsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.StatsRequest;
                static toObject(message: husk.pod.v1.StatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StatsRequest {
                interface $Properties {
                    sandbox_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.StatsRequest.$Properties;
            }

            interface IContainerStats extends husk.pod.v1.ContainerStats.$Properties {
            }

            class ContainerStats {
                constructor(properties?: husk.pod.v1.ContainerStats.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                cpu_usage_usec: (number|Long);
                memory_usage_bytes: (number|Long);
                memory_limit_bytes: (number|Long);
                pids: (number|Long);
                static create(properties: husk.pod.v1.ContainerStats.$Shape): husk.pod.v1.ContainerStats & husk.pod.v1.ContainerStats.$Shape;
                static create(properties?: husk.pod.v1.ContainerStats.$Properties): husk.pod.v1.ContainerStats;
                static encode(message: husk.pod.v1.ContainerStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.ContainerStats & husk.pod.v1.ContainerStats.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.ContainerStats;
                static toObject(message: husk.pod.v1.ContainerStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ContainerStats {
                interface $Properties {
                    id?: (string|null);
                    cpu_usage_usec?: (number|Long|null);
                    memory_usage_bytes?: (number|Long|null);
                    memory_limit_bytes?: (number|Long|null);
                    pids?: (number|Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.ContainerStats.$Properties;
            }

            interface IStatsResponse extends husk.pod.v1.StatsResponse.$Properties {
            }

            class StatsResponse {
                constructor(properties?: husk.pod.v1.StatsResponse.$Properties);
                $unknowns?: Uint8Array[];
                vm_cpu_usage_usec: (number|Long);
                vm_rss_bytes: (number|Long);
                vm_pss_bytes: (number|Long);
                guest_memory_total_bytes: (number|Long);
                guest_memory_available_bytes: (number|Long);
                containers: husk.pod.v1.ContainerStats.$Properties[];
                static create(properties: husk.pod.v1.StatsResponse.$Shape): husk.pod.v1.StatsResponse & husk.pod.v1.StatsResponse.$Shape;
                static create(properties?: husk.pod.v1.StatsResponse.$Properties): husk.pod.v1.StatsResponse;
                static encode(message: husk.pod.v1.StatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.pod.v1.StatsResponse & husk.pod.v1.StatsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): husk.pod.v1.StatsResponse;
                static toObject(message: husk.pod.v1.StatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StatsResponse {
                interface $Properties {
                    vm_cpu_usage_usec?: (number|Long|null);
                    vm_rss_bytes?: (number|Long|null);
                    vm_pss_bytes?: (number|Long|null);
                    guest_memory_total_bytes?: (number|Long|null);
                    guest_memory_available_bytes?: (number|Long|null);
                    containers?: (husk.pod.v1.ContainerStats.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.pod.v1.StatsResponse.$Properties;
            }
        }
    }
}

export namespace google {

    namespace protobuf {

        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        class Timestamp {
            constructor(properties?: google.protobuf.Timestamp.$Properties);
            $unknowns?: Uint8Array[];
            seconds: (number|Long);
            nanos: number;
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Timestamp {
            interface $Properties {
                seconds?: (number|Long|null);
                nanos?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
