package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"sitrep"
	"sitrep/internal/extract"
)

// Reextract runs eng over every stored article whose latest record was
// made by another engine version (every article when force is set) and
// appends the new records; old records stay.
func Reextract(ctx context.Context, st sitrep.Store, eng Extractor, version string, force bool, log *slog.Logger) (done, skipped int, err error) {
	cursor := ""
	for {
		arts, engines, next, err := st.LatestVersions(ctx, sitrep.Page{Limit: 256, Cursor: cursor})
		if err != nil {
			return done, skipped, err
		}
		var todo []sitrep.Article
		for i, a := range arts {
			if force || engines[i] != version {
				todo = append(todo, a)
			} else {
				skipped++
			}
		}
		recs := make([]sitrep.Record, len(todo))
		var wg sync.WaitGroup
		work := make(chan int)
		for range min(runtime.GOMAXPROCS(0), max(len(todo), 1)) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range work {
					a := todo[i]
					pub, _ := time.Parse("2006-01-02", a.Published)
					recs[i] = eng.Extract(extract.Article{ID: a.ID, Title: a.Title, Text: a.Text, URL: a.URL, Outlet: a.Outlet, Published: pub})
				}
			}()
		}
		for i := range todo {
			work <- i
		}
		close(work)
		wg.Wait()
		for i, a := range todo {
			if err := ctx.Err(); err != nil {
				return done, skipped, err
			}
			if err := st.AddRecord(ctx, a.ID, a.Version, recs[i]); err != nil {
				return done, skipped, fmt.Errorf("reextract %s: %w", a.ID, err)
			}
			done++
		}
		log.Info("reextract", "done", done, "up_to_date", skipped)
		if next == "" {
			return done, skipped, nil
		}
		cursor = next
	}
}
