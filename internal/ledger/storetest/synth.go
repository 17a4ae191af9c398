package storetest

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"sitrep"
	"sitrep/internal/ledger"
)

// Synth makes realistic synthetic ledgers from the dev corpus: incidents
// at the corpus's places (jittered), of its event types and actors, spread
// over two years, each told by one to three outlets with claims and
// casualty figures.
type Synth struct {
	rng      *rand.Rand
	events   []sitrep.EventReport // templates
	Hotspots [][2]float64
	Start    time.Time
	Days     int
}

var outlets = []string{"Reuters", "AFP", "AP", "Al Jazeera", "BBC", "Xinhua", "Anadolu", "Radio Dabanga",
	"Kyiv Independent", "Garowe Online", "Radio Okapi", "Haiti Libre", "The New Humanitarian", "Premium Times"}

// NewSynth builds a generator from submissions (GoldSubmissions' output).
func NewSynth(templates []sitrep.Submission, seed uint64) (*Synth, error) {
	s := &Synth{rng: rand.New(rand.NewPCG(seed, seed^0x5eed)), Start: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), Days: 730}
	seen := map[[2]float64]bool{}
	for _, sub := range templates {
		sub.Article.Version = 1
		for _, r := range ledger.Resolve(sub.Article, &sub.Record) {
			if !ledger.HasPlace(r.Event.Place) {
				continue
			}
			s.events = append(s.events, r)
			p := [2]float64{r.Event.Place.Lat, r.Event.Place.Lon}
			if !seen[p] {
				seen[p] = true
				s.Hotspots = append(s.Hotspots, p)
			}
		}
	}
	if len(s.events) == 0 {
		return nil, fmt.Errorf("no placed events to learn from")
	}
	sort.Slice(s.Hotspots, func(i, j int) bool {
		return s.Hotspots[i][0] < s.Hotspots[j][0] || s.Hotspots[i][0] == s.Hotspots[j][0] && s.Hotspots[i][1] < s.Hotspots[j][1]
	})
	return s, nil
}

// Groups makes n incidents; their reports number about 1.5 n.
func (s *Synth) Groups(first, n int) []ledger.Group {
	out := make([]ledger.Group, 0, n)
	for i := first; i < first+n; i++ {
		out = append(out, s.group(i))
	}
	return out
}

func (s *Synth) group(i int) ledger.Group {
	t := s.events[s.rng.IntN(len(s.events))]
	h := s.Hotspots[s.rng.IntN(len(s.Hotspots))]
	// Jitter up to ~25 km so incidents do not pile on one point.
	lat := h[0] + (s.rng.Float64()-0.5)*0.45
	lon := h[1] + (s.rng.Float64()-0.5)*0.45/math.Max(0.2, math.Cos(h[0]*math.Pi/180))
	day := s.Start.AddDate(0, 0, s.rng.IntN(s.Days))
	nrep := 1
	switch x := s.rng.Float64(); {
	case x > 0.9:
		nrep = 3
	case x > 0.6:
		nrep = 2
	}
	g := ledger.Group{}
	killed := int64(s.rng.IntN(40))
	for k := range nrep {
		aid := fmt.Sprintf("s%07d-%d", i, k)
		r := t
		r.ArticleID, r.UID, r.Version = aid, aid+"/v1", 1
		r.Outlet = outlets[s.rng.IntN(len(outlets))]
		r.Published = day.AddDate(0, 0, k).Format("2006-01-02")
		r.Title = fmt.Sprintf("%s near %s", r.Event.Type, r.Event.Place.Name)
		ev := r.Event
		pl := *ev.Place
		pl.Lat, pl.Lon = lat, lon
		if pl.PrecisionKM == 0 {
			pl.PrecisionKM = 5
		}
		ev.Place = &pl
		ev.ID = "v1"
		ev.Date = day.Format("2006-01-02")
		ev.DateEnd = ev.Date
		r.Event = ev
		r.Claims, r.Counts = nil, nil
		claimant := sitrep.Party{Key: "outlet:" + r.Outlet, Name: r.Outlet, Kind: sitrep.KindMedia, Independent: true}
		if len(r.Actors) > 0 && s.rng.IntN(2) == 0 {
			claimant = r.Actors[0]
		}
		cid := "c1"
		r.Claims = []sitrep.Quote{{ArticleID: aid, Outlet: r.Outlet, Published: r.Published, Source: claimant,
			Claim: sitrep.Claim{ID: cid, Text: fmt.Sprintf("%d people were killed in the attack", killed), Source: "e1", Party: claimant.Party, Cue: "said"}}}
		n := killed + int64(s.rng.IntN(3))
		r.Counts = []sitrep.Figure{{Claimant: claimant, Count: sitrep.Count{ID: "n1", Min: n, Max: &n, Status: sitrep.StatusKilled, Text: fmt.Sprint(n, " killed"), Claim: &cid}}}
		g.Reports = append(g.Reports, r)
	}
	g.ID = ledger.IncidentID(g.Reports[0].UID)
	for k := 1; k < len(g.Reports); k++ {
		g.Links = append(g.Links, sitrep.Link{A: g.Reports[0].UID, B: g.Reports[k].UID, Reason: "synthetic: same place and day"})
	}
	return g
}

// Submissions makes n single-event articles as an engine would give them,
// for write benchmarks: linking runs on them as on real input.
func (s *Synth) Submissions(first, n int) []sitrep.Submission {
	out := make([]sitrep.Submission, 0, n)
	for i := first; i < first+n; i++ {
		g := s.group(i)
		r := g.Reports[0]
		rec := sitrep.Record{ID: r.ArticleID, Engine: "synthetic", Title: r.Title}
		rec.Entities = []sitrep.Entity{}
		var ids []string
		for k, p := range r.Actors {
			id := fmt.Sprintf("e%d", k+1)
			rec.Entities = append(rec.Entities, sitrep.Entity{ID: id, Name: p.Name, Kind: p.Kind, Party: p.Party, Independent: p.Independent, Actor: p.Key})
			ids = append(ids, id)
		}
		ev := r.Event
		ev.Actors = ids
		ev.Claims, ev.Counts = []string{"c1"}, []string{"n1"}
		rec.Events = []sitrep.Event{ev}
		c := r.Claims[0].Claim
		c.Source = ""
		if len(ids) > 0 {
			c.Source = ids[0]
		}
		rec.Claims = []sitrep.Claim{c}
		rec.Counts = []sitrep.Count{r.Counts[0].Count}
		out = append(out, Sub(r.ArticleID, r.Outlet, r.Published, fmt.Sprintf("synthetic article %d: %s", i, r.Title), rec))
	}
	return out
}
