package quote

import (
	"os"
	"testing"

	"github.com/newsroom/annotator/internal/annotate/internal/listgen"
)

// TestListsGenerated checks that lists_gen.go holds the list files as
// they are: run go generate after editing one.
func TestListsGenerated(t *testing.T) {
	src, err := os.ReadFile("lexicon.go")
	if err != nil {
		t.Fatal(err)
	}
	args, err := listgen.FromSource(string(src))
	if err != nil {
		t.Fatal(err)
	}
	want, err := listgen.Generate("quote", ".", args)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(args.Out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("%s is not what the list files give: run go generate ./internal/annotate/quote/", args.Out)
	}
}
