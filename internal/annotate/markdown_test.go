package annotate

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/mdtext"
)

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Format
	}{
		{"empty", "", FormatPlain},
		{"news", "The council met on Tuesday.\n\n\"We are ready,\" said the mayor.", FormatPlain},
		{"one heading and a link", "# Title\n\nSee [the report](https://example.org).", FormatMarkdown},
		{"heading and emphasis", "# Title\n\nIt was *very* late.", FormatMarkdown},
		{"two links", "Read [this](a) and [that](b).", FormatMarkdown},
		{"fenced code and list", "```\ncode\n```\n\n- item", FormatMarkdown},
		{"block quote, list and bold", "> quoted\n\n- item\n\nA **bold** claim.", FormatMarkdown},
		{"a heading alone", "# Title", FormatPlain},
		{"hashtag", "#MeToo trended on Monday. #news", FormatPlain},
		{"numbered list in plain copy", "Top stories:\n1. One.\n2. Two.\n3. Three.\n4. Four.", FormatPlain},
		{"a word in asterisks", "He was *not* pleased.\n\nNobody was.", FormatPlain},
		{"rules and a list", "Story\n---\n- a\n- b\n---", FormatPlain},
		{"old newswire quotes", "He said ``we will win'' and left.\n``Never,'' she said.\n``Again,'' he said.", FormatPlain},
		{"code spans and emphasis", "Run `make` and *then* `make test`.\n\nThen `go vet`.", FormatMarkdown},
		{"email with underscores", "Write to first_last@example.org or news_desk@example.org.", FormatPlain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, DetectFormat(tt.text))
			assert.Equal(t, tt.want == FormatMarkdown, LooksLikeMarkdown(tt.text), "LooksLikeMarkdown agrees")
		})
	}
}

// TestProjectionMapping checks that spans of the projection map back to
// the right Markdown source.
func TestProjectionMapping(t *testing.T) {
	tests := []struct {
		name string
		src  string
		proj string // a span of the projection, found by text
		want string // the source it maps to
	}{
		{"inside emphasis", "“We *really* need it,” he said.", "“We really need it,”", "“We *really* need it,”"},
		{"starts on markup", "*Really*, he said.", "Really", "Really"},
		{"link text", "He [said](https://example.org) so.", "said so", "said](https://example.org) so"},
		{"entity", "Smith &amp; Jones", "& Jones", "&amp; Jones"},
		{"escape", `a \*b\* c`, "*b*", `*b\*`},
		{"escaped quote mark", `\"Go,\" he said`, `"Go,"`, `"Go,\"`},
		{"soft break", "one\ntwo", "one two", "one\ntwo"},
		{"block quote lines", "> one\n> two", "one two", "one\n> two"},
		{"paragraphs", "“one\n\n“two”", "“one\n\n“two”", "“one\n\n“two”"},
		{"list items", "- a b\n- c d", "b\n\nc", "b\n- c"},
		{"code span", "Run `make` now", "make now", "make` now"},
		{"heading", "## Big *news*\n\nText", "Big news", "Big *news"},
		{"raw html left out", "a <b>bold</b> c", "bold", "bold"},
		{"multibyte", "Zoë’s *café* “ok”", "café “ok”", "café* “ok”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mdtext.Project(tt.src, mdtext.Tokens(tt.src))
			i := strings.Index(p.Text, tt.proj)
			require.GreaterOrEqual(t, i, 0, "projection %q lacks %q", p.Text, tt.proj)
			s := p.ToSource(Span{Start: i, End: i + len(tt.proj)})
			assert.Equal(t, tt.want, s.Of(tt.src))
		})
	}
}

// TestProjectionMapsEveryOffset maps every span of a projection and checks
// the result is in bounds, on rune boundaries and in order.
func TestProjectionMapsEveryOffset(t *testing.T) {
	for _, src := range markdownSeeds {
		p := mdtext.Project(src, mdtext.Tokens(src))
		for i := 0; i <= len(p.Text); i++ {
			for j := i; j <= len(p.Text) && j <= i+12; j++ {
				s := p.ToSource(Span{Start: i, End: j})
				require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(src), "%q: %d:%d -> %v", src, i, j, s)
				require.True(t, core.OnBoundary(src, s.Start) && core.OnBoundary(src, s.End), "%q: %d:%d -> %v", src, i, j, s)
			}
		}
	}
}

// projectionGolden writes what the annotator reads of a Markdown article
// and what it found, mapped back to the source.
func projectionGolden(src string, res Result) string {
	var b strings.Builder
	p := mdtext.Project(src, mdtext.Tokens(src))
	fmt.Fprintf(&b, "format %s\ndateline %q\n\n-- projection --\n%s\n-- end --\n\n", DetectFormat(src), res.Dateline, p.Text)
	for _, q := range res.Quotes {
		speaker := "-"
		if q.Speaker != nil {
			speaker = *q.Speaker
		}
		fmt.Fprintf(&b, "quote %s %d:%d %q speaker=%s unclosed=%v\n", q.ID, q.Start, q.End, q.Text, speaker, q.Unclosed)
		if q.Cue != nil {
			fmt.Fprintf(&b, "  cue %d:%d %q\n", q.Cue.Start, q.Cue.End, q.Cue.Text)
		}
	}
	for _, s := range res.Speakers {
		fmt.Fprintf(&b, "speaker %s %q %s\n", s.ID, s.Name, s.Kind)
		for _, m := range s.Mentions {
			fmt.Fprintf(&b, "  mention %d:%d %q\n", m.Start, m.End, m.Text)
		}
	}
	for _, d := range res.Dates {
		fmt.Fprintf(&b, "date %d:%d %q %s %s\n", d.Start, d.End, d.Text, d.Type, d.Value)
	}
	return b.String()
}

// TestMarkdownGolden annotates each article of testdata/markdown end to
// end and compares the projection and the spans, mapped back to the
// Markdown source, with its .golden file. Run with -update to rewrite.
func TestMarkdownGolden(t *testing.T) {
	articles, err := filepath.Glob(filepath.Join("testdata", "markdown", "*.md"))
	require.NoError(t, err)
	require.NotEmpty(t, articles)
	for _, path := range articles {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			res, err := Annotate(string(src), Options{})
			require.NoError(t, err)
			assert.Equal(t, FormatMarkdown, res.Format)
			checkSpans(t, string(src), res)
			got := projectionGolden(string(src), res)
			golden := strings.TrimSuffix(path, ".md") + ".golden"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -run TestMarkdownGolden -update, then review the file by eye")
			assert.Equal(t, string(want), got)
		})
	}
}

// TestAnnotateMarkdownMatchesPlain checks that annotating Markdown finds,
// span for span, what annotating its projection finds, each mapped back
// to source text that shows the same words.
func TestAnnotateMarkdownMatchesPlain(t *testing.T) {
	articles, err := filepath.Glob(filepath.Join("testdata", "*", "*.md"))
	require.NoError(t, err)
	for _, path := range articles {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		p := mdtext.Project(string(src), mdtext.Tokens(string(src)))
		md := annotateMarkdown(string(src), calendar.Time{})
		plain := annotatePlain(p.Text, calendar.Time{})
		require.Len(t, md.Quotes, len(plain.Quotes), path)
		require.Len(t, md.Dates, len(plain.Dates), path)
		for i, d := range md.Dates {
			assert.Equal(t, plain.Dates[i].Value, d.Value, path)
			assert.Equal(t, words(plain.Dates[i].Text), words(markupless(d.Text)), path)
		}
		for i, q := range md.Quotes {
			assert.Equal(t, words(plain.Quotes[i].Text), words(markupless(q.Text)), path)
		}
	}
}

var htmlTag = regexp.MustCompile(`<[^<>]*>`)

// words returns the letters and digits of s, for comparing text that
// differs in markup and spacing.
func words(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// markupless drops link targets, raw HTML tags and entities from Markdown
// text.
func markupless(s string) string {
	s = htmlTag.ReplaceAllString(s, "")
	for {
		i := strings.Index(s, "](")
		j := strings.IndexByte(s[max(i, 0):], ')')
		if i < 0 || j < 0 {
			break
		}
		s = s[:i] + s[i+j+1:]
	}
	return strings.NewReplacer("&amp;", "&", "&nbsp;", " ").Replace(s)
}
