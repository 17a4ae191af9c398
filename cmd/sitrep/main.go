// Command sitrep turns conflict reporting into a source-attributed record.
// Each subcommand lives in its own file with its own flag set; main only
// dispatches, so every subcommand is testable through run.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"syscall"
)

// env is what a subcommand may touch of the outside world; tests swap it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

type command struct {
	run   func(ctx context.Context, e env, args []string) error
	usage string
}

var commands = map[string]command{
	"extract":   {runExtract, "extract articles into records (FORMAT.md)"},
	"ingest":    {runIngest, "ingest files, folders, JSONL, pages and feeds into the ledger"},
	"reextract": {runReextract, "re-run the current engine over stored articles"},
	"incidents": {runIncidents, "list incidents"},
	"claims":    {runClaims, "list claims"},
	"show":      {runShow, "show an incident, article or actor"},
	"export":    {runExport, "export the ledger as acled, geojson or jsonl"},
	"demo":      {runDemo, "ingest the bundled sample corpus and serve the UI"},
	"serve":     {runServe, "serve the web UI and JSON API"},
}

// gcPercent is the GC target sitrep runs with unless GOGC says otherwise.
// Extraction allocates a few MB per article and frees it all at once, so
// the default target collects several times per article; a higher one
// trades some resident memory (tens of MB) for a quarter more throughput
// (BenchmarkExtract: 4.3 → 5.3 MB/s per core).
const gcPercent = 400

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	if err := run(ctx, e, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "sitrep:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, e env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return fmt.Errorf("no command given")
		}
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		usage(e.stderr)
		return fmt.Errorf("unknown command %q", args[0])
	}
	if err := c.run(ctx, e, args[1:]); err != nil && !errors.Is(err, flag.ErrHelp) {
		return err
	}
	return nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: sitrep COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].usage)
	}
}
