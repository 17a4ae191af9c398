package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"sitrep"
	"sitrep/internal/actors"
	"sitrep/internal/export"
	"sitrep/internal/extract"
)

// maxArticleBytes bounds what extract reads from one file; past it the
// input is not an article, and reading on would only burn memory.
const maxArticleBytes = 64 << 20

func runExtract(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	published := fs.String("published", "", "the articles' publication date, YYYY-MM-DD")
	id := fs.String("id", "", "record id (default: the file name without extension; one file only)")
	format := fs.String("format", "json", "output format: json (JSON Lines for several files) or acled (CSV with ACLED's columns)")
	places := fs.String("places", "", "a user gazetteer file (TSV or JSON) adding or overriding places")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep extract [--published YYYY-MM-DD] [--id ID] [--format json] FILE... (- is stdin)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		fs.Usage()
		return errors.New("extract: no input files")
	}
	if *id != "" && len(files) > 1 {
		return errors.New("extract: --id needs exactly one file")
	}
	var pub time.Time
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			return fmt.Errorf("extract: --published %q: want YYYY-MM-DD", *published)
		}
		pub = t
	}
	if *format != "json" && *format != "acled" {
		return fmt.Errorf("extract: unknown --format %q (want json or acled)", *format)
	}

	// Read every input first: an unreadable file is a usage error and must
	// fail before any output is written.
	arts := make([]extract.Article, len(files))
	for i, f := range files {
		txt, err := readInput(e, f)
		if err != nil {
			return err
		}
		arts[i] = extract.Article{ID: recordID(f, *id), Text: txt, Published: pub}
	}
	eng, err := extract.New(extract.Options{Places: *places})
	if err != nil {
		return err
	}
	recs := extractAll(ctx, eng, arts)
	if *format == "acled" {
		return writeACLED(e.stdout, recs)
	}
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if len(recs) == 1 {
		enc.SetIndent("", " ")
	}
	for i := range recs {
		if err := enc.Encode(&recs[i]); err != nil {
			return fmt.Errorf("extract: write record: %w", err)
		}
	}
	return w.Flush()
}

// extractAll runs the engine on all cores and returns records in input order.
func extractAll(ctx context.Context, eng *extract.Engine, arts []extract.Article) []sitrep.Record {
	recs := make([]sitrep.Record, len(arts))
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(arts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				recs[i] = eng.Extract(arts[i])
			}
		}()
	}
	for i := range arts {
		if ctx.Err() != nil {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
	return recs
}

func readInput(e env, name string) (string, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return "", fmt.Errorf("extract: %w", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return "", fmt.Errorf("extract: %s is a directory", name)
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxArticleBytes+1))
	if err != nil {
		return "", fmt.Errorf("extract: read %s: %w", name, err)
	}
	if len(b) > maxArticleBytes {
		return "", fmt.Errorf("extract: %s is larger than %d MB", name, maxArticleBytes>>20)
	}
	return string(b), nil
}

func recordID(file, id string) string {
	if id != "" {
		return id
	}
	if file == "-" {
		return "stdin"
	}
	base := filepath.Base(file)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func writeACLED(out io.Writer, recs []sitrep.Record) error {
	w := bufio.NewWriter(out)
	aw, err := export.NewACLED(w, acledOptions())
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	for i := range recs {
		if err := aw.WriteRecord(&recs[i]); err != nil {
			return fmt.Errorf("extract: write acled: %w", err)
		}
	}
	if err := aw.Close(); err != nil {
		return fmt.Errorf("extract: write acled: %w", err)
	}
	return w.Flush()
}

// acledOptions names countries and state forces as ACLED does, from the
// actor dictionary; without it the export writes codes and the record's
// names.
func acledOptions() export.Options {
	d, err := actors.Default()
	if err != nil {
		return export.Options{}
	}
	return export.Options{
		CountryName: func(code string) string {
			if c, ok := d.Country(code); ok {
				return c.Name
			}
			return ""
		},
		ActorName: d.ACLEDNameAt,
	}
}
