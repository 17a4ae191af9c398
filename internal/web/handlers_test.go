package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"sitrep"
)

func TestPages(t *testing.T) {
	s := newTestServer(t, Options{})
	st, _ := devStore(t)
	incID, pair := pairedIncident(t, st)
	inc, err := st.Incident(context.Background(), incID)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{`<svg class="map"`, `<svg class="timeline"`, `class="land"`, `href="/incidents/`}},
		{"/?actor=" + url.QueryEscape(inc.Actors[0]), 200, []string{`href="/incidents/` + incID + `"`, `value="` + inc.Actors[0]}},
		{"/?type=Battles&sources=party&status=disputed&country=ps&since=2024-01-01&until=2024-12-31", 200, []string{`<option value="Battles" selected>`, `value="party" checked`, `value="PS"`}},
		{"/?since=2024-13-45", 400, []string{"since: want a date"}},
		{"/?sources=both", 400, []string{"sources: want party or independent"}},
		{"/incidents/" + incID, 200, []string{`<table class="figures">`, `class="claimants"`, `href="/articles/` + pair[0] + `"`, statusLabel(inc.Status)}},
		{"/incidents/nope", 404, []string{"Not found"}},
		{"/articles/" + pair[0], 200, []string{`class="article-text"`, `class="hl `, `<span class="claim`}},
		{"/articles/nope", 404, []string{"Not found"}},
		{"/actors/" + url.PathEscape(inc.Actors[0]), 200, []string{"Events as actor", "Claims it made"}},
		{"/search?q=killed", 200, []string{`<ol class="hits">`, "<mark>"}},
		{"/search", 200, []string{`name="q"`}},
		{"/add", 200, []string{`<form method="post" action="/add"`, `name="text"`}},
		{"/static/style.css", 200, []string{".article-text"}},
		{"/no/such/page", 404, []string{"There is no page at this address."}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			w := get(t, s, tt.path)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d; body: %.300s", w.Code, tt.status, w.Body)
			}
			body := w.Body.String()
			for _, want := range tt.want {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %q", want)
				}
			}
			if strings.Contains(body, "goroutine ") || strings.Contains(body, ".go:") {
				t.Errorf("body shows internals")
			}
			if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
				t.Errorf("CSP %q", csp)
			}
		})
	}
}

func TestAPI(t *testing.T) {
	s := newTestServer(t, Options{})
	st, _ := devStore(t)
	incID, _ := pairedIncident(t, st)
	tests := []struct {
		path   string
		status int
		code   string // error code, when an error
	}{
		{"/api/v1/incidents", 200, ""},
		{"/api/v1/incidents?type=Battles&limit=5", 200, ""},
		{"/api/v1/incidents/" + incID, 200, ""},
		{"/api/v1/incidents/nope", 404, codeNotFound},
		{"/api/v1/incidents?status=bogus", 400, codeInvalid},
		{"/api/v1/incidents?limit=0", 400, codeInvalid},
		{"/api/v1/incidents?near=91,0,10", 400, codeInvalid},
		{"/api/v1/incidents?cursor=garbage", 400, codeInvalid},
		{"/api/v1/events?limit=3", 200, ""},
		{"/api/v1/claims?sources=independent&limit=3", 200, ""},
		{"/api/v1/articles?limit=3", 200, ""},
		{"/api/v1/articles/b33", 200, ""},
		{"/api/v1/search?q=killed", 200, ""},
		{"/api/v1/search", 400, codeInvalid},
		{"/api/v1/stats", 200, ""},
		{"/api/v1/actors/nope-nobody", 404, codeNotFound},
		{"/api/v1/actors/Hamas", 200, ""},
		{"/api/v1/nothing", 404, codeNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			w := get(t, s, tt.path)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d; body: %.300s", w.Code, tt.status, w.Body)
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("content type %q", ct)
			}
			var body map[string]any
			if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if tt.code != "" {
				if body["code"] != tt.code || body["message"] == "" {
					t.Errorf("error body %v, want code %s with a message", body, tt.code)
				}
			}
		})
	}
}

// TestAPIPagination walks every page of incidents: each appears once and
// the pages together are the whole listing.
func TestAPIPagination(t *testing.T) {
	s := newTestServer(t, Options{})
	all := pageThrough(t, s, "/api/v1/incidents?limit=1000")
	if len(all) < 20 {
		t.Fatalf("only %d incidents in the dev ledger", len(all))
	}
	paged := pageThrough(t, s, "/api/v1/incidents?limit=7")
	if !reflect.DeepEqual(all, paged) {
		t.Errorf("paging by 7 gave %d incidents, one page gave %d", len(paged), len(all))
	}
}

func pageThrough(t *testing.T, h http.Handler, path string) []string {
	t.Helper()
	var ids []string
	seen := map[string]bool{}
	for cursor := ""; ; {
		p := path
		if cursor != "" {
			p += "&cursor=" + url.QueryEscape(cursor)
		}
		w := get(t, h, p)
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", p, w.Code, w.Body)
		}
		var page list[sitrep.IncidentSummary]
		if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil {
			t.Fatal(err)
		}
		for _, in := range page.Data {
			if seen[in.ID] {
				t.Fatalf("incident %s on two pages", in.ID)
			}
			seen[in.ID] = true
			ids = append(ids, in.ID)
		}
		if page.Next == "" {
			return ids
		}
		cursor = page.Next
	}
}

func TestOpenAPI(t *testing.T) {
	s := newTestServer(t, Options{})
	w := get(t, s, "/api/v1/openapi.json")
	var doc struct {
		OpenAPI string                     `json:"openapi"`
		Paths   map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil || doc.OpenAPI == "" {
		t.Fatalf("openapi.json: %v", err)
	}
	// Every API route the server has is documented.
	for _, p := range []string{"/incidents", "/incidents/{id}", "/events", "/claims", "/articles", "/articles/{id}", "/actors", "/actors/{key}", "/search", "/stats"} {
		if _, ok := doc.Paths[p]; !ok {
			t.Errorf("openapi.json lacks %s", p)
		}
	}
}

func post(h http.Handler, path, body, remote string, hdr map[string]string) *httptest.ResponseRecorder {
	r := httptest.NewRequest("POST", path, strings.NewReader(body))
	r.RemoteAddr = remote
	for k, v := range hdr {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

const loopback, remote = "127.0.0.1:5555", "192.0.2.7:5555"

func TestIngestAuth(t *testing.T) {
	open := newTestServer(t, Options{})
	locked := newTestServer(t, Options{Token: "s3cret"})
	body := `{"title":"Auth test","text":"Auth test\n\nKHARTOUM - Shelling killed 3 people in Omdurman on Monday, the health ministry said.","published":"2024-05-06"}`
	jsonCT := map[string]string{"Content-Type": "application/json"}
	tests := []struct {
		name   string
		h      http.Handler
		remote string
		hdr    map[string]string
		status int
	}{
		{"no token, remote", open, remote, jsonCT, 403},
		{"no token, loopback", open, loopback, jsonCT, 201},
		{"no token, loopback, cross-site", open, loopback, map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"token missing", locked, loopback, jsonCT, 401},
		{"token wrong", locked, remote, map[string]string{"Authorization": "Bearer nope"}, 403},
		{"token right, remote", locked, remote, map[string]string{"Authorization": "Bearer s3cret"}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := post(tt.h, "/api/v1/articles", body, tt.remote, tt.hdr)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
		})
	}
}

func TestIngestInput(t *testing.T) {
	s := newTestServer(t, Options{MaxBody: 64 << 10})
	tests := []struct {
		name, body string
		status     int
		code       string
	}{
		{"not json", `text=hello`, 400, codeInvalid},
		{"unknown field", `{"txt":"x"}`, 400, codeInvalid},
		{"empty", `{}`, 400, codeInvalid},
		{"bad url", `{"url":"javascript:alert(1)"}`, 400, codeInvalid},
		{"bad date", `{"text":"x","published":"yesterday"}`, 400, codeInvalid},
		{"too large", `{"text":"` + strings.Repeat("a", 70<<10) + `"}`, 413, codeTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := post(s, "/api/v1/articles", tt.body, loopback, nil)
			var e Error
			json.Unmarshal(w.Body.Bytes(), &e)
			if w.Code != tt.status || e.Code != tt.code {
				t.Fatalf("got %d %+v, want %d %s", w.Code, e, tt.status, tt.code)
			}
		})
	}
}

// TestHostileArticle ingests markup and javascript: links through the Add
// form and checks the article page shows them as text.
func TestHostileArticle(t *testing.T) {
	s := newTestServer(t, Options{})
	text := "Hostile <script>alert(1)</script> report\n\nGAZA - <img src=x onerror=alert(2)> Strikes killed 4 people in Rafah on Tuesday, the civil defence said. <a href=\"javascript:alert(3)\">more</a>"
	form := url.Values{"text": {text}, "title": {"<b>bold</b> title"}, "url": {"https://example.org/x?a=<script>"}}
	w := post(s, "/add", form.Encode(), loopback, map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("add: %d %s", w.Code, w.Body)
	}
	loc := w.Header().Get("Location")
	page := get(t, s, strings.SplitN(loc, "?", 2)[0])
	if page.Code != 200 {
		t.Fatalf("article page: %d", page.Code)
	}
	body := page.Body.String()
	for _, bad := range []string{"<script>alert", "<img src=x", `href="javascript:`, "<b>bold</b>"} {
		if strings.Contains(body, bad) {
			t.Errorf("article page contains live markup %q", bad)
		}
	}
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("article text not shown as text")
	}
}

func TestAddFormErrors(t *testing.T) {
	s := newTestServer(t, Options{Token: "tok"})
	w := post(s, "/add", url.Values{"text": {"some text"}}.Encode(), loopback, map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
	if w.Code != 401 || !strings.Contains(w.Body.String(), "a token is required") || !strings.Contains(w.Body.String(), "some text") {
		t.Errorf("add without token: %d, want 401 with the form kept", w.Code)
	}
}

func TestFilterRoundTrip(t *testing.T) {
	tests := []string{
		"",
		"since=2024-01-01&until=2024-02-01",
		"country=SD&actor=Rapid+Support+Forces&type=Battles&status=disputed&sources=party",
		"near=31.5%2C34.45%2C25&source=UNRWA&sources=independent&q=school",
	}
	for _, q := range tests {
		v, _ := url.ParseQuery(q)
		f, err := parseFilter(v)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		g, err := parseFilter(filterValues(f))
		if err != nil {
			t.Fatalf("%s again: %v", q, err)
		}
		if !reflect.DeepEqual(f, g) {
			t.Errorf("%s: %+v then %+v", q, f, g)
		}
	}
}

func TestErrorStatusOneMap(t *testing.T) {
	for code, status := range codeStatus {
		if got := statusOf(code); got != status {
			t.Errorf("%s: %d", code, got)
		}
	}
	if statusOf("made-up") != 500 {
		t.Error("unknown code not internal")
	}
	if e := classify(context.DeadlineExceeded); e.Code != codeTimeout {
		t.Errorf("deadline: %s", e.Code)
	}
}

func TestAPIActors(t *testing.T) {
	s := newTestServer(t, Options{})
	st, _ := devStore(t)
	w := get(t, s, "/api/v1/actors?limit=5")
	want := http.StatusServiceUnavailable
	if _, ok := st.(sitrep.ActorLister); ok {
		want = http.StatusOK
	}
	if w.Code != want {
		t.Fatalf("status %d, want %d: %s", w.Code, want, w.Body)
	}
}
