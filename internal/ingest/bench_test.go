package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sitrep/internal/extract"
	"sitrep/internal/ledger/sqlite"
)

// BenchmarkIngestDev ingests copies of the dev corpus (each copy made
// distinct so none is a duplicate) with the real engine into SQLite, end
// to end, and reports articles per second.
//
//	go test -run NONE -bench IngestDev -benchtime 3x ./internal/ingest/
func BenchmarkIngestDev(b *testing.B) {
	src, _ := filepath.Glob("../../testdata/dev/*.txt")
	if len(src) == 0 {
		b.Skip("no dev corpus")
	}
	dir := b.TempDir()
	const copies = 5
	bytes := 0
	for k := range copies {
		for _, p := range src {
			t, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			t = append(t, fmt.Sprintf("\n\n(copy %d)\n", k)...)
			bytes += len(t)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d-%s", k, filepath.Base(p))), t, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	eng, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	n := copies * len(src)
	var total time.Duration
	runs := 0
	for b.Loop() {
		st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "l.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		in := &Ingester{Store: st, Engine: eng, Expander: &Expander{}, Log: slog.New(slog.DiscardHandler)}
		t0 := time.Now()
		sum, err := in.Run(context.Background(), []string{dir})
		total += time.Since(t0)
		runs++
		st.Close()
		if err != nil || sum.New != int64(n) {
			b.Fatalf("%+v %v", sum, err)
		}
	}
	b.ReportMetric(float64(n*runs)/total.Seconds(), "articles/s")
	b.ReportMetric(float64(bytes*runs)/total.Seconds()/1e6, "MB/s")
}

// BenchmarkStoreOnly is the same run with extraction taken out (records
// made once up front), to tell the ledger's share from the engine's.
func BenchmarkStoreOnly(b *testing.B) {
	src, _ := filepath.Glob("../../testdata/dev/*.txt")
	if len(src) == 0 {
		b.Skip("no dev corpus")
	}
	eng, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	const copies = 5
	for k := range copies {
		for _, p := range src {
			t, _ := os.ReadFile(p)
			t = append(t, fmt.Sprintf("\n\n(copy %d)\n", k)...)
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d-%s", k, filepath.Base(p))), t, 0o644)
		}
	}
	memo := &memoEngine{eng: eng, recs: map[string]any{}}
	n := copies * len(src)
	var total time.Duration
	runs := 0
	for b.Loop() {
		st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "l.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		in := &Ingester{Store: st, Engine: memo, Expander: &Expander{}, Log: slog.New(slog.DiscardHandler)}
		t0 := time.Now()
		sum, err := in.Run(context.Background(), []string{dir})
		if runs > 0 || b.N == 1 {
			total += time.Since(t0)
		}
		runs++
		st.Close()
		if err != nil || sum.New != int64(n) {
			b.Fatalf("%+v %v", sum, err)
		}
	}
	if runs > 1 {
		runs--
	}
	b.ReportMetric(float64(n*runs)/total.Seconds(), "articles/s")
}
