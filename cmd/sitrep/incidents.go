package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"sitrep"
)

func runIncidents(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("incidents", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	ff := addFilterFlags(fs)
	asJSON := fs.Bool("json", false, "print JSON for scripts")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep incidents [--since D] [--until D] [--near LAT,LON,KM] [--country CC] [--actor NAME] [--type T] [--status S] [--json]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		return fmt.Errorf("incidents: %w", err)
	}
	st, err := openStore(ctx, e, *db, newLogger(e.stderr))
	if err != nil {
		return fmt.Errorf("incidents: %w", err)
	}
	defer st.Close()
	incs, next, err := st.Incidents(ctx, f)
	if err != nil {
		return fmt.Errorf("incidents: %w", err)
	}
	if *asJSON {
		return writeJSON(e.stdout, struct {
			Incidents []sitrep.IncidentSummary `json:"incidents"`
			Next      string                   `json:"next,omitempty"`
		}{incs, next})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tTYPE\tPLACE\tSTATUS\tREPORTS\tKILLED\tACTORS")
	for _, i := range incs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", i.ID, dateSpan(i.Date, i.DateEnd), i.Type,
			placeText(i.Place, i.Country), i.Status, i.Reports, i.Fatalities, clipText(strings.Join(i.Actors, ", "), 60))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if next != "" {
		fmt.Fprintf(e.stderr, "more: --cursor %s\n", next)
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func dateSpan(from, to string) string {
	if to == "" || to == from {
		return from
	}
	return from + ".." + to
}

func placeText(name, country string) string {
	switch {
	case name == "" && country == "":
		return "-"
	case country == "":
		return name
	case name == "":
		return country
	}
	return name + ", " + country
}

func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
