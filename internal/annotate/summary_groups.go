package annotate

// This file groups the summary's dates as the page and the embed's panel
// list them: each distinct date (same type, value and modifier: what its
// readable form depends on) once, with the mentions of it, in the order of
// the summary's lists, capped so that a long article's lists stay short
// enough to show (a 1 MB article has tens of thousands of dates).

// The caps of the date lists: at most MaxDateGroups distinct dates per
// list, and MaxDateMentions mentions listed per date; the rest are counted.
const (
	MaxDateGroups   = 300
	MaxDateMentions = 20
)

// DateGroups are the summary's dates grouped for display.
type DateGroups struct {
	// Timeline groups Summary.Timeline, in its order (time order).
	Timeline DateGroupList `json:"timeline"`
	// Periods groups Summary.Durations, then Summary.Sets.
	Periods DateGroupList `json:"periods"`
}

// DateGroupList is one list of groups; More counts the mentions of the
// dates left out past MaxDateGroups.
type DateGroupList struct {
	Groups []DateGroup `json:"groups"`
	More   int         `json:"more"`
}

// DateGroup is one distinct date and its mentions, in the order of the
// summary's list (at most MaxDateMentions; More counts the others).
type DateGroup struct {
	Type     string        `json:"type"`
	Value    string        `json:"value"`
	Mod      string        `json:"mod"`
	Readable string        `json:"readable"`
	Items    []DateMention `json:"items"`
	More     int           `json:"more"`
}

// DateMention is one mention of a grouped date: its position in
// Result.Dates and its text as a reader sees it.
type DateMention struct {
	Index int    `json:"index"`
	Text  string `json:"text"`
}

// groupDates groups the dates of lists, read one after the other.
func groupDates(lists ...[]DateSummary) DateGroupList {
	out := DateGroupList{Groups: []DateGroup{}}
	type key struct{ typ, value, mod string }
	byKey := make(map[key]int)
	for _, list := range lists {
		for _, d := range list {
			k := key{d.Type, d.Value, d.Mod}
			i, ok := byKey[k]
			if !ok {
				if len(out.Groups) >= MaxDateGroups {
					out.More++
					continue
				}
				i = len(out.Groups)
				byKey[k] = i
				out.Groups = append(out.Groups, DateGroup{Type: d.Type, Value: d.Value, Mod: d.Mod, Readable: d.Readable, Items: []DateMention{}})
			}
			g := &out.Groups[i]
			if len(g.Items) < MaxDateMentions {
				g.Items = append(g.Items, DateMention{Index: d.Index, Text: d.Text})
			} else {
				g.More++
			}
		}
	}
	return out
}
