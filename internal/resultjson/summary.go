package resultjson

import (
	"strconv"

	"github.com/newsroom/annotator/internal/annotate"
)

// AppendSummary appends the JSON encoding of sum to dst, as json.Marshal
// writes it (strings escaped as [Append] escapes them), and returns the
// extended slice. It is the format the bridge's summarize and annotate
// return; the page, the embed and their tests read it.
func AppendSummary(dst []byte, sum annotate.Summary) []byte {
	dst = appendKey(append(dst, '{'), "version", true)
	dst = appendString(dst, sum.Version)
	dst = appendKey(dst, "dateline", false)
	dst = appendString(dst, sum.Dateline)
	dst = appendKey(dst, "unit", false)
	dst = appendString(dst, sum.Unit)
	dst = appendKey(dst, "speakers", false)
	dst = appendList(dst, sum.Speakers, appendSpeakerSummary)
	dst = appendKey(dst, "unattributed", false)
	dst = appendQuoteGroup(append(dst, '{'), sum.Unattributed, true)
	dst = append(dst, '}')
	dst = appendKey(dst, "quotes", false)
	dst = appendList(dst, sum.Quotes, appendQuoteSummary)
	dst = appendKey(dst, "timeline", false)
	dst = appendList(dst, sum.Timeline, appendDateSummary)
	dst = appendKey(dst, "durations", false)
	dst = appendList(dst, sum.Durations, appendDateSummary)
	dst = appendKey(dst, "sets", false)
	dst = appendList(dst, sum.Sets, appendDateSummary)
	dst = appendKey(dst, "date_groups", false)
	dst = appendKey(append(dst, '{'), "timeline", true)
	dst = appendDateGroupList(dst, sum.DateGroups.Timeline)
	dst = appendKey(dst, "periods", false)
	dst = appendDateGroupList(dst, sum.DateGroups.Periods)
	dst = append(dst, '}')
	dst = appendKey(dst, "totals", false)
	dst = appendTotals(dst, sum.Totals)
	return append(dst, '}')
}

// appendQuoteGroup appends the members of g (no braces: a speaker's row
// holds them among its own).
func appendQuoteGroup(dst []byte, g annotate.QuoteGroup, first bool) []byte {
	dst = appendKey(dst, "quotes", first)
	dst = appendInt(dst, g.Quotes)
	dst = appendKey(dst, "words", false)
	dst = appendInt(dst, g.Words)
	dst = appendKey(dst, "share", false)
	dst = appendNumber(dst, g.Share)
	dst = appendKey(dst, "quote_ids", false)
	return appendStrings(dst, g.QuoteIDs)
}

func appendSpeakerSummary(dst []byte, s annotate.SpeakerSummary) []byte {
	dst = appendKey(append(dst, '{'), "id", true)
	dst = appendString(dst, s.ID)
	dst = appendKey(dst, "name", false)
	dst = appendString(dst, s.Name)
	dst = appendKey(dst, "role", false)
	dst = appendString(dst, s.Role)
	dst = appendKey(dst, "kind", false)
	dst = appendString(dst, s.Kind)
	dst = appendKey(dst, "initials", false)
	dst = appendString(dst, s.Initials)
	dst = appendKey(dst, "palette", false)
	dst = appendInt(dst, s.Palette)
	dst = appendKey(dst, "category", false)
	dst = appendString(dst, s.Category)
	dst = appendKey(dst, "gender", false)
	dst = appendString(dst, s.Gender)
	dst = appendQuoteGroup(dst, s.QuoteGroup, false)
	dst = appendKey(dst, "aliases", false)
	dst = appendStrings(dst, s.Aliases)
	dst = appendKey(dst, "edited", false)
	dst = appendBool(dst, s.Edited)
	return append(dst, '}')
}

func appendQuoteSummary(dst []byte, q annotate.QuoteSummary) []byte {
	dst = appendKey(append(dst, '{'), "id", true)
	dst = appendString(dst, q.ID)
	dst = appendKey(dst, "speaker", false)
	if q.Speaker == nil {
		dst = append(dst, "null"...)
	} else {
		dst = appendString(dst, *q.Speaker)
	}
	dst = appendKey(dst, "words", false)
	dst = appendInt(dst, q.Words)
	dst = appendKey(dst, "paragraph", false)
	dst = appendInt(dst, q.Paragraph)
	dst = appendKey(dst, "attribution", false)
	dst = appendString(dst, q.Attribution)
	dst = appendKey(dst, "confidence", false)
	if q.Confidence == nil {
		dst = append(dst, "null"...)
	} else {
		dst = appendNumber(dst, *q.Confidence)
	}
	dst = appendKey(dst, "check", false)
	dst = appendBool(dst, q.Check)
	dst = appendKey(dst, "check_why", false)
	dst = appendStrings(dst, q.CheckWhy)
	dst = appendKey(dst, "dismissed", false)
	dst = appendBool(dst, q.Dismissed)
	dst = appendKey(dst, "added", false)
	dst = appendBool(dst, q.Added)
	return append(dst, '}')
}

func appendDateSummary(dst []byte, d annotate.DateSummary) []byte {
	dst = appendKey(append(dst, '{'), "index", true)
	dst = appendInt(dst, d.Index)
	dst = appendKey(dst, "text", false)
	dst = appendString(dst, d.Text)
	dst = appendKey(dst, "type", false)
	dst = appendString(dst, d.Type)
	dst = appendKey(dst, "value", false)
	dst = appendString(dst, d.Value)
	if d.Mod != "" {
		dst = appendKey(dst, "mod", false)
		dst = appendString(dst, d.Mod)
	}
	dst = appendKey(dst, "readable", false)
	dst = appendString(dst, d.Readable)
	return append(dst, '}')
}

func appendDateGroupList(dst []byte, l annotate.DateGroupList) []byte {
	dst = appendKey(append(dst, '{'), "groups", true)
	dst = appendList(dst, l.Groups, appendDateGroup)
	dst = appendKey(dst, "more", false)
	dst = appendInt(dst, l.More)
	return append(dst, '}')
}

func appendDateGroup(dst []byte, g annotate.DateGroup) []byte {
	dst = appendKey(append(dst, '{'), "type", true)
	dst = appendString(dst, g.Type)
	dst = appendKey(dst, "value", false)
	dst = appendString(dst, g.Value)
	dst = appendKey(dst, "mod", false)
	dst = appendString(dst, g.Mod)
	dst = appendKey(dst, "readable", false)
	dst = appendString(dst, g.Readable)
	dst = appendKey(dst, "items", false)
	dst = appendList(dst, g.Items, appendDateMention)
	dst = appendKey(dst, "more", false)
	dst = appendInt(dst, g.More)
	return append(dst, '}')
}

func appendDateMention(dst []byte, m annotate.DateMention) []byte {
	dst = appendKey(append(dst, '{'), "index", true)
	dst = appendInt(dst, m.Index)
	dst = appendKey(dst, "text", false)
	dst = appendString(dst, m.Text)
	return append(dst, '}')
}

func appendTotals(dst []byte, t annotate.Totals) []byte {
	dst = appendKey(append(dst, '{'), "sources", true)
	dst = appendInt(dst, t.Sources)
	dst = appendKey(dst, "quotes", false)
	dst = appendInt(dst, t.Quotes)
	dst = appendKey(dst, "words", false)
	dst = appendInt(dst, t.Words)
	dst = appendKey(dst, "by_gender", false)
	dst = appendList(dst, t.ByGender, appendGroupTotal)
	dst = appendKey(dst, "by_category", false)
	dst = appendList(dst, t.ByCategory, appendGroupTotal)
	dst = appendKey(dst, "by_kind", false)
	dst = appendList(dst, t.ByKind, appendGroupTotal)
	return append(dst, '}')
}

func appendGroupTotal(dst []byte, g annotate.GroupTotal) []byte {
	dst = appendKey(append(dst, '{'), "key", true)
	dst = appendString(dst, g.Key)
	dst = appendKey(dst, "sources", false)
	dst = appendInt(dst, g.Sources)
	dst = appendKey(dst, "words", false)
	dst = appendInt(dst, g.Words)
	dst = appendKey(dst, "share", false)
	dst = appendNumber(dst, g.Share)
	return append(dst, '}')
}

func appendBool(dst []byte, b bool) []byte { return strconv.AppendBool(dst, b) }
