package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"net/http"
	"strings"
	"time"
)

// minGzip is the smallest body worth compressing on the fly.
const minGzip = 1024

// precompressed lists the content codings a file may have a precompressed
// copy for, by preference, with the extension of the copy's name.
var precompressed = []struct{ coding, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

// body is what a response sends: the content with its coding ("" for the
// file as it is), the info of the file it comes from (for the validator),
// and what to close once it is sent.
type body struct {
	content  io.ReadSeeker
	encoding string
	info     fs.FileInfo
	close    func() error
}

// compressible reports whether a body of the media type ct gains from gzip.
func compressible(ct string) bool {
	return strings.HasPrefix(ct, "text/") || strings.HasPrefix(ct, "application/") ||
		strings.HasPrefix(ct, "image/svg")
}

// encode picks the body to send for the file f: a fresh precompressed copy
// (name.br, then name.gz) in a coding the client accepts, else gzip
// compressed once for this version of the file when the client accepts it
// and the type compresses, else the file as it is.
func (h *Handler) encode(r *http.Request, name string, f fs.File, info fs.FileInfo, ct string) (body, error) {
	accept := r.Header.Get("Accept-Encoding")
	for _, pre := range precompressed {
		if !accepts(accept, pre.coding) {
			continue
		}
		pf, pinfo, err := h.openRegular(name + pre.ext)
		if err != nil {
			continue
		}
		if !fresh(pinfo.ModTime(), info.ModTime()) {
			pf.Close()
			continue
		}
		rs, err := readSeeker(pf)
		if err != nil {
			pf.Close()
			return body{}, err
		}
		return body{content: rs, encoding: pre.coding, info: pinfo, close: pf.Close}, nil
	}
	if accepts(accept, "gzip") && info.Size() >= minGzip && compressible(ct) {
		data, err := h.gzipped(r, name, f, info)
		if err != nil {
			return body{}, err
		}
		return body{content: bytes.NewReader(data), encoding: "gzip", info: info}, nil
	}
	rs, err := readSeeker(f)
	if err != nil {
		return body{}, err
	}
	return body{content: rs, info: info}, nil
}

// openRegular opens name when it is a regular file.
func (h *Handler) openRegular(name string) (fs.File, fs.FileInfo, error) {
	f, err := h.fsys.Open(name)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, fs.ErrNotExist
	}
	return f, info, nil
}

// fresh reports whether a precompressed copy last modified at pre was made
// from the version of its source last modified at src: it is at least as
// new, or it carries the source's own time cut to whole seconds, which is
// what brotli (1.0.9) copies onto the file it writes.
func fresh(pre, src time.Time) bool {
	return !pre.Before(src) || pre.Equal(src.Truncate(time.Second))
}

// gzipEntry is the gzip body of one version of a file (its modification
// time and size); done is closed once body or err is set.
type gzipEntry struct {
	modTime time.Time
	size    int64
	done    chan struct{}
	body    []byte
	err     error
}

// gzipped returns the contents of f gzipped. The first request for a
// version of the file compresses it; requests that arrive meanwhile wait for
// that one body instead of compressing again, and later ones reuse it.
func (h *Handler) gzipped(r *http.Request, name string, f fs.File, info fs.FileInfo) ([]byte, error) {
	h.mu.Lock()
	e, ok := h.gzips[name]
	if !ok || !e.modTime.Equal(info.ModTime()) || e.size != info.Size() {
		e = &gzipEntry{modTime: info.ModTime(), size: info.Size(), done: make(chan struct{})}
		h.gzips[name] = e
		h.mu.Unlock()
		e.body, e.err = gzipAll(f)
		close(e.done)
		if e.err != nil {
			h.mu.Lock()
			if h.gzips[name] == e {
				delete(h.gzips, name)
			}
			h.mu.Unlock()
		}
		return e.body, e.err
	}
	h.mu.Unlock()
	select {
	case <-e.done:
		return e.body, e.err
	case <-r.Context().Done():
		return nil, r.Context().Err()
	}
}

// gzipAll reads src to its end and returns it gzipped.
func gzipAll(src io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression) // the level is valid
	if _, err := io.Copy(zw, src); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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

// etag is a strong validator for one encoding of one version of a file (for
// a precompressed copy, of the copy).
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
