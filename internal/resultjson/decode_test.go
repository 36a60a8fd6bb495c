package resultjson

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate"
)

func TestDecodeRoundTrip(t *testing.T) {
	res, c := deskState(t)
	for _, r := range []annotate.Result{{}, full, res, res.ToUTF16(deskText),
		{Quotes: []annotate.Quote{}, Speakers: []annotate.Speaker{}, Dates: []annotate.Date{}}} {
		got, err := Decode(Append(nil, r))
		require.NoError(t, err)
		if r.ID == full.ID {
			r = unmarshalResult(t, Append(nil, r)) // its invalid UTF-8 reads back as U+FFFD
		}
		assert.Equal(t, r, got)
	}
	for _, c := range []annotate.Corrections{{}, c, c.ToUTF16(deskText)} {
		got, err := DecodeCorrections(AppendCorrections(nil, c))
		require.NoError(t, err)
		assert.Equal(t, c, got)
	}
}

func unmarshalResult(t testing.TB, data []byte) annotate.Result {
	var r annotate.Result
	require.NoError(t, json.Unmarshal(data, &r))
	return r
}

// decodeCases are inputs on which Decode and DecodeCorrections must do as
// json.Unmarshal does: the same value, or an error for both.
var decodeCases = []string{
	``, ` null `, `{}`, `[]`, `"x"`, `{"id":1}`, `{} x`, `{"id":"a",}`,
	`{"ID":"a","FORMAT":"plain","dateLine":"2025","Date_Order":"day-first","quotes":null,"Speakers":[],"dates":[null]}`,
	`{"quotes":[{"start":1,"END":2,"text":"\u201cA\ud800\u201d","speaker":null,"cue":{"start":3,"text":"said"},"cue":{"end":4},"unclosed":true,"confidence":1e-3}]}`,
	`{"quotes":[{"start":1.5}]}`, `{"quotes":[{"start":1e2}]}`, `{"quotes":[{"start":-0}]}`, `{"quotes":[{"start":99999999999999999999}]}`,
	`{"quotes":[{"confidence":1e400}]}`, `{"quotes":[{"confidence":"0.5"}]}`, `{"quotes":[{"unclosed":1}]}`, `{"quotes":[{"cue":[]}]}`,
	`{"quotes":[{"speaker":5}]}`, `{"quotes":{}}`, `{"quotes":[1]}`, `{"quotes":[{"id":"a"},{"id":"b"}],"quotes":[{"text":"c"}]}`,
	`{"speakers":[{"id":"s1","mentions":[{"start":1,"end":2,"text":"A"}],"quotes":2,"words":7,"role":"r","kind":"person","extra":{"deep":[1,2,{"x":null}]}}]}`,
	`{"dates":[{"start":1,"end":4,"text":"Fri","type":"DATE","value":"2025-10-17","mod":"APPROX"}]}`,
	`{"ſpeakers":[],"\u0069d":"k","ıd":"dotless"}`, `{"id":"\xff\xfe"}`, `{"id":"a` + "\x01" + `"}`,
	`{"version":1,"quotes":{"q1":{"speaker":"u1","dismissed":true,"checked":false},"q1":{"checked":true},"q2":null},` +
		`"added":[{"id":"a1","start":3,"end":5,"speaker":"s1"}],"speakers":{"u1":{"name":"N","merged_into":"s1","kind":"person","category":"c","gender":"woman"}}}`,
	`{"version":"1"}`, `{"quotes":{"q1":{"speaker":""}}}`, `{"quotes":{"q1":[]}}`, `{"added":[{"start":"1"}]}`, `{"speakers":{"u1":{"name":1}}}`,
	`{"speakers":null,"quotes":null,"added":null}`, `{"Merged_Into":"x","speakers":{"u":{"MERGED_INTO":"y"}}}`,
}

func TestDecodeMatchesEncodingJSON(t *testing.T) {
	for _, in := range decodeCases {
		checkDecode(t, []byte(in))
	}
}

// checkDecode holds both decoders to json.Unmarshal on data.
func checkDecode(t *testing.T, data []byte) {
	t.Helper()
	var want annotate.Result
	wantErr := json.Unmarshal(data, &want)
	got, err := Decode(data)
	if wantErr != nil {
		assert.Error(t, err, "Decode accepts %q, which json.Unmarshal refuses: %v", data, wantErr)
	} else if assert.NoError(t, err, "Decode refuses %q", data) {
		assert.Equal(t, want, got, "Decode(%q)", data)
	}
	var wantC annotate.Corrections
	wantErr = json.Unmarshal(data, &wantC)
	gotC, err := DecodeCorrections(data)
	if wantErr != nil {
		assert.Error(t, err, "DecodeCorrections accepts %q, which json.Unmarshal refuses: %v", data, wantErr)
	} else if assert.NoError(t, err, "DecodeCorrections refuses %q", data) {
		assert.Equal(t, wantC, gotC, "DecodeCorrections(%q)", data)
	}
}

func FuzzDecode(f *testing.F) {
	for _, in := range decodeCases {
		f.Add([]byte(in))
	}
	f.Add(Append(nil, full))
	f.Fuzz(func(t *testing.T, data []byte) {
		if strings.Count(string(data), "[")+strings.Count(string(data), "{") >= maxDepth {
			t.Skip("nested past maxDepth, which Members refuses and encoding/json (10000) does not")
		}
		checkDecode(t, data)
	})
}

// FuzzDesk annotates any text, corrects it from the fuzzer's bytes, and
// holds the summary, the corrections and the JSON export to encoding/json's
// bytes, and what Decode and DecodeCorrections read of them to
// json.Unmarshal.
func FuzzDesk(f *testing.F) {
	f.Add(deskText, []byte{0, 1, 2, 3, 4, 5})
	f.Add("“Yes,” she said \xff. “No,” he said <&>.\n\nAna Duarte said: “Maybe \u2028.”", []byte{3, 1, 4, 1, 5, 9})
	f.Fuzz(func(t *testing.T, text string, ops []byte) {
		res, err := annotate.Annotate(text, annotate.Options{})
		if err != nil {
			return
		}
		c := fuzzCorrections(text, res, ops)
		sum, err := annotate.Summarize(text, res, c)
		if err != nil {
			return // refused corrections: annotate's tests check the reasons
		}
		assert.Equal(t, marshal(t, sum), string(AppendSummary(nil, sum)))
		assert.Equal(t, marshal(t, c), string(AppendCorrections(nil, c)))
		opts := annotate.ExportOptions{Version: text, Time: "now", UTF16: len(ops)%2 == 0}
		got, err := Export(text, res, c, annotate.ExportJSON, opts)
		require.NoError(t, err)
		assert.Equal(t, encodeRecord(t, text, res, c, opts), got)
		checkDecode(t, Append(nil, res.ToUTF16(text)))
		checkDecode(t, AppendCorrections(nil, c))
	})
}

// fuzzCorrections makes corrections of res from ops, two bytes each: the
// kind of decision, then its target.
func fuzzCorrections(text string, res annotate.Result, ops []byte) annotate.Corrections {
	c := annotate.Corrections{Quotes: map[string]annotate.QuoteCorrection{}, Speakers: map[string]annotate.SpeakerCorrection{}}
	speakers := []string{""}
	for _, s := range res.Speakers {
		speakers = append(speakers, s.ID)
	}
	for i := 0; i+1 < len(ops); i += 2 {
		arg := int(ops[i+1])
		switch ops[i] % 4 {
		case 0:
			if len(res.Quotes) > 0 {
				s := speakers[arg%len(speakers)]
				c.Quotes[res.Quotes[arg%len(res.Quotes)].ID] = annotate.QuoteCorrection{Speaker: &s, Checked: arg%2 == 0}
			}
		case 1:
			if len(res.Quotes) > 0 {
				c.Quotes[res.Quotes[arg%len(res.Quotes)].ID] = annotate.QuoteCorrection{Dismissed: true}
			}
		case 2:
			id := "u" + string(rune('a'+i))
			c.Speakers[id] = annotate.SpeakerCorrection{Name: text, Gender: annotate.Genders[arg%len(annotate.Genders)], Category: text}
			speakers = append(speakers, id)
		case 3:
			if n := len(text); n > 0 && arg < n && !strings.ContainsRune(text[:arg], 0xfffd) {
				end := arg + 1
				for end < n && text[end]&0xc0 == 0x80 {
					end++
				}
				if arg == 0 || text[arg]&0xc0 != 0x80 {
					c.Added = append(c.Added, annotate.AddedQuote{ID: "a" + string(rune('a'+i)), Start: arg, End: end})
				}
			}
		}
	}
	return c
}
