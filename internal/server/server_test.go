package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	older = time.Date(2025, 10, 16, 12, 0, 0, 0, time.UTC)
	newer = older.Add(time.Hour)
)

// site is a small web/ folder: a page, a module with a fresh precompressed
// copy, a script whose precompressed copy is stale, a script whose
// precompressed copy carries its time cut to whole seconds (as the brotli
// command writes it), and a hidden file.
func site() fstest.MapFS {
	wasm := bytes.Repeat([]byte("\x00asm module body "), 200)
	script := []byte(strings.Repeat("console.log('annotator');\n", 100))
	return fstest.MapFS{
		"index.html":        {Data: []byte("<!doctype html><title>Annotator</title>"), ModTime: older},
		"annotator.wasm":    {Data: wasm, ModTime: older},
		"annotator.wasm.br": {Data: []byte("brotli bytes"), ModTime: newer},
		"app.js":            {Data: script, ModTime: newer},
		"app.js.br":         {Data: []byte("stale brotli"), ModTime: older},
		"embed.js":          {Data: script, ModTime: older.Add(700 * time.Millisecond)},
		"embed.js.br":       {Data: []byte("brotli of embed.js"), ModTime: older},
		"style.css":         {Data: []byte("body{}"), ModTime: older},
		"docs/index.html":   {Data: []byte("<p>docs</p>"), ModTime: older},
		".git/config":       {Data: []byte("secret"), ModTime: older},
	}
}

func get(t *testing.T, h http.Handler, method, target string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func decoded(t *testing.T, resp *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	if resp.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		require.NoError(t, err)
		b, err = io.ReadAll(zr)
		require.NoError(t, err)
	}
	return b
}

func TestServe(t *testing.T) {
	fsys := site()
	h := New(fsys)
	tests := []struct {
		name         string
		method, path string
		encoding     string // Accept-Encoding
		wantStatus   int
		wantType     string
		wantEncoding string
		wantBody     string // decoded; "" to take the file at path
	}{
		{"root is index.html", "GET", "/", "", 200, "text/html; charset=utf-8", "", "<!doctype html><title>Annotator</title>"},
		{"folder serves its index", "GET", "/docs/", "", 200, "text/html; charset=utf-8", "", "<p>docs</p>"},
		{"module as application/wasm", "GET", "/annotator.wasm", "", 200, "application/wasm", "", ""},
		{"fresh precompressed brotli", "GET", "/annotator.wasm", "gzip, deflate, br", 200, "application/wasm", "br", "brotli bytes"},
		{"gzip when brotli is not accepted", "GET", "/annotator.wasm", "gzip", 200, "application/wasm", "gzip", ""},
		{"brotli with the source's time in whole seconds", "GET", "/embed.js", "gzip, deflate, br", 200, "text/javascript; charset=utf-8", "br", "brotli of embed.js"},
		{"stale brotli ignored", "GET", "/app.js", "br, gzip", 200, "text/javascript; charset=utf-8", "gzip", ""},
		{"gzip refused with q=0", "GET", "/app.js", "gzip;q=0", 200, "text/javascript; charset=utf-8", "", ""},
		{"small file sent as is", "GET", "/style.css", "gzip", 200, "text/css; charset=utf-8", "", "body{}"},
		{"HEAD", "HEAD", "/style.css", "", 200, "text/css; charset=utf-8", "", "-"},
		{"missing file", "GET", "/nope.js", "", 404, "", "", "-"},
		{"hidden file", "GET", "/.git/config", "", 404, "", "", "-"},
		{"dot segments stay inside", "GET", "/docs/../../.git/config", "", 404, "", "", "-"},
		{"POST refused", "POST", "/", "", 405, "", "", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := get(t, h, tt.method, tt.path, map[string]string{"Accept-Encoding": tt.encoding})
			assert.Equal(t, tt.wantStatus, resp.StatusCode)
			assert.Equal(t, DefaultCSP, resp.Header.Get("Content-Security-Policy"))
			assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
			if tt.wantStatus != 200 {
				return
			}
			assert.Equal(t, tt.wantType, resp.Header.Get("Content-Type"))
			assert.Equal(t, tt.wantEncoding, resp.Header.Get("Content-Encoding"))
			assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"))
			assert.Contains(t, resp.Header.Values("Vary"), "Accept-Encoding")
			assert.NotEmpty(t, resp.Header.Get("ETag"))
			want := tt.wantBody
			switch want {
			case "-":
				return
			case "":
				want = string(fsys[strings.TrimPrefix(tt.path, "/")].Data)
			}
			assert.Equal(t, want, string(decoded(t, resp)))
		})
	}
}

func TestServeRevalidates(t *testing.T) {
	h := New(site())
	for _, enc := range []string{"", "gzip", "br"} {
		t.Run("encoding "+enc, func(t *testing.T) {
			first := get(t, h, "GET", "/annotator.wasm", map[string]string{"Accept-Encoding": enc})
			tag := first.Header.Get("ETag")
			require.NotEmpty(t, tag)
			again := get(t, h, "GET", "/annotator.wasm", map[string]string{"Accept-Encoding": enc, "If-None-Match": tag})
			assert.Equal(t, http.StatusNotModified, again.StatusCode)
			assert.Empty(t, decoded(t, again))
		})
	}
	plain := get(t, h, "GET", "/annotator.wasm", nil).Header.Get("ETag")
	gz := get(t, h, "GET", "/annotator.wasm", map[string]string{"Accept-Encoding": "gzip"}).Header.Get("ETag")
	assert.NotEqual(t, plain, gz, "each encoding has its own validator")
}

func TestServeCustomCSP(t *testing.T) {
	h := New(site())
	h.CSP = ""
	resp := get(t, h, "GET", "/", nil)
	assert.Empty(t, resp.Header.Get("Content-Security-Policy"))
}

func TestAccepts(t *testing.T) {
	tests := []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip, deflate, br", "gzip", true},
		{"deflate", "gzip", false},
		{"GZIP", "gzip", true},
		{"gzip;q=0", "gzip", false},
		{"gzip; q=0.000", "gzip", false},
		{"gzip;q=0.5", "gzip", true},
		{"", "gzip", false},
		{"xgzip", "gzip", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, accepts(tt.header, tt.coding), "%q accepts %q", tt.header, tt.coding)
	}
}
