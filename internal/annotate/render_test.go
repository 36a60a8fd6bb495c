package annotate

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// voidElements never have an end tag.
var voidElements = map[string]bool{"br": true, "hr": true, "img": true, "input": true, "meta": true, "link": true, "wbr": true}

// phrasingOnly elements may not hold a block element.
var blockElements = map[string]bool{"p": true, "li": true, "ul": true, "ol": true, "blockquote": true, "pre": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "hr": true}

// checkWellFormed tokenizes an HTML fragment and reports the first tag that
// does not nest: an end tag that is not the innermost open element, an
// element left open, or a block element inside a <mark>.
func checkWellFormed(fragment string) error {
	z := html.NewTokenizer(strings.NewReader(fragment))
	var open []string
	marks := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return z.Err()
			}
			if len(open) > 0 {
				return fmt.Errorf("unclosed elements %v", open)
			}
			return nil
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if blockElements[tag] && marks > 0 {
				return fmt.Errorf("<%s> inside <mark>", tag)
			}
			if !voidElements[tag] {
				open = append(open, tag)
				if tag == "mark" {
					marks++
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if len(open) == 0 || open[len(open)-1] != tag {
				return fmt.Errorf("</%s> closes %v", tag, open)
			}
			open = open[:len(open)-1]
			if tag == "mark" {
				marks--
			}
		case html.SelfClosingTagToken:
			return fmt.Errorf("self-closing tag %s", z.Raw())
		}
	}
}

// textContent returns the text of an HTML fragment, references resolved,
// each text decoded on its own as a browser decodes the page before
// parsing it: invalid bytes on either side of a tag become U+FFFD and
// never join into one character.
func textContent(fragment string) string {
	z := html.NewTokenizer(strings.NewReader(fragment))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.WriteString(validText(string(z.Text())))
		}
	}
}

// spanFinder finds the spans of a .spans file in an article: each kind of
// line searches on from the previous match of its kind.
type spanFinder struct {
	text string
	next map[string]int
}

func (f *spanFinder) find(kind, sub string) (Span, error) {
	from := f.next[kind]
	i := strings.Index(f.text[from:], sub)
	if i < 0 {
		return Span{}, fmt.Errorf("%s %q not found after byte %d", kind, sub, from)
	}
	s := Span{Start: from + i, End: from + i + len(sub)}
	f.next[kind] = s.Start + 1
	return s, nil
}

// specField is one field of a .spans line: a word, or a Go string.
type specField struct {
	value  string
	quoted bool
}

func splitSpec(line string) ([]specField, error) {
	var fs []specField
	for line = strings.TrimSpace(line); line != ""; line = strings.TrimSpace(line) {
		if line[0] == '"' {
			q, err := strconv.QuotedPrefix(line)
			if err != nil {
				return nil, fmt.Errorf("bad string in %q: %w", line, err)
			}
			v, _ := strconv.Unquote(q)
			fs = append(fs, specField{v, true})
			line = line[len(q):]
			continue
		}
		word, rest, _ := strings.Cut(line, " ")
		fs = append(fs, specField{value: word})
		line = rest
	}
	return fs, nil
}

// parseSpans builds a Result for text from a .spans file, whose lines are
//
//	speaker ID NAME...
//	quote ID SPEAKER|- "FROM" ["TO"] [cue "CUE"] [unclosed]
//	mention SPEAKER "TEXT"
//	date TYPE VALUE "TEXT"
//
// A quote runs from the start of FROM to the end of TO (or of FROM).
func parseSpans(text, spec string, format Format) (Result, error) {
	res := Result{Format: format}
	f := &spanFinder{text: text, next: map[string]int{}}
	for n, line := range strings.Split(spec, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fail := func(err error) (Result, error) { return Result{}, fmt.Errorf("line %d: %w", n+1, err) }
		if rest, ok := strings.CutPrefix(line, "speaker "); ok {
			id, name, _ := strings.Cut(rest, " ")
			res.Speakers = append(res.Speakers, Speaker{ID: id, Name: name, Kind: "person"})
			continue
		}
		fs, err := splitSpec(line)
		if err != nil {
			return fail(err)
		}
		switch {
		case fs[0].value == "quote" && len(fs) >= 4:
			q := Quote{ID: fs[1].value}
			if fs[2].value != "-" {
				sp := fs[2].value
				q.Speaker = &sp
			}
			if q.Span, err = f.find("quote", fs[3].value); err != nil {
				return fail(err)
			}
			rest := fs[4:]
			if len(rest) > 0 && rest[0].quoted {
				to, err := f.find("quote-end", rest[0].value)
				if err != nil {
					return fail(err)
				}
				q.End = to.End
				rest = rest[1:]
			}
			f.next["quote"] = q.End
			f.next["quote-end"] = q.End
			for len(rest) > 0 {
				switch {
				case rest[0].value == "unclosed":
					q.Unclosed = true
					rest = rest[1:]
				case rest[0].value == "cue" && len(rest) > 1:
					i := strings.Index(text[q.Start:], rest[1].value)
					if i < 0 {
						return fail(fmt.Errorf("cue %q not found", rest[1].value))
					}
					q.Cue = &Mention{Span: Span{Start: q.Start + i, End: q.Start + i + len(rest[1].value)}}
					rest = rest[2:]
				default:
					return fail(fmt.Errorf("unknown field %q", rest[0].value))
				}
			}
			res.Quotes = append(res.Quotes, q)
		case fs[0].value == "mention" && len(fs) == 3:
			s, err := f.find("mention", fs[2].value)
			if err != nil {
				return fail(err)
			}
			for i := range res.Speakers {
				if res.Speakers[i].ID == fs[1].value {
					res.Speakers[i].Mentions = append(res.Speakers[i].Mentions, Mention{Span: s})
				}
			}
		case fs[0].value == "date" && len(fs) == 4:
			s, err := f.find("date", fs[3].value)
			if err != nil {
				return fail(err)
			}
			res.Dates = append(res.Dates, Date{Span: s, Type: fs[1].value, Value: fs[2].value})
		default:
			return fail(fmt.Errorf("cannot read %q", line))
		}
	}
	finish(text, &res)
	return res, nil
}

// TestRenderGolden renders each article of testdata/render with the
// highlights of its .spans file and compares the HTML with its .golden
// file. Run with -update to rewrite them, then review the diff by eye.
func TestRenderGolden(t *testing.T) {
	articles, err := filepath.Glob(filepath.Join("testdata", "render", "*.[mt][dx]*"))
	require.NoError(t, err)
	require.NotEmpty(t, articles)
	for _, path := range articles {
		format := FormatPlain
		if strings.HasSuffix(path, ".md") {
			format = FormatMarkdown
		}
		base := strings.TrimSuffix(path, filepath.Ext(path))
		t.Run(filepath.Base(base), func(t *testing.T) {
			text, err := os.ReadFile(path)
			require.NoError(t, err)
			spec, err := os.ReadFile(base + ".spans")
			require.NoError(t, err)
			res, err := parseSpans(string(text), string(spec), format)
			require.NoError(t, err)
			got := RenderHTML(string(text), res)
			require.NoError(t, checkWellFormed(got))
			if *update {
				require.NoError(t, os.WriteFile(base+".golden", []byte(got), 0o644))
			}
			want, err := os.ReadFile(base + ".golden")
			require.NoError(t, err, "run go test -run TestRenderGolden -update, then review the file by eye")
			assert.Equal(t, string(want), got)
		})
	}
}

// TestRenderMarks checks the splitting and nesting of highlights on small
// cases.
func TestRenderMarks(t *testing.T) {
	s1 := "s1"
	tests := []struct {
		name   string
		format Format
		text   string
		res    func(text string) Result
		want   string
	}{{
		name: "quote around emphasis stays whole", format: FormatMarkdown,
		text: "“We *really* need it,” he said.",
		res: func(text string) Result {
			return Result{Quotes: []Quote{{ID: "q1", Span: spanOf(text, "“We *really* need it,”")}}}
		},
		want: `<p><mark id="q1" tabindex="0" class="q spk-none" data-quote="q1" data-paragraph="0" title="unattributed quote, paragraph 1">“We <em>really</em> need it,”</mark> he said.</p>` + "\n",
	}, {
		name: "quote ending inside a link is split", format: FormatMarkdown,
		text: "[“Go home,” he](https://example.org) said.",
		res: func(text string) Result {
			return Result{Quotes: []Quote{{ID: "q1", Span: spanOf(text, "“Go home,”")}}}
		},
		want: `<p><a href="https://example.org" rel="noopener noreferrer nofollow"><mark id="q1" tabindex="0" class="q spk-none" data-quote="q1" data-paragraph="0" title="unattributed quote, paragraph 1">“Go home,”</mark> he</a> said.</p>` + "\n",
	}, {
		name: "quote across paragraphs: id on the first piece", format: FormatPlain,
		text: "“One\n\n“Two.”",
		res: func(text string) Result {
			return Result{Quotes: []Quote{{ID: "q1", Span: Span{Start: 0, End: len(text)}}}}
		},
		want: `<p><mark id="q1" tabindex="0" class="q spk-none" data-quote="q1" data-paragraph="0" title="unattributed quote, paragraph 1">“One</mark></p>` + "\n" +
			`<p><mark class="q spk-none" data-quote="q1" data-paragraph="0" title="unattributed quote, paragraph 1">“Two.”</mark></p>` + "\n",
	}, {
		name: "date and mention nest in a quote", format: FormatPlain,
		text: "“Friday, Ann,” said Ann.",
		res: func(text string) Result {
			return Result{
				Quotes:   []Quote{{ID: "q1", Span: spanOf(text, "“Friday, Ann,”"), Speaker: &s1, Cue: &Mention{Span: spanOf(text, "said")}}},
				Speakers: []Speaker{{ID: "s1", Name: "Ann", Mentions: []Mention{{Span: spanOf(text, "Ann")}, {Span: lastSpanOf(text, "Ann")}}}},
				Dates:    []Date{{Span: spanOf(text, "Friday"), Type: "DATE", Value: "2025-10-17"}},
			}
		},
		want: `<p><mark id="q1" tabindex="0" class="q spk-1" data-quote="q1" data-speaker="s1" data-speaker-name="Ann" data-cue="said" data-paragraph="0" title="quote by Ann, cue “said”, paragraph 1">“` +
			`<mark id="d1" class="dt" data-date="d1" data-type="DATE" data-value="2025-10-17" title="DATE 2025-10-17">Friday</mark>, ` +
			`<mark class="sp spk-1" data-speaker="s1" data-speaker-name="Ann" title="speaker: Ann">Ann</mark>,”</mark> said ` +
			`<mark class="sp spk-1" data-speaker="s1" data-speaker-name="Ann" title="speaker: Ann">Ann</mark>.</p>` + "\n",
	}, {
		name: "overlapping highlights are split to nest", format: FormatPlain,
		text: "ab “cd” ef",
		res: func(text string) Result {
			return Result{
				Quotes: []Quote{{ID: "q1", Span: spanOf(text, "“cd”")}},
				Dates:  []Date{{Span: spanOf(text, "ab “cd"), Type: "DATE", Value: "X"}},
			}
		},
		want: `<p><mark id="d1" class="dt" data-date="d1" data-type="DATE" data-value="X" title="DATE X">ab ` +
			`<mark id="q1" tabindex="0" class="q spk-none" data-quote="q1" data-paragraph="0" title="unattributed quote, paragraph 1">“cd</mark></mark>` +
			`<mark class="q spk-none" data-quote="q1" data-paragraph="0" title="unattributed quote, paragraph 1">”</mark> ef</p>` + "\n",
	}, {
		name: "spans out of bounds or inside a rune are clamped and widened", format: FormatPlain,
		text: "é!",
		res: func(text string) Result {
			return Result{Dates: []Date{{Span: Span{Start: 1, End: 99}, Type: "DATE", Value: "X"}, {Span: Span{Start: -5, End: 0}}}}
		},
		want: `<p><mark id="d1" class="dt" data-date="d1" data-type="DATE" data-value="X" title="DATE X">é!</mark></p>` + "\n",
	}, {
		name: "a span inside an entity covers all of it", format: FormatMarkdown,
		text: "a &amp; b",
		res: func(text string) Result {
			return Result{Dates: []Date{{Span: Span{Start: 3, End: 4}, Type: "DATE", Value: "X"}}}
		},
		want: `<p>a <mark id="d1" class="dt" data-date="d1" data-type="DATE" data-value="X" title="DATE X">&amp;</mark> b</p>` + "\n",
	}, {
		name: "dates of one value keep their own IDs", format: FormatPlain,
		text: "Friday and Friday",
		res: func(text string) Result {
			return Result{Dates: []Date{
				{Span: spanOf(text, "Friday"), Type: "DATE", Value: "2025-10-17"},
				{Span: lastSpanOf(text, "Friday"), Type: "DATE", Value: "2025-10-17"},
			}}
		},
		want: `<p><mark id="d1" class="dt" data-date="d1" data-type="DATE" data-value="2025-10-17" title="DATE 2025-10-17">Friday</mark> and ` +
			`<mark id="d2" class="dt" data-date="d2" data-type="DATE" data-value="2025-10-17" title="DATE 2025-10-17">Friday</mark></p>` + "\n",
	}, {
		name: "date crossing emphasis: id on the first piece, data-date on each", format: FormatMarkdown,
		text: "On *Friday,* October 17",
		res: func(text string) Result {
			return Result{Dates: []Date{{Span: spanOf(text, "Friday,* October 17"), Type: "DATE", Value: "2025-10-17"}}}
		},
		want: `<p>On <em><mark id="d1" class="dt" data-date="d1" data-type="DATE" data-value="2025-10-17" title="DATE 2025-10-17">Friday,</mark></em>` +
			`<mark class="dt" data-date="d1" data-type="DATE" data-value="2025-10-17" title="DATE 2025-10-17"> October 17</mark></p>` + "\n",
	}, {
		name: "invalid UTF-8 becomes U+FFFD", format: FormatPlain,
		text: "a\xffb\x00",
		res:  func(string) Result { return Result{} },
		want: "<p>a\uFFFDb\uFFFD</p>\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := tt.res(tt.text)
			res.Format = tt.format
			got := RenderHTML(tt.text, res)
			assert.Equal(t, tt.want, got)
			assert.NoError(t, checkWellFormed(got))
		})
	}
}

func spanOf(text, sub string) Span {
	i := strings.Index(text, sub)
	return Span{Start: i, End: i + len(sub)}
}

func lastSpanOf(text, sub string) Span {
	i := strings.LastIndex(text, sub)
	return Span{Start: i, End: i + len(sub)}
}

// TestRenderMatchesGoldmark checks on chosen inputs what the fuzz test
// checks on any: same text as goldmark's own HTML.
func TestRenderMatchesGoldmark(t *testing.T) {
	for _, in := range markdownSeeds {
		got := RenderHTML(in, Result{Format: FormatMarkdown})
		require.NoError(t, checkWellFormed(got), "input %q", in)
		assert.Equal(t, validText(textContent(goldmarkHTML(t, in))), validText(textContent(got)), "input %q", in)
	}
}

// TestRenderFormatAuto renders by the detected format when Result.Format is
// empty.
func TestRenderFormatAuto(t *testing.T) {
	md := "# Title\n\nSome *emphasis* and a [link](https://example.org)."
	assert.Contains(t, RenderHTML(md, Result{}), "<h1>Title</h1>")
	assert.Equal(t, "<p># Title</p>\n", RenderHTML("# Title", Result{Format: FormatPlain}))
}
