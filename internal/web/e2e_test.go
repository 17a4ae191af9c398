package web

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"sitrep"
)

// chromiumPath is Debian's Chromium, which .ci/chromium.sh installs.
const chromiumPath = "/usr/bin/chromium"

// browser starts headless Chromium for one test, or skips the test when
// Chromium is missing; in CI a missing browser is a failure.
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is required in CI: %v", err)
		}
		t.Skipf("chromium not installed: %v", err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// artifacts is where screenshots go: $SITREP_ARTIFACTS, else a folder
// under the system's temporary directory.
func artifacts(t *testing.T) string {
	dir := os.Getenv("SITREP_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "sitrep-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	// The viewport is what a person sees first; the full page shows the rest.
	for _, shot := range []struct {
		suffix string
		act    chromedp.Action[[]byte]
	}{{"", chromedp.CaptureScreenshot()}, {"-full", chromedp.FullScreenshot(100)}} {
		img, err := chromedp.Run(ctx, shot.act)
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		path := filepath.Join(artifacts(t), name+shot.suffix+".png")
		if err := os.WriteFile(path, img, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
	}
}

// eval runs a JavaScript expression in the page and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// TestE2E walks the UI as an analyst would: the overview, a filter by
// actor, an incident with two claimants' figures side by side, and the
// article with its highlights.
func TestE2E(t *testing.T) {
	ctx := browser(t)
	srv := newTestServer(t, Options{})
	st, _ := devStore(t)
	incID, pair := pairedIncident(t, st)
	inc, err := st.Incident(context.Background(), incID)
	if err != nil {
		t.Fatal(err)
	}
	if len(inc.Actors) == 0 {
		t.Fatalf("incident %s has no actors to filter by", incID)
	}
	actor := inc.Actors[0]
	ts := httptest.NewServer(srv)
	defer ts.Close()

	// Overview: the map with pins and the timeline with bars.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`svg.map`))); err != nil {
		t.Fatalf("overview: %v", err)
	}
	pins := eval[int](t, ctx, `document.querySelectorAll("svg.map .pins circle").length`)
	bars := eval[int](t, ctx, `document.querySelectorAll("svg.timeline rect").length`)
	countries := eval[int](t, ctx, `document.querySelectorAll("svg.map .land path").length`)
	if pins == 0 || bars == 0 || countries == 0 {
		t.Errorf("overview: %d pins, %d timeline bars, %d countries; want some of each", pins, bars, countries)
	}
	screenshot(t, ctx, "1-overview")
	for _, el := range []string{"map", "timeline"} {
		img, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("svg."+el)))
		if err != nil {
			t.Fatalf("screenshot %s: %v", el, err)
		}
		if err := os.WriteFile(filepath.Join(artifacts(t), "1-overview-"+el+".png"), img, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// The keyboard reaches the page: the first Tab lands on the skip link.
	if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `document.activeElement.className`); got != "skip" {
		t.Errorf("first Tab focuses %q, want the skip link", got)
	}

	// Filter by actor through the form, as a person types it.
	incLink := chromedp.CSS(`table.list a[href="/incidents/` + incID + `"]`)
	err = chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.ID(`f-actor`), actor),
		chromedp.Click(chromedp.CSS(`form.filters button[type=submit]`)),
		chromedp.WaitVisible(incLink),
	)
	if err != nil {
		t.Fatalf("filter by actor %q: %v", actor, err)
	}
	loc := eval[string](t, ctx, `location.search`)
	if !strings.Contains(loc, "actor=") {
		t.Errorf("filter not kept in the URL: %q", loc)
	}
	rows := eval[int](t, ctx, `document.querySelectorAll("table.list tbody tr").length`)
	if rows == 0 || rows > pins {
		t.Errorf("filtered list has %d rows (unfiltered map had %d pins)", rows, pins)
	}
	screenshot(t, ctx, "2-overview-actor")

	// The incident: every claimant a column of the figures table, at least
	// two of them with a figure.
	if err := chromedp.Do(ctx, chromedp.Click(incLink), chromedp.WaitVisible(chromedp.CSS(`table.figures`))); err != nil {
		t.Fatalf("incident %s: %v", incID, err)
	}
	heads := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("table.figures thead th")).slice(1).map(th => th.textContent.trim())`)
	filled := eval[int](t, ctx, `(() => { const cols = new Set(); document.querySelectorAll("table.figures tbody tr").forEach(tr => tr.querySelectorAll("td").forEach((td, i) => { if (td.querySelector("strong")) cols.add(i); })); return cols.size; })()`)
	if len(heads) < 2 || filled < 2 {
		t.Errorf("incident %s: claimant columns %q, %d with figures; want two claimants' figures side by side", incID, heads, filled)
	}
	for _, h := range heads {
		if !strings.Contains(h, "party") && !strings.Contains(h, "independent") && !strings.Contains(h, "other") {
			t.Errorf("claimant column %q has no standing badge", h)
		}
	}
	screenshot(t, ctx, "3-incident")

	// The article from the pair with the most counts, with its highlights.
	art := pair[0]
	if a, b := countsOf(t, st, pair[0]), countsOf(t, st, pair[1]); b > a {
		art = pair[1]
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.reports a[href="/articles/`+art+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.article-text`)),
	)
	if err != nil {
		t.Fatalf("article %s: %v", art, err)
	}
	marks := eval[int](t, ctx, `document.querySelectorAll(".article-text a.hl").length`)
	claims := eval[int](t, ctx, `document.querySelectorAll(".article-text .claim").length`)
	title := eval[string](t, ctx, `(document.querySelector(".article-text a.hl.count") || {}).title || ""`)
	if marks == 0 || claims == 0 || (countsOf(t, st, art) > 0 && !strings.HasPrefix(title, "Count ")) {
		t.Errorf("article %s: %d highlights, %d claim runs, count title %q", art, marks, claims, title)
	}
	screenshot(t, ctx, "4-article")

	// The remaining pages render for a person too.
	for _, p := range []struct{ name, path, sel string }{
		{"5-actor", "/actors/" + pathSeg(actor), "h1"},
		{"6-search", "/search?q=killed", "ol.hits"},
		{"7-add", "/add", "form.add"},
	} {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+p.path), chromedp.WaitVisible(chromedp.CSS(p.sel))); err != nil {
			t.Fatalf("%s: %v", p.path, err)
		}
		screenshot(t, ctx, p.name)
	}

	// Add an article from the browser: the form posts same-origin, the
	// server ingests it and shows the article with its highlights.
	text := "Shelling kills five in Kharkiv\n\nKHARKIV - Russian shelling killed five civilians and wounded 12 in Kharkiv on Tuesday, regional governor Oleh Syniehubov said."
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("a-text"), text),
		chromedp.SetValue(chromedp.ID("a-pub"), "2024-05-15"),
		chromedp.Click(chromedp.CSS(`form.add button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`.article-text`)),
	)
	if err != nil {
		t.Fatalf("add article: %v", err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".article-text a.hl").length`); n == 0 {
		t.Errorf("added article shows no highlights")
	}
	screenshot(t, ctx, "8-added")
}

func countsOf(t *testing.T, st sitrep.Store, id string) int {
	t.Helper()
	d, err := st.Article(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return len(d.Record.Counts)
}
