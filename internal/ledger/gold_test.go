package ledger_test

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"sitrep"
	"sitrep/internal/ledger"
	"sitrep/internal/ledger/sqlite"
	"sitrep/internal/ledger/storetest"
)

const devDir = "../../testdata/dev"

func goldReports(t *testing.T) ([]sitrep.Submission, []sitrep.EventReport) {
	t.Helper()
	subs, bad, err := storetest.GoldSubmissions(devDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bad {
		t.Logf("skipping unreadable gold %s", b)
	}
	if len(subs) == 0 {
		t.Skip("no dev gold yet")
	}
	var reps []sitrep.EventReport
	for _, s := range subs {
		s.Article.Version = 1
		reps = append(reps, ledger.Resolve(s.Article, &s.Record)...)
	}
	return subs, reps
}

// partition renders incidents as sorted "id=uid,uid" strings.
func partition(groups []ledger.Group) []string {
	var out []string
	for _, g := range groups {
		var uids []string
		for _, r := range g.Reports {
			uids = append(uids, r.UID)
		}
		sort.Strings(uids)
		out = append(out, g.ID+"="+strings.Join(uids, ","))
	}
	sort.Strings(out)
	return out
}

func TestGoldIncidents(t *testing.T) {
	_, reps := goldReports(t)
	groups := ledger.Components(reps)
	want := partition(groups)
	rng := rand.New(rand.NewPCG(7, 7))
	for range 5 {
		shuffled := append([]sitrep.EventReport(nil), reps...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := partition(ledger.Components(shuffled)); !reflect.DeepEqual(got, want) {
			t.Fatal("a different order of the same reports gives different incidents")
		}
	}
	path := filepath.Join(devDir, "..", "incidents.json")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no testdata/incidents.json yet")
	}
	sets, err := storetest.IncidentGroups(path)
	if err != nil {
		t.Fatal(err)
	}
	articlesOf := func(g ledger.Group) map[string]bool {
		m := map[string]bool{}
		for _, r := range g.Reports {
			m[r.ArticleID] = true
		}
		return m
	}
	groupOf := map[string]int{}
	for i, set := range sets {
		for _, a := range set {
			groupOf[a] = i + 1
		}
	}
	for _, set := range sets {
		found := false
		for _, g := range groups {
			arts := articlesOf(g)
			all := true
			for _, a := range set {
				all = all && arts[a]
			}
			if all {
				found = true
				if len(g.Links) == 0 || g.Links[0].Reason == "" {
					t.Errorf("incident of %v has no explained links", set)
				}
			}
		}
		if !found {
			t.Errorf("articles %v report one incident but were not linked", set)
		}
	}
	for _, g := range groups {
		seen := map[int]bool{}
		for a := range articlesOf(g) {
			if n := groupOf[a]; n > 0 {
				seen[n] = true
			}
		}
		if len(seen) > 1 {
			t.Errorf("incident %s mixes reports of different incidents: %v", g.ID, articlesOf(g))
		}
	}
}

// TestIncrementalEqualsBatch stores the gold corpus one article at a time
// in a random order and checks the store's incidents are exactly the
// batch computation's: local relinking loses nothing.
func TestIncrementalEqualsBatch(t *testing.T) {
	subs, reps := goldReports(t)
	want := map[string]string{}
	for _, g := range ledger.Components(reps) {
		for _, r := range g.Reports {
			want[r.UID] = g.ID
		}
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "l.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(3, 9))
	for _, i := range rng.Perm(len(subs)) {
		if _, err := s.Put(ctx, subs[i:i+1]); err != nil {
			t.Fatal(err)
		}
	}
	got := map[string]string{}
	rows, err := s.SQL().Query(`SELECT uid, incident FROM events`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var uid, inc string
		if err := rows.Scan(&uid, &inc); err != nil {
			t.Fatal(err)
		}
		got[uid] = inc
	}
	if !reflect.DeepEqual(got, want) {
		for uid, inc := range want {
			if got[uid] != inc {
				t.Errorf("%s: incremental %s, batch %s", uid, got[uid], inc)
			}
		}
	}
}
