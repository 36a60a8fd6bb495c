package annotate

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The corrections' messages are written without fmt (the WebAssembly links
// none): quotedList must write a list as fmt's %q does.
func TestQuotedListIsFmtQ(t *testing.T) {
	for _, list := range [][]string{nil, {}, {""}, {"woman"}, Genders[1:], {`a "b"`, "tab\there", "é\u202e", "\xff"}} {
		assert.Equal(t, fmt.Sprintf("%q", list), quotedList(list))
	}
}

// annotateError reads and unwraps as fmt.Errorf("annotate: %w", err).
func TestAnnotateErrorIsFmtWrap(t *testing.T) {
	inner := errors.New("speaker \"s1\": the merges form a cycle")
	want := fmt.Errorf("annotate: %w", inner)
	got := &annotateError{inner}
	assert.Equal(t, want.Error(), got.Error())
	assert.ErrorIs(t, got, inner)
}
