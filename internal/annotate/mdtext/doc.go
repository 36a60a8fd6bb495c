// Package mdtext reads Markdown with goldmark into the tokens that both the
// annotator and the renderer use, and projects them to the plain text a
// reader sees.
//
// # Order
//
//  1. [IsMarkdown] tells Markdown from plain text by general signals
//     (detect.go), when the format is not given;
//  2. [Tokens] parses the source with goldmark's CommonMark parser and
//     walks the tree into a flat list of [Token] (markdown.go, nodes.go):
//     element tags, and runs of text that know the source bytes they show,
//     with references and escapes decoded (decode.go) and link targets
//     checked against an allowlist of schemes (url.go); raw HTML is shown
//     as text;
//  3. [Project] builds the projection: the prose of the tokens, one
//     paragraph per block, inline markup gone ([Projection.Text]), and
//     maps every span found in it back to the source
//     ([Projection.ToSource]).
//
// The renderer (package render) writes the same tokens as HTML, escaping
// with [WriteEscaped] and [AttrWriter].
package mdtext
