package batch

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Table sums sources across articles, per group and per speaker. Its
// fields are exported so that a pipeline can encode it between workers
// (it round-trips through encoding/json); use [NewTable], [Table.Add],
// [Table.Merge] and [Table.Rows].
type Table struct {
	// By names the group fields (SourceOptions.By).
	By []string `json:"by"`
	// Entries holds one entry per group and speaker, by [entryKey].
	Entries map[string]*Entry `json:"entries"`
}

// Entry is the running sums of one speaker in one group.
type Entry struct {
	Group []string `json:"group"`
	Kind  string   `json:"kind"`
	// Spellings counts the articles per name as written; the row shows
	// the most common one.
	Spellings map[string]int `json:"spellings"`
	Articles  int            `json:"articles"`
	Quotes    int            `json:"quotes"`
	Words     int            `json:"words"`
}

// Row is one line of the finished table.
type Row struct {
	Group    []string
	Name     string
	Kind     string
	Articles int // articles that quote the speaker
	Quotes   int
	Words    int // quoted words (annotate.QuoteWords)
	// Share is Words over the quoted words of all rows of the group,
	// unattributed quotes included.
	Share float64
}

// NewTable returns an empty table grouped by the fields by.
func NewTable(by []string) *Table {
	return &Table{By: slices.Clone(by), Entries: map[string]*Entry{}}
}

// Add adds one article's sources to t. Speakers without a quote are left
// out; the unattributed quotes are a row with an empty name and kind.
func (t *Table) Add(a Article) {
	for _, s := range a.Sources {
		if s.Quotes == 0 {
			continue
		}
		t.add(&Entry{Group: a.Group, Kind: s.Kind, Spellings: map[string]int{s.Name: 1},
			Articles: 1, Quotes: s.Quotes, Words: s.Words})
	}
}

// Merge adds every entry of other into t (other is left as it was). Adding
// articles to tables and merging them, in any order and grouping, gives the
// same rows as adding every article to one table.
func (t *Table) Merge(other *Table) {
	for _, e := range other.Entries {
		t.add(e)
	}
}

func (t *Table) add(e *Entry) {
	name := ""
	for n := range e.Spellings {
		name = n // every spelling of an entry has one normalized form
		break
	}
	key := entryKey(e.Group, e.Kind, name)
	if t.Entries == nil {
		t.Entries = map[string]*Entry{}
	}
	cur, ok := t.Entries[key]
	if !ok {
		cur = &Entry{Group: slices.Clone(e.Group), Kind: e.Kind, Spellings: map[string]int{}}
		t.Entries[key] = cur
	}
	for n, c := range e.Spellings {
		cur.Spellings[n] += c
	}
	cur.Articles += e.Articles
	cur.Quotes += e.Quotes
	cur.Words += e.Words
}

// entryKey joins a group, a kind and a speaker's normalized name.
func entryKey(group []string, kind, name string) string {
	var b strings.Builder
	for _, g := range group {
		b.WriteString(g)
		b.WriteByte(0)
	}
	b.WriteString(kind)
	b.WriteByte(0)
	b.WriteString(NormalizeName(name))
	return b.String()
}

// NormalizeName is the form by which speakers of different articles are
// joined: lower case, with every run of characters other than letters and
// digits (spaces, periods, hyphens, apostrophes) read as one space, and
// none at the ends ("Ines  Moreau" and "ines moreau." are one speaker).
func NormalizeName(name string) string {
	var b strings.Builder
	space := false
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}

// Rows returns the finished table: sorted by group, then by quoted words
// (most first), quotes, name and kind.
func (t *Table) Rows() []Row {
	totals := map[string]int{}
	rows := make([]Row, 0, len(t.Entries))
	for _, e := range t.Entries {
		rows = append(rows, Row{Group: e.Group, Name: spelling(e.Spellings), Kind: e.Kind,
			Articles: e.Articles, Quotes: e.Quotes, Words: e.Words})
		totals[groupKey(e.Group)] += e.Words
	}
	for i := range rows {
		if total := totals[groupKey(rows[i].Group)]; total > 0 {
			rows[i].Share = float64(rows[i].Words) / float64(total)
		}
	}
	slices.SortFunc(rows, func(a, b Row) int {
		return cmp.Or(slices.Compare(a.Group, b.Group), cmp.Compare(b.Words, a.Words),
			cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Kind, b.Kind))
	})
	return rows
}

func groupKey(group []string) string { return strings.Join(group, "\x00") }

// spelling is the most common spelling, the first in byte order on a tie.
func spelling(spellings map[string]int) string {
	best, n := "", 0
	for s, c := range spellings {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}
