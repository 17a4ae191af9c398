package ingest

import (
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"
)

// Progress reports a run: a redrawn bar on a terminal, a log line now and
// then otherwise.
type Progress struct {
	W     io.Writer // the terminal; nil when not a terminal
	Log   *slog.Logger
	Every time.Duration // log interval off a terminal; default 5 s
}

// Start reports stats until the returned function is called, which prints
// the final line.
func (p *Progress) Start(stats *Stats) (stop func()) {
	start := time.Now()
	interval := 200 * time.Millisecond
	if p.W == nil {
		interval = p.Every
		if interval <= 0 {
			interval = 5 * time.Second
		}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				p.report(stats, start, true)
				return
			case <-t.C:
				p.report(stats, start, false)
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done); wg.Wait() }) }
}

func (p *Progress) report(s *Stats, start time.Time, final bool) {
	done, total, errs := s.Done.Load(), s.Tasks.Load(), s.Errors.Load()
	el := time.Since(start)
	rate := float64(done) / max(el.Seconds(), 1e-3)
	eta := "?"
	if !s.Expanding.Load() && rate > 0 {
		eta = (time.Duration(float64(total-done)/rate) * time.Second).Round(time.Second).String()
	}
	if p.W == nil {
		if p.Log != nil {
			p.Log.Info("ingest", "done", done, "known", total, "per_s", int(rate), "new", s.New.Load(),
				"duplicates", s.Duplicates.Load(), "errors", errs, "final", final)
		}
		return
	}
	const width = 30
	fill := 0
	if total > 0 {
		fill = int(float64(width) * float64(done) / float64(total))
	}
	fill = min(fill, width)
	bar := make([]byte, width)
	for i := range bar {
		bar[i] = ' '
		if i < fill {
			bar[i] = '='
		}
	}
	fmt.Fprintf(p.W, "\r[%s] %d/%d  %.0f/s  ETA %s  %d errors ", bar, done, total, rate, eta, errs)
	if final {
		fmt.Fprintln(p.W)
	}
}
