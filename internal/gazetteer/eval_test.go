package gazetteer

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"sitrep"
	"sitrep/internal/text"
)

// goldPlace is a place of a gold record (../shared/FORMAT.md scorer input).
type goldPlace struct {
	Name     string  `json:"name"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	KM       float64 `json:"km"`
	Optional bool    `json:"optional"`
}

type prf struct{ tp, fp, fn int }

func (s prf) scores() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	} else if s.fn == 0 {
		p = 1
	}
	r = 1
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// scorePlaces matches like ../shared/score: a prediction within the gold
// radius of the gold point, each prediction used once, required golds
// first, optional matches neither rewarded nor penalised.
func scorePlaces(gold []goldPlace, pred []sitrep.Place) (prf, []goldPlace, []sitrep.Place) {
	var req, opt []goldPlace
	for _, g := range gold {
		if g.Optional {
			opt = append(opt, g)
		} else {
			req = append(req, g)
		}
	}
	all := append(append([]goldPlace(nil), req...), opt...)
	adj := make([][]int, len(all))
	for i, g := range all {
		for j, p := range pred {
			if haversine(g.Lat, g.Lon, p.Lat, p.Lon) <= g.KM {
				adj[i] = append(adj[i], j)
			}
		}
	}
	owner := map[int]int{}
	var augment func(i int, seen map[int]bool) bool
	augment = func(i int, seen map[int]bool) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if o, ok := owner[j]; !ok || augment(o, seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for i := range all {
		augment(i, map[int]bool{})
	}
	matched := map[int]bool{}
	for _, i := range owner {
		matched[i] = true
	}
	var s prf
	var misses []goldPlace
	for i := range req {
		if matched[i] {
			s.tp++
		} else {
			s.fn++
			misses = append(misses, req[i])
		}
	}
	var extras []sitrep.Place
	for j, p := range pred {
		if _, ok := owner[j]; !ok {
			s.fp++
			extras = append(extras, p)
		}
	}
	return s, misses, extras
}

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 6371 * 2 * math.Asin(math.Sqrt(math.Min(1, a)))
}

// TestDevPlaces measures place P/R/F1 on the dev articles and the shared
// seed with the scorer's rule. Run with -v to see misses and extras.
func TestDevPlaces(t *testing.T) {
	g := loadDefault(t)
	var files []string
	for _, pat := range []string{"../../testdata/dev/*.json", "../../../shared/gold/*.json"} {
		fs, _ := filepath.Glob(pat)
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no dev articles")
	}
	sort.Strings(files)
	var tot prf
	var report strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var gold struct {
			Places []goldPlace `json:"places"`
		}
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		body, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".txt")
		if err != nil {
			continue
		}
		pred := g.Places(text.Parse(string(body)), nil)
		s, misses, extras := scorePlaces(gold.Places, pred)
		tot.tp += s.tp
		tot.fp += s.fp
		tot.fn += s.fn
		id := filepath.Base(f)
		for _, m := range misses {
			fmt.Fprintf(&report, "%s missed %q (%.3f,%.3f ±%g)\n", id, m.Name, m.Lat, m.Lon, m.KM)
		}
		for _, e := range extras {
			fmt.Fprintf(&report, "%s extra %q as %q %s %s (%.3f,%.3f ±%g)\n", id, e.Text, e.Name, e.Kind, e.Country, e.Lat, e.Lon, e.PrecisionKM)
		}
	}
	p, r, f1 := tot.scores()
	t.Logf("%s", report.String())
	t.Logf("places over %d articles: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", len(files), p, r, f1, tot.tp, tot.fp, tot.fn)
	// A floor that catches regressions; the target is 0.90.
	if f1 < 0.75 {
		t.Errorf("place F1 %.3f below the 0.75 floor", f1)
	}
}

func loadDefault(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}
