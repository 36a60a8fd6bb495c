package render

import (
	"slices"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// ShownTexts returns, for each span of text read in format (detected when
// empty), the text a reader sees of it: Markdown markup dropped,
// references resolved, line and paragraph breaks as spaces. Plain text is
// shown as written. The spans may come in any order; each is clamped to
// the text.
func ShownTexts(text string, format core.Format, spans []core.Span) []string {
	out := make([]string, len(spans))
	toks := articleTokens(text, format)
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return spans[a].Start - spans[b].Start })
	from := 0
	for _, i := range order {
		out[i], from = shownText(text, toks, core.ClampSpan(text, spans[i]), from)
	}
	return out
}
