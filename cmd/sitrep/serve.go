package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"sitrep"
	"sitrep/internal/extract"
	"sitrep/internal/ingest"
	"sitrep/internal/web"
)

// defaultAddr serves on loopback only; serving beyond this machine is a
// choice made with --addr (and, for writes, --token).
const defaultAddr = "127.0.0.1:8080"

func runServe(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	addr := fs.String("addr", defaultAddr, "address to listen on")
	sf := addServeFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := newLogger(e.stderr)
	st, err := openStore(ctx, e, *db, log)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer st.Close()
	return serveLedger(ctx, e, st, *addr, sf, log)
}

// serveFlags are the web server's options shared by serve and demo.
type serveFlags struct {
	token        *string
	allowPrivate *bool
	readOnly     *bool
}

func addServeFlags(fs *flag.FlagSet) *serveFlags {
	return &serveFlags{
		token:        fs.String("token", "", "bearer token required for writes (default $SITREP_TOKEN; without one, writes only from loopback)"),
		allowPrivate: fs.Bool("allow-private", false, "let submitted URLs point at private and loopback addresses"),
		readOnly:     fs.Bool("read-only", false, "refuse every write"),
	}
}

// serveLedger serves st on addr until ctx ends.
func serveLedger(ctx context.Context, e env, st sitrep.Store, addr string, sf *serveFlags, log *slog.Logger) error {
	o := web.Options{Token: *sf.token, Log: log}
	if o.Token == "" {
		o.Token = e.getenv("SITREP_TOKEN")
	}
	if !*sf.readOnly {
		eng, err := extract.New(extract.Options{})
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		f := ingest.NewFetcher(ingest.FetcherOptions{Timeout: 15 * time.Second, MaxBytes: 5 << 20, AllowPrivate: *sf.allowPrivate})
		o.Ingest = web.NewIngester(st, eng, f)
	}
	err := web.Serve(ctx, st, addr, o, func(url string) {
		fmt.Fprintf(e.stdout, "Serving the ledger at %s (Ctrl-C to stop)\n", url)
	})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
