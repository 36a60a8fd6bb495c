// Package server serves the annotator's web page and its assets: the right
// media types (application/wasm above all), compression (a precompressed
// .br or .gz file beside an asset when it is fresh, else gzip compressed once
// per version of a file and shared by every request), revalidating cache
// headers, and a Content-Security-Policy that lets the page load nothing but
// its own files.
//
// Files are streamed from the file system, never read whole per request. A
// folder is best served with [NewDir], which opens it as an [os.Root] so that
// no name, symbolic links included, reaches outside it.
//
// It is a static file server with no knowledge of the annotator; cmd/serve
// and the browser tests in e2e use it.
package server

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strings"
	"sync"
	"syscall"
)

// DefaultCSP is the Content-Security-Policy sent with every response: only
// the page's own scripts (and the compilation of its WebAssembly), styles,
// images, workers and connections; no plugins, no framing, no forms.
const DefaultCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

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

// Handler serves the files of a file system. Create one with [New] or
// [NewDir].
type Handler struct {
	fsys fs.FS
	// CSP is the Content-Security-Policy header; empty sends none.
	CSP string

	mu    sync.Mutex
	gzips map[string]*gzipEntry // gzip bodies compressed on first use, by file name
}

// New returns a handler that serves the files of fsys with [DefaultCSP].
// To serve a folder, prefer [NewDir]: os.DirFS follows symbolic links out of
// the folder.
func New(fsys fs.FS) *Handler {
	return &Handler{fsys: fsys, CSP: DefaultCSP, gzips: map[string]*gzipEntry{}}
}

// NewDir returns a handler that serves the folder dir through an [os.Root]:
// a name that leads outside dir, by "..", by an absolute path or by a
// symbolic link, is not found. The root stays open as long as the program
// runs.
func NewDir(dir string) (*Handler, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return New(root.FS()), nil
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
	name, ok := fileName(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	f, info, name, err := h.open(name)
	if err != nil {
		fail(w, r, err)
		return
	}
	defer f.Close()
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

	b, err := h.encode(r, name, f, info, ct)
	if err != nil {
		fail(w, r, err)
		return
	}
	if b.close != nil {
		defer b.close()
	}
	if b.encoding != "" {
		hd.Set("Content-Encoding", b.encoding)
	}
	hd.Set("ETag", etag(b.info, b.encoding))
	http.ServeContent(w, r, name, info.ModTime(), b.content)
}

// fileName turns a request path into a file name for fs.FS: a trailing
// slash names the folder's index.html. It reports false for a name that
// cannot be a file of the site: one with a NUL byte, or a path element that
// starts with a dot (.git, .env).
func fileName(urlPath string) (string, bool) {
	name := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if name == "" || strings.HasSuffix(urlPath, "/") {
		name = path.Join(name, "index.html")
	}
	if !fs.ValidPath(name) || strings.ContainsRune(name, 0) || hasHiddenPart(name) {
		return "", false
	}
	return name, true
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

// open opens the regular file name, or the index.html of the folder name,
// and returns it with its info and its name.
func (h *Handler) open(name string) (fs.File, fs.FileInfo, string, error) {
	for range 2 {
		f, err := h.fsys.Open(name)
		if err != nil {
			return nil, nil, "", err
		}
		info, err := f.Stat()
		switch {
		case err != nil:
			f.Close()
			return nil, nil, "", err
		case info.Mode().IsRegular():
			return f, info, name, nil
		}
		f.Close()
		if !info.IsDir() {
			break
		}
		name = path.Join(name, "index.html")
	}
	return nil, nil, "", &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// fail answers a request whose file could not be served: 404 when no file
// of that name is there to serve (it does not exist, a path element is not a
// folder, the name is invalid for the system, or it leads outside the
// root), 403 when the system refuses to read it, else 500.
func fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case notFound(err):
		http.NotFound(w, r)
	case errors.Is(err, fs.ErrPermission):
		http.Error(w, "forbidden", http.StatusForbidden)
	default:
		http.Error(w, "cannot read file", http.StatusInternalServerError)
	}
}

// notFound reports whether err from opening a name means that the site has
// no file by that name.
func notFound(err error) bool {
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid) {
		return true
	}
	for _, errno := range []syscall.Errno{syscall.ENOTDIR, syscall.EINVAL, syscall.ENAMETOOLONG, syscall.ELOOP} {
		if errors.Is(err, errno) {
			return true
		}
	}
	// os.Root reports a name that leads outside it with an unexported
	// error; its text is part of the os package's behaviour.
	var pe *fs.PathError
	return errors.As(err, &pe) && pe.Err.Error() == "path escapes from parent"
}

// readSeeker returns f as an io.ReadSeeker for http.ServeContent: f itself
// when it can seek (os and fstest files can), else its contents read whole.
func readSeeker(f fs.File) (io.ReadSeeker, error) {
	if rs, ok := f.(io.ReadSeeker); ok {
		return rs, nil
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(data), nil
}
