package render

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// relLuminance is the WCAG relative luminance of a #rrggbb colour.
func relLuminance(t *testing.T, hex string) float64 {
	require.Len(t, hex, 7, hex)
	var l float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		require.NoError(t, err)
		c := float64(v) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		l += w * c
	}
	return l
}

func contrast(t *testing.T, a, b string) float64 {
	la, lb := relLuminance(t, a), relLuminance(t, b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// TestPaletteContrast checks that text on every speaker colour and on the
// page meets WCAG AA (4.5:1) in light and dark mode, and that the speaker
// styles differ by more than colour.
func TestPaletteContrast(t *testing.T) {
	for i, s := range append(speakerStyles[:], noSpeakerStyle) {
		assert.GreaterOrEqual(t, contrast(t, lightText, s.light), 4.5, "speaker %d light", i+1)
		assert.GreaterOrEqual(t, contrast(t, darkText, s.dark), 4.5, "speaker %d dark", i+1)
	}
	assert.GreaterOrEqual(t, contrast(t, lightText, lightBg), 7.0)
	assert.GreaterOrEqual(t, contrast(t, darkText, darkBg), 7.0)
	styles := map[string]bool{}
	for _, s := range speakerStyles[:5] {
		styles[s.underline] = true
	}
	assert.Len(t, styles, 5, "the first five speakers have five underline styles")
}

// TestLegend checks the legend's samples, each drawn as in the article.
func TestLegend(t *testing.T) {
	var b strings.Builder
	writeLegend(&b)
	legend := b.String()
	assert.Contains(t, legend, `<mark class="q spk-1">“Quote”</mark> a direct quote`)
	assert.Contains(t, legend, `<mark class="q spk-none" data-unclosed="true">“Quote</mark>`)
	assert.Contains(t, legend, `<mark class="dt">Thursday</mark>`)
}
