package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"sitrep"
	"sitrep/internal/extract"
	"sitrep/internal/ingest"
)

// demoCorpus is the bundled sample corpus, relative to the repository.
const demoCorpus = "testdata/dev"

func runDemo(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	corpus := fs.String("corpus", demoCorpus, "folder of sample articles (*.txt)")
	db := fs.String("db", "", "ledger to fill (default: a fresh SQLite file in a temporary folder)")
	noServe := fs.Bool("no-serve", false, "print the summary and exit instead of serving the UI")
	addr := fs.String("addr", defaultAddr, "address to serve the UI on")
	sf := addServeFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := newLogger(e.stderr)
	st, where, err := buildDemo(ctx, e, *corpus, *db, log)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer st.Close()
	if err := printDemoSummary(ctx, e.stdout, st, where); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if *noServe {
		return nil
	}
	return serveLedger(ctx, e, st, *addr, sf, log)
}

// buildDemo ingests the sample corpus's articles (*.txt only: the *.json
// beside them are gold records, not articles) into dsn, or into a fresh
// temporary SQLite ledger, and returns the open store and where it is.
func buildDemo(ctx context.Context, e env, corpus, dsn string, log *slog.Logger) (sitrep.Store, string, error) {
	files, err := filepath.Glob(filepath.Join(corpus, "*.txt"))
	if err != nil {
		return nil, "", err
	}
	if len(files) == 0 {
		return nil, "", fmt.Errorf("no articles in %s (run from the repository root or pass --corpus)", corpus)
	}
	if dsn == "" {
		dir, err := os.MkdirTemp("", "sitrep-demo-")
		if err != nil {
			return nil, "", err
		}
		dsn = filepath.Join(dir, "sitrep.db")
	}
	st, err := openStore(ctx, e, dsn, log)
	if err != nil {
		return nil, "", err
	}
	eng, err := extract.New(extract.Options{})
	if err != nil {
		st.Close()
		return nil, "", err
	}
	src, err := demoJSONL(files)
	if err != nil {
		st.Close()
		return nil, "", err
	}
	defer os.Remove(src)
	in := &ingest.Ingester{Store: st, Engine: eng, Expander: &ingest.Expander{}, Log: log}
	sum, err := in.Run(ctx, []string{src})
	if err != nil {
		st.Close()
		return nil, "", err
	}
	log.Info("demo corpus ingested", "articles", sum.Items, "new", sum.New, "errors", sum.Errors, "elapsed", sum.Elapsed)
	return st, dsn, nil
}

func printDemoSummary(ctx context.Context, w io.Writer, st sitrep.Store, where string) error {
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Ledger %s\n", where)
	fmt.Fprintf(w, "  %d articles, %d events, %d claims, %d incidents\n", stats.Articles, stats.Events, stats.Claims, stats.Incidents)
	var statuses []string
	for _, s := range []string{sitrep.IncidentCorroborated, sitrep.IncidentDisputed, sitrep.IncidentPartiesOnly, sitrep.IncidentSingleSource} {
		statuses = append(statuses, fmt.Sprintf("%s %d", s, stats.ByStatus[s]))
	}
	fmt.Fprintf(w, "  by status: %s\n", strings.Join(statuses, ", "))
	var all []sitrep.IncidentSummary
	f := sitrep.Filter{Page: sitrep.Page{Limit: 1000}}
	for {
		incs, next, err := st.Incidents(ctx, f)
		if err != nil {
			return err
		}
		all = append(all, incs...)
		if next == "" {
			break
		}
		f.Cursor = next
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Reports != all[j].Reports {
			return all[i].Reports > all[j].Reports
		}
		return all[i].ID < all[j].ID
	})
	fmt.Fprintln(w, "\nIncidents reported by the most articles:")
	for i, inc := range all[:min(10, len(all))] {
		fmt.Fprintf(w, "  %2d. %s  %s  %s  %s  %s, %d reports (%s)\n", i+1, inc.ID, dateSpan(inc.Date, inc.DateEnd),
			inc.Type, placeText(inc.Place, inc.Country), inc.Status, inc.Reports, strings.Join(inc.Outlets, ", "))
	}
	shown := 0
	for _, inc := range all {
		if inc.Status != sitrep.IncidentDisputed || shown >= 5 {
			continue
		}
		if shown == 0 {
			fmt.Fprintln(w, "\nDisputed:")
		}
		shown++
		d, err := st.Incident(ctx, inc.ID)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %s  %s  %s\n", d.ID, dateSpan(d.Date, d.DateEnd), d.Type)
		for _, r := range d.StatusReasons {
			fmt.Fprintf(w, "    - %s\n", clipText(r, 160))
		}
	}
	fmt.Fprintf(w, "\nNext: sitrep incidents --db %s --status disputed\n      sitrep show --db %s incident ID\n", where, where)
	return nil
}

// demoJSONL writes the corpus as a JSON Lines source. An article's
// publication date is input metadata (what a feed or `extract --published`
// supplies), and the corpus keeps it in the "published" field of the file
// beside each article; nothing else of those files is read.
func demoJSONL(files []string) (string, error) {
	f, err := os.CreateTemp("", "sitrep-demo-*.jsonl")
	if err != nil {
		return "", err
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, path := range files {
		text, err := os.ReadFile(path)
		if err != nil {
			return "", err
		}
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		a := ingest.JSONArticle{ID: id, Text: string(text)}
		if meta, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".json"); err == nil {
			var m struct {
				Published string `json:"published"`
			}
			if json.Unmarshal(meta, &m) == nil {
				a.Published = m.Published
			}
		}
		if err := enc.Encode(a); err != nil {
			return "", err
		}
	}
	return f.Name(), f.Close()
}
