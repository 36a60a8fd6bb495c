package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The server bounds what idle and slow clients hold, and keeps to its
// folder: a symbolic link out of it serves nothing.
func TestNewServer(t *testing.T) {
	base := t.TempDir()
	web := filepath.Join(base, "web")
	require.NoError(t, os.MkdirAll(web, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(web, "index.html"), []byte("<p>page</p>"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(base, "secret.txt"), []byte("secret"), 0o644))
	require.NoError(t, os.Symlink(filepath.Join(base, "secret.txt"), filepath.Join(web, "secret.txt")))

	srv, err := newServer("localhost:0", web)
	require.NoError(t, err)
	assert.Positive(t, srv.ReadHeaderTimeout)
	assert.Positive(t, srv.IdleTimeout, "idle keep-alive connections are closed")

	for target, want := range map[string]int{"/": http.StatusOK, "/secret.txt": http.StatusNotFound} {
		rec := httptest.NewRecorder()
		srv.Handler.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		assert.Equal(t, want, rec.Code, target)
	}

	_, err = newServer("localhost:0", filepath.Join(web, "index.html"))
	assert.ErrorContains(t, err, "is not a folder")
}
