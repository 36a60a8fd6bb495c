//go:build nomarkdown

package mdtext

// The nomarkdown build tag leaves goldmark out (and with it the parts of
// the standard library only it uses: regexp, net/url, most unicode tables),
// for the embed's WebAssembly module, which reads articles from the page's
// DOM and never parses Markdown. Detection ([IsMarkdown]), escaping and
// the token list stay; [Tokens] gives nothing, and callers check
// [Available] first (package annotate refuses the Markdown format with an
// error, and package render shows such a text as plain paragraphs).

// Available reports whether this build reads Markdown: false, since it is
// built with the nomarkdown tag.
const Available = false

// Tokens returns nil: this build has no Markdown parser ([Available] is
// false).
func Tokens(string) []Token { return nil }
