// Command wasmpack joins the data segments of a Go WebAssembly module that
// only short runs of zeros separate, so that the module compresses better
// (see internal/wasmpack): make wasm runs it on every module it builds.
//
//	wasmpack [-gap 64] in.wasm out.wasm
//
// in and out may be the same file; out is written only when in was read
// and rewritten without error.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/newsroom/annotator/internal/wasmpack"
)

func main() {
	gap := flag.Int("gap", wasmpack.DefaultMaxGap, "the longest run of zero bytes written to join two segments")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: wasmpack [-gap bytes] in.wasm out.wasm\n\n"+
			"Joins the data segments of a WebAssembly module that short runs of zeros separate.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 2 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), flag.Arg(1), *gap); err != nil {
		fmt.Fprintln(os.Stderr, "wasmpack:", err)
		os.Exit(1)
	}
}

func run(in, out string, gap int) error {
	module, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	packed, st, err := wasmpack.Pack(module, gap)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	if err := os.WriteFile(out, packed, 0o644); err != nil {
		return err
	}
	fmt.Printf("wasmpack: %s: %d data segments joined into %d (%d zero bytes written), %d -> %d bytes\n",
		out, st.Segments, st.Packed, st.Zeros, len(module), len(packed))
	return nil
}
