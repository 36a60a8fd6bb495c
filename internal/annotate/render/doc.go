// Package render turns an article and its annotations into safe HTML: a
// fragment with a <mark> for every quote, speaker mention and date
// ([HTML]), and a standalone page that adds a panel of speakers, quotes and
// dates ([Page]). Package annotate exposes them as RenderHTML and
// RenderPage.
//
// # Order
//
// Rendering works in two steps, for plain text and Markdown alike:
//
//  1. the article becomes a flat list of [mdtext.Token]: element tags and
//     runs of text, each run knowing the source bytes it shows
//     (plainTokens in html.go, one <p> per paragraph; [mdtext.Tokens] for
//     Markdown);
//  2. marks.go lists the highlights of the annotations, and writer.go lays
//     them over the tokens. Each highlight is a <mark> opened lazily
//     before the first text it covers; marks are closed (and reopened
//     after) wherever an element boundary would otherwise cross them, so
//     the output always nests. A mark that covers the whole of an inline
//     element (a link, an emphasis) stays open around it.
//
// page.go writes the page around the fragment: its header, the legend, the
// quotes, and its inline styles (a palette of 12 that meets WCAG AA in
// light and dark mode); panel.go the sources table and the dates from the
// [Panel] that annotate's summary fills. fragment.go writes the fragment
// that "Copy HTML" pastes elsewhere: inline styles, a speaker label per
// quote, no id.
//
// All text and attribute values are escaped on the way out
// ([mdtext.WriteEscaped]); invalid UTF-8 bytes become U+FFFD, one per byte,
// as in annotate.UTF16Map.
package render
