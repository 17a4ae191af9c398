package postgres_test

import (
	"context"
	"os"
	"strconv"
	"testing"

	"sitrep/internal/ledger"
	"sitrep/internal/ledger/postgres"
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

// BenchmarkIncidentsNear loads SITREP_BENCH_EVENTS events (default
// 1,000,000) into a fresh schema with COPY, then queries.
//
//	SITREP_TEST_PG=… go test -run NONE -bench IncidentsNear -benchtime 300x ./internal/ledger/postgres/
func BenchmarkIncidentsNear(b *testing.B) {
	ctx := context.Background()
	events := 1_000_000
	if v, err := strconv.Atoi(os.Getenv("SITREP_BENCH_EVENTS")); err == nil {
		events = v
	}
	st, err := postgres.Open(ctx, freshSchema(b, testDSN(b)), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	s := synth(b)
	storetest.Fill(b, func(g []ledger.Group) error { return postgres.CopyLoad(ctx, st, g) }, s, events)
	if _, err := st.SQL().Exec(`ANALYZE`); err != nil {
		b.Fatal(err)
	}
	storetest.BenchNear(b, st, s)
}

func BenchmarkPut(b *testing.B) {
	st, err := postgres.Open(context.Background(), freshSchema(b, testDSN(b)), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	storetest.BenchPut(b, st, synth(b))
}
