// Package extract is the pipeline: it runs every stage over one article and
// assembles the record of FORMAT.md. Stages are pure and share one parsed
// text.Doc; the Engine holds only what is loaded once (dictionary,
// gazetteer) and is safe for concurrent use.
package extract

import (
	"fmt"
	"sync"
	"time"

	"sitrep"
	"sitrep/internal/actors"
	"sitrep/internal/attribution"
	"sitrep/internal/counts"
	"sitrep/internal/dates"
	"sitrep/internal/events"
	"sitrep/internal/gazetteer"
	"sitrep/internal/numbers"
	"sitrep/internal/text"
)

// Version identifies the engine that produced a record; the ledger keeps it
// so a newer engine can re-extract stored articles.
const Version = "0.1.0"

// Article is the engine's input.
type Article struct {
	ID     string
	Title  string // when empty, the first non-empty line of Text
	Text   string
	URL    string
	Outlet string
	// Published is the article's date; zero means unknown, and the engine
	// falls back to a dateline in the text, then to Options.Now.
	Published time.Time
}

// Options configures an Engine.
type Options struct {
	// Now supplies "today" when an article has no date; nil means time.Now.
	Now func() time.Time
	// Places is a user gazetteer file (TSV or JSON) whose places add to or
	// override the embedded gazetteer: the camp or front-line village no
	// dataset has.
	Places string
}

// Engine extracts records. Build one with New and share it.
type Engine struct {
	dict *actors.Dictionary
	gaz  *gazetteer.Gazetteer
	// states maps folded demonyms and country names to their state.
	states map[string]*actors.Country
	now    func() time.Time
	// scratch pools per-call buffers (*scratch) across articles: tokens
	// are a fifth of the bytes an article allocates, and neither a Doc nor
	// the number phrases outlive Extract.
	scratch sync.Pool
}

// scratch holds the buffers one Extract call uses and then gives back.
type scratch struct {
	tokens []text.Token
	quants []numbers.Quantity
	counts counts.Scratch
	claims attribution.Scratch
	spans  []sitrep.Span
	used   map[string]bool
}

// maxPooledTokens bounds the buffers kept for reuse, so one huge article
// does not pin its tokens for the life of the Engine.
const maxPooledTokens = 1 << 16

// New loads the embedded data every stage needs.
func New(opts Options) (*Engine, error) {
	d, err := actors.Default()
	if err != nil {
		return nil, fmt.Errorf("load actor dictionary: %w", err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	if opts.Places != "" {
		if g, err = g.WithUser(opts.Places); err != nil {
			return nil, fmt.Errorf("load user places: %w", err)
		}
	}
	e := &Engine{dict: d, gaz: g, now: opts.Now, states: stateIndex(d)}
	if e.now == nil {
		e.now = time.Now
	}
	return e, nil
}

// Extract runs every stage over one article. It never fails: any text gives
// a valid record, with warnings where the engine had to guess.
func (e *Engine) Extract(a Article) sitrep.Record {
	sc, _ := e.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	doc := text.ParseInto(maskBoilerplate(a.Text), sc.tokens)
	defer func() {
		if cap(doc.Tokens) <= maxPooledTokens {
			sc.tokens = doc.Tokens[:0]
			clear(sc.quants)
			sc.quants = sc.quants[:0]
			sc.counts.Reset()
			sc.claims.Reset()
			sc.spans = sc.spans[:0]
			clear(sc.used)
			e.scratch.Put(sc)
		}
	}()
	rec := sitrep.Record{
		ID: a.ID, Title: a.Title, URL: a.URL, Outlet: a.Outlet, Engine: Version,
		Entities: []sitrep.Entity{}, Places: []sitrep.Place{}, Times: []sitrep.Time{},
		Events: []sitrep.Event{}, Counts: []sitrep.Count{}, Claims: []sitrep.Claim{},
	}
	if rec.Title == "" {
		rec.Title = text.Title(a.Text)
	}
	pub := a.Published
	if pub.IsZero() {
		if d, ok := dates.DatelineAt(doc, e.now()); ok {
			pub = d
			rec.Warnings = append(rec.Warnings, "no published date given; using the dateline's date")
		}
	}
	if pub.IsZero() {
		pub = e.now().UTC().Truncate(24 * time.Hour)
		rec.Warnings = append(rec.Warnings, "no published date given or found in the text; using today's date")
	}
	rec.Published = pub.Format("2006-01-02")

	tab := e.dict.Table(doc)
	rec.Times = toTimes(doc, dates.Find(doc, pub))
	claims := attribution.FindScratch(doc, tab, &sc.claims)
	rec.Claims = toClaims(doc, tab, claims)
	sc.quants = numbers.AppendFind(sc.quants[:0], doc)
	rec.Counts = toCounts(counts.FindScratch(doc, sc.quants, claims, tab, &sc.counts), rec.Claims)
	// The record shares the table's entities rather than copying them: the
	// table is dropped when Extract returns.
	if tab.Entities != nil {
		rec.Entities = tab.Entities
	}
	sc.spans = appendEntitySpans(sc.spans[:0], rec.Entities)
	rec.Places = e.gaz.Places(doc, sc.spans)
	fp, dateline := focus(doc, rec.Places)
	rec.Events = events.Find(events.Input{
		Doc: doc, Published: pub, Entities: rec.Entities, Places: rec.Places, Times: rec.Times,
		Claims: rec.Claims, Counts: rec.Counts, Focus: fp, Dateline: dateline,
		StateForce: e.stateForce(doc, tab),
	})
	crowds(rec.Events, tab)
	if c := eventCountry(rec.Events, fp); c != "" {
		tab.Localise(c)
	}
	if tab.Entities != nil {
		rec.Entities = tab.Entities
	}
	if sc.used == nil {
		sc.used = make(map[string]bool)
	}
	pruneGeneric(&rec, tab, sc.used)
	normalise(&rec)
	return rec
}
