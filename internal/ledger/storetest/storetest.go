// Package storetest is the one test suite every sitrep.Store runs: the
// SQLite and PostgreSQL ledgers must behave alike.
package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"

	"sitrep"
)

// Factory returns a fresh, empty store; the suite closes it.
type Factory func(t *testing.T) sitrep.Store

// Run runs the suite.
func Run(t *testing.T, open Factory) {
	tests := []struct {
		name string
		fn   func(*testing.T, sitrep.Store)
	}{
		{"Idempotent", testIdempotent},
		{"Versions", testVersions},
		{"AppendOnlyRecords", testAppendOnly},
		{"LinksOneIncident", testLinksOneIncident},
		{"Statuses", testStatuses},
		{"LongEventLinks", testLongEventLinks},
		{"OrderIndependent", nil},
		{"ClaimIncidentOrder", nil},
		{"Relink", testRelink},
		{"Filters", testFilters},
		{"Pagination", testPagination},
		{"Claims", testClaims},
		{"Actor", testActor},
		{"Search", testSearch},
		{"NotFound", testNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.fn == nil {
				map[string]func(*testing.T, Factory){
					"OrderIndependent":   testOrderIndependent,
					"ClaimIncidentOrder": testClaimIncidentOrder,
				}[tc.name](t, open)
				return
			}
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

// Sub builds a submission; the text decides the hash.
func Sub(id, outlet, published, text string, rec sitrep.Record) sitrep.Submission {
	h := sha256.Sum256([]byte(text))
	rec.ID, rec.Published, rec.Outlet = id, published, outlet
	if rec.Engine == "" {
		rec.Engine = "test-1"
	}
	if rec.Title == "" {
		rec.Title = "Report " + id
	}
	return sitrep.Submission{
		Article: sitrep.Article{ID: id, Outlet: outlet, Title: rec.Title, Published: published, Text: text, Hash: hex.EncodeToString(h[:])},
		Record:  rec,
	}
}

func put(t *testing.T, s sitrep.Store, subs ...sitrep.Submission) []sitrep.PutResult {
	t.Helper()
	res, err := s.Put(context.Background(), subs)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return res
}

func testIdempotent(t *testing.T, s sitrep.Store) {
	a := Sub("a1", "Wire", "2024-05-13", "Shelling hit the camp on Sunday.", sitrep.Record{})
	got := put(t, s, a, a)
	if got[0].Status != sitrep.PutNew || got[1].Status != sitrep.PutDuplicate || got[1].ArticleID != "a1" {
		t.Fatalf("same article twice in one batch: %+v", got)
	}
	got = put(t, s, a)
	if got[0].Status != sitrep.PutDuplicate {
		t.Fatalf("same article again: %+v", got)
	}
	// The same text under another id is the same article.
	b := Sub("copy", "Other", "2024-05-13", a.Article.Text, sitrep.Record{})
	if got = put(t, s, b); got[0].Status != sitrep.PutDuplicate || got[0].ArticleID != "a1" {
		t.Fatalf("same text, other id: %+v", got)
	}
	has, err := s.Has(context.Background(), []string{a.Article.Hash, "nope"})
	if err != nil || !has[a.Article.Hash] || has["nope"] {
		t.Fatalf("Has = %v, %v", has, err)
	}
	st, err := s.Stats(context.Background())
	if err != nil || st.Articles != 1 || st.Versions != 1 || st.Records != 1 {
		t.Fatalf("stats = %+v, %v", st, err)
	}
}

func testVersions(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	v1 := Sub("a1", "Wire", "2024-05-13", "First text.", sitrep.Record{})
	v2 := Sub("a1", "Wire", "2024-05-13", "First text, updated with a toll.", sitrep.Record{})
	put(t, s, v1)
	got := put(t, s, v2)
	if got[0].Status != sitrep.PutVersion || got[0].Version != 2 {
		t.Fatalf("changed article: %+v", got)
	}
	// A URL identifies an article whatever id a source gives it.
	u1 := Sub("x", "Wire", "2024-05-14", "Page text.", sitrep.Record{})
	u1.Article.URL = "https://example.org/a"
	u2 := Sub("y", "Wire", "2024-05-14", "Page text, edited.", sitrep.Record{})
	u2.Article.URL = "https://example.org/a"
	put(t, s, u1)
	if got = put(t, s, u2); got[0].Status != sitrep.PutVersion || got[0].ArticleID != "x" {
		t.Fatalf("changed page: %+v", got)
	}
	d, err := s.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if d.Article.Version != 2 || d.Article.Text != v2.Article.Text || len(d.Versions) != 2 || len(d.Records) != 2 {
		t.Fatalf("article detail: version %d, %d versions, %d records", d.Article.Version, len(d.Versions), len(d.Records))
	}
	if d.Versions[0].Hash != v1.Article.Hash {
		t.Errorf("first version lost: %+v", d.Versions[0])
	}
}

func testAppendOnly(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	put(t, s, Sub("a1", "Wire", "2024-05-12", "text", Shelling("a1", "RSF", "", 13.5, 25.28, "2024-05-12")))
	newer := Shelling("a1", "RSF", "", 13.5, 25.28, "2024-05-12")
	newer.Engine = "test-2"
	newer.Events = append(newer.Events, sitrep.Event{ID: "v9", Type: sitrep.Battles, Date: "2024-05-11", DateEnd: "2024-05-11",
		Place: &sitrep.EventPlace{Name: "X", Lat: 13.6, Lon: 25.3, PrecisionKM: 5}})
	if err := s.AddRecord(ctx, "a1", 1, newer); err != nil {
		t.Fatal(err)
	}
	d, err := s.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Records) != 2 || d.Records[0].Engine != "test-1" || d.Records[1].Engine != "test-2" || d.Engine != "test-2" {
		t.Fatalf("records: %+v, current engine %q", d.Records, d.Engine)
	}
	if len(d.Record.Events) != 2 {
		t.Errorf("current record has %d events, want 2", len(d.Record.Events))
	}
	arts, engines, _, err := s.LatestVersions(ctx, sitrep.Page{})
	if err != nil || len(arts) != 1 || engines[0] != "test-2" || arts[0].Text != "text" {
		t.Fatalf("LatestVersions = %+v %v %v", arts, engines, err)
	}
	if err := s.AddRecord(ctx, "a1", 7, newer); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("AddRecord to a missing version: %v, want ErrNotFound", err)
	}
}

// Shelling is a one-event record: perpetrator (may be empty) shells a
// place on date, reported by claimant (empty: the article's own voice).
func Shelling(id, perpetrator, claimant string, lat, lon float64, date string) sitrep.Record {
	r := sitrep.Record{ID: id}
	ev := sitrep.Event{ID: "v1", Type: sitrep.ExplosionsRemote, SubType: "Shelling/artillery/missile attack", Date: date, DateEnd: date,
		Place: &sitrep.EventPlace{Name: "Camp", Lat: lat, Lon: lon, PrecisionKM: 3, Country: "SD"}}
	if perpetrator != "" {
		r.Entities = append(r.Entities, Ent("e1", perpetrator, true, false))
		ev.Actors = []string{"e1"}
	}
	if claimant != "" {
		r.Entities = append(r.Entities, Ent("e2", claimant, claimant == perpetrator, claimant != perpetrator))
	}
	r.Events = []sitrep.Event{ev}
	return r
}

// Ent is an entity keyed by its name.
func Ent(id, name string, party, independent bool) sitrep.Entity {
	kind := sitrep.KindArmedGroup
	if independent {
		kind = sitrep.KindNGO
	}
	return sitrep.Entity{ID: id, Name: name, Kind: kind, Party: party, Independent: independent,
		Actor: strings.ToLower(strings.ReplaceAll(name, " ", "_"))}
}

// WithCount adds a claim by entity src, and a count when status is set,
// attached to the record's first event.
func WithCount(r sitrep.Record, src, status string, lo int64, hi *int64, claim string, denial bool) sitrep.Record {
	n := len(r.Counts) + len(r.Claims) + 1
	cid := fmt.Sprintf("c%d", n)
	var srcEnt *sitrep.Entity
	for i := range r.Entities {
		if r.Entities[i].ID == src {
			srcEnt = &r.Entities[i]
		}
	}
	party, indep := false, false
	if srcEnt != nil {
		party, indep = srcEnt.Party, srcEnt.Independent
	}
	r.Claims = append(r.Claims, sitrep.Claim{ID: cid, Text: claim, Source: src, Party: party, Independent: indep, Cue: "said", Denial: denial})
	if len(r.Events) > 0 {
		r.Events[0].Claims = append(r.Events[0].Claims, cid)
	}
	if status != "" {
		s := src
		nid := fmt.Sprintf("n%d", n)
		r.Counts = append(r.Counts, sitrep.Count{ID: nid, Min: lo, Max: hi, Status: status, Source: &s, Claim: &cid, Text: claim})
		if len(r.Events) > 0 {
			r.Events[0].Counts = append(r.Events[0].Counts, nid)
		}
	}
	return r
}

func i64(n int64) *int64 { return &n }

// scenario is four reports of one shelling from three sides, one report
// of a clash 300 km away, and one of the same camp a week later.
func scenario() []sitrep.Submission {
	msf := WithCount(Shelling("m", "RSF", "MSF", 13.50, 25.28, "2024-05-12"), "e2", sitrep.StatusKilled, 8, i64(8), "killing at least eight people", false)
	rsf := WithCount(Shelling("r", "RSF", "RSF", 13.51, 25.29, "2024-05-12"), "e1", "", 0, nil, "we did not target civilians", true)
	army := WithCount(Shelling("s", "RSF", "Army", 13.49, 25.27, "2024-05-13"), "e2", sitrep.StatusKilled, 40, i64(40), "40 people were killed", false)
	army.Entities[1].Party, army.Entities[1].Independent = true, false
	army.Claims[0].Party, army.Claims[0].Independent = true, false
	local := Shelling("l", "", "", 13.50, 25.29, "2024-05-11") // no actor named
	far := Shelling("f", "Army", "", 15.6, 32.5, "2024-05-12")
	later := Shelling("w", "RSF", "", 13.50, 25.28, "2024-05-20")
	return []sitrep.Submission{
		Sub("m", "Reuters", "2024-05-13", "msf text", msf),
		Sub("r", "RSF Telegram", "2024-05-13", "rsf text", rsf),
		Sub("s", "SUNA", "2024-05-13", "army text", army),
		Sub("l", "Dabanga", "2024-05-12", "local text", local),
		Sub("f", "AFP", "2024-05-12", "far text", far),
		Sub("w", "Reuters", "2024-05-20", "later text", later),
	}
}

func incidentOf(t *testing.T, s sitrep.Store, articleID string) sitrep.IncidentDetail {
	t.Helper()
	d, err := s.Article(context.Background(), articleID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Incidents) != 1 {
		t.Fatalf("article %s in incidents %v, want one", articleID, d.Incidents)
	}
	inc, err := s.Incident(context.Background(), d.Incidents[0])
	if err != nil {
		t.Fatal(err)
	}
	return inc
}

func testLinksOneIncident(t *testing.T, s sitrep.Store) {
	put(t, s, scenario()...)
	inc := incidentOf(t, s, "m")
	var arts []string
	for _, r := range inc.EventReports {
		arts = append(arts, r.ArticleID)
	}
	sort.Strings(arts)
	if want := []string{"l", "m", "r", "s"}; !reflect.DeepEqual(arts, want) {
		t.Fatalf("incident reports %v, want %v", arts, want)
	}
	if len(inc.Links) != 3 {
		t.Errorf("links %d, want 3 (a spanning tree over 4 reports)", len(inc.Links))
	}
	for _, l := range inc.Links {
		if !strings.Contains(l.Reason, "km apart") || !strings.Contains(l.Reason, "type") {
			t.Errorf("link reason %q does not explain place and type", l.Reason)
		}
	}
	if inc.Reports != 4 || len(inc.Outlets) != 4 {
		t.Errorf("reports %d outlets %v", inc.Reports, inc.Outlets)
	}
	if inc.Date != "2024-05-11" || inc.DateEnd != "2024-05-13" {
		t.Errorf("dates %s..%s", inc.Date, inc.DateEnd)
	}
	for _, id := range []string{"f", "w"} {
		if other := incidentOf(t, s, id); other.ID == inc.ID || len(other.EventReports) != 1 {
			t.Errorf("article %s joined %s (%d reports)", id, other.ID, len(other.EventReports))
		}
	}
	// Claims side by side: MSF says 8, the army 40.
	byName := map[string]sitrep.Range{}
	for _, r := range inc.Ranges {
		byName[r.Claimant.Name] = r
	}
	if r := byName["MSF"]; r.Min != 8 || r.Max == nil || *r.Max != 8 {
		t.Errorf("MSF range %+v", r)
	}
	if r := byName["Army"]; r.Min != 40 || !r.Claimant.Party {
		t.Errorf("Army range %+v", r)
	}
	if inc.Fatalities != 8 {
		t.Errorf("fatalities %d, want the lowest claimant's 8", inc.Fatalities)
	}
	if len(inc.Claimants) < 3 {
		t.Errorf("claimants %d, want MSF, RSF, Army and outlets", len(inc.Claimants))
	}
}

// testLongEventLinks stores a month-long report ("shelling through
// May") and, in a later transaction, a one-day report at its end: the
// neighbour search must reach back the stored event's whole span.
func testLongEventLinks(t *testing.T, s sitrep.Store) {
	month := Shelling("m", "RSF", "", 13.50, 25.28, "2024-05-01")
	month.Events[0].DateEnd = "2024-05-31"
	put(t, s, Sub("m", "Reuters", "2024-06-01", "month text", month))
	put(t, s, Sub("d", "AFP", "2024-05-29", "day text", Shelling("d", "RSF", "", 13.51, 25.28, "2024-05-28")))
	if a, b := incidentOf(t, s, "m"), incidentOf(t, s, "d"); a.ID != b.ID {
		t.Errorf("a report on 28 May did not join the May-long report: incidents %s and %s", a.ID, b.ID)
	}
	// Longer than the date index read reaches back: found by its span.
	year := Shelling("y", "Army", "", 2.0, 45.0, "2023-01-01")
	year.Events[0].DateEnd = "2023-12-31"
	put(t, s, Sub("y", "Reuters", "2024-01-02", "year text", year))
	put(t, s, Sub("n", "AFP", "2023-11-21", "november text", Shelling("n", "Army", "", 2.01, 45.0, "2023-11-20")))
	if a, b := incidentOf(t, s, "y"), incidentOf(t, s, "n"); a.ID != b.ID {
		t.Errorf("a report on 20 November did not join the year-long report: incidents %s and %s", a.ID, b.ID)
	}
}

func testStatuses(t *testing.T, s sitrep.Store) {
	put(t, s, scenario()...)
	inc := incidentOf(t, s, "m")
	if inc.Status != sitrep.IncidentDisputed {
		t.Fatalf("status %s, want disputed", inc.Status)
	}
	joined := strings.Join(inc.StatusReasons, "\n")
	for _, want := range []string{"denies", "far apart"} {
		if !strings.Contains(joined, want) {
			t.Errorf("status reasons %q lack %q", joined, want)
		}
	}
	if st := incidentOf(t, s, "f").Status; st != sitrep.IncidentSingleSource {
		t.Errorf("lone report status %s", st)
	}
	// Two outlets, no party speaking: corroborated.
	a := Shelling("x1", "Militia", "", 2.0, 45.0, "2024-06-01")
	b := Shelling("x2", "Militia", "", 2.01, 45.0, "2024-06-01")
	put(t, s, Sub("x1", "AP", "2024-06-01", "x1", a), Sub("x2", "BBC", "2024-06-02", "x2", b))
	if inc := incidentOf(t, s, "x1"); inc.Status != sitrep.IncidentCorroborated || len(inc.StatusReasons) == 0 {
		t.Errorf("two outlets: %s %v", inc.Status, inc.StatusReasons)
	}
	// Only a party speaks: parties only.
	p := WithCount(Shelling("p1", "Militia", "Militia", -1, 30, "2024-06-01"), "e1", sitrep.StatusKilled, 5, i64(5), "we killed five", false)
	put(t, s, Sub("p1", "Militia channel", "2024-06-01", "p1", p))
	if inc := incidentOf(t, s, "p1"); inc.Status != sitrep.IncidentPartiesOnly {
		t.Errorf("party only: %s %v", inc.Status, inc.StatusReasons)
	}
}

type partition []string

func incidentPartition(t *testing.T, s sitrep.Store) partition {
	t.Helper()
	ctx := context.Background()
	var out partition
	cursor := ""
	for {
		incs, next, err := s.Incidents(ctx, sitrep.Filter{Page: sitrep.Page{Limit: 3, Cursor: cursor}})
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range incs {
			d, err := s.Incident(ctx, i.ID)
			if err != nil {
				t.Fatal(err)
			}
			var uids []string
			for _, r := range d.EventReports {
				uids = append(uids, r.UID)
			}
			sort.Strings(uids)
			out = append(out, i.ID+"="+strings.Join(uids, ",")+"/"+d.Status)
		}
		if next == "" {
			break
		}
		cursor = next
	}
	sort.Strings(out)
	return out
}

func testOrderIndependent(t *testing.T, open Factory) {
	subs := scenario()
	var want partition
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 4 {
		perm := rng.Perm(len(subs))
		s := open(t)
		for i, p := range perm {
			// One at a time in some rounds, in batches in others.
			if round%2 == 0 {
				put(t, s, subs[p])
			} else if i == 0 {
				batch := make([]sitrep.Submission, len(perm))
				for j, q := range perm {
					batch[j] = subs[q]
				}
				put(t, s, batch...)
			}
		}
		got := incidentPartition(t, s)
		s.Close()
		if round == 0 {
			want = got
			if len(want) != 3 {
				t.Fatalf("scenario gives %d incidents, want 3: %v", len(want), want)
			}
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("order %v gives\n%v\nwant\n%v", perm, got, want)
		}
	}
}

// testClaimIncidentOrder stores a claim that backs two events 300 km
// apart, each joined by another outlet's report, in every order: the
// claim must end in the incident of its first event in the text whatever
// order the articles came in (it took the incident written last).
func testClaimIncidentOrder(t *testing.T, open Factory) {
	two := WithCount(Shelling("z", "RSF", "MSF", 13.50, 25.28, "2024-05-12"), "e2", sitrep.StatusKilled, 8, i64(8), "eight people were killed in both towns", false)
	second := two.Events[0]
	second.ID, second.Place = "v2", &sitrep.EventPlace{Name: "Town", Lat: 15.6, Lon: 27.5, PrecisionKM: 3, Country: "SD"}
	// The second event comes first in the record but later in the text.
	two.Events[0].Span, second.Span = sitrep.Span{10, 40}, sitrep.Span{50, 80}
	two.Events = []sitrep.Event{second, two.Events[0]}
	subs := []sitrep.Submission{
		Sub("z", "Reuters", "2024-05-13", "two towns text", two),
		Sub("b", "AFP", "2024-05-13", "camp text", Shelling("b", "RSF", "", 13.51, 25.28, "2024-05-12")),
		Sub("c", "AP", "2024-05-13", "town text", Shelling("c", "RSF", "", 15.61, 27.5, "2024-05-12")),
	}
	ctx := context.Background()
	var want string
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 2, 0}, {2, 0, 1}} {
		s := open(t)
		for _, i := range order {
			put(t, s, subs[i])
		}
		claims, _, err := s.Claims(ctx, sitrep.Filter{})
		if err != nil || len(claims) != 1 {
			t.Fatalf("claims %+v %v", claims, err)
		}
		camp := incidentOf(t, s, "b")
		if len(camp.EventReports) != 2 {
			t.Fatalf("order %v: the camp incident has %d reports, want 2", order, len(camp.EventReports))
		}
		got := claims[0].Incident
		s.Close()
		if got != camp.ID {
			t.Errorf("order %v: claim in incident %s, want %s (its first event's in the text)", order, got, camp.ID)
		}
		if want == "" {
			want = got
		} else if got != want {
			t.Errorf("order %v: claim in incident %s, first order gave %s", order, got, want)
		}
	}
}

func testRelink(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	put(t, s, scenario()...)
	// A newer engine moves article l's event 200 km away: it leaves the
	// incident, which keeps the other three.
	moved := Shelling("l", "", "", 15.3, 26.0, "2024-05-11")
	moved.Engine = "test-2"
	if err := s.AddRecord(ctx, "l", 1, moved); err != nil {
		t.Fatal(err)
	}
	if inc := incidentOf(t, s, "m"); len(inc.EventReports) != 3 {
		t.Errorf("after moving l, m's incident has %d reports, want 3", len(inc.EventReports))
	}
	if inc := incidentOf(t, s, "l"); len(inc.EventReports) != 1 {
		t.Errorf("l's incident has %d reports, want 1", len(inc.EventReports))
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Incidents != 4 || st.Events != 6 {
		t.Errorf("stats %+v %v", st, err)
	}
}

func testFilters(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	put(t, s, scenario()...)
	count := func(f sitrep.Filter) int {
		t.Helper()
		incs, _, err := s.Incidents(ctx, f)
		if err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		return len(incs)
	}
	cases := []struct {
		name string
		f    sitrep.Filter
		want int
	}{
		{"all", sitrep.Filter{}, 3},
		{"near camp", sitrep.Filter{Near: &sitrep.Near{Lat: 13.5, Lon: 25.3, KM: 20}}, 2},
		{"near camp in window", sitrep.Filter{Near: &sitrep.Near{Lat: 13.5, Lon: 25.3, KM: 20}, Since: "2024-05-10", Until: "2024-05-14"}, 1},
		{"window overlaps end", sitrep.Filter{Since: "2024-05-13", Until: "2024-05-13"}, 1},
		{"actor by name", sitrep.Filter{Actor: "rsf"}, 2},
		{"actor army", sitrep.Filter{Actor: "Army"}, 1},
		{"country", sitrep.Filter{Country: "sd"}, 3},
		{"type", sitrep.Filter{Type: sitrep.Battles}, 0},
		{"status", sitrep.Filter{Status: sitrep.IncidentDisputed}, 1},
		{"party sources", sitrep.Filter{Party: true}, 1},
		{"independent sources", sitrep.Filter{Independent: true}, 1},
		{"source", sitrep.Filter{Source: "MSF"}, 1},
	}
	for _, c := range cases {
		if got := count(c.f); got != c.want {
			t.Errorf("%s: %d incidents, want %d", c.name, got, c.want)
		}
	}
	if _, _, err := s.Incidents(ctx, sitrep.Filter{Since: "May"}); !errors.Is(err, sitrep.ErrInvalid) {
		t.Errorf("bad date: %v, want ErrInvalid", err)
	}
	if _, _, err := s.Incidents(ctx, sitrep.Filter{Page: sitrep.Page{Cursor: "!!"}}); !errors.Is(err, sitrep.ErrInvalid) {
		t.Errorf("bad cursor: %v, want ErrInvalid", err)
	}
	evs, _, err := s.Events(ctx, sitrep.Filter{Actor: "RSF", Since: "2024-05-12"})
	if err != nil || len(evs) != 4 {
		t.Errorf("events by RSF since 12 May: %d, %v", len(evs), err)
	}
}

func testPagination(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	var subs []sitrep.Submission
	for i := range 23 {
		id := fmt.Sprintf("p%02d", i)
		date := fmt.Sprintf("2024-03-%02d", 1+i%28)
		subs = append(subs, Sub(id, "Wire", date, id, Shelling(id, "G", "", float64(i), 10, date)))
	}
	put(t, s, subs...)
	seen := map[string]bool{}
	cursor, pages := "", 0
	for {
		incs, next, err := s.Incidents(ctx, sitrep.Filter{Page: sitrep.Page{Limit: 5, Cursor: cursor}})
		if err != nil {
			t.Fatal(err)
		}
		pages++
		for _, i := range incs {
			if seen[i.ID] {
				t.Fatalf("incident %s on two pages", i.ID)
			}
			seen[i.ID] = true
		}
		if next == "" {
			break
		}
		cursor = next
	}
	if len(seen) != 23 || pages != 5 {
		t.Errorf("paged %d incidents in %d pages, want 23 in 5", len(seen), pages)
	}
	arts, next, err := s.Articles(ctx, sitrep.Filter{Page: sitrep.Page{Limit: 20}})
	if err != nil || len(arts) != 20 || next == "" {
		t.Fatalf("articles page: %d %q %v", len(arts), next, err)
	}
	rest, next, err := s.Articles(ctx, sitrep.Filter{Page: sitrep.Page{Limit: 20, Cursor: next}})
	if err != nil || len(rest) != 3 || next != "" {
		t.Errorf("articles second page: %d %q %v", len(rest), next, err)
	}
}

func testClaims(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	put(t, s, scenario()...)
	all, _, err := s.Claims(ctx, sitrep.Filter{})
	if err != nil || len(all) != 3 {
		t.Fatalf("claims %d %v", len(all), err)
	}
	for _, q := range all {
		if q.Incident == "" {
			t.Errorf("claim %s/%s has no incident", q.ArticleID, q.Claim.ID)
		}
	}
	party, _, err := s.Claims(ctx, sitrep.Filter{Party: true})
	if err != nil || len(party) != 2 {
		t.Errorf("party claims %d %v", len(party), err)
	}
	ind, _, err := s.Claims(ctx, sitrep.Filter{Independent: true})
	if err != nil || len(ind) != 1 || ind[0].Source.Name != "MSF" {
		t.Errorf("independent claims %+v %v", ind, err)
	}
	src, _, err := s.Claims(ctx, sitrep.Filter{Source: "army"})
	if err != nil || len(src) != 1 || src[0].Claim.Text != "40 people were killed" {
		t.Errorf("army's claims %+v %v", src, err)
	}
	page, next, err := s.Claims(ctx, sitrep.Filter{Page: sitrep.Page{Limit: 2}})
	if err != nil || len(page) != 2 || next == "" {
		t.Fatalf("claims page: %d %q %v", len(page), next, err)
	}
	rest, _, err := s.Claims(ctx, sitrep.Filter{Page: sitrep.Page{Limit: 2, Cursor: next}})
	if err != nil || len(rest) != 1 || rest[0].Claim.ID == page[0].Claim.ID && rest[0].ArticleID == page[0].ArticleID {
		t.Errorf("claims second page: %+v %v", rest, err)
	}
}

func testActor(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	put(t, s, scenario()...)
	d, err := s.Actor(ctx, "RSF")
	if err != nil {
		t.Fatal(err)
	}
	if d.Actor.Key != "rsf" || !d.Actor.Party {
		t.Errorf("actor %+v", d.Actor)
	}
	if len(d.Incidents) != 2 {
		t.Errorf("RSF incidents %d, want 2", len(d.Incidents))
	}
	if len(d.Claims) != 1 || !d.Claims[0].Claim.Denial {
		t.Errorf("RSF claims %+v", d.Claims)
	}
	if al, ok := s.(sitrep.ActorLister); ok {
		list, next, err := al.Actors(ctx, sitrep.Filter{Page: sitrep.Page{Limit: 2}})
		if err != nil || len(list) != 2 || next == "" {
			t.Fatalf("actors page: %+v %q %v", list, next, err)
		}
		rest, _, err := al.Actors(ctx, sitrep.Filter{Page: sitrep.Page{Limit: 10, Cursor: next}})
		if err != nil || len(rest) != 1 {
			t.Errorf("actors second page: %+v %v", rest, err)
		}
		party, _, err := al.Actors(ctx, sitrep.Filter{Party: true})
		if err != nil || len(party) != 2 {
			t.Errorf("party actors: %+v %v", party, err)
		}
		byName, _, err := al.Actors(ctx, sitrep.Filter{Query: "ms"})
		if err != nil || len(byName) != 1 || byName[0].Name != "MSF" {
			t.Errorf("actors matching ms: %+v %v", byName, err)
		}
	}
	var figures []string
	for _, c := range d.Casualties {
		figures = append(figures, fmt.Sprintf("%s:%s:%d", c.Claimant.Name, c.Status, c.Min))
	}
	sort.Strings(figures)
	if want := []string{"Army:killed:40", "MSF:killed:8"}; !reflect.DeepEqual(figures, want) {
		t.Errorf("casualty series %v, want %v", figures, want)
	}
}

func testSearch(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	subs := scenario()
	subs[0].Article.Text = "Shells struck the Zamzam displacement camp, the medical charity said."
	subs[0].Article.Hash = "h-zamzam"
	put(t, s, subs...)
	hits, _, err := s.Search(ctx, sitrep.Filter{Query: "zamzam camp"})
	if err != nil || len(hits) != 1 || hits[0].Kind != "article" || hits[0].ArticleID != "m" {
		t.Fatalf("search article: %+v %v", hits, err)
	}
	hits, _, err = s.Search(ctx, sitrep.Filter{Query: "Killing people"})
	if err != nil || len(hits) != 1 || hits[0].Kind != "claim" || hits[0].Source != "MSF" {
		t.Fatalf("search claim: %+v %v", hits, err)
	}
	cases := []struct {
		name string
		f    sitrep.Filter
		want int
	}{
		{"claims by independents", sitrep.Filter{Query: "people", Independent: true}, 1},
		{"claims by parties", sitrep.Filter{Query: "people", Party: true}, 1},
		{"by source", sitrep.Filter{Query: "killed", Source: "army"}, 1},
		{"before the reports", sitrep.Filter{Query: "zamzam", Until: "2024-05-01"}, 0},
		{"in the window", sitrep.Filter{Query: "zamzam", Since: "2024-05-13", Until: "2024-05-13"}, 1},
		{"near the camp", sitrep.Filter{Query: "zamzam", Near: &sitrep.Near{Lat: 13.5, Lon: 25.3, KM: 10}}, 1},
		{"far from the camp", sitrep.Filter{Query: "zamzam", Near: &sitrep.Near{Lat: 0, Lon: 0, KM: 10}}, 0},
		{"by actor", sitrep.Filter{Query: "zamzam", Actor: "RSF"}, 1},
	}
	for _, c := range cases {
		hits, _, err := s.Search(ctx, c.f)
		if err != nil || len(hits) != c.want {
			t.Errorf("search %s: %d hits %v, want %d", c.name, len(hits), err, c.want)
		}
	}
	if hits, _, err = s.Search(ctx, sitrep.Filter{Query: `"8.6" OR (x`}); err != nil || len(hits) != 0 {
		t.Errorf("hostile query: %+v %v", hits, err)
	}
	if _, _, err = s.Search(ctx, sitrep.Filter{Query: " ; "}); !errors.Is(err, sitrep.ErrInvalid) {
		t.Errorf("empty query: %v", err)
	}
}

func testNotFound(t *testing.T, s sitrep.Store) {
	ctx := context.Background()
	if _, err := s.Incident(ctx, "Inope"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Incident: %v", err)
	}
	if _, err := s.Article(ctx, "nope"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Article: %v", err)
	}
	if _, err := s.Actor(ctx, "nope"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Actor: %v", err)
	}
}
