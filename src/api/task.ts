/**
 * containerd's Task service as ttrpc definitions. v2 and v3 differ only in the package name;
 * containerd 1.x speaks v2, 2.x speaks v3, and the shim registers both with one handler set.
 */
import { defineService, unary } from '../ttrpc/index.js';
import { containerd, google } from '../../api/gen/containerd.js';

/** v3's messages type both packages: v2's are structurally identical (the generated Task
 * service classes are not, their method paths name the package, hence the Omit). */
type TaskPackage = Omit<typeof containerd.task.v3, 'Task'>;

/** Request and response message classes of every Task method. */
export function taskMessages(p: TaskPackage) {
  const Empty = google.protobuf.Empty;
  return {
    State: [p.StateRequest, p.StateResponse],
    Create: [p.CreateTaskRequest, p.CreateTaskResponse],
    Start: [p.StartRequest, p.StartResponse],
    Delete: [p.DeleteRequest, p.DeleteResponse],
    Pids: [p.PidsRequest, p.PidsResponse],
    Pause: [p.PauseRequest, Empty],
    Resume: [p.ResumeRequest, Empty],
    Checkpoint: [p.CheckpointTaskRequest, Empty],
    Kill: [p.KillRequest, Empty],
    Exec: [p.ExecProcessRequest, Empty],
    ResizePty: [p.ResizePtyRequest, Empty],
    CloseIO: [p.CloseIORequest, Empty],
    Update: [p.UpdateTaskRequest, Empty],
    Wait: [p.WaitRequest, p.WaitResponse],
    Stats: [p.StatsRequest, p.StatsResponse],
    Connect: [p.ConnectRequest, p.ConnectResponse],
    Shutdown: [p.ShutdownRequest, Empty],
  } as const;
}

function taskService(name: string, p: TaskPackage) {
  const m = taskMessages(p);
  return defineService(name, {
    State: unary(...m.State),
    Create: unary(...m.Create),
    Start: unary(...m.Start),
    Delete: unary(...m.Delete),
    Pids: unary(...m.Pids),
    Pause: unary(...m.Pause),
    Resume: unary(...m.Resume),
    Checkpoint: unary(...m.Checkpoint),
    Kill: unary(...m.Kill),
    Exec: unary(...m.Exec),
    ResizePty: unary(...m.ResizePty),
    CloseIO: unary(...m.CloseIO),
    Update: unary(...m.Update),
    Wait: unary(...m.Wait),
    Stats: unary(...m.Stats),
    Connect: unary(...m.Connect),
    Shutdown: unary(...m.Shutdown),
  });
}

export const TaskV2 = taskService('containerd.task.v2.Task', containerd.task.v2);
export const TaskV3 = taskService('containerd.task.v3.Task', containerd.task.v3);
