package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNewDocumentParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"blank only", " \n\t\n ", nil},
		{"one line", "One paragraph.", []string{"One paragraph."}},
		{"lines without blank lines are paragraphs", "First.\nSecond.\r\nThird.", []string{"First.", "Second.", "Third."}},
		{"blank lines separate, single newlines are soft breaks", "A line\nwrapped.\n\nNext one.", []string{"A line\nwrapped.", "Next one."}},
		{"blank line with spaces", "One.\n   \nTwo.", []string{"One.", "Two."}},
		{"trims zero-width and no-break space", "\u200b One.\u00a0\n\n\nTwo.  ", []string{"One.", "Two."}},
		{"leading blank lines", "\n\nCTV Vancouver\n\nBody text.", []string{"CTV Vancouver", "Body text."}},
		{"a byte-order mark is not text", "\ufeff\u201cYes,\u201d she said.\n", []string{"\u201cYes,\u201d she said."}},
		{"lone CRs end lines", "First.\rSecond.\rThird.", []string{"First.", "Second.", "Third."}},
		{"lone CRs make blank lines", "A line\rwrapped.\r\rNext one.", []string{"A line\rwrapped.", "Next one."}},
		{"CRLF blank lines", "A line\r\nwrapped.\r\n\r\nNext one.", []string{"A line\r\nwrapped.", "Next one."}},
		{"a CR at the very end", "One.\r\rTwo.\r", []string{"One.", "Two."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDocument(tc.text)
			var got []string
			for _, p := range d.Paras {
				got = append(got, p.Of(tc.text))
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestParagraphAt(t *testing.T) {
	text := "One.\n\nTwo.\n\nThree."
	d := NewDocument(text)
	tests := []struct {
		offset, want int
	}{
		{0, 0}, {3, 0}, {5, 0}, {6, 1}, {12, 2}, {len(text), 2},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, d.ParagraphAt(tc.offset), "offset %d", tc.offset)
	}
	assert.Equal(t, -1, NewDocument("  x").ParagraphAt(0))
}

func TestPooledDocumentMatches(t *testing.T) {
	for _, text := range []string{"", "one line", "first\nsecond\n\n third ", "a\n\nb\nc\n\n\n d"} {
		want := NewDocument(text)
		d := NewPooledDocument(text)
		assert.Equal(t, len(want.Paras), len(d.Paras), text)
		for i := range want.Paras {
			assert.Equal(t, want.Paras[i], d.Paras[i], text)
		}
		d.Release()
		assert.Nil(t, d.Paras, "released")
	}
}
