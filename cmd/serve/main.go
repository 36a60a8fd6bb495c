// Command serve serves the annotator page (web/) over HTTP with the right
// media types, compression, cache headers and Content-Security-Policy (see
// internal/server).
//
//	serve [-addr localhost:8080] [-dir web]
//
// Build the WebAssembly first (make wasm, or make serve, which does both).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/newsroom/annotator/internal/server"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "address to listen on (host:port)")
	dir := flag.String("dir", "web", "folder to serve")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: serve [-addr host:port] [-dir folder]\n\nServes the annotator page.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*addr, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

func run(addr, dir string) error {
	srv, err := newServer(addr, dir)
	if err != nil {
		return err
	}
	for _, name := range []string{"index.html", "annotator-plain.wasm", "annotator.wasm", "wasm_exec.js"} {
		if _, err := os.Stat(filepath.Join(dir, name)); errors.Is(err, fs.ErrNotExist) {
			log.Printf("warning: %s has no %s (run make wasm)", dir, name)
		}
	}
	log.Printf("serving %s on http://%s/", dir, addr)
	return srv.ListenAndServe()
}

// newServer returns the HTTP server for the folder dir, served through an
// os.Root (see server.NewDir). The timeouts bound what a slow or idle client
// holds: headers must arrive within 10 s, and a kept-alive connection with
// no request is closed after 2 minutes. There is no write timeout, so that
// a slow link still gets the whole module.
func newServer(addr, dir string) (*http.Server, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	h, err := server.NewDir(dir)
	if err != nil {
		return nil, err
	}
	return &http.Server{
		Addr:              addr,
		Handler:           logRequests(h),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}, nil
}

// logRequests logs each request with its status.
func logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		log.Printf("%s %s %d", r.Method, r.URL.Path, rec.status)
	})
}

// statusRecorder remembers the status code written through it.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}
