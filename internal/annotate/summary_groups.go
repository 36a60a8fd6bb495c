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

// groupDates groups the dates of lists, read one after the other. It
// finds each date's group first and lays the groups' mentions out in one
// array after: a list has a few dozen dates, most of them distinct.
func groupDates(lists ...[]DateSummary) DateGroupList {
	n := 0
	for _, list := range lists {
		n += len(list)
	}
	out := DateGroupList{Groups: make([]DateGroup, 0, min(n, MaxDateGroups))}
	type key struct{ typ, value, mod string }
	var byKey map[key]int // made once the groups are too many to search in turn
	find := func(d DateSummary) (int, bool) {
		if byKey != nil {
			i, ok := byKey[key{d.Type, d.Value, d.Mod}]
			return i, ok
		}
		for i, g := range out.Groups {
			if g.Value == d.Value && g.Type == d.Type && g.Mod == d.Mod {
				return i, true
			}
		}
		return 0, false
	}
	group := make([]int, 0, n) // each date's group, -1 when left out
	count := make([]int, 0, min(n, MaxDateGroups))
	listed := 0
	for _, list := range lists {
		for _, d := range list {
			i, ok := find(d)
			if !ok {
				if len(out.Groups) >= MaxDateGroups {
					out.More++
					group = append(group, -1)
					continue
				}
				i = len(out.Groups)
				out.Groups = append(out.Groups, DateGroup{Type: d.Type, Value: d.Value, Mod: d.Mod, Readable: d.Readable})
				count = append(count, 0)
				if byKey != nil {
					byKey[key{d.Type, d.Value, d.Mod}] = i
				} else if len(out.Groups) > 16 {
					byKey = make(map[key]int, min(n, MaxDateGroups))
					for j, g := range out.Groups {
						byKey[key{g.Type, g.Value, g.Mod}] = j
					}
				}
			}
			group = append(group, i)
			if count[i] < MaxDateMentions {
				count[i]++
				listed++
			} else {
				out.Groups[i].More++
			}
		}
	}
	mentions := make([]DateMention, listed)
	for i := range out.Groups {
		out.Groups[i].Items, mentions = mentions[:0:count[i]], mentions[count[i]:]
	}
	k := 0
	for _, list := range lists {
		for _, d := range list {
			if i := group[k]; i >= 0 && len(out.Groups[i].Items) < count[i] {
				out.Groups[i].Items = append(out.Groups[i].Items, DateMention{Index: d.Index, Text: d.Text})
			}
			k++
		}
	}
	return out
}
