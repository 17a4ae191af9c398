package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"sitrep"
	"sitrep/internal/extract"
	"sitrep/internal/ingest"
	"sitrep/internal/ledger"
	"sitrep/internal/ledger/postgres"
)

func runIngest(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	allowPrivate := fs.Bool("allow-private", false, "allow fetching private and loopback addresses")
	follow := fs.Bool("follow", false, "keep polling feed URLs for new entries")
	interval := fs.Duration("interval", 5*time.Minute, "with --follow, time between polls of a feed")
	workers := fs.Int("workers", 0, "extraction workers (default: all cores)")
	batch := fs.Int("batch", ingest.DefaultBatch, "articles per transaction")
	timeout := fs.Duration("timeout", 30*time.Second, "per-request fetch timeout")
	maxBytes := fs.Int64("max-bytes", 10<<20, "largest page or feed fetched, in bytes")
	quiet := fs.Bool("quiet", false, "no progress output")
	enqueue := fs.Bool("enqueue", false, "put the sources on the shared PostgreSQL work queue instead of ingesting them")
	work := fs.Bool("queue", false, "work the shared PostgreSQL queue: claim, extract and store items (SOURCEs not needed)")
	drain := fs.Bool("drain", false, "with --queue, exit when the queue is empty")
	worker := fs.String("worker", "", "with --queue, this worker's name (default host:pid)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep ingest [flags] SOURCE...\n\nA SOURCE is a text or HTML file, a folder, a JSON Lines file of articles,\nan http(s) article URL or an RSS/Atom feed URL.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 && !*work {
		fs.Usage()
		return errors.New("ingest: no sources")
	}
	log := newLogger(e.stderr)
	st, err := openStore(ctx, e, *db, log)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	defer st.Close()
	eng, err := extract.New(extract.Options{})
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	x := &ingest.Expander{Fetcher: ingest.NewFetcher(ingest.FetcherOptions{
		Timeout: *timeout, MaxBytes: *maxBytes, AllowPrivate: *allowPrivate})}
	in := &ingest.Ingester{Store: st, Engine: eng, Expander: x, Log: log, Workers: *workers, Batch: *batch}
	if !*quiet {
		p := &ingest.Progress{Log: log}
		if isTerminal(e.stderr) {
			p.W = e.stderr
		}
		in.Progress = p
	}
	if *enqueue || *work {
		return runQueue(ctx, e, st, in, fs.Args(), *enqueue, *drain, *worker)
	}
	var files, feeds []string
	for _, s := range fs.Args() {
		if *follow && ingest.IsURL(s) {
			feeds = append(feeds, s)
		} else {
			files = append(files, s)
		}
	}
	if len(files) > 0 {
		sum, err := in.Run(ctx, files)
		log.Info("ingest done", "items", sum.Items, "new", sum.New, "versions", sum.Versions,
			"duplicates", sum.Duplicates, "errors", sum.Errors, "elapsed", sum.Elapsed.Round(time.Millisecond),
			"per_s", int(float64(sum.Items)/max(sum.Elapsed.Seconds(), 1e-3)))
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
	}
	if len(feeds) == 0 {
		return nil
	}
	log.Info("following feeds", "feeds", len(feeds), "interval", *interval)
	tasks := make(chan ingest.Task, 64)
	stats := &ingest.Stats{}
	f := &ingest.Follow{Expander: x, Interval: *interval, OnError: func(feed string, err error) {
		log.Warn("feed poll failed", ingest.KeyOrigin, feed, ingest.KeyErr, err)
	}}
	go func() {
		defer close(tasks)
		f.Run(ctx, feeds, func(t ingest.Task) error {
			stats.Tasks.Add(1)
			select {
			case tasks <- t:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	in.Progress = nil // a bar has no end when following; log lines do
	sum, err := in.RunTasks(ctx, tasks, stats)
	log.Info("follow stopped", "items", sum.Items, "new", sum.New, "errors", sum.Errors)
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("ingest: %w", err)
	}
	return nil
}

func runQueue(ctx context.Context, e env, st sitrep.Store, in *ingest.Ingester, sources []string, enqueue, drain bool, worker string) error {
	db, ok := st.(*ledger.DB)
	if !ok || db.DialectName() != "postgres" {
		return errors.New("ingest: the work queue needs a PostgreSQL ledger (--db postgres://…)")
	}
	q := postgres.NewQueue(db)
	if enqueue {
		n, bad, err := in.Enqueue(ctx, q, sources)
		if err != nil {
			return fmt.Errorf("ingest: enqueue: %w", err)
		}
		fmt.Fprintf(e.stdout, "queued %d items (%d sources or items skipped)\n", n, bad)
		return nil
	}
	if worker == "" {
		host, _ := os.Hostname()
		worker = fmt.Sprintf("%s:%d", host, os.Getpid())
	}
	in.Progress = nil
	sum, err := in.RunQueue(ctx, q, ingest.QueueOptions{Worker: worker, Drain: drain})
	in.Log.Info("queue worker stopped", "worker", worker, "new", sum.New, "duplicates", sum.Duplicates, "errors", sum.Errors)
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("ingest: %w", err)
	}
	return nil
}
