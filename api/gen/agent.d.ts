import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace husk {

    namespace agent {

        namespace v1 {

            interface IReleaseRequest extends husk.agent.v1.ReleaseRequest.$Properties {
            }

            class ReleaseRequest {
                constructor(properties?: husk.agent.v1.ReleaseRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: husk.agent.v1.ReleaseRequest.$Shape): husk.agent.v1.ReleaseRequest & husk.agent.v1.ReleaseRequest.$Shape;
                static create(properties?: husk.agent.v1.ReleaseRequest.$Properties): husk.agent.v1.ReleaseRequest;
                static encode(message: husk.agent.v1.ReleaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.agent.v1.ReleaseRequest & husk.agent.v1.ReleaseRequest.$Shape;
                static fromObject(object: { [k: string]: any }): husk.agent.v1.ReleaseRequest;
                static toObject(message: husk.agent.v1.ReleaseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ReleaseRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.agent.v1.ReleaseRequest.$Properties;
            }

            interface IReleaseResponse extends husk.agent.v1.ReleaseResponse.$Properties {
            }

            class ReleaseResponse {
                constructor(properties?: husk.agent.v1.ReleaseResponse.$Properties);
                $unknowns?: Uint8Array[];
                woken: number;
                static create(properties: husk.agent.v1.ReleaseResponse.$Shape): husk.agent.v1.ReleaseResponse & husk.agent.v1.ReleaseResponse.$Shape;
                static create(properties?: husk.agent.v1.ReleaseResponse.$Properties): husk.agent.v1.ReleaseResponse;
                static encode(message: husk.agent.v1.ReleaseResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): husk.agent.v1.ReleaseResponse & husk.agent.v1.ReleaseResponse.$Shape;
                static fromObject(object: { [k: string]: any }): husk.agent.v1.ReleaseResponse;
                static toObject(message: husk.agent.v1.ReleaseResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ReleaseResponse {
                interface $Properties {
                    woken?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = husk.agent.v1.ReleaseResponse.$Properties;
            }
        }
    }
}

export namespace grpc {

    interface ICreateContainerRequest extends grpc.CreateContainerRequest.$Properties {
    }

    class CreateContainerRequest {
        constructor(properties?: grpc.CreateContainerRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        exec_id: string;
        string_user?: (grpc.StringUser.$Properties|null);
        devices: grpc.Device.$Properties[];
        storages: grpc.Storage.$Properties[];
        OCI?: (grpc.Spec.$Properties|null);
        sandbox_pidns: boolean;
        shared_mounts: grpc.SharedMount.$Properties[];
        stdin_port: number;
        stdout_port: number;
        stderr_port: number;
        static create(properties: grpc.CreateContainerRequest.$Shape): grpc.CreateContainerRequest & grpc.CreateContainerRequest.$Shape;
        static create(properties?: grpc.CreateContainerRequest.$Properties): grpc.CreateContainerRequest;
        static encode(message: grpc.CreateContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CreateContainerRequest & grpc.CreateContainerRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.CreateContainerRequest;
        static toObject(message: grpc.CreateContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace CreateContainerRequest {
        interface $Properties {
            container_id?: (string|null);
            exec_id?: (string|null);
            string_user?: (grpc.StringUser.$Properties|null);
            devices?: (grpc.Device.$Properties[]|null);
            storages?: (grpc.Storage.$Properties[]|null);
            OCI?: (grpc.Spec.$Properties|null);
            sandbox_pidns?: (boolean|null);
            shared_mounts?: (grpc.SharedMount.$Properties[]|null);
            stdin_port?: (number|null);
            stdout_port?: (number|null);
            stderr_port?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          container_id?: string|null;
          exec_id?: string|null;
          string_user?: grpc.StringUser.$Shape|null;
          devices?: grpc.Device.$Shape[]|null;
          storages?: grpc.Storage.$Shape[]|null;
          OCI?: grpc.Spec.$Shape|null;
          sandbox_pidns?: boolean|null;
          shared_mounts?: grpc.SharedMount.$Shape[]|null;
          stdin_port?: number|null;
          stdout_port?: number|null;
          stderr_port?: number|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface IStartContainerRequest extends grpc.StartContainerRequest.$Properties {
    }

    class StartContainerRequest {
        constructor(properties?: grpc.StartContainerRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        static create(properties: grpc.StartContainerRequest.$Shape): grpc.StartContainerRequest & grpc.StartContainerRequest.$Shape;
        static create(properties?: grpc.StartContainerRequest.$Properties): grpc.StartContainerRequest;
        static encode(message: grpc.StartContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.StartContainerRequest & grpc.StartContainerRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.StartContainerRequest;
        static toObject(message: grpc.StartContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace StartContainerRequest {
        interface $Properties {
            container_id?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.StartContainerRequest.$Properties;
    }

    interface IRemoveContainerRequest extends grpc.RemoveContainerRequest.$Properties {
    }

    class RemoveContainerRequest {
        constructor(properties?: grpc.RemoveContainerRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        timeout: number;
        static create(properties: grpc.RemoveContainerRequest.$Shape): grpc.RemoveContainerRequest & grpc.RemoveContainerRequest.$Shape;
        static create(properties?: grpc.RemoveContainerRequest.$Properties): grpc.RemoveContainerRequest;
        static encode(message: grpc.RemoveContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.RemoveContainerRequest & grpc.RemoveContainerRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.RemoveContainerRequest;
        static toObject(message: grpc.RemoveContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace RemoveContainerRequest {
        interface $Properties {
            container_id?: (string|null);
            timeout?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.RemoveContainerRequest.$Properties;
    }

    interface IExecProcessRequest extends grpc.ExecProcessRequest.$Properties {
    }

    class ExecProcessRequest {
        constructor(properties?: grpc.ExecProcessRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        exec_id: string;
        string_user?: (grpc.StringUser.$Properties|null);
        process?: (grpc.Process.$Properties|null);
        stdin_port: number;
        stdout_port: number;
        stderr_port: number;
        static create(properties: grpc.ExecProcessRequest.$Shape): grpc.ExecProcessRequest & grpc.ExecProcessRequest.$Shape;
        static create(properties?: grpc.ExecProcessRequest.$Properties): grpc.ExecProcessRequest;
        static encode(message: grpc.ExecProcessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ExecProcessRequest & grpc.ExecProcessRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ExecProcessRequest;
        static toObject(message: grpc.ExecProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ExecProcessRequest {
        interface $Properties {
            container_id?: (string|null);
            exec_id?: (string|null);
            string_user?: (grpc.StringUser.$Properties|null);
            process?: (grpc.Process.$Properties|null);
            stdin_port?: (number|null);
            stdout_port?: (number|null);
            stderr_port?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ExecProcessRequest.$Properties;
    }

    interface ISignalProcessRequest extends grpc.SignalProcessRequest.$Properties {
    }

    class SignalProcessRequest {
        constructor(properties?: grpc.SignalProcessRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        exec_id: string;
        signal: number;
        static create(properties: grpc.SignalProcessRequest.$Shape): grpc.SignalProcessRequest & grpc.SignalProcessRequest.$Shape;
        static create(properties?: grpc.SignalProcessRequest.$Properties): grpc.SignalProcessRequest;
        static encode(message: grpc.SignalProcessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.SignalProcessRequest & grpc.SignalProcessRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.SignalProcessRequest;
        static toObject(message: grpc.SignalProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace SignalProcessRequest {
        interface $Properties {
            container_id?: (string|null);
            exec_id?: (string|null);
            signal?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.SignalProcessRequest.$Properties;
    }

    interface IWaitProcessRequest extends grpc.WaitProcessRequest.$Properties {
    }

    class WaitProcessRequest {
        constructor(properties?: grpc.WaitProcessRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        exec_id: string;
        static create(properties: grpc.WaitProcessRequest.$Shape): grpc.WaitProcessRequest & grpc.WaitProcessRequest.$Shape;
        static create(properties?: grpc.WaitProcessRequest.$Properties): grpc.WaitProcessRequest;
        static encode(message: grpc.WaitProcessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.WaitProcessRequest & grpc.WaitProcessRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.WaitProcessRequest;
        static toObject(message: grpc.WaitProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace WaitProcessRequest {
        interface $Properties {
            container_id?: (string|null);
            exec_id?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.WaitProcessRequest.$Properties;
    }

    interface IWaitProcessResponse extends grpc.WaitProcessResponse.$Properties {
    }

    class WaitProcessResponse {
        constructor(properties?: grpc.WaitProcessResponse.$Properties);
        $unknowns?: Uint8Array[];
        status: number;
        static create(properties: grpc.WaitProcessResponse.$Shape): grpc.WaitProcessResponse & grpc.WaitProcessResponse.$Shape;
        static create(properties?: grpc.WaitProcessResponse.$Properties): grpc.WaitProcessResponse;
        static encode(message: grpc.WaitProcessResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.WaitProcessResponse & grpc.WaitProcessResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.WaitProcessResponse;
        static toObject(message: grpc.WaitProcessResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace WaitProcessResponse {
        interface $Properties {
            status?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.WaitProcessResponse.$Properties;
    }

    interface IListProcessesRequest extends grpc.ListProcessesRequest.$Properties {
    }

    class ListProcessesRequest {
        constructor(properties?: grpc.ListProcessesRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        format: string;
        args: string[];
        static create(properties: grpc.ListProcessesRequest.$Shape): grpc.ListProcessesRequest & grpc.ListProcessesRequest.$Shape;
        static create(properties?: grpc.ListProcessesRequest.$Properties): grpc.ListProcessesRequest;
        static encode(message: grpc.ListProcessesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ListProcessesRequest & grpc.ListProcessesRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ListProcessesRequest;
        static toObject(message: grpc.ListProcessesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ListProcessesRequest {
        interface $Properties {
            container_id?: (string|null);
            format?: (string|null);
            args?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ListProcessesRequest.$Properties;
    }

    interface IListProcessesResponse extends grpc.ListProcessesResponse.$Properties {
    }

    class ListProcessesResponse {
        constructor(properties?: grpc.ListProcessesResponse.$Properties);
        $unknowns?: Uint8Array[];
        process_list: Uint8Array;
        static create(properties: grpc.ListProcessesResponse.$Shape): grpc.ListProcessesResponse & grpc.ListProcessesResponse.$Shape;
        static create(properties?: grpc.ListProcessesResponse.$Properties): grpc.ListProcessesResponse;
        static encode(message: grpc.ListProcessesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ListProcessesResponse & grpc.ListProcessesResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ListProcessesResponse;
        static toObject(message: grpc.ListProcessesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ListProcessesResponse {
        interface $Properties {
            process_list?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ListProcessesResponse.$Properties;
    }

    interface IUpdateContainerRequest extends grpc.UpdateContainerRequest.$Properties {
    }

    class UpdateContainerRequest {
        constructor(properties?: grpc.UpdateContainerRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        resources?: (grpc.LinuxResources.$Properties|null);
        static create(properties: grpc.UpdateContainerRequest.$Shape): grpc.UpdateContainerRequest & grpc.UpdateContainerRequest.$Shape;
        static create(properties?: grpc.UpdateContainerRequest.$Properties): grpc.UpdateContainerRequest;
        static encode(message: grpc.UpdateContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.UpdateContainerRequest & grpc.UpdateContainerRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.UpdateContainerRequest;
        static toObject(message: grpc.UpdateContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace UpdateContainerRequest {
        interface $Properties {
            container_id?: (string|null);
            resources?: (grpc.LinuxResources.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.UpdateContainerRequest.$Properties;
    }

    interface IStatsContainerRequest extends grpc.StatsContainerRequest.$Properties {
    }

    class StatsContainerRequest {
        constructor(properties?: grpc.StatsContainerRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        static create(properties: grpc.StatsContainerRequest.$Shape): grpc.StatsContainerRequest & grpc.StatsContainerRequest.$Shape;
        static create(properties?: grpc.StatsContainerRequest.$Properties): grpc.StatsContainerRequest;
        static encode(message: grpc.StatsContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.StatsContainerRequest & grpc.StatsContainerRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.StatsContainerRequest;
        static toObject(message: grpc.StatsContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace StatsContainerRequest {
        interface $Properties {
            container_id?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.StatsContainerRequest.$Properties;
    }

    interface IPauseContainerRequest extends grpc.PauseContainerRequest.$Properties {
    }

    class PauseContainerRequest {
        constructor(properties?: grpc.PauseContainerRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        static create(properties: grpc.PauseContainerRequest.$Shape): grpc.PauseContainerRequest & grpc.PauseContainerRequest.$Shape;
        static create(properties?: grpc.PauseContainerRequest.$Properties): grpc.PauseContainerRequest;
        static encode(message: grpc.PauseContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.PauseContainerRequest & grpc.PauseContainerRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.PauseContainerRequest;
        static toObject(message: grpc.PauseContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace PauseContainerRequest {
        interface $Properties {
            container_id?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.PauseContainerRequest.$Properties;
    }

    interface IResumeContainerRequest extends grpc.ResumeContainerRequest.$Properties {
    }

    class ResumeContainerRequest {
        constructor(properties?: grpc.ResumeContainerRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        static create(properties: grpc.ResumeContainerRequest.$Shape): grpc.ResumeContainerRequest & grpc.ResumeContainerRequest.$Shape;
        static create(properties?: grpc.ResumeContainerRequest.$Properties): grpc.ResumeContainerRequest;
        static encode(message: grpc.ResumeContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ResumeContainerRequest & grpc.ResumeContainerRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ResumeContainerRequest;
        static toObject(message: grpc.ResumeContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ResumeContainerRequest {
        interface $Properties {
            container_id?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ResumeContainerRequest.$Properties;
    }

    interface IRemoveStaleVirtiofsShareMountsRequest extends grpc.RemoveStaleVirtiofsShareMountsRequest.$Properties {
    }

    class RemoveStaleVirtiofsShareMountsRequest {
        constructor(properties?: grpc.RemoveStaleVirtiofsShareMountsRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: grpc.RemoveStaleVirtiofsShareMountsRequest.$Shape): grpc.RemoveStaleVirtiofsShareMountsRequest & grpc.RemoveStaleVirtiofsShareMountsRequest.$Shape;
        static create(properties?: grpc.RemoveStaleVirtiofsShareMountsRequest.$Properties): grpc.RemoveStaleVirtiofsShareMountsRequest;
        static encode(message: grpc.RemoveStaleVirtiofsShareMountsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.RemoveStaleVirtiofsShareMountsRequest & grpc.RemoveStaleVirtiofsShareMountsRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.RemoveStaleVirtiofsShareMountsRequest;
        static toObject(message: grpc.RemoveStaleVirtiofsShareMountsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace RemoveStaleVirtiofsShareMountsRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.RemoveStaleVirtiofsShareMountsRequest.$Properties;
    }

    interface IGetDiagnosticDataRequest extends grpc.GetDiagnosticDataRequest.$Properties {
    }

    class GetDiagnosticDataRequest {
        constructor(properties?: grpc.GetDiagnosticDataRequest.$Properties);
        $unknowns?: Uint8Array[];
        log_type: string;
        container_id: string;
        static create(properties: grpc.GetDiagnosticDataRequest.$Shape): grpc.GetDiagnosticDataRequest & grpc.GetDiagnosticDataRequest.$Shape;
        static create(properties?: grpc.GetDiagnosticDataRequest.$Properties): grpc.GetDiagnosticDataRequest;
        static encode(message: grpc.GetDiagnosticDataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GetDiagnosticDataRequest & grpc.GetDiagnosticDataRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.GetDiagnosticDataRequest;
        static toObject(message: grpc.GetDiagnosticDataRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace GetDiagnosticDataRequest {
        interface $Properties {
            log_type?: (string|null);
            container_id?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.GetDiagnosticDataRequest.$Properties;
    }

    interface IGetDiagnosticDataResponse extends grpc.GetDiagnosticDataResponse.$Properties {
    }

    class GetDiagnosticDataResponse {
        constructor(properties?: grpc.GetDiagnosticDataResponse.$Properties);
        $unknowns?: Uint8Array[];
        data: string;
        static create(properties: grpc.GetDiagnosticDataResponse.$Shape): grpc.GetDiagnosticDataResponse & grpc.GetDiagnosticDataResponse.$Shape;
        static create(properties?: grpc.GetDiagnosticDataResponse.$Properties): grpc.GetDiagnosticDataResponse;
        static encode(message: grpc.GetDiagnosticDataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GetDiagnosticDataResponse & grpc.GetDiagnosticDataResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.GetDiagnosticDataResponse;
        static toObject(message: grpc.GetDiagnosticDataResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace GetDiagnosticDataResponse {
        interface $Properties {
            data?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.GetDiagnosticDataResponse.$Properties;
    }

    interface ICpuUsage extends grpc.CpuUsage.$Properties {
    }

    class CpuUsage {
        constructor(properties?: grpc.CpuUsage.$Properties);
        $unknowns?: Uint8Array[];
        total_usage: (number|Long);
        percpu_usage: (number|Long)[];
        usage_in_kernelmode: (number|Long);
        usage_in_usermode: (number|Long);
        static create(properties: grpc.CpuUsage.$Shape): grpc.CpuUsage & grpc.CpuUsage.$Shape;
        static create(properties?: grpc.CpuUsage.$Properties): grpc.CpuUsage;
        static encode(message: grpc.CpuUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CpuUsage & grpc.CpuUsage.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.CpuUsage;
        static toObject(message: grpc.CpuUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace CpuUsage {
        interface $Properties {
            total_usage?: (number|Long|null);
            percpu_usage?: ((number|Long)[]|null);
            usage_in_kernelmode?: (number|Long|null);
            usage_in_usermode?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.CpuUsage.$Properties;
    }

    interface IThrottlingData extends grpc.ThrottlingData.$Properties {
    }

    class ThrottlingData {
        constructor(properties?: grpc.ThrottlingData.$Properties);
        $unknowns?: Uint8Array[];
        periods: (number|Long);
        throttled_periods: (number|Long);
        throttled_time: (number|Long);
        static create(properties: grpc.ThrottlingData.$Shape): grpc.ThrottlingData & grpc.ThrottlingData.$Shape;
        static create(properties?: grpc.ThrottlingData.$Properties): grpc.ThrottlingData;
        static encode(message: grpc.ThrottlingData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ThrottlingData & grpc.ThrottlingData.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ThrottlingData;
        static toObject(message: grpc.ThrottlingData, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ThrottlingData {
        interface $Properties {
            periods?: (number|Long|null);
            throttled_periods?: (number|Long|null);
            throttled_time?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ThrottlingData.$Properties;
    }

    interface ICpuStats extends grpc.CpuStats.$Properties {
    }

    class CpuStats {
        constructor(properties?: grpc.CpuStats.$Properties);
        $unknowns?: Uint8Array[];
        cpu_usage?: (grpc.CpuUsage.$Properties|null);
        throttling_data?: (grpc.ThrottlingData.$Properties|null);
        static create(properties: grpc.CpuStats.$Shape): grpc.CpuStats & grpc.CpuStats.$Shape;
        static create(properties?: grpc.CpuStats.$Properties): grpc.CpuStats;
        static encode(message: grpc.CpuStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CpuStats & grpc.CpuStats.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.CpuStats;
        static toObject(message: grpc.CpuStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace CpuStats {
        interface $Properties {
            cpu_usage?: (grpc.CpuUsage.$Properties|null);
            throttling_data?: (grpc.ThrottlingData.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.CpuStats.$Properties;
    }

    interface IPidsStats extends grpc.PidsStats.$Properties {
    }

    class PidsStats {
        constructor(properties?: grpc.PidsStats.$Properties);
        $unknowns?: Uint8Array[];
        current: (number|Long);
        limit: (number|Long);
        static create(properties: grpc.PidsStats.$Shape): grpc.PidsStats & grpc.PidsStats.$Shape;
        static create(properties?: grpc.PidsStats.$Properties): grpc.PidsStats;
        static encode(message: grpc.PidsStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.PidsStats & grpc.PidsStats.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.PidsStats;
        static toObject(message: grpc.PidsStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace PidsStats {
        interface $Properties {
            current?: (number|Long|null);
            limit?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.PidsStats.$Properties;
    }

    interface IMemoryData extends grpc.MemoryData.$Properties {
    }

    class MemoryData {
        constructor(properties?: grpc.MemoryData.$Properties);
        $unknowns?: Uint8Array[];
        usage: (number|Long);
        max_usage: (number|Long);
        failcnt: (number|Long);
        limit: (number|Long);
        static create(properties: grpc.MemoryData.$Shape): grpc.MemoryData & grpc.MemoryData.$Shape;
        static create(properties?: grpc.MemoryData.$Properties): grpc.MemoryData;
        static encode(message: grpc.MemoryData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.MemoryData & grpc.MemoryData.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.MemoryData;
        static toObject(message: grpc.MemoryData, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace MemoryData {
        interface $Properties {
            usage?: (number|Long|null);
            max_usage?: (number|Long|null);
            failcnt?: (number|Long|null);
            limit?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.MemoryData.$Properties;
    }

    interface IMemoryStats extends grpc.MemoryStats.$Properties {
    }

    class MemoryStats {
        constructor(properties?: grpc.MemoryStats.$Properties);
        $unknowns?: Uint8Array[];
        cache: (number|Long);
        usage?: (grpc.MemoryData.$Properties|null);
        swap_usage?: (grpc.MemoryData.$Properties|null);
        kernel_usage?: (grpc.MemoryData.$Properties|null);
        use_hierarchy: boolean;
        stats: { [k: string]: (number|Long) };
        static create(properties: grpc.MemoryStats.$Shape): grpc.MemoryStats & grpc.MemoryStats.$Shape;
        static create(properties?: grpc.MemoryStats.$Properties): grpc.MemoryStats;
        static encode(message: grpc.MemoryStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.MemoryStats & grpc.MemoryStats.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.MemoryStats;
        static toObject(message: grpc.MemoryStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace MemoryStats {
        interface $Properties {
            cache?: (number|Long|null);
            usage?: (grpc.MemoryData.$Properties|null);
            swap_usage?: (grpc.MemoryData.$Properties|null);
            kernel_usage?: (grpc.MemoryData.$Properties|null);
            use_hierarchy?: (boolean|null);
            stats?: ({ [k: string]: (number|Long) }|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.MemoryStats.$Properties;
    }

    interface IBlkioStatsEntry extends grpc.BlkioStatsEntry.$Properties {
    }

    class BlkioStatsEntry {
        constructor(properties?: grpc.BlkioStatsEntry.$Properties);
        $unknowns?: Uint8Array[];
        major: (number|Long);
        minor: (number|Long);
        op: string;
        value: (number|Long);
        static create(properties: grpc.BlkioStatsEntry.$Shape): grpc.BlkioStatsEntry & grpc.BlkioStatsEntry.$Shape;
        static create(properties?: grpc.BlkioStatsEntry.$Properties): grpc.BlkioStatsEntry;
        static encode(message: grpc.BlkioStatsEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.BlkioStatsEntry & grpc.BlkioStatsEntry.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.BlkioStatsEntry;
        static toObject(message: grpc.BlkioStatsEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace BlkioStatsEntry {
        interface $Properties {
            major?: (number|Long|null);
            minor?: (number|Long|null);
            op?: (string|null);
            value?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.BlkioStatsEntry.$Properties;
    }

    interface IBlkioStats extends grpc.BlkioStats.$Properties {
    }

    class BlkioStats {
        constructor(properties?: grpc.BlkioStats.$Properties);
        $unknowns?: Uint8Array[];
        io_service_bytes_recursive: grpc.BlkioStatsEntry.$Properties[];
        io_serviced_recursive: grpc.BlkioStatsEntry.$Properties[];
        io_queued_recursive: grpc.BlkioStatsEntry.$Properties[];
        io_service_time_recursive: grpc.BlkioStatsEntry.$Properties[];
        io_wait_time_recursive: grpc.BlkioStatsEntry.$Properties[];
        io_merged_recursive: grpc.BlkioStatsEntry.$Properties[];
        io_time_recursive: grpc.BlkioStatsEntry.$Properties[];
        sectors_recursive: grpc.BlkioStatsEntry.$Properties[];
        static create(properties: grpc.BlkioStats.$Shape): grpc.BlkioStats & grpc.BlkioStats.$Shape;
        static create(properties?: grpc.BlkioStats.$Properties): grpc.BlkioStats;
        static encode(message: grpc.BlkioStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.BlkioStats & grpc.BlkioStats.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.BlkioStats;
        static toObject(message: grpc.BlkioStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace BlkioStats {
        interface $Properties {
            io_service_bytes_recursive?: (grpc.BlkioStatsEntry.$Properties[]|null);
            io_serviced_recursive?: (grpc.BlkioStatsEntry.$Properties[]|null);
            io_queued_recursive?: (grpc.BlkioStatsEntry.$Properties[]|null);
            io_service_time_recursive?: (grpc.BlkioStatsEntry.$Properties[]|null);
            io_wait_time_recursive?: (grpc.BlkioStatsEntry.$Properties[]|null);
            io_merged_recursive?: (grpc.BlkioStatsEntry.$Properties[]|null);
            io_time_recursive?: (grpc.BlkioStatsEntry.$Properties[]|null);
            sectors_recursive?: (grpc.BlkioStatsEntry.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.BlkioStats.$Properties;
    }

    interface IHugetlbStats extends grpc.HugetlbStats.$Properties {
    }

    class HugetlbStats {
        constructor(properties?: grpc.HugetlbStats.$Properties);
        $unknowns?: Uint8Array[];
        usage: (number|Long);
        max_usage: (number|Long);
        failcnt: (number|Long);
        static create(properties: grpc.HugetlbStats.$Shape): grpc.HugetlbStats & grpc.HugetlbStats.$Shape;
        static create(properties?: grpc.HugetlbStats.$Properties): grpc.HugetlbStats;
        static encode(message: grpc.HugetlbStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.HugetlbStats & grpc.HugetlbStats.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.HugetlbStats;
        static toObject(message: grpc.HugetlbStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace HugetlbStats {
        interface $Properties {
            usage?: (number|Long|null);
            max_usage?: (number|Long|null);
            failcnt?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.HugetlbStats.$Properties;
    }

    interface ICgroupStats extends grpc.CgroupStats.$Properties {
    }

    class CgroupStats {
        constructor(properties?: grpc.CgroupStats.$Properties);
        $unknowns?: Uint8Array[];
        cpu_stats?: (grpc.CpuStats.$Properties|null);
        memory_stats?: (grpc.MemoryStats.$Properties|null);
        pids_stats?: (grpc.PidsStats.$Properties|null);
        blkio_stats?: (grpc.BlkioStats.$Properties|null);
        hugetlb_stats: { [k: string]: grpc.HugetlbStats.$Properties };
        static create(properties: grpc.CgroupStats.$Shape): grpc.CgroupStats & grpc.CgroupStats.$Shape;
        static create(properties?: grpc.CgroupStats.$Properties): grpc.CgroupStats;
        static encode(message: grpc.CgroupStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CgroupStats & grpc.CgroupStats.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.CgroupStats;
        static toObject(message: grpc.CgroupStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace CgroupStats {
        interface $Properties {
            cpu_stats?: (grpc.CpuStats.$Properties|null);
            memory_stats?: (grpc.MemoryStats.$Properties|null);
            pids_stats?: (grpc.PidsStats.$Properties|null);
            blkio_stats?: (grpc.BlkioStats.$Properties|null);
            hugetlb_stats?: ({ [k: string]: grpc.HugetlbStats.$Properties }|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.CgroupStats.$Properties;
    }

    interface INetworkStats extends grpc.NetworkStats.$Properties {
    }

    class NetworkStats {
        constructor(properties?: grpc.NetworkStats.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        rx_bytes: (number|Long);
        rx_packets: (number|Long);
        rx_errors: (number|Long);
        rx_dropped: (number|Long);
        tx_bytes: (number|Long);
        tx_packets: (number|Long);
        tx_errors: (number|Long);
        tx_dropped: (number|Long);
        static create(properties: grpc.NetworkStats.$Shape): grpc.NetworkStats & grpc.NetworkStats.$Shape;
        static create(properties?: grpc.NetworkStats.$Properties): grpc.NetworkStats;
        static encode(message: grpc.NetworkStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.NetworkStats & grpc.NetworkStats.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.NetworkStats;
        static toObject(message: grpc.NetworkStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace NetworkStats {
        interface $Properties {
            name?: (string|null);
            rx_bytes?: (number|Long|null);
            rx_packets?: (number|Long|null);
            rx_errors?: (number|Long|null);
            rx_dropped?: (number|Long|null);
            tx_bytes?: (number|Long|null);
            tx_packets?: (number|Long|null);
            tx_errors?: (number|Long|null);
            tx_dropped?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.NetworkStats.$Properties;
    }

    interface IStatsContainerResponse extends grpc.StatsContainerResponse.$Properties {
    }

    class StatsContainerResponse {
        constructor(properties?: grpc.StatsContainerResponse.$Properties);
        $unknowns?: Uint8Array[];
        cgroup_stats?: (grpc.CgroupStats.$Properties|null);
        network_stats: grpc.NetworkStats.$Properties[];
        static create(properties: grpc.StatsContainerResponse.$Shape): grpc.StatsContainerResponse & grpc.StatsContainerResponse.$Shape;
        static create(properties?: grpc.StatsContainerResponse.$Properties): grpc.StatsContainerResponse;
        static encode(message: grpc.StatsContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.StatsContainerResponse & grpc.StatsContainerResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.StatsContainerResponse;
        static toObject(message: grpc.StatsContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace StatsContainerResponse {
        interface $Properties {
            cgroup_stats?: (grpc.CgroupStats.$Properties|null);
            network_stats?: (grpc.NetworkStats.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.StatsContainerResponse.$Properties;
    }

    interface IWriteStreamRequest extends grpc.WriteStreamRequest.$Properties {
    }

    class WriteStreamRequest {
        constructor(properties?: grpc.WriteStreamRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        exec_id: string;
        data: Uint8Array;
        static create(properties: grpc.WriteStreamRequest.$Shape): grpc.WriteStreamRequest & grpc.WriteStreamRequest.$Shape;
        static create(properties?: grpc.WriteStreamRequest.$Properties): grpc.WriteStreamRequest;
        static encode(message: grpc.WriteStreamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.WriteStreamRequest & grpc.WriteStreamRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.WriteStreamRequest;
        static toObject(message: grpc.WriteStreamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace WriteStreamRequest {
        interface $Properties {
            container_id?: (string|null);
            exec_id?: (string|null);
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.WriteStreamRequest.$Properties;
    }

    interface IWriteStreamResponse extends grpc.WriteStreamResponse.$Properties {
    }

    class WriteStreamResponse {
        constructor(properties?: grpc.WriteStreamResponse.$Properties);
        $unknowns?: Uint8Array[];
        len: number;
        static create(properties: grpc.WriteStreamResponse.$Shape): grpc.WriteStreamResponse & grpc.WriteStreamResponse.$Shape;
        static create(properties?: grpc.WriteStreamResponse.$Properties): grpc.WriteStreamResponse;
        static encode(message: grpc.WriteStreamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.WriteStreamResponse & grpc.WriteStreamResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.WriteStreamResponse;
        static toObject(message: grpc.WriteStreamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace WriteStreamResponse {
        interface $Properties {
            len?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.WriteStreamResponse.$Properties;
    }

    interface IReadStreamRequest extends grpc.ReadStreamRequest.$Properties {
    }

    class ReadStreamRequest {
        constructor(properties?: grpc.ReadStreamRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        exec_id: string;
        len: number;
        static create(properties: grpc.ReadStreamRequest.$Shape): grpc.ReadStreamRequest & grpc.ReadStreamRequest.$Shape;
        static create(properties?: grpc.ReadStreamRequest.$Properties): grpc.ReadStreamRequest;
        static encode(message: grpc.ReadStreamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ReadStreamRequest & grpc.ReadStreamRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ReadStreamRequest;
        static toObject(message: grpc.ReadStreamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ReadStreamRequest {
        interface $Properties {
            container_id?: (string|null);
            exec_id?: (string|null);
            len?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ReadStreamRequest.$Properties;
    }

    interface IReadStreamResponse extends grpc.ReadStreamResponse.$Properties {
    }

    class ReadStreamResponse {
        constructor(properties?: grpc.ReadStreamResponse.$Properties);
        $unknowns?: Uint8Array[];
        data: Uint8Array;
        static create(properties: grpc.ReadStreamResponse.$Shape): grpc.ReadStreamResponse & grpc.ReadStreamResponse.$Shape;
        static create(properties?: grpc.ReadStreamResponse.$Properties): grpc.ReadStreamResponse;
        static encode(message: grpc.ReadStreamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ReadStreamResponse & grpc.ReadStreamResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ReadStreamResponse;
        static toObject(message: grpc.ReadStreamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ReadStreamResponse {
        interface $Properties {
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ReadStreamResponse.$Properties;
    }

    interface ICloseStdinRequest extends grpc.CloseStdinRequest.$Properties {
    }

    class CloseStdinRequest {
        constructor(properties?: grpc.CloseStdinRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        exec_id: string;
        static create(properties: grpc.CloseStdinRequest.$Shape): grpc.CloseStdinRequest & grpc.CloseStdinRequest.$Shape;
        static create(properties?: grpc.CloseStdinRequest.$Properties): grpc.CloseStdinRequest;
        static encode(message: grpc.CloseStdinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CloseStdinRequest & grpc.CloseStdinRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.CloseStdinRequest;
        static toObject(message: grpc.CloseStdinRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace CloseStdinRequest {
        interface $Properties {
            container_id?: (string|null);
            exec_id?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.CloseStdinRequest.$Properties;
    }

    interface ITtyWinResizeRequest extends grpc.TtyWinResizeRequest.$Properties {
    }

    class TtyWinResizeRequest {
        constructor(properties?: grpc.TtyWinResizeRequest.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        exec_id: string;
        row: number;
        column: number;
        static create(properties: grpc.TtyWinResizeRequest.$Shape): grpc.TtyWinResizeRequest & grpc.TtyWinResizeRequest.$Shape;
        static create(properties?: grpc.TtyWinResizeRequest.$Properties): grpc.TtyWinResizeRequest;
        static encode(message: grpc.TtyWinResizeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.TtyWinResizeRequest & grpc.TtyWinResizeRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.TtyWinResizeRequest;
        static toObject(message: grpc.TtyWinResizeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace TtyWinResizeRequest {
        interface $Properties {
            container_id?: (string|null);
            exec_id?: (string|null);
            row?: (number|null);
            column?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.TtyWinResizeRequest.$Properties;
    }

    interface IKernelModule extends grpc.KernelModule.$Properties {
    }

    class KernelModule {
        constructor(properties?: grpc.KernelModule.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        parameters: string[];
        static create(properties: grpc.KernelModule.$Shape): grpc.KernelModule & grpc.KernelModule.$Shape;
        static create(properties?: grpc.KernelModule.$Properties): grpc.KernelModule;
        static encode(message: grpc.KernelModule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.KernelModule & grpc.KernelModule.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.KernelModule;
        static toObject(message: grpc.KernelModule, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace KernelModule {
        interface $Properties {
            name?: (string|null);
            parameters?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.KernelModule.$Properties;
    }

    interface ICreateSandboxRequest extends grpc.CreateSandboxRequest.$Properties {
    }

    class CreateSandboxRequest {
        constructor(properties?: grpc.CreateSandboxRequest.$Properties);
        $unknowns?: Uint8Array[];
        hostname: string;
        dns: string[];
        storages: grpc.Storage.$Properties[];
        sandbox_pidns: boolean;
        sandbox_id: string;
        guest_hook_path: string;
        kernel_modules: grpc.KernelModule.$Properties[];
        static create(properties: grpc.CreateSandboxRequest.$Shape): grpc.CreateSandboxRequest & grpc.CreateSandboxRequest.$Shape;
        static create(properties?: grpc.CreateSandboxRequest.$Properties): grpc.CreateSandboxRequest;
        static encode(message: grpc.CreateSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CreateSandboxRequest & grpc.CreateSandboxRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.CreateSandboxRequest;
        static toObject(message: grpc.CreateSandboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace CreateSandboxRequest {
        interface $Properties {
            hostname?: (string|null);
            dns?: (string[]|null);
            storages?: (grpc.Storage.$Properties[]|null);
            sandbox_pidns?: (boolean|null);
            sandbox_id?: (string|null);
            guest_hook_path?: (string|null);
            kernel_modules?: (grpc.KernelModule.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.CreateSandboxRequest.$Properties;
    }

    interface IDestroySandboxRequest extends grpc.DestroySandboxRequest.$Properties {
    }

    class DestroySandboxRequest {
        constructor(properties?: grpc.DestroySandboxRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: grpc.DestroySandboxRequest.$Shape): grpc.DestroySandboxRequest & grpc.DestroySandboxRequest.$Shape;
        static create(properties?: grpc.DestroySandboxRequest.$Properties): grpc.DestroySandboxRequest;
        static encode(message: grpc.DestroySandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.DestroySandboxRequest & grpc.DestroySandboxRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.DestroySandboxRequest;
        static toObject(message: grpc.DestroySandboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace DestroySandboxRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.DestroySandboxRequest.$Properties;
    }

    interface IInterfaces extends grpc.Interfaces.$Properties {
    }

    class Interfaces {
        constructor(properties?: grpc.Interfaces.$Properties);
        $unknowns?: Uint8Array[];
        Interfaces: types.Interface.$Properties[];
        static create(properties: grpc.Interfaces.$Shape): grpc.Interfaces & grpc.Interfaces.$Shape;
        static create(properties?: grpc.Interfaces.$Properties): grpc.Interfaces;
        static encode(message: grpc.Interfaces.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Interfaces & grpc.Interfaces.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Interfaces;
        static toObject(message: grpc.Interfaces, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Interfaces {
        interface $Properties {
            Interfaces?: (types.Interface.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Interfaces.$Properties;
    }

    interface IRoutes extends grpc.Routes.$Properties {
    }

    class Routes {
        constructor(properties?: grpc.Routes.$Properties);
        $unknowns?: Uint8Array[];
        Routes: types.Route.$Properties[];
        static create(properties: grpc.Routes.$Shape): grpc.Routes & grpc.Routes.$Shape;
        static create(properties?: grpc.Routes.$Properties): grpc.Routes;
        static encode(message: grpc.Routes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Routes & grpc.Routes.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Routes;
        static toObject(message: grpc.Routes, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Routes {
        interface $Properties {
            Routes?: (types.Route.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Routes.$Properties;
    }

    interface IUpdateInterfaceRequest extends grpc.UpdateInterfaceRequest.$Properties {
    }

    class UpdateInterfaceRequest {
        constructor(properties?: grpc.UpdateInterfaceRequest.$Properties);
        $unknowns?: Uint8Array[];
        interface?: (types.Interface.$Properties|null);
        static create(properties: grpc.UpdateInterfaceRequest.$Shape): grpc.UpdateInterfaceRequest & grpc.UpdateInterfaceRequest.$Shape;
        static create(properties?: grpc.UpdateInterfaceRequest.$Properties): grpc.UpdateInterfaceRequest;
        static encode(message: grpc.UpdateInterfaceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.UpdateInterfaceRequest & grpc.UpdateInterfaceRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.UpdateInterfaceRequest;
        static toObject(message: grpc.UpdateInterfaceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace UpdateInterfaceRequest {
        interface $Properties {
            "interface"?: (types.Interface.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.UpdateInterfaceRequest.$Properties;
    }

    interface IUpdateRoutesRequest extends grpc.UpdateRoutesRequest.$Properties {
    }

    class UpdateRoutesRequest {
        constructor(properties?: grpc.UpdateRoutesRequest.$Properties);
        $unknowns?: Uint8Array[];
        routes?: (grpc.Routes.$Properties|null);
        static create(properties: grpc.UpdateRoutesRequest.$Shape): grpc.UpdateRoutesRequest & grpc.UpdateRoutesRequest.$Shape;
        static create(properties?: grpc.UpdateRoutesRequest.$Properties): grpc.UpdateRoutesRequest;
        static encode(message: grpc.UpdateRoutesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.UpdateRoutesRequest & grpc.UpdateRoutesRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.UpdateRoutesRequest;
        static toObject(message: grpc.UpdateRoutesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace UpdateRoutesRequest {
        interface $Properties {
            routes?: (grpc.Routes.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.UpdateRoutesRequest.$Properties;
    }

    interface IUpdateEphemeralMountsRequest extends grpc.UpdateEphemeralMountsRequest.$Properties {
    }

    class UpdateEphemeralMountsRequest {
        constructor(properties?: grpc.UpdateEphemeralMountsRequest.$Properties);
        $unknowns?: Uint8Array[];
        storages: grpc.Storage.$Properties[];
        static create(properties: grpc.UpdateEphemeralMountsRequest.$Shape): grpc.UpdateEphemeralMountsRequest & grpc.UpdateEphemeralMountsRequest.$Shape;
        static create(properties?: grpc.UpdateEphemeralMountsRequest.$Properties): grpc.UpdateEphemeralMountsRequest;
        static encode(message: grpc.UpdateEphemeralMountsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.UpdateEphemeralMountsRequest & grpc.UpdateEphemeralMountsRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.UpdateEphemeralMountsRequest;
        static toObject(message: grpc.UpdateEphemeralMountsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace UpdateEphemeralMountsRequest {
        interface $Properties {
            storages?: (grpc.Storage.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.UpdateEphemeralMountsRequest.$Properties;
    }

    interface IListInterfacesRequest extends grpc.ListInterfacesRequest.$Properties {
    }

    class ListInterfacesRequest {
        constructor(properties?: grpc.ListInterfacesRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: grpc.ListInterfacesRequest.$Shape): grpc.ListInterfacesRequest & grpc.ListInterfacesRequest.$Shape;
        static create(properties?: grpc.ListInterfacesRequest.$Properties): grpc.ListInterfacesRequest;
        static encode(message: grpc.ListInterfacesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ListInterfacesRequest & grpc.ListInterfacesRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ListInterfacesRequest;
        static toObject(message: grpc.ListInterfacesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ListInterfacesRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ListInterfacesRequest.$Properties;
    }

    interface IListRoutesRequest extends grpc.ListRoutesRequest.$Properties {
    }

    class ListRoutesRequest {
        constructor(properties?: grpc.ListRoutesRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: grpc.ListRoutesRequest.$Shape): grpc.ListRoutesRequest & grpc.ListRoutesRequest.$Shape;
        static create(properties?: grpc.ListRoutesRequest.$Properties): grpc.ListRoutesRequest;
        static encode(message: grpc.ListRoutesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ListRoutesRequest & grpc.ListRoutesRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ListRoutesRequest;
        static toObject(message: grpc.ListRoutesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ListRoutesRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ListRoutesRequest.$Properties;
    }

    interface IARPNeighbors extends grpc.ARPNeighbors.$Properties {
    }

    class ARPNeighbors {
        constructor(properties?: grpc.ARPNeighbors.$Properties);
        $unknowns?: Uint8Array[];
        ARPNeighbors: types.ARPNeighbor.$Properties[];
        static create(properties: grpc.ARPNeighbors.$Shape): grpc.ARPNeighbors & grpc.ARPNeighbors.$Shape;
        static create(properties?: grpc.ARPNeighbors.$Properties): grpc.ARPNeighbors;
        static encode(message: grpc.ARPNeighbors.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ARPNeighbors & grpc.ARPNeighbors.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ARPNeighbors;
        static toObject(message: grpc.ARPNeighbors, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ARPNeighbors {
        interface $Properties {
            ARPNeighbors?: (types.ARPNeighbor.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ARPNeighbors.$Properties;
    }

    interface IAddARPNeighborsRequest extends grpc.AddARPNeighborsRequest.$Properties {
    }

    class AddARPNeighborsRequest {
        constructor(properties?: grpc.AddARPNeighborsRequest.$Properties);
        $unknowns?: Uint8Array[];
        neighbors?: (grpc.ARPNeighbors.$Properties|null);
        static create(properties: grpc.AddARPNeighborsRequest.$Shape): grpc.AddARPNeighborsRequest & grpc.AddARPNeighborsRequest.$Shape;
        static create(properties?: grpc.AddARPNeighborsRequest.$Properties): grpc.AddARPNeighborsRequest;
        static encode(message: grpc.AddARPNeighborsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.AddARPNeighborsRequest & grpc.AddARPNeighborsRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.AddARPNeighborsRequest;
        static toObject(message: grpc.AddARPNeighborsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace AddARPNeighborsRequest {
        interface $Properties {
            neighbors?: (grpc.ARPNeighbors.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.AddARPNeighborsRequest.$Properties;
    }

    interface IGetIPTablesRequest extends grpc.GetIPTablesRequest.$Properties {
    }

    class GetIPTablesRequest {
        constructor(properties?: grpc.GetIPTablesRequest.$Properties);
        $unknowns?: Uint8Array[];
        is_ipv6: boolean;
        static create(properties: grpc.GetIPTablesRequest.$Shape): grpc.GetIPTablesRequest & grpc.GetIPTablesRequest.$Shape;
        static create(properties?: grpc.GetIPTablesRequest.$Properties): grpc.GetIPTablesRequest;
        static encode(message: grpc.GetIPTablesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GetIPTablesRequest & grpc.GetIPTablesRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.GetIPTablesRequest;
        static toObject(message: grpc.GetIPTablesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace GetIPTablesRequest {
        interface $Properties {
            is_ipv6?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.GetIPTablesRequest.$Properties;
    }

    interface IGetIPTablesResponse extends grpc.GetIPTablesResponse.$Properties {
    }

    class GetIPTablesResponse {
        constructor(properties?: grpc.GetIPTablesResponse.$Properties);
        $unknowns?: Uint8Array[];
        data: Uint8Array;
        static create(properties: grpc.GetIPTablesResponse.$Shape): grpc.GetIPTablesResponse & grpc.GetIPTablesResponse.$Shape;
        static create(properties?: grpc.GetIPTablesResponse.$Properties): grpc.GetIPTablesResponse;
        static encode(message: grpc.GetIPTablesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GetIPTablesResponse & grpc.GetIPTablesResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.GetIPTablesResponse;
        static toObject(message: grpc.GetIPTablesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace GetIPTablesResponse {
        interface $Properties {
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.GetIPTablesResponse.$Properties;
    }

    interface ISetIPTablesRequest extends grpc.SetIPTablesRequest.$Properties {
    }

    class SetIPTablesRequest {
        constructor(properties?: grpc.SetIPTablesRequest.$Properties);
        $unknowns?: Uint8Array[];
        is_ipv6: boolean;
        data: Uint8Array;
        static create(properties: grpc.SetIPTablesRequest.$Shape): grpc.SetIPTablesRequest & grpc.SetIPTablesRequest.$Shape;
        static create(properties?: grpc.SetIPTablesRequest.$Properties): grpc.SetIPTablesRequest;
        static encode(message: grpc.SetIPTablesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.SetIPTablesRequest & grpc.SetIPTablesRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.SetIPTablesRequest;
        static toObject(message: grpc.SetIPTablesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace SetIPTablesRequest {
        interface $Properties {
            is_ipv6?: (boolean|null);
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.SetIPTablesRequest.$Properties;
    }

    interface ISetIPTablesResponse extends grpc.SetIPTablesResponse.$Properties {
    }

    class SetIPTablesResponse {
        constructor(properties?: grpc.SetIPTablesResponse.$Properties);
        $unknowns?: Uint8Array[];
        data: Uint8Array;
        static create(properties: grpc.SetIPTablesResponse.$Shape): grpc.SetIPTablesResponse & grpc.SetIPTablesResponse.$Shape;
        static create(properties?: grpc.SetIPTablesResponse.$Properties): grpc.SetIPTablesResponse;
        static encode(message: grpc.SetIPTablesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.SetIPTablesResponse & grpc.SetIPTablesResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.SetIPTablesResponse;
        static toObject(message: grpc.SetIPTablesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace SetIPTablesResponse {
        interface $Properties {
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.SetIPTablesResponse.$Properties;
    }

    interface IOnlineCPUMemRequest extends grpc.OnlineCPUMemRequest.$Properties {
    }

    class OnlineCPUMemRequest {
        constructor(properties?: grpc.OnlineCPUMemRequest.$Properties);
        $unknowns?: Uint8Array[];
        wait: boolean;
        nb_cpus: number;
        cpu_only: boolean;
        static create(properties: grpc.OnlineCPUMemRequest.$Shape): grpc.OnlineCPUMemRequest & grpc.OnlineCPUMemRequest.$Shape;
        static create(properties?: grpc.OnlineCPUMemRequest.$Properties): grpc.OnlineCPUMemRequest;
        static encode(message: grpc.OnlineCPUMemRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.OnlineCPUMemRequest & grpc.OnlineCPUMemRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.OnlineCPUMemRequest;
        static toObject(message: grpc.OnlineCPUMemRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace OnlineCPUMemRequest {
        interface $Properties {
            wait?: (boolean|null);
            nb_cpus?: (number|null);
            cpu_only?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.OnlineCPUMemRequest.$Properties;
    }

    interface IReseedRandomDevRequest extends grpc.ReseedRandomDevRequest.$Properties {
    }

    class ReseedRandomDevRequest {
        constructor(properties?: grpc.ReseedRandomDevRequest.$Properties);
        $unknowns?: Uint8Array[];
        data: Uint8Array;
        static create(properties: grpc.ReseedRandomDevRequest.$Shape): grpc.ReseedRandomDevRequest & grpc.ReseedRandomDevRequest.$Shape;
        static create(properties?: grpc.ReseedRandomDevRequest.$Properties): grpc.ReseedRandomDevRequest;
        static encode(message: grpc.ReseedRandomDevRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ReseedRandomDevRequest & grpc.ReseedRandomDevRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ReseedRandomDevRequest;
        static toObject(message: grpc.ReseedRandomDevRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ReseedRandomDevRequest {
        interface $Properties {
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ReseedRandomDevRequest.$Properties;
    }

    interface IAgentDetails extends grpc.AgentDetails.$Properties {
    }

    class AgentDetails {
        constructor(properties?: grpc.AgentDetails.$Properties);
        $unknowns?: Uint8Array[];
        version: string;
        init_daemon: boolean;
        device_handlers: string[];
        storage_handlers: string[];
        supports_seccomp: boolean;
        extra_features: string[];
        static create(properties: grpc.AgentDetails.$Shape): grpc.AgentDetails & grpc.AgentDetails.$Shape;
        static create(properties?: grpc.AgentDetails.$Properties): grpc.AgentDetails;
        static encode(message: grpc.AgentDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.AgentDetails & grpc.AgentDetails.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.AgentDetails;
        static toObject(message: grpc.AgentDetails, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace AgentDetails {
        interface $Properties {
            version?: (string|null);
            init_daemon?: (boolean|null);
            device_handlers?: (string[]|null);
            storage_handlers?: (string[]|null);
            supports_seccomp?: (boolean|null);
            extra_features?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.AgentDetails.$Properties;
    }

    interface IGuestDetailsRequest extends grpc.GuestDetailsRequest.$Properties {
    }

    class GuestDetailsRequest {
        constructor(properties?: grpc.GuestDetailsRequest.$Properties);
        $unknowns?: Uint8Array[];
        mem_block_size: boolean;
        mem_hotplug_probe: boolean;
        static create(properties: grpc.GuestDetailsRequest.$Shape): grpc.GuestDetailsRequest & grpc.GuestDetailsRequest.$Shape;
        static create(properties?: grpc.GuestDetailsRequest.$Properties): grpc.GuestDetailsRequest;
        static encode(message: grpc.GuestDetailsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GuestDetailsRequest & grpc.GuestDetailsRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.GuestDetailsRequest;
        static toObject(message: grpc.GuestDetailsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace GuestDetailsRequest {
        interface $Properties {
            mem_block_size?: (boolean|null);
            mem_hotplug_probe?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.GuestDetailsRequest.$Properties;
    }

    interface IGuestDetailsResponse extends grpc.GuestDetailsResponse.$Properties {
    }

    class GuestDetailsResponse {
        constructor(properties?: grpc.GuestDetailsResponse.$Properties);
        $unknowns?: Uint8Array[];
        mem_block_size_bytes: (number|Long);
        agent_details?: (grpc.AgentDetails.$Properties|null);
        support_mem_hotplug_probe: boolean;
        static create(properties: grpc.GuestDetailsResponse.$Shape): grpc.GuestDetailsResponse & grpc.GuestDetailsResponse.$Shape;
        static create(properties?: grpc.GuestDetailsResponse.$Properties): grpc.GuestDetailsResponse;
        static encode(message: grpc.GuestDetailsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GuestDetailsResponse & grpc.GuestDetailsResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.GuestDetailsResponse;
        static toObject(message: grpc.GuestDetailsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace GuestDetailsResponse {
        interface $Properties {
            mem_block_size_bytes?: (number|Long|null);
            agent_details?: (grpc.AgentDetails.$Properties|null);
            support_mem_hotplug_probe?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.GuestDetailsResponse.$Properties;
    }

    interface IMemHotplugByProbeRequest extends grpc.MemHotplugByProbeRequest.$Properties {
    }

    class MemHotplugByProbeRequest {
        constructor(properties?: grpc.MemHotplugByProbeRequest.$Properties);
        $unknowns?: Uint8Array[];
        memHotplugProbeAddr: (number|Long)[];
        static create(properties: grpc.MemHotplugByProbeRequest.$Shape): grpc.MemHotplugByProbeRequest & grpc.MemHotplugByProbeRequest.$Shape;
        static create(properties?: grpc.MemHotplugByProbeRequest.$Properties): grpc.MemHotplugByProbeRequest;
        static encode(message: grpc.MemHotplugByProbeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.MemHotplugByProbeRequest & grpc.MemHotplugByProbeRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.MemHotplugByProbeRequest;
        static toObject(message: grpc.MemHotplugByProbeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace MemHotplugByProbeRequest {
        interface $Properties {
            memHotplugProbeAddr?: ((number|Long)[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.MemHotplugByProbeRequest.$Properties;
    }

    interface ISetGuestDateTimeRequest extends grpc.SetGuestDateTimeRequest.$Properties {
    }

    class SetGuestDateTimeRequest {
        constructor(properties?: grpc.SetGuestDateTimeRequest.$Properties);
        $unknowns?: Uint8Array[];
        Sec: (number|Long);
        Usec: (number|Long);
        static create(properties: grpc.SetGuestDateTimeRequest.$Shape): grpc.SetGuestDateTimeRequest & grpc.SetGuestDateTimeRequest.$Shape;
        static create(properties?: grpc.SetGuestDateTimeRequest.$Properties): grpc.SetGuestDateTimeRequest;
        static encode(message: grpc.SetGuestDateTimeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.SetGuestDateTimeRequest & grpc.SetGuestDateTimeRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.SetGuestDateTimeRequest;
        static toObject(message: grpc.SetGuestDateTimeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace SetGuestDateTimeRequest {
        interface $Properties {
            Sec?: (number|Long|null);
            Usec?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.SetGuestDateTimeRequest.$Properties;
    }

    interface IFSGroup extends grpc.FSGroup.$Properties {
    }

    class FSGroup {
        constructor(properties?: grpc.FSGroup.$Properties);
        $unknowns?: Uint8Array[];
        group_id: number;
        group_change_policy: types.FSGroupChangePolicy;
        static create(properties: grpc.FSGroup.$Shape): grpc.FSGroup & grpc.FSGroup.$Shape;
        static create(properties?: grpc.FSGroup.$Properties): grpc.FSGroup;
        static encode(message: grpc.FSGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.FSGroup & grpc.FSGroup.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.FSGroup;
        static toObject(message: grpc.FSGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace FSGroup {
        interface $Properties {
            group_id?: (number|null);
            group_change_policy?: (types.FSGroupChangePolicy|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.FSGroup.$Properties;
    }

    interface ISharedMount extends grpc.SharedMount.$Properties {
    }

    class SharedMount {
        constructor(properties?: grpc.SharedMount.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        src_ctr: string;
        src_path: string;
        dst_ctr: string;
        dst_path: string;
        static create(properties: grpc.SharedMount.$Shape): grpc.SharedMount & grpc.SharedMount.$Shape;
        static create(properties?: grpc.SharedMount.$Properties): grpc.SharedMount;
        static encode(message: grpc.SharedMount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.SharedMount & grpc.SharedMount.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.SharedMount;
        static toObject(message: grpc.SharedMount, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace SharedMount {
        interface $Properties {
            name?: (string|null);
            src_ctr?: (string|null);
            src_path?: (string|null);
            dst_ctr?: (string|null);
            dst_path?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.SharedMount.$Properties;
    }

    interface IStorage extends grpc.Storage.$Properties {
    }

    class Storage {
        constructor(properties?: grpc.Storage.$Properties);
        $unknowns?: Uint8Array[];
        driver: string;
        driver_options: string[];
        source: string;
        fstype: string;
        options: string[];
        mount_point: string;
        fs_group?: (grpc.FSGroup.$Properties|null);
        shared: boolean;
        static create(properties: grpc.Storage.$Shape): grpc.Storage & grpc.Storage.$Shape;
        static create(properties?: grpc.Storage.$Properties): grpc.Storage;
        static encode(message: grpc.Storage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Storage & grpc.Storage.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Storage;
        static toObject(message: grpc.Storage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Storage {
        interface $Properties {
            driver?: (string|null);
            driver_options?: (string[]|null);
            source?: (string|null);
            fstype?: (string|null);
            options?: (string[]|null);
            mount_point?: (string|null);
            fs_group?: (grpc.FSGroup.$Properties|null);
            shared?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Storage.$Properties;
    }

    interface IDevice extends grpc.Device.$Properties {
    }

    class Device {
        constructor(properties?: grpc.Device.$Properties);
        $unknowns?: Uint8Array[];
        id: string;
        type: string;
        vm_path: string;
        container_path: string;
        options: string[];
        static create(properties: grpc.Device.$Shape): grpc.Device & grpc.Device.$Shape;
        static create(properties?: grpc.Device.$Properties): grpc.Device;
        static encode(message: grpc.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Device & grpc.Device.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Device;
        static toObject(message: grpc.Device, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Device {
        interface $Properties {
            id?: (string|null);
            type?: (string|null);
            vm_path?: (string|null);
            container_path?: (string|null);
            options?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Device.$Properties;
    }

    interface IStringUser extends grpc.StringUser.$Properties {
    }

    class StringUser {
        constructor(properties?: grpc.StringUser.$Properties);
        $unknowns?: Uint8Array[];
        uid: string;
        gid: string;
        additionalGids: string[];
        static create(properties: grpc.StringUser.$Shape): grpc.StringUser & grpc.StringUser.$Shape;
        static create(properties?: grpc.StringUser.$Properties): grpc.StringUser;
        static encode(message: grpc.StringUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.StringUser & grpc.StringUser.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.StringUser;
        static toObject(message: grpc.StringUser, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace StringUser {
        interface $Properties {
            uid?: (string|null);
            gid?: (string|null);
            additionalGids?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.StringUser.$Properties;
    }

    interface ICopyFileRequest extends grpc.CopyFileRequest.$Properties {
    }

    class CopyFileRequest {
        constructor(properties?: grpc.CopyFileRequest.$Properties);
        $unknowns?: Uint8Array[];
        path: string;
        file_size: (number|Long);
        file_mode: number;
        dir_mode: number;
        uid: number;
        gid: number;
        offset: (number|Long);
        data: Uint8Array;
        static create(properties: grpc.CopyFileRequest.$Shape): grpc.CopyFileRequest & grpc.CopyFileRequest.$Shape;
        static create(properties?: grpc.CopyFileRequest.$Properties): grpc.CopyFileRequest;
        static encode(message: grpc.CopyFileRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CopyFileRequest & grpc.CopyFileRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.CopyFileRequest;
        static toObject(message: grpc.CopyFileRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace CopyFileRequest {
        interface $Properties {
            path?: (string|null);
            file_size?: (number|Long|null);
            file_mode?: (number|null);
            dir_mode?: (number|null);
            uid?: (number|null);
            gid?: (number|null);
            offset?: (number|Long|null);
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.CopyFileRequest.$Properties;
    }

    interface IGetOOMEventRequest extends grpc.GetOOMEventRequest.$Properties {
    }

    class GetOOMEventRequest {
        constructor(properties?: grpc.GetOOMEventRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: grpc.GetOOMEventRequest.$Shape): grpc.GetOOMEventRequest & grpc.GetOOMEventRequest.$Shape;
        static create(properties?: grpc.GetOOMEventRequest.$Properties): grpc.GetOOMEventRequest;
        static encode(message: grpc.GetOOMEventRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GetOOMEventRequest & grpc.GetOOMEventRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.GetOOMEventRequest;
        static toObject(message: grpc.GetOOMEventRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace GetOOMEventRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.GetOOMEventRequest.$Properties;
    }

    interface IOOMEvent extends grpc.OOMEvent.$Properties {
    }

    class OOMEvent {
        constructor(properties?: grpc.OOMEvent.$Properties);
        $unknowns?: Uint8Array[];
        container_id: string;
        static create(properties: grpc.OOMEvent.$Shape): grpc.OOMEvent & grpc.OOMEvent.$Shape;
        static create(properties?: grpc.OOMEvent.$Properties): grpc.OOMEvent;
        static encode(message: grpc.OOMEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.OOMEvent & grpc.OOMEvent.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.OOMEvent;
        static toObject(message: grpc.OOMEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace OOMEvent {
        interface $Properties {
            container_id?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.OOMEvent.$Properties;
    }

    interface IAddSwapRequest extends grpc.AddSwapRequest.$Properties {
    }

    class AddSwapRequest {
        constructor(properties?: grpc.AddSwapRequest.$Properties);
        $unknowns?: Uint8Array[];
        PCIPath: number[];
        static create(properties: grpc.AddSwapRequest.$Shape): grpc.AddSwapRequest & grpc.AddSwapRequest.$Shape;
        static create(properties?: grpc.AddSwapRequest.$Properties): grpc.AddSwapRequest;
        static encode(message: grpc.AddSwapRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.AddSwapRequest & grpc.AddSwapRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.AddSwapRequest;
        static toObject(message: grpc.AddSwapRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace AddSwapRequest {
        interface $Properties {
            PCIPath?: (number[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.AddSwapRequest.$Properties;
    }

    interface IAddSwapPathRequest extends grpc.AddSwapPathRequest.$Properties {
    }

    class AddSwapPathRequest {
        constructor(properties?: grpc.AddSwapPathRequest.$Properties);
        $unknowns?: Uint8Array[];
        path: string;
        static create(properties: grpc.AddSwapPathRequest.$Shape): grpc.AddSwapPathRequest & grpc.AddSwapPathRequest.$Shape;
        static create(properties?: grpc.AddSwapPathRequest.$Properties): grpc.AddSwapPathRequest;
        static encode(message: grpc.AddSwapPathRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.AddSwapPathRequest & grpc.AddSwapPathRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.AddSwapPathRequest;
        static toObject(message: grpc.AddSwapPathRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace AddSwapPathRequest {
        interface $Properties {
            path?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.AddSwapPathRequest.$Properties;
    }

    interface IGetMetricsRequest extends grpc.GetMetricsRequest.$Properties {
    }

    class GetMetricsRequest {
        constructor(properties?: grpc.GetMetricsRequest.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: grpc.GetMetricsRequest.$Shape): grpc.GetMetricsRequest & grpc.GetMetricsRequest.$Shape;
        static create(properties?: grpc.GetMetricsRequest.$Properties): grpc.GetMetricsRequest;
        static encode(message: grpc.GetMetricsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GetMetricsRequest & grpc.GetMetricsRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.GetMetricsRequest;
        static toObject(message: grpc.GetMetricsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace GetMetricsRequest {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.GetMetricsRequest.$Properties;
    }

    interface IMetrics extends grpc.Metrics.$Properties {
    }

    class Metrics {
        constructor(properties?: grpc.Metrics.$Properties);
        $unknowns?: Uint8Array[];
        metrics: string;
        static create(properties: grpc.Metrics.$Shape): grpc.Metrics & grpc.Metrics.$Shape;
        static create(properties?: grpc.Metrics.$Properties): grpc.Metrics;
        static encode(message: grpc.Metrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Metrics & grpc.Metrics.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Metrics;
        static toObject(message: grpc.Metrics, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Metrics {
        interface $Properties {
            metrics?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Metrics.$Properties;
    }

    interface IVolumeStatsRequest extends grpc.VolumeStatsRequest.$Properties {
    }

    class VolumeStatsRequest {
        constructor(properties?: grpc.VolumeStatsRequest.$Properties);
        $unknowns?: Uint8Array[];
        volume_guest_path: string;
        static create(properties: grpc.VolumeStatsRequest.$Shape): grpc.VolumeStatsRequest & grpc.VolumeStatsRequest.$Shape;
        static create(properties?: grpc.VolumeStatsRequest.$Properties): grpc.VolumeStatsRequest;
        static encode(message: grpc.VolumeStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.VolumeStatsRequest & grpc.VolumeStatsRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.VolumeStatsRequest;
        static toObject(message: grpc.VolumeStatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace VolumeStatsRequest {
        interface $Properties {
            volume_guest_path?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.VolumeStatsRequest.$Properties;
    }

    interface IResizeVolumeRequest extends grpc.ResizeVolumeRequest.$Properties {
    }

    class ResizeVolumeRequest {
        constructor(properties?: grpc.ResizeVolumeRequest.$Properties);
        $unknowns?: Uint8Array[];
        volume_guest_path: string;
        size: (number|Long);
        static create(properties: grpc.ResizeVolumeRequest.$Shape): grpc.ResizeVolumeRequest & grpc.ResizeVolumeRequest.$Shape;
        static create(properties?: grpc.ResizeVolumeRequest.$Properties): grpc.ResizeVolumeRequest;
        static encode(message: grpc.ResizeVolumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ResizeVolumeRequest & grpc.ResizeVolumeRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.ResizeVolumeRequest;
        static toObject(message: grpc.ResizeVolumeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ResizeVolumeRequest {
        interface $Properties {
            volume_guest_path?: (string|null);
            size?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.ResizeVolumeRequest.$Properties;
    }

    interface ISetPolicyRequest extends grpc.SetPolicyRequest.$Properties {
    }

    class SetPolicyRequest {
        constructor(properties?: grpc.SetPolicyRequest.$Properties);
        $unknowns?: Uint8Array[];
        policy: string;
        static create(properties: grpc.SetPolicyRequest.$Shape): grpc.SetPolicyRequest & grpc.SetPolicyRequest.$Shape;
        static create(properties?: grpc.SetPolicyRequest.$Properties): grpc.SetPolicyRequest;
        static encode(message: grpc.SetPolicyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.SetPolicyRequest & grpc.SetPolicyRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.SetPolicyRequest;
        static toObject(message: grpc.SetPolicyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace SetPolicyRequest {
        interface $Properties {
            policy?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.SetPolicyRequest.$Properties;
    }

    interface IMemAgentMemcgConfig extends grpc.MemAgentMemcgConfig.$Properties {
    }

    class MemAgentMemcgConfig {
        constructor(properties?: grpc.MemAgentMemcgConfig.$Properties);
        $unknowns?: Uint8Array[];
        disabled?: (boolean|null);
        swap?: (boolean|null);
        swappiness_max?: (number|null);
        period_secs?: (number|Long|null);
        period_psi_percent_limit?: (number|null);
        eviction_psi_percent_limit?: (number|null);
        eviction_run_aging_count_min?: (number|Long|null);
        static create(properties: grpc.MemAgentMemcgConfig.$Shape): grpc.MemAgentMemcgConfig & grpc.MemAgentMemcgConfig.$Shape;
        static create(properties?: grpc.MemAgentMemcgConfig.$Properties): grpc.MemAgentMemcgConfig;
        static encode(message: grpc.MemAgentMemcgConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.MemAgentMemcgConfig & grpc.MemAgentMemcgConfig.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.MemAgentMemcgConfig;
        static toObject(message: grpc.MemAgentMemcgConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace MemAgentMemcgConfig {
        interface $Properties {
            disabled?: (boolean|null);
            swap?: (boolean|null);
            swappiness_max?: (number|null);
            period_secs?: (number|Long|null);
            period_psi_percent_limit?: (number|null);
            eviction_psi_percent_limit?: (number|null);
            eviction_run_aging_count_min?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.MemAgentMemcgConfig.$Properties;
    }

    interface IMemAgentCompactConfig extends grpc.MemAgentCompactConfig.$Properties {
    }

    class MemAgentCompactConfig {
        constructor(properties?: grpc.MemAgentCompactConfig.$Properties);
        $unknowns?: Uint8Array[];
        disabled?: (boolean|null);
        period_secs?: (number|Long|null);
        period_psi_percent_limit?: (number|null);
        compact_psi_percent_limit?: (number|null);
        compact_sec_max?: (number|Long|null);
        compact_order?: (number|null);
        compact_threshold?: (number|Long|null);
        compact_force_times?: (number|Long|null);
        static create(properties: grpc.MemAgentCompactConfig.$Shape): grpc.MemAgentCompactConfig & grpc.MemAgentCompactConfig.$Shape;
        static create(properties?: grpc.MemAgentCompactConfig.$Properties): grpc.MemAgentCompactConfig;
        static encode(message: grpc.MemAgentCompactConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.MemAgentCompactConfig & grpc.MemAgentCompactConfig.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.MemAgentCompactConfig;
        static toObject(message: grpc.MemAgentCompactConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace MemAgentCompactConfig {
        interface $Properties {
            disabled?: (boolean|null);
            period_secs?: (number|Long|null);
            period_psi_percent_limit?: (number|null);
            compact_psi_percent_limit?: (number|null);
            compact_sec_max?: (number|Long|null);
            compact_order?: (number|null);
            compact_threshold?: (number|Long|null);
            compact_force_times?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.MemAgentCompactConfig.$Properties;
    }

    interface ISpec extends grpc.Spec.$Properties {
    }

    class Spec {
        constructor(properties?: grpc.Spec.$Properties);
        $unknowns?: Uint8Array[];
        Version: string;
        Process?: (grpc.Process.$Properties|null);
        Root?: (grpc.Root.$Properties|null);
        Hostname: string;
        Mounts: grpc.Mount.$Properties[];
        Hooks?: (grpc.Hooks.$Properties|null);
        Annotations: { [k: string]: string };
        Linux?: (grpc.Linux.$Properties|null);
        Solaris?: (grpc.Solaris.$Properties|null);
        Windows?: (grpc.Windows.$Properties|null);
        static create(properties: grpc.Spec.$Shape): grpc.Spec & grpc.Spec.$Shape;
        static create(properties?: grpc.Spec.$Properties): grpc.Spec;
        static encode(message: grpc.Spec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Spec & grpc.Spec.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Spec;
        static toObject(message: grpc.Spec, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Spec {
        interface $Properties {
            Version?: (string|null);
            Process?: (grpc.Process.$Properties|null);
            Root?: (grpc.Root.$Properties|null);
            Hostname?: (string|null);
            Mounts?: (grpc.Mount.$Properties[]|null);
            Hooks?: (grpc.Hooks.$Properties|null);
            Annotations?: ({ [k: string]: string }|null);
            Linux?: (grpc.Linux.$Properties|null);
            Solaris?: (grpc.Solaris.$Properties|null);
            Windows?: (grpc.Windows.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          Version?: string|null;
          Process?: grpc.Process.$Shape|null;
          Root?: grpc.Root.$Shape|null;
          Hostname?: string|null;
          Mounts?: grpc.Mount.$Shape[]|null;
          Hooks?: grpc.Hooks.$Shape|null;
          Annotations?: { [k: string]: string }|null;
          Linux?: grpc.Linux.$Shape|null;
          Solaris?: grpc.Solaris.$Shape|null;
          Windows?: grpc.Windows.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface IProcess extends grpc.Process.$Properties {
    }

    class Process {
        constructor(properties?: grpc.Process.$Properties);
        $unknowns?: Uint8Array[];
        Terminal: boolean;
        ConsoleSize?: (grpc.Box.$Properties|null);
        User?: (grpc.User.$Properties|null);
        Args: string[];
        Env: string[];
        Cwd: string;
        Capabilities?: (grpc.LinuxCapabilities.$Properties|null);
        Rlimits: grpc.POSIXRlimit.$Properties[];
        NoNewPrivileges: boolean;
        ApparmorProfile: string;
        OOMScoreAdj: (number|Long);
        SelinuxLabel: string;
        static create(properties: grpc.Process.$Shape): grpc.Process & grpc.Process.$Shape;
        static create(properties?: grpc.Process.$Properties): grpc.Process;
        static encode(message: grpc.Process.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Process & grpc.Process.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Process;
        static toObject(message: grpc.Process, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Process {
        interface $Properties {
            Terminal?: (boolean|null);
            ConsoleSize?: (grpc.Box.$Properties|null);
            User?: (grpc.User.$Properties|null);
            Args?: (string[]|null);
            Env?: (string[]|null);
            Cwd?: (string|null);
            Capabilities?: (grpc.LinuxCapabilities.$Properties|null);
            Rlimits?: (grpc.POSIXRlimit.$Properties[]|null);
            NoNewPrivileges?: (boolean|null);
            ApparmorProfile?: (string|null);
            OOMScoreAdj?: (number|Long|null);
            SelinuxLabel?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Process.$Properties;
    }

    interface IBox extends grpc.Box.$Properties {
    }

    class Box {
        constructor(properties?: grpc.Box.$Properties);
        $unknowns?: Uint8Array[];
        Height: number;
        Width: number;
        static create(properties: grpc.Box.$Shape): grpc.Box & grpc.Box.$Shape;
        static create(properties?: grpc.Box.$Properties): grpc.Box;
        static encode(message: grpc.Box.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Box & grpc.Box.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Box;
        static toObject(message: grpc.Box, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Box {
        interface $Properties {
            Height?: (number|null);
            Width?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Box.$Properties;
    }

    interface IUser extends grpc.User.$Properties {
    }

    class User {
        constructor(properties?: grpc.User.$Properties);
        $unknowns?: Uint8Array[];
        UID: number;
        GID: number;
        AdditionalGids: number[];
        Username: string;
        static create(properties: grpc.User.$Shape): grpc.User & grpc.User.$Shape;
        static create(properties?: grpc.User.$Properties): grpc.User;
        static encode(message: grpc.User.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.User & grpc.User.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.User;
        static toObject(message: grpc.User, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace User {
        interface $Properties {
            UID?: (number|null);
            GID?: (number|null);
            AdditionalGids?: (number[]|null);
            Username?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.User.$Properties;
    }

    interface ILinuxCapabilities extends grpc.LinuxCapabilities.$Properties {
    }

    class LinuxCapabilities {
        constructor(properties?: grpc.LinuxCapabilities.$Properties);
        $unknowns?: Uint8Array[];
        Bounding: string[];
        Effective: string[];
        Inheritable: string[];
        Permitted: string[];
        Ambient: string[];
        static create(properties: grpc.LinuxCapabilities.$Shape): grpc.LinuxCapabilities & grpc.LinuxCapabilities.$Shape;
        static create(properties?: grpc.LinuxCapabilities.$Properties): grpc.LinuxCapabilities;
        static encode(message: grpc.LinuxCapabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxCapabilities & grpc.LinuxCapabilities.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxCapabilities;
        static toObject(message: grpc.LinuxCapabilities, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxCapabilities {
        interface $Properties {
            Bounding?: (string[]|null);
            Effective?: (string[]|null);
            Inheritable?: (string[]|null);
            Permitted?: (string[]|null);
            Ambient?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxCapabilities.$Properties;
    }

    interface IPOSIXRlimit extends grpc.POSIXRlimit.$Properties {
    }

    class POSIXRlimit {
        constructor(properties?: grpc.POSIXRlimit.$Properties);
        $unknowns?: Uint8Array[];
        Type: string;
        Hard: (number|Long);
        Soft: (number|Long);
        static create(properties: grpc.POSIXRlimit.$Shape): grpc.POSIXRlimit & grpc.POSIXRlimit.$Shape;
        static create(properties?: grpc.POSIXRlimit.$Properties): grpc.POSIXRlimit;
        static encode(message: grpc.POSIXRlimit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.POSIXRlimit & grpc.POSIXRlimit.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.POSIXRlimit;
        static toObject(message: grpc.POSIXRlimit, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace POSIXRlimit {
        interface $Properties {
            Type?: (string|null);
            Hard?: (number|Long|null);
            Soft?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.POSIXRlimit.$Properties;
    }

    interface IMount extends grpc.Mount.$Properties {
    }

    class Mount {
        constructor(properties?: grpc.Mount.$Properties);
        $unknowns?: Uint8Array[];
        destination: string;
        source: string;
        type: string;
        options: string[];
        static create(properties: grpc.Mount.$Shape): grpc.Mount & grpc.Mount.$Shape;
        static create(properties?: grpc.Mount.$Properties): grpc.Mount;
        static encode(message: grpc.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Mount & grpc.Mount.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Mount;
        static toObject(message: grpc.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Mount {
        interface $Properties {
            destination?: (string|null);
            source?: (string|null);
            type?: (string|null);
            options?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Mount.$Properties;
    }

    interface IRoot extends grpc.Root.$Properties {
    }

    class Root {
        constructor(properties?: grpc.Root.$Properties);
        $unknowns?: Uint8Array[];
        Path: string;
        Readonly: boolean;
        static create(properties: grpc.Root.$Shape): grpc.Root & grpc.Root.$Shape;
        static create(properties?: grpc.Root.$Properties): grpc.Root;
        static encode(message: grpc.Root.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Root & grpc.Root.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Root;
        static toObject(message: grpc.Root, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Root {
        interface $Properties {
            Path?: (string|null);
            Readonly?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Root.$Properties;
    }

    interface IHooks extends grpc.Hooks.$Properties {
    }

    class Hooks {
        constructor(properties?: grpc.Hooks.$Properties);
        $unknowns?: Uint8Array[];
        Prestart: grpc.Hook.$Properties[];
        Poststart: grpc.Hook.$Properties[];
        Poststop: grpc.Hook.$Properties[];
        CreateRuntime: grpc.Hook.$Properties[];
        CreateContainer: grpc.Hook.$Properties[];
        StartContainer: grpc.Hook.$Properties[];
        static create(properties: grpc.Hooks.$Shape): grpc.Hooks & grpc.Hooks.$Shape;
        static create(properties?: grpc.Hooks.$Properties): grpc.Hooks;
        static encode(message: grpc.Hooks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Hooks & grpc.Hooks.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Hooks;
        static toObject(message: grpc.Hooks, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Hooks {
        interface $Properties {
            Prestart?: (grpc.Hook.$Properties[]|null);
            Poststart?: (grpc.Hook.$Properties[]|null);
            Poststop?: (grpc.Hook.$Properties[]|null);
            CreateRuntime?: (grpc.Hook.$Properties[]|null);
            CreateContainer?: (grpc.Hook.$Properties[]|null);
            StartContainer?: (grpc.Hook.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Hooks.$Properties;
    }

    interface IHook extends grpc.Hook.$Properties {
    }

    class Hook {
        constructor(properties?: grpc.Hook.$Properties);
        $unknowns?: Uint8Array[];
        Path: string;
        Args: string[];
        Env: string[];
        Timeout: (number|Long);
        static create(properties: grpc.Hook.$Shape): grpc.Hook & grpc.Hook.$Shape;
        static create(properties?: grpc.Hook.$Properties): grpc.Hook;
        static encode(message: grpc.Hook.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Hook & grpc.Hook.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Hook;
        static toObject(message: grpc.Hook, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Hook {
        interface $Properties {
            Path?: (string|null);
            Args?: (string[]|null);
            Env?: (string[]|null);
            Timeout?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Hook.$Properties;
    }

    interface ILinux extends grpc.Linux.$Properties {
    }

    class Linux {
        constructor(properties?: grpc.Linux.$Properties);
        $unknowns?: Uint8Array[];
        UIDMappings: grpc.LinuxIDMapping.$Properties[];
        GIDMappings: grpc.LinuxIDMapping.$Properties[];
        Sysctl: { [k: string]: string };
        Resources?: (grpc.LinuxResources.$Properties|null);
        CgroupsPath: string;
        Namespaces: grpc.LinuxNamespace.$Properties[];
        Devices: grpc.LinuxDevice.$Properties[];
        Seccomp?: (grpc.LinuxSeccomp.$Properties|null);
        RootfsPropagation: string;
        MaskedPaths: string[];
        ReadonlyPaths: string[];
        MountLabel: string;
        IntelRdt?: (grpc.LinuxIntelRdt.$Properties|null);
        static create(properties: grpc.Linux.$Shape): grpc.Linux & grpc.Linux.$Shape;
        static create(properties?: grpc.Linux.$Properties): grpc.Linux;
        static encode(message: grpc.Linux.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Linux & grpc.Linux.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Linux;
        static toObject(message: grpc.Linux, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Linux {
        interface $Properties {
            UIDMappings?: (grpc.LinuxIDMapping.$Properties[]|null);
            GIDMappings?: (grpc.LinuxIDMapping.$Properties[]|null);
            Sysctl?: ({ [k: string]: string }|null);
            Resources?: (grpc.LinuxResources.$Properties|null);
            CgroupsPath?: (string|null);
            Namespaces?: (grpc.LinuxNamespace.$Properties[]|null);
            Devices?: (grpc.LinuxDevice.$Properties[]|null);
            Seccomp?: (grpc.LinuxSeccomp.$Properties|null);
            RootfsPropagation?: (string|null);
            MaskedPaths?: (string[]|null);
            ReadonlyPaths?: (string[]|null);
            MountLabel?: (string|null);
            IntelRdt?: (grpc.LinuxIntelRdt.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          UIDMappings?: grpc.LinuxIDMapping.$Shape[]|null;
          GIDMappings?: grpc.LinuxIDMapping.$Shape[]|null;
          Sysctl?: { [k: string]: string }|null;
          Resources?: grpc.LinuxResources.$Shape|null;
          CgroupsPath?: string|null;
          Namespaces?: grpc.LinuxNamespace.$Shape[]|null;
          Devices?: grpc.LinuxDevice.$Shape[]|null;
          Seccomp?: grpc.LinuxSeccomp.$Shape|null;
          RootfsPropagation?: string|null;
          MaskedPaths?: string[]|null;
          ReadonlyPaths?: string[]|null;
          MountLabel?: string|null;
          IntelRdt?: grpc.LinuxIntelRdt.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface IWindows extends grpc.Windows.$Properties {
    }

    class Windows {
        constructor(properties?: grpc.Windows.$Properties);
        $unknowns?: Uint8Array[];
        dummy: string;
        static create(properties: grpc.Windows.$Shape): grpc.Windows & grpc.Windows.$Shape;
        static create(properties?: grpc.Windows.$Properties): grpc.Windows;
        static encode(message: grpc.Windows.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Windows & grpc.Windows.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Windows;
        static toObject(message: grpc.Windows, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Windows {
        interface $Properties {
            dummy?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Windows.$Properties;
    }

    interface ISolaris extends grpc.Solaris.$Properties {
    }

    class Solaris {
        constructor(properties?: grpc.Solaris.$Properties);
        $unknowns?: Uint8Array[];
        dummy: string;
        static create(properties: grpc.Solaris.$Shape): grpc.Solaris & grpc.Solaris.$Shape;
        static create(properties?: grpc.Solaris.$Properties): grpc.Solaris;
        static encode(message: grpc.Solaris.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Solaris & grpc.Solaris.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.Solaris;
        static toObject(message: grpc.Solaris, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Solaris {
        interface $Properties {
            dummy?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.Solaris.$Properties;
    }

    interface ILinuxIDMapping extends grpc.LinuxIDMapping.$Properties {
    }

    class LinuxIDMapping {
        constructor(properties?: grpc.LinuxIDMapping.$Properties);
        $unknowns?: Uint8Array[];
        HostID: number;
        ContainerID: number;
        Size: number;
        static create(properties: grpc.LinuxIDMapping.$Shape): grpc.LinuxIDMapping & grpc.LinuxIDMapping.$Shape;
        static create(properties?: grpc.LinuxIDMapping.$Properties): grpc.LinuxIDMapping;
        static encode(message: grpc.LinuxIDMapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxIDMapping & grpc.LinuxIDMapping.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxIDMapping;
        static toObject(message: grpc.LinuxIDMapping, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxIDMapping {
        interface $Properties {
            HostID?: (number|null);
            ContainerID?: (number|null);
            Size?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxIDMapping.$Properties;
    }

    interface ILinuxNamespace extends grpc.LinuxNamespace.$Properties {
    }

    class LinuxNamespace {
        constructor(properties?: grpc.LinuxNamespace.$Properties);
        $unknowns?: Uint8Array[];
        Type: string;
        Path: string;
        static create(properties: grpc.LinuxNamespace.$Shape): grpc.LinuxNamespace & grpc.LinuxNamespace.$Shape;
        static create(properties?: grpc.LinuxNamespace.$Properties): grpc.LinuxNamespace;
        static encode(message: grpc.LinuxNamespace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxNamespace & grpc.LinuxNamespace.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxNamespace;
        static toObject(message: grpc.LinuxNamespace, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxNamespace {
        interface $Properties {
            Type?: (string|null);
            Path?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxNamespace.$Properties;
    }

    interface ILinuxDevice extends grpc.LinuxDevice.$Properties {
    }

    class LinuxDevice {
        constructor(properties?: grpc.LinuxDevice.$Properties);
        $unknowns?: Uint8Array[];
        Path: string;
        Type: string;
        Major: (number|Long);
        Minor: (number|Long);
        FileMode: number;
        UID: number;
        GID: number;
        static create(properties: grpc.LinuxDevice.$Shape): grpc.LinuxDevice & grpc.LinuxDevice.$Shape;
        static create(properties?: grpc.LinuxDevice.$Properties): grpc.LinuxDevice;
        static encode(message: grpc.LinuxDevice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxDevice & grpc.LinuxDevice.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxDevice;
        static toObject(message: grpc.LinuxDevice, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxDevice {
        interface $Properties {
            Path?: (string|null);
            Type?: (string|null);
            Major?: (number|Long|null);
            Minor?: (number|Long|null);
            FileMode?: (number|null);
            UID?: (number|null);
            GID?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxDevice.$Properties;
    }

    interface ILinuxResources extends grpc.LinuxResources.$Properties {
    }

    class LinuxResources {
        constructor(properties?: grpc.LinuxResources.$Properties);
        $unknowns?: Uint8Array[];
        Devices: grpc.LinuxDeviceCgroup.$Properties[];
        Memory?: (grpc.LinuxMemory.$Properties|null);
        CPU?: (grpc.LinuxCPU.$Properties|null);
        Pids?: (grpc.LinuxPids.$Properties|null);
        BlockIO?: (grpc.LinuxBlockIO.$Properties|null);
        HugepageLimits: grpc.LinuxHugepageLimit.$Properties[];
        Network?: (grpc.LinuxNetwork.$Properties|null);
        static create(properties: grpc.LinuxResources.$Shape): grpc.LinuxResources & grpc.LinuxResources.$Shape;
        static create(properties?: grpc.LinuxResources.$Properties): grpc.LinuxResources;
        static encode(message: grpc.LinuxResources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxResources & grpc.LinuxResources.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxResources;
        static toObject(message: grpc.LinuxResources, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxResources {
        interface $Properties {
            Devices?: (grpc.LinuxDeviceCgroup.$Properties[]|null);
            Memory?: (grpc.LinuxMemory.$Properties|null);
            CPU?: (grpc.LinuxCPU.$Properties|null);
            Pids?: (grpc.LinuxPids.$Properties|null);
            BlockIO?: (grpc.LinuxBlockIO.$Properties|null);
            HugepageLimits?: (grpc.LinuxHugepageLimit.$Properties[]|null);
            Network?: (grpc.LinuxNetwork.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxResources.$Properties;
    }

    interface ILinuxMemory extends grpc.LinuxMemory.$Properties {
    }

    class LinuxMemory {
        constructor(properties?: grpc.LinuxMemory.$Properties);
        $unknowns?: Uint8Array[];
        Limit: (number|Long);
        Reservation: (number|Long);
        Swap: (number|Long);
        Kernel: (number|Long);
        KernelTCP: (number|Long);
        Swappiness: (number|Long);
        DisableOOMKiller: boolean;
        static create(properties: grpc.LinuxMemory.$Shape): grpc.LinuxMemory & grpc.LinuxMemory.$Shape;
        static create(properties?: grpc.LinuxMemory.$Properties): grpc.LinuxMemory;
        static encode(message: grpc.LinuxMemory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxMemory & grpc.LinuxMemory.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxMemory;
        static toObject(message: grpc.LinuxMemory, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxMemory {
        interface $Properties {
            Limit?: (number|Long|null);
            Reservation?: (number|Long|null);
            Swap?: (number|Long|null);
            Kernel?: (number|Long|null);
            KernelTCP?: (number|Long|null);
            Swappiness?: (number|Long|null);
            DisableOOMKiller?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxMemory.$Properties;
    }

    interface ILinuxCPU extends grpc.LinuxCPU.$Properties {
    }

    class LinuxCPU {
        constructor(properties?: grpc.LinuxCPU.$Properties);
        $unknowns?: Uint8Array[];
        Shares: (number|Long);
        Quota: (number|Long);
        Period: (number|Long);
        RealtimeRuntime: (number|Long);
        RealtimePeriod: (number|Long);
        Cpus: string;
        Mems: string;
        static create(properties: grpc.LinuxCPU.$Shape): grpc.LinuxCPU & grpc.LinuxCPU.$Shape;
        static create(properties?: grpc.LinuxCPU.$Properties): grpc.LinuxCPU;
        static encode(message: grpc.LinuxCPU.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxCPU & grpc.LinuxCPU.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxCPU;
        static toObject(message: grpc.LinuxCPU, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxCPU {
        interface $Properties {
            Shares?: (number|Long|null);
            Quota?: (number|Long|null);
            Period?: (number|Long|null);
            RealtimeRuntime?: (number|Long|null);
            RealtimePeriod?: (number|Long|null);
            Cpus?: (string|null);
            Mems?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxCPU.$Properties;
    }

    interface ILinuxWeightDevice extends grpc.LinuxWeightDevice.$Properties {
    }

    class LinuxWeightDevice {
        constructor(properties?: grpc.LinuxWeightDevice.$Properties);
        $unknowns?: Uint8Array[];
        Major: (number|Long);
        Minor: (number|Long);
        Weight: number;
        LeafWeight: number;
        static create(properties: grpc.LinuxWeightDevice.$Shape): grpc.LinuxWeightDevice & grpc.LinuxWeightDevice.$Shape;
        static create(properties?: grpc.LinuxWeightDevice.$Properties): grpc.LinuxWeightDevice;
        static encode(message: grpc.LinuxWeightDevice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxWeightDevice & grpc.LinuxWeightDevice.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxWeightDevice;
        static toObject(message: grpc.LinuxWeightDevice, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxWeightDevice {
        interface $Properties {
            Major?: (number|Long|null);
            Minor?: (number|Long|null);
            Weight?: (number|null);
            LeafWeight?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxWeightDevice.$Properties;
    }

    interface ILinuxThrottleDevice extends grpc.LinuxThrottleDevice.$Properties {
    }

    class LinuxThrottleDevice {
        constructor(properties?: grpc.LinuxThrottleDevice.$Properties);
        $unknowns?: Uint8Array[];
        Major: (number|Long);
        Minor: (number|Long);
        Rate: (number|Long);
        static create(properties: grpc.LinuxThrottleDevice.$Shape): grpc.LinuxThrottleDevice & grpc.LinuxThrottleDevice.$Shape;
        static create(properties?: grpc.LinuxThrottleDevice.$Properties): grpc.LinuxThrottleDevice;
        static encode(message: grpc.LinuxThrottleDevice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxThrottleDevice & grpc.LinuxThrottleDevice.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxThrottleDevice;
        static toObject(message: grpc.LinuxThrottleDevice, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxThrottleDevice {
        interface $Properties {
            Major?: (number|Long|null);
            Minor?: (number|Long|null);
            Rate?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxThrottleDevice.$Properties;
    }

    interface ILinuxBlockIO extends grpc.LinuxBlockIO.$Properties {
    }

    class LinuxBlockIO {
        constructor(properties?: grpc.LinuxBlockIO.$Properties);
        $unknowns?: Uint8Array[];
        Weight: number;
        LeafWeight: number;
        WeightDevice: grpc.LinuxWeightDevice.$Properties[];
        ThrottleReadBpsDevice: grpc.LinuxThrottleDevice.$Properties[];
        ThrottleWriteBpsDevice: grpc.LinuxThrottleDevice.$Properties[];
        ThrottleReadIOPSDevice: grpc.LinuxThrottleDevice.$Properties[];
        ThrottleWriteIOPSDevice: grpc.LinuxThrottleDevice.$Properties[];
        static create(properties: grpc.LinuxBlockIO.$Shape): grpc.LinuxBlockIO & grpc.LinuxBlockIO.$Shape;
        static create(properties?: grpc.LinuxBlockIO.$Properties): grpc.LinuxBlockIO;
        static encode(message: grpc.LinuxBlockIO.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxBlockIO & grpc.LinuxBlockIO.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxBlockIO;
        static toObject(message: grpc.LinuxBlockIO, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxBlockIO {
        interface $Properties {
            Weight?: (number|null);
            LeafWeight?: (number|null);
            WeightDevice?: (grpc.LinuxWeightDevice.$Properties[]|null);
            ThrottleReadBpsDevice?: (grpc.LinuxThrottleDevice.$Properties[]|null);
            ThrottleWriteBpsDevice?: (grpc.LinuxThrottleDevice.$Properties[]|null);
            ThrottleReadIOPSDevice?: (grpc.LinuxThrottleDevice.$Properties[]|null);
            ThrottleWriteIOPSDevice?: (grpc.LinuxThrottleDevice.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxBlockIO.$Properties;
    }

    interface ILinuxPids extends grpc.LinuxPids.$Properties {
    }

    class LinuxPids {
        constructor(properties?: grpc.LinuxPids.$Properties);
        $unknowns?: Uint8Array[];
        Limit: (number|Long);
        static create(properties: grpc.LinuxPids.$Shape): grpc.LinuxPids & grpc.LinuxPids.$Shape;
        static create(properties?: grpc.LinuxPids.$Properties): grpc.LinuxPids;
        static encode(message: grpc.LinuxPids.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxPids & grpc.LinuxPids.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxPids;
        static toObject(message: grpc.LinuxPids, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxPids {
        interface $Properties {
            Limit?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxPids.$Properties;
    }

    interface ILinuxDeviceCgroup extends grpc.LinuxDeviceCgroup.$Properties {
    }

    class LinuxDeviceCgroup {
        constructor(properties?: grpc.LinuxDeviceCgroup.$Properties);
        $unknowns?: Uint8Array[];
        Allow: boolean;
        Type: string;
        Major: (number|Long);
        Minor: (number|Long);
        Access: string;
        static create(properties: grpc.LinuxDeviceCgroup.$Shape): grpc.LinuxDeviceCgroup & grpc.LinuxDeviceCgroup.$Shape;
        static create(properties?: grpc.LinuxDeviceCgroup.$Properties): grpc.LinuxDeviceCgroup;
        static encode(message: grpc.LinuxDeviceCgroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxDeviceCgroup & grpc.LinuxDeviceCgroup.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxDeviceCgroup;
        static toObject(message: grpc.LinuxDeviceCgroup, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxDeviceCgroup {
        interface $Properties {
            Allow?: (boolean|null);
            Type?: (string|null);
            Major?: (number|Long|null);
            Minor?: (number|Long|null);
            Access?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxDeviceCgroup.$Properties;
    }

    interface ILinuxNetwork extends grpc.LinuxNetwork.$Properties {
    }

    class LinuxNetwork {
        constructor(properties?: grpc.LinuxNetwork.$Properties);
        $unknowns?: Uint8Array[];
        ClassID: number;
        Priorities: grpc.LinuxInterfacePriority.$Properties[];
        static create(properties: grpc.LinuxNetwork.$Shape): grpc.LinuxNetwork & grpc.LinuxNetwork.$Shape;
        static create(properties?: grpc.LinuxNetwork.$Properties): grpc.LinuxNetwork;
        static encode(message: grpc.LinuxNetwork.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxNetwork & grpc.LinuxNetwork.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxNetwork;
        static toObject(message: grpc.LinuxNetwork, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxNetwork {
        interface $Properties {
            ClassID?: (number|null);
            Priorities?: (grpc.LinuxInterfacePriority.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxNetwork.$Properties;
    }

    interface ILinuxHugepageLimit extends grpc.LinuxHugepageLimit.$Properties {
    }

    class LinuxHugepageLimit {
        constructor(properties?: grpc.LinuxHugepageLimit.$Properties);
        $unknowns?: Uint8Array[];
        Pagesize: string;
        Limit: (number|Long);
        static create(properties: grpc.LinuxHugepageLimit.$Shape): grpc.LinuxHugepageLimit & grpc.LinuxHugepageLimit.$Shape;
        static create(properties?: grpc.LinuxHugepageLimit.$Properties): grpc.LinuxHugepageLimit;
        static encode(message: grpc.LinuxHugepageLimit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxHugepageLimit & grpc.LinuxHugepageLimit.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxHugepageLimit;
        static toObject(message: grpc.LinuxHugepageLimit, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxHugepageLimit {
        interface $Properties {
            Pagesize?: (string|null);
            Limit?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxHugepageLimit.$Properties;
    }

    interface ILinuxInterfacePriority extends grpc.LinuxInterfacePriority.$Properties {
    }

    class LinuxInterfacePriority {
        constructor(properties?: grpc.LinuxInterfacePriority.$Properties);
        $unknowns?: Uint8Array[];
        Name: string;
        Priority: number;
        static create(properties: grpc.LinuxInterfacePriority.$Shape): grpc.LinuxInterfacePriority & grpc.LinuxInterfacePriority.$Shape;
        static create(properties?: grpc.LinuxInterfacePriority.$Properties): grpc.LinuxInterfacePriority;
        static encode(message: grpc.LinuxInterfacePriority.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxInterfacePriority & grpc.LinuxInterfacePriority.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxInterfacePriority;
        static toObject(message: grpc.LinuxInterfacePriority, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxInterfacePriority {
        interface $Properties {
            Name?: (string|null);
            Priority?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxInterfacePriority.$Properties;
    }

    interface ILinuxSeccomp extends grpc.LinuxSeccomp.$Properties {
    }

    class LinuxSeccomp {
        constructor(properties?: grpc.LinuxSeccomp.$Properties);
        $unknowns?: Uint8Array[];
        DefaultAction: string;
        Architectures: string[];
        Flags: string[];
        Syscalls: grpc.LinuxSyscall.$Properties[];
        static create(properties: grpc.LinuxSeccomp.$Shape): grpc.LinuxSeccomp & grpc.LinuxSeccomp.$Shape;
        static create(properties?: grpc.LinuxSeccomp.$Properties): grpc.LinuxSeccomp;
        static encode(message: grpc.LinuxSeccomp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxSeccomp & grpc.LinuxSeccomp.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxSeccomp;
        static toObject(message: grpc.LinuxSeccomp, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxSeccomp {
        interface $Properties {
            DefaultAction?: (string|null);
            Architectures?: (string[]|null);
            Flags?: (string[]|null);
            Syscalls?: (grpc.LinuxSyscall.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          DefaultAction?: string|null;
          Architectures?: string[]|null;
          Flags?: string[]|null;
          Syscalls?: grpc.LinuxSyscall.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface ILinuxSeccompArg extends grpc.LinuxSeccompArg.$Properties {
    }

    class LinuxSeccompArg {
        constructor(properties?: grpc.LinuxSeccompArg.$Properties);
        $unknowns?: Uint8Array[];
        Index: (number|Long);
        Value: (number|Long);
        ValueTwo: (number|Long);
        Op: string;
        static create(properties: grpc.LinuxSeccompArg.$Shape): grpc.LinuxSeccompArg & grpc.LinuxSeccompArg.$Shape;
        static create(properties?: grpc.LinuxSeccompArg.$Properties): grpc.LinuxSeccompArg;
        static encode(message: grpc.LinuxSeccompArg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxSeccompArg & grpc.LinuxSeccompArg.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxSeccompArg;
        static toObject(message: grpc.LinuxSeccompArg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxSeccompArg {
        interface $Properties {
            Index?: (number|Long|null);
            Value?: (number|Long|null);
            ValueTwo?: (number|Long|null);
            Op?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxSeccompArg.$Properties;
    }

    interface ILinuxSyscall extends grpc.LinuxSyscall.$Properties {
    }

    class LinuxSyscall {
        constructor(properties?: grpc.LinuxSyscall.$Properties);
        $unknowns?: Uint8Array[];
        Names: string[];
        Action: string;
        errnoret?: (number|null);
        Args: grpc.LinuxSeccompArg.$Properties[];
        ErrnoRet?: "errnoret";
        static create(properties: grpc.LinuxSyscall.$Shape): grpc.LinuxSyscall & grpc.LinuxSyscall.$Shape;
        static create(properties?: grpc.LinuxSyscall.$Properties): grpc.LinuxSyscall;
        static encode(message: grpc.LinuxSyscall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxSyscall & grpc.LinuxSyscall.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxSyscall;
        static toObject(message: grpc.LinuxSyscall, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxSyscall {
        interface $Properties {
            Names?: (string[]|null);
            Action?: (string|null);
            errnoret?: (number|null);
            Args?: (grpc.LinuxSeccompArg.$Properties[]|null);
            ErrnoRet?: "errnoret";
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          Names?: string[]|null;
          Action?: string|null;
          errnoret?: number|null;
          Args?: grpc.LinuxSeccompArg.$Shape[]|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ ErrnoRet?: undefined; errnoret?: null }|{ ErrnoRet?: "errnoret"; errnoret: number })
        );
    }

    interface ILinuxIntelRdt extends grpc.LinuxIntelRdt.$Properties {
    }

    class LinuxIntelRdt {
        constructor(properties?: grpc.LinuxIntelRdt.$Properties);
        $unknowns?: Uint8Array[];
        L3CacheSchema: string;
        static create(properties: grpc.LinuxIntelRdt.$Shape): grpc.LinuxIntelRdt & grpc.LinuxIntelRdt.$Shape;
        static create(properties?: grpc.LinuxIntelRdt.$Properties): grpc.LinuxIntelRdt;
        static encode(message: grpc.LinuxIntelRdt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxIntelRdt & grpc.LinuxIntelRdt.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.LinuxIntelRdt;
        static toObject(message: grpc.LinuxIntelRdt, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace LinuxIntelRdt {
        interface $Properties {
            L3CacheSchema?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.LinuxIntelRdt.$Properties;
    }

    interface IVolumeStatsResponse extends grpc.VolumeStatsResponse.$Properties {
    }

    class VolumeStatsResponse {
        constructor(properties?: grpc.VolumeStatsResponse.$Properties);
        $unknowns?: Uint8Array[];
        usage: grpc.VolumeUsage.$Properties[];
        volume_condition?: (grpc.VolumeCondition.$Properties|null);
        static create(properties: grpc.VolumeStatsResponse.$Shape): grpc.VolumeStatsResponse & grpc.VolumeStatsResponse.$Shape;
        static create(properties?: grpc.VolumeStatsResponse.$Properties): grpc.VolumeStatsResponse;
        static encode(message: grpc.VolumeStatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.VolumeStatsResponse & grpc.VolumeStatsResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.VolumeStatsResponse;
        static toObject(message: grpc.VolumeStatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace VolumeStatsResponse {
        interface $Properties {
            usage?: (grpc.VolumeUsage.$Properties[]|null);
            volume_condition?: (grpc.VolumeCondition.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.VolumeStatsResponse.$Properties;
    }

    interface IVolumeUsage extends grpc.VolumeUsage.$Properties {
    }

    class VolumeUsage {
        constructor(properties?: grpc.VolumeUsage.$Properties);
        $unknowns?: Uint8Array[];
        available: (number|Long);
        total: (number|Long);
        used: (number|Long);
        unit: grpc.VolumeUsage.Unit;
        static create(properties: grpc.VolumeUsage.$Shape): grpc.VolumeUsage & grpc.VolumeUsage.$Shape;
        static create(properties?: grpc.VolumeUsage.$Properties): grpc.VolumeUsage;
        static encode(message: grpc.VolumeUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.VolumeUsage & grpc.VolumeUsage.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.VolumeUsage;
        static toObject(message: grpc.VolumeUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace VolumeUsage {
        interface $Properties {
            available?: (number|Long|null);
            total?: (number|Long|null);
            used?: (number|Long|null);
            unit?: (grpc.VolumeUsage.Unit|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.VolumeUsage.$Properties;

        enum Unit {
            UNKNOWN = 0,
            BYTES = 1,
            INODES = 2
        }
    }

    interface IVolumeCondition extends grpc.VolumeCondition.$Properties {
    }

    class VolumeCondition {
        constructor(properties?: grpc.VolumeCondition.$Properties);
        $unknowns?: Uint8Array[];
        abnormal: boolean;
        message: string;
        static create(properties: grpc.VolumeCondition.$Shape): grpc.VolumeCondition & grpc.VolumeCondition.$Shape;
        static create(properties?: grpc.VolumeCondition.$Properties): grpc.VolumeCondition;
        static encode(message: grpc.VolumeCondition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.VolumeCondition & grpc.VolumeCondition.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.VolumeCondition;
        static toObject(message: grpc.VolumeCondition, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace VolumeCondition {
        interface $Properties {
            abnormal?: (boolean|null);
            message?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.VolumeCondition.$Properties;
    }

    interface ICheckRequest extends grpc.CheckRequest.$Properties {
    }

    class CheckRequest {
        constructor(properties?: grpc.CheckRequest.$Properties);
        $unknowns?: Uint8Array[];
        service: string;
        static create(properties: grpc.CheckRequest.$Shape): grpc.CheckRequest & grpc.CheckRequest.$Shape;
        static create(properties?: grpc.CheckRequest.$Properties): grpc.CheckRequest;
        static encode(message: grpc.CheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CheckRequest & grpc.CheckRequest.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.CheckRequest;
        static toObject(message: grpc.CheckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace CheckRequest {
        interface $Properties {
            service?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.CheckRequest.$Properties;
    }

    interface IHealthCheckResponse extends grpc.HealthCheckResponse.$Properties {
    }

    class HealthCheckResponse {
        constructor(properties?: grpc.HealthCheckResponse.$Properties);
        $unknowns?: Uint8Array[];
        status: grpc.HealthCheckResponse.ServingStatus;
        static create(properties: grpc.HealthCheckResponse.$Shape): grpc.HealthCheckResponse & grpc.HealthCheckResponse.$Shape;
        static create(properties?: grpc.HealthCheckResponse.$Properties): grpc.HealthCheckResponse;
        static encode(message: grpc.HealthCheckResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.HealthCheckResponse & grpc.HealthCheckResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.HealthCheckResponse;
        static toObject(message: grpc.HealthCheckResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace HealthCheckResponse {
        interface $Properties {
            status?: (grpc.HealthCheckResponse.ServingStatus|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.HealthCheckResponse.$Properties;

        enum ServingStatus {
            UNKNOWN = 0,
            SERVING = 1,
            NOT_SERVING = 2
        }
    }

    interface IVersionCheckResponse extends grpc.VersionCheckResponse.$Properties {
    }

    class VersionCheckResponse {
        constructor(properties?: grpc.VersionCheckResponse.$Properties);
        $unknowns?: Uint8Array[];
        grpc_version: string;
        agent_version: string;
        static create(properties: grpc.VersionCheckResponse.$Shape): grpc.VersionCheckResponse & grpc.VersionCheckResponse.$Shape;
        static create(properties?: grpc.VersionCheckResponse.$Properties): grpc.VersionCheckResponse;
        static encode(message: grpc.VersionCheckResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.VersionCheckResponse & grpc.VersionCheckResponse.$Shape;
        static fromObject(object: { [k: string]: any }): grpc.VersionCheckResponse;
        static toObject(message: grpc.VersionCheckResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace VersionCheckResponse {
        interface $Properties {
            grpc_version?: (string|null);
            agent_version?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = grpc.VersionCheckResponse.$Properties;
    }
}

export namespace types {

    enum IPFamily {
        v4 = 0,
        v6 = 1
    }

    enum FSGroupChangePolicy {
        Always = 0,
        OnRootMismatch = 1
    }

    interface IIPAddress extends types.IPAddress.$Properties {
    }

    class IPAddress {
        constructor(properties?: types.IPAddress.$Properties);
        $unknowns?: Uint8Array[];
        family: types.IPFamily;
        address: string;
        mask: string;
        static create(properties: types.IPAddress.$Shape): types.IPAddress & types.IPAddress.$Shape;
        static create(properties?: types.IPAddress.$Properties): types.IPAddress;
        static encode(message: types.IPAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.IPAddress & types.IPAddress.$Shape;
        static fromObject(object: { [k: string]: any }): types.IPAddress;
        static toObject(message: types.IPAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace IPAddress {
        interface $Properties {
            family?: (types.IPFamily|null);
            address?: (string|null);
            mask?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = types.IPAddress.$Properties;
    }

    interface IInterface extends types.Interface.$Properties {
    }

    class Interface {
        constructor(properties?: types.Interface.$Properties);
        $unknowns?: Uint8Array[];
        device: string;
        name: string;
        IPAddresses: types.IPAddress.$Properties[];
        mtu: (number|Long);
        hwAddr: string;
        devicePath: string;
        type: string;
        raw_flags: number;
        static create(properties: types.Interface.$Shape): types.Interface & types.Interface.$Shape;
        static create(properties?: types.Interface.$Properties): types.Interface;
        static encode(message: types.Interface.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.Interface & types.Interface.$Shape;
        static fromObject(object: { [k: string]: any }): types.Interface;
        static toObject(message: types.Interface, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Interface {
        interface $Properties {
            device?: (string|null);
            name?: (string|null);
            IPAddresses?: (types.IPAddress.$Properties[]|null);
            mtu?: (number|Long|null);
            hwAddr?: (string|null);
            devicePath?: (string|null);
            type?: (string|null);
            raw_flags?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = types.Interface.$Properties;
    }

    interface IRoute extends types.Route.$Properties {
    }

    class Route {
        constructor(properties?: types.Route.$Properties);
        $unknowns?: Uint8Array[];
        dest: string;
        gateway: string;
        device: string;
        source: string;
        scope: number;
        family: types.IPFamily;
        flags: number;
        mtu: number;
        static create(properties: types.Route.$Shape): types.Route & types.Route.$Shape;
        static create(properties?: types.Route.$Properties): types.Route;
        static encode(message: types.Route.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.Route & types.Route.$Shape;
        static fromObject(object: { [k: string]: any }): types.Route;
        static toObject(message: types.Route, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace Route {
        interface $Properties {
            dest?: (string|null);
            gateway?: (string|null);
            device?: (string|null);
            source?: (string|null);
            scope?: (number|null);
            family?: (types.IPFamily|null);
            flags?: (number|null);
            mtu?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = types.Route.$Properties;
    }

    interface IARPNeighbor extends types.ARPNeighbor.$Properties {
    }

    class ARPNeighbor {
        constructor(properties?: types.ARPNeighbor.$Properties);
        $unknowns?: Uint8Array[];
        toIPAddress?: (types.IPAddress.$Properties|null);
        device: string;
        lladdr: string;
        state: number;
        flags: number;
        static create(properties: types.ARPNeighbor.$Shape): types.ARPNeighbor & types.ARPNeighbor.$Shape;
        static create(properties?: types.ARPNeighbor.$Properties): types.ARPNeighbor;
        static encode(message: types.ARPNeighbor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.ARPNeighbor & types.ARPNeighbor.$Shape;
        static fromObject(object: { [k: string]: any }): types.ARPNeighbor;
        static toObject(message: types.ARPNeighbor, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
    }

    namespace ARPNeighbor {
        interface $Properties {
            toIPAddress?: (types.IPAddress.$Properties|null);
            device?: (string|null);
            lladdr?: (string|null);
            state?: (number|null);
            flags?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = types.ARPNeighbor.$Properties;
    }
}

export namespace google {

    namespace protobuf {

        interface IEmpty extends google.protobuf.Empty.$Properties {
        }

        class Empty {
            constructor(properties?: google.protobuf.Empty.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: google.protobuf.Empty.$Shape): google.protobuf.Empty & google.protobuf.Empty.$Shape;
            static create(properties?: google.protobuf.Empty.$Properties): google.protobuf.Empty;
            static encode(message: google.protobuf.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Empty & google.protobuf.Empty.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Empty;
            static toObject(message: google.protobuf.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Empty {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Empty.$Properties;
        }
    }
}
