package postgres_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/extract"
	"sitrep/internal/ingest"
	"sitrep/internal/ledger/postgres"
)

type fakeEngine struct{}

func (fakeEngine) Extract(a extract.Article) sitrep.Record {
	return sitrep.Record{ID: a.ID, Title: a.Title, Published: "2024-05-01", Engine: "fake"}
}

// TestQueueWorkers runs several workers, each with its own connection
// pool as separate processes would have, on one queue: every article is
// stored once and the queue empties.
func TestQueueWorkers(t *testing.T) {
	ctx := context.Background()
	dsn := freshSchema(t, testDSN(t))
	const n, workers = 120, 4
	var items []sitrep.QueueItem
	for i := range n {
		b, _ := json.Marshal(ingest.JSONArticle{ID: fmt.Sprintf("q%03d", i), Title: "T", Text: fmt.Sprintf("Article number %d.", i)})
		items = append(items, sitrep.QueueItem{Kind: sitrep.QueueArticle, Payload: string(b)})
	}
	// The same text twice: stored once.
	items = append(items, sitrep.QueueItem{Kind: sitrep.QueueArticle, Payload: `{"id":"again","text":"Article number 7."}`})
	items = append(items, sitrep.QueueItem{Kind: sitrep.QueueArticle, Payload: `not json`})
	first, err := postgres.Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	q := postgres.NewQueue(first)
	if got, err := q.Enqueue(ctx, items); err != nil || got != len(items) {
		t.Fatalf("enqueue: %d %v", got, err)
	}
	if got, _ := q.Enqueue(ctx, []sitrep.QueueItem{{Kind: sitrep.QueueURL, Payload: "https://x.org/a"}, {Kind: sitrep.QueueURL, Payload: "https://x.org/a"}}); got != 1 {
		t.Errorf("a URL queued %d times", got)
	}
	if _, err := first.SQL().Exec(`DELETE FROM queue WHERE kind = 'url'`); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var total ingest.Summary
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := postgres.Open(ctx, dsn, nil)
			if err != nil {
				t.Error(err)
				return
			}
			defer st.Close()
			in := &ingest.Ingester{Store: st, Engine: fakeEngine{}, Log: slog.New(slog.DiscardHandler), Batch: 16, Workers: 2}
			sum, err := in.RunQueue(ctx, postgres.NewQueue(st), ingest.QueueOptions{Worker: fmt.Sprint("w", w), Drain: true, Lease: time.Minute})
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			total.New += sum.New
			total.Duplicates += sum.Duplicates
			total.Errors += sum.Errors
			mu.Unlock()
		}()
	}
	wg.Wait()
	if total.New != n || total.Duplicates != 1 {
		t.Errorf("workers stored %d new and %d duplicates, want %d and 1", total.New, total.Duplicates, n)
	}
	stats, err := first.Stats(ctx)
	if err != nil || stats.Articles != n || stats.Records != n {
		t.Errorf("ledger %+v %v", stats, err)
	}
	counts, err := q.Counts(ctx)
	if err != nil || counts["pending"] != 0 || counts["running"] != 0 || counts["failed"] != 1 {
		t.Errorf("queue after draining: %v %v, want only the bad item, failed after its retries", counts, err)
	}
}

func TestQueueLeaseExpiry(t *testing.T) {
	ctx := context.Background()
	st, err := postgres.Open(ctx, freshSchema(t, testDSN(t)), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	q := postgres.NewQueue(st)
	q.Enqueue(ctx, []sitrep.QueueItem{{Kind: sitrep.QueueArticle, Payload: `{"id":"a","text":"x"}`}})
	got, err := q.Claim(ctx, "dead", 10, time.Millisecond)
	if err != nil || len(got) != 1 {
		t.Fatalf("claim %v %v", got, err)
	}
	time.Sleep(20 * time.Millisecond)
	again, err := q.Claim(ctx, "other", 10, time.Minute)
	if err != nil || len(again) != 1 || again[0].ID != got[0].ID {
		t.Fatalf("expired claim not reclaimed: %v %v", again, err)
	}
	if held, _ := q.Claim(ctx, "third", 10, time.Minute); len(held) != 0 {
		t.Errorf("a leased item was claimed twice: %v", held)
	}
	for range postgres.MaxAttempts {
		q.Fail(ctx, got[0].ID, fmt.Errorf("boom"))
		q.Claim(ctx, "x", 1, time.Minute)
	}
	if c, _ := q.Counts(ctx); c["failed"] != 1 {
		t.Errorf("after %d failures: %v", postgres.MaxAttempts, c)
	}
}
