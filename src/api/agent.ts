/**
 * The guest agent's service: the subset of Kata's grpc.AgentService husk implements, with
 * Kata's names and messages so the wire protocol is the one kata-agent speaks. Methods not
 * listed here get Unimplemented from the ttrpc server.
 */
import { defineService, unary } from '../ttrpc/index.js';
import { google, grpc, husk, types } from '../../api/gen/agent.js';

const Empty = google.protobuf.Empty;

export const AgentService = defineService('grpc.AgentService', {
  CreateSandbox: unary(grpc.CreateSandboxRequest, Empty),
  DestroySandbox: unary(grpc.DestroySandboxRequest, Empty),
  CreateContainer: unary(grpc.CreateContainerRequest, Empty),
  StartContainer: unary(grpc.StartContainerRequest, Empty),
  RemoveContainer: unary(grpc.RemoveContainerRequest, Empty),
  ExecProcess: unary(grpc.ExecProcessRequest, Empty),
  SignalProcess: unary(grpc.SignalProcessRequest, Empty),
  WaitProcess: unary(grpc.WaitProcessRequest, grpc.WaitProcessResponse),
  ListProcesses: unary(grpc.ListProcessesRequest, grpc.ListProcessesResponse),
  UpdateContainer: unary(grpc.UpdateContainerRequest, Empty),
  StatsContainer: unary(grpc.StatsContainerRequest, grpc.StatsContainerResponse),
  PauseContainer: unary(grpc.PauseContainerRequest, Empty),
  ResumeContainer: unary(grpc.ResumeContainerRequest, Empty),
  WriteStdin: unary(grpc.WriteStreamRequest, grpc.WriteStreamResponse),
  ReadStdout: unary(grpc.ReadStreamRequest, grpc.ReadStreamResponse),
  ReadStderr: unary(grpc.ReadStreamRequest, grpc.ReadStreamResponse),
  CloseStdin: unary(grpc.CloseStdinRequest, Empty),
  TtyWinResize: unary(grpc.TtyWinResizeRequest, Empty),
  GetOOMEvent: unary(grpc.GetOOMEventRequest, grpc.OOMEvent),
  UpdateInterface: unary(grpc.UpdateInterfaceRequest, types.Interface),
  UpdateRoutes: unary(grpc.UpdateRoutesRequest, grpc.Routes),
  ListInterfaces: unary(grpc.ListInterfacesRequest, grpc.Interfaces),
  ListRoutes: unary(grpc.ListRoutesRequest, grpc.Routes),
  GetMetrics: unary(grpc.GetMetricsRequest, grpc.Metrics),
  GetGuestDetails: unary(grpc.GuestDetailsRequest, grpc.GuestDetailsResponse),
  ReseedRandomDev: unary(grpc.ReseedRandomDevRequest, Empty),
  OnlineCPUMem: unary(grpc.OnlineCPUMemRequest, Empty),
  SetGuestDateTime: unary(grpc.SetGuestDateTimeRequest, Empty),
});

/**
 * The ListProcesses format husk's agent adds to Kata's "json" (bare pids): one entry a pid,
 * with exec_id where the pid is that exec's own process.
 */
export const PROCESS_LIST_EXEC_IDS = 'json-exec-ids';
export interface ProcessListEntry {
  pid: number;
  exec_id?: string;
}

/** Kata's health service, which its shim polls to see that the agent is alive. */
export const HealthService = defineService('grpc.Health', {
  Check: unary(grpc.CheckRequest, grpc.HealthCheckResponse),
  Version: unary(grpc.CheckRequest, grpc.VersionCheckResponse),
});

/** husk's addition on the same channel: handing a host session over without losing output. */
export const SessionService = defineService('husk.agent.v1.Session', {
  Release: unary(husk.agent.v1.ReleaseRequest, husk.agent.v1.ReleaseResponse),
});
