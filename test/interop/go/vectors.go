package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/testing/protocmp"

	// Imported for their registrations in protoregistry: the vectors walk these descriptors.
	_ "github.com/containerd/cgroups/v3/cgroup1/stats"
	_ "github.com/containerd/cgroups/v3/cgroup2/stats"
	_ "github.com/containerd/containerd/api/events"
	_ "github.com/containerd/containerd/api/runtime/sandbox/v1"
	_ "github.com/containerd/containerd/api/runtime/task/v2"
	_ "github.com/containerd/containerd/api/runtime/task/v3"
	_ "github.com/containerd/containerd/api/services/ttrpc/events/v1"
	_ "github.com/containerd/containerd/api/types"
	_ "github.com/containerd/containerd/api/types/runtimeoptions/v1"
	_ "github.com/containerd/containerd/api/types/task"
)

// Roots of the vector set (CONTRACT.md): every request and response of these services,
// every message of these packages, and these messages.
var (
	rootServices = []protoreflect.FullName{
		"containerd.task.v2.Task",
		"containerd.task.v3.Task",
		"containerd.runtime.sandbox.v1.Sandbox",
		"containerd.services.events.ttrpc.v1.Events",
	}
	rootPackages = []protoreflect.FullName{"containerd.events"}
	rootMessages = []protoreflect.FullName{
		"io.containerd.cgroups.v1.Metrics",
		"io.containerd.cgroups.v2.Metrics",
		"runtimeoptions.v1.Options",
		"containerd.types.Mount",
		"containerd.types.Metric",
		"containerd.types.Platform",
		"containerd.v1.types.Process",
		"containerd.v1.types.ProcessInfo",
	}
)

// maxRecursionDepth: a message type already on the path from the root is filled only
// above this depth, so recursive types end.
const maxRecursionDepth = 4

// vectorMessages returns every message reachable from the roots, by full name. Map entry
// types are left out (they are part of their map field) and so are google.protobuf
// types: they are not containerd's and are exercised inside every message that uses them.
func vectorMessages() (map[string]protoreflect.MessageDescriptor, error) {
	found := map[string]protoreflect.MessageDescriptor{}
	var visit func(md protoreflect.MessageDescriptor)
	visit = func(md protoreflect.MessageDescriptor) {
		name := string(md.FullName())
		if _, seen := found[name]; seen || md.IsMapEntry() || strings.HasPrefix(name, "google.protobuf.") {
			return
		}
		found[name] = md
		fields := md.Fields()
		for i := range fields.Len() {
			fd := fields.Get(i)
			if fd.IsMap() {
				fd = fd.MapValue()
			}
			if fd.Message() != nil {
				visit(fd.Message())
			}
		}
	}

	for _, name := range rootServices {
		d, err := protoregistry.GlobalFiles.FindDescriptorByName(name)
		if err != nil {
			return nil, fmt.Errorf("service %s: %w", name, err)
		}
		methods := d.(protoreflect.ServiceDescriptor).Methods()
		for i := range methods.Len() {
			visit(methods.Get(i).Input())
			visit(methods.Get(i).Output())
		}
	}
	for _, pkg := range rootPackages {
		protoregistry.GlobalFiles.RangeFilesByPackage(pkg, func(fd protoreflect.FileDescriptor) bool {
			for i := range fd.Messages().Len() {
				visit(fd.Messages().Get(i))
			}
			return true
		})
	}
	for _, name := range rootMessages {
		d, err := protoregistry.GlobalFiles.FindDescriptorByName(name)
		if err != nil {
			return nil, fmt.Errorf("message %s: %w", name, err)
		}
		visit(d.(protoreflect.MessageDescriptor))
	}
	return found, nil
}

func sortedNames(msgs map[string]protoreflect.MessageDescriptor) []string {
	names := make([]string, 0, len(msgs))
	for n := range msgs {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// newFilled returns the deterministic fill of a message type (a Go generated type).
func newFilled(name string) (proto.Message, error) {
	mt, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(name))
	if err != nil {
		return nil, err
	}
	m := mt.New()
	fill(m, nil)
	return m.Interface(), nil
}

// fill sets every field of m (one member per oneof); path holds the message types from
// the root down to m.
func fill(m protoreflect.Message, path []protoreflect.FullName) {
	md := m.Descriptor()
	if md.FullName() == "google.protobuf.Any" {
		m.Set(md.Fields().ByName("type_url"), protoreflect.ValueOfString("types.containerd.io/test"))
		m.Set(md.Fields().ByName("value"), protoreflect.ValueOfBytes([]byte{1, 2, 3}))
		return
	}
	path = append(path, md.FullName())
	descend := func(child protoreflect.MessageDescriptor) bool {
		return len(path) < maxRecursionDepth || !slices.Contains(path, child.FullName())
	}

	fields := md.Fields()
	for i := range fields.Len() {
		fd := fields.Get(i)
		if oneof := fd.ContainingOneof(); oneof != nil && !oneof.IsSynthetic() && oneof.Fields().Get(0) != fd {
			continue
		}
		switch {
		case fd.IsMap():
			if vd := fd.MapValue(); vd.Message() != nil && !descend(vd.Message()) {
				continue
			}
			mp := m.Mutable(fd).Map()
			for i := range 2 {
				key := scalar(fd.MapKey(), i).MapKey()
				if fd.MapValue().Message() != nil {
					v := mp.NewValue()
					fill(v.Message(), path)
					mp.Set(key, v)
				} else {
					mp.Set(key, scalar(fd.MapValue(), i))
				}
			}
		case fd.IsList():
			if fd.Message() != nil && !descend(fd.Message()) {
				continue
			}
			l := m.Mutable(fd).List()
			for i := range 2 {
				if fd.Message() != nil {
					v := l.NewElement()
					fill(v.Message(), path)
					l.Append(v)
				} else {
					l.Append(scalar(fd, i))
				}
			}
		case fd.Message() != nil:
			if descend(fd.Message()) {
				fill(m.Mutable(fd).Message(), path)
			}
		default:
			m.Set(fd, scalar(fd, 0))
		}
	}
}

// scalar is the value of element i (0 or 1) of a scalar field, from its field number:
// negative signed ints (and doubles) at odd numbers, top bits set in unsigned ints at odd
// numbers (64-bit ones above 2^53), exactly representable floats (n+0.5), enums at their
// highest value.
func scalar(fd protoreflect.FieldDescriptor, i int) protoreflect.Value {
	n := int64(fd.Number())
	k := n*7 + 1 + int64(i)
	odd := n%2 == 1
	switch fd.Kind() {
	case protoreflect.BoolKind:
		return protoreflect.ValueOfBool(i == 0)
	case protoreflect.EnumKind:
		values := fd.Enum().Values()
		highest := values.Get(0).Number()
		for j := range values.Len() {
			highest = max(highest, values.Get(j).Number())
		}
		return protoreflect.ValueOfEnum(highest)
	case protoreflect.Int32Kind, protoreflect.Sint32Kind, protoreflect.Sfixed32Kind:
		if odd {
			k = -k
		}
		return protoreflect.ValueOfInt32(int32(k))
	case protoreflect.Uint32Kind, protoreflect.Fixed32Kind:
		if odd {
			k |= 1 << 31
		}
		return protoreflect.ValueOfUint32(uint32(k))
	case protoreflect.Int64Kind, protoreflect.Sint64Kind, protoreflect.Sfixed64Kind:
		if odd {
			k = -(1<<60 + k)
		}
		return protoreflect.ValueOfInt64(k)
	case protoreflect.Uint64Kind, protoreflect.Fixed64Kind:
		u := uint64(k)
		if odd {
			u |= 1 << 63
		}
		return protoreflect.ValueOfUint64(u)
	case protoreflect.FloatKind:
		return protoreflect.ValueOfFloat32(float32(n+int64(i)) + 0.5)
	case protoreflect.DoubleKind:
		d := float64(n+int64(i)) + 0.5
		if odd {
			d = -d
		}
		return protoreflect.ValueOfFloat64(d)
	case protoreflect.StringKind:
		if i > 0 {
			return protoreflect.ValueOfString(fmt.Sprintf("f%d.%d", n, i))
		}
		return protoreflect.ValueOfString(fmt.Sprintf("f%d", n))
	case protoreflect.BytesKind:
		b := []byte{byte(n), 0xff, 0}
		if i > 0 {
			b = append(b, byte(i))
		}
		return protoreflect.ValueOfBytes(b)
	}
	panic(fmt.Sprintf("%s: no value for kind %v", fd.FullName(), fd.Kind()))
}

// canonicalJSON renders m as CONTRACT.md describes: what protobufjs toObject gives with
// {longs: String, enums: Number, bytes: String} and keep-case names.
func canonicalJSON(m protoreflect.Message) map[string]any {
	obj := map[string]any{}
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case fd.IsMap():
			entries := map[string]any{}
			v.Map().Range(func(k protoreflect.MapKey, v protoreflect.Value) bool {
				entries[k.String()] = jsonValue(fd.MapValue(), v)
				return true
			})
			obj[string(fd.Name())] = entries
		case fd.IsList():
			items := []any{}
			for i := range v.List().Len() {
				items = append(items, jsonValue(fd, v.List().Get(i)))
			}
			obj[string(fd.Name())] = items
		default:
			obj[string(fd.Name())] = jsonValue(fd, v)
		}
		return true
	})
	return obj
}

func jsonValue(fd protoreflect.FieldDescriptor, v protoreflect.Value) any {
	switch fd.Kind() {
	case protoreflect.MessageKind, protoreflect.GroupKind:
		return canonicalJSON(v.Message())
	case protoreflect.EnumKind:
		return int32(v.Enum())
	case protoreflect.Int64Kind, protoreflect.Sint64Kind, protoreflect.Sfixed64Kind:
		return strconv.FormatInt(v.Int(), 10)
	case protoreflect.Uint64Kind, protoreflect.Fixed64Kind:
		return strconv.FormatUint(v.Uint(), 10)
	case protoreflect.BytesKind:
		return base64.StdEncoding.EncodeToString(v.Bytes())
	}
	return v.Interface() // bool, string, 32-bit ints, float (as float64), double
}

// writeVectors writes manifest.json and, per message, <name>.bin and <name>.json.
func writeVectors(dir string) error {
	msgs, err := vectorMessages()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	names := sortedNames(msgs)
	manifest, _ := json.MarshalIndent(names, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), append(manifest, '\n'), 0o644); err != nil {
		return err
	}
	for _, name := range names {
		m, err := newFilled(name)
		if err != nil {
			return err
		}
		bin, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		js, err := json.Marshal(canonicalJSON(m.ProtoReflect()))
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".bin"), bin, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name+".json"), append(js, '\n'), 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "wrote %d messages to %s\n", len(names), dir)
	return nil
}

// checkVectors decodes every DIR/<name>.bin into its Go type and compares it with the fill.
func checkVectors(dir string) bool {
	msgs, err := vectorMessages()
	if err != nil {
		printJSON(result{Check: "descriptors", Detail: err.Error()})
		return false
	}
	allOK := true
	report := func(r result) {
		allOK = allOK && r.OK
		printJSON(r)
	}
	for _, name := range sortedNames(msgs) {
		report(checkOne(dir, name))
	}
	// A .bin for a message the Go side does not list means the two manifests disagree.
	files, _ := filepath.Glob(filepath.Join(dir, "*.bin"))
	for _, f := range files {
		if name := strings.TrimSuffix(filepath.Base(f), ".bin"); msgs[name] == nil {
			report(result{Check: name, Detail: "not a message of the Go manifest"})
		}
	}
	return allOK
}

func checkOne(dir, name string) result {
	want, err := newFilled(name)
	if err != nil {
		return result{Check: name, Detail: err.Error()}
	}
	bin, err := os.ReadFile(filepath.Join(dir, name+".bin"))
	if err != nil {
		return result{Check: name, Detail: "no husk file: " + err.Error()}
	}
	got := want.ProtoReflect().Type().New().Interface()
	if err := proto.Unmarshal(bin, got); err != nil {
		return result{Check: name, Detail: "decode: " + err.Error()}
	}
	if !proto.Equal(got, want) {
		diff := cmp.Diff(want, got, protocmp.Transform())
		if len(diff) > 4000 {
			diff = diff[:4000] + "…"
		}
		return result{Check: name, Detail: "(-go +husk)\n" + diff}
	}
	return result{Check: name, OK: true, Detail: fmt.Sprintf("%d bytes", len(bin))}
}
