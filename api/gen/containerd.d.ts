import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace io {

    namespace containerd {

        namespace cgroups {

            namespace v1 {

                interface IMetrics extends io.containerd.cgroups.v1.Metrics.$Properties {
                }

                class Metrics {
                    constructor(properties?: io.containerd.cgroups.v1.Metrics.$Properties);
                    $unknowns?: Uint8Array[];
                    hugetlb: io.containerd.cgroups.v1.HugetlbStat.$Properties[];
                    pids?: (io.containerd.cgroups.v1.PidsStat.$Properties|null);
                    cpu?: (io.containerd.cgroups.v1.CPUStat.$Properties|null);
                    memory?: (io.containerd.cgroups.v1.MemoryStat.$Properties|null);
                    blkio?: (io.containerd.cgroups.v1.BlkIOStat.$Properties|null);
                    rdma?: (io.containerd.cgroups.v1.RdmaStat.$Properties|null);
                    network: io.containerd.cgroups.v1.NetworkStat.$Properties[];
                    cgroup_stats?: (io.containerd.cgroups.v1.CgroupStats.$Properties|null);
                    memory_oom_control?: (io.containerd.cgroups.v1.MemoryOomControl.$Properties|null);
                    static create(properties: io.containerd.cgroups.v1.Metrics.$Shape): io.containerd.cgroups.v1.Metrics & io.containerd.cgroups.v1.Metrics.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.Metrics.$Properties): io.containerd.cgroups.v1.Metrics;
                    static encode(message: io.containerd.cgroups.v1.Metrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.Metrics & io.containerd.cgroups.v1.Metrics.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.Metrics;
                    static toObject(message: io.containerd.cgroups.v1.Metrics, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Metrics {
                    interface $Properties {
                        hugetlb?: (io.containerd.cgroups.v1.HugetlbStat.$Properties[]|null);
                        pids?: (io.containerd.cgroups.v1.PidsStat.$Properties|null);
                        cpu?: (io.containerd.cgroups.v1.CPUStat.$Properties|null);
                        memory?: (io.containerd.cgroups.v1.MemoryStat.$Properties|null);
                        blkio?: (io.containerd.cgroups.v1.BlkIOStat.$Properties|null);
                        rdma?: (io.containerd.cgroups.v1.RdmaStat.$Properties|null);
                        network?: (io.containerd.cgroups.v1.NetworkStat.$Properties[]|null);
                        cgroup_stats?: (io.containerd.cgroups.v1.CgroupStats.$Properties|null);
                        memory_oom_control?: (io.containerd.cgroups.v1.MemoryOomControl.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.Metrics.$Properties;
                }

                interface IHugetlbStat extends io.containerd.cgroups.v1.HugetlbStat.$Properties {
                }

                class HugetlbStat {
                    constructor(properties?: io.containerd.cgroups.v1.HugetlbStat.$Properties);
                    $unknowns?: Uint8Array[];
                    usage: (number|Long);
                    max: (number|Long);
                    failcnt: (number|Long);
                    pagesize: string;
                    static create(properties: io.containerd.cgroups.v1.HugetlbStat.$Shape): io.containerd.cgroups.v1.HugetlbStat & io.containerd.cgroups.v1.HugetlbStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.HugetlbStat.$Properties): io.containerd.cgroups.v1.HugetlbStat;
                    static encode(message: io.containerd.cgroups.v1.HugetlbStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.HugetlbStat & io.containerd.cgroups.v1.HugetlbStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.HugetlbStat;
                    static toObject(message: io.containerd.cgroups.v1.HugetlbStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace HugetlbStat {
                    interface $Properties {
                        usage?: (number|Long|null);
                        max?: (number|Long|null);
                        failcnt?: (number|Long|null);
                        pagesize?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.HugetlbStat.$Properties;
                }

                interface IPidsStat extends io.containerd.cgroups.v1.PidsStat.$Properties {
                }

                class PidsStat {
                    constructor(properties?: io.containerd.cgroups.v1.PidsStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: (number|Long);
                    limit: (number|Long);
                    static create(properties: io.containerd.cgroups.v1.PidsStat.$Shape): io.containerd.cgroups.v1.PidsStat & io.containerd.cgroups.v1.PidsStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.PidsStat.$Properties): io.containerd.cgroups.v1.PidsStat;
                    static encode(message: io.containerd.cgroups.v1.PidsStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.PidsStat & io.containerd.cgroups.v1.PidsStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.PidsStat;
                    static toObject(message: io.containerd.cgroups.v1.PidsStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace PidsStat {
                    interface $Properties {
                        current?: (number|Long|null);
                        limit?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.PidsStat.$Properties;
                }

                interface ICPUStat extends io.containerd.cgroups.v1.CPUStat.$Properties {
                }

                class CPUStat {
                    constructor(properties?: io.containerd.cgroups.v1.CPUStat.$Properties);
                    $unknowns?: Uint8Array[];
                    usage?: (io.containerd.cgroups.v1.CPUUsage.$Properties|null);
                    throttling?: (io.containerd.cgroups.v1.Throttle.$Properties|null);
                    static create(properties: io.containerd.cgroups.v1.CPUStat.$Shape): io.containerd.cgroups.v1.CPUStat & io.containerd.cgroups.v1.CPUStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.CPUStat.$Properties): io.containerd.cgroups.v1.CPUStat;
                    static encode(message: io.containerd.cgroups.v1.CPUStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CPUStat & io.containerd.cgroups.v1.CPUStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.CPUStat;
                    static toObject(message: io.containerd.cgroups.v1.CPUStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace CPUStat {
                    interface $Properties {
                        usage?: (io.containerd.cgroups.v1.CPUUsage.$Properties|null);
                        throttling?: (io.containerd.cgroups.v1.Throttle.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.CPUStat.$Properties;
                }

                interface ICPUUsage extends io.containerd.cgroups.v1.CPUUsage.$Properties {
                }

                class CPUUsage {
                    constructor(properties?: io.containerd.cgroups.v1.CPUUsage.$Properties);
                    $unknowns?: Uint8Array[];
                    total: (number|Long);
                    kernel: (number|Long);
                    user: (number|Long);
                    per_cpu: (number|Long)[];
                    static create(properties: io.containerd.cgroups.v1.CPUUsage.$Shape): io.containerd.cgroups.v1.CPUUsage & io.containerd.cgroups.v1.CPUUsage.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.CPUUsage.$Properties): io.containerd.cgroups.v1.CPUUsage;
                    static encode(message: io.containerd.cgroups.v1.CPUUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CPUUsage & io.containerd.cgroups.v1.CPUUsage.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.CPUUsage;
                    static toObject(message: io.containerd.cgroups.v1.CPUUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace CPUUsage {
                    interface $Properties {
                        total?: (number|Long|null);
                        kernel?: (number|Long|null);
                        user?: (number|Long|null);
                        per_cpu?: ((number|Long)[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.CPUUsage.$Properties;
                }

                interface IThrottle extends io.containerd.cgroups.v1.Throttle.$Properties {
                }

                class Throttle {
                    constructor(properties?: io.containerd.cgroups.v1.Throttle.$Properties);
                    $unknowns?: Uint8Array[];
                    periods: (number|Long);
                    throttled_periods: (number|Long);
                    throttled_time: (number|Long);
                    static create(properties: io.containerd.cgroups.v1.Throttle.$Shape): io.containerd.cgroups.v1.Throttle & io.containerd.cgroups.v1.Throttle.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.Throttle.$Properties): io.containerd.cgroups.v1.Throttle;
                    static encode(message: io.containerd.cgroups.v1.Throttle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.Throttle & io.containerd.cgroups.v1.Throttle.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.Throttle;
                    static toObject(message: io.containerd.cgroups.v1.Throttle, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Throttle {
                    interface $Properties {
                        periods?: (number|Long|null);
                        throttled_periods?: (number|Long|null);
                        throttled_time?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.Throttle.$Properties;
                }

                interface IMemoryStat extends io.containerd.cgroups.v1.MemoryStat.$Properties {
                }

                class MemoryStat {
                    constructor(properties?: io.containerd.cgroups.v1.MemoryStat.$Properties);
                    $unknowns?: Uint8Array[];
                    cache: (number|Long);
                    rss: (number|Long);
                    rss_huge: (number|Long);
                    mapped_file: (number|Long);
                    dirty: (number|Long);
                    writeback: (number|Long);
                    pg_pg_in: (number|Long);
                    pg_pg_out: (number|Long);
                    pg_fault: (number|Long);
                    pg_maj_fault: (number|Long);
                    inactive_anon: (number|Long);
                    active_anon: (number|Long);
                    inactive_file: (number|Long);
                    active_file: (number|Long);
                    unevictable: (number|Long);
                    hierarchical_memory_limit: (number|Long);
                    hierarchical_swap_limit: (number|Long);
                    total_cache: (number|Long);
                    total_rss: (number|Long);
                    total_rss_huge: (number|Long);
                    total_mapped_file: (number|Long);
                    total_dirty: (number|Long);
                    total_writeback: (number|Long);
                    total_pg_pg_in: (number|Long);
                    total_pg_pg_out: (number|Long);
                    total_pg_fault: (number|Long);
                    total_pg_maj_fault: (number|Long);
                    total_inactive_anon: (number|Long);
                    total_active_anon: (number|Long);
                    total_inactive_file: (number|Long);
                    total_active_file: (number|Long);
                    total_unevictable: (number|Long);
                    usage?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    swap?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    kernel?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    kernel_tcp?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    static create(properties: io.containerd.cgroups.v1.MemoryStat.$Shape): io.containerd.cgroups.v1.MemoryStat & io.containerd.cgroups.v1.MemoryStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.MemoryStat.$Properties): io.containerd.cgroups.v1.MemoryStat;
                    static encode(message: io.containerd.cgroups.v1.MemoryStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryStat & io.containerd.cgroups.v1.MemoryStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.MemoryStat;
                    static toObject(message: io.containerd.cgroups.v1.MemoryStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace MemoryStat {
                    interface $Properties {
                        cache?: (number|Long|null);
                        rss?: (number|Long|null);
                        rss_huge?: (number|Long|null);
                        mapped_file?: (number|Long|null);
                        dirty?: (number|Long|null);
                        writeback?: (number|Long|null);
                        pg_pg_in?: (number|Long|null);
                        pg_pg_out?: (number|Long|null);
                        pg_fault?: (number|Long|null);
                        pg_maj_fault?: (number|Long|null);
                        inactive_anon?: (number|Long|null);
                        active_anon?: (number|Long|null);
                        inactive_file?: (number|Long|null);
                        active_file?: (number|Long|null);
                        unevictable?: (number|Long|null);
                        hierarchical_memory_limit?: (number|Long|null);
                        hierarchical_swap_limit?: (number|Long|null);
                        total_cache?: (number|Long|null);
                        total_rss?: (number|Long|null);
                        total_rss_huge?: (number|Long|null);
                        total_mapped_file?: (number|Long|null);
                        total_dirty?: (number|Long|null);
                        total_writeback?: (number|Long|null);
                        total_pg_pg_in?: (number|Long|null);
                        total_pg_pg_out?: (number|Long|null);
                        total_pg_fault?: (number|Long|null);
                        total_pg_maj_fault?: (number|Long|null);
                        total_inactive_anon?: (number|Long|null);
                        total_active_anon?: (number|Long|null);
                        total_inactive_file?: (number|Long|null);
                        total_active_file?: (number|Long|null);
                        total_unevictable?: (number|Long|null);
                        usage?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        swap?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        kernel?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        kernel_tcp?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.MemoryStat.$Properties;
                }

                interface IMemoryEntry extends io.containerd.cgroups.v1.MemoryEntry.$Properties {
                }

                class MemoryEntry {
                    constructor(properties?: io.containerd.cgroups.v1.MemoryEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    limit: (number|Long);
                    usage: (number|Long);
                    max: (number|Long);
                    failcnt: (number|Long);
                    static create(properties: io.containerd.cgroups.v1.MemoryEntry.$Shape): io.containerd.cgroups.v1.MemoryEntry & io.containerd.cgroups.v1.MemoryEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.MemoryEntry.$Properties): io.containerd.cgroups.v1.MemoryEntry;
                    static encode(message: io.containerd.cgroups.v1.MemoryEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryEntry & io.containerd.cgroups.v1.MemoryEntry.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.MemoryEntry;
                    static toObject(message: io.containerd.cgroups.v1.MemoryEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace MemoryEntry {
                    interface $Properties {
                        limit?: (number|Long|null);
                        usage?: (number|Long|null);
                        max?: (number|Long|null);
                        failcnt?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.MemoryEntry.$Properties;
                }

                interface IMemoryOomControl extends io.containerd.cgroups.v1.MemoryOomControl.$Properties {
                }

                class MemoryOomControl {
                    constructor(properties?: io.containerd.cgroups.v1.MemoryOomControl.$Properties);
                    $unknowns?: Uint8Array[];
                    oom_kill_disable: (number|Long);
                    under_oom: (number|Long);
                    oom_kill: (number|Long);
                    static create(properties: io.containerd.cgroups.v1.MemoryOomControl.$Shape): io.containerd.cgroups.v1.MemoryOomControl & io.containerd.cgroups.v1.MemoryOomControl.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.MemoryOomControl.$Properties): io.containerd.cgroups.v1.MemoryOomControl;
                    static encode(message: io.containerd.cgroups.v1.MemoryOomControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryOomControl & io.containerd.cgroups.v1.MemoryOomControl.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.MemoryOomControl;
                    static toObject(message: io.containerd.cgroups.v1.MemoryOomControl, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace MemoryOomControl {
                    interface $Properties {
                        oom_kill_disable?: (number|Long|null);
                        under_oom?: (number|Long|null);
                        oom_kill?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.MemoryOomControl.$Properties;
                }

                interface IBlkIOStat extends io.containerd.cgroups.v1.BlkIOStat.$Properties {
                }

                class BlkIOStat {
                    constructor(properties?: io.containerd.cgroups.v1.BlkIOStat.$Properties);
                    $unknowns?: Uint8Array[];
                    io_service_bytes_recursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    io_serviced_recursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    io_queued_recursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    io_service_time_recursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    io_wait_time_recursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    io_merged_recursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    io_time_recursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    sectors_recursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    static create(properties: io.containerd.cgroups.v1.BlkIOStat.$Shape): io.containerd.cgroups.v1.BlkIOStat & io.containerd.cgroups.v1.BlkIOStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.BlkIOStat.$Properties): io.containerd.cgroups.v1.BlkIOStat;
                    static encode(message: io.containerd.cgroups.v1.BlkIOStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.BlkIOStat & io.containerd.cgroups.v1.BlkIOStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.BlkIOStat;
                    static toObject(message: io.containerd.cgroups.v1.BlkIOStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace BlkIOStat {
                    interface $Properties {
                        io_service_bytes_recursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        io_serviced_recursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        io_queued_recursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        io_service_time_recursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        io_wait_time_recursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        io_merged_recursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        io_time_recursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        sectors_recursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.BlkIOStat.$Properties;
                }

                interface IBlkIOEntry extends io.containerd.cgroups.v1.BlkIOEntry.$Properties {
                }

                class BlkIOEntry {
                    constructor(properties?: io.containerd.cgroups.v1.BlkIOEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    op: string;
                    device: string;
                    major: (number|Long);
                    minor: (number|Long);
                    value: (number|Long);
                    static create(properties: io.containerd.cgroups.v1.BlkIOEntry.$Shape): io.containerd.cgroups.v1.BlkIOEntry & io.containerd.cgroups.v1.BlkIOEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.BlkIOEntry.$Properties): io.containerd.cgroups.v1.BlkIOEntry;
                    static encode(message: io.containerd.cgroups.v1.BlkIOEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.BlkIOEntry & io.containerd.cgroups.v1.BlkIOEntry.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.BlkIOEntry;
                    static toObject(message: io.containerd.cgroups.v1.BlkIOEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace BlkIOEntry {
                    interface $Properties {
                        op?: (string|null);
                        device?: (string|null);
                        major?: (number|Long|null);
                        minor?: (number|Long|null);
                        value?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.BlkIOEntry.$Properties;
                }

                interface IRdmaStat extends io.containerd.cgroups.v1.RdmaStat.$Properties {
                }

                class RdmaStat {
                    constructor(properties?: io.containerd.cgroups.v1.RdmaStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: io.containerd.cgroups.v1.RdmaEntry.$Properties[];
                    limit: io.containerd.cgroups.v1.RdmaEntry.$Properties[];
                    static create(properties: io.containerd.cgroups.v1.RdmaStat.$Shape): io.containerd.cgroups.v1.RdmaStat & io.containerd.cgroups.v1.RdmaStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.RdmaStat.$Properties): io.containerd.cgroups.v1.RdmaStat;
                    static encode(message: io.containerd.cgroups.v1.RdmaStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.RdmaStat & io.containerd.cgroups.v1.RdmaStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.RdmaStat;
                    static toObject(message: io.containerd.cgroups.v1.RdmaStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace RdmaStat {
                    interface $Properties {
                        current?: (io.containerd.cgroups.v1.RdmaEntry.$Properties[]|null);
                        limit?: (io.containerd.cgroups.v1.RdmaEntry.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.RdmaStat.$Properties;
                }

                interface IRdmaEntry extends io.containerd.cgroups.v1.RdmaEntry.$Properties {
                }

                class RdmaEntry {
                    constructor(properties?: io.containerd.cgroups.v1.RdmaEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    device: string;
                    hca_handles: number;
                    hca_objects: number;
                    static create(properties: io.containerd.cgroups.v1.RdmaEntry.$Shape): io.containerd.cgroups.v1.RdmaEntry & io.containerd.cgroups.v1.RdmaEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.RdmaEntry.$Properties): io.containerd.cgroups.v1.RdmaEntry;
                    static encode(message: io.containerd.cgroups.v1.RdmaEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.RdmaEntry & io.containerd.cgroups.v1.RdmaEntry.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.RdmaEntry;
                    static toObject(message: io.containerd.cgroups.v1.RdmaEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace RdmaEntry {
                    interface $Properties {
                        device?: (string|null);
                        hca_handles?: (number|null);
                        hca_objects?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.RdmaEntry.$Properties;
                }

                interface INetworkStat extends io.containerd.cgroups.v1.NetworkStat.$Properties {
                }

                class NetworkStat {
                    constructor(properties?: io.containerd.cgroups.v1.NetworkStat.$Properties);
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
                    static create(properties: io.containerd.cgroups.v1.NetworkStat.$Shape): io.containerd.cgroups.v1.NetworkStat & io.containerd.cgroups.v1.NetworkStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.NetworkStat.$Properties): io.containerd.cgroups.v1.NetworkStat;
                    static encode(message: io.containerd.cgroups.v1.NetworkStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.NetworkStat & io.containerd.cgroups.v1.NetworkStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.NetworkStat;
                    static toObject(message: io.containerd.cgroups.v1.NetworkStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace NetworkStat {
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
                    type $Shape = io.containerd.cgroups.v1.NetworkStat.$Properties;
                }

                interface ICgroupStats extends io.containerd.cgroups.v1.CgroupStats.$Properties {
                }

                class CgroupStats {
                    constructor(properties?: io.containerd.cgroups.v1.CgroupStats.$Properties);
                    $unknowns?: Uint8Array[];
                    nr_sleeping: (number|Long);
                    nr_running: (number|Long);
                    nr_stopped: (number|Long);
                    nr_uninterruptible: (number|Long);
                    nr_io_wait: (number|Long);
                    static create(properties: io.containerd.cgroups.v1.CgroupStats.$Shape): io.containerd.cgroups.v1.CgroupStats & io.containerd.cgroups.v1.CgroupStats.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.CgroupStats.$Properties): io.containerd.cgroups.v1.CgroupStats;
                    static encode(message: io.containerd.cgroups.v1.CgroupStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CgroupStats & io.containerd.cgroups.v1.CgroupStats.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.CgroupStats;
                    static toObject(message: io.containerd.cgroups.v1.CgroupStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace CgroupStats {
                    interface $Properties {
                        nr_sleeping?: (number|Long|null);
                        nr_running?: (number|Long|null);
                        nr_stopped?: (number|Long|null);
                        nr_uninterruptible?: (number|Long|null);
                        nr_io_wait?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.CgroupStats.$Properties;
                }
            }

            namespace v2 {

                interface IMetrics extends io.containerd.cgroups.v2.Metrics.$Properties {
                }

                class Metrics {
                    constructor(properties?: io.containerd.cgroups.v2.Metrics.$Properties);
                    $unknowns?: Uint8Array[];
                    pids?: (io.containerd.cgroups.v2.PidsStat.$Properties|null);
                    cpu?: (io.containerd.cgroups.v2.CPUStat.$Properties|null);
                    memory?: (io.containerd.cgroups.v2.MemoryStat.$Properties|null);
                    rdma?: (io.containerd.cgroups.v2.RdmaStat.$Properties|null);
                    io?: (io.containerd.cgroups.v2.IOStat.$Properties|null);
                    hugetlb: io.containerd.cgroups.v2.HugeTlbStat.$Properties[];
                    memory_events?: (io.containerd.cgroups.v2.MemoryEvents.$Properties|null);
                    network: io.containerd.cgroups.v2.NetworkStat.$Properties[];
                    static create(properties: io.containerd.cgroups.v2.Metrics.$Shape): io.containerd.cgroups.v2.Metrics & io.containerd.cgroups.v2.Metrics.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.Metrics.$Properties): io.containerd.cgroups.v2.Metrics;
                    static encode(message: io.containerd.cgroups.v2.Metrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.Metrics & io.containerd.cgroups.v2.Metrics.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.Metrics;
                    static toObject(message: io.containerd.cgroups.v2.Metrics, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Metrics {
                    interface $Properties {
                        pids?: (io.containerd.cgroups.v2.PidsStat.$Properties|null);
                        cpu?: (io.containerd.cgroups.v2.CPUStat.$Properties|null);
                        memory?: (io.containerd.cgroups.v2.MemoryStat.$Properties|null);
                        rdma?: (io.containerd.cgroups.v2.RdmaStat.$Properties|null);
                        io?: (io.containerd.cgroups.v2.IOStat.$Properties|null);
                        hugetlb?: (io.containerd.cgroups.v2.HugeTlbStat.$Properties[]|null);
                        memory_events?: (io.containerd.cgroups.v2.MemoryEvents.$Properties|null);
                        network?: (io.containerd.cgroups.v2.NetworkStat.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.Metrics.$Properties;
                }

                interface IPSIData extends io.containerd.cgroups.v2.PSIData.$Properties {
                }

                class PSIData {
                    constructor(properties?: io.containerd.cgroups.v2.PSIData.$Properties);
                    $unknowns?: Uint8Array[];
                    avg10: number;
                    avg60: number;
                    avg300: number;
                    total: (number|Long);
                    static create(properties: io.containerd.cgroups.v2.PSIData.$Shape): io.containerd.cgroups.v2.PSIData & io.containerd.cgroups.v2.PSIData.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.PSIData.$Properties): io.containerd.cgroups.v2.PSIData;
                    static encode(message: io.containerd.cgroups.v2.PSIData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.PSIData & io.containerd.cgroups.v2.PSIData.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.PSIData;
                    static toObject(message: io.containerd.cgroups.v2.PSIData, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace PSIData {
                    interface $Properties {
                        avg10?: (number|null);
                        avg60?: (number|null);
                        avg300?: (number|null);
                        total?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.PSIData.$Properties;
                }

                interface IPSIStats extends io.containerd.cgroups.v2.PSIStats.$Properties {
                }

                class PSIStats {
                    constructor(properties?: io.containerd.cgroups.v2.PSIStats.$Properties);
                    $unknowns?: Uint8Array[];
                    some?: (io.containerd.cgroups.v2.PSIData.$Properties|null);
                    full?: (io.containerd.cgroups.v2.PSIData.$Properties|null);
                    static create(properties: io.containerd.cgroups.v2.PSIStats.$Shape): io.containerd.cgroups.v2.PSIStats & io.containerd.cgroups.v2.PSIStats.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.PSIStats.$Properties): io.containerd.cgroups.v2.PSIStats;
                    static encode(message: io.containerd.cgroups.v2.PSIStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.PSIStats & io.containerd.cgroups.v2.PSIStats.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.PSIStats;
                    static toObject(message: io.containerd.cgroups.v2.PSIStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace PSIStats {
                    interface $Properties {
                        some?: (io.containerd.cgroups.v2.PSIData.$Properties|null);
                        full?: (io.containerd.cgroups.v2.PSIData.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.PSIStats.$Properties;
                }

                interface IPidsStat extends io.containerd.cgroups.v2.PidsStat.$Properties {
                }

                class PidsStat {
                    constructor(properties?: io.containerd.cgroups.v2.PidsStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: (number|Long);
                    limit: (number|Long);
                    static create(properties: io.containerd.cgroups.v2.PidsStat.$Shape): io.containerd.cgroups.v2.PidsStat & io.containerd.cgroups.v2.PidsStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.PidsStat.$Properties): io.containerd.cgroups.v2.PidsStat;
                    static encode(message: io.containerd.cgroups.v2.PidsStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.PidsStat & io.containerd.cgroups.v2.PidsStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.PidsStat;
                    static toObject(message: io.containerd.cgroups.v2.PidsStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace PidsStat {
                    interface $Properties {
                        current?: (number|Long|null);
                        limit?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.PidsStat.$Properties;
                }

                interface ICPUStat extends io.containerd.cgroups.v2.CPUStat.$Properties {
                }

                class CPUStat {
                    constructor(properties?: io.containerd.cgroups.v2.CPUStat.$Properties);
                    $unknowns?: Uint8Array[];
                    usage_usec: (number|Long);
                    user_usec: (number|Long);
                    system_usec: (number|Long);
                    nr_periods: (number|Long);
                    nr_throttled: (number|Long);
                    throttled_usec: (number|Long);
                    psi?: (io.containerd.cgroups.v2.PSIStats.$Properties|null);
                    nr_bursts: (number|Long);
                    burst_usec: (number|Long);
                    static create(properties: io.containerd.cgroups.v2.CPUStat.$Shape): io.containerd.cgroups.v2.CPUStat & io.containerd.cgroups.v2.CPUStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.CPUStat.$Properties): io.containerd.cgroups.v2.CPUStat;
                    static encode(message: io.containerd.cgroups.v2.CPUStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.CPUStat & io.containerd.cgroups.v2.CPUStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.CPUStat;
                    static toObject(message: io.containerd.cgroups.v2.CPUStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace CPUStat {
                    interface $Properties {
                        usage_usec?: (number|Long|null);
                        user_usec?: (number|Long|null);
                        system_usec?: (number|Long|null);
                        nr_periods?: (number|Long|null);
                        nr_throttled?: (number|Long|null);
                        throttled_usec?: (number|Long|null);
                        psi?: (io.containerd.cgroups.v2.PSIStats.$Properties|null);
                        nr_bursts?: (number|Long|null);
                        burst_usec?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.CPUStat.$Properties;
                }

                interface IMemoryStat extends io.containerd.cgroups.v2.MemoryStat.$Properties {
                }

                class MemoryStat {
                    constructor(properties?: io.containerd.cgroups.v2.MemoryStat.$Properties);
                    $unknowns?: Uint8Array[];
                    anon: (number|Long);
                    file: (number|Long);
                    kernel_stack: (number|Long);
                    slab: (number|Long);
                    sock: (number|Long);
                    shmem: (number|Long);
                    file_mapped: (number|Long);
                    file_dirty: (number|Long);
                    file_writeback: (number|Long);
                    anon_thp: (number|Long);
                    inactive_anon: (number|Long);
                    active_anon: (number|Long);
                    inactive_file: (number|Long);
                    active_file: (number|Long);
                    unevictable: (number|Long);
                    slab_reclaimable: (number|Long);
                    slab_unreclaimable: (number|Long);
                    pgfault: (number|Long);
                    pgmajfault: (number|Long);
                    workingset_refault: (number|Long);
                    workingset_activate: (number|Long);
                    workingset_nodereclaim: (number|Long);
                    pgrefill: (number|Long);
                    pgscan: (number|Long);
                    pgsteal: (number|Long);
                    pgactivate: (number|Long);
                    pgdeactivate: (number|Long);
                    pglazyfree: (number|Long);
                    pglazyfreed: (number|Long);
                    thp_fault_alloc: (number|Long);
                    thp_collapse_alloc: (number|Long);
                    usage: (number|Long);
                    usage_limit: (number|Long);
                    swap_usage: (number|Long);
                    swap_limit: (number|Long);
                    max_usage: (number|Long);
                    swap_max_usage: (number|Long);
                    psi?: (io.containerd.cgroups.v2.PSIStats.$Properties|null);
                    workingset_refault_anon: (number|Long);
                    workingset_refault_file: (number|Long);
                    workingset_activate_anon: (number|Long);
                    workingset_activate_file: (number|Long);
                    static create(properties: io.containerd.cgroups.v2.MemoryStat.$Shape): io.containerd.cgroups.v2.MemoryStat & io.containerd.cgroups.v2.MemoryStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.MemoryStat.$Properties): io.containerd.cgroups.v2.MemoryStat;
                    static encode(message: io.containerd.cgroups.v2.MemoryStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.MemoryStat & io.containerd.cgroups.v2.MemoryStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.MemoryStat;
                    static toObject(message: io.containerd.cgroups.v2.MemoryStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace MemoryStat {
                    interface $Properties {
                        anon?: (number|Long|null);
                        file?: (number|Long|null);
                        kernel_stack?: (number|Long|null);
                        slab?: (number|Long|null);
                        sock?: (number|Long|null);
                        shmem?: (number|Long|null);
                        file_mapped?: (number|Long|null);
                        file_dirty?: (number|Long|null);
                        file_writeback?: (number|Long|null);
                        anon_thp?: (number|Long|null);
                        inactive_anon?: (number|Long|null);
                        active_anon?: (number|Long|null);
                        inactive_file?: (number|Long|null);
                        active_file?: (number|Long|null);
                        unevictable?: (number|Long|null);
                        slab_reclaimable?: (number|Long|null);
                        slab_unreclaimable?: (number|Long|null);
                        pgfault?: (number|Long|null);
                        pgmajfault?: (number|Long|null);
                        workingset_refault?: (number|Long|null);
                        workingset_activate?: (number|Long|null);
                        workingset_nodereclaim?: (number|Long|null);
                        pgrefill?: (number|Long|null);
                        pgscan?: (number|Long|null);
                        pgsteal?: (number|Long|null);
                        pgactivate?: (number|Long|null);
                        pgdeactivate?: (number|Long|null);
                        pglazyfree?: (number|Long|null);
                        pglazyfreed?: (number|Long|null);
                        thp_fault_alloc?: (number|Long|null);
                        thp_collapse_alloc?: (number|Long|null);
                        usage?: (number|Long|null);
                        usage_limit?: (number|Long|null);
                        swap_usage?: (number|Long|null);
                        swap_limit?: (number|Long|null);
                        max_usage?: (number|Long|null);
                        swap_max_usage?: (number|Long|null);
                        psi?: (io.containerd.cgroups.v2.PSIStats.$Properties|null);
                        workingset_refault_anon?: (number|Long|null);
                        workingset_refault_file?: (number|Long|null);
                        workingset_activate_anon?: (number|Long|null);
                        workingset_activate_file?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.MemoryStat.$Properties;
                }

                interface IMemoryEvents extends io.containerd.cgroups.v2.MemoryEvents.$Properties {
                }

                class MemoryEvents {
                    constructor(properties?: io.containerd.cgroups.v2.MemoryEvents.$Properties);
                    $unknowns?: Uint8Array[];
                    low: (number|Long);
                    high: (number|Long);
                    max: (number|Long);
                    oom: (number|Long);
                    oom_kill: (number|Long);
                    oom_group_kill: (number|Long);
                    static create(properties: io.containerd.cgroups.v2.MemoryEvents.$Shape): io.containerd.cgroups.v2.MemoryEvents & io.containerd.cgroups.v2.MemoryEvents.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.MemoryEvents.$Properties): io.containerd.cgroups.v2.MemoryEvents;
                    static encode(message: io.containerd.cgroups.v2.MemoryEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.MemoryEvents & io.containerd.cgroups.v2.MemoryEvents.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.MemoryEvents;
                    static toObject(message: io.containerd.cgroups.v2.MemoryEvents, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace MemoryEvents {
                    interface $Properties {
                        low?: (number|Long|null);
                        high?: (number|Long|null);
                        max?: (number|Long|null);
                        oom?: (number|Long|null);
                        oom_kill?: (number|Long|null);
                        oom_group_kill?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.MemoryEvents.$Properties;
                }

                interface IRdmaStat extends io.containerd.cgroups.v2.RdmaStat.$Properties {
                }

                class RdmaStat {
                    constructor(properties?: io.containerd.cgroups.v2.RdmaStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: io.containerd.cgroups.v2.RdmaEntry.$Properties[];
                    limit: io.containerd.cgroups.v2.RdmaEntry.$Properties[];
                    static create(properties: io.containerd.cgroups.v2.RdmaStat.$Shape): io.containerd.cgroups.v2.RdmaStat & io.containerd.cgroups.v2.RdmaStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.RdmaStat.$Properties): io.containerd.cgroups.v2.RdmaStat;
                    static encode(message: io.containerd.cgroups.v2.RdmaStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.RdmaStat & io.containerd.cgroups.v2.RdmaStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.RdmaStat;
                    static toObject(message: io.containerd.cgroups.v2.RdmaStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace RdmaStat {
                    interface $Properties {
                        current?: (io.containerd.cgroups.v2.RdmaEntry.$Properties[]|null);
                        limit?: (io.containerd.cgroups.v2.RdmaEntry.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.RdmaStat.$Properties;
                }

                interface IRdmaEntry extends io.containerd.cgroups.v2.RdmaEntry.$Properties {
                }

                class RdmaEntry {
                    constructor(properties?: io.containerd.cgroups.v2.RdmaEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    device: string;
                    hca_handles: number;
                    hca_objects: number;
                    static create(properties: io.containerd.cgroups.v2.RdmaEntry.$Shape): io.containerd.cgroups.v2.RdmaEntry & io.containerd.cgroups.v2.RdmaEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.RdmaEntry.$Properties): io.containerd.cgroups.v2.RdmaEntry;
                    static encode(message: io.containerd.cgroups.v2.RdmaEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.RdmaEntry & io.containerd.cgroups.v2.RdmaEntry.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.RdmaEntry;
                    static toObject(message: io.containerd.cgroups.v2.RdmaEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace RdmaEntry {
                    interface $Properties {
                        device?: (string|null);
                        hca_handles?: (number|null);
                        hca_objects?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.RdmaEntry.$Properties;
                }

                interface IIOStat extends io.containerd.cgroups.v2.IOStat.$Properties {
                }

                class IOStat {
                    constructor(properties?: io.containerd.cgroups.v2.IOStat.$Properties);
                    $unknowns?: Uint8Array[];
                    usage: io.containerd.cgroups.v2.IOEntry.$Properties[];
                    psi?: (io.containerd.cgroups.v2.PSIStats.$Properties|null);
                    static create(properties: io.containerd.cgroups.v2.IOStat.$Shape): io.containerd.cgroups.v2.IOStat & io.containerd.cgroups.v2.IOStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.IOStat.$Properties): io.containerd.cgroups.v2.IOStat;
                    static encode(message: io.containerd.cgroups.v2.IOStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.IOStat & io.containerd.cgroups.v2.IOStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.IOStat;
                    static toObject(message: io.containerd.cgroups.v2.IOStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace IOStat {
                    interface $Properties {
                        usage?: (io.containerd.cgroups.v2.IOEntry.$Properties[]|null);
                        psi?: (io.containerd.cgroups.v2.PSIStats.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.IOStat.$Properties;
                }

                interface IIOEntry extends io.containerd.cgroups.v2.IOEntry.$Properties {
                }

                class IOEntry {
                    constructor(properties?: io.containerd.cgroups.v2.IOEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    major: (number|Long);
                    minor: (number|Long);
                    rbytes: (number|Long);
                    wbytes: (number|Long);
                    rios: (number|Long);
                    wios: (number|Long);
                    static create(properties: io.containerd.cgroups.v2.IOEntry.$Shape): io.containerd.cgroups.v2.IOEntry & io.containerd.cgroups.v2.IOEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.IOEntry.$Properties): io.containerd.cgroups.v2.IOEntry;
                    static encode(message: io.containerd.cgroups.v2.IOEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.IOEntry & io.containerd.cgroups.v2.IOEntry.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.IOEntry;
                    static toObject(message: io.containerd.cgroups.v2.IOEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace IOEntry {
                    interface $Properties {
                        major?: (number|Long|null);
                        minor?: (number|Long|null);
                        rbytes?: (number|Long|null);
                        wbytes?: (number|Long|null);
                        rios?: (number|Long|null);
                        wios?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.IOEntry.$Properties;
                }

                interface IHugeTlbStat extends io.containerd.cgroups.v2.HugeTlbStat.$Properties {
                }

                class HugeTlbStat {
                    constructor(properties?: io.containerd.cgroups.v2.HugeTlbStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: (number|Long);
                    max: (number|Long);
                    pagesize: string;
                    failcnt: (number|Long);
                    static create(properties: io.containerd.cgroups.v2.HugeTlbStat.$Shape): io.containerd.cgroups.v2.HugeTlbStat & io.containerd.cgroups.v2.HugeTlbStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.HugeTlbStat.$Properties): io.containerd.cgroups.v2.HugeTlbStat;
                    static encode(message: io.containerd.cgroups.v2.HugeTlbStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.HugeTlbStat & io.containerd.cgroups.v2.HugeTlbStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.HugeTlbStat;
                    static toObject(message: io.containerd.cgroups.v2.HugeTlbStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace HugeTlbStat {
                    interface $Properties {
                        current?: (number|Long|null);
                        max?: (number|Long|null);
                        pagesize?: (string|null);
                        failcnt?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.HugeTlbStat.$Properties;
                }

                interface INetworkStat extends io.containerd.cgroups.v2.NetworkStat.$Properties {
                }

                class NetworkStat {
                    constructor(properties?: io.containerd.cgroups.v2.NetworkStat.$Properties);
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
                    static create(properties: io.containerd.cgroups.v2.NetworkStat.$Shape): io.containerd.cgroups.v2.NetworkStat & io.containerd.cgroups.v2.NetworkStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.NetworkStat.$Properties): io.containerd.cgroups.v2.NetworkStat;
                    static encode(message: io.containerd.cgroups.v2.NetworkStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.NetworkStat & io.containerd.cgroups.v2.NetworkStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.NetworkStat;
                    static toObject(message: io.containerd.cgroups.v2.NetworkStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace NetworkStat {
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
                    type $Shape = io.containerd.cgroups.v2.NetworkStat.$Properties;
                }
            }
        }
    }
}

export namespace containerd {

    namespace events {

        interface IContainerCreate extends containerd.events.ContainerCreate.$Properties {
        }

        class ContainerCreate {
            constructor(properties?: containerd.events.ContainerCreate.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            image: string;
            runtime?: (containerd.events.ContainerCreate.Runtime.$Properties|null);
            static create(properties: containerd.events.ContainerCreate.$Shape): containerd.events.ContainerCreate & containerd.events.ContainerCreate.$Shape;
            static create(properties?: containerd.events.ContainerCreate.$Properties): containerd.events.ContainerCreate;
            static encode(message: containerd.events.ContainerCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.ContainerCreate & containerd.events.ContainerCreate.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.ContainerCreate;
            static toObject(message: containerd.events.ContainerCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContainerCreate {
            interface $Properties {
                id?: (string|null);
                image?: (string|null);
                runtime?: (containerd.events.ContainerCreate.Runtime.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.ContainerCreate.$Properties;

            interface IRuntime extends containerd.events.ContainerCreate.Runtime.$Properties {
            }

            class Runtime {
                constructor(properties?: containerd.events.ContainerCreate.Runtime.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                options?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.events.ContainerCreate.Runtime.$Shape): containerd.events.ContainerCreate.Runtime & containerd.events.ContainerCreate.Runtime.$Shape;
                static create(properties?: containerd.events.ContainerCreate.Runtime.$Properties): containerd.events.ContainerCreate.Runtime;
                static encode(message: containerd.events.ContainerCreate.Runtime.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.ContainerCreate.Runtime & containerd.events.ContainerCreate.Runtime.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.events.ContainerCreate.Runtime;
                static toObject(message: containerd.events.ContainerCreate.Runtime, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace Runtime {
                interface $Properties {
                    name?: (string|null);
                    options?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.events.ContainerCreate.Runtime.$Properties;
            }
        }

        interface IContainerUpdate extends containerd.events.ContainerUpdate.$Properties {
        }

        class ContainerUpdate {
            constructor(properties?: containerd.events.ContainerUpdate.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            image: string;
            labels: { [k: string]: string };
            snapshot_key: string;
            static create(properties: containerd.events.ContainerUpdate.$Shape): containerd.events.ContainerUpdate & containerd.events.ContainerUpdate.$Shape;
            static create(properties?: containerd.events.ContainerUpdate.$Properties): containerd.events.ContainerUpdate;
            static encode(message: containerd.events.ContainerUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.ContainerUpdate & containerd.events.ContainerUpdate.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.ContainerUpdate;
            static toObject(message: containerd.events.ContainerUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContainerUpdate {
            interface $Properties {
                id?: (string|null);
                image?: (string|null);
                labels?: ({ [k: string]: string }|null);
                snapshot_key?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.ContainerUpdate.$Properties;
        }

        interface IContainerDelete extends containerd.events.ContainerDelete.$Properties {
        }

        class ContainerDelete {
            constructor(properties?: containerd.events.ContainerDelete.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            static create(properties: containerd.events.ContainerDelete.$Shape): containerd.events.ContainerDelete & containerd.events.ContainerDelete.$Shape;
            static create(properties?: containerd.events.ContainerDelete.$Properties): containerd.events.ContainerDelete;
            static encode(message: containerd.events.ContainerDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.ContainerDelete & containerd.events.ContainerDelete.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.ContainerDelete;
            static toObject(message: containerd.events.ContainerDelete, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContainerDelete {
            interface $Properties {
                id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.ContainerDelete.$Properties;
        }

        interface IContentCreate extends containerd.events.ContentCreate.$Properties {
        }

        class ContentCreate {
            constructor(properties?: containerd.events.ContentCreate.$Properties);
            $unknowns?: Uint8Array[];
            digest: string;
            size: (number|Long);
            mediaType: string;
            static create(properties: containerd.events.ContentCreate.$Shape): containerd.events.ContentCreate & containerd.events.ContentCreate.$Shape;
            static create(properties?: containerd.events.ContentCreate.$Properties): containerd.events.ContentCreate;
            static encode(message: containerd.events.ContentCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.ContentCreate & containerd.events.ContentCreate.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.ContentCreate;
            static toObject(message: containerd.events.ContentCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContentCreate {
            interface $Properties {
                digest?: (string|null);
                size?: (number|Long|null);
                mediaType?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.ContentCreate.$Properties;
        }

        interface IContentDelete extends containerd.events.ContentDelete.$Properties {
        }

        class ContentDelete {
            constructor(properties?: containerd.events.ContentDelete.$Properties);
            $unknowns?: Uint8Array[];
            digest: string;
            static create(properties: containerd.events.ContentDelete.$Shape): containerd.events.ContentDelete & containerd.events.ContentDelete.$Shape;
            static create(properties?: containerd.events.ContentDelete.$Properties): containerd.events.ContentDelete;
            static encode(message: containerd.events.ContentDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.ContentDelete & containerd.events.ContentDelete.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.ContentDelete;
            static toObject(message: containerd.events.ContentDelete, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContentDelete {
            interface $Properties {
                digest?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.ContentDelete.$Properties;
        }

        interface INamespaceCreate extends containerd.events.NamespaceCreate.$Properties {
        }

        class NamespaceCreate {
            constructor(properties?: containerd.events.NamespaceCreate.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            labels: { [k: string]: string };
            static create(properties: containerd.events.NamespaceCreate.$Shape): containerd.events.NamespaceCreate & containerd.events.NamespaceCreate.$Shape;
            static create(properties?: containerd.events.NamespaceCreate.$Properties): containerd.events.NamespaceCreate;
            static encode(message: containerd.events.NamespaceCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.NamespaceCreate & containerd.events.NamespaceCreate.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.NamespaceCreate;
            static toObject(message: containerd.events.NamespaceCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace NamespaceCreate {
            interface $Properties {
                name?: (string|null);
                labels?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.NamespaceCreate.$Properties;
        }

        interface INamespaceUpdate extends containerd.events.NamespaceUpdate.$Properties {
        }

        class NamespaceUpdate {
            constructor(properties?: containerd.events.NamespaceUpdate.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            labels: { [k: string]: string };
            static create(properties: containerd.events.NamespaceUpdate.$Shape): containerd.events.NamespaceUpdate & containerd.events.NamespaceUpdate.$Shape;
            static create(properties?: containerd.events.NamespaceUpdate.$Properties): containerd.events.NamespaceUpdate;
            static encode(message: containerd.events.NamespaceUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.NamespaceUpdate & containerd.events.NamespaceUpdate.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.NamespaceUpdate;
            static toObject(message: containerd.events.NamespaceUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace NamespaceUpdate {
            interface $Properties {
                name?: (string|null);
                labels?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.NamespaceUpdate.$Properties;
        }

        interface INamespaceDelete extends containerd.events.NamespaceDelete.$Properties {
        }

        class NamespaceDelete {
            constructor(properties?: containerd.events.NamespaceDelete.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            static create(properties: containerd.events.NamespaceDelete.$Shape): containerd.events.NamespaceDelete & containerd.events.NamespaceDelete.$Shape;
            static create(properties?: containerd.events.NamespaceDelete.$Properties): containerd.events.NamespaceDelete;
            static encode(message: containerd.events.NamespaceDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.NamespaceDelete & containerd.events.NamespaceDelete.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.NamespaceDelete;
            static toObject(message: containerd.events.NamespaceDelete, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace NamespaceDelete {
            interface $Properties {
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.NamespaceDelete.$Properties;
        }

        interface ISnapshotPrepare extends containerd.events.SnapshotPrepare.$Properties {
        }

        class SnapshotPrepare {
            constructor(properties?: containerd.events.SnapshotPrepare.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            parent: string;
            snapshotter: string;
            static create(properties: containerd.events.SnapshotPrepare.$Shape): containerd.events.SnapshotPrepare & containerd.events.SnapshotPrepare.$Shape;
            static create(properties?: containerd.events.SnapshotPrepare.$Properties): containerd.events.SnapshotPrepare;
            static encode(message: containerd.events.SnapshotPrepare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.SnapshotPrepare & containerd.events.SnapshotPrepare.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.SnapshotPrepare;
            static toObject(message: containerd.events.SnapshotPrepare, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SnapshotPrepare {
            interface $Properties {
                key?: (string|null);
                parent?: (string|null);
                snapshotter?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.SnapshotPrepare.$Properties;
        }

        interface ISnapshotCommit extends containerd.events.SnapshotCommit.$Properties {
        }

        class SnapshotCommit {
            constructor(properties?: containerd.events.SnapshotCommit.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            name: string;
            snapshotter: string;
            static create(properties: containerd.events.SnapshotCommit.$Shape): containerd.events.SnapshotCommit & containerd.events.SnapshotCommit.$Shape;
            static create(properties?: containerd.events.SnapshotCommit.$Properties): containerd.events.SnapshotCommit;
            static encode(message: containerd.events.SnapshotCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.SnapshotCommit & containerd.events.SnapshotCommit.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.SnapshotCommit;
            static toObject(message: containerd.events.SnapshotCommit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SnapshotCommit {
            interface $Properties {
                key?: (string|null);
                name?: (string|null);
                snapshotter?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.SnapshotCommit.$Properties;
        }

        interface ISnapshotRemove extends containerd.events.SnapshotRemove.$Properties {
        }

        class SnapshotRemove {
            constructor(properties?: containerd.events.SnapshotRemove.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            snapshotter: string;
            static create(properties: containerd.events.SnapshotRemove.$Shape): containerd.events.SnapshotRemove & containerd.events.SnapshotRemove.$Shape;
            static create(properties?: containerd.events.SnapshotRemove.$Properties): containerd.events.SnapshotRemove;
            static encode(message: containerd.events.SnapshotRemove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.SnapshotRemove & containerd.events.SnapshotRemove.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.SnapshotRemove;
            static toObject(message: containerd.events.SnapshotRemove, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SnapshotRemove {
            interface $Properties {
                key?: (string|null);
                snapshotter?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.SnapshotRemove.$Properties;
        }

        interface ISandboxCreate extends containerd.events.SandboxCreate.$Properties {
        }

        class SandboxCreate {
            constructor(properties?: containerd.events.SandboxCreate.$Properties);
            $unknowns?: Uint8Array[];
            sandbox_id: string;
            static create(properties: containerd.events.SandboxCreate.$Shape): containerd.events.SandboxCreate & containerd.events.SandboxCreate.$Shape;
            static create(properties?: containerd.events.SandboxCreate.$Properties): containerd.events.SandboxCreate;
            static encode(message: containerd.events.SandboxCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.SandboxCreate & containerd.events.SandboxCreate.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.SandboxCreate;
            static toObject(message: containerd.events.SandboxCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SandboxCreate {
            interface $Properties {
                sandbox_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.SandboxCreate.$Properties;
        }

        interface ISandboxStart extends containerd.events.SandboxStart.$Properties {
        }

        class SandboxStart {
            constructor(properties?: containerd.events.SandboxStart.$Properties);
            $unknowns?: Uint8Array[];
            sandbox_id: string;
            static create(properties: containerd.events.SandboxStart.$Shape): containerd.events.SandboxStart & containerd.events.SandboxStart.$Shape;
            static create(properties?: containerd.events.SandboxStart.$Properties): containerd.events.SandboxStart;
            static encode(message: containerd.events.SandboxStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.SandboxStart & containerd.events.SandboxStart.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.SandboxStart;
            static toObject(message: containerd.events.SandboxStart, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SandboxStart {
            interface $Properties {
                sandbox_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.SandboxStart.$Properties;
        }

        interface ISandboxExit extends containerd.events.SandboxExit.$Properties {
        }

        class SandboxExit {
            constructor(properties?: containerd.events.SandboxExit.$Properties);
            $unknowns?: Uint8Array[];
            sandbox_id: string;
            exit_status: number;
            exited_at?: (google.protobuf.Timestamp.$Properties|null);
            static create(properties: containerd.events.SandboxExit.$Shape): containerd.events.SandboxExit & containerd.events.SandboxExit.$Shape;
            static create(properties?: containerd.events.SandboxExit.$Properties): containerd.events.SandboxExit;
            static encode(message: containerd.events.SandboxExit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.SandboxExit & containerd.events.SandboxExit.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.SandboxExit;
            static toObject(message: containerd.events.SandboxExit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SandboxExit {
            interface $Properties {
                sandbox_id?: (string|null);
                exit_status?: (number|null);
                exited_at?: (google.protobuf.Timestamp.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.SandboxExit.$Properties;
        }

        interface ITaskCreate extends containerd.events.TaskCreate.$Properties {
        }

        class TaskCreate {
            constructor(properties?: containerd.events.TaskCreate.$Properties);
            $unknowns?: Uint8Array[];
            container_id: string;
            bundle: string;
            rootfs: containerd.types.Mount.$Properties[];
            io?: (containerd.events.TaskIO.$Properties|null);
            checkpoint: string;
            pid: number;
            static create(properties: containerd.events.TaskCreate.$Shape): containerd.events.TaskCreate & containerd.events.TaskCreate.$Shape;
            static create(properties?: containerd.events.TaskCreate.$Properties): containerd.events.TaskCreate;
            static encode(message: containerd.events.TaskCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskCreate & containerd.events.TaskCreate.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskCreate;
            static toObject(message: containerd.events.TaskCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskCreate {
            interface $Properties {
                container_id?: (string|null);
                bundle?: (string|null);
                rootfs?: (containerd.types.Mount.$Properties[]|null);
                io?: (containerd.events.TaskIO.$Properties|null);
                checkpoint?: (string|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskCreate.$Properties;
        }

        interface ITaskStart extends containerd.events.TaskStart.$Properties {
        }

        class TaskStart {
            constructor(properties?: containerd.events.TaskStart.$Properties);
            $unknowns?: Uint8Array[];
            container_id: string;
            pid: number;
            static create(properties: containerd.events.TaskStart.$Shape): containerd.events.TaskStart & containerd.events.TaskStart.$Shape;
            static create(properties?: containerd.events.TaskStart.$Properties): containerd.events.TaskStart;
            static encode(message: containerd.events.TaskStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskStart & containerd.events.TaskStart.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskStart;
            static toObject(message: containerd.events.TaskStart, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskStart {
            interface $Properties {
                container_id?: (string|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskStart.$Properties;
        }

        interface ITaskDelete extends containerd.events.TaskDelete.$Properties {
        }

        class TaskDelete {
            constructor(properties?: containerd.events.TaskDelete.$Properties);
            $unknowns?: Uint8Array[];
            container_id: string;
            pid: number;
            exit_status: number;
            exited_at?: (google.protobuf.Timestamp.$Properties|null);
            id: string;
            static create(properties: containerd.events.TaskDelete.$Shape): containerd.events.TaskDelete & containerd.events.TaskDelete.$Shape;
            static create(properties?: containerd.events.TaskDelete.$Properties): containerd.events.TaskDelete;
            static encode(message: containerd.events.TaskDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskDelete & containerd.events.TaskDelete.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskDelete;
            static toObject(message: containerd.events.TaskDelete, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskDelete {
            interface $Properties {
                container_id?: (string|null);
                pid?: (number|null);
                exit_status?: (number|null);
                exited_at?: (google.protobuf.Timestamp.$Properties|null);
                id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskDelete.$Properties;
        }

        interface ITaskIO extends containerd.events.TaskIO.$Properties {
        }

        class TaskIO {
            constructor(properties?: containerd.events.TaskIO.$Properties);
            $unknowns?: Uint8Array[];
            stdin: string;
            stdout: string;
            stderr: string;
            terminal: boolean;
            static create(properties: containerd.events.TaskIO.$Shape): containerd.events.TaskIO & containerd.events.TaskIO.$Shape;
            static create(properties?: containerd.events.TaskIO.$Properties): containerd.events.TaskIO;
            static encode(message: containerd.events.TaskIO.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskIO & containerd.events.TaskIO.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskIO;
            static toObject(message: containerd.events.TaskIO, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskIO {
            interface $Properties {
                stdin?: (string|null);
                stdout?: (string|null);
                stderr?: (string|null);
                terminal?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskIO.$Properties;
        }

        interface ITaskExit extends containerd.events.TaskExit.$Properties {
        }

        class TaskExit {
            constructor(properties?: containerd.events.TaskExit.$Properties);
            $unknowns?: Uint8Array[];
            container_id: string;
            id: string;
            pid: number;
            exit_status: number;
            exited_at?: (google.protobuf.Timestamp.$Properties|null);
            static create(properties: containerd.events.TaskExit.$Shape): containerd.events.TaskExit & containerd.events.TaskExit.$Shape;
            static create(properties?: containerd.events.TaskExit.$Properties): containerd.events.TaskExit;
            static encode(message: containerd.events.TaskExit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExit & containerd.events.TaskExit.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskExit;
            static toObject(message: containerd.events.TaskExit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskExit {
            interface $Properties {
                container_id?: (string|null);
                id?: (string|null);
                pid?: (number|null);
                exit_status?: (number|null);
                exited_at?: (google.protobuf.Timestamp.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskExit.$Properties;
        }

        interface ITaskOOM extends containerd.events.TaskOOM.$Properties {
        }

        class TaskOOM {
            constructor(properties?: containerd.events.TaskOOM.$Properties);
            $unknowns?: Uint8Array[];
            container_id: string;
            static create(properties: containerd.events.TaskOOM.$Shape): containerd.events.TaskOOM & containerd.events.TaskOOM.$Shape;
            static create(properties?: containerd.events.TaskOOM.$Properties): containerd.events.TaskOOM;
            static encode(message: containerd.events.TaskOOM.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskOOM & containerd.events.TaskOOM.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskOOM;
            static toObject(message: containerd.events.TaskOOM, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskOOM {
            interface $Properties {
                container_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskOOM.$Properties;
        }

        interface ITaskExecAdded extends containerd.events.TaskExecAdded.$Properties {
        }

        class TaskExecAdded {
            constructor(properties?: containerd.events.TaskExecAdded.$Properties);
            $unknowns?: Uint8Array[];
            container_id: string;
            exec_id: string;
            static create(properties: containerd.events.TaskExecAdded.$Shape): containerd.events.TaskExecAdded & containerd.events.TaskExecAdded.$Shape;
            static create(properties?: containerd.events.TaskExecAdded.$Properties): containerd.events.TaskExecAdded;
            static encode(message: containerd.events.TaskExecAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExecAdded & containerd.events.TaskExecAdded.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskExecAdded;
            static toObject(message: containerd.events.TaskExecAdded, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskExecAdded {
            interface $Properties {
                container_id?: (string|null);
                exec_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskExecAdded.$Properties;
        }

        interface ITaskExecStarted extends containerd.events.TaskExecStarted.$Properties {
        }

        class TaskExecStarted {
            constructor(properties?: containerd.events.TaskExecStarted.$Properties);
            $unknowns?: Uint8Array[];
            container_id: string;
            exec_id: string;
            pid: number;
            static create(properties: containerd.events.TaskExecStarted.$Shape): containerd.events.TaskExecStarted & containerd.events.TaskExecStarted.$Shape;
            static create(properties?: containerd.events.TaskExecStarted.$Properties): containerd.events.TaskExecStarted;
            static encode(message: containerd.events.TaskExecStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExecStarted & containerd.events.TaskExecStarted.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskExecStarted;
            static toObject(message: containerd.events.TaskExecStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskExecStarted {
            interface $Properties {
                container_id?: (string|null);
                exec_id?: (string|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskExecStarted.$Properties;
        }

        interface ITaskPaused extends containerd.events.TaskPaused.$Properties {
        }

        class TaskPaused {
            constructor(properties?: containerd.events.TaskPaused.$Properties);
            $unknowns?: Uint8Array[];
            container_id: string;
            static create(properties: containerd.events.TaskPaused.$Shape): containerd.events.TaskPaused & containerd.events.TaskPaused.$Shape;
            static create(properties?: containerd.events.TaskPaused.$Properties): containerd.events.TaskPaused;
            static encode(message: containerd.events.TaskPaused.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskPaused & containerd.events.TaskPaused.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskPaused;
            static toObject(message: containerd.events.TaskPaused, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskPaused {
            interface $Properties {
                container_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskPaused.$Properties;
        }

        interface ITaskResumed extends containerd.events.TaskResumed.$Properties {
        }

        class TaskResumed {
            constructor(properties?: containerd.events.TaskResumed.$Properties);
            $unknowns?: Uint8Array[];
            container_id: string;
            static create(properties: containerd.events.TaskResumed.$Shape): containerd.events.TaskResumed & containerd.events.TaskResumed.$Shape;
            static create(properties?: containerd.events.TaskResumed.$Properties): containerd.events.TaskResumed;
            static encode(message: containerd.events.TaskResumed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskResumed & containerd.events.TaskResumed.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskResumed;
            static toObject(message: containerd.events.TaskResumed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskResumed {
            interface $Properties {
                container_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskResumed.$Properties;
        }

        interface ITaskCheckpointed extends containerd.events.TaskCheckpointed.$Properties {
        }

        class TaskCheckpointed {
            constructor(properties?: containerd.events.TaskCheckpointed.$Properties);
            $unknowns?: Uint8Array[];
            container_id: string;
            checkpoint: string;
            static create(properties: containerd.events.TaskCheckpointed.$Shape): containerd.events.TaskCheckpointed & containerd.events.TaskCheckpointed.$Shape;
            static create(properties?: containerd.events.TaskCheckpointed.$Properties): containerd.events.TaskCheckpointed;
            static encode(message: containerd.events.TaskCheckpointed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskCheckpointed & containerd.events.TaskCheckpointed.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskCheckpointed;
            static toObject(message: containerd.events.TaskCheckpointed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskCheckpointed {
            interface $Properties {
                container_id?: (string|null);
                checkpoint?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskCheckpointed.$Properties;
        }
    }

    namespace types {

        interface IMount extends containerd.types.Mount.$Properties {
        }

        class Mount {
            constructor(properties?: containerd.types.Mount.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            source: string;
            target: string;
            options: string[];
            static create(properties: containerd.types.Mount.$Shape): containerd.types.Mount & containerd.types.Mount.$Shape;
            static create(properties?: containerd.types.Mount.$Properties): containerd.types.Mount;
            static encode(message: containerd.types.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Mount & containerd.types.Mount.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.types.Mount;
            static toObject(message: containerd.types.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Mount {
            interface $Properties {
                type?: (string|null);
                source?: (string|null);
                target?: (string|null);
                options?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.Mount.$Properties;
        }

        interface IMetric extends containerd.types.Metric.$Properties {
        }

        class Metric {
            constructor(properties?: containerd.types.Metric.$Properties);
            $unknowns?: Uint8Array[];
            timestamp?: (google.protobuf.Timestamp.$Properties|null);
            id: string;
            data?: (google.protobuf.Any.$Properties|null);
            static create(properties: containerd.types.Metric.$Shape): containerd.types.Metric & containerd.types.Metric.$Shape;
            static create(properties?: containerd.types.Metric.$Properties): containerd.types.Metric;
            static encode(message: containerd.types.Metric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Metric & containerd.types.Metric.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.types.Metric;
            static toObject(message: containerd.types.Metric, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Metric {
            interface $Properties {
                timestamp?: (google.protobuf.Timestamp.$Properties|null);
                id?: (string|null);
                data?: (google.protobuf.Any.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.Metric.$Properties;
        }

        interface IPlatform extends containerd.types.Platform.$Properties {
        }

        class Platform {
            constructor(properties?: containerd.types.Platform.$Properties);
            $unknowns?: Uint8Array[];
            os: string;
            architecture: string;
            variant: string;
            os_version: string;
            os_features: string[];
            static create(properties: containerd.types.Platform.$Shape): containerd.types.Platform & containerd.types.Platform.$Shape;
            static create(properties?: containerd.types.Platform.$Properties): containerd.types.Platform;
            static encode(message: containerd.types.Platform.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Platform & containerd.types.Platform.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.types.Platform;
            static toObject(message: containerd.types.Platform, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Platform {
            interface $Properties {
                os?: (string|null);
                architecture?: (string|null);
                variant?: (string|null);
                os_version?: (string|null);
                os_features?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.Platform.$Properties;
        }

        interface ISandbox extends containerd.types.Sandbox.$Properties {
        }

        class Sandbox {
            constructor(properties?: containerd.types.Sandbox.$Properties);
            $unknowns?: Uint8Array[];
            sandbox_id: string;
            runtime?: (containerd.types.Sandbox.Runtime.$Properties|null);
            spec?: (google.protobuf.Any.$Properties|null);
            labels: { [k: string]: string };
            created_at?: (google.protobuf.Timestamp.$Properties|null);
            updated_at?: (google.protobuf.Timestamp.$Properties|null);
            extensions: { [k: string]: google.protobuf.Any.$Properties };
            sandboxer: string;
            static create(properties: containerd.types.Sandbox.$Shape): containerd.types.Sandbox & containerd.types.Sandbox.$Shape;
            static create(properties?: containerd.types.Sandbox.$Properties): containerd.types.Sandbox;
            static encode(message: containerd.types.Sandbox.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Sandbox & containerd.types.Sandbox.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.types.Sandbox;
            static toObject(message: containerd.types.Sandbox, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Sandbox {
            interface $Properties {
                sandbox_id?: (string|null);
                runtime?: (containerd.types.Sandbox.Runtime.$Properties|null);
                spec?: (google.protobuf.Any.$Properties|null);
                labels?: ({ [k: string]: string }|null);
                created_at?: (google.protobuf.Timestamp.$Properties|null);
                updated_at?: (google.protobuf.Timestamp.$Properties|null);
                extensions?: ({ [k: string]: google.protobuf.Any.$Properties }|null);
                sandboxer?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.Sandbox.$Properties;

            interface IRuntime extends containerd.types.Sandbox.Runtime.$Properties {
            }

            class Runtime {
                constructor(properties?: containerd.types.Sandbox.Runtime.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                options?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.types.Sandbox.Runtime.$Shape): containerd.types.Sandbox.Runtime & containerd.types.Sandbox.Runtime.$Shape;
                static create(properties?: containerd.types.Sandbox.Runtime.$Properties): containerd.types.Sandbox.Runtime;
                static encode(message: containerd.types.Sandbox.Runtime.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Sandbox.Runtime & containerd.types.Sandbox.Runtime.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.types.Sandbox.Runtime;
                static toObject(message: containerd.types.Sandbox.Runtime, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace Runtime {
                interface $Properties {
                    name?: (string|null);
                    options?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.types.Sandbox.Runtime.$Properties;
            }
        }

        interface IEnvelope extends containerd.types.Envelope.$Properties {
        }

        class Envelope {
            constructor(properties?: containerd.types.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            timestamp?: (google.protobuf.Timestamp.$Properties|null);
            namespace: string;
            topic: string;
            event?: (google.protobuf.Any.$Properties|null);
            static create(properties: containerd.types.Envelope.$Shape): containerd.types.Envelope & containerd.types.Envelope.$Shape;
            static create(properties?: containerd.types.Envelope.$Properties): containerd.types.Envelope;
            static encode(message: containerd.types.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Envelope & containerd.types.Envelope.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.types.Envelope;
            static toObject(message: containerd.types.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Envelope {
            interface $Properties {
                timestamp?: (google.protobuf.Timestamp.$Properties|null);
                namespace?: (string|null);
                topic?: (string|null);
                event?: (google.protobuf.Any.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.Envelope.$Properties;
        }

        interface IRuntimeRequest extends containerd.types.RuntimeRequest.$Properties {
        }

        class RuntimeRequest {
            constructor(properties?: containerd.types.RuntimeRequest.$Properties);
            $unknowns?: Uint8Array[];
            runtime_path: string;
            options?: (google.protobuf.Any.$Properties|null);
            static create(properties: containerd.types.RuntimeRequest.$Shape): containerd.types.RuntimeRequest & containerd.types.RuntimeRequest.$Shape;
            static create(properties?: containerd.types.RuntimeRequest.$Properties): containerd.types.RuntimeRequest;
            static encode(message: containerd.types.RuntimeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.RuntimeRequest & containerd.types.RuntimeRequest.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.types.RuntimeRequest;
            static toObject(message: containerd.types.RuntimeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RuntimeRequest {
            interface $Properties {
                runtime_path?: (string|null);
                options?: (google.protobuf.Any.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.RuntimeRequest.$Properties;
        }

        interface IRuntimeVersion extends containerd.types.RuntimeVersion.$Properties {
        }

        class RuntimeVersion {
            constructor(properties?: containerd.types.RuntimeVersion.$Properties);
            $unknowns?: Uint8Array[];
            version: string;
            revision: string;
            static create(properties: containerd.types.RuntimeVersion.$Shape): containerd.types.RuntimeVersion & containerd.types.RuntimeVersion.$Shape;
            static create(properties?: containerd.types.RuntimeVersion.$Properties): containerd.types.RuntimeVersion;
            static encode(message: containerd.types.RuntimeVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.RuntimeVersion & containerd.types.RuntimeVersion.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.types.RuntimeVersion;
            static toObject(message: containerd.types.RuntimeVersion, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RuntimeVersion {
            interface $Properties {
                version?: (string|null);
                revision?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.RuntimeVersion.$Properties;
        }

        interface IRuntimeInfo extends containerd.types.RuntimeInfo.$Properties {
        }

        class RuntimeInfo {
            constructor(properties?: containerd.types.RuntimeInfo.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            version?: (containerd.types.RuntimeVersion.$Properties|null);
            options?: (google.protobuf.Any.$Properties|null);
            features?: (google.protobuf.Any.$Properties|null);
            annotations: { [k: string]: string };
            static create(properties: containerd.types.RuntimeInfo.$Shape): containerd.types.RuntimeInfo & containerd.types.RuntimeInfo.$Shape;
            static create(properties?: containerd.types.RuntimeInfo.$Properties): containerd.types.RuntimeInfo;
            static encode(message: containerd.types.RuntimeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.RuntimeInfo & containerd.types.RuntimeInfo.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.types.RuntimeInfo;
            static toObject(message: containerd.types.RuntimeInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RuntimeInfo {
            interface $Properties {
                name?: (string|null);
                version?: (containerd.types.RuntimeVersion.$Properties|null);
                options?: (google.protobuf.Any.$Properties|null);
                features?: (google.protobuf.Any.$Properties|null);
                annotations?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.RuntimeInfo.$Properties;
        }
    }

    namespace runc {

        namespace v1 {

            interface IProcessDetails extends containerd.runc.v1.ProcessDetails.$Properties {
            }

            class ProcessDetails {
                constructor(properties?: containerd.runc.v1.ProcessDetails.$Properties);
                $unknowns?: Uint8Array[];
                exec_id: string;
                static create(properties: containerd.runc.v1.ProcessDetails.$Shape): containerd.runc.v1.ProcessDetails & containerd.runc.v1.ProcessDetails.$Shape;
                static create(properties?: containerd.runc.v1.ProcessDetails.$Properties): containerd.runc.v1.ProcessDetails;
                static encode(message: containerd.runc.v1.ProcessDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runc.v1.ProcessDetails & containerd.runc.v1.ProcessDetails.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.runc.v1.ProcessDetails;
                static toObject(message: containerd.runc.v1.ProcessDetails, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ProcessDetails {
                interface $Properties {
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.runc.v1.ProcessDetails.$Properties;
            }
        }
    }

    namespace runtime {

        namespace bootstrap {

            namespace v1 {

                interface IBootstrapParams extends containerd.runtime.bootstrap.v1.BootstrapParams.$Properties {
                }

                class BootstrapParams {
                    constructor(properties?: containerd.runtime.bootstrap.v1.BootstrapParams.$Properties);
                    $unknowns?: Uint8Array[];
                    instance_id: string;
                    namespace: string;
                    log_level: containerd.runtime.bootstrap.v1.LogLevel;
                    containerd_version: string;
                    containerd_ttrpc_address: string;
                    containerd_grpc_address: string;
                    containerd_binary: string;
                    extensions: containerd.runtime.bootstrap.v1.Extension.$Properties[];
                    socket_dir?: (string|null);
                    static create(properties: containerd.runtime.bootstrap.v1.BootstrapParams.$Shape): containerd.runtime.bootstrap.v1.BootstrapParams & containerd.runtime.bootstrap.v1.BootstrapParams.$Shape;
                    static create(properties?: containerd.runtime.bootstrap.v1.BootstrapParams.$Properties): containerd.runtime.bootstrap.v1.BootstrapParams;
                    static encode(message: containerd.runtime.bootstrap.v1.BootstrapParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.bootstrap.v1.BootstrapParams & containerd.runtime.bootstrap.v1.BootstrapParams.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.bootstrap.v1.BootstrapParams;
                    static toObject(message: containerd.runtime.bootstrap.v1.BootstrapParams, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace BootstrapParams {
                    interface $Properties {
                        instance_id?: (string|null);
                        namespace?: (string|null);
                        log_level?: (containerd.runtime.bootstrap.v1.LogLevel|null);
                        containerd_version?: (string|null);
                        containerd_ttrpc_address?: (string|null);
                        containerd_grpc_address?: (string|null);
                        containerd_binary?: (string|null);
                        extensions?: (containerd.runtime.bootstrap.v1.Extension.$Properties[]|null);
                        socket_dir?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.bootstrap.v1.BootstrapParams.$Properties;
                }

                interface IExtension extends containerd.runtime.bootstrap.v1.Extension.$Properties {
                }

                class Extension {
                    constructor(properties?: containerd.runtime.bootstrap.v1.Extension.$Properties);
                    $unknowns?: Uint8Array[];
                    value?: (google.protobuf.Any.$Properties|null);
                    static create(properties: containerd.runtime.bootstrap.v1.Extension.$Shape): containerd.runtime.bootstrap.v1.Extension & containerd.runtime.bootstrap.v1.Extension.$Shape;
                    static create(properties?: containerd.runtime.bootstrap.v1.Extension.$Properties): containerd.runtime.bootstrap.v1.Extension;
                    static encode(message: containerd.runtime.bootstrap.v1.Extension.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.bootstrap.v1.Extension & containerd.runtime.bootstrap.v1.Extension.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.bootstrap.v1.Extension;
                    static toObject(message: containerd.runtime.bootstrap.v1.Extension, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace Extension {
                    interface $Properties {
                        value?: (google.protobuf.Any.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.bootstrap.v1.Extension.$Properties;
                }

                interface IBootstrapResult extends containerd.runtime.bootstrap.v1.BootstrapResult.$Properties {
                }

                class BootstrapResult {
                    constructor(properties?: containerd.runtime.bootstrap.v1.BootstrapResult.$Properties);
                    $unknowns?: Uint8Array[];
                    version: number;
                    address: string;
                    protocol: string;
                    capabilities: containerd.runtime.bootstrap.v1.Capability[];
                    metadata: { [k: string]: string };
                    extensions: containerd.runtime.bootstrap.v1.Extension.$Properties[];
                    static create(properties: containerd.runtime.bootstrap.v1.BootstrapResult.$Shape): containerd.runtime.bootstrap.v1.BootstrapResult & containerd.runtime.bootstrap.v1.BootstrapResult.$Shape;
                    static create(properties?: containerd.runtime.bootstrap.v1.BootstrapResult.$Properties): containerd.runtime.bootstrap.v1.BootstrapResult;
                    static encode(message: containerd.runtime.bootstrap.v1.BootstrapResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.bootstrap.v1.BootstrapResult & containerd.runtime.bootstrap.v1.BootstrapResult.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.bootstrap.v1.BootstrapResult;
                    static toObject(message: containerd.runtime.bootstrap.v1.BootstrapResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace BootstrapResult {
                    interface $Properties {
                        version?: (number|null);
                        address?: (string|null);
                        protocol?: (string|null);
                        capabilities?: (containerd.runtime.bootstrap.v1.Capability[]|null);
                        metadata?: ({ [k: string]: string }|null);
                        extensions?: (containerd.runtime.bootstrap.v1.Extension.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.bootstrap.v1.BootstrapResult.$Properties;
                }

                enum LogLevel {
                    LOG_LEVEL_INFO = 0,
                    LOG_LEVEL_TRACE = -8,
                    LOG_LEVEL_DEBUG = -4,
                    LOG_LEVEL_WARN = 4,
                    LOG_LEVEL_ERROR = 8,
                    LOG_LEVEL_FATAL = 10,
                    LOG_LEVEL_PANIC = 12
                }

                enum Capability {
                    CAPABILITY_UNSPECIFIED = 0
                }
            }
        }

        namespace sandbox {

            namespace v1 {

                interface ICreateSandboxRequest extends containerd.runtime.sandbox.v1.CreateSandboxRequest.$Properties {
                }

                class CreateSandboxRequest {
                    constructor(properties?: containerd.runtime.sandbox.v1.CreateSandboxRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    bundle_path: string;
                    rootfs: containerd.types.Mount.$Properties[];
                    options?: (google.protobuf.Any.$Properties|null);
                    netns_path: string;
                    annotations: { [k: string]: string };
                    static create(properties: containerd.runtime.sandbox.v1.CreateSandboxRequest.$Shape): containerd.runtime.sandbox.v1.CreateSandboxRequest & containerd.runtime.sandbox.v1.CreateSandboxRequest.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.CreateSandboxRequest.$Properties): containerd.runtime.sandbox.v1.CreateSandboxRequest;
                    static encode(message: containerd.runtime.sandbox.v1.CreateSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.CreateSandboxRequest & containerd.runtime.sandbox.v1.CreateSandboxRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.CreateSandboxRequest;
                    static toObject(message: containerd.runtime.sandbox.v1.CreateSandboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace CreateSandboxRequest {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        bundle_path?: (string|null);
                        rootfs?: (containerd.types.Mount.$Properties[]|null);
                        options?: (google.protobuf.Any.$Properties|null);
                        netns_path?: (string|null);
                        annotations?: ({ [k: string]: string }|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.CreateSandboxRequest.$Properties;
                }

                interface ICreateSandboxResponse extends containerd.runtime.sandbox.v1.CreateSandboxResponse.$Properties {
                }

                class CreateSandboxResponse {
                    constructor(properties?: containerd.runtime.sandbox.v1.CreateSandboxResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    static create(properties: containerd.runtime.sandbox.v1.CreateSandboxResponse.$Shape): containerd.runtime.sandbox.v1.CreateSandboxResponse & containerd.runtime.sandbox.v1.CreateSandboxResponse.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.CreateSandboxResponse.$Properties): containerd.runtime.sandbox.v1.CreateSandboxResponse;
                    static encode(message: containerd.runtime.sandbox.v1.CreateSandboxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.CreateSandboxResponse & containerd.runtime.sandbox.v1.CreateSandboxResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.CreateSandboxResponse;
                    static toObject(message: containerd.runtime.sandbox.v1.CreateSandboxResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace CreateSandboxResponse {
                    interface $Properties {
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.CreateSandboxResponse.$Properties;
                }

                interface IStartSandboxRequest extends containerd.runtime.sandbox.v1.StartSandboxRequest.$Properties {
                }

                class StartSandboxRequest {
                    constructor(properties?: containerd.runtime.sandbox.v1.StartSandboxRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    static create(properties: containerd.runtime.sandbox.v1.StartSandboxRequest.$Shape): containerd.runtime.sandbox.v1.StartSandboxRequest & containerd.runtime.sandbox.v1.StartSandboxRequest.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.StartSandboxRequest.$Properties): containerd.runtime.sandbox.v1.StartSandboxRequest;
                    static encode(message: containerd.runtime.sandbox.v1.StartSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.StartSandboxRequest & containerd.runtime.sandbox.v1.StartSandboxRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.StartSandboxRequest;
                    static toObject(message: containerd.runtime.sandbox.v1.StartSandboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace StartSandboxRequest {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.StartSandboxRequest.$Properties;
                }

                interface IStartSandboxResponse extends containerd.runtime.sandbox.v1.StartSandboxResponse.$Properties {
                }

                class StartSandboxResponse {
                    constructor(properties?: containerd.runtime.sandbox.v1.StartSandboxResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    pid: number;
                    created_at?: (google.protobuf.Timestamp.$Properties|null);
                    spec?: (google.protobuf.Any.$Properties|null);
                    static create(properties: containerd.runtime.sandbox.v1.StartSandboxResponse.$Shape): containerd.runtime.sandbox.v1.StartSandboxResponse & containerd.runtime.sandbox.v1.StartSandboxResponse.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.StartSandboxResponse.$Properties): containerd.runtime.sandbox.v1.StartSandboxResponse;
                    static encode(message: containerd.runtime.sandbox.v1.StartSandboxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.StartSandboxResponse & containerd.runtime.sandbox.v1.StartSandboxResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.StartSandboxResponse;
                    static toObject(message: containerd.runtime.sandbox.v1.StartSandboxResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace StartSandboxResponse {
                    interface $Properties {
                        pid?: (number|null);
                        created_at?: (google.protobuf.Timestamp.$Properties|null);
                        spec?: (google.protobuf.Any.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.StartSandboxResponse.$Properties;
                }

                interface IPlatformRequest extends containerd.runtime.sandbox.v1.PlatformRequest.$Properties {
                }

                class PlatformRequest {
                    constructor(properties?: containerd.runtime.sandbox.v1.PlatformRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    static create(properties: containerd.runtime.sandbox.v1.PlatformRequest.$Shape): containerd.runtime.sandbox.v1.PlatformRequest & containerd.runtime.sandbox.v1.PlatformRequest.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.PlatformRequest.$Properties): containerd.runtime.sandbox.v1.PlatformRequest;
                    static encode(message: containerd.runtime.sandbox.v1.PlatformRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.PlatformRequest & containerd.runtime.sandbox.v1.PlatformRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.PlatformRequest;
                    static toObject(message: containerd.runtime.sandbox.v1.PlatformRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace PlatformRequest {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.PlatformRequest.$Properties;
                }

                interface IPlatformResponse extends containerd.runtime.sandbox.v1.PlatformResponse.$Properties {
                }

                class PlatformResponse {
                    constructor(properties?: containerd.runtime.sandbox.v1.PlatformResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    platform?: (containerd.types.Platform.$Properties|null);
                    static create(properties: containerd.runtime.sandbox.v1.PlatformResponse.$Shape): containerd.runtime.sandbox.v1.PlatformResponse & containerd.runtime.sandbox.v1.PlatformResponse.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.PlatformResponse.$Properties): containerd.runtime.sandbox.v1.PlatformResponse;
                    static encode(message: containerd.runtime.sandbox.v1.PlatformResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.PlatformResponse & containerd.runtime.sandbox.v1.PlatformResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.PlatformResponse;
                    static toObject(message: containerd.runtime.sandbox.v1.PlatformResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace PlatformResponse {
                    interface $Properties {
                        platform?: (containerd.types.Platform.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.PlatformResponse.$Properties;
                }

                interface IStopSandboxRequest extends containerd.runtime.sandbox.v1.StopSandboxRequest.$Properties {
                }

                class StopSandboxRequest {
                    constructor(properties?: containerd.runtime.sandbox.v1.StopSandboxRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    timeout_secs: number;
                    static create(properties: containerd.runtime.sandbox.v1.StopSandboxRequest.$Shape): containerd.runtime.sandbox.v1.StopSandboxRequest & containerd.runtime.sandbox.v1.StopSandboxRequest.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.StopSandboxRequest.$Properties): containerd.runtime.sandbox.v1.StopSandboxRequest;
                    static encode(message: containerd.runtime.sandbox.v1.StopSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.StopSandboxRequest & containerd.runtime.sandbox.v1.StopSandboxRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.StopSandboxRequest;
                    static toObject(message: containerd.runtime.sandbox.v1.StopSandboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace StopSandboxRequest {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        timeout_secs?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.StopSandboxRequest.$Properties;
                }

                interface IStopSandboxResponse extends containerd.runtime.sandbox.v1.StopSandboxResponse.$Properties {
                }

                class StopSandboxResponse {
                    constructor(properties?: containerd.runtime.sandbox.v1.StopSandboxResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    static create(properties: containerd.runtime.sandbox.v1.StopSandboxResponse.$Shape): containerd.runtime.sandbox.v1.StopSandboxResponse & containerd.runtime.sandbox.v1.StopSandboxResponse.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.StopSandboxResponse.$Properties): containerd.runtime.sandbox.v1.StopSandboxResponse;
                    static encode(message: containerd.runtime.sandbox.v1.StopSandboxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.StopSandboxResponse & containerd.runtime.sandbox.v1.StopSandboxResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.StopSandboxResponse;
                    static toObject(message: containerd.runtime.sandbox.v1.StopSandboxResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace StopSandboxResponse {
                    interface $Properties {
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.StopSandboxResponse.$Properties;
                }

                interface IUpdateSandboxRequest extends containerd.runtime.sandbox.v1.UpdateSandboxRequest.$Properties {
                }

                class UpdateSandboxRequest {
                    constructor(properties?: containerd.runtime.sandbox.v1.UpdateSandboxRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    resources?: (google.protobuf.Any.$Properties|null);
                    annotations: { [k: string]: string };
                    sandbox?: (containerd.types.Sandbox.$Properties|null);
                    fields: string[];
                    static create(properties: containerd.runtime.sandbox.v1.UpdateSandboxRequest.$Shape): containerd.runtime.sandbox.v1.UpdateSandboxRequest & containerd.runtime.sandbox.v1.UpdateSandboxRequest.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.UpdateSandboxRequest.$Properties): containerd.runtime.sandbox.v1.UpdateSandboxRequest;
                    static encode(message: containerd.runtime.sandbox.v1.UpdateSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.UpdateSandboxRequest & containerd.runtime.sandbox.v1.UpdateSandboxRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.UpdateSandboxRequest;
                    static toObject(message: containerd.runtime.sandbox.v1.UpdateSandboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace UpdateSandboxRequest {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        resources?: (google.protobuf.Any.$Properties|null);
                        annotations?: ({ [k: string]: string }|null);
                        sandbox?: (containerd.types.Sandbox.$Properties|null);
                        fields?: (string[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.UpdateSandboxRequest.$Properties;
                }

                interface IUpdateSandboxResponse extends containerd.runtime.sandbox.v1.UpdateSandboxResponse.$Properties {
                }

                class UpdateSandboxResponse {
                    constructor(properties?: containerd.runtime.sandbox.v1.UpdateSandboxResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    static create(properties: containerd.runtime.sandbox.v1.UpdateSandboxResponse.$Shape): containerd.runtime.sandbox.v1.UpdateSandboxResponse & containerd.runtime.sandbox.v1.UpdateSandboxResponse.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.UpdateSandboxResponse.$Properties): containerd.runtime.sandbox.v1.UpdateSandboxResponse;
                    static encode(message: containerd.runtime.sandbox.v1.UpdateSandboxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.UpdateSandboxResponse & containerd.runtime.sandbox.v1.UpdateSandboxResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.UpdateSandboxResponse;
                    static toObject(message: containerd.runtime.sandbox.v1.UpdateSandboxResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace UpdateSandboxResponse {
                    interface $Properties {
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.UpdateSandboxResponse.$Properties;
                }

                interface IWaitSandboxRequest extends containerd.runtime.sandbox.v1.WaitSandboxRequest.$Properties {
                }

                class WaitSandboxRequest {
                    constructor(properties?: containerd.runtime.sandbox.v1.WaitSandboxRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    static create(properties: containerd.runtime.sandbox.v1.WaitSandboxRequest.$Shape): containerd.runtime.sandbox.v1.WaitSandboxRequest & containerd.runtime.sandbox.v1.WaitSandboxRequest.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.WaitSandboxRequest.$Properties): containerd.runtime.sandbox.v1.WaitSandboxRequest;
                    static encode(message: containerd.runtime.sandbox.v1.WaitSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.WaitSandboxRequest & containerd.runtime.sandbox.v1.WaitSandboxRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.WaitSandboxRequest;
                    static toObject(message: containerd.runtime.sandbox.v1.WaitSandboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace WaitSandboxRequest {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.WaitSandboxRequest.$Properties;
                }

                interface IWaitSandboxResponse extends containerd.runtime.sandbox.v1.WaitSandboxResponse.$Properties {
                }

                class WaitSandboxResponse {
                    constructor(properties?: containerd.runtime.sandbox.v1.WaitSandboxResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    exit_status: number;
                    exited_at?: (google.protobuf.Timestamp.$Properties|null);
                    static create(properties: containerd.runtime.sandbox.v1.WaitSandboxResponse.$Shape): containerd.runtime.sandbox.v1.WaitSandboxResponse & containerd.runtime.sandbox.v1.WaitSandboxResponse.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.WaitSandboxResponse.$Properties): containerd.runtime.sandbox.v1.WaitSandboxResponse;
                    static encode(message: containerd.runtime.sandbox.v1.WaitSandboxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.WaitSandboxResponse & containerd.runtime.sandbox.v1.WaitSandboxResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.WaitSandboxResponse;
                    static toObject(message: containerd.runtime.sandbox.v1.WaitSandboxResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace WaitSandboxResponse {
                    interface $Properties {
                        exit_status?: (number|null);
                        exited_at?: (google.protobuf.Timestamp.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.WaitSandboxResponse.$Properties;
                }

                interface ISandboxStatusRequest extends containerd.runtime.sandbox.v1.SandboxStatusRequest.$Properties {
                }

                class SandboxStatusRequest {
                    constructor(properties?: containerd.runtime.sandbox.v1.SandboxStatusRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    verbose: boolean;
                    static create(properties: containerd.runtime.sandbox.v1.SandboxStatusRequest.$Shape): containerd.runtime.sandbox.v1.SandboxStatusRequest & containerd.runtime.sandbox.v1.SandboxStatusRequest.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.SandboxStatusRequest.$Properties): containerd.runtime.sandbox.v1.SandboxStatusRequest;
                    static encode(message: containerd.runtime.sandbox.v1.SandboxStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.SandboxStatusRequest & containerd.runtime.sandbox.v1.SandboxStatusRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.SandboxStatusRequest;
                    static toObject(message: containerd.runtime.sandbox.v1.SandboxStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace SandboxStatusRequest {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        verbose?: (boolean|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.SandboxStatusRequest.$Properties;
                }

                interface ISandboxStatusResponse extends containerd.runtime.sandbox.v1.SandboxStatusResponse.$Properties {
                }

                class SandboxStatusResponse {
                    constructor(properties?: containerd.runtime.sandbox.v1.SandboxStatusResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    pid: number;
                    state: string;
                    info: { [k: string]: string };
                    created_at?: (google.protobuf.Timestamp.$Properties|null);
                    exited_at?: (google.protobuf.Timestamp.$Properties|null);
                    extra?: (google.protobuf.Any.$Properties|null);
                    static create(properties: containerd.runtime.sandbox.v1.SandboxStatusResponse.$Shape): containerd.runtime.sandbox.v1.SandboxStatusResponse & containerd.runtime.sandbox.v1.SandboxStatusResponse.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.SandboxStatusResponse.$Properties): containerd.runtime.sandbox.v1.SandboxStatusResponse;
                    static encode(message: containerd.runtime.sandbox.v1.SandboxStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.SandboxStatusResponse & containerd.runtime.sandbox.v1.SandboxStatusResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.SandboxStatusResponse;
                    static toObject(message: containerd.runtime.sandbox.v1.SandboxStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace SandboxStatusResponse {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        pid?: (number|null);
                        state?: (string|null);
                        info?: ({ [k: string]: string }|null);
                        created_at?: (google.protobuf.Timestamp.$Properties|null);
                        exited_at?: (google.protobuf.Timestamp.$Properties|null);
                        extra?: (google.protobuf.Any.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.SandboxStatusResponse.$Properties;
                }

                interface IPingRequest extends containerd.runtime.sandbox.v1.PingRequest.$Properties {
                }

                class PingRequest {
                    constructor(properties?: containerd.runtime.sandbox.v1.PingRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    static create(properties: containerd.runtime.sandbox.v1.PingRequest.$Shape): containerd.runtime.sandbox.v1.PingRequest & containerd.runtime.sandbox.v1.PingRequest.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.PingRequest.$Properties): containerd.runtime.sandbox.v1.PingRequest;
                    static encode(message: containerd.runtime.sandbox.v1.PingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.PingRequest & containerd.runtime.sandbox.v1.PingRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.PingRequest;
                    static toObject(message: containerd.runtime.sandbox.v1.PingRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace PingRequest {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.PingRequest.$Properties;
                }

                interface IPingResponse extends containerd.runtime.sandbox.v1.PingResponse.$Properties {
                }

                class PingResponse {
                    constructor(properties?: containerd.runtime.sandbox.v1.PingResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    static create(properties: containerd.runtime.sandbox.v1.PingResponse.$Shape): containerd.runtime.sandbox.v1.PingResponse & containerd.runtime.sandbox.v1.PingResponse.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.PingResponse.$Properties): containerd.runtime.sandbox.v1.PingResponse;
                    static encode(message: containerd.runtime.sandbox.v1.PingResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.PingResponse & containerd.runtime.sandbox.v1.PingResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.PingResponse;
                    static toObject(message: containerd.runtime.sandbox.v1.PingResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace PingResponse {
                    interface $Properties {
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.PingResponse.$Properties;
                }

                interface IShutdownSandboxRequest extends containerd.runtime.sandbox.v1.ShutdownSandboxRequest.$Properties {
                }

                class ShutdownSandboxRequest {
                    constructor(properties?: containerd.runtime.sandbox.v1.ShutdownSandboxRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    static create(properties: containerd.runtime.sandbox.v1.ShutdownSandboxRequest.$Shape): containerd.runtime.sandbox.v1.ShutdownSandboxRequest & containerd.runtime.sandbox.v1.ShutdownSandboxRequest.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.ShutdownSandboxRequest.$Properties): containerd.runtime.sandbox.v1.ShutdownSandboxRequest;
                    static encode(message: containerd.runtime.sandbox.v1.ShutdownSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.ShutdownSandboxRequest & containerd.runtime.sandbox.v1.ShutdownSandboxRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.ShutdownSandboxRequest;
                    static toObject(message: containerd.runtime.sandbox.v1.ShutdownSandboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace ShutdownSandboxRequest {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.ShutdownSandboxRequest.$Properties;
                }

                interface IShutdownSandboxResponse extends containerd.runtime.sandbox.v1.ShutdownSandboxResponse.$Properties {
                }

                class ShutdownSandboxResponse {
                    constructor(properties?: containerd.runtime.sandbox.v1.ShutdownSandboxResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    static create(properties: containerd.runtime.sandbox.v1.ShutdownSandboxResponse.$Shape): containerd.runtime.sandbox.v1.ShutdownSandboxResponse & containerd.runtime.sandbox.v1.ShutdownSandboxResponse.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.ShutdownSandboxResponse.$Properties): containerd.runtime.sandbox.v1.ShutdownSandboxResponse;
                    static encode(message: containerd.runtime.sandbox.v1.ShutdownSandboxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.ShutdownSandboxResponse & containerd.runtime.sandbox.v1.ShutdownSandboxResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.ShutdownSandboxResponse;
                    static toObject(message: containerd.runtime.sandbox.v1.ShutdownSandboxResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace ShutdownSandboxResponse {
                    interface $Properties {
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.ShutdownSandboxResponse.$Properties;
                }

                interface ISandboxMetricsRequest extends containerd.runtime.sandbox.v1.SandboxMetricsRequest.$Properties {
                }

                class SandboxMetricsRequest {
                    constructor(properties?: containerd.runtime.sandbox.v1.SandboxMetricsRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    sandbox_id: string;
                    static create(properties: containerd.runtime.sandbox.v1.SandboxMetricsRequest.$Shape): containerd.runtime.sandbox.v1.SandboxMetricsRequest & containerd.runtime.sandbox.v1.SandboxMetricsRequest.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.SandboxMetricsRequest.$Properties): containerd.runtime.sandbox.v1.SandboxMetricsRequest;
                    static encode(message: containerd.runtime.sandbox.v1.SandboxMetricsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.SandboxMetricsRequest & containerd.runtime.sandbox.v1.SandboxMetricsRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.SandboxMetricsRequest;
                    static toObject(message: containerd.runtime.sandbox.v1.SandboxMetricsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace SandboxMetricsRequest {
                    interface $Properties {
                        sandbox_id?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.SandboxMetricsRequest.$Properties;
                }

                interface ISandboxMetricsResponse extends containerd.runtime.sandbox.v1.SandboxMetricsResponse.$Properties {
                }

                class SandboxMetricsResponse {
                    constructor(properties?: containerd.runtime.sandbox.v1.SandboxMetricsResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    metrics?: (containerd.types.Metric.$Properties|null);
                    static create(properties: containerd.runtime.sandbox.v1.SandboxMetricsResponse.$Shape): containerd.runtime.sandbox.v1.SandboxMetricsResponse & containerd.runtime.sandbox.v1.SandboxMetricsResponse.$Shape;
                    static create(properties?: containerd.runtime.sandbox.v1.SandboxMetricsResponse.$Properties): containerd.runtime.sandbox.v1.SandboxMetricsResponse;
                    static encode(message: containerd.runtime.sandbox.v1.SandboxMetricsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runtime.sandbox.v1.SandboxMetricsResponse & containerd.runtime.sandbox.v1.SandboxMetricsResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): containerd.runtime.sandbox.v1.SandboxMetricsResponse;
                    static toObject(message: containerd.runtime.sandbox.v1.SandboxMetricsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                }

                namespace SandboxMetricsResponse {
                    interface $Properties {
                        metrics?: (containerd.types.Metric.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = containerd.runtime.sandbox.v1.SandboxMetricsResponse.$Properties;
                }
            }
        }
    }

    namespace services {

        namespace events {

            namespace ttrpc {

                namespace v1 {

                    interface IForwardRequest extends containerd.services.events.ttrpc.v1.ForwardRequest.$Properties {
                    }

                    class ForwardRequest {
                        constructor(properties?: containerd.services.events.ttrpc.v1.ForwardRequest.$Properties);
                        $unknowns?: Uint8Array[];
                        envelope?: (containerd.types.Envelope.$Properties|null);
                        static create(properties: containerd.services.events.ttrpc.v1.ForwardRequest.$Shape): containerd.services.events.ttrpc.v1.ForwardRequest & containerd.services.events.ttrpc.v1.ForwardRequest.$Shape;
                        static create(properties?: containerd.services.events.ttrpc.v1.ForwardRequest.$Properties): containerd.services.events.ttrpc.v1.ForwardRequest;
                        static encode(message: containerd.services.events.ttrpc.v1.ForwardRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.events.ttrpc.v1.ForwardRequest & containerd.services.events.ttrpc.v1.ForwardRequest.$Shape;
                        static fromObject(object: { [k: string]: any }): containerd.services.events.ttrpc.v1.ForwardRequest;
                        static toObject(message: containerd.services.events.ttrpc.v1.ForwardRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                    }

                    namespace ForwardRequest {
                        interface $Properties {
                            envelope?: (containerd.types.Envelope.$Properties|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = containerd.services.events.ttrpc.v1.ForwardRequest.$Properties;
                    }
                }
            }
        }
    }

    namespace task {

        namespace v2 {

            interface ICreateTaskRequest extends containerd.task.v2.CreateTaskRequest.$Properties {
            }

            class CreateTaskRequest {
                constructor(properties?: containerd.task.v2.CreateTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                bundle: string;
                rootfs: containerd.types.Mount.$Properties[];
                terminal: boolean;
                stdin: string;
                stdout: string;
                stderr: string;
                checkpoint: string;
                parent_checkpoint: string;
                options?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.CreateTaskRequest.$Shape): containerd.task.v2.CreateTaskRequest & containerd.task.v2.CreateTaskRequest.$Shape;
                static create(properties?: containerd.task.v2.CreateTaskRequest.$Properties): containerd.task.v2.CreateTaskRequest;
                static encode(message: containerd.task.v2.CreateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CreateTaskRequest & containerd.task.v2.CreateTaskRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.CreateTaskRequest;
                static toObject(message: containerd.task.v2.CreateTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace CreateTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    bundle?: (string|null);
                    rootfs?: (containerd.types.Mount.$Properties[]|null);
                    terminal?: (boolean|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    checkpoint?: (string|null);
                    parent_checkpoint?: (string|null);
                    options?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CreateTaskRequest.$Properties;
            }

            interface ICreateTaskResponse extends containerd.task.v2.CreateTaskResponse.$Properties {
            }

            class CreateTaskResponse {
                constructor(properties?: containerd.task.v2.CreateTaskResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                static create(properties: containerd.task.v2.CreateTaskResponse.$Shape): containerd.task.v2.CreateTaskResponse & containerd.task.v2.CreateTaskResponse.$Shape;
                static create(properties?: containerd.task.v2.CreateTaskResponse.$Properties): containerd.task.v2.CreateTaskResponse;
                static encode(message: containerd.task.v2.CreateTaskResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CreateTaskResponse & containerd.task.v2.CreateTaskResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.CreateTaskResponse;
                static toObject(message: containerd.task.v2.CreateTaskResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace CreateTaskResponse {
                interface $Properties {
                    pid?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CreateTaskResponse.$Properties;
            }

            interface IDeleteRequest extends containerd.task.v2.DeleteRequest.$Properties {
            }

            class DeleteRequest {
                constructor(properties?: containerd.task.v2.DeleteRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                static create(properties: containerd.task.v2.DeleteRequest.$Shape): containerd.task.v2.DeleteRequest & containerd.task.v2.DeleteRequest.$Shape;
                static create(properties?: containerd.task.v2.DeleteRequest.$Properties): containerd.task.v2.DeleteRequest;
                static encode(message: containerd.task.v2.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.DeleteRequest & containerd.task.v2.DeleteRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.DeleteRequest;
                static toObject(message: containerd.task.v2.DeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace DeleteRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.DeleteRequest.$Properties;
            }

            interface IDeleteResponse extends containerd.task.v2.DeleteResponse.$Properties {
            }

            class DeleteResponse {
                constructor(properties?: containerd.task.v2.DeleteResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                exit_status: number;
                exited_at?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: containerd.task.v2.DeleteResponse.$Shape): containerd.task.v2.DeleteResponse & containerd.task.v2.DeleteResponse.$Shape;
                static create(properties?: containerd.task.v2.DeleteResponse.$Properties): containerd.task.v2.DeleteResponse;
                static encode(message: containerd.task.v2.DeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.DeleteResponse & containerd.task.v2.DeleteResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.DeleteResponse;
                static toObject(message: containerd.task.v2.DeleteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace DeleteResponse {
                interface $Properties {
                    pid?: (number|null);
                    exit_status?: (number|null);
                    exited_at?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.DeleteResponse.$Properties;
            }

            interface IExecProcessRequest extends containerd.task.v2.ExecProcessRequest.$Properties {
            }

            class ExecProcessRequest {
                constructor(properties?: containerd.task.v2.ExecProcessRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                terminal: boolean;
                stdin: string;
                stdout: string;
                stderr: string;
                spec?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.ExecProcessRequest.$Shape): containerd.task.v2.ExecProcessRequest & containerd.task.v2.ExecProcessRequest.$Shape;
                static create(properties?: containerd.task.v2.ExecProcessRequest.$Properties): containerd.task.v2.ExecProcessRequest;
                static encode(message: containerd.task.v2.ExecProcessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ExecProcessRequest & containerd.task.v2.ExecProcessRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ExecProcessRequest;
                static toObject(message: containerd.task.v2.ExecProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ExecProcessRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    terminal?: (boolean|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    spec?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ExecProcessRequest.$Properties;
            }

            interface IExecProcessResponse extends containerd.task.v2.ExecProcessResponse.$Properties {
            }

            class ExecProcessResponse {
                constructor(properties?: containerd.task.v2.ExecProcessResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: containerd.task.v2.ExecProcessResponse.$Shape): containerd.task.v2.ExecProcessResponse & containerd.task.v2.ExecProcessResponse.$Shape;
                static create(properties?: containerd.task.v2.ExecProcessResponse.$Properties): containerd.task.v2.ExecProcessResponse;
                static encode(message: containerd.task.v2.ExecProcessResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ExecProcessResponse & containerd.task.v2.ExecProcessResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ExecProcessResponse;
                static toObject(message: containerd.task.v2.ExecProcessResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ExecProcessResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ExecProcessResponse.$Properties;
            }

            interface IResizePtyRequest extends containerd.task.v2.ResizePtyRequest.$Properties {
            }

            class ResizePtyRequest {
                constructor(properties?: containerd.task.v2.ResizePtyRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                width: number;
                height: number;
                static create(properties: containerd.task.v2.ResizePtyRequest.$Shape): containerd.task.v2.ResizePtyRequest & containerd.task.v2.ResizePtyRequest.$Shape;
                static create(properties?: containerd.task.v2.ResizePtyRequest.$Properties): containerd.task.v2.ResizePtyRequest;
                static encode(message: containerd.task.v2.ResizePtyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ResizePtyRequest & containerd.task.v2.ResizePtyRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ResizePtyRequest;
                static toObject(message: containerd.task.v2.ResizePtyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ResizePtyRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    width?: (number|null);
                    height?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ResizePtyRequest.$Properties;
            }

            interface IStateRequest extends containerd.task.v2.StateRequest.$Properties {
            }

            class StateRequest {
                constructor(properties?: containerd.task.v2.StateRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                static create(properties: containerd.task.v2.StateRequest.$Shape): containerd.task.v2.StateRequest & containerd.task.v2.StateRequest.$Shape;
                static create(properties?: containerd.task.v2.StateRequest.$Properties): containerd.task.v2.StateRequest;
                static encode(message: containerd.task.v2.StateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StateRequest & containerd.task.v2.StateRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StateRequest;
                static toObject(message: containerd.task.v2.StateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StateRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StateRequest.$Properties;
            }

            interface IStateResponse extends containerd.task.v2.StateResponse.$Properties {
            }

            class StateResponse {
                constructor(properties?: containerd.task.v2.StateResponse.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                bundle: string;
                pid: number;
                status: containerd.v1.types.Status;
                stdin: string;
                stdout: string;
                stderr: string;
                terminal: boolean;
                exit_status: number;
                exited_at?: (google.protobuf.Timestamp.$Properties|null);
                exec_id: string;
                static create(properties: containerd.task.v2.StateResponse.$Shape): containerd.task.v2.StateResponse & containerd.task.v2.StateResponse.$Shape;
                static create(properties?: containerd.task.v2.StateResponse.$Properties): containerd.task.v2.StateResponse;
                static encode(message: containerd.task.v2.StateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StateResponse & containerd.task.v2.StateResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StateResponse;
                static toObject(message: containerd.task.v2.StateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StateResponse {
                interface $Properties {
                    id?: (string|null);
                    bundle?: (string|null);
                    pid?: (number|null);
                    status?: (containerd.v1.types.Status|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    terminal?: (boolean|null);
                    exit_status?: (number|null);
                    exited_at?: (google.protobuf.Timestamp.$Properties|null);
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StateResponse.$Properties;
            }

            interface IKillRequest extends containerd.task.v2.KillRequest.$Properties {
            }

            class KillRequest {
                constructor(properties?: containerd.task.v2.KillRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                signal: number;
                all: boolean;
                static create(properties: containerd.task.v2.KillRequest.$Shape): containerd.task.v2.KillRequest & containerd.task.v2.KillRequest.$Shape;
                static create(properties?: containerd.task.v2.KillRequest.$Properties): containerd.task.v2.KillRequest;
                static encode(message: containerd.task.v2.KillRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.KillRequest & containerd.task.v2.KillRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.KillRequest;
                static toObject(message: containerd.task.v2.KillRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace KillRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    signal?: (number|null);
                    all?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.KillRequest.$Properties;
            }

            interface ICloseIORequest extends containerd.task.v2.CloseIORequest.$Properties {
            }

            class CloseIORequest {
                constructor(properties?: containerd.task.v2.CloseIORequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                stdin: boolean;
                static create(properties: containerd.task.v2.CloseIORequest.$Shape): containerd.task.v2.CloseIORequest & containerd.task.v2.CloseIORequest.$Shape;
                static create(properties?: containerd.task.v2.CloseIORequest.$Properties): containerd.task.v2.CloseIORequest;
                static encode(message: containerd.task.v2.CloseIORequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CloseIORequest & containerd.task.v2.CloseIORequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.CloseIORequest;
                static toObject(message: containerd.task.v2.CloseIORequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace CloseIORequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    stdin?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CloseIORequest.$Properties;
            }

            interface IPidsRequest extends containerd.task.v2.PidsRequest.$Properties {
            }

            class PidsRequest {
                constructor(properties?: containerd.task.v2.PidsRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.PidsRequest.$Shape): containerd.task.v2.PidsRequest & containerd.task.v2.PidsRequest.$Shape;
                static create(properties?: containerd.task.v2.PidsRequest.$Properties): containerd.task.v2.PidsRequest;
                static encode(message: containerd.task.v2.PidsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PidsRequest & containerd.task.v2.PidsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.PidsRequest;
                static toObject(message: containerd.task.v2.PidsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace PidsRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.PidsRequest.$Properties;
            }

            interface IPidsResponse extends containerd.task.v2.PidsResponse.$Properties {
            }

            class PidsResponse {
                constructor(properties?: containerd.task.v2.PidsResponse.$Properties);
                $unknowns?: Uint8Array[];
                processes: containerd.v1.types.ProcessInfo.$Properties[];
                static create(properties: containerd.task.v2.PidsResponse.$Shape): containerd.task.v2.PidsResponse & containerd.task.v2.PidsResponse.$Shape;
                static create(properties?: containerd.task.v2.PidsResponse.$Properties): containerd.task.v2.PidsResponse;
                static encode(message: containerd.task.v2.PidsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PidsResponse & containerd.task.v2.PidsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.PidsResponse;
                static toObject(message: containerd.task.v2.PidsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace PidsResponse {
                interface $Properties {
                    processes?: (containerd.v1.types.ProcessInfo.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.PidsResponse.$Properties;
            }

            interface ICheckpointTaskRequest extends containerd.task.v2.CheckpointTaskRequest.$Properties {
            }

            class CheckpointTaskRequest {
                constructor(properties?: containerd.task.v2.CheckpointTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                path: string;
                options?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.CheckpointTaskRequest.$Shape): containerd.task.v2.CheckpointTaskRequest & containerd.task.v2.CheckpointTaskRequest.$Shape;
                static create(properties?: containerd.task.v2.CheckpointTaskRequest.$Properties): containerd.task.v2.CheckpointTaskRequest;
                static encode(message: containerd.task.v2.CheckpointTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CheckpointTaskRequest & containerd.task.v2.CheckpointTaskRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.CheckpointTaskRequest;
                static toObject(message: containerd.task.v2.CheckpointTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace CheckpointTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    path?: (string|null);
                    options?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CheckpointTaskRequest.$Properties;
            }

            interface IUpdateTaskRequest extends containerd.task.v2.UpdateTaskRequest.$Properties {
            }

            class UpdateTaskRequest {
                constructor(properties?: containerd.task.v2.UpdateTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                resources?: (google.protobuf.Any.$Properties|null);
                annotations: { [k: string]: string };
                static create(properties: containerd.task.v2.UpdateTaskRequest.$Shape): containerd.task.v2.UpdateTaskRequest & containerd.task.v2.UpdateTaskRequest.$Shape;
                static create(properties?: containerd.task.v2.UpdateTaskRequest.$Properties): containerd.task.v2.UpdateTaskRequest;
                static encode(message: containerd.task.v2.UpdateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.UpdateTaskRequest & containerd.task.v2.UpdateTaskRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.UpdateTaskRequest;
                static toObject(message: containerd.task.v2.UpdateTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace UpdateTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    resources?: (google.protobuf.Any.$Properties|null);
                    annotations?: ({ [k: string]: string }|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.UpdateTaskRequest.$Properties;
            }

            interface IStartRequest extends containerd.task.v2.StartRequest.$Properties {
            }

            class StartRequest {
                constructor(properties?: containerd.task.v2.StartRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                static create(properties: containerd.task.v2.StartRequest.$Shape): containerd.task.v2.StartRequest & containerd.task.v2.StartRequest.$Shape;
                static create(properties?: containerd.task.v2.StartRequest.$Properties): containerd.task.v2.StartRequest;
                static encode(message: containerd.task.v2.StartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StartRequest & containerd.task.v2.StartRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StartRequest;
                static toObject(message: containerd.task.v2.StartRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StartRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StartRequest.$Properties;
            }

            interface IStartResponse extends containerd.task.v2.StartResponse.$Properties {
            }

            class StartResponse {
                constructor(properties?: containerd.task.v2.StartResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                static create(properties: containerd.task.v2.StartResponse.$Shape): containerd.task.v2.StartResponse & containerd.task.v2.StartResponse.$Shape;
                static create(properties?: containerd.task.v2.StartResponse.$Properties): containerd.task.v2.StartResponse;
                static encode(message: containerd.task.v2.StartResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StartResponse & containerd.task.v2.StartResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StartResponse;
                static toObject(message: containerd.task.v2.StartResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StartResponse {
                interface $Properties {
                    pid?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StartResponse.$Properties;
            }

            interface IWaitRequest extends containerd.task.v2.WaitRequest.$Properties {
            }

            class WaitRequest {
                constructor(properties?: containerd.task.v2.WaitRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                static create(properties: containerd.task.v2.WaitRequest.$Shape): containerd.task.v2.WaitRequest & containerd.task.v2.WaitRequest.$Shape;
                static create(properties?: containerd.task.v2.WaitRequest.$Properties): containerd.task.v2.WaitRequest;
                static encode(message: containerd.task.v2.WaitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.WaitRequest & containerd.task.v2.WaitRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.WaitRequest;
                static toObject(message: containerd.task.v2.WaitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace WaitRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.WaitRequest.$Properties;
            }

            interface IWaitResponse extends containerd.task.v2.WaitResponse.$Properties {
            }

            class WaitResponse {
                constructor(properties?: containerd.task.v2.WaitResponse.$Properties);
                $unknowns?: Uint8Array[];
                exit_status: number;
                exited_at?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: containerd.task.v2.WaitResponse.$Shape): containerd.task.v2.WaitResponse & containerd.task.v2.WaitResponse.$Shape;
                static create(properties?: containerd.task.v2.WaitResponse.$Properties): containerd.task.v2.WaitResponse;
                static encode(message: containerd.task.v2.WaitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.WaitResponse & containerd.task.v2.WaitResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.WaitResponse;
                static toObject(message: containerd.task.v2.WaitResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace WaitResponse {
                interface $Properties {
                    exit_status?: (number|null);
                    exited_at?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.WaitResponse.$Properties;
            }

            interface IStatsRequest extends containerd.task.v2.StatsRequest.$Properties {
            }

            class StatsRequest {
                constructor(properties?: containerd.task.v2.StatsRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.StatsRequest.$Shape): containerd.task.v2.StatsRequest & containerd.task.v2.StatsRequest.$Shape;
                static create(properties?: containerd.task.v2.StatsRequest.$Properties): containerd.task.v2.StatsRequest;
                static encode(message: containerd.task.v2.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StatsRequest & containerd.task.v2.StatsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StatsRequest;
                static toObject(message: containerd.task.v2.StatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StatsRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StatsRequest.$Properties;
            }

            interface IStatsResponse extends containerd.task.v2.StatsResponse.$Properties {
            }

            class StatsResponse {
                constructor(properties?: containerd.task.v2.StatsResponse.$Properties);
                $unknowns?: Uint8Array[];
                stats?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.StatsResponse.$Shape): containerd.task.v2.StatsResponse & containerd.task.v2.StatsResponse.$Shape;
                static create(properties?: containerd.task.v2.StatsResponse.$Properties): containerd.task.v2.StatsResponse;
                static encode(message: containerd.task.v2.StatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StatsResponse & containerd.task.v2.StatsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StatsResponse;
                static toObject(message: containerd.task.v2.StatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StatsResponse {
                interface $Properties {
                    stats?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StatsResponse.$Properties;
            }

            interface IConnectRequest extends containerd.task.v2.ConnectRequest.$Properties {
            }

            class ConnectRequest {
                constructor(properties?: containerd.task.v2.ConnectRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.ConnectRequest.$Shape): containerd.task.v2.ConnectRequest & containerd.task.v2.ConnectRequest.$Shape;
                static create(properties?: containerd.task.v2.ConnectRequest.$Properties): containerd.task.v2.ConnectRequest;
                static encode(message: containerd.task.v2.ConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ConnectRequest & containerd.task.v2.ConnectRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ConnectRequest;
                static toObject(message: containerd.task.v2.ConnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ConnectRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ConnectRequest.$Properties;
            }

            interface IConnectResponse extends containerd.task.v2.ConnectResponse.$Properties {
            }

            class ConnectResponse {
                constructor(properties?: containerd.task.v2.ConnectResponse.$Properties);
                $unknowns?: Uint8Array[];
                shim_pid: number;
                task_pid: number;
                version: string;
                static create(properties: containerd.task.v2.ConnectResponse.$Shape): containerd.task.v2.ConnectResponse & containerd.task.v2.ConnectResponse.$Shape;
                static create(properties?: containerd.task.v2.ConnectResponse.$Properties): containerd.task.v2.ConnectResponse;
                static encode(message: containerd.task.v2.ConnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ConnectResponse & containerd.task.v2.ConnectResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ConnectResponse;
                static toObject(message: containerd.task.v2.ConnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ConnectResponse {
                interface $Properties {
                    shim_pid?: (number|null);
                    task_pid?: (number|null);
                    version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ConnectResponse.$Properties;
            }

            interface IShutdownRequest extends containerd.task.v2.ShutdownRequest.$Properties {
            }

            class ShutdownRequest {
                constructor(properties?: containerd.task.v2.ShutdownRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                now: boolean;
                static create(properties: containerd.task.v2.ShutdownRequest.$Shape): containerd.task.v2.ShutdownRequest & containerd.task.v2.ShutdownRequest.$Shape;
                static create(properties?: containerd.task.v2.ShutdownRequest.$Properties): containerd.task.v2.ShutdownRequest;
                static encode(message: containerd.task.v2.ShutdownRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ShutdownRequest & containerd.task.v2.ShutdownRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ShutdownRequest;
                static toObject(message: containerd.task.v2.ShutdownRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ShutdownRequest {
                interface $Properties {
                    id?: (string|null);
                    now?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ShutdownRequest.$Properties;
            }

            interface IPauseRequest extends containerd.task.v2.PauseRequest.$Properties {
            }

            class PauseRequest {
                constructor(properties?: containerd.task.v2.PauseRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.PauseRequest.$Shape): containerd.task.v2.PauseRequest & containerd.task.v2.PauseRequest.$Shape;
                static create(properties?: containerd.task.v2.PauseRequest.$Properties): containerd.task.v2.PauseRequest;
                static encode(message: containerd.task.v2.PauseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PauseRequest & containerd.task.v2.PauseRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.PauseRequest;
                static toObject(message: containerd.task.v2.PauseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace PauseRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.PauseRequest.$Properties;
            }

            interface IResumeRequest extends containerd.task.v2.ResumeRequest.$Properties {
            }

            class ResumeRequest {
                constructor(properties?: containerd.task.v2.ResumeRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.ResumeRequest.$Shape): containerd.task.v2.ResumeRequest & containerd.task.v2.ResumeRequest.$Shape;
                static create(properties?: containerd.task.v2.ResumeRequest.$Properties): containerd.task.v2.ResumeRequest;
                static encode(message: containerd.task.v2.ResumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ResumeRequest & containerd.task.v2.ResumeRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ResumeRequest;
                static toObject(message: containerd.task.v2.ResumeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ResumeRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ResumeRequest.$Properties;
            }
        }

        namespace v3 {

            interface ICreateTaskRequest extends containerd.task.v3.CreateTaskRequest.$Properties {
            }

            class CreateTaskRequest {
                constructor(properties?: containerd.task.v3.CreateTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                bundle: string;
                rootfs: containerd.types.Mount.$Properties[];
                terminal: boolean;
                stdin: string;
                stdout: string;
                stderr: string;
                checkpoint: string;
                parent_checkpoint: string;
                options?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v3.CreateTaskRequest.$Shape): containerd.task.v3.CreateTaskRequest & containerd.task.v3.CreateTaskRequest.$Shape;
                static create(properties?: containerd.task.v3.CreateTaskRequest.$Properties): containerd.task.v3.CreateTaskRequest;
                static encode(message: containerd.task.v3.CreateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.CreateTaskRequest & containerd.task.v3.CreateTaskRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.CreateTaskRequest;
                static toObject(message: containerd.task.v3.CreateTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace CreateTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    bundle?: (string|null);
                    rootfs?: (containerd.types.Mount.$Properties[]|null);
                    terminal?: (boolean|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    checkpoint?: (string|null);
                    parent_checkpoint?: (string|null);
                    options?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.CreateTaskRequest.$Properties;
            }

            interface ICreateTaskResponse extends containerd.task.v3.CreateTaskResponse.$Properties {
            }

            class CreateTaskResponse {
                constructor(properties?: containerd.task.v3.CreateTaskResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                static create(properties: containerd.task.v3.CreateTaskResponse.$Shape): containerd.task.v3.CreateTaskResponse & containerd.task.v3.CreateTaskResponse.$Shape;
                static create(properties?: containerd.task.v3.CreateTaskResponse.$Properties): containerd.task.v3.CreateTaskResponse;
                static encode(message: containerd.task.v3.CreateTaskResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.CreateTaskResponse & containerd.task.v3.CreateTaskResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.CreateTaskResponse;
                static toObject(message: containerd.task.v3.CreateTaskResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace CreateTaskResponse {
                interface $Properties {
                    pid?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.CreateTaskResponse.$Properties;
            }

            interface IDeleteRequest extends containerd.task.v3.DeleteRequest.$Properties {
            }

            class DeleteRequest {
                constructor(properties?: containerd.task.v3.DeleteRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                static create(properties: containerd.task.v3.DeleteRequest.$Shape): containerd.task.v3.DeleteRequest & containerd.task.v3.DeleteRequest.$Shape;
                static create(properties?: containerd.task.v3.DeleteRequest.$Properties): containerd.task.v3.DeleteRequest;
                static encode(message: containerd.task.v3.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.DeleteRequest & containerd.task.v3.DeleteRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.DeleteRequest;
                static toObject(message: containerd.task.v3.DeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace DeleteRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.DeleteRequest.$Properties;
            }

            interface IDeleteResponse extends containerd.task.v3.DeleteResponse.$Properties {
            }

            class DeleteResponse {
                constructor(properties?: containerd.task.v3.DeleteResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                exit_status: number;
                exited_at?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: containerd.task.v3.DeleteResponse.$Shape): containerd.task.v3.DeleteResponse & containerd.task.v3.DeleteResponse.$Shape;
                static create(properties?: containerd.task.v3.DeleteResponse.$Properties): containerd.task.v3.DeleteResponse;
                static encode(message: containerd.task.v3.DeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.DeleteResponse & containerd.task.v3.DeleteResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.DeleteResponse;
                static toObject(message: containerd.task.v3.DeleteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace DeleteResponse {
                interface $Properties {
                    pid?: (number|null);
                    exit_status?: (number|null);
                    exited_at?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.DeleteResponse.$Properties;
            }

            interface IExecProcessRequest extends containerd.task.v3.ExecProcessRequest.$Properties {
            }

            class ExecProcessRequest {
                constructor(properties?: containerd.task.v3.ExecProcessRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                terminal: boolean;
                stdin: string;
                stdout: string;
                stderr: string;
                spec?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v3.ExecProcessRequest.$Shape): containerd.task.v3.ExecProcessRequest & containerd.task.v3.ExecProcessRequest.$Shape;
                static create(properties?: containerd.task.v3.ExecProcessRequest.$Properties): containerd.task.v3.ExecProcessRequest;
                static encode(message: containerd.task.v3.ExecProcessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.ExecProcessRequest & containerd.task.v3.ExecProcessRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.ExecProcessRequest;
                static toObject(message: containerd.task.v3.ExecProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ExecProcessRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    terminal?: (boolean|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    spec?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.ExecProcessRequest.$Properties;
            }

            interface IExecProcessResponse extends containerd.task.v3.ExecProcessResponse.$Properties {
            }

            class ExecProcessResponse {
                constructor(properties?: containerd.task.v3.ExecProcessResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: containerd.task.v3.ExecProcessResponse.$Shape): containerd.task.v3.ExecProcessResponse & containerd.task.v3.ExecProcessResponse.$Shape;
                static create(properties?: containerd.task.v3.ExecProcessResponse.$Properties): containerd.task.v3.ExecProcessResponse;
                static encode(message: containerd.task.v3.ExecProcessResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.ExecProcessResponse & containerd.task.v3.ExecProcessResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.ExecProcessResponse;
                static toObject(message: containerd.task.v3.ExecProcessResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ExecProcessResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.ExecProcessResponse.$Properties;
            }

            interface IResizePtyRequest extends containerd.task.v3.ResizePtyRequest.$Properties {
            }

            class ResizePtyRequest {
                constructor(properties?: containerd.task.v3.ResizePtyRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                width: number;
                height: number;
                static create(properties: containerd.task.v3.ResizePtyRequest.$Shape): containerd.task.v3.ResizePtyRequest & containerd.task.v3.ResizePtyRequest.$Shape;
                static create(properties?: containerd.task.v3.ResizePtyRequest.$Properties): containerd.task.v3.ResizePtyRequest;
                static encode(message: containerd.task.v3.ResizePtyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.ResizePtyRequest & containerd.task.v3.ResizePtyRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.ResizePtyRequest;
                static toObject(message: containerd.task.v3.ResizePtyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ResizePtyRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    width?: (number|null);
                    height?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.ResizePtyRequest.$Properties;
            }

            interface IStateRequest extends containerd.task.v3.StateRequest.$Properties {
            }

            class StateRequest {
                constructor(properties?: containerd.task.v3.StateRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                static create(properties: containerd.task.v3.StateRequest.$Shape): containerd.task.v3.StateRequest & containerd.task.v3.StateRequest.$Shape;
                static create(properties?: containerd.task.v3.StateRequest.$Properties): containerd.task.v3.StateRequest;
                static encode(message: containerd.task.v3.StateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.StateRequest & containerd.task.v3.StateRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.StateRequest;
                static toObject(message: containerd.task.v3.StateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StateRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.StateRequest.$Properties;
            }

            interface IStateResponse extends containerd.task.v3.StateResponse.$Properties {
            }

            class StateResponse {
                constructor(properties?: containerd.task.v3.StateResponse.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                bundle: string;
                pid: number;
                status: containerd.v1.types.Status;
                stdin: string;
                stdout: string;
                stderr: string;
                terminal: boolean;
                exit_status: number;
                exited_at?: (google.protobuf.Timestamp.$Properties|null);
                exec_id: string;
                static create(properties: containerd.task.v3.StateResponse.$Shape): containerd.task.v3.StateResponse & containerd.task.v3.StateResponse.$Shape;
                static create(properties?: containerd.task.v3.StateResponse.$Properties): containerd.task.v3.StateResponse;
                static encode(message: containerd.task.v3.StateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.StateResponse & containerd.task.v3.StateResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.StateResponse;
                static toObject(message: containerd.task.v3.StateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StateResponse {
                interface $Properties {
                    id?: (string|null);
                    bundle?: (string|null);
                    pid?: (number|null);
                    status?: (containerd.v1.types.Status|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    terminal?: (boolean|null);
                    exit_status?: (number|null);
                    exited_at?: (google.protobuf.Timestamp.$Properties|null);
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.StateResponse.$Properties;
            }

            interface IKillRequest extends containerd.task.v3.KillRequest.$Properties {
            }

            class KillRequest {
                constructor(properties?: containerd.task.v3.KillRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                signal: number;
                all: boolean;
                static create(properties: containerd.task.v3.KillRequest.$Shape): containerd.task.v3.KillRequest & containerd.task.v3.KillRequest.$Shape;
                static create(properties?: containerd.task.v3.KillRequest.$Properties): containerd.task.v3.KillRequest;
                static encode(message: containerd.task.v3.KillRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.KillRequest & containerd.task.v3.KillRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.KillRequest;
                static toObject(message: containerd.task.v3.KillRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace KillRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    signal?: (number|null);
                    all?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.KillRequest.$Properties;
            }

            interface ICloseIORequest extends containerd.task.v3.CloseIORequest.$Properties {
            }

            class CloseIORequest {
                constructor(properties?: containerd.task.v3.CloseIORequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                stdin: boolean;
                static create(properties: containerd.task.v3.CloseIORequest.$Shape): containerd.task.v3.CloseIORequest & containerd.task.v3.CloseIORequest.$Shape;
                static create(properties?: containerd.task.v3.CloseIORequest.$Properties): containerd.task.v3.CloseIORequest;
                static encode(message: containerd.task.v3.CloseIORequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.CloseIORequest & containerd.task.v3.CloseIORequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.CloseIORequest;
                static toObject(message: containerd.task.v3.CloseIORequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace CloseIORequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    stdin?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.CloseIORequest.$Properties;
            }

            interface IPidsRequest extends containerd.task.v3.PidsRequest.$Properties {
            }

            class PidsRequest {
                constructor(properties?: containerd.task.v3.PidsRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v3.PidsRequest.$Shape): containerd.task.v3.PidsRequest & containerd.task.v3.PidsRequest.$Shape;
                static create(properties?: containerd.task.v3.PidsRequest.$Properties): containerd.task.v3.PidsRequest;
                static encode(message: containerd.task.v3.PidsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.PidsRequest & containerd.task.v3.PidsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.PidsRequest;
                static toObject(message: containerd.task.v3.PidsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace PidsRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.PidsRequest.$Properties;
            }

            interface IPidsResponse extends containerd.task.v3.PidsResponse.$Properties {
            }

            class PidsResponse {
                constructor(properties?: containerd.task.v3.PidsResponse.$Properties);
                $unknowns?: Uint8Array[];
                processes: containerd.v1.types.ProcessInfo.$Properties[];
                static create(properties: containerd.task.v3.PidsResponse.$Shape): containerd.task.v3.PidsResponse & containerd.task.v3.PidsResponse.$Shape;
                static create(properties?: containerd.task.v3.PidsResponse.$Properties): containerd.task.v3.PidsResponse;
                static encode(message: containerd.task.v3.PidsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.PidsResponse & containerd.task.v3.PidsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.PidsResponse;
                static toObject(message: containerd.task.v3.PidsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace PidsResponse {
                interface $Properties {
                    processes?: (containerd.v1.types.ProcessInfo.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.PidsResponse.$Properties;
            }

            interface ICheckpointTaskRequest extends containerd.task.v3.CheckpointTaskRequest.$Properties {
            }

            class CheckpointTaskRequest {
                constructor(properties?: containerd.task.v3.CheckpointTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                path: string;
                options?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v3.CheckpointTaskRequest.$Shape): containerd.task.v3.CheckpointTaskRequest & containerd.task.v3.CheckpointTaskRequest.$Shape;
                static create(properties?: containerd.task.v3.CheckpointTaskRequest.$Properties): containerd.task.v3.CheckpointTaskRequest;
                static encode(message: containerd.task.v3.CheckpointTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.CheckpointTaskRequest & containerd.task.v3.CheckpointTaskRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.CheckpointTaskRequest;
                static toObject(message: containerd.task.v3.CheckpointTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace CheckpointTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    path?: (string|null);
                    options?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.CheckpointTaskRequest.$Properties;
            }

            interface IUpdateTaskRequest extends containerd.task.v3.UpdateTaskRequest.$Properties {
            }

            class UpdateTaskRequest {
                constructor(properties?: containerd.task.v3.UpdateTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                resources?: (google.protobuf.Any.$Properties|null);
                annotations: { [k: string]: string };
                static create(properties: containerd.task.v3.UpdateTaskRequest.$Shape): containerd.task.v3.UpdateTaskRequest & containerd.task.v3.UpdateTaskRequest.$Shape;
                static create(properties?: containerd.task.v3.UpdateTaskRequest.$Properties): containerd.task.v3.UpdateTaskRequest;
                static encode(message: containerd.task.v3.UpdateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.UpdateTaskRequest & containerd.task.v3.UpdateTaskRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.UpdateTaskRequest;
                static toObject(message: containerd.task.v3.UpdateTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace UpdateTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    resources?: (google.protobuf.Any.$Properties|null);
                    annotations?: ({ [k: string]: string }|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.UpdateTaskRequest.$Properties;
            }

            interface IStartRequest extends containerd.task.v3.StartRequest.$Properties {
            }

            class StartRequest {
                constructor(properties?: containerd.task.v3.StartRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                static create(properties: containerd.task.v3.StartRequest.$Shape): containerd.task.v3.StartRequest & containerd.task.v3.StartRequest.$Shape;
                static create(properties?: containerd.task.v3.StartRequest.$Properties): containerd.task.v3.StartRequest;
                static encode(message: containerd.task.v3.StartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.StartRequest & containerd.task.v3.StartRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.StartRequest;
                static toObject(message: containerd.task.v3.StartRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StartRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.StartRequest.$Properties;
            }

            interface IStartResponse extends containerd.task.v3.StartResponse.$Properties {
            }

            class StartResponse {
                constructor(properties?: containerd.task.v3.StartResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                static create(properties: containerd.task.v3.StartResponse.$Shape): containerd.task.v3.StartResponse & containerd.task.v3.StartResponse.$Shape;
                static create(properties?: containerd.task.v3.StartResponse.$Properties): containerd.task.v3.StartResponse;
                static encode(message: containerd.task.v3.StartResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.StartResponse & containerd.task.v3.StartResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.StartResponse;
                static toObject(message: containerd.task.v3.StartResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StartResponse {
                interface $Properties {
                    pid?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.StartResponse.$Properties;
            }

            interface IWaitRequest extends containerd.task.v3.WaitRequest.$Properties {
            }

            class WaitRequest {
                constructor(properties?: containerd.task.v3.WaitRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                exec_id: string;
                static create(properties: containerd.task.v3.WaitRequest.$Shape): containerd.task.v3.WaitRequest & containerd.task.v3.WaitRequest.$Shape;
                static create(properties?: containerd.task.v3.WaitRequest.$Properties): containerd.task.v3.WaitRequest;
                static encode(message: containerd.task.v3.WaitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.WaitRequest & containerd.task.v3.WaitRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.WaitRequest;
                static toObject(message: containerd.task.v3.WaitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace WaitRequest {
                interface $Properties {
                    id?: (string|null);
                    exec_id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.WaitRequest.$Properties;
            }

            interface IWaitResponse extends containerd.task.v3.WaitResponse.$Properties {
            }

            class WaitResponse {
                constructor(properties?: containerd.task.v3.WaitResponse.$Properties);
                $unknowns?: Uint8Array[];
                exit_status: number;
                exited_at?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: containerd.task.v3.WaitResponse.$Shape): containerd.task.v3.WaitResponse & containerd.task.v3.WaitResponse.$Shape;
                static create(properties?: containerd.task.v3.WaitResponse.$Properties): containerd.task.v3.WaitResponse;
                static encode(message: containerd.task.v3.WaitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.WaitResponse & containerd.task.v3.WaitResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.WaitResponse;
                static toObject(message: containerd.task.v3.WaitResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace WaitResponse {
                interface $Properties {
                    exit_status?: (number|null);
                    exited_at?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.WaitResponse.$Properties;
            }

            interface IStatsRequest extends containerd.task.v3.StatsRequest.$Properties {
            }

            class StatsRequest {
                constructor(properties?: containerd.task.v3.StatsRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v3.StatsRequest.$Shape): containerd.task.v3.StatsRequest & containerd.task.v3.StatsRequest.$Shape;
                static create(properties?: containerd.task.v3.StatsRequest.$Properties): containerd.task.v3.StatsRequest;
                static encode(message: containerd.task.v3.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.StatsRequest & containerd.task.v3.StatsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.StatsRequest;
                static toObject(message: containerd.task.v3.StatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StatsRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.StatsRequest.$Properties;
            }

            interface IStatsResponse extends containerd.task.v3.StatsResponse.$Properties {
            }

            class StatsResponse {
                constructor(properties?: containerd.task.v3.StatsResponse.$Properties);
                $unknowns?: Uint8Array[];
                stats?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v3.StatsResponse.$Shape): containerd.task.v3.StatsResponse & containerd.task.v3.StatsResponse.$Shape;
                static create(properties?: containerd.task.v3.StatsResponse.$Properties): containerd.task.v3.StatsResponse;
                static encode(message: containerd.task.v3.StatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.StatsResponse & containerd.task.v3.StatsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.StatsResponse;
                static toObject(message: containerd.task.v3.StatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace StatsResponse {
                interface $Properties {
                    stats?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.StatsResponse.$Properties;
            }

            interface IConnectRequest extends containerd.task.v3.ConnectRequest.$Properties {
            }

            class ConnectRequest {
                constructor(properties?: containerd.task.v3.ConnectRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v3.ConnectRequest.$Shape): containerd.task.v3.ConnectRequest & containerd.task.v3.ConnectRequest.$Shape;
                static create(properties?: containerd.task.v3.ConnectRequest.$Properties): containerd.task.v3.ConnectRequest;
                static encode(message: containerd.task.v3.ConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.ConnectRequest & containerd.task.v3.ConnectRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.ConnectRequest;
                static toObject(message: containerd.task.v3.ConnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ConnectRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.ConnectRequest.$Properties;
            }

            interface IConnectResponse extends containerd.task.v3.ConnectResponse.$Properties {
            }

            class ConnectResponse {
                constructor(properties?: containerd.task.v3.ConnectResponse.$Properties);
                $unknowns?: Uint8Array[];
                shim_pid: number;
                task_pid: number;
                version: string;
                static create(properties: containerd.task.v3.ConnectResponse.$Shape): containerd.task.v3.ConnectResponse & containerd.task.v3.ConnectResponse.$Shape;
                static create(properties?: containerd.task.v3.ConnectResponse.$Properties): containerd.task.v3.ConnectResponse;
                static encode(message: containerd.task.v3.ConnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.ConnectResponse & containerd.task.v3.ConnectResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.ConnectResponse;
                static toObject(message: containerd.task.v3.ConnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ConnectResponse {
                interface $Properties {
                    shim_pid?: (number|null);
                    task_pid?: (number|null);
                    version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.ConnectResponse.$Properties;
            }

            interface IShutdownRequest extends containerd.task.v3.ShutdownRequest.$Properties {
            }

            class ShutdownRequest {
                constructor(properties?: containerd.task.v3.ShutdownRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                now: boolean;
                static create(properties: containerd.task.v3.ShutdownRequest.$Shape): containerd.task.v3.ShutdownRequest & containerd.task.v3.ShutdownRequest.$Shape;
                static create(properties?: containerd.task.v3.ShutdownRequest.$Properties): containerd.task.v3.ShutdownRequest;
                static encode(message: containerd.task.v3.ShutdownRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.ShutdownRequest & containerd.task.v3.ShutdownRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.ShutdownRequest;
                static toObject(message: containerd.task.v3.ShutdownRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ShutdownRequest {
                interface $Properties {
                    id?: (string|null);
                    now?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.ShutdownRequest.$Properties;
            }

            interface IPauseRequest extends containerd.task.v3.PauseRequest.$Properties {
            }

            class PauseRequest {
                constructor(properties?: containerd.task.v3.PauseRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v3.PauseRequest.$Shape): containerd.task.v3.PauseRequest & containerd.task.v3.PauseRequest.$Shape;
                static create(properties?: containerd.task.v3.PauseRequest.$Properties): containerd.task.v3.PauseRequest;
                static encode(message: containerd.task.v3.PauseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.PauseRequest & containerd.task.v3.PauseRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.PauseRequest;
                static toObject(message: containerd.task.v3.PauseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace PauseRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.PauseRequest.$Properties;
            }

            interface IResumeRequest extends containerd.task.v3.ResumeRequest.$Properties {
            }

            class ResumeRequest {
                constructor(properties?: containerd.task.v3.ResumeRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v3.ResumeRequest.$Shape): containerd.task.v3.ResumeRequest & containerd.task.v3.ResumeRequest.$Shape;
                static create(properties?: containerd.task.v3.ResumeRequest.$Properties): containerd.task.v3.ResumeRequest;
                static encode(message: containerd.task.v3.ResumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v3.ResumeRequest & containerd.task.v3.ResumeRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v3.ResumeRequest;
                static toObject(message: containerd.task.v3.ResumeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ResumeRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v3.ResumeRequest.$Properties;
            }
        }
    }

    namespace v1 {

        namespace types {

            enum Status {
                UNKNOWN = 0,
                CREATED = 1,
                RUNNING = 2,
                STOPPED = 3,
                PAUSED = 4,
                PAUSING = 5
            }

            interface IProcess extends containerd.v1.types.Process.$Properties {
            }

            class Process {
                constructor(properties?: containerd.v1.types.Process.$Properties);
                $unknowns?: Uint8Array[];
                container_id: string;
                id: string;
                pid: number;
                status: containerd.v1.types.Status;
                stdin: string;
                stdout: string;
                stderr: string;
                terminal: boolean;
                exit_status: number;
                exited_at?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: containerd.v1.types.Process.$Shape): containerd.v1.types.Process & containerd.v1.types.Process.$Shape;
                static create(properties?: containerd.v1.types.Process.$Properties): containerd.v1.types.Process;
                static encode(message: containerd.v1.types.Process.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.v1.types.Process & containerd.v1.types.Process.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.v1.types.Process;
                static toObject(message: containerd.v1.types.Process, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace Process {
                interface $Properties {
                    container_id?: (string|null);
                    id?: (string|null);
                    pid?: (number|null);
                    status?: (containerd.v1.types.Status|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    terminal?: (boolean|null);
                    exit_status?: (number|null);
                    exited_at?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.v1.types.Process.$Properties;
            }

            interface IProcessInfo extends containerd.v1.types.ProcessInfo.$Properties {
            }

            class ProcessInfo {
                constructor(properties?: containerd.v1.types.ProcessInfo.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                info?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.v1.types.ProcessInfo.$Shape): containerd.v1.types.ProcessInfo & containerd.v1.types.ProcessInfo.$Shape;
                static create(properties?: containerd.v1.types.ProcessInfo.$Properties): containerd.v1.types.ProcessInfo;
                static encode(message: containerd.v1.types.ProcessInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.v1.types.ProcessInfo & containerd.v1.types.ProcessInfo.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.v1.types.ProcessInfo;
                static toObject(message: containerd.v1.types.ProcessInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
            }

            namespace ProcessInfo {
                interface $Properties {
                    pid?: (number|null);
                    info?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.v1.types.ProcessInfo.$Properties;
            }
        }
    }
}

export namespace google {

    namespace protobuf {

        interface IAny extends google.protobuf.Any.$Properties {
        }

        class Any {
            constructor(properties?: google.protobuf.Any.$Properties);
            $unknowns?: Uint8Array[];
            type_url: string;
            value: Uint8Array;
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Any;
            static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Any {
            interface $Properties {
                type_url?: (string|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Any.$Properties;
        }

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

export namespace runtime {

    namespace v1 {

        interface IPodSandboxConfig extends runtime.v1.PodSandboxConfig.$Properties {
        }

        class PodSandboxConfig {
            constructor(properties?: runtime.v1.PodSandboxConfig.$Properties);
            $unknowns?: Uint8Array[];
            metadata?: (runtime.v1.PodSandboxMetadata.$Properties|null);
            hostname: string;
            log_directory: string;
            dns_config?: (runtime.v1.DNSConfig.$Properties|null);
            port_mappings: runtime.v1.PortMapping.$Properties[];
            labels: { [k: string]: string };
            annotations: { [k: string]: string };
            linux?: (runtime.v1.LinuxPodSandboxConfig.$Properties|null);
            static create(properties: runtime.v1.PodSandboxConfig.$Shape): runtime.v1.PodSandboxConfig & runtime.v1.PodSandboxConfig.$Shape;
            static create(properties?: runtime.v1.PodSandboxConfig.$Properties): runtime.v1.PodSandboxConfig;
            static encode(message: runtime.v1.PodSandboxConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandboxConfig & runtime.v1.PodSandboxConfig.$Shape;
            static fromObject(object: { [k: string]: any }): runtime.v1.PodSandboxConfig;
            static toObject(message: runtime.v1.PodSandboxConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PodSandboxConfig {
            interface $Properties {
                metadata?: (runtime.v1.PodSandboxMetadata.$Properties|null);
                hostname?: (string|null);
                log_directory?: (string|null);
                dns_config?: (runtime.v1.DNSConfig.$Properties|null);
                port_mappings?: (runtime.v1.PortMapping.$Properties[]|null);
                labels?: ({ [k: string]: string }|null);
                annotations?: ({ [k: string]: string }|null);
                linux?: (runtime.v1.LinuxPodSandboxConfig.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = runtime.v1.PodSandboxConfig.$Properties;
        }

        interface IPodSandboxMetadata extends runtime.v1.PodSandboxMetadata.$Properties {
        }

        class PodSandboxMetadata {
            constructor(properties?: runtime.v1.PodSandboxMetadata.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            uid: string;
            namespace: string;
            attempt: number;
            static create(properties: runtime.v1.PodSandboxMetadata.$Shape): runtime.v1.PodSandboxMetadata & runtime.v1.PodSandboxMetadata.$Shape;
            static create(properties?: runtime.v1.PodSandboxMetadata.$Properties): runtime.v1.PodSandboxMetadata;
            static encode(message: runtime.v1.PodSandboxMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PodSandboxMetadata & runtime.v1.PodSandboxMetadata.$Shape;
            static fromObject(object: { [k: string]: any }): runtime.v1.PodSandboxMetadata;
            static toObject(message: runtime.v1.PodSandboxMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PodSandboxMetadata {
            interface $Properties {
                name?: (string|null);
                uid?: (string|null);
                namespace?: (string|null);
                attempt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = runtime.v1.PodSandboxMetadata.$Properties;
        }

        interface IDNSConfig extends runtime.v1.DNSConfig.$Properties {
        }

        class DNSConfig {
            constructor(properties?: runtime.v1.DNSConfig.$Properties);
            $unknowns?: Uint8Array[];
            servers: string[];
            searches: string[];
            options: string[];
            static create(properties: runtime.v1.DNSConfig.$Shape): runtime.v1.DNSConfig & runtime.v1.DNSConfig.$Shape;
            static create(properties?: runtime.v1.DNSConfig.$Properties): runtime.v1.DNSConfig;
            static encode(message: runtime.v1.DNSConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.DNSConfig & runtime.v1.DNSConfig.$Shape;
            static fromObject(object: { [k: string]: any }): runtime.v1.DNSConfig;
            static toObject(message: runtime.v1.DNSConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DNSConfig {
            interface $Properties {
                servers?: (string[]|null);
                searches?: (string[]|null);
                options?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = runtime.v1.DNSConfig.$Properties;
        }

        enum Protocol {
            TCP = 0,
            UDP = 1,
            SCTP = 2
        }

        interface IPortMapping extends runtime.v1.PortMapping.$Properties {
        }

        class PortMapping {
            constructor(properties?: runtime.v1.PortMapping.$Properties);
            $unknowns?: Uint8Array[];
            protocol: runtime.v1.Protocol;
            container_port: number;
            host_port: number;
            host_ip: string;
            static create(properties: runtime.v1.PortMapping.$Shape): runtime.v1.PortMapping & runtime.v1.PortMapping.$Shape;
            static create(properties?: runtime.v1.PortMapping.$Properties): runtime.v1.PortMapping;
            static encode(message: runtime.v1.PortMapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.PortMapping & runtime.v1.PortMapping.$Shape;
            static fromObject(object: { [k: string]: any }): runtime.v1.PortMapping;
            static toObject(message: runtime.v1.PortMapping, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PortMapping {
            interface $Properties {
                protocol?: (runtime.v1.Protocol|null);
                container_port?: (number|null);
                host_port?: (number|null);
                host_ip?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = runtime.v1.PortMapping.$Properties;
        }

        interface ILinuxPodSandboxConfig extends runtime.v1.LinuxPodSandboxConfig.$Properties {
        }

        class LinuxPodSandboxConfig {
            constructor(properties?: runtime.v1.LinuxPodSandboxConfig.$Properties);
            $unknowns?: Uint8Array[];
            cgroup_parent: string;
            security_context?: (runtime.v1.LinuxSandboxSecurityContext.$Properties|null);
            sysctls: { [k: string]: string };
            resources?: (runtime.v1.LinuxContainerResources.$Properties|null);
            static create(properties: runtime.v1.LinuxPodSandboxConfig.$Shape): runtime.v1.LinuxPodSandboxConfig & runtime.v1.LinuxPodSandboxConfig.$Shape;
            static create(properties?: runtime.v1.LinuxPodSandboxConfig.$Properties): runtime.v1.LinuxPodSandboxConfig;
            static encode(message: runtime.v1.LinuxPodSandboxConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.LinuxPodSandboxConfig & runtime.v1.LinuxPodSandboxConfig.$Shape;
            static fromObject(object: { [k: string]: any }): runtime.v1.LinuxPodSandboxConfig;
            static toObject(message: runtime.v1.LinuxPodSandboxConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace LinuxPodSandboxConfig {
            interface $Properties {
                cgroup_parent?: (string|null);
                security_context?: (runtime.v1.LinuxSandboxSecurityContext.$Properties|null);
                sysctls?: ({ [k: string]: string }|null);
                resources?: (runtime.v1.LinuxContainerResources.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = runtime.v1.LinuxPodSandboxConfig.$Properties;
        }

        enum NamespaceMode {
            POD = 0,
            CONTAINER = 1,
            NODE = 2,
            TARGET = 3
        }

        interface INamespaceOption extends runtime.v1.NamespaceOption.$Properties {
        }

        class NamespaceOption {
            constructor(properties?: runtime.v1.NamespaceOption.$Properties);
            $unknowns?: Uint8Array[];
            network: runtime.v1.NamespaceMode;
            pid: runtime.v1.NamespaceMode;
            ipc: runtime.v1.NamespaceMode;
            target_id: string;
            static create(properties: runtime.v1.NamespaceOption.$Shape): runtime.v1.NamespaceOption & runtime.v1.NamespaceOption.$Shape;
            static create(properties?: runtime.v1.NamespaceOption.$Properties): runtime.v1.NamespaceOption;
            static encode(message: runtime.v1.NamespaceOption.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.NamespaceOption & runtime.v1.NamespaceOption.$Shape;
            static fromObject(object: { [k: string]: any }): runtime.v1.NamespaceOption;
            static toObject(message: runtime.v1.NamespaceOption, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace NamespaceOption {
            interface $Properties {
                network?: (runtime.v1.NamespaceMode|null);
                pid?: (runtime.v1.NamespaceMode|null);
                ipc?: (runtime.v1.NamespaceMode|null);
                target_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = runtime.v1.NamespaceOption.$Properties;
        }

        interface ILinuxSandboxSecurityContext extends runtime.v1.LinuxSandboxSecurityContext.$Properties {
        }

        class LinuxSandboxSecurityContext {
            constructor(properties?: runtime.v1.LinuxSandboxSecurityContext.$Properties);
            $unknowns?: Uint8Array[];
            namespace_options?: (runtime.v1.NamespaceOption.$Properties|null);
            privileged: boolean;
            static create(properties: runtime.v1.LinuxSandboxSecurityContext.$Shape): runtime.v1.LinuxSandboxSecurityContext & runtime.v1.LinuxSandboxSecurityContext.$Shape;
            static create(properties?: runtime.v1.LinuxSandboxSecurityContext.$Properties): runtime.v1.LinuxSandboxSecurityContext;
            static encode(message: runtime.v1.LinuxSandboxSecurityContext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.LinuxSandboxSecurityContext & runtime.v1.LinuxSandboxSecurityContext.$Shape;
            static fromObject(object: { [k: string]: any }): runtime.v1.LinuxSandboxSecurityContext;
            static toObject(message: runtime.v1.LinuxSandboxSecurityContext, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace LinuxSandboxSecurityContext {
            interface $Properties {
                namespace_options?: (runtime.v1.NamespaceOption.$Properties|null);
                privileged?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = runtime.v1.LinuxSandboxSecurityContext.$Properties;
        }

        interface ILinuxContainerResources extends runtime.v1.LinuxContainerResources.$Properties {
        }

        class LinuxContainerResources {
            constructor(properties?: runtime.v1.LinuxContainerResources.$Properties);
            $unknowns?: Uint8Array[];
            cpu_period: (number|Long);
            cpu_quota: (number|Long);
            cpu_shares: (number|Long);
            memory_limit_in_bytes: (number|Long);
            static create(properties: runtime.v1.LinuxContainerResources.$Shape): runtime.v1.LinuxContainerResources & runtime.v1.LinuxContainerResources.$Shape;
            static create(properties?: runtime.v1.LinuxContainerResources.$Properties): runtime.v1.LinuxContainerResources;
            static encode(message: runtime.v1.LinuxContainerResources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtime.v1.LinuxContainerResources & runtime.v1.LinuxContainerResources.$Shape;
            static fromObject(object: { [k: string]: any }): runtime.v1.LinuxContainerResources;
            static toObject(message: runtime.v1.LinuxContainerResources, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace LinuxContainerResources {
            interface $Properties {
                cpu_period?: (number|Long|null);
                cpu_quota?: (number|Long|null);
                cpu_shares?: (number|Long|null);
                memory_limit_in_bytes?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = runtime.v1.LinuxContainerResources.$Properties;
        }
    }
}

export namespace runtimeoptions {

    namespace v1 {

        interface IOptions extends runtimeoptions.v1.Options.$Properties {
        }

        class Options {
            constructor(properties?: runtimeoptions.v1.Options.$Properties);
            $unknowns?: Uint8Array[];
            type_url: string;
            config_path: string;
            config_body: Uint8Array;
            static create(properties: runtimeoptions.v1.Options.$Shape): runtimeoptions.v1.Options & runtimeoptions.v1.Options.$Shape;
            static create(properties?: runtimeoptions.v1.Options.$Properties): runtimeoptions.v1.Options;
            static encode(message: runtimeoptions.v1.Options.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtimeoptions.v1.Options & runtimeoptions.v1.Options.$Shape;
            static fromObject(object: { [k: string]: any }): runtimeoptions.v1.Options;
            static toObject(message: runtimeoptions.v1.Options, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Options {
            interface $Properties {
                type_url?: (string|null);
                config_path?: (string|null);
                config_body?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = runtimeoptions.v1.Options.$Properties;
        }
    }
}
