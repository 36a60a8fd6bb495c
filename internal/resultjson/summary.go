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
	dst = append(append(dst, '{'), `"version":`...)
	dst = appendString(dst, sum.Version)
	dst = append(dst, `,"dateline":`...)
	dst = appendString(dst, sum.Dateline)
	dst = append(dst, `,"unit":`...)
	dst = appendString(dst, sum.Unit)
	dst = append(dst, `,"speakers":`...)
	dst = appendList(dst, sum.Speakers, appendSpeakerSummary)
	dst = append(dst, `,"unattributed":`...)
	dst = appendQuoteGroup(append(dst, '{'), sum.Unattributed, true)
	dst = append(dst, '}')
	dst = append(dst, `,"quotes":`...)
	dst = appendList(dst, sum.Quotes, appendQuoteSummary)
	dst = append(dst, `,"timeline":`...)
	dst = appendList(dst, sum.Timeline, appendDateSummary)
	dst = append(dst, `,"durations":`...)
	dst = appendList(dst, sum.Durations, appendDateSummary)
	dst = append(dst, `,"sets":`...)
	dst = appendList(dst, sum.Sets, appendDateSummary)
	dst = append(dst, `,"date_groups":`...)
	dst = append(append(dst, '{'), `"timeline":`...)
	dst = appendDateGroupList(dst, sum.DateGroups.Timeline)
	dst = append(dst, `,"periods":`...)
	dst = appendDateGroupList(dst, sum.DateGroups.Periods)
	dst = append(dst, '}')
	dst = append(dst, `,"totals":`...)
	dst = appendTotals(dst, sum.Totals)
	return append(dst, '}')
}

// appendQuoteGroup appends the members of g (no braces: a speaker's row
// holds them among its own).
func appendQuoteGroup(dst []byte, g annotate.QuoteGroup, first bool) []byte {
	dst = appendKey(dst, "quotes", first)
	dst = appendInt(dst, g.Quotes)
	dst = append(dst, `,"words":`...)
	dst = appendInt(dst, g.Words)
	dst = append(dst, `,"share":`...)
	dst = appendNumber(dst, g.Share)
	dst = append(dst, `,"quote_ids":`...)
	return appendStrings(dst, g.QuoteIDs)
}

func appendSpeakerSummary(dst []byte, s annotate.SpeakerSummary) []byte {
	dst = append(append(dst, '{'), `"id":`...)
	dst = appendString(dst, s.ID)
	dst = append(dst, `,"name":`...)
	dst = appendString(dst, s.Name)
	dst = append(dst, `,"role":`...)
	dst = appendString(dst, s.Role)
	dst = append(dst, `,"kind":`...)
	dst = appendString(dst, s.Kind)
	dst = append(dst, `,"initials":`...)
	dst = appendString(dst, s.Initials)
	dst = append(dst, `,"palette":`...)
	dst = appendInt(dst, s.Palette)
	dst = append(dst, `,"category":`...)
	dst = appendString(dst, s.Category)
	dst = append(dst, `,"gender":`...)
	dst = appendString(dst, s.Gender)
	dst = appendQuoteGroup(dst, s.QuoteGroup, false)
	dst = append(dst, `,"aliases":`...)
	dst = appendStrings(dst, s.Aliases)
	dst = append(dst, `,"edited":`...)
	dst = appendBool(dst, s.Edited)
	return append(dst, '}')
}

func appendQuoteSummary(dst []byte, q annotate.QuoteSummary) []byte {
	dst = append(append(dst, '{'), `"id":`...)
	dst = appendString(dst, q.ID)
	dst = append(dst, `,"speaker":`...)
	if q.Speaker == nil {
		dst = append(dst, "null"...)
	} else {
		dst = appendString(dst, *q.Speaker)
	}
	dst = append(dst, `,"words":`...)
	dst = appendInt(dst, q.Words)
	dst = append(dst, `,"paragraph":`...)
	dst = appendInt(dst, q.Paragraph)
	dst = append(dst, `,"attribution":`...)
	dst = appendString(dst, q.Attribution)
	dst = append(dst, `,"confidence":`...)
	if q.Confidence == nil {
		dst = append(dst, "null"...)
	} else {
		dst = appendNumber(dst, *q.Confidence)
	}
	dst = append(dst, `,"check":`...)
	dst = appendBool(dst, q.Check)
	dst = append(dst, `,"check_why":`...)
	dst = appendStrings(dst, q.CheckWhy)
	dst = append(dst, `,"dismissed":`...)
	dst = appendBool(dst, q.Dismissed)
	dst = append(dst, `,"added":`...)
	dst = appendBool(dst, q.Added)
	return append(dst, '}')
}

func appendDateSummary(dst []byte, d annotate.DateSummary) []byte {
	dst = append(append(dst, '{'), `"index":`...)
	dst = appendInt(dst, d.Index)
	dst = append(dst, `,"text":`...)
	dst = appendString(dst, d.Text)
	dst = append(dst, `,"type":`...)
	dst = appendString(dst, d.Type)
	dst = append(dst, `,"value":`...)
	dst = appendString(dst, d.Value)
	if d.Mod != "" {
		dst = append(dst, `,"mod":`...)
		dst = appendString(dst, d.Mod)
	}
	dst = append(dst, `,"readable":`...)
	dst = appendString(dst, d.Readable)
	return append(dst, '}')
}

func appendDateGroupList(dst []byte, l annotate.DateGroupList) []byte {
	dst = append(append(dst, '{'), `"groups":`...)
	dst = appendList(dst, l.Groups, appendDateGroup)
	dst = append(dst, `,"more":`...)
	dst = appendInt(dst, l.More)
	return append(dst, '}')
}

func appendDateGroup(dst []byte, g annotate.DateGroup) []byte {
	dst = append(append(dst, '{'), `"type":`...)
	dst = appendString(dst, g.Type)
	dst = append(dst, `,"value":`...)
	dst = appendString(dst, g.Value)
	dst = append(dst, `,"mod":`...)
	dst = appendString(dst, g.Mod)
	dst = append(dst, `,"readable":`...)
	dst = appendString(dst, g.Readable)
	dst = append(dst, `,"items":`...)
	dst = appendList(dst, g.Items, appendDateMention)
	dst = append(dst, `,"more":`...)
	dst = appendInt(dst, g.More)
	return append(dst, '}')
}

func appendDateMention(dst []byte, m annotate.DateMention) []byte {
	dst = append(append(dst, '{'), `"index":`...)
	dst = appendInt(dst, m.Index)
	dst = append(dst, `,"text":`...)
	dst = appendString(dst, m.Text)
	return append(dst, '}')
}

func appendTotals(dst []byte, t annotate.Totals) []byte {
	dst = append(append(dst, '{'), `"sources":`...)
	dst = appendInt(dst, t.Sources)
	dst = append(dst, `,"quotes":`...)
	dst = appendInt(dst, t.Quotes)
	dst = append(dst, `,"words":`...)
	dst = appendInt(dst, t.Words)
	dst = append(dst, `,"by_gender":`...)
	dst = appendList(dst, t.ByGender, appendGroupTotal)
	dst = append(dst, `,"by_category":`...)
	dst = appendList(dst, t.ByCategory, appendGroupTotal)
	dst = append(dst, `,"by_kind":`...)
	dst = appendList(dst, t.ByKind, appendGroupTotal)
	return append(dst, '}')
}

func appendGroupTotal(dst []byte, g annotate.GroupTotal) []byte {
	dst = append(append(dst, '{'), `"key":`...)
	dst = appendString(dst, g.Key)
	dst = append(dst, `,"sources":`...)
	dst = appendInt(dst, g.Sources)
	dst = append(dst, `,"words":`...)
	dst = appendInt(dst, g.Words)
	dst = append(dst, `,"share":`...)
	dst = appendNumber(dst, g.Share)
	return append(dst, '}')
}

func appendBool(dst []byte, b bool) []byte { return strconv.AppendBool(dst, b) }
