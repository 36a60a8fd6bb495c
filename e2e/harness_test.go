// Package e2e tests the annotator as a person uses it: the page of web/ in a
// real headless Chromium, driven with chromedp.
//
// TestMain builds the WebAssembly module from the current source into a
// temporary folder, and the test server serves web/ with that build laid
// over it, so a stale web/annotator.wasm can never be what a test checks.
//
// Helpers for every browser test of the package (the page's and the embed's):
//
//   - startServer serves web/ on a free loopback port and returns its URL;
//   - startServerWith does the same for any handler (e.g. another CSP);
//   - webFS is the file system startServer serves;
//   - newBrowser starts headless Chromium and returns a tab's context;
//   - newRecordingBrowser does too, and logs every request the browser
//     makes (pages and workers) through a proxy that reaches only loopback;
//   - recordRequests, watchDialogs and saveScreenshot observe a tab.
package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/server"
	"github.com/newsroom/annotator/internal/wasmpack"
)

// buildDir holds the annotator.wasm, annotator-plain.wasm,
// annotator-embed.wasm and wasm_exec.js that TestMain built.
var buildDir string

// buildErr is why TestMain could not build them, reported by startServer.
var buildErr error

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "annotator-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	buildDir = dir
	buildErr = buildWasm(dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildWasm builds the bridge as the Makefile does, and copies the Go
// release's wasm_exec.js beside it.
func buildWasm(dir string) error {
	// The go command on PATH, and the release it runs (GOTOOLCHAIN included).
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %v", err)
	}
	root := string(bytes.TrimSpace(goroot))
	goBin := filepath.Join(root, "bin", "go")
	// The whole engine, the page's first module and the embed's, both
	// without Markdown (the Makefile's three builds), each packed as make
	// wasm packs it.
	for name, b := range wasmBuilds {
		out := filepath.Join(dir, name)
		args := []string{"build", "-trimpath", "-ldflags=-s -w", "-tags=" + b.tags}
		if b.noInline {
			args = append(args, "-gcflags=all=-l")
		}
		cmd := exec.Command(goBin, append(args, "-o", out, "./wasm")...)
		cmd.Dir = repoRoot()
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if msg, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building ./wasm (tags %q): %v\n%s", b.tags, err, msg)
		}
		if err := packWasm(out); err != nil {
			return err
		}
	}
	src := filepath.Join(root, "lib", "wasm", "wasm_exec.js")
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "wasm_exec.js"), data, 0o644)
}

// wasmBuilds are the modules the Makefile builds, by name, with their tags
// and whether inlining is off (the embed's, WASM_NOINLINE).
var wasmBuilds = map[string]struct {
	tags     string
	noInline bool
}{
	"annotator.wasm":       {"", false},
	"annotator-plain.wasm": {"nomarkdown", false},
	"annotator-embed.wasm": {"nomarkdown,nodesk", true},
}

// packWasm joins the data segments of the module at path, in place, as
// cmd/wasmpack does for make wasm.
func packWasm(path string) error {
	module, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	packed, _, err := wasmpack.Pack(module, wasmpack.DefaultMaxGap)
	if err != nil {
		return fmt.Errorf("packing %s: %v", path, err)
	}
	return os.WriteFile(path, packed, 0o644)
}

// repoRoot is the root of the repository (the tests run in e2e/).
func repoRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return ".."
	}
	return filepath.Dir(wd)
}

// webFS is web/ with the freshly built modules and wasm_exec.js laid
// over it. Precompressed copies of the build outputs are hidden, since they
// may be older than the build.
//
// The JavaScript and CSS are the minified copies that make minified writes
// (bin/min/web/, what make compress sends to readers), each one that is
// at least as new as its source: the tests check the code readers get.
// Without them (go test run alone, before any make) the sources are served.
func webFS(t testing.TB) fs.FS {
	t.Helper()
	require.NoError(t, buildErr, "the WebAssembly build failed")
	web := filepath.Join(repoRoot(), "web")
	over := map[string]string{
		"annotator.wasm":       filepath.Join(buildDir, "annotator.wasm"),
		"annotator-plain.wasm": filepath.Join(buildDir, "annotator-plain.wasm"),
		"annotator-embed.wasm": filepath.Join(buildDir, "annotator-embed.wasm"),
		"wasm_exec.js":         filepath.Join(buildDir, "wasm_exec.js"),
	}
	for name, min := range freshMinified(web, filepath.Join(repoRoot(), "bin", "min", "web")) {
		if name == "wasm_exec.js" && !sameFile(filepath.Join(web, name), over[name]) {
			continue // minified from an older Go's copy
		}
		over[name] = min
	}
	return overlayFS{base: os.DirFS(web), over: over}
}

// freshMinified returns, by their names in web, the minified copies in
// min of web's .js and .css files that are at least as new as their
// sources (the tests and package.json that make copies there are left out).
func freshMinified(web, min string) map[string]string {
	found := map[string]string{}
	_ = filepath.WalkDir(min, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		name, err := filepath.Rel(min, p)
		if err != nil || strings.HasPrefix(name, "test"+string(filepath.Separator)) || (!strings.HasSuffix(name, ".js") && !strings.HasSuffix(name, ".css")) {
			return nil
		}
		src, err1 := os.Stat(filepath.Join(web, name))
		cp, err2 := d.Info()
		if err1 == nil && err2 == nil && !cp.ModTime().Before(src.ModTime()) {
			found[filepath.ToSlash(name)] = p
		}
		return nil
	})
	return found
}

// sameFile reports whether the files at a and b hold the same bytes.
func sameFile(a, b string) bool {
	x, err1 := os.ReadFile(a)
	y, err2 := os.ReadFile(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

// overlayFS serves the files of over by name, and base for the rest.
type overlayFS struct {
	base fs.FS
	over map[string]string // name in the FS -> path on disk
}

// Open opens name from the overlay or the base.
func (o overlayFS) Open(name string) (fs.File, error) {
	if p, ok := o.over[name]; ok {
		return os.Open(p)
	}
	for built := range o.over {
		if name == built+".br" || name == built+".gz" {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
	}
	return o.base.Open(name)
}

// startServer serves web/ (with the fresh build) on a free loopback port
// through internal/server, with its default CSP, and returns the base URL
// (no trailing slash). The server stops when the test ends.
func startServer(t testing.TB) string {
	t.Helper()
	return startServerWith(t, server.New(webFS(t)))
}

// startServerWith serves h on a free loopback port and returns the base URL.
// The server stops when the test ends.
func startServerWith(t testing.TB, h http.Handler) string {
	t.Helper()
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts.URL
}

// chromiumPath finds the browser: $CHROMIUM, then chromium on the PATH,
// then the usual places.
func chromiumPath() (string, bool) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, true
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/lib/chromium/chromium"} {
		if _, err := os.Stat(p); err == nil {
			return p, true
		}
	}
	return "", false
}

// newBrowser starts a headless Chromium with a fresh profile and returns the
// context of its first tab, alive until the test ends (or 3 minutes pass).
// Without Chromium it skips the test with install instructions, except in
// CI (CI=true), where the browser test must run.
func newBrowser(t testing.TB) context.Context {
	t.Helper()
	ctx, _ := newRecordingBrowser(t)
	return ctx
}

// newRecordingBrowser is newBrowser with every request of the browser (its
// pages, their workers, and the browser itself) sent through a proxy that
// records it. The proxy forwards requests to loopback addresses (the test
// servers) and refuses all others without contacting them.
func newRecordingBrowser(t testing.TB) (context.Context, *requestLog) {
	t.Helper()
	log := &requestLog{}
	proxy := httptest.NewServer(recordingProxy(log))
	t.Cleanup(proxy.Close)
	return startBrowser(t,
		chromedp.ProxyServer(proxy.URL),
		// Send loopback through the proxy too (Chromium bypasses it by default).
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
	), log
}

// recordingProxy is an HTTP proxy that logs each request's URL, forwards
// those for loopback hosts, and answers 403 to the rest (including every
// CONNECT, that is, every https request).
func recordingProxy(log *requestLog) http.Handler {
	forward := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.Out.URL = r.In.URL
		r.Out.Host = r.In.Host
	}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u := r.URL.String()
		if r.Method == http.MethodConnect {
			u = "https://" + r.Host
		}
		log.add(u)
		if r.Method == http.MethodConnect || !r.URL.IsAbs() || !isLoopback(r.URL.Hostname()) {
			http.Error(w, "blocked by the test proxy", http.StatusForbidden)
			return
		}
		forward.ServeHTTP(w, r)
	})
}

// isLoopback reports whether host names this machine.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// startBrowser starts Chromium with the test flags and extra options.
func startBrowser(t testing.TB, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	exe, ok := chromiumPath()
	if !ok {
		msg := "Chromium not found: install it (Debian/Ubuntu: sudo apt-get install chromium) " +
			"or set CHROMIUM=/path/to/chrome"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		// Quiet Chromium's own services, which otherwise call Google
		// (the recording proxy blocks what remains; see browserService).
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,AutofillServerCommunication,"+
			"OptimizationHints,OptimizationHintsFetching,OptimizationGuideModelDownloading,"+
			"OptimizationTargetPrediction,NetworkTimeServiceQuerying,MediaRouter,DialMediaRouteProvider,"+
			"CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions"),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("disable-field-trial-config", true),
		chromedp.WindowSize(1280, 900),
		chromedp.UserDataDir(t.TempDir()),
	)
	opts = append(opts, extra...)
	base, cancelTimeout := context.WithTimeout(context.Background(), 3*time.Minute)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(base, opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
		cancelTimeout()
	})
	require.NoError(t, chromedp.Do(ctx), "starting %s", exe)
	return ctx
}

// requestLog collects the URL of every request a tab (and its workers)
// makes.
type requestLog struct {
	mu   sync.Mutex
	urls []string
}

// URLs returns the URLs requested so far.
func (l *requestLog) URLs() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.urls...)
}

// add records one URL.
func (l *requestLog) add(u string) {
	l.mu.Lock()
	l.urls = append(l.urls, u)
	l.mu.Unlock()
}

// recordRequests starts recording the requests of the tab of ctx, as the
// tab's network events report them (not those of its workers: use
// newRecordingBrowser to see every request). Call it before navigating.
func recordRequests(t testing.TB, ctx context.Context) *requestLog {
	t.Helper()
	l := &requestLog{}
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		if ev, ok := ev.(*network.EventRequestWillBeSent); ok {
			l.add(ev.Request.URL)
		}
	}))
	return l
}

// dialogLog counts the JavaScript dialogs (alert, confirm, prompt) a tab
// opened; each is dismissed.
type dialogLog struct {
	mu       sync.Mutex
	messages []string
}

// Messages returns the messages of the dialogs opened so far.
func (l *dialogLog) Messages() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.messages...)
}

// watchDialogs records and dismisses every dialog of the tab of ctx.
func watchDialogs(t testing.TB, ctx context.Context) *dialogLog {
	t.Helper()
	l := &dialogLog{}
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			l.mu.Lock()
			l.messages = append(l.messages, ev.Message)
			l.mu.Unlock()
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return l
}

// saveScreenshot writes a full-page PNG of the tab to e2e/testout/name.png
// and returns its path.
func saveScreenshot(t testing.TB, ctx context.Context, name string) string {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)
	return writeTestOut(t, name+".png", buf)
}

// writeTestOut writes data to e2e/testout/name (gitignored) and returns
// its path.
func writeTestOut(t testing.TB, name string, data []byte) string {
	t.Helper()
	require.NoError(t, os.MkdirAll("testout", 0o755))
	p := filepath.Join("testout", name)
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

// browserService reports whether u is a call Chromium makes by itself to its
// vendor's services (component updates, sign-in), which its flags do not
// all turn off. The recording proxy blocks them; tests of a page set them
// aside, and check the page's own requests strictly with recordRequests.
func browserService(u string) bool {
	host := u
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexAny(host, ":/?"); i >= 0 {
		host = host[:i]
	}
	for _, suffix := range []string{".google.com", ".googleapis.com", ".gvt1.com", ".gstatic.com"} {
		if strings.HasSuffix(host, suffix) {
			return true
		}
	}
	return false
}

// pageRequests returns the URLs of l that are not browserService calls.
func pageRequests(l *requestLog) []string {
	var out []string
	for _, u := range l.URLs() {
		if !browserService(u) {
			out = append(out, u)
		}
	}
	return out
}

// sameOrigin reports whether every URL is on origin, and returns the first
// that is not (data: and blob: URLs made by the page itself count as its
// own).
func sameOrigin(origin string, urls []string) (string, bool) {
	for _, u := range urls {
		if strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:"+origin+"/") {
			continue
		}
		if u != origin && !strings.HasPrefix(u, origin+"/") {
			return u, false
		}
	}
	return "", true
}
