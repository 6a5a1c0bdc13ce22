/**
 * containerd's Sandbox controller service (containerd.runtime.sandbox.v1.Sandbox), which
 * containerd 2.x calls on the same ttrpc socket as the Task service when a CRI runtime
 * handler uses sandboxer = "shim".
 */
import { defineService, unary } from '../ttrpc/index.js';
import { containerd } from '../../api/gen/containerd.js';

const p = containerd.runtime.sandbox.v1;

export const SandboxV1 = defineService('containerd.runtime.sandbox.v1.Sandbox', {
  CreateSandbox: unary(p.CreateSandboxRequest, p.CreateSandboxResponse),
  StartSandbox: unary(p.StartSandboxRequest, p.StartSandboxResponse),
  Platform: unary(p.PlatformRequest, p.PlatformResponse),
  StopSandbox: unary(p.StopSandboxRequest, p.StopSandboxResponse),
  WaitSandbox: unary(p.WaitSandboxRequest, p.WaitSandboxResponse),
  SandboxStatus: unary(p.SandboxStatusRequest, p.SandboxStatusResponse),
  PingSandbox: unary(p.PingRequest, p.PingResponse),
  ShutdownSandbox: unary(p.ShutdownSandboxRequest, p.ShutdownSandboxResponse),
  SandboxMetrics: unary(p.SandboxMetricsRequest, p.SandboxMetricsResponse),
  UpdateSandbox: unary(p.UpdateSandboxRequest, p.UpdateSandboxResponse),
});
