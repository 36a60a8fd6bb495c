// Command genlists writes a package's word lists into Go source (see
// package listgen). It runs from go generate in the package's directory:
//
//	//go:generate go run ../internal/listgen/genlists -o lists_gen.go NAME=PATH...
package main

import (
	"os"

	"github.com/newsroom/annotator/internal/annotate/internal/listgen"
)

func main() {
	a, err := listgen.ParseArgs(os.Args[1:])
	if err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(2)
	}
	src, err := listgen.Generate(os.Getenv("GOPACKAGE"), ".", a)
	if err == nil {
		err = os.WriteFile(a.Out, src, 0o644)
	}
	if err != nil {
		os.Stderr.WriteString("genlists: " + err.Error() + "\n")
		os.Exit(1)
	}
}
