package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"sitrep"
	"sitrep/internal/ledger"
)

// Enqueue expands sources into a shared queue instead of ingesting them:
// local files and JSON lines are read here and queued as articles (so
// workers on other machines need only the database), pages and feed
// entries are queued as URLs.
func (in *Ingester) Enqueue(ctx context.Context, q sitrep.Queue, sources []string) (queued, bad int, err error) {
	x := *in.Expander
	x.Bad = func(origin string, err error) {
		bad++
		in.Log.Warn("skipping source", KeyOrigin, origin, KeyErr, err)
	}
	var batch []sitrep.QueueItem
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		n, err := q.Enqueue(ctx, batch)
		queued += n
		batch = batch[:0]
		return err
	}
	for _, src := range sources {
		err := x.Expand(ctx, src, func(t Task) error {
			if t.URL != "" {
				batch = append(batch, sitrep.QueueItem{Kind: sitrep.QueueURL, Payload: t.URL})
			} else {
				it, err := t.Load(ctx)
				if err != nil {
					x.Bad(t.Origin, err)
					return nil
				}
				b, err := json.Marshal(JSONArticle{ID: it.ID, URL: it.URL, Title: it.Title, Outlet: it.Outlet,
					Published: dateText(it.Published), Text: it.Text})
				if err != nil {
					return err
				}
				batch = append(batch, sitrep.QueueItem{Kind: sitrep.QueueArticle, Payload: string(b)})
			}
			if len(batch) >= 500 {
				return flush()
			}
			return nil
		})
		if err != nil {
			if ctx.Err() != nil {
				return queued, bad, err
			}
			x.Bad(src, err)
		}
	}
	return queued, bad, flush()
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// QueueOptions tunes a queue worker.
type QueueOptions struct {
	Worker string        // name recorded on claimed items
	Lease  time.Duration // how long a claim holds; default 5 min
	Poll   time.Duration // wait when the queue is empty; default 2 s
	Drain  bool          // return when the queue is empty instead of waiting
}

// RunQueue claims batches from q, extracts them on every core and stores
// each batch in one transaction before marking it done. A worker that dies
// leaves its claims to expire; whoever claims them again finds the stored
// ones by hash.
func (in *Ingester) RunQueue(ctx context.Context, q sitrep.Queue, o QueueOptions) (Summary, error) {
	start := time.Now()
	stats := &Stats{}
	if o.Lease <= 0 {
		o.Lease = 5 * time.Minute
	}
	if o.Poll <= 0 {
		o.Poll = 2 * time.Second
	}
	batch := in.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	workers := in.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	now := in.Now
	if now == nil {
		now = time.Now
	}
	for ctx.Err() == nil {
		items, err := q.Claim(ctx, o.Worker, batch, o.Lease)
		if err != nil {
			return stats.summary(start), err
		}
		if len(items) == 0 {
			if o.Drain {
				return stats.summary(start), nil
			}
			select {
			case <-ctx.Done():
			case <-time.After(o.Poll):
			}
			continue
		}
		type result struct {
			sub  ledger.Prepared
			skip bool
			err  error
		}
		res := make([]result, len(items))
		var wg sync.WaitGroup
		next := make(chan int)
		for range min(workers, len(items)) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					t := in.queuedTask(items[i])
					var sub sitrep.Submission
					sub, res[i].skip, res[i].err = in.prepare(ctx, t, now)
					if res[i].err == nil && !res[i].skip {
						res[i].sub = in.prepared(sub)
					}
				}
			}()
		}
		for i := range items {
			next <- i
		}
		close(next)
		wg.Wait()
		var subs []ledger.Prepared
		var done []int64
		for i, r := range res {
			switch {
			case r.err != nil:
				stats.Errors.Add(1)
				in.Log.Warn("queued item failed", KeyOrigin, items[i].Payload[:min(len(items[i].Payload), 80)], KeyErr, r.err)
				if err := q.Fail(ctx, items[i].ID, r.err); err != nil {
					return stats.summary(start), err
				}
			case r.skip:
				stats.Duplicates.Add(1)
				done = append(done, items[i].ID)
			default:
				subs = append(subs, r.sub)
				done = append(done, items[i].ID)
			}
		}
		if len(subs) > 0 {
			if err := in.store(ctx, subs, stats); err != nil {
				return stats.summary(start), err
			}
		}
		if err := q.Done(ctx, done); err != nil {
			return stats.summary(start), err
		}
		stats.Done.Add(int64(len(items)))
		in.Log.Info("queue batch", "claimed", len(items), "new", stats.New.Load(), "errors", stats.Errors.Load())
	}
	return stats.summary(start), ctx.Err()
}

func (in *Ingester) queuedTask(it sitrep.QueueItem) Task {
	switch it.Kind {
	case sitrep.QueueArticle:
		return Task{Origin: fmt.Sprintf("queue:%d", it.ID), Load: func(context.Context) (Item, error) {
			return parseJSONArticle([]byte(it.Payload))
		}}
	case sitrep.QueueURL:
		return Task{Origin: it.Payload, URL: it.Payload, Load: func(ctx context.Context) (Item, error) {
			if in.Expander == nil || in.Expander.Fetcher == nil {
				return Item{}, errors.New("no fetcher")
			}
			resp, err := in.Expander.Fetcher.Get(ctx, it.Payload, "", "")
			if err != nil {
				return Item{}, err
			}
			return pageItem(resp)
		}}
	}
	return Task{Origin: fmt.Sprintf("queue:%d", it.ID), Load: func(context.Context) (Item, error) {
		return Item{}, fmt.Errorf("unknown queue item kind %q", it.Kind)
	}}
}
