package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/containerd/ttrpc"
	"google.golang.org/protobuf/types/known/wrapperspb"
)

// benchResult is the one JSON line of bench-client. MB are 10^6 bytes of request payload.
type benchResult struct {
	Mode        string  `json:"mode"`
	Concurrency int     `json:"concurrency"`
	Calls       int     `json:"calls"`
	Seconds     float64 `json:"seconds"`
	CallsPerSec float64 `json:"callsPerSec"`
	P50us       float64 `json:"p50us"`
	P99us       float64 `json:"p99us"`
	MBPerSec    float64 `json:"mbPerSec"`
}

// benchClient runs closed loops on ONE connection for the given duration. unary: each
// goroutine calls Bench/Echo back to back; a latency is one call. stream: each goroutine
// owns one Bench/Upload stream and sends size-byte chunks; a latency is one SendMsg, and
// the server's byte count is checked at the end. Calls counts calls or chunks.
func benchClient(addr, mode string, concurrency int, duration time.Duration, size int) error {
	if size == 0 {
		size = map[string]int{"unary": 128, "stream": 64 << 10}[mode]
	}
	var worker func(ctx context.Context, c *ttrpc.Client, payload []byte, lat *[]time.Duration) error
	switch mode {
	case "unary":
		worker = unaryWorker
	case "stream":
		worker = uploadWorker
	default:
		return fmt.Errorf("unknown mode %q", mode)
	}
	if concurrency < 1 || size < 0 {
		return errors.New("--concurrency must be >= 1 and --size >= 0")
	}
	c, err := dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	payload := make([]byte, size)
	for i := range payload {
		payload[i] = byte(i)
	}
	var warm wrapperspb.BytesValue // one call first, so connection setup is not measured
	if err := c.Call(context.Background(), benchService, "Echo", wrapperspb.Bytes(payload[:min(size, 128)]), &warm); err != nil {
		return err
	}

	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()
	lats := make([][]time.Duration, concurrency)
	errs := make([]error, concurrency)
	var wg sync.WaitGroup
	start := time.Now()
	for g := range concurrency {
		wg.Go(func() { errs[g] = worker(ctx, c, payload, &lats[g]) })
	}
	wg.Wait()
	secs := time.Since(start).Seconds()
	if err := errors.Join(errs...); err != nil {
		return err
	}

	all := slices.Concat(lats...)
	slices.Sort(all)
	pct := func(p float64) float64 {
		if len(all) == 0 {
			return 0
		}
		return float64(all[min(len(all)-1, int(p*float64(len(all))))].Nanoseconds()) / 1e3
	}
	printJSON(benchResult{
		Mode: mode, Concurrency: concurrency, Calls: len(all), Seconds: round(secs, 3),
		CallsPerSec: round(float64(len(all))/secs, 1), P50us: round(pct(0.50), 1), P99us: round(pct(0.99), 1),
		MBPerSec: round(float64(len(all))*float64(size)/secs/1e6, 2),
	})
	return nil
}

func round(v float64, digits int) float64 {
	p := 1.0
	for range digits {
		p *= 10
	}
	return float64(int64(v*p+0.5)) / p
}

func unaryWorker(ctx context.Context, c *ttrpc.Client, payload []byte, lat *[]time.Duration) error {
	req := wrapperspb.Bytes(payload)
	for ctx.Err() == nil {
		var resp wrapperspb.BytesValue
		t := time.Now()
		// No deadline on the call itself: the loop stops between calls, so every call
		// counted completed and none is cut off by the bench's end.
		if err := c.Call(context.Background(), benchService, "Echo", req, &resp); err != nil {
			return err
		}
		*lat = append(*lat, time.Since(t))
		if len(resp.Value) != len(payload) {
			return fmt.Errorf("echo returned %d bytes, want %d", len(resp.Value), len(payload))
		}
	}
	return nil
}

func uploadWorker(ctx context.Context, c *ttrpc.Client, payload []byte, lat *[]time.Duration) error {
	s, err := c.NewStream(context.Background(), &ttrpc.StreamDesc{StreamingClient: true}, benchService, "Upload", nil)
	if err != nil {
		return err
	}
	chunk := wrapperspb.Bytes(payload)
	var sent uint64
	for ctx.Err() == nil {
		t := time.Now()
		if err := s.SendMsg(chunk); err != nil {
			return err
		}
		*lat = append(*lat, time.Since(t))
		sent += uint64(len(payload))
	}
	if err := s.CloseSend(); err != nil {
		return err
	}
	var total wrapperspb.UInt64Value
	if err := s.RecvMsg(&total); err != nil {
		return err
	}
	if total.Value != sent {
		return fmt.Errorf("server counted %d bytes, sent %d", total.Value, sent)
	}
	return nil
}
