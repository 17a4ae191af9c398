package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"sitrep"
	"sitrep/internal/extract"
	"sitrep/internal/ledger"
)

// Extractor is the engine as ingest uses it.
type Extractor interface {
	Extract(extract.Article) sitrep.Record
}

// DefaultBatch is how many articles a transaction stores. Every commit
// rewrites each index page its rows touched, and ids and hashes land all
// over their indexes, so larger batches write far less per article (64:
// 125 kB written per article into SQLite, 256: 92 kB); a crash redoes at
// most one batch.
const DefaultBatch = 256

// Log keys.
const (
	KeyOrigin = "origin"
	KeyErr    = "err"
)

// Ingester stores what sources hold.
type Ingester struct {
	Store    sitrep.Store
	Engine   Extractor
	Expander *Expander
	Log      *slog.Logger
	// Workers defaults to the number of cores; Batch to DefaultBatch
	// articles per transaction.
	Workers int
	Batch   int
	// Progress, when set, is told about every item.
	Progress *Progress
	// Now stamps fetch times; nil means time.Now.
	Now func() time.Time
}

// Stats counts what a run did.
type Stats struct {
	Tasks      atomic.Int64 // known so far
	Done       atomic.Int64
	New        atomic.Int64
	Versions   atomic.Int64
	Duplicates atomic.Int64
	Errors     atomic.Int64
	Expanding  atomic.Bool // sources still being walked
}

// Summary is a plain copy of Stats.
type Summary struct {
	Items, New, Versions, Duplicates, Errors int64
	Elapsed                                  time.Duration
}

func (s *Stats) summary(start time.Time) Summary {
	return Summary{Items: s.Done.Load(), New: s.New.Load(), Versions: s.Versions.Load(),
		Duplicates: s.Duplicates.Load(), Errors: s.Errors.Load(), Elapsed: time.Since(start)}
}

// Run ingests every source. A bad source or item is logged, counted and
// skipped; only a store failure or cancellation stops the run.
func (in *Ingester) Run(ctx context.Context, sources []string) (Summary, error) {
	stats := &Stats{}
	stats.Expanding.Store(true)
	tasks := make(chan Task, 256)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	x := *in.Expander
	x.Bad = func(origin string, err error) {
		stats.Errors.Add(1)
		in.Log.Warn("skipping source", KeyOrigin, origin, KeyErr, err)
	}
	go func() {
		defer close(tasks)
		defer stats.Expanding.Store(false)
		for _, src := range sources {
			err := x.Expand(ctx, src, func(t Task) error {
				stats.Tasks.Add(1)
				select {
				case tasks <- t:
					return nil
				case <-ctx.Done():
					return context.Cause(ctx)
				}
			})
			if err != nil && ctx.Err() == nil {
				x.Bad(src, err)
			}
		}
	}()
	return in.RunTasks(ctx, tasks, stats)
}

// RunTasks ingests tasks until the channel closes.
func (in *Ingester) RunTasks(ctx context.Context, tasks <-chan Task, stats *Stats) (Summary, error) {
	start := time.Now()
	now := in.Now
	if now == nil {
		now = time.Now
	}
	workers := in.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := in.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if in.Progress != nil {
		stop := in.Progress.Start(stats)
		defer stop()
	}
	subs := make(chan ledger.Prepared, 4*batch)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				if ctx.Err() != nil {
					continue // drain so the producer can finish
				}
				sub, skip, err := in.prepare(ctx, t, now)
				switch {
				case err != nil:
					stats.Errors.Add(1)
					stats.Done.Add(1)
					in.Log.Warn("skipping item", KeyOrigin, t.Origin, KeyErr, err)
				case skip:
					stats.Duplicates.Add(1)
					stats.Done.Add(1)
				default:
					select {
					case subs <- in.prepared(sub):
					case <-ctx.Done():
					}
				}
			}
		}()
	}
	go func() { wg.Wait(); close(subs) }()

	var pending []ledger.Prepared
	// The ticker stores items that trickle in (feeds, fetches) without
	// waiting for a full batch; a tick that comes just after a store is
	// skipped, or a slow store would be followed by a store of the few
	// items that arrived meanwhile and batches would never fill.
	const wait = 250 * time.Millisecond
	stored := time.Now()
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		err := in.store(ctx, pending, stats)
		pending = pending[:0]
		stored = time.Now()
		return err
	}
	tick := time.NewTicker(wait)
	defer tick.Stop()
	var runErr error
loop:
	for {
		select {
		case s, ok := <-subs:
			if !ok {
				break loop
			}
			pending = append(pending, s)
			if len(pending) >= batch {
				if runErr = flush(); runErr != nil {
					cancel(runErr)
					break loop
				}
			}
		case <-tick.C:
			if time.Since(stored) < wait {
				continue
			}
			if runErr = flush(); runErr != nil {
				cancel(runErr)
				break loop
			}
		}
	}
	if runErr == nil {
		runErr = flush()
	}
	for range subs {
		// Let blocked workers finish after a failure.
	}
	sum := stats.summary(start)
	if runErr == nil && ctx.Err() != nil {
		runErr = context.Cause(ctx)
	}
	return sum, runErr
}

// prepare loads a task and extracts it unless its text is already stored.
func (in *Ingester) prepare(ctx context.Context, t Task, now func() time.Time) (sitrep.Submission, bool, error) {
	it, err := t.Load(ctx)
	if err != nil {
		return sitrep.Submission{}, false, err
	}
	txt := Normalize(it.Text)
	if txt == "" {
		return sitrep.Submission{}, false, errors.New("empty article")
	}
	hash := Hash(txt)
	has, err := in.Store.Has(ctx, []string{hash})
	if err != nil {
		return sitrep.Submission{}, false, err
	}
	if has[hash] {
		return sitrep.Submission{}, true, nil
	}
	rec := in.Engine.Extract(extract.Article{ID: it.ID, Title: it.Title, Text: txt, URL: it.URL, Outlet: it.Outlet, Published: it.Published})
	a := sitrep.Article{ID: it.ID, URL: it.URL, Outlet: it.Outlet, Title: rec.Title, Published: rec.Published,
		Fetched: now().UTC(), Text: txt, Hash: hash}
	return sitrep.Submission{Article: a, Record: rec}, false, nil
}

// preparer is a store that takes submissions prepared in the extraction
// workers (the SQL ledger): its writer, the pipeline's one serial stage,
// then does only the database's part.
type preparer interface {
	PutPrepared(ctx context.Context, subs []ledger.Prepared) ([]sitrep.PutResult, error)
}

// prepared does what of storing sub the store lets a worker do ahead.
func (in *Ingester) prepared(sub sitrep.Submission) ledger.Prepared {
	if _, ok := in.Store.(preparer); ok {
		return ledger.Prepare(sub)
	}
	return ledger.Prepared{Submission: sub}
}

func (in *Ingester) put(ctx context.Context, subs []ledger.Prepared) ([]sitrep.PutResult, error) {
	if p, ok := in.Store.(preparer); ok {
		return p.PutPrepared(ctx, subs)
	}
	plain := make([]sitrep.Submission, len(subs))
	for i := range subs {
		plain[i] = subs[i].Submission
	}
	return in.Store.Put(ctx, plain)
}

// store writes a batch; when the batch fails, each item is tried alone so
// one bad item cannot sink the others.
func (in *Ingester) store(ctx context.Context, subs []ledger.Prepared, stats *Stats) error {
	res, err := in.put(ctx, subs)
	if err == nil {
		count(stats, res)
		return nil
	}
	if ctx.Err() != nil {
		return err
	}
	in.Log.Warn("batch failed; storing its items one by one", KeyErr, err)
	failed := 0
	for i := range subs {
		res, err := in.put(ctx, subs[i:i+1])
		if err != nil {
			failed++
			stats.Errors.Add(1)
			stats.Done.Add(1)
			in.Log.Warn("skipping item", KeyOrigin, subs[i].Submission.Article.ID, KeyErr, err)
			continue
		}
		count(stats, res)
	}
	if failed == len(subs) && len(subs) > 1 {
		return fmt.Errorf("store: every item of a batch failed: %w", err)
	}
	return nil
}

func count(stats *Stats, res []sitrep.PutResult) {
	for _, r := range res {
		switch r.Status {
		case sitrep.PutNew:
			stats.New.Add(1)
		case sitrep.PutVersion:
			stats.Versions.Add(1)
		default:
			stats.Duplicates.Add(1)
		}
		stats.Done.Add(1)
	}
}
