package main

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"

	"sitrep"
)

func runClaims(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("claims", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	ff := addFilterFlags(fs)
	asJSON := fs.Bool("json", false, "print JSON for scripts")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep claims [--source NAME] [--party|--independent] [--since D] [--until D] [--json]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	st, err := openStore(ctx, e, *db, newLogger(e.stderr))
	if err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	defer st.Close()
	qs, next, err := st.Claims(ctx, f)
	if err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	if *asJSON {
		return writeJSON(e.stdout, struct {
			Claims []sitrep.Quote `json:"claims"`
			Next   string         `json:"next,omitempty"`
		}{qs, next})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSOURCE\tROLE\tARTICLE\tINCIDENT\tCLAIM")
	for _, q := range qs {
		inc := q.Incident
		if inc == "" {
			inc = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", q.Published, clipText(q.Source.Name, 30), role(q.Source),
			q.ArticleID, inc, clipText(denialMark(q.Claim)+q.Claim.Text, 80))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if next != "" {
		fmt.Fprintf(e.stderr, "more: --cursor %s\n", next)
	}
	return nil
}

func role(p sitrep.Party) string {
	switch {
	case p.Party:
		return "party"
	case p.Independent:
		return "independent"
	}
	return "-"
}

func denialMark(c sitrep.Claim) string {
	if c.Denial {
		return "[denial] "
	}
	return ""
}
