package storetest

import (
	"context"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/ledger"
)

// Fill loads synthetic incidents through load until about events reports
// are stored, in chunks so memory stays flat. It returns how many it wrote.
func Fill(tb testing.TB, load func([]ledger.Group) error, s *Synth, events int) int {
	tb.Helper()
	written, next := 0, 0
	start := time.Now()
	for written < events {
		groups := s.Groups(next, 5000)
		next += len(groups)
		for _, g := range groups {
			written += len(g.Reports)
		}
		if err := load(groups); err != nil {
			tb.Fatal(err)
		}
	}
	tb.Logf("loaded %d events in %d incidents in %s", written, next, time.Since(start).Round(time.Second))
	return written
}

// BenchNear measures the map's query: incidents within 50 km of a hotspot
// in a random 30-day window, first page of 50. It reports latency
// percentiles.
func BenchNear(b *testing.B, st sitrep.Store, s *Synth) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(11, 13))
	var lat []time.Duration
	rows := 0
	for b.Loop() {
		h := s.Hotspots[rng.IntN(len(s.Hotspots))]
		since := s.Start.AddDate(0, 0, rng.IntN(s.Days-30))
		f := sitrep.Filter{Since: since.Format("2006-01-02"), Until: since.AddDate(0, 0, 29).Format("2006-01-02"),
			Near: &sitrep.Near{Lat: h[0], Lon: h[1], KM: 50}, Page: sitrep.Page{Limit: 50}}
		t0 := time.Now()
		incs, _, err := st.Incidents(ctx, f)
		lat = append(lat, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		rows += len(incs)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(rows)/float64(len(lat)), "rows/query")
}

// BenchPut measures storing engine output (with linking) in batches of 64
// articles and reports articles per second.
func BenchPut(b *testing.B, st sitrep.Store, s *Synth) {
	ctx := context.Background()
	const batch = 64
	next := 0
	start := time.Now()
	for b.Loop() {
		subs := s.Submissions(next, batch)
		next += batch
		if _, err := st.Put(ctx, subs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(next)/time.Since(start).Seconds(), "articles/s")
}
