package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"

	"sitrep"
	"sitrep/internal/ledger/postgres"
	"sitrep/internal/ledger/sqlite"
)

// defaultDB is the embedded ledger's file when neither --db nor SITREP_DB
// names one.
const defaultDB = "sitrep.db"

// dbFlag registers --db on fs.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "ledger: a SQLite file or postgres://… DSN (default $SITREP_DB, else "+defaultDB+")")
}

// openStore opens the ledger named by --db, $SITREP_DB or the default.
func openStore(ctx context.Context, e env, dsn string, log *slog.Logger) (sitrep.Store, error) {
	if dsn == "" {
		dsn = e.getenv("SITREP_DB")
	}
	if dsn == "" {
		dsn = defaultDB
	}
	if postgres.IsDSN(dsn) {
		return postgres.Open(ctx, dsn, log)
	}
	return sqlite.Open(ctx, strings.TrimPrefix(dsn, "sqlite://"), log)
}

func newLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// isTerminal reports whether w is a terminal (for progress bars and
// tables).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// filterFlags registers the query filters shared by incidents, claims and
// export.
type filterFlags struct {
	since, until, near, country, actor, typ, status, source *string
	party, independent                                      *bool
	limit                                                   *int
	cursor                                                  *string
}

func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	return &filterFlags{
		since:       fs.String("since", "", "only from this day on (YYYY-MM-DD)"),
		until:       fs.String("until", "", "only up to this day (YYYY-MM-DD)"),
		near:        fs.String("near", "", "only within LAT,LON,KM"),
		country:     fs.String("country", "", "only in this country (ISO code)"),
		actor:       fs.String("actor", "", "only involving this actor (key or name)"),
		typ:         fs.String("type", "", "only this ACLED event type"),
		status:      fs.String("status", "", "only this status: single_source, corroborated, parties_only, disputed"),
		source:      fs.String("source", "", "only with claims by this source"),
		party:       fs.Bool("party", false, "only claims by parties to the fighting"),
		independent: fs.Bool("independent", false, "only claims by independent sources"),
		limit:       fs.Int("limit", 50, "rows per page"),
		cursor:      fs.String("cursor", "", "continue from a previous page's cursor"),
	}
}

func (ff *filterFlags) filter() (sitrep.Filter, error) {
	f := sitrep.Filter{Since: *ff.since, Until: *ff.until, Country: *ff.country, Actor: *ff.actor,
		Type: *ff.typ, Status: *ff.status, Source: *ff.source, Party: *ff.party, Independent: *ff.independent,
		Page: sitrep.Page{Limit: *ff.limit, Cursor: *ff.cursor}}
	if *ff.party && *ff.independent {
		return f, errors.New("--party and --independent exclude each other")
	}
	if *ff.near != "" {
		parts := strings.Split(*ff.near, ",")
		if len(parts) != 3 {
			return f, fmt.Errorf("--near %q: want LAT,LON,KM", *ff.near)
		}
		var v [3]float64
		for i, p := range parts {
			x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
			if err != nil {
				return f, fmt.Errorf("--near %q: want LAT,LON,KM", *ff.near)
			}
			v[i] = x
		}
		f.Near = &sitrep.Near{Lat: v[0], Lon: v[1], KM: v[2]}
	}
	return f, nil
}
