package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"

	taskv2 "github.com/containerd/containerd/api/runtime/task/v2"
	taskv3 "github.com/containerd/containerd/api/runtime/task/v3"
	"github.com/containerd/ttrpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/prototext"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/wrapperspb"
)

// A clientCheck runs against the server at addr over the shared connection c; it returns a
// short detail on success.
type clientCheck struct {
	name string
	run  func(ctx context.Context, c *ttrpc.Client, addr string) (string, error)
}

var clientChecks = []clientCheck{
	{"state-v2", checkStateV2},
	{"state-v3", checkStateV3},
	{"kill-notfound", func(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
		_, err := taskv3.NewTTRPCTaskClient(c).Kill(ctx, &taskv3.KillRequest{ID: "missing"})
		return wantStatus(err, codes.NotFound, "container missing: not found")
	}},
	{"kill-invalid", func(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
		_, err := taskv3.NewTTRPCTaskClient(c).Kill(ctx, &taskv3.KillRequest{ID: "a/b"})
		return wantStatus(err, codes.InvalidArgument, "invalid id")
	}},
	{"unknown-method", func(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
		err := c.Call(ctx, "containerd.task.v3.Task", "Nope", &emptypb.Empty{}, &emptypb.Empty{})
		return wantStatus(err, codes.Unimplemented, "")
	}},
	{"unknown-service", func(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
		err := c.Call(ctx, "no.such.Service", "State", &emptypb.Empty{}, &emptypb.Empty{})
		return wantStatus(err, codes.Unimplemented, "")
	}},
	{"deadline", checkDeadline},
	{"out-of-order", checkOutOfOrder},
	{"concurrent-64", checkConcurrent},
	{"max-request", checkMaxRequest},
	{"max-response", checkMaxResponse},
	{"over-response", checkOverResponse},
	{"stream-echo", func(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
		return "100 messages", echoStreamOnce(ctx, c, "s", 100)
	}},
	{"stream-sum", checkStreamSum},
	{"stream-count", checkStreamCount},
	{"stream-concurrent", func(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
		errs := make(chan error, 8)
		for n := range 8 {
			go func() { errs <- echoStreamOnce(ctx, c, fmt.Sprint(n), 100) }()
		}
		for range 8 {
			if err := <-errs; err != nil {
				return "", err
			}
		}
		return "8 streams x 100 messages", nil
	}},
}

// runChecks prints one result line per check and reports whether all passed.
func runChecks(addr string) bool {
	c, err := dial(addr)
	if err != nil {
		printJSON(result{Check: "connect", Detail: err.Error()})
		return false
	}
	defer c.Close()
	allOK := true
	for _, chk := range clientChecks {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		detail, err := chk.run(ctx, c, addr)
		cancel()
		if err != nil {
			detail, allOK = err.Error(), false
		}
		printJSON(result{Check: chk.name, OK: err == nil, Detail: detail})
	}
	return allOK
}

// wantStatus checks a call's error for a ttrpc status code and, if msg is set, its message.
func wantStatus(err error, code codes.Code, msg string) (string, error) {
	st, ok := status.FromError(err)
	switch {
	case err == nil:
		return "", fmt.Errorf("call succeeded, want %v", code)
	case !ok || st.Code() != code || (msg != "" && st.Message() != msg):
		return "", fmt.Errorf("got %v (code %d), want code %d %q", err, status.Code(err), code, msg)
	}
	return fmt.Sprintf("code %d: %s", st.Code(), st.Message()), nil
}

var stateReq = &taskv3.StateRequest{ID: "c1", ExecID: "e1"}

// withNamespace adds the metadata containerd sends with every shim call.
func withNamespace(ctx context.Context) context.Context {
	return ttrpc.WithMetadata(ctx, ttrpc.MD{namespaceKey: {"k8s.io"}})
}

// wantState is the answer the contract requires: the server side's own State function.
func wantState() *taskv3.StateResponse { return state(withNamespace(context.Background()), stateReq) }

func checkStateV3(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
	got, err := taskv3.NewTTRPCTaskClient(c).State(withNamespace(ctx), stateReq)
	return sameState(got, err, wantState())
}

func checkStateV2(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
	got, err := taskv2.NewTTRPCTaskClient(c).State(withNamespace(ctx), recast(&taskv2.StateRequest{}, stateReq))
	return sameState(got, err, recast(&taskv2.StateResponse{}, wantState()))
}

func sameState(got proto.Message, err error, want proto.Message) (string, error) {
	if err != nil {
		return "", err
	}
	if !proto.Equal(got, want) {
		return "", fmt.Errorf("got {%v}, want {%v}", prototext.Format(got), prototext.Format(want))
	}
	return "all fields equal", nil
}

// checkDeadline sends timeout_nano = 300 ms but waits 3 s locally, so the DeadlineExceeded
// status has to come from the server (a local expiry would be a plain context error).
func checkDeadline(ctx context.Context, _ *ttrpc.Client, addr string) (string, error) {
	conn, err := net.Dial("unix", addr)
	if err != nil {
		return "", err
	}
	c := ttrpc.NewClient(conn, ttrpc.WithUnaryClientInterceptor(
		func(ctx context.Context, req *ttrpc.Request, resp *ttrpc.Response, _ *ttrpc.UnaryClientInfo, invoke ttrpc.Invoker) error {
			req.TimeoutNano = int64(300 * time.Millisecond)
			return invoke(ctx, req, resp)
		}))
	defer c.Close()
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	start := time.Now()
	_, err = taskv3.NewTTRPCTaskClient(c).Wait(ctx, &taskv3.WaitRequest{ID: "sleep-5000"})
	detail, err := wantStatus(err, codes.DeadlineExceeded, "")
	return fmt.Sprintf("%s after %v", detail, time.Since(start).Round(time.Millisecond)), err
}

func checkOutOfOrder(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
	task := taskv3.NewTTRPCTaskClient(c)
	type done struct {
		at  time.Time
		err error
	}
	slow := make(chan done, 1)
	go func() {
		resp, err := task.Wait(ctx, &taskv3.WaitRequest{ID: "sleep-500"})
		if err == nil && resp.ExitStatus != 137 {
			err = fmt.Errorf("wait answered exit_status %d", resp.ExitStatus)
		}
		slow <- done{time.Now(), err}
	}()
	time.Sleep(50 * time.Millisecond) // let the Wait request go out first
	if err := parallelStates(ctx, task, 64, 1); err != nil {
		return "", err
	}
	fast := time.Now()
	s := <-slow
	switch {
	case s.err != nil:
		return "", s.err
	case !fast.Before(s.at):
		return "", errors.New("the 64 State calls did not finish before the pending Wait")
	}
	return fmt.Sprintf("64 States done %v before the Wait", s.at.Sub(fast).Round(time.Millisecond)), nil
}

func checkConcurrent(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
	return "64 goroutines x 16 State calls", parallelStates(ctx, taskv3.NewTTRPCTaskClient(c), 64, 16)
}

// parallelStates runs n goroutines of `each` State calls with distinct ids and checks
// that each answer belongs to its own call.
func parallelStates(ctx context.Context, task taskv3.TTRPCTaskService, n, each int) error {
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for g := range n {
		wg.Go(func() {
			for i := range each {
				id := fmt.Sprintf("c%d-%d", g, i)
				resp, err := task.State(withNamespace(ctx), &taskv3.StateRequest{ID: id})
				if err == nil && (resp.ID != id || resp.Stdin != "ns=k8s.io") {
					err = fmt.Errorf("call for %s got id %q stdin %q", id, resp.ID, resp.Stdin)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs
}

// payloadFor finds the payload length whose frame data (size(n) bytes) is exactly maxFrame.
// It solves on the real encodings rather than on hand-counted overheads.
func payloadFor(size func(n int) int) int {
	n := maxFrame
	for range 8 {
		d := size(n) - maxFrame
		if d == 0 {
			return n
		}
		n -= d
	}
	panic("payload size did not converge")
}

func mustMarshal(m proto.Message) []byte {
	b, err := proto.Marshal(m)
	if err != nil {
		panic(err)
	}
	return b
}

// maxEchoPayload: a Blob/Echo request whose ttrpc Request encoding is exactly 4 MiB
// (no metadata, no deadline: the check sends neither).
func maxEchoPayload() int {
	return payloadFor(func(n int) int {
		return proto.Size(&ttrpc.Request{Service: blobService, Method: "Echo", Payload: mustMarshal(wrapperspb.Bytes(make([]byte, n)))})
	})
}

// maxMakePayload: a Blob/Make answer whose ttrpc Response encoding (no status on success)
// is exactly 4 MiB.
func maxMakePayload() int {
	return payloadFor(func(n int) int {
		return proto.Size(&ttrpc.Response{Payload: mustMarshal(wrapperspb.Bytes(make([]byte, n)))})
	})
}

func checkMaxRequest(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
	n := maxEchoPayload()
	req := make([]byte, n)
	for i := range req {
		req[i] = byte(i % 251)
	}
	// The call carries no deadline: ttrpc would encode it as timeout_nano and the frame
	// would no longer be exactly 4 MiB. The check's own deadline still bounds the wait.
	var resp wrapperspb.BytesValue
	called := make(chan error, 1)
	go func() {
		called <- c.Call(context.WithoutCancel(ctx), blobService, "Echo", wrapperspb.Bytes(req), &resp)
	}()
	select {
	case err := <-called:
		if err != nil {
			return "", err
		}
	case <-ctx.Done():
		return "", ctx.Err()
	}
	if !bytes.Equal(resp.Value, req) {
		return "", fmt.Errorf("echo returned %d different bytes", len(resp.Value))
	}
	return fmt.Sprintf("request frame %d bytes (payload %d) echoed", maxFrame, n), nil
}

func checkMaxResponse(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
	n := maxMakePayload()
	var resp wrapperspb.BytesValue
	if err := c.Call(ctx, blobService, "Make", wrapperspb.UInt64(uint64(n)), &resp); err != nil {
		return "", err
	}
	if !bytes.Equal(resp.Value, bytes.Repeat([]byte("x"), n)) {
		return "", fmt.Errorf("got %d bytes, want %d x 'x'", len(resp.Value), n)
	}
	return fmt.Sprintf("response frame %d bytes (payload %d)", maxFrame, n), nil
}

// checkOverResponse asks for an answer one byte past the limit, on its own connection.
// Two outcomes pass: a ResourceExhausted status after which the same connection still
// answers (CONTRACT.md), or what Go ttrpc's server does: it closes the connection
// (server.go: a failed send ends serverConn.run), after which a new connection answers.
func checkOverResponse(ctx context.Context, _ *ttrpc.Client, addr string) (string, error) {
	c, err := dial(addr)
	if err != nil {
		return "", err
	}
	defer c.Close()
	n := maxMakePayload() + 1
	var resp wrapperspb.BytesValue
	err = c.Call(ctx, blobService, "Make", wrapperspb.UInt64(uint64(n)), &resp)
	after := c
	var outcome string
	switch {
	case err == nil:
		return "", fmt.Errorf("Make(%d) succeeded with %d bytes", n, len(resp.Value))
	case status.Code(err) == codes.ResourceExhausted:
		outcome = fmt.Sprintf("ResourceExhausted (%s); same connection", status.Convert(err).Message())
	case errors.Is(err, ttrpc.ErrClosed):
		if after, err = dial(addr); err != nil {
			return "", err
		}
		defer after.Close()
		outcome = "connection closed by the server (Go ttrpc behaviour); new connection"
	default:
		return "", fmt.Errorf("Make(%d): got %v, want ResourceExhausted or a closed connection", n, err)
	}
	if _, err := taskv3.NewTTRPCTaskClient(after).State(ctx, &taskv3.StateRequest{ID: "after"}); err != nil {
		return "", fmt.Errorf("%s: State afterwards failed: %w", outcome, err)
	}
	return outcome + " answers State afterwards", nil
}

// echoStreamOnce sends count messages on one EchoStream while reading the echoes
// concurrently (the client's receive buffer is bounded), then expects a clean close.
func echoStreamOnce(ctx context.Context, c *ttrpc.Client, tag string, count int) error {
	s, err := c.NewStream(ctx, &ttrpc.StreamDesc{StreamingClient: true, StreamingServer: true}, streamingService, "EchoStream", nil)
	if err != nil {
		return err
	}
	read := make(chan error, 1)
	go func() {
		for i := range count {
			var m wrapperspb.BytesValue
			if err := s.RecvMsg(&m); err != nil {
				read <- fmt.Errorf("stream %s: receive %d: %w", tag, i, err)
				return
			}
			if want := fmt.Sprintf("%s:%d", tag, i); string(m.Value) != want {
				read <- fmt.Errorf("stream %s: got %q, want %q", tag, m.Value, want)
				return
			}
		}
		var m wrapperspb.BytesValue
		if err := s.RecvMsg(&m); !errors.Is(err, io.EOF) {
			read <- fmt.Errorf("stream %s: after %d echoes got %v, want EOF", tag, count, err)
			return
		}
		read <- nil
	}()
	for i := range count {
		if err := s.SendMsg(wrapperspb.Bytes(fmt.Appendf(nil, "%s:%d", tag, i))); err != nil {
			return err
		}
	}
	if err := s.CloseSend(); err != nil {
		return err
	}
	return <-read
}

func checkStreamSum(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
	s, err := c.NewStream(ctx, &ttrpc.StreamDesc{StreamingClient: true}, streamingService, "Sum", nil)
	if err != nil {
		return "", err
	}
	const big = 9007199254740993 // 2^53+1: not representable as a double
	want := int64(big)
	for i := int64(1); i <= 1000; i++ {
		want += i
		if err := s.SendMsg(wrapperspb.Int64(i)); err != nil {
			return "", err
		}
	}
	if err := s.SendMsg(wrapperspb.Int64(big)); err != nil {
		return "", err
	}
	if err := s.CloseSend(); err != nil {
		return "", err
	}
	var got wrapperspb.Int64Value
	if err := s.RecvMsg(&got); err != nil {
		return "", err
	}
	if got.Value != want {
		return "", fmt.Errorf("sum %d, want %d", got.Value, want)
	}
	return fmt.Sprintf("1..1000 + 2^53+1 = %d", got.Value), nil
}

func checkStreamCount(ctx context.Context, c *ttrpc.Client, _ string) (string, error) {
	s, err := c.NewStream(ctx, &ttrpc.StreamDesc{StreamingServer: true}, streamingService, "Count", wrapperspb.UInt64(1000))
	if err != nil {
		return "", err
	}
	for i := uint64(1); ; i++ {
		var m wrapperspb.UInt64Value
		err := s.RecvMsg(&m)
		switch {
		case errors.Is(err, io.EOF) && i == 1001:
			return "1..1000 then close", nil
		case err != nil:
			return "", fmt.Errorf("message %d: %w", i, err)
		case m.Value != i:
			return "", fmt.Errorf("message %d carries %d", i, m.Value)
		}
	}
}
