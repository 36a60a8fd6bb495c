//go:build !nomarkdown

package mdtext

// Available reports whether this build reads Markdown: true unless it is
// built with the nomarkdown tag (see nomarkdown.go).
const Available = true
