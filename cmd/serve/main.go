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
	info, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	for _, name := range []string{"index.html", "annotator.wasm", "wasm_exec.js"} {
		if _, err := os.Stat(filepath.Join(dir, name)); errors.Is(err, fs.ErrNotExist) {
			log.Printf("warning: %s has no %s (run make wasm)", dir, name)
		}
	}
	srv := &http.Server{
		Addr:              addr,
		Handler:           logRequests(server.New(os.DirFS(dir))),
		ReadHeaderTimeout: 10 * time.Second,
	}
	log.Printf("serving %s on http://%s/", dir, addr)
	return srv.ListenAndServe()
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
