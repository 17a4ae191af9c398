// Package events codes what happened, ACLED-style: each clause's trigger
// (a clash, a strike, a killing, a protest, a withdrawal) becomes an event
// with the clause's own time, place and actors, and mentions of one
// happening across sentences merge into one event.
package events

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	"sitrep"
	"sitrep/internal/text"
)

// Input is everything the earlier stages found in one article.
type Input struct {
	Doc       *text.Doc
	Published time.Time
	Entities  []sitrep.Entity
	Places    []sitrep.Place
	Times     []sitrep.Time
	Claims    []sitrep.Claim
	Counts    []sitrep.Count
	// Focus is the article's main place (its dateline), used when a clause
	// names none.
	Focus *sitrep.Place
	// Dateline is the span of the dateline's place; where a story is filed
	// from is not where its events happened.
	Dateline sitrep.Span
	// StateForce resolves a demonym or country name at a token ("Israeli
	// airstrike", "Russia's missile attack") to the entity id of that
	// state's forces, adding the entity when needed. It may be nil.
	StateForce func(tok int) (string, bool)
}

// anchor is something found at a token position: a place, time or entity.
type anchor struct {
	tok int // first token
	end int // token after the last
	idx int // index into the Input slice it came from
}

// anchors is a list of anchors sorted by token, with, per token, the index
// of the first anchor starting at or after it: the rules ask which anchors
// start in a sentence for every clause and many tokens, and a table read
// answers where two binary searches did.
type anchors struct {
	list []anchor
	from []int32 // len(Doc.Tokens)+1 entries
}

// at returns the index of the first anchor starting at or after token tok.
func (as anchors) at(tok int) int {
	if tok <= 0 {
		return 0
	}
	if tok >= len(as.from) {
		return len(as.list)
	}
	return int(as.from[tok])
}

// newAnchors sorts list and indexes it in from, which has
// len(tokens)+1 entries.
func newAnchors(list []anchor, from []int32) anchors {
	slices.SortFunc(list, func(a, b anchor) int { return cmp.Compare(a.tok, b.tok) })
	t := 0
	for j, a := range list {
		for ; t <= a.tok; t++ {
			from[t] = int32(j)
		}
	}
	for ; t < len(from); t++ {
		from[t] = int32(len(list))
	}
	return anchors{list, from}
}

type index struct {
	places, times, ents anchors
	// claims and counts hold, per sentence, the indices into Input.Claims
	// and Input.Counts that overlap it.
	claims, counts [][]int
	// country is the most-mentioned country, the last resort for a place.
	country *sitrep.Place
	// pubStart and pubEnd are the published-date window, formatted once.
	pubStart, pubEnd string
	// claimWord and blameWord hold, per sentence, the first token of a
	// claim or blame word ("claimed", "blames") and of a blame word alone,
	// or -1: the searches for a claimant look back or ahead over many
	// sentences for each act.
	claimWord, blameWord []int
	// eventPlaces holds, per Input.Places entry, its event place once made.
	eventPlaces []*sitrep.EventPlace
	// focusPlace and regionPlace are the event places of Input.Focus and
	// of its region, once made: the focus and its region are fixed for
	// the article.
	focusPlace, regionPlace *sitrep.EventPlace
}

// sentence is a sentence with its index in the doc.
type sentence struct {
	text.Sentence
	idx int
}

// within returns the anchors whose first token lies in sentence s.
func within(as anchors, s text.Sentence) []anchor {
	lo := as.at(s.First)
	return as.list[lo:max(lo, as.at(s.Last))]
}

// bySentence lists, per sentence, the spans that overlap it, reusing m
// and its rows.
func bySentence(m [][]int, d *text.Doc, spans []sitrep.Span) [][]int {
	if cap(m) < len(d.Sentences) {
		m = make([][]int, len(d.Sentences))
	}
	m = m[:len(d.Sentences)]
	for k := range m {
		m[k] = m[k][:0]
	}
	for i, sp := range spans {
		if sp[1] <= sp[0] {
			continue
		}
		a := d.SentenceOf(d.TokenAt(sp[0]))
		b := d.SentenceOf(d.TokenAt(sp[1] - 1))
		for k := a; k <= b && k < len(d.Sentences); k++ {
			m[k] = append(m[k], i)
		}
	}
	return m
}

// scratch holds one find call's working memory. It is pooled because
// find runs once per article and its buffers are sized by the article;
// nothing returned to the caller points into it.
type scratch struct {
	ix     index
	from   []int32
	anchor []anchor
	spans  []sitrep.Span
	words  []int
	forces []force
	found  []found
	sc     []candidate
	cands  []candidate
	merged []candidate
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// grow returns b with length n, reusing its array when large enough.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// index builds the article's index in the scratch's buffers.
func (w *scratch) index(in *Input) *index {
	ix := &w.ix
	*ix = index{claims: ix.claims, counts: ix.counts, eventPlaces: grow(ix.eventPlaces, len(in.Places))}
	clear(ix.eventPlaces)
	d := in.Doc
	np, nt, ne := 0, 0, 0
	for i := range in.Places {
		np += len(in.Places[i].Mentions)
	}
	for i := range in.Times {
		nt += len(in.Times[i].Mentions)
	}
	for i := range in.Entities {
		ne += len(in.Entities[i].Mentions)
	}
	w.anchor = grow(w.anchor, np+nt+ne)
	places, times, ents := w.anchor[:0:np], w.anchor[np:np:np+nt], w.anchor[np+nt:np+nt]
	span := func(s sitrep.Span) (int, int) {
		a := d.TokenAt(s[0])
		b := d.TokenAt(s[1]-1) + 1
		return a, b
	}
	for i := range in.Places {
		for _, m := range in.Places[i].Mentions {
			if m == in.Dateline && m[1] > 0 {
				continue
			}
			a, b := span(m)
			places = append(places, anchor{a, b, i})
		}
	}
	for i := range in.Times {
		for _, m := range in.Times[i].Mentions {
			a, b := span(m)
			times = append(times, anchor{a, b, i})
		}
	}
	for i := range in.Entities {
		for _, m := range in.Entities[i].Mentions {
			a, b := span(m)
			ents = append(ents, anchor{a, b, i})
		}
	}
	n := len(d.Tokens) + 1
	w.from = grow(w.from, 3*n)
	from := w.from
	ix.places = newAnchors(places, from[:n:n])
	ix.times = newAnchors(times, from[n:2*n:2*n])
	ix.ents = newAnchors(ents, from[2*n:])
	w.spans = grow(w.spans, max(len(in.Claims), len(in.Counts)))
	cs := w.spans[:len(in.Claims)]
	for i := range in.Claims {
		cs[i] = in.Claims[i].Span
	}
	ix.claims = bySentence(ix.claims, d, cs)
	ns := w.spans[:len(in.Counts)]
	for i := range in.Counts {
		ns[i] = in.Counts[i].Span
	}
	ix.counts = bySentence(ix.counts, d, ns)
	ix.pubStart, ix.pubEnd = in.Published.AddDate(0, 0, -1).Format("2006-01-02"), in.Published.Format("2006-01-02")
	w.words = grow(w.words, 2*len(d.Sentences))
	ix.claimWord, ix.blameWord = claimWords(w.words, d)
	for i := range in.Places {
		if in.Places[i].Kind == "country" && (ix.country == nil || len(in.Places[i].Mentions) > len(ix.country.Mentions)) {
			ix.country = &in.Places[i]
		}
	}
	return ix
}

// candidate is an event before merging.
type candidate struct {
	typ, sub   string
	trig       int // trigger token
	sent       int
	date, end  string
	precision  int
	place      *sitrep.EventPlace
	actors     []string
	claims     []string
	counts     []string
	strong     bool
	dateStated bool
	// enum marks a copy made for another place of an enumeration.
	enum bool
	// headline marks a candidate from the article's first paragraph when
	// a body follows: a headline names the happening, the body places it.
	headline bool
	// definite marks an act named as already known ("the strike", "after
	// the attack"); ownTime a date taken from the candidate's own sentence.
	definite, ownTime bool
	// generic marks an act named by a noun of no particular type ("the
	// attack", "the assault"): as a reference it takes the type of the act
	// it points to.
	generic bool
	// placeOwn marks a place the candidate's own sentence names; a place
	// borrowed from the context does not keep two mentions apart.
	placeOwn bool
	// update marks a count's update ("the toll rose to 55 on Wednesday"):
	// it adds to the act it counts, wherever that is told.
	update bool
}

// genericActs name an act without saying what kind.
var genericActs = newWordSet(map[string]bool{"attack": true, "attacks": true, "assault": true, "raid": true, "incident": true})

// Find codes the events of one article.
func Find(in Input) []sitrep.Event { return find(&in) }

// find is Find with its input shared, not copied, by the helpers.
func find(in *Input) []sitrep.Event {
	d := in.Doc
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	w := scratchPool.Get().(*scratch)
	defer scratchPool.Put(w)
	ix := w.index(in)
	cands := w.cands[:0]
	lastTime := -1  // index into in.Times of the latest time seen, within the paragraph
	lastPlace := -1 // likewise for places
	para := -1
	var paraTold []string // types of the paragraph's candidates
	sc := w.sc[:0]        // the sentence's candidates, reused: pruneClauses copies out
	for si, s := range d.Sentences {
		if s.Para != para {
			para, lastTime, lastPlace = s.Para, -1, -1
			paraTold = paraTold[:0]
		}
		// A trigger with neither a time nor a place of its own in its
		// sentence is background ("to carry out attacks"), not a happening,
		// save the pluperfect act below.
		anchored := localAnchor(ix.times, sentence{s, si}) || localAnchor(ix.places, sentence{s, si})
		var all, found []found
		if anchored {
			all = appendTriggers(w.found[:0], d, s)
			if cap(all) > cap(w.found) {
				w.found = all
			}
			found = all
		} else if lastPlace >= 0 || lastTime >= 0 {
			// "He said RSF fighters had looted the market": a pluperfect
			// act in a paragraph already placed is one more happening of
			// that scene, when it is of a type the paragraph has not told;
			// a habitual or general act has no "had".
			all = appendTriggers(w.found[:0], d, s)
			if cap(all) > cap(w.found) {
				w.found = all
			}
			for _, f := range all {
				if !slices.Contains(paraTold, f.trigger.typ) && pluperfect(d, s, f.tok) {
					found = append(found, f)
				}
			}
		}
		// A clause names one or two acts; a "sentence" with dozens is a
		// list or junk, and capping it keeps the work per sentence linear.
		if len(found) > maxTriggers {
			found = found[:maxTriggers]
		}
		sc = sc[:0]
		// A count's update is a property of the sentence, not the trigger.
		update := len(found) > 0 && tollUpdate(d, s)
		for _, f := range found {
			c := candidate{typ: f.trigger.typ, sub: f.trigger.sub, trig: f.tok, sent: si, strong: f.trigger.strong,
				headline: s.Para == 0 && len(d.Sentences) > 1 && d.Sentences[len(d.Sentences)-1].Para > 0 || entryHeader(d, s)}
			w := eventDate(in, ix, sentence{s, si}, f.tok, lastTime)
			if w.date == "" {
				continue
			}
			c.date, c.end, c.precision, c.dateStated, c.ownTime = w.date, w.end, w.precision, w.stated, w.own
			c.definite = definite(d, s, f.tok)
			c.generic = genericActs.has(&d.Tokens[f.tok])
			c.update = update
			c.place, c.placeOwn = eventPlace(in, ix, sentence{s, si}, f.tok, f.trigger.typ, lastPlace)
			c.actors = eventActors(in, ix, sentence{s, si}, f.tok, f.trigger.typ == sitrep.StrategicDevelopmt || f.trigger.typ == sitrep.Protests || f.trigger.typ == sitrep.Riots)
			classify(&c, f.trigger, d, s, in, ix, all)
			if c.typ == "" {
				continue
			}
			attach(&c, in, ix, sentence{s, si})
			sc = append(sc, c)
			// "near Kleshcheyevka, Andreyevka and Bohdanivka": ACLED codes
			// one event per location.
			for _, pi := range coordinated(in, ix, s, c.place) {
				cc := c
				cc.enum = true
				p := in.Places[pi]
				cc.place = &sitrep.EventPlace{Name: p.Name, Lat: p.Lat, Lon: p.Lon, PrecisionKM: p.PrecisionKM,
					Country: p.Country, Admin1: p.Admin1, Place: p.ID}
				sc = append(sc, cc)
			}
		}
		n0 := len(cands)
		cands = appendPruned(cands, d, sc)
		kept := cands[n0:]
		for _, c := range kept {
			if !slices.Contains(paraTold, c.typ) {
				paraTold = append(paraTold, c.typ)
			}
		}
		if t := lastActTime(in, ix, sentence{s, si}); t >= 0 {
			lastTime = t
		}
		if ps := within(ix.places, s); len(ps) > 0 {
			lastPlace = ps[len(ps)-1].idx
		}
	}
	w.sc, w.cands = sc, cands
	retypeInArticle(d, cands)
	w.merged = mergeInto(w.merged[:0], absorbWeak(in.Doc, dropBackground(d, cands, in.Published)))
	return assemble(w.merged, in, w)
}

// retypeInArticle settles each act's type against the rest of the article,
// once every clause has its candidate: a withdrawal that is the loser's view
// of a capture, a headline's bare attack, fire told within a battle, and a
// vague attack typed by what its initiator does elsewhere. The order is the
// one the rules were measured in.
func retypeInArticle(d *text.Doc, cs []candidate) {
	yieldedGround(d, cs)
	retypeHeadlines(d, cs)
	fireInBattle(d, cs)
	retypeByModus(d, cs)
}

// absorbWeak folds casualty-only candidates ("12 people were killed") into
// a strong candidate of the same paragraph, the act that caused them; a
// casualty with no act in reach stays an event of its own.
func absorbWeak(d *text.Doc, cs []candidate) []candidate {
	// The strong candidates grouped by paragraph, in text order within
	// each: one slice searched by paragraph, not a map of many slices.
	strong := make([]int, 0, len(cs))
	for j := range cs {
		if cs[j].strong {
			strong = append(strong, j)
		}
	}
	para := func(j int) int { return d.Sentences[cs[j].sent].Para }
	slices.SortStableFunc(strong, func(a, b int) int { return cmp.Compare(para(a), para(b)) })
	for i, c := range cs {
		if c.strong {
			continue
		}
		// The strong candidates of a paragraph are in text order: the nearest
		// is next to where this sentence would go.
		p := d.Sentences[c.sent].Para
		lo := sort.Search(len(strong), func(k int) bool { return para(strong[k]) >= p })
		hi := lo + sort.Search(len(strong)-lo, func(k int) bool { return para(strong[lo+k]) > p })
		hosts := strong[lo:hi]
		if len(hosts) == 0 {
			continue
		}
		k := sort.Search(len(hosts), func(k int) bool { return cs[hosts[k]].sent >= c.sent })
		host := -1
		for _, h := range []int{k - 1, k} {
			if h >= 0 && h < len(hosts) && (host < 0 || abs(cs[hosts[h]].sent-c.sent) < abs(cs[host].sent-c.sent)) {
				host = hosts[h]
			}
		}
		cs[host].counts = union(cs[host].counts, c.counts)
		cs[host].claims = union(cs[host].claims, c.claims)
		cs[i].typ = ""
	}
	// Compact in place: candidates are large, and cs is not used again.
	out := cs[:0]
	for _, c := range cs {
		if c.typ != "" {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// claimAt returns the content span of the claim holding token tok, if any.
func claimAt(in *Input, ix *index, s sentence, tok int) *sitrep.Span {
	for _, ci := range ix.claims[s.idx] {
		// The span is returned in place, not copied: callers only read it.
		sp := &in.Claims[ci].Span
		if inAny(in.Doc, []sitrep.Span{*sp}, tok) && !narrated(in.Doc, *sp, tok) {
			return sp
		}
	}
	return nil
}

// narrated reports an act told after ", while" or ", whereas" inside a
// claim's content: "said it had taken the city, while in Kinshasa
// protesters stormed the embassies" tells the second act in the
// narrator's voice, dated by the sentence, not bounded by the saying.
func narrated(d *text.Doc, sp sitrep.Span, tok int) bool {
	for k := tok - 1; k > 0 && d.Tokens[k-1].Start >= sp[0]; k-- {
		switch d.Tokens[k].Norm {
		case "while", "whereas":
			return d.Tokens[k-1].Norm == ","
		}
	}
	return false
}

// claimContent appends the spans of the sentence's claims to out.
func claimContent(in *Input, ix *index, s sentence, out []sitrep.Span) []sitrep.Span {
	for _, ci := range ix.claims[s.idx] {
		out = append(out, in.Claims[ci].Span)
	}
	return out
}

func inAny(d *text.Doc, spans []sitrep.Span, tok int) bool {
	off := d.Tokens[tok].Start
	for _, sp := range spans {
		if off >= sp[0] && off < sp[1] {
			return true
		}
	}
	return false
}

func localAnchor(as anchors, s sentence) bool { return len(within(as, s.Sentence)) > 0 }

// assemble turns candidates into events; w lends its buffer for the
// article's forces.
func assemble(cs []candidate, in *Input, w *scratch) []sitrep.Event {
	out := make([]sitrep.Event, 0, len(cs))
	belligerents := salientForces(w.forces[:0], in)
	w.forces = belligerents
	for i, c := range cs {
		if c.typ == sitrep.Protests || c.typ == sitrep.Riots {
			c.actors = crowdControl(in, c)
		}
		c.actors = inferActors(c, belligerents)
		ev := sitrep.Event{
			ID: "v" + strconv.Itoa(i+1), Type: c.typ, SubType: c.sub, Date: c.date, DateEnd: c.end,
			Place: c.place, Actors: c.actors, Claims: c.claims, Counts: c.counts, TimePrecision: c.precision,
		}
		if ev.Actors == nil {
			ev.Actors = []string{}
		}
		if ev.Claims == nil {
			ev.Claims = []string{}
		}
		if ev.Counts == nil {
			ev.Counts = []string{}
		}
		ev.Fatalities = fatalities(in, c.counts)
		s := in.Doc.Sentences[c.sent]
		ev.Span = sitrep.Span{s.Start, s.End}
		ev.Text = in.Doc.Text[s.Start:s.End]
		out = append(out, ev)
	}
	return out
}

// pluperfect reports whether the trigger at tok is a pluperfect verb ("had
// looted", "had been arrested"): a completed act told as such.
func pluperfect(d *text.Doc, s text.Sentence, tok int) bool {
	for k := tok - 1; k >= s.First && k >= tok-3; k-- {
		switch d.Tokens[k].Norm {
		case "had":
			return true
		case "been", "already", "also":
			continue
		}
		return false
	}
	return false
}
