// Command interop is husk's Go peer: it serves and calls the test services of
// test/interop/CONTRACT.md with the real github.com/containerd/ttrpc and containerd API
// packages, writes and checks message vectors, and runs the ttrpc benchmark. It exists
// only to prove that husk is wire-compatible with the Go implementations.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"time"

	"github.com/containerd/ttrpc"
)

// Names shared by the server and the client side (CONTRACT.md).
const (
	blobService      = "husk.interop.v1.Blob"
	streamingService = "husk.interop.v1.Streaming"
	benchService     = "husk.bench.v1.Bench"
	namespaceKey     = "containerd-namespace-ttrpc"
	// maxFrame is ttrpc's messageLengthMax (channel.go): the largest frame data length.
	maxFrame = 4 << 20
)

const usage = `usage:
  interop serve        --addr SOCK
  interop bench-server --addr SOCK
  interop client       --addr SOCK
  interop vectors      --out DIR
  interop check        --in DIR
  interop bench-client --addr SOCK [--mode unary|stream] [--concurrency N] [--duration 5s] [--size BYTES]
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	mode, args := os.Args[1], os.Args[2:]
	fs := flag.NewFlagSet(mode, flag.ExitOnError)
	addr := fs.String("addr", "", "unix socket path")
	out := fs.String("out", "", "directory for vectors")
	in := fs.String("in", "", "directory of husk-encoded vectors")
	benchMode := fs.String("mode", "unary", "bench mode: unary or stream")
	concurrency := fs.Int("concurrency", 1, "bench goroutines (calls or streams in flight)")
	duration := fs.Duration("duration", 5*time.Second, "bench duration")
	size := fs.Int("size", 0, "bench payload bytes (default 128 unary, 65536 stream)")
	_ = fs.Parse(args)

	need := func(v, name string) string {
		if v == "" {
			fmt.Fprintf(os.Stderr, "interop %s: --%s is required\n%s", mode, name, usage)
			os.Exit(2)
		}
		return v
	}

	var err error
	switch mode {
	case "serve", "bench-server":
		err = serve(need(*addr, "addr"))
	case "client":
		if !runChecks(need(*addr, "addr")) {
			os.Exit(1)
		}
	case "vectors":
		err = writeVectors(need(*out, "out"))
	case "check":
		if !checkVectors(need(*in, "in")) {
			os.Exit(1)
		}
	case "bench-client":
		err = benchClient(need(*addr, "addr"), *benchMode, *concurrency, *duration, *size)
	default:
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "interop %s: %v\n", mode, err)
		os.Exit(1)
	}
}

// dial opens one ttrpc connection to a unix socket.
func dial(addr string) (*ttrpc.Client, error) {
	conn, err := net.Dial("unix", addr)
	if err != nil {
		return nil, err
	}
	return ttrpc.NewClient(conn), nil
}

// printJSON writes v as one JSON line: the output format of every one-shot mode.
func printJSON(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
}

// result is one line of `client` and `check` output.
type result struct {
	Check  string `json:"check"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}
