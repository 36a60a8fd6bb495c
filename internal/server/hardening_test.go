package server

import (
	"bytes"
	"io"
	"io/fs"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countingFS counts the bytes read from each file of an fs.FS.
type countingFS struct {
	fs.FS
	read map[string]*atomic.Int64
}

func (c countingFS) Open(name string) (fs.File, error) {
	f, err := c.FS.Open(name)
	if err != nil {
		return nil, err
	}
	n, ok := c.read[name]
	if !ok {
		return f, nil
	}
	return &countingFile{File: f, n: n}, nil
}

type countingFile struct {
	fs.File
	n *atomic.Int64
}

func (f *countingFile) Read(p []byte) (int, error) {
	k, err := f.File.Read(p)
	f.n.Add(int64(k))
	return k, err
}

func (f *countingFile) Seek(offset int64, whence int) (int64, error) {
	return f.File.(io.Seeker).Seek(offset, whence)
}

// moduleLike is size bytes that compress about as well as a WebAssembly
// module: words from a small vocabulary in a random order.
func moduleLike(size int) []byte {
	words := []string{"\x00asm", "local.get ", "i32.add ", "call $f", "\x01\x7f", "br_if ", "end\n", "memory "}
	rng := rand.New(rand.NewPCG(1, 2))
	var b bytes.Buffer
	for b.Len() < size {
		b.WriteString(words[rng.IntN(len(words))])
	}
	return b.Bytes()[:size]
}

// Fifty browsers asking at once for a module with no precompressed copy
// share one compression: the file is read once, and each gets the module.
func TestServeCompressesOnceForSimultaneousRequests(t *testing.T) {
	module := moduleLike(512 << 10)
	var read atomic.Int64
	fsys := countingFS{
		FS:   fstest.MapFS{"annotator.wasm": {Data: module, ModTime: older}},
		read: map[string]*atomic.Int64{"annotator.wasm": &read},
	}
	h := New(fsys)
	const clients = 50
	start := make(chan struct{})
	bodies := make([][]byte, clients)
	encodings := make([]string, clients)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Go(func() {
			<-start
			req := httptest.NewRequest("GET", "/annotator.wasm", nil)
			req.Header.Set("Accept-Encoding", "gzip, deflate, br")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			resp := rec.Result()
			encodings[i] = resp.Header.Get("Content-Encoding")
			bodies[i] = decoded(t, resp)
		})
	}
	close(start)
	wg.Wait()
	for i := range clients {
		assert.Equal(t, "gzip", encodings[i])
		assert.True(t, bytes.Equal(module, bodies[i]), "client %d got the module", i)
	}
	assert.Equal(t, int64(len(module)), read.Load(), "the module is read (and compressed) once")

	// A new version of the file is compressed again.
	fsys.FS.(fstest.MapFS)["annotator.wasm"] = &fstest.MapFile{Data: module[:len(module)/2], ModTime: newer}
	resp := get(t, h, "GET", "/annotator.wasm", map[string]string{"Accept-Encoding": "gzip"})
	assert.True(t, bytes.Equal(module[:len(module)/2], decoded(t, resp)), "the new version is served")
}

// discard is a ResponseWriter that keeps nothing of the body.
type discard struct {
	header http.Header
	n      int64
}

func (d *discard) Header() http.Header         { return d.header }
func (d *discard) WriteHeader(int)             {}
func (d *discard) Write(p []byte) (int, error) { d.n += int64(len(p)); return len(p), nil }

// A file is streamed to the client, not read whole into memory for each
// request.
func TestServeStreamsFiles(t *testing.T) {
	const size = 16 << 20
	h := New(fstest.MapFS{"big.bin": {Data: make([]byte, size), ModTime: older}})
	w := &discard{header: http.Header{}}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	h.ServeHTTP(w, httptest.NewRequest("GET", "/big.bin", nil))
	runtime.ReadMemStats(&after)
	require.Equal(t, int64(size), w.n)
	allocated := after.TotalAlloc - before.TotalAlloc
	assert.Less(t, allocated, uint64(size/8), "bytes allocated to serve a %d-byte file", size)
}

// writeFile writes data to dir/name (making folders) with the modification
// time mtime.
func writeFile(t *testing.T, dir, name string, data []byte, mtime time.Time) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, data, 0o644))
	require.NoError(t, os.Chtimes(p, mtime, mtime))
	return p
}

// Names that cannot be a file of the site are not found, on a real folder
// too (where the system's errors differ from fstest's).
func TestServeNamesThatAreNoFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "index.html", []byte("<p>page</p>"), older)
	rooted, err := NewDir(dir)
	require.NoError(t, err)
	handlers := map[string]http.Handler{"os.DirFS": New(os.DirFS(dir)), "NewDir": rooted}
	for hname, h := range handlers {
		for _, target := range []string{
			"/index.html/", "/index.html/x", "/index.html%00.txt", "/%00", "/nope/index.html",
			"/" + string(bytes.Repeat([]byte("a"), 300)),
		} {
			t.Run(hname+" "+target, func(t *testing.T) {
				assert.Equal(t, http.StatusNotFound, get(t, h, "GET", target, nil).StatusCode)
			})
		}
		assert.Equal(t, http.StatusOK, get(t, h, "GET", "/index.html", nil).StatusCode, hname)
	}
}

// A symbolic link inside the folder that leads outside it serves nothing;
// one that stays inside is served.
func TestNewDirKeepsToTheFolder(t *testing.T) {
	base := t.TempDir()
	outside := filepath.Join(base, "outside")
	web := filepath.Join(base, "web")
	writeFile(t, outside, "secret.txt", []byte("secret"), older)
	writeFile(t, web, "index.html", []byte("<p>page</p>"), older)
	for link, target := range map[string]string{
		"etc":        outside,
		"secret.txt": filepath.Join(outside, "secret.txt"),
		"up":         "..",
		"page.html":  "index.html",
	} {
		require.NoError(t, os.Symlink(target, filepath.Join(web, link)))
	}
	h, err := NewDir(web)
	require.NoError(t, err)
	for _, target := range []string{"/etc/secret.txt", "/secret.txt", "/up/outside/secret.txt", "/etc/", "/up/"} {
		resp := get(t, h, "GET", target, nil)
		assert.Equal(t, http.StatusNotFound, resp.StatusCode, target)
		assert.NotContains(t, string(decoded(t, resp)), "secret", target)
	}
	resp := get(t, h, "GET", "/page.html", nil)
	assert.Equal(t, http.StatusOK, resp.StatusCode, "a link inside the folder")
	assert.Equal(t, "<p>page</p>", string(decoded(t, resp)))
}

// The .br file the brotli command writes beside an asset is what a browser
// that accepts brotli gets, although brotli gives it the asset's time cut to
// whole seconds.
func TestServeBrotliWrittenByTheBrotliCommand(t *testing.T) {
	brotli, err := exec.LookPath("brotli")
	if err != nil {
		t.Skip("the brotli command is not installed (apt-get install brotli)")
	}
	dir := t.TempDir()
	module := moduleLike(64 << 10)
	src := writeFile(t, dir, "annotator.wasm", module, older.Add(123456789*time.Nanosecond))
	out, err := exec.Command(brotli, "-f", "-q", "5", "-o", src+".br", src).CombinedOutput()
	require.NoError(t, err, "%s", out)
	h, err := NewDir(dir)
	require.NoError(t, err)

	resp := get(t, h, "GET", "/annotator.wasm", map[string]string{"Accept-Encoding": "gzip, deflate, br, zstd"})
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "br", resp.Header.Get("Content-Encoding"))
	sent, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	dec := exec.Command(brotli, "-d", "-c")
	dec.Stdin = bytes.NewReader(sent)
	plain, err := dec.Output()
	require.NoError(t, err, "the body is brotli")
	assert.True(t, bytes.Equal(module, plain), "the body decodes to the module")

	// Once the asset changes, its old .br is no longer sent.
	writeFile(t, dir, "annotator.wasm", module[:4000], older.Add(2*time.Second))
	resp = get(t, h, "GET", "/annotator.wasm", map[string]string{"Accept-Encoding": "br, gzip"})
	assert.Equal(t, "gzip", resp.Header.Get("Content-Encoding"))
	assert.True(t, bytes.Equal(module[:4000], decoded(t, resp)), "the new version is served")
}
