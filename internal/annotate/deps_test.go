//go:build !js

package annotate

import (
	"os/exec"
	"strings"
	"testing"
)

// TestModuleDependencies checks that the embed's and the page's first
// WebAssembly modules (the nomarkdown builds of ./wasm, see the Makefile)
// link none of the packages kept out for their size: fmt and reflect (the
// bridge's sprintf), time and embed (package calendar, and the word lists
// compiled in by listgen: either brings internal/godebug and the runtime's
// metrics, about 0.03 MB brotli), regexp (goldmark's). It asks the go
// command, and skips where there is none.
func TestModuleDependencies(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	for _, tags := range []string{"nomarkdown,nodesk", "nomarkdown"} {
		cmd := exec.Command(goCmd, "list", "-tags", tags, "-deps", "../../wasm")
		cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -tags %s: %v", tags, err)
		}
		deps := map[string]bool{}
		for _, p := range strings.Fields(string(out)) {
			deps[p] = true
		}
		if !deps["github.com/newsroom/annotator/internal/annotate"] {
			t.Fatalf("go list -tags %s does not list the engine: %s", tags, out)
		}
		for _, p := range []string{"fmt", "reflect", "time", "embed", "io/fs", "internal/godebug", "regexp", "os"} {
			if deps[p] {
				t.Errorf("the module built with -tags %s links package %s", tags, p)
			}
		}
	}
}
