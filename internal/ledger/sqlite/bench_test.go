package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"sitrep/internal/ledger"
	"sitrep/internal/ledger/sqlite"
	"sitrep/internal/ledger/storetest"
)

func synth(tb testing.TB) *storetest.Synth {
	subs, _, err := storetest.GoldSubmissions("../../../testdata/dev")
	if err != nil {
		tb.Fatal(err)
	}
	s, err := storetest.NewSynth(subs, 1)
	if err != nil {
		tb.Skip(err)
	}
	return s
}

// BenchmarkIncidentsNear needs a big ledger: SITREP_BENCH_EVENTS events
// (default 1,000,000), built once into SITREP_BENCH_DB (default a file in
// the temp dir, kept for the next run).
//
//	go test -run NONE -bench IncidentsNear -benchtime 300x ./internal/ledger/sqlite/
func BenchmarkIncidentsNear(b *testing.B) {
	ctx := context.Background()
	events := 1_000_000
	if v, err := strconv.Atoi(os.Getenv("SITREP_BENCH_EVENTS")); err == nil {
		events = v
	}
	path := os.Getenv("SITREP_BENCH_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), "sitrep-bench-"+strconv.Itoa(events)+".db")
	}
	_, statErr := os.Stat(path)
	st, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	s := synth(b)
	if statErr != nil {
		storetest.Fill(b, func(g []ledger.Group) error { return st.BulkLoad(ctx, g) }, s, events)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("ledger holds %d events, %d incidents", stats.Events, stats.Incidents)
	storetest.BenchNear(b, st, s)
}

func BenchmarkPut(b *testing.B) {
	st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "put.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	storetest.BenchPut(b, st, synth(b))
}
