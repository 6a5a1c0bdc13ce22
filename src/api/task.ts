/**
 * containerd's Task service as ttrpc definitions. v2 and v3 differ only in the package name;
 * containerd 1.x speaks v2, 2.x speaks v3, and the shim registers both with one handler set.
 */
import { defineService, unary } from '../ttrpc/index.js';
import { containerd, google } from '../../api/gen/containerd.js';

/** Typed once, with v3's messages: v2's are structurally identical (the generated Task
 * service classes are not, their method paths name the package, hence the Omit). */
function taskService(name: string, p: Omit<typeof containerd.task.v3, 'Task'>) {
  const Empty = google.protobuf.Empty;
  return defineService(name, {
    State: unary(p.StateRequest, p.StateResponse),
    Create: unary(p.CreateTaskRequest, p.CreateTaskResponse),
    Start: unary(p.StartRequest, p.StartResponse),
    Delete: unary(p.DeleteRequest, p.DeleteResponse),
    Pids: unary(p.PidsRequest, p.PidsResponse),
    Pause: unary(p.PauseRequest, Empty),
    Resume: unary(p.ResumeRequest, Empty),
    Checkpoint: unary(p.CheckpointTaskRequest, Empty),
    Kill: unary(p.KillRequest, Empty),
    Exec: unary(p.ExecProcessRequest, Empty),
    ResizePty: unary(p.ResizePtyRequest, Empty),
    CloseIO: unary(p.CloseIORequest, Empty),
    Update: unary(p.UpdateTaskRequest, Empty),
    Wait: unary(p.WaitRequest, p.WaitResponse),
    Stats: unary(p.StatsRequest, p.StatsResponse),
    Connect: unary(p.ConnectRequest, p.ConnectResponse),
    Shutdown: unary(p.ShutdownRequest, Empty),
  });
}

export const TaskV2 = taskService('containerd.task.v2.Task', containerd.task.v2);
export const TaskV3 = taskService('containerd.task.v3.Task', containerd.task.v3);
