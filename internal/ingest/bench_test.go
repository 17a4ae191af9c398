package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/extract"
	"sitrep/internal/ledger"
	"sitrep/internal/ledger/sqlite"
)

// devCopies writes the dev corpus as one JSON Lines source, copies times,
// each copy published 60 days after the previous so that its relative
// dates ("on Sunday") fall elsewhere and copies do not all pile into the
// same incidents. It returns the path, the article count and the bytes.
func devCopies(b *testing.B, copies int) (string, int, int) {
	src, _ := filepath.Glob("../../testdata/dev/*.txt")
	if len(src) == 0 {
		b.Skip("no dev corpus")
	}
	path := filepath.Join(b.TempDir(), "dev.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	bytes := 0
	base := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for k := range copies {
		for _, p := range src {
			t, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			text := string(t) + fmt.Sprintf("\n\n(copy %d)\n", k)
			bytes += len(text)
			id := fmt.Sprintf("%d-%s", k, filepath.Base(p))
			enc.Encode(JSONArticle{ID: id, Text: text, Published: base.AddDate(0, 0, 60*k).Format("2006-01-02")})
		}
	}
	return path, copies * len(src), bytes
}

// BenchmarkIngestDev ingests copies of the dev corpus with the real engine
// into SQLite, end to end, and reports articles per second.
//
//	go test -run NONE -bench IngestDev -benchtime 3x ./internal/ingest/
func BenchmarkIngestDev(b *testing.B) {
	path, n, bytes := devCopies(b, 10)
	eng, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var total, cpu, writer time.Duration
	runs := 0
	for b.Loop() {
		st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "l.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		ws := &writerStore{DB: st}
		in := &Ingester{Store: ws, Engine: eng, Expander: &Expander{}, Log: slog.New(slog.DiscardHandler)}
		t0, c0 := time.Now(), cpuTime()
		sum, err := in.Run(context.Background(), []string{path})
		total += time.Since(t0)
		cpu += cpuTime() - c0
		writer += ws.cpu
		runs++
		st.Close()
		if err != nil || sum.New != int64(n) {
			b.Fatalf("%+v %v", sum, err)
		}
	}
	b.ReportMetric(float64(n*runs)/total.Seconds(), "articles/s")
	b.ReportMetric(float64(bytes*runs)/total.Seconds()/1e6, "MB/s")
	b.ReportMetric(cpu.Seconds()*1e3/float64(n*runs), "cpu-ms/article")
	b.ReportMetric(writer.Seconds()*1e3/float64(n*runs), "writer-ms/article")
}

// cpuTime is the process's user and system time: on a shared machine the
// wall clock measures the neighbours too, CPU time per article much less.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkStoreOnly is the same run with extraction taken out (each
// record made once, in a first run that is not timed), to tell the
// ledger's share from the engine's.
func BenchmarkStoreOnly(b *testing.B) {
	path, n, _ := devCopies(b, 10)
	eng, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	memo := &memoEngine{eng: eng, recs: map[string]any{}}
	var total, cpu, writer time.Duration
	timed := 0
	for run := 0; b.Loop(); run++ {
		st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "l.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		ws := &writerStore{DB: st}
		in := &Ingester{Store: ws, Engine: memo, Expander: &Expander{}, Log: slog.New(slog.DiscardHandler)}
		t0, c0 := time.Now(), cpuTime()
		sum, err := in.Run(context.Background(), []string{path})
		if run > 0 {
			total += time.Since(t0)
			cpu += cpuTime() - c0
			writer += ws.cpu
			timed++
		}
		st.Close()
		if err != nil || sum.New != int64(n) {
			b.Fatalf("%+v %v", sum, err)
		}
	}
	if timed > 0 {
		b.ReportMetric(float64(n*timed)/total.Seconds(), "articles/s")
		b.ReportMetric(cpu.Seconds()*1e3/float64(n*timed), "cpu-ms/article")
		b.ReportMetric(writer.Seconds()*1e3/float64(n*timed), "writer-ms/article")
	}
}

// writerStore times the store's writes on their thread: the writer is the
// pipeline's one serial stage, so its CPU time per article bounds the
// rate however many cores extract.
type writerStore struct {
	*ledger.DB
	cpu time.Duration
}

func (s *writerStore) PutPrepared(ctx context.Context, subs []ledger.Prepared) ([]sitrep.PutResult, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	c0 := threadCPU()
	defer func() { s.cpu += threadCPU() - c0 }()
	return s.DB.PutPrepared(ctx, subs)
}

// threadCPU is the calling thread's user and system time.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
