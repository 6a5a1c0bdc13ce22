package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	taskv2 "github.com/containerd/containerd/api/runtime/task/v2"
	taskv3 "github.com/containerd/containerd/api/runtime/task/v3"
	tasktypes "github.com/containerd/containerd/api/types/task"
	"github.com/containerd/ttrpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/timestamppb"
	"google.golang.org/protobuf/types/known/wrapperspb"
)

// serve runs every service of CONTRACT.md on a unix socket until SIGTERM or SIGINT.
func serve(addr string) error {
	_ = os.Remove(addr) // a stale socket from a killed run would make Listen fail
	l, err := net.Listen("unix", addr)
	if err != nil {
		return err
	}
	defer os.Remove(addr)

	srv, err := ttrpc.NewServer()
	if err != nil {
		return err
	}
	taskv2.RegisterTTRPCTaskService(srv, taskV2{})
	taskv3.RegisterTTRPCTaskService(srv, taskV3{})
	srv.RegisterService(blobService, &ttrpc.ServiceDesc{Methods: map[string]ttrpc.Method{
		"Echo": echo,
		"Make": makeBlob,
	}})
	srv.RegisterService(streamingService, &ttrpc.ServiceDesc{Streams: map[string]ttrpc.Stream{
		"EchoStream": {Handler: echoStream, StreamingClient: true, StreamingServer: true},
		"Sum":        {Handler: sum, StreamingClient: true},
		"Count":      {Handler: count, StreamingServer: true},
	}})
	srv.RegisterService(benchService, &ttrpc.ServiceDesc{
		Methods: map[string]ttrpc.Method{"Echo": echo},
		Streams: map[string]ttrpc.Stream{"Upload": {Handler: upload, StreamingClient: true}},
	})

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(context.Background(), l) }()
	fmt.Println("ready")

	select {
	case <-sig:
		return srv.Close()
	case err := <-served:
		return err
	}
}

// --- containerd.task.v2.Task / containerd.task.v3.Task ---

var errUnimplemented = status.Error(codes.Unimplemented, "not implemented")

// state is the fixed State answer of CONTRACT.md; it echoes the namespace metadata so the
// client can see that metadata arrived.
func state(ctx context.Context, r *taskv3.StateRequest) *taskv3.StateResponse {
	ns, _ := ttrpc.GetMetadataValue(ctx, namespaceKey)
	return &taskv3.StateResponse{
		ID: r.ID, ExecID: r.ExecID, Bundle: "/run/bundle/" + r.ID, Pid: 4242,
		Status: tasktypes.Status_RUNNING, Stdin: "ns=" + ns, Stdout: "/out", Stderr: "/err",
		Terminal: true, ExitStatus: 7, ExitedAt: &timestamppb.Timestamp{Seconds: 1700000000, Nanos: 123},
	}
}

func kill(r *taskv3.KillRequest) (*emptypb.Empty, error) {
	switch {
	case r.ID == "missing":
		return nil, status.Error(codes.NotFound, "container missing: not found")
	case strings.Contains(r.ID, "/"):
		return nil, status.Error(codes.InvalidArgument, "invalid id")
	}
	return &emptypb.Empty{}, nil
}

// wait sleeps for ids "sleep-<ms>". It returns ctx.Err() like a real shim does, so the
// DeadlineExceeded code comes from ttrpc's own error mapping of the request's timeout_nano.
func wait(ctx context.Context, r *taskv3.WaitRequest) (*taskv3.WaitResponse, error) {
	if ms, ok := strings.CutPrefix(r.ID, "sleep-"); ok {
		if n, err := strconv.Atoi(ms); err == nil {
			select {
			case <-time.After(time.Duration(n) * time.Millisecond):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
	}
	return &taskv3.WaitResponse{ExitStatus: 137, ExitedAt: &timestamppb.Timestamp{Seconds: 1700000001}}, nil
}

type taskV3 struct{}

func (taskV3) State(ctx context.Context, r *taskv3.StateRequest) (*taskv3.StateResponse, error) {
	return state(ctx, r), nil
}
func (taskV3) Kill(_ context.Context, r *taskv3.KillRequest) (*emptypb.Empty, error) { return kill(r) }
func (taskV3) Wait(ctx context.Context, r *taskv3.WaitRequest) (*taskv3.WaitResponse, error) {
	return wait(ctx, r)
}
func (taskV3) Create(context.Context, *taskv3.CreateTaskRequest) (*taskv3.CreateTaskResponse, error) {
	return nil, errUnimplemented
}
func (taskV3) Start(context.Context, *taskv3.StartRequest) (*taskv3.StartResponse, error) {
	return nil, errUnimplemented
}
func (taskV3) Delete(context.Context, *taskv3.DeleteRequest) (*taskv3.DeleteResponse, error) {
	return nil, errUnimplemented
}
func (taskV3) Pids(context.Context, *taskv3.PidsRequest) (*taskv3.PidsResponse, error) {
	return nil, errUnimplemented
}
func (taskV3) Pause(context.Context, *taskv3.PauseRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV3) Resume(context.Context, *taskv3.ResumeRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV3) Checkpoint(context.Context, *taskv3.CheckpointTaskRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV3) Exec(context.Context, *taskv3.ExecProcessRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV3) ResizePty(context.Context, *taskv3.ResizePtyRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV3) CloseIO(context.Context, *taskv3.CloseIORequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV3) Update(context.Context, *taskv3.UpdateTaskRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV3) Stats(context.Context, *taskv3.StatsRequest) (*taskv3.StatsResponse, error) {
	return nil, errUnimplemented
}
func (taskV3) Connect(context.Context, *taskv3.ConnectRequest) (*taskv3.ConnectResponse, error) {
	return nil, errUnimplemented
}
func (taskV3) Shutdown(context.Context, *taskv3.ShutdownRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}

// taskV2 answers like taskV3. The v2 and v3 Task messages are wire-identical, so the
// shared logic works on v3 types and recast moves messages between the two packages.
type taskV2 struct{}

func recast[T proto.Message](dst T, src proto.Message) T {
	b, err := proto.Marshal(src)
	if err == nil {
		err = proto.Unmarshal(b, dst)
	}
	if err != nil {
		panic(err) // both sides are generated from the same definitions
	}
	return dst
}

func (taskV2) State(ctx context.Context, r *taskv2.StateRequest) (*taskv2.StateResponse, error) {
	return recast(&taskv2.StateResponse{}, state(ctx, recast(&taskv3.StateRequest{}, r))), nil
}
func (taskV2) Kill(_ context.Context, r *taskv2.KillRequest) (*emptypb.Empty, error) {
	return kill(recast(&taskv3.KillRequest{}, r))
}
func (taskV2) Wait(ctx context.Context, r *taskv2.WaitRequest) (*taskv2.WaitResponse, error) {
	resp, err := wait(ctx, recast(&taskv3.WaitRequest{}, r))
	if err != nil {
		return nil, err
	}
	return recast(&taskv2.WaitResponse{}, resp), nil
}
func (taskV2) Create(context.Context, *taskv2.CreateTaskRequest) (*taskv2.CreateTaskResponse, error) {
	return nil, errUnimplemented
}
func (taskV2) Start(context.Context, *taskv2.StartRequest) (*taskv2.StartResponse, error) {
	return nil, errUnimplemented
}
func (taskV2) Delete(context.Context, *taskv2.DeleteRequest) (*taskv2.DeleteResponse, error) {
	return nil, errUnimplemented
}
func (taskV2) Pids(context.Context, *taskv2.PidsRequest) (*taskv2.PidsResponse, error) {
	return nil, errUnimplemented
}
func (taskV2) Pause(context.Context, *taskv2.PauseRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV2) Resume(context.Context, *taskv2.ResumeRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV2) Checkpoint(context.Context, *taskv2.CheckpointTaskRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV2) Exec(context.Context, *taskv2.ExecProcessRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV2) ResizePty(context.Context, *taskv2.ResizePtyRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV2) CloseIO(context.Context, *taskv2.CloseIORequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV2) Update(context.Context, *taskv2.UpdateTaskRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}
func (taskV2) Stats(context.Context, *taskv2.StatsRequest) (*taskv2.StatsResponse, error) {
	return nil, errUnimplemented
}
func (taskV2) Connect(context.Context, *taskv2.ConnectRequest) (*taskv2.ConnectResponse, error) {
	return nil, errUnimplemented
}
func (taskV2) Shutdown(context.Context, *taskv2.ShutdownRequest) (*emptypb.Empty, error) {
	return nil, errUnimplemented
}

// --- husk.interop.v1.Blob, husk.interop.v1.Streaming, husk.bench.v1.Bench ---

func echo(_ context.Context, unmarshal func(any) error) (any, error) {
	var req wrapperspb.BytesValue
	if err := unmarshal(&req); err != nil {
		return nil, err
	}
	return &req, nil
}

// makeBlob answers n bytes of 'x'. Nothing here checks the 4 MiB limit: an oversized
// answer shows what ttrpc itself does with it.
func makeBlob(_ context.Context, unmarshal func(any) error) (any, error) {
	var req wrapperspb.UInt64Value
	if err := unmarshal(&req); err != nil {
		return nil, err
	}
	if req.Value > 64<<20 { // only a guard against absurd allocations
		return nil, status.Error(codes.InvalidArgument, "too large")
	}
	return wrapperspb.Bytes([]byte(strings.Repeat("x", int(req.Value)))), nil
}

// echoStream sends every message back at once; returning closes the server's side.
func echoStream(_ context.Context, s ttrpc.StreamServer) (any, error) {
	for {
		var m wrapperspb.BytesValue
		if err := s.RecvMsg(&m); err != nil {
			if errors.Is(err, io.EOF) {
				return nil, nil
			}
			return nil, err
		}
		if err := s.SendMsg(&m); err != nil {
			return nil, err
		}
	}
}

func sum(_ context.Context, s ttrpc.StreamServer) (any, error) {
	var total int64
	for {
		var m wrapperspb.Int64Value
		if err := s.RecvMsg(&m); err != nil {
			if errors.Is(err, io.EOF) {
				return wrapperspb.Int64(total), nil
			}
			return nil, err
		}
		total += m.Value
	}
}

func count(_ context.Context, s ttrpc.StreamServer) (any, error) {
	var n wrapperspb.UInt64Value
	if err := s.RecvMsg(&n); err != nil {
		return nil, err
	}
	for i := uint64(1); i <= n.Value; i++ {
		if err := s.SendMsg(wrapperspb.UInt64(i)); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

func upload(_ context.Context, s ttrpc.StreamServer) (any, error) {
	var total uint64
	for {
		var m wrapperspb.BytesValue
		if err := s.RecvMsg(&m); err != nil {
			if errors.Is(err, io.EOF) {
				return wrapperspb.UInt64(total), nil
			}
			return nil, err
		}
		total += uint64(len(m.Value))
	}
}
