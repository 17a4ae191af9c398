package main

import (
	"context"
	"flag"
	"fmt"

	"sitrep/internal/extract"
	"sitrep/internal/ingest"
)

func runReextract(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("reextract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	force := fs.Bool("force", false, "re-extract even articles whose record is from this engine version")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep reextract [--db DSN] [--force]\n\nRuns this engine over stored articles and appends the new records;\nearlier records are kept.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := newLogger(e.stderr)
	st, err := openStore(ctx, e, *db, log)
	if err != nil {
		return fmt.Errorf("reextract: %w", err)
	}
	defer st.Close()
	eng, err := extract.New(extract.Options{})
	if err != nil {
		return fmt.Errorf("reextract: %w", err)
	}
	done, skipped, err := ingest.Reextract(ctx, st, eng, extract.Version, *force, log)
	if err != nil {
		return fmt.Errorf("reextract: %w", err)
	}
	fmt.Fprintf(e.stdout, "re-extracted %d articles with engine %s; %d already current\n", done, extract.Version, skipped)
	return nil
}
