package timex

import (
	"testing"

	"github.com/newsroom/annotator/internal/annotate/internal/listgen"
)

// TestListsGenerated checks that lists_gen.go holds the list files as
// they are: run go generate after editing one.
func TestListsGenerated(t *testing.T) {
	if err := listgen.Check("timex", ".", "lexicon.go"); err != nil {
		t.Error(err)
	}
}
