package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsroom/annotator/internal/batch/synth"
)

// benchArticles is the size of the generated archive (about 8 MB).
const benchArticles = 3000

var (
	benchOnce     sync.Once
	benchBin      string
	benchCorpus   string
	benchSize     int64
	benchSetupErr error
)

// benchSetup builds the command and writes the synthetic archive once.
func benchSetup(b *testing.B) {
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "annotate-bench")
		if err != nil {
			benchSetupErr = err
			return
		}
		benchBin = filepath.Join(dir, "annotate")
		out, err := exec.Command("go", "build", "-o", benchBin, ".").CombinedOutput()
		if err != nil {
			benchSetupErr = err
			b.Log(string(out))
			return
		}
		benchCorpus = filepath.Join(dir, "archive.jsonl")
		f, err := os.Create(benchCorpus)
		if err != nil {
			benchSetupErr = err
			return
		}
		defer f.Close()
		benchSize, benchSetupErr = synth.Write(f, benchArticles, 1)
	})
	if benchSetupErr != nil {
		b.Fatal(benchSetupErr)
	}
}

// BenchmarkJSONL runs the built command, as a user does, on a synthetic
// archive with -j 1, 2 and 4: MB/s is whole-process throughput (input
// bytes), peak-RSS-MB the process's peak resident memory.
func BenchmarkJSONL(b *testing.B) {
	benchSetup(b)
	for _, j := range []int{1, 2, 4} {
		b.Run("j="+strconv.Itoa(j), func(b *testing.B) {
			b.SetBytes(benchSize)
			var peak int64
			for b.Loop() {
				cmd := exec.Command(benchBin, "-jsonl", "-quiet", "-j", strconv.Itoa(j), benchCorpus)
				cmd.Stdout = io.Discard
				if err := cmd.Start(); err != nil {
					b.Fatal(err)
				}
				done := make(chan struct{})
				hwm := make(chan int64)
				go func() { hwm <- watchPeak(cmd.Process.Pid, done) }()
				if err := cmd.Wait(); err != nil {
					b.Fatalf("annotate -jsonl: %v", err)
				}
				close(done)
				peak = max(peak, <-hwm)
			}
			if peak > 0 {
				b.ReportMetric(float64(peak)/1024, "peak-RSS-MB")
			}
		})
	}
}

// watchPeak polls the peak resident memory of process pid (VmHWM in
// /proc, KiB; Linux only, else 0) until done is closed. The rusage of
// exec.Cmd cannot serve: on Linux its maxrss starts from the parent's
// memory, which the child shares until it execs.
func watchPeak(pid int, done <-chan struct{}) int64 {
	path := "/proc/" + strconv.Itoa(pid) + "/status"
	var peak int64
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	for {
		if data, err := os.ReadFile(path); err == nil {
			for _, line := range strings.Split(string(data), "\n") {
				if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
					kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
					peak = max(peak, kb)
				}
			}
		}
		select {
		case <-done:
			return peak
		case <-tick.C:
		}
	}
}
