package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"sitrep"
)

func runShow(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON for scripts")
	withText := fs.Bool("text", false, "for an article, print its text too")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep show [--json] incident|article|actor ID")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return errors.New("show: want a kind (incident, article, actor) and an id")
	}
	kind, id := fs.Arg(0), fs.Arg(1)
	st, err := openStore(ctx, e, *db, newLogger(e.stderr))
	if err != nil {
		return fmt.Errorf("show: %w", err)
	}
	defer st.Close()
	var v any
	var text func(io.Writer)
	switch kind {
	case "incident":
		d, err := st.Incident(ctx, id)
		if err != nil {
			return fmt.Errorf("show: %w", err)
		}
		v, text = d, func(w io.Writer) { printIncident(w, &d) }
	case "article":
		d, err := st.Article(ctx, id)
		if err != nil {
			return fmt.Errorf("show: %w", err)
		}
		if !*withText && !*asJSON {
			d.Article.Text = ""
		}
		v, text = d, func(w io.Writer) { printArticle(w, &d) }
	case "actor":
		d, err := st.Actor(ctx, id)
		if err != nil {
			return fmt.Errorf("show: %w", err)
		}
		v, text = d, func(w io.Writer) { printActor(w, &d) }
	default:
		return fmt.Errorf("show: unknown kind %q: want incident, article or actor", kind)
	}
	if *asJSON {
		return writeJSON(e.stdout, v)
	}
	text(e.stdout)
	return nil
}

func partyText(p sitrep.Party) string {
	if r := role(p); r != "-" {
		return p.Name + " (" + r + ")"
	}
	return p.Name
}

func rangeText(r sitrep.Range) string {
	switch {
	case r.Max == nil:
		return fmt.Sprintf("at least %d", r.Min)
	case *r.Max == r.Min:
		return fmt.Sprint(r.Min)
	}
	return fmt.Sprintf("%d to %d", r.Min, *r.Max)
}

func printIncident(w io.Writer, d *sitrep.IncidentDetail) {
	fmt.Fprintf(w, "Incident %s: %s", d.ID, d.Type)
	if d.SubType != "" {
		fmt.Fprintf(w, " (%s)", d.SubType)
	}
	fmt.Fprintf(w, "\nWhen:    %s\n", dateSpan(d.Date, d.DateEnd))
	if d.Lat != 0 || d.Lon != 0 {
		fmt.Fprintf(w, "Where:   %s (%.4f, %.4f, within %.0f km)\n", placeText(d.Place, d.Country), d.Lat, d.Lon, d.PrecisionKM)
	}
	if len(d.Actors) > 0 {
		fmt.Fprintf(w, "Actors:  %s\n", strings.Join(d.Actors, ", "))
	}
	fmt.Fprintf(w, "Status:  %s\n", d.Status)
	for _, r := range d.StatusReasons {
		fmt.Fprintf(w, "  - %s\n", r)
	}
	fmt.Fprintf(w, "\nReports: %d articles from %s\n", d.Reports, strings.Join(d.Outlets, ", "))
	for _, r := range d.EventReports {
		fmt.Fprintf(w, "  %s  %s  %s  %s  %q\n", r.UID, r.Published, orDash(r.Outlet), r.Event.Type, clipText(r.Title, 70))
	}
	if len(d.Links) > 0 {
		fmt.Fprintln(w, "\nLinked because:")
		for _, l := range d.Links {
			fmt.Fprintf(w, "  %s + %s: %s\n", l.A, l.B, l.Reason)
		}
	}
	if len(d.Claimants) > 0 {
		fmt.Fprintln(w, "\nWho says what:")
		for _, c := range d.Claimants {
			fmt.Fprintf(w, "  %s\n", partyText(c.Claimant))
			for _, r := range c.Ranges {
				fmt.Fprintf(w, "    %s: %s  (%s)\n", r.Status, rangeText(r), strings.Join(r.Reports, ", "))
			}
			for _, q := range c.Claims {
				fmt.Fprintf(w, "    %s%q  (%s)\n", denialMark(q.Claim), clipText(q.Claim.Text, 100), q.ArticleID)
			}
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func printArticle(w io.Writer, d *sitrep.ArticleDetail) {
	a := &d.Article
	fmt.Fprintf(w, "Article %s: %s\n", a.ID, a.Title)
	fmt.Fprintf(w, "Outlet:     %s\nPublished:  %s\n", orDash(a.Outlet), orDash(a.Published))
	if a.URL != "" {
		fmt.Fprintf(w, "URL:        %s\n", a.URL)
	}
	fmt.Fprintf(w, "Version:    %d of %d (hash %s)\n", a.Version, len(d.Versions), a.Hash[:12])
	fmt.Fprintf(w, "Engine:     %s (%d records kept)\n", d.Engine, len(d.Records))
	r := &d.Record
	fmt.Fprintf(w, "Record:     %d entities, %d places, %d times, %d events, %d counts, %d claims\n",
		len(r.Entities), len(r.Places), len(r.Times), len(r.Events), len(r.Counts), len(r.Claims))
	if len(d.Incidents) > 0 {
		fmt.Fprintf(w, "Incidents:  %s\n", strings.Join(d.Incidents, ", "))
	}
	if len(r.Events) > 0 {
		fmt.Fprintln(w, "\nEvents:")
		for _, ev := range r.Events {
			place := "-"
			if ev.Place != nil {
				place = ev.Place.Name
			}
			fmt.Fprintf(w, "  %s  %s  %s  %s\n", ev.ID, dateSpan(ev.Date, ev.DateEnd), ev.Type, place)
		}
	}
	if len(r.Claims) > 0 {
		fmt.Fprintln(w, "\nClaims:")
		names := map[string]string{}
		for _, e := range r.Entities {
			names[e.ID] = e.Name
		}
		for _, c := range r.Claims {
			src := names[c.Source]
			if src == "" {
				src = c.Source
			}
			fmt.Fprintf(w, "  %s: %s%q\n", src, denialMark(c), clipText(c.Text, 100))
		}
	}
	if a.Text != "" {
		fmt.Fprintf(w, "\n%s\n", a.Text)
	}
}

func printActor(w io.Writer, d *sitrep.ActorDetail) {
	p := d.Actor
	fmt.Fprintf(w, "Actor %s (%s)\nKind:  %s\nRole:  %s\n", p.Name, p.Key, orDash(p.Kind), role(p))
	if p.Country != "" {
		fmt.Fprintf(w, "Country: %s\n", p.Country)
	}
	fmt.Fprintf(w, "\nIncidents (%d):\n", len(d.Incidents))
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	for _, i := range d.Incidents {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", i.ID, dateSpan(i.Date, i.DateEnd), i.Type, placeText(i.Place, i.Country), i.Status)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nClaims it made (%d):\n", len(d.Claims))
	for _, q := range d.Claims {
		fmt.Fprintf(w, "  %s  %s%q  (%s)\n", q.Published, denialMark(q.Claim), clipText(q.Claim.Text, 90), q.ArticleID)
	}
	if len(d.Casualties) > 0 {
		fmt.Fprintln(w, "\nCasualties in its events, as each claimant reports them:")
		tw = tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
		for _, c := range d.Casualties {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", c.Date, c.Claimant.Name, c.Status,
				rangeText(sitrep.Range{Min: c.Min, Max: c.Max}), clipText(c.Who, 40))
		}
		tw.Flush()
	}
}
