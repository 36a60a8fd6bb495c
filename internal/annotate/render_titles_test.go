package annotate

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// titleAttr is one title attribute as the renderer writes it: its value
// is escaped, so it holds no double quote.
var titleAttr = regexp.MustCompile(` title="[^"]*"`)

// TestRenderNoTitles: with NoTitles the fragment is the same HTML, to the
// byte, but for the title attributes, which are all gone.
func TestRenderNoTitles(t *testing.T) {
	texts := []string{
		"“We will open the pier on Friday,” said Ines Moreau, the mayor, on 3 March 2025.\n\n" +
			"Moreau added: “It took two years <b>at least</b>.” Since early May the works ran every day.\n\n" +
			"“Nobody asked us, said a neighbour.",
		"# Budget\n\n“Cuts come *next* year,” said [Tom Hale](https://example.org/hale).",
	}
	for _, text := range texts {
		res, err := Annotate(text, Options{Dateline: "2025-10-17"})
		require.NoError(t, err)
		with := RenderHTML(text, res)
		without := RenderHTMLWith(text, res, RenderOptions{NoTitles: true})
		require.Contains(t, with, ` title="`, "the sentences have highlights with titles")
		assert.NotContains(t, without, ` title="`)
		assert.Equal(t, titleAttr.ReplaceAllString(with, ""), without)
		assert.Equal(t, strings.Count(with, "<mark"), strings.Count(without, "<mark"))
		assert.NoError(t, checkWellFormed(without))
	}
}
