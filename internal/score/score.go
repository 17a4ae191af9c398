// Package score compares extraction records with gold annotations exactly as
// ../shared/score does, so tests can hold every section to its bar without
// shelling out to Python.
package score

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"sitrep"
)

// Sections in the scorer's order.
var Sections = []string{"entities", "places", "times", "events", "counts", "claims"}

// Gold is one article's gold annotation.
type Gold struct {
	ID        string       `json:"id"`
	Text      string       `json:"text"`
	Published string       `json:"published"`
	Entities  []GoldEntity `json:"entities"`
	Places    []GoldPlace  `json:"places"`
	Times     []GoldTime   `json:"times"`
	Events    []GoldEvent  `json:"events"`
	Counts    []GoldCount  `json:"counts"`
	Claims    []GoldClaim  `json:"claims"`
}

type GoldEntity struct {
	Names    []string `json:"names"`
	Optional bool     `json:"optional"`
}

type GoldPlace struct {
	Name     string  `json:"name"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	KM       float64 `json:"km"`
	Optional bool    `json:"optional"`
}

type GoldTime struct {
	Value    string `json:"value"`
	Optional bool   `json:"optional"`
}

type GoldEvent struct {
	Type     []string   `json:"type"`
	Place    *GoldPlace `json:"place"`
	Dates    []string   `json:"dates"`
	Actors   [][]string `json:"actors"`
	Optional bool       `json:"optional"`
}

type GoldCount struct {
	Sources  []string   `json:"sources"` // nil accepts any source
	Status   []string   `json:"status"`
	Min      [2]float64 `json:"min"`
	Optional bool       `json:"optional"`
}

type GoldClaim struct {
	Sources  []string `json:"sources"`
	Contains string   `json:"contains"`
	Optional bool     `json:"optional"`
}

// LoadGold reads a gold .json file.
func LoadGold(path string) (Gold, error) {
	var g Gold
	b, err := os.ReadFile(path)
	if err != nil {
		return g, fmt.Errorf("read gold: %w", err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return g, fmt.Errorf("parse gold %s: %w", path, err)
	}
	if g.ID == "" {
		g.ID = strings.TrimSuffix(filepath.Base(path), ".json")
	}
	return g, nil
}

// LoadGoldDir reads every *.json in dir, sorted by id.
func LoadGoldDir(dir string) ([]Gold, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Gold
	for _, n := range names {
		g, err := LoadGold(n)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// Fold is the scorer's folding: accents stripped, case folded, quotes
// straightened, dashes and hyphens made spaces, a leading "the" dropped.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case '\u2019', '\u2018':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		case '\u2014', '\u2013', '-', '\u00a0':
			r = ' '
		case 'ß':
			b.WriteString("ss")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	return strings.TrimPrefix(out, "the ")
}

// Tally is the true positives, false positives and false negatives of a section.
type Tally struct{ TP, FP, FN int }

// Add sums two tallies.
func (t Tally) Add(o Tally) Tally { return Tally{t.TP + o.TP, t.FP + o.FP, t.FN + o.FN} }

// PRF returns precision, recall and F1 as the Python scorer computes them.
func (t Tally) PRF() (p, r, f float64) {
	p, r = 1, 1
	if t.TP+t.FP > 0 {
		p = float64(t.TP) / float64(t.TP+t.FP)
	} else if t.FN > 0 {
		p = 0
	}
	if t.TP+t.FN > 0 {
		r = float64(t.TP) / float64(t.TP+t.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Miss describes one unmatched gold item or one extra prediction.
type Miss struct {
	Doc, Section string
	Extra        bool
	Item         any
}

// Result is one article's tallies per section.
type Result struct {
	Tallies map[string]Tally
	Misses  []Miss
}

// Article scores one record against its gold.
func Article(g Gold, rec sitrep.Record) Result {
	P := newPred(rec)
	res := Result{Tallies: map[string]Tally{}}
	add := func(sec string, n int, ok func(gi, pj int) bool, optional func(int) bool, gold func(int) any, pred func(int) any, np int) {
		var req, opt []int
		for i := 0; i < n; i++ {
			if optional(i) {
				opt = append(opt, i)
			} else {
				req = append(req, i)
			}
		}
		order := append(req, opt...)
		m := maxMatching(len(order), np, func(a, j int) bool { return ok(order[a], j) })
		used := map[int]bool{}
		tp := 0
		for a, j := range m {
			used[j] = true
			if a < len(req) {
				tp++
			}
		}
		t := Tally{TP: tp, FN: len(req) - tp, FP: np - len(used)}
		res.Tallies[sec] = t
		for a, gi := range req {
			if _, ok := m[a]; !ok {
				res.Misses = append(res.Misses, Miss{Doc: g.ID, Section: sec, Item: gold(gi)})
			}
		}
		for j := 0; j < np; j++ {
			if !used[j] {
				res.Misses = append(res.Misses, Miss{Doc: g.ID, Section: sec, Extra: true, Item: pred(j)})
			}
		}
	}
	add("entities", len(g.Entities), func(i, j int) bool {
		return namesMatch(g.Entities[i].Names, P.entityNames(j))
	}, func(i int) bool { return g.Entities[i].Optional }, func(i int) any { return g.Entities[i] }, func(j int) any { return rec.Entities[j] }, len(rec.Entities))
	add("places", len(g.Places), func(i, j int) bool {
		gp, pp := g.Places[i], rec.Places[j]
		return km(gp.Lat, gp.Lon, pp.Lat, pp.Lon) <= gp.KM
	}, func(i int) bool { return g.Places[i].Optional }, func(i int) any { return g.Places[i] }, func(j int) any { return rec.Places[j] }, len(rec.Places))
	add("times", len(g.Times), func(i, j int) bool {
		return strings.TrimSpace(rec.Times[j].Value) == g.Times[i].Value
	}, func(i int) bool { return g.Times[i].Optional }, func(i int) any { return g.Times[i] }, func(j int) any { return rec.Times[j] }, len(rec.Times))
	add("events", len(g.Events), func(i, j int) bool {
		return matchEvent(g.Events[i], rec.Events[j], P)
	}, func(i int) bool { return g.Events[i].Optional }, func(i int) any { return g.Events[i] }, func(j int) any { return rec.Events[j] }, len(rec.Events))
	add("counts", len(g.Counts), func(i, j int) bool {
		gc, pc := g.Counts[i], rec.Counts[j]
		if !has(gc.Status, pc.Status) {
			return false
		}
		lo := float64(pc.Min)
		if lo < gc.Min[0] || lo > gc.Min[1] {
			return false
		}
		if gc.Sources == nil {
			return true
		}
		return namesMatch(gc.Sources, P.who(pc.Source))
	}, func(i int) bool { return g.Counts[i].Optional }, func(i int) any { return g.Counts[i] }, func(j int) any { return rec.Counts[j] }, len(rec.Counts))
	add("claims", len(g.Claims), func(i, j int) bool {
		gc, pc := g.Claims[i], rec.Claims[j]
		if !strings.Contains(Fold(pc.Text), Fold(gc.Contains)) {
			return false
		}
		src := pc.Source
		return namesMatch(gc.Sources, P.who(&src))
	}, func(i int) bool { return g.Claims[i].Optional }, func(i int) any { return g.Claims[i] }, func(j int) any { return rec.Claims[j] }, len(rec.Claims))
	return res
}

func matchEvent(g GoldEvent, p sitrep.Event, P *pred) bool {
	if !has(g.Type, p.Type) {
		return false
	}
	if g.Place != nil {
		if p.Place == nil || km(g.Place.Lat, g.Place.Lon, p.Place.Lat, p.Place.Lon) > g.Place.KM {
			return false
		}
	}
	if len(g.Dates) > 0 {
		a0, _, ok1 := dayRange(p.Date)
		end := p.DateEnd
		if end == "" {
			end = p.Date
		}
		_, b1, ok2 := dayRange(end)
		if !ok1 || !ok2 {
			return false
		}
		hit := false
		for _, d := range g.Dates {
			if a0 <= d && d <= b1 {
				hit = true
			}
		}
		if !hit {
			return false
		}
	}
	for _, group := range g.Actors {
		found := false
		for _, a := range p.Actors {
			a := a
			if namesMatch(group, P.who(&a)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func dayRange(v string) (string, string, bool) {
	switch {
	case len(v) >= 10:
		return v[:10], v[:10], true
	case len(v) == 7 && v[4] == '-' && v[5] != 'W':
		return v + "-01", v + "-31", true
	case len(v) == 4:
		return v + "-01-01", v + "-12-31", true
	}
	return "", "", false
}

type pred struct {
	rec   sitrep.Record
	names map[string]map[string]bool
}

func newPred(rec sitrep.Record) *pred {
	P := &pred{rec: rec, names: map[string]map[string]bool{}}
	for _, e := range rec.Entities {
		P.names[e.ID] = entityNameSet(e)
	}
	return P
}

func entityNameSet(e sitrep.Entity) map[string]bool {
	ns := map[string]bool{Fold(e.Name): true}
	for _, a := range e.Aliases {
		ns[Fold(a)] = true
	}
	delete(ns, "")
	return ns
}

func (P *pred) entityNames(j int) map[string]bool { return entityNameSet(P.rec.Entities[j]) }

func (P *pred) who(ref *string) map[string]bool {
	if ref == nil {
		return nil
	}
	if ns, ok := P.names[*ref]; ok {
		return ns
	}
	return map[string]bool{Fold(*ref): true}
}

func namesMatch(gold []string, pred map[string]bool) bool {
	for _, g := range gold {
		if pred[Fold(g)] {
			return true
		}
	}
	return false
}

func has(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	p1, p2 := lat1*rad, lat2*rad
	dp, dl := p2-p1, (lon2-lon1)*rad
	a := math.Pow(math.Sin(dp/2), 2) + math.Cos(p1)*math.Cos(p2)*math.Pow(math.Sin(dl/2), 2)
	return 6371.0 * 2 * math.Asin(math.Sqrt(math.Min(1, a)))
}

// maxMatching is Kuhn's augmenting-path matching, golds tried in order so
// that required golds (placed first) keep their matches. It returns gold
// index → pred index.
func maxMatching(ng, np int, ok func(g, p int) bool) map[int]int {
	adj := make([][]int, ng)
	for g := 0; g < ng; g++ {
		for p := 0; p < np; p++ {
			if ok(g, p) {
				adj[g] = append(adj[g], p)
			}
		}
	}
	owner := map[int]int{}
	var augment func(g int, seen map[int]bool) bool
	augment = func(g int, seen map[int]bool) bool {
		for _, p := range adj[g] {
			if seen[p] {
				continue
			}
			seen[p] = true
			if o, taken := owner[p]; !taken || augment(o, seen) {
				owner[p] = g
				return true
			}
		}
		return false
	}
	for g := 0; g < ng; g++ {
		augment(g, map[int]bool{})
	}
	out := make(map[int]int, len(owner))
	for p, g := range owner {
		out[g] = p
	}
	return out
}

// Table sums results and renders the scorer's table.
type Table struct {
	Tallies map[string]Tally
}

// NewTable sums per-article results.
func NewTable(rs []Result) Table {
	t := Table{Tallies: map[string]Tally{}}
	for _, r := range rs {
		for s, v := range r.Tallies {
			t.Tallies[s] = t.Tallies[s].Add(v)
		}
	}
	return t
}

// F1 returns a section's F1.
func (t Table) F1(sec string) float64 { _, _, f := t.Tallies[sec].PRF(); return f }

// Mean is the mean F1 over sections with at least one required gold item.
func (t Table) Mean() float64 {
	var sum float64
	n := 0
	for _, s := range Sections {
		v := t.Tallies[s]
		if v.TP+v.FN == 0 {
			continue
		}
		sum += t.F1(s)
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// String renders the table like ../shared/score does.
func (t Table) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %6s %6s %6s   tp  fp  fn\n", "section", "P", "R", "F1")
	for _, s := range Sections {
		v := t.Tallies[s]
		p, r, f := v.PRF()
		fmt.Fprintf(&b, "%-10s %6.3f %6.3f %6.3f %4d%4d%4d\n", s, p, r, f, v.TP, v.FP, v.FN)
	}
	fmt.Fprintf(&b, "score: %.3f\n", t.Mean())
	return b.String()
}

// Corpus scores one section over every gold article in dir: build makes
// the record from an article's gold (its other sections already cleared,
// so they cannot be matched) and text. It returns the corpus tally and
// each article's misses in that section, in id order; the stage tests of
// attribution and counts share it so they score exactly as the pipeline's
// quality test does.
func Corpus(dir, section string, build func(g Gold, body string) sitrep.Record) (Tally, []Miss, error) {
	golds, err := LoadGoldDir(dir)
	if err != nil {
		return Tally{}, nil, err
	}
	if len(golds) == 0 {
		return Tally{}, nil, fmt.Errorf("no gold in %s", dir)
	}
	var tally Tally
	var misses []Miss
	for _, g := range golds {
		body, err := os.ReadFile(filepath.Join(dir, g.Text))
		if err != nil {
			return Tally{}, nil, fmt.Errorf("article %s: %w", g.ID, err)
		}
		only := Gold{ID: g.ID, Text: g.Text, Published: g.Published}
		switch section {
		case "entities":
			only.Entities = g.Entities
		case "places":
			only.Places = g.Places
		case "times":
			only.Times = g.Times
		case "events":
			only.Events = g.Events
		case "counts":
			only.Counts = g.Counts
		case "claims":
			only.Claims = g.Claims
		default:
			return Tally{}, nil, fmt.Errorf("unknown section %q", section)
		}
		res := Article(only, build(only, string(body)))
		tally = tally.Add(res.Tallies[section])
		for _, m := range res.Misses {
			if m.Section == section {
				misses = append(misses, m)
			}
		}
	}
	return tally, misses, nil
}
