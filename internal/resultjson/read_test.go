package resultjson

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type member struct{ key, value string }

func members(t *testing.T, obj string) ([]member, error) {
	t.Helper()
	var got []member
	err := Members([]byte(obj), func(key string, value []byte) error {
		got = append(got, member{key, string(value)})
		return nil
	})
	return got, err
}

func TestMembers(t *testing.T) {
	got, err := members(t, " {\"id\": 7, \"text\":\"a\\\"b\" ,\"n\":{\"x\":[1,-2.5e+3,true,null,{}]},\"e\":[], \"k\\u00e9\":false}\r\n")
	require.NoError(t, err)
	assert.Equal(t, []member{
		{"id", "7"}, {"text", `"a\"b"`}, {"n", `{"x":[1,-2.5e+3,true,null,{}]}`}, {"e", "[]"}, {"ké", "false"},
	}, got)

	got, err = members(t, "{}")
	require.NoError(t, err)
	assert.Empty(t, got)
}

func TestMembersRefuses(t *testing.T) {
	tests := []struct{ name, in, msg string }{
		{"empty", "", "unexpected end"},
		{"array", "[1]", "want an object"},
		{"trailing", `{"a":1} x`, "more after the object"},
		{"two objects", `{"a":1}{}`, "more after the object"},
		{"unclosed", `{"a":1`, "unexpected end"},
		{"trailing comma", `{"a":1,}`, "want a string"},
		{"bare key", `{a:1}`, "want a string"},
		{"leading zero", `{"a":01}`, "want ',' or '}'"},
		{"bad escape", `{"a":"\q"}`, "unknown escape"},
		{"short unicode", `{"a":"\u12"}`, "four hex digits"},
		{"raw newline", "{\"a\":\"x\ny\"}", "control character"},
		{"bad literal", `{"a":nul}`, "want null"},
		{"deep", `{"a":` + repeat("[", maxDepth+1) + repeat("]", maxDepth+1) + `}`, "nested deeper"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := members(t, tt.in)
			var syn *SyntaxError
			require.ErrorAs(t, err, &syn)
			assert.Contains(t, err.Error(), tt.msg)
			if tt.name != "array" && tt.name != "deep" {
				assert.False(t, json.Valid([]byte(tt.in)), "encoding/json refuses it too")
			}
		})
	}
}

func repeat(s string, n int) string {
	out := make([]byte, 0, len(s)*n)
	for range n {
		out = append(out, s...)
	}
	return string(out)
}

func TestUnquoteMatchesEncodingJSON(t *testing.T) {
	for _, raw := range []string{
		`""`, `"plain"`, `"é 🙂"`, `"\"\\\/\b\f\n\r\t"`, `"\u00e9\u2028"`, `"\ud83d\ude42"`,
		`"\ud83d alone"`, `"\ude42"`, `"\ud83d\u0041"`, "\"\xff\xfe bytes\"", `"<&>"`,
	} {
		var want string
		require.NoError(t, json.Unmarshal([]byte(raw), &want), raw)
		got, err := Unquote([]byte(raw))
		require.NoError(t, err, raw)
		assert.Equal(t, want, got, raw)
		got, err = UnquoteMember([]byte(raw))
		require.NoError(t, err, raw)
		assert.Equal(t, want, got, "UnquoteMember(%s)", raw)
	}
}

// TestUnquoteMemberRefuses: what is no string (but for a raw control
// character, which Members refuses before) is read by Unquote, and refused
// with its error.
func TestUnquoteMemberRefuses(t *testing.T) {
	for _, raw := range []string{``, `"`, `x`, `"a`, `"\"`, `"\q"`, `"\u12"`, "\"\xff\\q\""} {
		_, err := UnquoteMember([]byte(raw))
		var syn *SyntaxError
		assert.ErrorAs(t, err, &syn, raw)
	}
}

// FuzzMembers holds the scanner to encoding/json: it accepts an object
// exactly when json.Valid does, its values are valid JSON, and strings
// decode alike.
func FuzzMembers(f *testing.F) {
	f.Add(`{"id": "a", "text": "x\u00e9", "n": [1, {"b": null}]}`)
	f.Add(`{"a": 1e5, "b": -0.5, "c": "\ud800"}`)
	f.Add(`{"a":`)
	f.Add("{\"text\": \"\u201cA\\n\\nb\\u2028\\ud83d\\ude42 \\\"q\\\" \xff\xfe\u201d\"}")
	f.Fuzz(func(t *testing.T, in string) {
		var vals []string
		err := Members([]byte(in), func(key string, value []byte) error {
			vals = append(vals, string(value))
			return nil
		})
		trimmed := strings.TrimLeft(in, " \t\r\n")
		valid := json.Valid([]byte(in)) && strings.HasPrefix(trimmed, "{")
		if deep(in) {
			return
		}
		require.Equal(t, valid, err == nil, "input %q: %v", in, err)
		for _, v := range vals {
			require.True(t, json.Valid([]byte(v)), v)
			if v[0] == '"' {
				var want string
				require.NoError(t, json.Unmarshal([]byte(v), &want))
				got, err := Unquote([]byte(v))
				require.NoError(t, err)
				require.Equal(t, want, got)
				got, err = UnquoteMember([]byte(v))
				require.NoError(t, err)
				require.Equal(t, want, got, "UnquoteMember")
			}
		}
	})
}

// deep reports whether in may nest past maxDepth, where the two differ by
// design.
func deep(in string) bool {
	n := 0
	for i := 0; i < len(in); i++ {
		if in[i] == '[' || in[i] == '{' {
			n++
		}
	}
	return n > maxDepth
}

// TestRuns puts every byte value at every position of a 40-byte run, alone
// and with a byte that stops the run (a control, whose borrow the eight-byte
// test spreads upwards) right after it: the run stops exactly at the first
// byte that needs attention.
func TestRuns(t *testing.T) {
	runs := []struct {
		name string
		run  func([]byte) int
		stop func(c byte) bool
	}{
		{"plainRun", plainRun, func(c byte) bool { return c < ' ' || c == '"' || c == '\\' || c >= 0x80 }},
		{"stringRun", stringRun, func(c byte) bool { return c < ' ' || c == '"' || c == '\\' }},
	}
	for _, r := range runs {
		for c := 0; c < 256; c++ {
			for pos := 0; pos < 40; pos++ {
				for _, after := range []string{"", "\x00", "\"", "\xff"} {
					b := []byte(strings.Repeat("a", 40))
					b[pos] = byte(c)
					copy(b[pos+1:], after)
					want := len(b)
					for i, c := range b {
						if r.stop(c) {
							want = i
							break
						}
					}
					require.Equal(t, want, r.run(b), "%s: byte %#x at %d, then %q", r.name, c, pos, after)
				}
			}
		}
	}
}
