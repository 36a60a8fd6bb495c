package annotate_test

import (
	"fmt"
	"log"

	"github.com/newsroom/annotator/internal/annotate"
)

// ExampleAnnotate annotates a short article: the pronoun "she" is Maria
// Lopez, and the dates resolve against the dateline.
func ExampleAnnotate() {
	text := "Mayor Maria Lopez opened the bridge on Friday.\n\n" +
		"“We start the second one next week,” she said."
	res, err := annotate.Annotate(text, annotate.Options{Dateline: "2025-10-17"})
	if err != nil {
		log.Fatal(err)
	}
	names := map[string]string{}
	for _, s := range res.Speakers {
		names[s.ID] = s.Name
		fmt.Printf("speaker %s %s (%s), %d mentions\n", s.ID, s.Name, s.Kind, len(s.Mentions))
	}
	for _, q := range res.Quotes {
		fmt.Printf("quote %s [%d:%d] %s by %s, cue %q\n", q.ID, q.Start, q.End, q.Text, names[*q.Speaker], q.Cue.Text)
	}
	for _, d := range res.Dates {
		fmt.Printf("date %q %s %s\n", d.Text, d.Type, d.Value)
	}
	// Output:
	// speaker s1 Maria Lopez (person), 2 mentions
	// quote q1 [48:88] “We start the second one next week,” by Maria Lopez, cue "said"
	// date "Friday" DATE 2025-10-17
	// date "next week" DATE 2025-W43
}

// ExampleRenderHTML renders a quote, its speaker and a date as marks; the
// offsets are bytes of text, as Annotate gives them.
func ExampleRenderHTML() {
	text := "“The bridge opens on Monday,” said Maria Lopez."
	res, err := annotate.Annotate(text, annotate.Options{Dateline: "2025-10-17"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(annotate.RenderHTML(text, res))
	// Output:
	// <p><mark id="q1" tabindex="0" class="q spk-1" data-quote="q1" data-speaker="s1" data-speaker-name="Maria Lopez" data-cue="said" data-paragraph="0" title="quote by Maria Lopez, cue “said”, paragraph 1">“The bridge opens on <mark id="d1" class="dt" data-date="d1" data-type="DATE" data-value="2025-10-20" title="DATE 2025-10-20">Monday</mark>,”</mark> said <mark class="sp spk-1" data-speaker="s1" data-speaker-name="Maria Lopez" title="speaker: Maria Lopez">Maria Lopez</mark>.</p>
}
