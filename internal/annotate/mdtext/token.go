package mdtext

// Kind is the kind of a [Token].
type Kind uint8

const (
	// Text shows source bytes [A, B): verbatim, or when Decoded, as Out (a
	// character reference, a line break), which stands for the whole
	// range.
	Text Kind = iota
	// Open opens an element: Out is the start tag; Block says whether
	// marks may stay open around it.
	Open
	// Close closes the most recently opened element: Out is its end tag.
	Close
	// Void is an element without content (<br>, <img>, <hr>).
	Void
	// Para starts a new paragraph of the annotation projection; it writes
	// nothing.
	Para
)

// Token is one step of the rendering of an article: an element tag or a
// run of text that knows the source bytes it shows. The renderer writes
// the tokens; the projection reads the prose among them.
type Token struct {
	Kind Kind
	// A, B is the source range shown by a Text, or the extent (first and
	// last source byte of text) of an Open, filled in by the renderer.
	A, B int
	// Out is the text of a Text that is not shown verbatim, or the tag of
	// an Open, Close or Void.
	Out string
	// Decoded marks a Text whose Out replaces its source range.
	Decoded bool
	// Block marks an Open or Void that marks cannot enclose.
	Block bool
	// Prose marks a Text that is article text, read by the annotator.
	Prose bool
	// Soft marks a line break inside a paragraph (a space to the
	// annotator).
	Soft bool
}
