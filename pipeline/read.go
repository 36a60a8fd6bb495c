package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn4x1[context.Context, *sdf.LockRTracker, fileio.ReadableFile, func(Line), error](&readLinesFn{})
	register.Emitter1[Line]()
}

// DefaultBlockSize is the size in bytes of the blocks a file is first
// split into (textio's block size). A block begins by counting the line
// breaks of the file before it, so the bytes read per file grow with the
// square of its size over this: split a very large file into files of a few
// blocks each.
const DefaultBlockSize = 64 << 20

// Line is one line of an input file.
type Line struct {
	File   string // the file's path, as matched
	Number int    // 1-based, as an editor counts
	Text   []byte // without the line break
}

// ReadLines reads every file that one of the globs matches (an error when a
// glob without wildcards matches nothing) and returns a PCollection<Line>.
// Files ending in .gz are read whole by one worker; the others are split
// into blocks of about blockSize bytes (0: [DefaultBlockSize]).
func ReadLines(s beam.Scope, globs []string, blockSize int64) beam.PCollection {
	s = s.Scope("ReadLines")
	if blockSize <= 0 {
		blockSize = DefaultBlockSize
	}
	matches := fileio.MatchAll(s, beam.CreateList(s, globs), fileio.MatchEmptyAllowIfWildcard())
	files := fileio.ReadMatches(s, matches, fileio.ReadAutoCompression(), fileio.ReadDirectorySkip())
	return beam.ParDo(s, &readLinesFn{BlockSize: blockSize}, files)
}

// readLinesFn is a splittable DoFn over the byte offsets of a file. Beam's
// textio reads a block by skipping the bytes before it; this reads them too
// and counts their line breaks, which is how a block knows the number of its
// first line. A block emits every line that starts in it, and a line starts
// at offset 0 or after a '\n'. A compressed file is one restriction [0, 1)
// (its sizes are not those of its text) and is read whole.
type readLinesFn struct {
	BlockSize int64 `json:"block_size"`
}

func compressed(file fileio.ReadableFile) bool {
	return strings.HasSuffix(file.Metadata.Path, ".gz")
}

// CreateInitialRestriction is the whole file.
func (fn *readLinesFn) CreateInitialRestriction(file fileio.ReadableFile) offsetrange.Restriction {
	if compressed(file) {
		return offsetrange.Restriction{Start: 0, End: 1}
	}
	return offsetrange.Restriction{Start: 0, End: file.Metadata.Size}
}

// SplitRestriction cuts a file into blocks, the last one at least a quarter
// of a block.
func (fn *readLinesFn) SplitRestriction(file fileio.ReadableFile, rest offsetrange.Restriction) []offsetrange.Restriction {
	if compressed(file) {
		return []offsetrange.Restriction{rest}
	}
	splits := rest.SizedSplits(fn.BlockSize)
	if n := len(splits); n > 1 && splits[n-1].Size() < float64(fn.BlockSize/4) {
		splits[n-2].End = splits[n-1].End
		splits = splits[:n-1]
	}
	return splits
}

// RestrictionSize is the bytes of the restriction.
func (fn *readLinesFn) RestrictionSize(_ fileio.ReadableFile, rest offsetrange.Restriction) float64 {
	return rest.Size()
}

// CreateTracker tracks offsets; the runner may split it while it runs.
func (fn *readLinesFn) CreateTracker(rest offsetrange.Restriction) *sdf.LockRTracker {
	return sdf.NewLockRTracker(offsetrange.NewTracker(rest))
}

// ProcessElement emits the lines that start in the restriction, each with
// its number.
func (fn *readLinesFn) ProcessElement(ctx context.Context, rt *sdf.LockRTracker, file fileio.ReadableFile, emit func(Line)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	r := bufio.NewReaderSize(rc, 1<<16)
	path := file.Metadata.Path
	emitLine := func(n int, text []byte) { emit(Line{File: path, Number: n, Text: text}) }
	rest := rt.GetRestriction().(offsetrange.Restriction)
	if compressed(file) {
		if !rt.TryClaim(rest.Start) {
			return nil
		}
		return eachLine(r, 1, emitLine, func(int64) bool { return true })
	}
	offset, number, err := firstLineAt(r, rest.Start)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if offset >= rest.End {
		rt.TryClaim(rest.End) // no line starts here: finish the restriction
		return nil
	}
	stopped := false
	err = eachLine(r, number, emitLine, func(length int64) bool {
		stopped = !rt.TryClaim(offset)
		offset += length
		return !stopped
	})
	if err == nil && !stopped {
		rt.TryClaim(rest.End) // the file ended before the restriction did
	}
	return err
}

// firstLineAt reads r up to the first line that starts at or after start
// and returns that line's offset and number.
func firstLineAt(r *bufio.Reader, start int64) (offset int64, number int, err error) {
	if start == 0 {
		return 0, 1, nil
	}
	// Bytes [0, start-1) are before the block; byte start-1 decides whether
	// a line starts at start ('\n') or later.
	breaks, err := countBreaks(r, start-1)
	if err != nil {
		return 0, 0, err
	}
	rest, err := r.ReadBytes('\n')
	offset = start - 1 + int64(len(rest))
	if err == io.EOF {
		return offset, 0, nil // no line starts after start-1
	}
	if err != nil {
		return 0, 0, err
	}
	return offset, breaks + 2, nil
}

// countBreaks reads n bytes of r and counts the '\n' among them.
func countBreaks(r *bufio.Reader, n int64) (int, error) {
	breaks := 0
	for n > 0 {
		b, err := r.Peek(int(min(n, int64(r.Size()))))
		breaks += bytes.Count(b, []byte{'\n'})
		n -= int64(len(b))
		r.Discard(len(b))
		if err == io.EOF && n > 0 {
			return 0, fmt.Errorf("block starts %d bytes past the end of the file", n)
		}
		if err != nil && err != io.EOF {
			return 0, err
		}
	}
	return breaks, nil
}

// eachLine reads the lines of r, numbered from number on. Before each line
// it calls claim with the line's length in bytes, break included, and stops
// when claim says no; then it calls emit with the line without its break.
// Lines of any length are read, as by the CLI.
func eachLine(r *bufio.Reader, number int, emit func(int, []byte), claim func(int64) bool) error {
	for n := number; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			if !claim(int64(len(line))) {
				return nil
			}
			emit(n, bytes.TrimSuffix(line, []byte{'\n'}))
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
