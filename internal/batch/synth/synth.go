// Package synth writes a synthetic archive of news articles as JSON Lines,
// for benchmarks and tests of batch annotation. Every sentence is built
// from the templates and word lists below, written for this project; the
// output is the same for the same seed.
package synth

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/newsroom/annotator/internal/resultjson"
)

var (
	firstNames = []string{"Ines", "Tom", "Amara", "Jonas", "Mei", "Rafael", "Sofia", "Kwame", "Lena", "Omar", "Priya", "Henrik"}
	surnames   = []string{"Moreau", "Hale", "Okafor", "Lindqvist", "Chen", "Duarte", "Novak", "Mensah", "Fischer", "Haddad", "Rao", "Berg"}
	roles      = []string{"the harbour master", "a council spokeswoman", "the mayor", "a local fisherman", "the union organiser", "a hospital doctor"}
	orgs       = []string{"the city council", "the port authority", "the ministry", "the ferry company"}
	outlets    = []string{"Harbour News", "Coast Daily", "The Northern Post"}
	cues       = []string{"said", "added", "told reporters", "said on Tuesday", "said last week"}
	quotes     = []string{
		"We will rebuild the pier by next summer",
		"Nobody should fish there until the survey is done",
		"It is too late for the families who left",
		"The budget was approved three weeks ago and nothing has moved",
		"We were never told about the closure",
		"Ferries will run again on Monday if the weather holds",
		"I have worked on these docks for twenty years",
		"This is the best news the town has had since 2019",
	}
	plain = []string{
		"The council met on 3 March 2024 for two hours.",
		"Work on the sea wall began in the spring and stopped in October.",
		"Residents gathered outside the town hall on Friday evening.",
		"The report, published last month, runs to 140 pages.",
		"Fishing boats stayed in the harbour for most of the week.",
		"A second meeting is planned for early next year.",
		"The harbour has been closed to larger vessels since the storm in January.",
		"Insurance claims from the flooding are still being assessed, according to figures released on Wednesday.",
		"Shops along the seafront reported fewer visitors over the summer than in any year since records began.",
		"The ferry timetable will change from 1 December, with two crossings a day instead of four.",
		"Engineers inspected the pier every morning for a fortnight before the decision was taken.",
		"Several families have moved inland, and the primary school lost a third of its pupils in two years.",
	}
)

// Write writes n articles to w, one JSON object a line with "id", "url",
// "outlet", "published" and "text" (about 2-4 KB of text each), and
// returns the number of bytes written.
func Write(w io.Writer, n int, seed uint64) (int64, error) {
	r := rand.New(rand.NewPCG(seed, 1))
	bw := bufio.NewWriter(w)
	var total int64
	var line []byte
	for i := 1; i <= n; i++ {
		line = line[:0]
		line = append(line, `{"id":`...)
		line = strconv.AppendInt(line, int64(i), 10)
		line = append(line, `,"url":"https://news.example/a/`...)
		line = strconv.AppendInt(line, int64(i), 10)
		line = append(line, `","outlet":`...)
		line = resultjson.AppendString(line, pick(r, outlets))
		line = append(line, `,"published":"`...)
		line = fmt.Appendf(line, "2025-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28))
		line = append(line, `","text":`...)
		line = resultjson.AppendString(line, Article(r))
		line = append(line, "}\n"...)
		k, err := bw.Write(line)
		total += int64(k)
		if err != nil {
			return total, err
		}
	}
	return total, bw.Flush()
}

// Article returns one article: paragraphs of quotes attributed in the ways
// news writing does, and plain sentences with dates.
func Article(r *rand.Rand) string {
	var b strings.Builder
	paragraphs := 12 + r.IntN(12)
	for p := 0; p < paragraphs; p++ {
		if p > 0 {
			b.WriteString("\n\n")
		}
		first, last := pick(r, firstNames), pick(r, surnames)
		q := pick(r, quotes)
		switch r.IntN(8) {
		case 0:
			fmt.Fprintf(&b, "“%s,” %s, %s %s, %s.", q, pick(r, roles), first, last, pick(r, cues))
		case 1:
			fmt.Fprintf(&b, "%s %s said: “%s.” %s", first, last, q, pick(r, plain))
		case 2:
			fmt.Fprintf(&b, "“%s,” %s %s.", q, pick(r, orgs), pick(r, cues))
		case 3:
			fmt.Fprintf(&b, "“%s,” Mr %s said. “%s.”", q, last, pick(r, quotes))
		default: // half the paragraphs quote no one, as in most news
			fmt.Fprintf(&b, "%s %s %s", pick(r, plain), pick(r, plain), pick(r, plain))
		}
	}
	return b.String()
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }
