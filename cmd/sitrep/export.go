package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"sitrep"
	"sitrep/internal/export"
)

func runExport(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	ff := addFilterFlags(fs)
	format := fs.String("format", "jsonl", "acled, geojson or jsonl")
	out := fs.String("out", "", "write to this file instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep export --format acled|geojson|jsonl [filters] [--out FILE]\n\nExports events (one per report) with their incident.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	f.Limit = 1000
	var write func(*sitrep.EventReport) error
	var closeW func() error
	var w io.Writer = e.stdout
	if *out != "" {
		file, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer file.Close()
		bw := bufio.NewWriter(file)
		defer bw.Flush()
		w = bw
	}
	switch *format {
	case "acled":
		a, err := export.NewACLED(w, acledOptions())
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		write, closeW = a.Write, a.Close
	case "geojson":
		g, err := export.NewGeoJSON(w)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		write = func(r *sitrep.EventReport) error { return g.Write(r, r.Incident) }
		closeW = g.Close
	case "jsonl":
		j := export.NewJSONL(w)
		write = func(r *sitrep.EventReport) error { return j.Write(r) }
		closeW = j.Close
	default:
		return fmt.Errorf("export: unknown --format %q: want acled, geojson or jsonl", *format)
	}
	st, err := openStore(ctx, e, *db, newLogger(e.stderr))
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer st.Close()
	for {
		evs, next, err := st.Events(ctx, f)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		for i := range evs {
			if err := write(&evs[i]); err != nil {
				return fmt.Errorf("export: %w", err)
			}
		}
		if next == "" {
			break
		}
		f.Cursor = next
	}
	if err := closeW(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
