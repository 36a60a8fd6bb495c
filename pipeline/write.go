package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.Emitter2[int, string]()
	register.DoFn4x1[context.Context, int, func(*string) bool, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
	register.Function1x2(emptyLine)
}

// ShardName is the file of shard i of n: prefix-00000-of-00004.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// WriteLines writes a PCollection<string> as lines into shards files
// ShardName(prefix, i, shards), every one of them written, empty when no
// line falls in it. A line goes to the shard of its hash; the order of the
// lines within a shard is not the input's. (Beam's textio.Write puts
// everything in one file, written by one worker.)
func WriteLines(s beam.Scope, prefix string, shards int, lines beam.PCollection) {
	s = s.Scope("WriteLines")
	filesystem.ValidateScheme(prefix)
	shards = max(shards, 1)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	var all []int
	for i := range shards {
		all = append(all, i)
	}
	// One empty line per shard, so that every shard has a group.
	every := beam.ParDo(s, emptyLine, beam.CreateList(s, all))
	grouped := beam.CoGroupByKey(s, every, keyed)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, grouped)
}

// emptyLine is shard i's marker.
func emptyLine(i int) (int, string) { return i, "" }

// shardFn keys each line by its shard.
type shardFn struct {
	Shards int `json:"shards"`
}

// ProcessElement keys one line.
func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	io.WriteString(h, line)
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

// writeShardFn writes one shard's lines.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

// ProcessElement writes the file of shard i (a retry rewrites it whole).
func (fn *writeShardFn) ProcessElement(ctx context.Context, i int, _ func(*string) bool, lines func(*string) bool) error {
	return writeFile(ctx, ShardName(fn.Prefix, i, fn.Shards), func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<16)
		var line string
		for lines(&line) {
			bw.WriteString(line)
			bw.WriteByte('\n')
		}
		return bw.Flush()
	})
}
