package annotate

import "time"

// DetectFormat guesses whether text is Markdown or plain text. Placeholder
// until the Markdown stage lands.
func DetectFormat(text string) Format { return FormatPlain }

// annotateMarkdown annotates a Markdown source. Placeholder until the Markdown
// stage lands.
func annotateMarkdown(src string, dateline time.Time) Result { return annotatePlain(src, dateline) }
