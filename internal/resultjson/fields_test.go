package resultjson

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate"
)

// TestEveryField fills every field of the types this package writes and
// reads, so that a field added to one of them and forgotten here fails:
// the encoders against encoding/json, the decoders by a round trip.
func TestEveryField(t *testing.T) {
	var res annotate.Result
	fill(reflect.ValueOf(&res).Elem())
	got, err := Decode(Append(nil, res))
	require.NoError(t, err)
	assert.Equal(t, res, got, "Decode(Append(r)) with every field set")
	assert.Equal(t, marshal(t, res), string(Append(nil, res)))

	var c annotate.Corrections
	fill(reflect.ValueOf(&c).Elem())
	gotC, err := DecodeCorrections(AppendCorrections(nil, c))
	require.NoError(t, err)
	assert.Equal(t, c, gotC, "DecodeCorrections(AppendCorrections(c)) with every field set")
	assert.Equal(t, marshal(t, c), string(AppendCorrections(nil, c)))

	var sum annotate.Summary
	fill(reflect.ValueOf(&sum).Elem())
	assert.Equal(t, marshal(t, sum), string(AppendSummary(nil, sum)))

	var rec annotate.ExportRecord
	fill(reflect.ValueOf(&rec).Elem())
	assert.Equal(t, marshal(t, rec), string(AppendExport(nil, rec)))
}

// fill sets v and everything in it to a value that is not zero: strings
// to their field's path, numbers to 7 or 0.5, lists and maps to one
// element.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x" + v.Type().Name())
	case reflect.Int:
		v.SetInt(7)
	case reflect.Float64:
		v.SetFloat(0.5)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		e := reflect.New(v.Type().Elem()).Elem()
		fill(e)
		v.SetMapIndex(reflect.ValueOf("k1"), e)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i))
			}
		}
	default:
		panic("fill: no value for " + v.Type().String())
	}
}
