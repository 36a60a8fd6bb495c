// Package server serves the annotator's web page and its assets: the right
// media types (application/wasm above all), compression (a precompressed
// .br or .gz file beside an asset when there is one, else gzip on the fly),
// revalidating cache headers, and a Content-Security-Policy that lets the
// page load nothing but its own files.
//
// It is a static file server with no knowledge of the annotator; cmd/serve
// and the browser tests in e2e use it.
package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

// DefaultCSP is the Content-Security-Policy sent with every response: only
// the page's own scripts (and the compilation of its WebAssembly), styles,
// images, workers and connections; no plugins, no framing, no forms.
const DefaultCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// minGzip is the smallest body worth compressing on the fly.
const minGzip = 1024

// types maps file extensions to media types, so that responses do not depend
// on the machine's mime database.
var types = map[string]string{
	".html":  "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".json":  "application/json",
	".wasm":  "application/wasm",
	".svg":   "image/svg+xml",
	".png":   "image/png",
	".jpg":   "image/jpeg",
	".jpeg":  "image/jpeg",
	".webp":  "image/webp",
	".ico":   "image/x-icon",
	".txt":   "text/plain; charset=utf-8",
	".md":    "text/markdown; charset=utf-8",
	".woff2": "font/woff2",
	".map":   "application/json",
}

// compressible reports whether a body of the media type ct gains from gzip.
func compressible(ct string) bool {
	return strings.HasPrefix(ct, "text/") || strings.HasPrefix(ct, "application/") ||
		strings.HasPrefix(ct, "image/svg")
}

// Handler serves the files of a file system. Create one with [New].
type Handler struct {
	fsys fs.FS
	// CSP is the Content-Security-Policy header; empty sends none.
	CSP string

	mu    sync.Mutex
	gzips map[string]gzipEntry // on-the-fly gzip bodies by file name
}

// gzipEntry is a gzipped body, valid while its source keeps modTime and size.
type gzipEntry struct {
	modTime time.Time
	size    int64
	body    []byte
}

// New returns a handler that serves the files of fsys with [DefaultCSP].
// Use os.DirFS to serve a folder.
func New(fsys fs.FS) *Handler {
	return &Handler{fsys: fsys, CSP: DefaultCSP, gzips: map[string]gzipEntry{}}
}

// ServeHTTP serves the file named by the request path; a folder serves its
// index.html.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	if h.CSP != "" {
		hd.Set("Content-Security-Policy", h.CSP)
	}
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" || strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	if !fs.ValidPath(name) || hasHiddenPart(name) {
		http.NotFound(w, r)
		return
	}
	data, info, err := h.read(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			http.NotFound(w, r)
			return
		}
		http.Error(w, "cannot read file", http.StatusInternalServerError)
		return
	}
	ct, ok := types[strings.ToLower(path.Ext(name))]
	if !ok {
		ct = mime.TypeByExtension(path.Ext(name))
	}
	if ct == "" {
		ct = "application/octet-stream"
	}
	hd.Set("Content-Type", ct)
	// Asset names carry no content hash, so every use revalidates; an
	// unchanged asset costs a 304 and no body.
	hd.Set("Cache-Control", "no-cache")
	hd.Add("Vary", "Accept-Encoding")

	body, encoding := h.encode(r, name, data, info, ct)
	if encoding != "" {
		hd.Set("Content-Encoding", encoding)
	}
	hd.Set("ETag", etag(info, encoding))
	http.ServeContent(w, r, name, info.ModTime(), bytes.NewReader(body))
}

// hasHiddenPart reports whether a path element of name starts with a dot.
func hasHiddenPart(name string) bool {
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}

// read returns the contents and file info of a regular file.
func (h *Handler) read(name string) ([]byte, fs.FileInfo, error) {
	info, err := fs.Stat(h.fsys, name)
	if err != nil {
		return nil, nil, err
	}
	if info.IsDir() {
		return h.read(path.Join(name, "index.html"))
	}
	data, err := fs.ReadFile(h.fsys, name)
	if err != nil {
		return nil, nil, err
	}
	return data, info, nil
}

// encode picks the body to send: a precompressed sibling (name.br, then
// name.gz) that is at least as new as the file, else gzip on the fly when the
// client accepts it and the type compresses, else the file as it is.
func (h *Handler) encode(r *http.Request, name string, data []byte, info fs.FileInfo, ct string) ([]byte, string) {
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !accepts(accept, enc.name) {
			continue
		}
		pre, pinfo, err := h.read(name + enc.ext)
		if err == nil && !pinfo.ModTime().Before(info.ModTime()) {
			return pre, enc.name
		}
	}
	if !accepts(accept, "gzip") || len(data) < minGzip || !compressible(ct) {
		return data, ""
	}
	return h.gzipped(name, data, info), "gzip"
}

// gzipped returns data gzipped, from the cache when the file is unchanged.
func (h *Handler) gzipped(name string, data []byte, info fs.FileInfo) []byte {
	h.mu.Lock()
	e, ok := h.gzips[name]
	h.mu.Unlock()
	if ok && e.modTime.Equal(info.ModTime()) && e.size == info.Size() {
		return e.body
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression) // the level is valid
	_, _ = zw.Write(data)                                       // writes to a bytes.Buffer do not fail
	_ = zw.Close()
	e = gzipEntry{modTime: info.ModTime(), size: info.Size(), body: buf.Bytes()}
	h.mu.Lock()
	h.gzips[name] = e
	h.mu.Unlock()
	return e.body
}

// accepts reports whether an Accept-Encoding header value allows coding,
// honouring an explicit q=0.
func accepts(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(part, ";")
		if !strings.EqualFold(strings.TrimSpace(fields[0]), coding) {
			continue
		}
		for _, p := range fields[1:] {
			p = strings.ReplaceAll(strings.TrimSpace(p), " ", "")
			if p == "q=0" || p == "q=0.0" || p == "q=0.00" || p == "q=0.000" {
				return false
			}
		}
		return true
	}
	return false
}

// etag is a strong validator for one encoding of one version of a file.
func etag(info fs.FileInfo, encoding string) string {
	hash := sha256.New()
	_, _ = io.WriteString(hash, info.ModTime().UTC().Format(time.RFC3339Nano))
	_, _ = io.WriteString(hash, "|"+encoding+"|")
	_, _ = io.WriteString(hash, info.Name())
	var size [8]byte
	for i := range size {
		size[i] = byte(info.Size() >> (8 * i))
	}
	hash.Write(size[:])
	return `"` + hex.EncodeToString(hash.Sum(nil)[:12]) + `"`
}
