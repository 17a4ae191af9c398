// Package events codes what happened, ACLED-style: each clause's trigger
// (a clash, a strike, a killing, a protest, a withdrawal) becomes an event
// with the clause's own time, place and actors, and mentions of one
// happening across sentences merge into one event.
package events

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
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

type index struct {
	places, times, ents []anchor
	// claims and counts hold, per sentence, the indices into Input.Claims
	// and Input.Counts that overlap it.
	claims, counts [][]int
	// country is the most-mentioned country, the last resort for a place.
	country *sitrep.Place
	// pubStart and pubEnd are the published-date window, formatted once.
	pubStart, pubEnd string
}

// sentence is a sentence with its index in the doc.
type sentence struct {
	text.Sentence
	idx int
}

// within returns the anchors whose first token lies in sentence s; as is
// sorted by token, so this is two binary searches.
func within(as []anchor, s text.Sentence) []anchor {
	lo := sort.Search(len(as), func(i int) bool { return as[i].tok >= s.First })
	hi := sort.Search(len(as), func(i int) bool { return as[i].tok >= s.Last })
	return as[lo:hi]
}

// bySentence lists, per sentence, the spans that overlap it.
func bySentence(d *text.Doc, spans []sitrep.Span) [][]int {
	m := make([][]int, len(d.Sentences))
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

func buildIndex(in Input) index {
	var ix index
	d := in.Doc
	np, nt, ne := 0, 0, 0
	for _, p := range in.Places {
		np += len(p.Mentions)
	}
	for _, t := range in.Times {
		nt += len(t.Mentions)
	}
	for _, e := range in.Entities {
		ne += len(e.Mentions)
	}
	ix.places, ix.times, ix.ents = make([]anchor, 0, np), make([]anchor, 0, nt), make([]anchor, 0, ne)
	span := func(s sitrep.Span) (int, int) {
		a := d.TokenAt(s[0])
		b := d.TokenAt(s[1]-1) + 1
		return a, b
	}
	for i, p := range in.Places {
		for _, m := range p.Mentions {
			if m == in.Dateline && m[1] > 0 {
				continue
			}
			a, b := span(m)
			ix.places = append(ix.places, anchor{a, b, i})
		}
	}
	for i, t := range in.Times {
		for _, m := range t.Mentions {
			a, b := span(m)
			ix.times = append(ix.times, anchor{a, b, i})
		}
	}
	for i, e := range in.Entities {
		for _, m := range e.Mentions {
			a, b := span(m)
			ix.ents = append(ix.ents, anchor{a, b, i})
		}
	}
	for _, s := range [][]anchor{ix.places, ix.times, ix.ents} {
		slices.SortFunc(s, func(a, b anchor) int { return cmp.Compare(a.tok, b.tok) })
	}
	cs := make([]sitrep.Span, len(in.Claims))
	for i, c := range in.Claims {
		cs[i] = c.Span
	}
	ix.claims = bySentence(d, cs)
	ns := make([]sitrep.Span, len(in.Counts))
	for i, n := range in.Counts {
		ns[i] = n.Span
	}
	ix.counts = bySentence(d, ns)
	ix.pubStart, ix.pubEnd = in.Published.AddDate(0, 0, -1).Format("2006-01-02"), in.Published.Format("2006-01-02")
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
}

// Find codes the events of one article.
func Find(in Input) []sitrep.Event {
	d := in.Doc
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	ix := buildIndex(in)
	var cands []candidate
	lastTime := -1  // index into in.Times of the latest time seen, within the paragraph
	lastPlace := -1 // likewise for places
	para := -1
	for si, s := range d.Sentences {
		if s.Para != para {
			para, lastTime, lastPlace = s.Para, -1, -1
		}
		// A trigger with neither a time nor a place of its own in its
		// sentence is background ("to carry out attacks"), not a happening.
		anchored := localAnchor(ix.times, sentence{s, si}) || localAnchor(ix.places, sentence{s, si})
		var all, found []found
		if anchored {
			all = sentenceTriggers(d, s)
			found = all
		}
		// A clause names one or two acts; a "sentence" with dozens is a
		// list or junk, and capping it keeps the work per sentence linear.
		if len(found) > maxTriggers {
			found = found[:maxTriggers]
		}
		var sc []candidate
		for _, f := range found {
			c := candidate{typ: f.trigger.typ, sub: f.trigger.sub, trig: f.tok, sent: si, strong: f.trigger.strong}
			c.date, c.end, c.precision, c.dateStated = eventDate(in, ix, sentence{s, si}, f.tok, lastTime)
			if c.date == "" {
				continue
			}
			c.place = eventPlace(in, ix, s, f.tok, lastPlace)
			c.actors = eventActors(in, ix, sentence{s, si}, f.tok, f.trigger.typ == sitrep.StrategicDevelopmt || f.trigger.typ == sitrep.Protests || f.trigger.typ == sitrep.Riots)
			classify(&c, f.trigger, d, s, in, all)
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
		cands = append(cands, pruneSentence(sc)...)
		if ts := within(ix.times, s); len(ts) > 0 {
			lastTime = ts[len(ts)-1].idx
		}
		if ps := within(ix.places, s); len(ps) > 0 {
			lastPlace = ps[len(ps)-1].idx
		}
	}
	return assemble(merge(absorbWeak(in.Doc, cands)), in)
}

// absorbWeak folds casualty-only candidates ("12 people were killed") into
// a strong candidate of the same paragraph, the act that caused them; a
// casualty with no act in reach stays an event of its own.
func absorbWeak(d *text.Doc, cs []candidate) []candidate {
	strongByPara := map[int][]int{}
	for j, o := range cs {
		if o.strong {
			p := d.Sentences[o.sent].Para
			strongByPara[p] = append(strongByPara[p], j)
		}
	}
	for i, c := range cs {
		if c.strong {
			continue
		}
		// The strong candidates of a paragraph are in text order: the nearest
		// is next to where this sentence would go.
		hosts := strongByPara[d.Sentences[c.sent].Para]
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
	var out []candidate
	for _, c := range cs {
		if c.typ != "" {
			out = append(out, c)
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

const (
	maxTriggers = 8
	mergeWindow = 64
)

type found struct {
	tok     int
	trigger trigger
}

// sentenceTriggers finds trigger words and two-word phrases in a sentence,
// skipping those under an irrealis word ("threatened to attack").
func sentenceTriggers(d *text.Doc, s text.Sentence) []found {
	var out []found
	for i := s.First; i < s.Last; i++ {
		t := d.Tokens[i]
		if t.Kind != text.Word || !triggerFilter.MayContain(t.Norm) {
			continue
		}
		tr, ok := trigger{}, false
		if i+1 < s.Last {
			next := i + 1
			if d.Tokens[next].Norm == "-" && next+1 < s.Last {
				next++
			}
			tr, ok = pairs[t.Norm][d.Tokens[next].Norm]
			if ok && tr.class == none {
				i = next
				continue
			}
			if ok {
				if irrealisBefore(d, s, i) {
					i = next
					continue
				}
				out = append(out, found{i, tr})
				i = next
				continue
			}
		}
		if tr, ok = triggers[t.Norm]; !ok {
			continue
		}
		if t.Norm == "march" && t.Cap {
			continue // the month
		}
		if background(d, s, i) {
			continue
		}
		if irrealisBefore(d, s, i) {
			continue
		}
		out = append(out, found{i, tr})
	}
	return out
}

// background reports an ongoing state rather than a happening: "the RSF,
// which has been fighting the army since April".
func background(d *text.Doc, s text.Sentence, i int) bool {
	if i-1 >= s.First && d.Tokens[i-1].Norm == "been" {
		return true
	}
	// "accused X of deliberately shelling", "blamed for kidnapping": a
	// charge about conduct, not a report of one act.
	if strings.HasSuffix(d.Tokens[i].Norm, "ing") {
		for k := i - 1; k >= s.First && k >= i-2; k-- {
			switch d.Tokens[k].Norm {
			case "of", "for":
				return true
			case "deliberately", "indiscriminately", "repeatedly", "systematically":
				continue
			}
			break
		}
	}
	return false
}

func irrealisBefore(d *text.Doc, s text.Sentence, i int) bool {
	// An infinitive ("vowed to retake", "attempt to storm") has not happened.
	if w := d.Tokens[i].Norm; i-1 >= s.First && d.Tokens[i-1].Norm == "to" &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") {
		return true
	}
	for k := i - 1; k >= s.First && k >= i-3; k-- {
		n := d.Tokens[k].Norm
		if n == "," || n == ";" {
			return false
		}
		if irrealis[n] {
			return true
		}
	}
	return false
}

// classify settles the type of context-dependent triggers.
func classify(c *candidate, tr trigger, d *text.Doc, s text.Sentence, in Input, all []found) {
	civ, mil := victims(d, s.First, s.Last)
	if crowd := crowdIn(d, s); crowd && (tr.class == attack || c.typ == sitrep.Battles ||
		c.sub == subLooting || tr.class == protest && hasAny(d, s, "stormed", "torched", "burned", "set", "looted", "clashed")) {
		c.typ, c.sub = sitrep.Riots, subViolentDemo
		return
	}
	switch tr.class {
	case attack:
		// The target of an act follows it.
		civ, mil = victims(d, c.trig+1, s.Last)
		if weapon := weaponIn(all, c.trig); weapon != nil {
			c.typ, c.sub = weapon.typ, weapon.sub
			return
		}
		if civ && !mil {
			c.typ, c.sub = sitrep.ViolenceCivilians, subAttack
		}
	case casualty:
		switch {
		case mil:
			c.typ, c.sub = sitrep.Battles, subArmedClash
		case civ:
			c.typ, c.sub = sitrep.ViolenceCivilians, subAttack
		default:
			c.typ = ""
		}
	case territory:
		if len(c.actors) > 0 {
			if e := entityByID(in, c.actors[0]); e != nil && e.Kind == sitrep.KindStateForce {
				c.sub = subGovRegains
			}
		}
		if c.place == nil {
			c.typ = ""
		}
	case protest:
		if hasAny(d, s, "police", "security", "tear", "teargas", "fired", "dispersed", "beat", "arrested") {
			c.sub = subIntervention
			if hasAny(d, s, "killed", "live", "shot", "bullets") {
				c.sub = subExcessive
			}
		}
		if hasAny(d, s, "stones", "rocks", "torched", "burned", "looted", "vandalised", "vandalized", "smashed") {
			c.typ, c.sub = sitrep.Riots, subViolentDemo
		}
	}
}

// weaponIn returns the remote-violence trigger near an attack, if any: "a
// drone attack", "an attack with rockets". all holds every trigger of the
// sentence.
func weaponIn(all []found, trig int) *trigger {
	for _, f := range all {
		if f.trigger.typ == sitrep.ExplosionsRemote && f.tok >= trig-4 && f.tok <= trig+6 {
			t := f.trigger
			return &t
		}
	}
	return nil
}

func crowdIn(d *text.Doc, s text.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		if n := d.Tokens[i].Norm; crowdFilter.MayContain(n) && crowdWords[n] {
			return true
		}
	}
	return false
}

func victims(d *text.Doc, first, last int) (civ, mil bool) {
	for i := first; i < last; i++ {
		n := d.Tokens[i].Norm
		civ = civ || civilianFilter.MayContain(n) && civilianWords[n]
		mil = mil || militaryFilter.MayContain(n) && militaryWords[n]
	}
	return civ, mil
}

func hasAny(d *text.Doc, s text.Sentence, words ...string) bool {
	for i := s.First; i < s.Last; i++ {
		for _, w := range words {
			if d.Tokens[i].Norm == w {
				return true
			}
		}
	}
	return false
}

// eventDate takes the time nearest the trigger in its sentence, else the
// latest time stated earlier in the paragraph, else a window ending on the
// published date at week precision.
func eventDate(in Input, ix index, s sentence, trig, lastTime int) (date, end string, precision int, stated bool) {
	best, bestDist := -1, math.MaxInt
	// When the act is reported inside a claim, a time outside the claim's
	// content dates the saying ("a report issued on November 28 showed"),
	// not the act: it only bounds the act from above.
	content := claimAt(in, ix, s, trig)
	cueTime := -1
	for _, a := range within(ix.times, s.Sentence) {
		if g := in.Times[a.idx].Granularity; g != sitrep.GranDay && g != sitrep.GranWeek {
			continue
		}
		if content != nil && !inAny(in.Doc, []sitrep.Span{*content}, a.tok) {
			cueTime = a.idx
			continue
		}
		if a.tok > 0 && in.Doc.Tokens[a.tok-1].Norm == "since" {
			continue // "since October 7": a tally, not the day of this act
		}
		dist := a.tok - trig
		if dist < 0 {
			dist = trig - a.end + 1
		}
		if hasClauseBreak(in.Doc, min(a.tok, trig), max(a.tok, trig)) {
			dist += 20
		}
		if dist < bestDist {
			best, bestDist = a.idx, dist
		}
	}
	if best < 0 && cueTime >= 0 && in.Times[cueTime].Granularity == sitrep.GranDay {
		said, err := time.Parse("2006-01-02", in.Times[cueTime].Value)
		if err == nil {
			return said.AddDate(0, 0, -1).Format("2006-01-02"), said.Format("2006-01-02"), 2, false
		}
	}
	if best < 0 && lastTime >= 0 {
		if g := in.Times[lastTime].Granularity; g == sitrep.GranDay || g == sitrep.GranWeek {
			best = lastTime
		}
	}
	if best >= 0 {
		t := in.Times[best]
		return timeRange(t)
	}
	if cumulative(in.Doc, s.Sentence) {
		return "", "", 0, false
	}
	return ix.pubStart, ix.pubEnd, 2, false
}

// cumulative reports a sentence that tallies over a period ("since the
// start of the war", "so far this year") rather than telling one happening.
func cumulative(d *text.Doc, s text.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		switch d.Tokens[i].Norm {
		case "since", "total", "tally", "overall", "cumulative":
			return true
		}
	}
	return false
}

func timeRange(t sitrep.Time) (string, string, int, bool) {
	switch t.Granularity {
	case sitrep.GranWeek:
		var y, w int
		if _, err := fmtSscanWeek(t.Value, &y, &w); err == nil {
			start := isoWeekStart(y, w)
			return start.Format("2006-01-02"), start.AddDate(0, 0, 6).Format("2006-01-02"), 2, true
		}
	case sitrep.GranDay:
		end := t.Value
		if t.End != "" {
			end = t.End
		}
		return t.Value, end, 1, true
	}
	return t.Value, t.Value, 3, true
}

func hasClauseBreak(d *text.Doc, a, b int) bool {
	for k := a; k < b; k++ {
		n := d.Tokens[k].Norm
		if n == ";" || (n == "," && k+1 < len(d.Tokens) && (d.Tokens[k+1].Norm == "and" || d.Tokens[k+1].Norm == "while" || d.Tokens[k+1].Norm == "but")) {
			return true
		}
	}
	return false
}

// eventPlace takes the most specific place nearest the trigger in its
// sentence, else the latest place of the paragraph, else the focus.
func eventPlace(in Input, ix index, s text.Sentence, trig, lastPlace int) *sitrep.EventPlace {
	best, bestScore := -1, math.MaxFloat64
	for _, a := range within(ix.places, s) {
		p := in.Places[a.idx]
		if p.Kind == "country" {
			continue
		}
		dist := a.tok - trig
		if dist < 0 {
			dist = trig - a.end + 1
		}
		if hasClauseBreak(in.Doc, min(a.tok, trig), max(a.tok, trig)) {
			dist += 20
		}
		// Prefer the precise place when two are about as near: "in the
		// Karari district of Omdurman".
		score := float64(dist) + math.Log1p(p.PrecisionKM)*2
		if score < bestScore {
			best, bestScore = a.idx, score
		}
	}
	if best < 0 {
		best = lastPlace
	}
	if best >= 0 {
		p := in.Places[best]
		return &sitrep.EventPlace{Name: p.Name, Lat: p.Lat, Lon: p.Lon, PrecisionKM: p.PrecisionKM,
			Country: p.Country, Admin1: p.Admin1, Place: p.ID}
	}
	if f := in.Focus; f != nil {
		return &sitrep.EventPlace{Name: f.Name, Lat: f.Lat, Lon: f.Lon, PrecisionKM: f.PrecisionKM,
			Country: f.Country, Admin1: f.Admin1, Place: f.ID}
	}
	// With no place in the text, fall back to the country named most.
	if country := ix.country; country != nil {
		return &sitrep.EventPlace{Name: country.Name, Lat: country.Lat, Lon: country.Lon,
			PrecisionKM: country.PrecisionKM, Country: country.Country, Place: country.ID}
	}
	return nil
}

// connectors may stand between the places of an enumeration.
var connectors = map[string]bool{
	",": true, "and": true, "or": true, "as": true, "well": true, "the": true, "of": true,
	"villages": true, "settlements": true, "towns": true, "areas": true, "near": true, "in": true,
}

// coordinated returns the other places listed together with the event's
// place in its sentence, at the same level (no country or region joins a
// list of villages).
func coordinated(in Input, ix index, s text.Sentence, ep *sitrep.EventPlace) []int {
	if ep == nil {
		return nil
	}
	as := within(ix.places, s)
	at := -1
	for k, a := range as {
		if in.Places[a.idx].ID == ep.Place {
			at = k
			break
		}
	}
	if at < 0 {
		return nil
	}
	kind := in.Places[as[at].idx].Kind
	joined := func(a, b anchor) bool {
		if b.tok-a.end > 6 {
			return false
		}
		for k := a.end; k < b.tok; k++ {
			if !connectors[in.Doc.Tokens[k].Norm] {
				return false
			}
		}
		return true
	}
	var out []int
	add := func(a anchor) bool {
		p := in.Places[a.idx]
		if p.Kind == "country" || p.Kind != kind && (p.Kind == "region" || kind == "region") || p.ID == ep.Place {
			return false
		}
		for _, o := range out {
			if o == a.idx {
				return true
			}
		}
		out = append(out, a.idx)
		return true
	}
	for k := at; k+1 < len(as) && joined(as[k], as[k+1]) && add(as[k+1]); k++ {
	}
	for k := at; k-1 >= 0 && joined(as[k-1], as[k]) && add(as[k-1]); k-- {
	}
	if len(out) > maxTriggers {
		out = out[:maxTriggers]
	}
	return out
}

// eventActors orders the forces named in a sentence: the one acting first,
// the one acted on second. A passive "by X" makes X the initiator. Speakers
// (claim sources outside the claim's content) are not actors, unless the
// claim is a party's claim of its own attack.
func eventActors(in Input, ix index, s sentence, trig int, strategic bool) []string {
	d := in.Doc
	var contentBuf [4]sitrep.Span
	content := claimContent(in, ix, s, contentBuf[:0])
	type act struct {
		id      string
		tok     int
		passive bool
	}
	var acts []act
	// A sentence names a handful of entities: a slice beats a map.
	var seenBuf [8]string
	seen := seenBuf[:0]
	for _, a := range within(ix.ents, s.Sentence) {
		e := in.Entities[a.idx]
		if !forceKinds[e.Kind] || (e.Kind == sitrep.KindGovernment || e.Kind == sitrep.KindPolitical) && !strategic {
			continue
		}
		if len(content) > 0 && !inAny(d, content, a.tok) {
			continue
		}
		if slices.Contains(seen, e.ID) {
			continue
		}
		seen = append(seen, e.ID)
		passive := a.tok > trig && a.tok >= 1 && (d.Tokens[a.tok-1].Norm == "by" || (a.tok >= 2 && d.Tokens[a.tok-2].Norm == "by"))
		acts = append(acts, act{e.ID, a.tok, passive})
	}
	slices.SortStableFunc(acts, func(a, b act) int {
		if a.passive != b.passive {
			if a.passive {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.tok, b.tok)
	})
	var out []string
	for _, a := range acts {
		out = append(out, a.id)
	}
	// "An Israeli airstrike", "Russia's missile attack": the state whose
	// adjective modifies the act is its initiator.
	if in.StateForce != nil {
		for k := trig - 1; k >= s.First && k >= trig-3; k-- {
			if d.Tokens[k].Norm == "'s" || d.Tokens[k].Norm == "-" {
				continue
			}
			if !d.Tokens[k].Cap {
				if d.Tokens[k].Norm == "a" || d.Tokens[k].Norm == "an" || d.Tokens[k].Norm == "the" {
					break
				}
				continue
			}
			if id, ok := in.StateForce(k); ok {
				if !slices.Contains(seen, id) {
					out = append([]string{id}, out...)
					seen = append(seen, id)
				}
				break
			}
		}
	}
	// In the passive ("soldiers were killed") the subject is the target.
	passive := isPassive(d, s.Sentence, trig)
	initiatorKnown := (len(acts) > 0 && acts[0].tok < trig && !passive) || len(out) > len(acts) ||
		(len(acts) > 0 && acts[0].passive)
	// The speaker acts when its claim's subject points back to it ("Hezbollah
	// said it fired rockets"), and a party reporting an act against another
	// party's forces claims the act.
	for _, ci := range ix.claims[s.idx] {
		c := in.Claims[ci]
		if !inAny(d, []sitrep.Span{c.Span}, trig) {
			continue
		}
		src := entityByID(in, c.Source)
		if src == nil {
			continue
		}
		if src.SpeaksFor != "" {
			if sf := entityByID(in, src.SpeaksFor); sf != nil {
				src = sf
			}
		}
		if !forceKinds[src.Kind] || slices.Contains(seen, src.ID) {
			continue
		}
		if selfReference(d, c.Span) {
			out = append([]string{src.ID}, out...)
			seen = append(seen, src.ID)
			continue
		}
		if len(out) != 1 || !c.Party || initiatorKnown {
			continue
		}
		if other := entityByID(in, out[0]); other != nil && other.Party && other.ID != src.ID {
			out = append([]string{src.ID}, out...)
			seen = append(seen, src.ID)
		}
	}
	if len(out) > 2 {
		out = out[:2]
	}
	return out
}

// isPassive reports a trigger in the passive voice: "were killed", "was
// shelled", "had been ambushed".
func isPassive(d *text.Doc, s text.Sentence, trig int) bool {
	for k := trig - 1; k >= s.First && k >= trig-3; k-- {
		switch d.Tokens[k].Norm {
		case "was", "were", "been", "being", "is", "are", "got":
			return true
		case "reportedly", "also", "allegedly", "later", "then", "all", "not":
			continue
		}
		return false
	}
	return false
}

// selfReference reports claim content whose subject is the speaker itself:
// "it fired", "its fighters ambushed", "our forces", "they".
func selfReference(d *text.Doc, sp sitrep.Span) bool {
	i := d.TokenAt(sp[0])
	for ; i < len(d.Tokens) && d.Tokens[i].Start < sp[1]; i++ {
		switch d.Tokens[i].Norm {
		case "that", "\"", "'":
			continue
		case "it", "its", "they", "their", "we", "our", "he", "his":
			return true
		}
		return false
	}
	return false
}

// claimAt returns the content span of the claim holding token tok, if any.
func claimAt(in Input, ix index, s sentence, tok int) *sitrep.Span {
	for _, ci := range ix.claims[s.idx] {
		sp := in.Claims[ci].Span
		if inAny(in.Doc, []sitrep.Span{sp}, tok) {
			return &sp
		}
	}
	return nil
}

// claimContent appends the spans of the sentence's claims to out.
func claimContent(in Input, ix index, s sentence, out []sitrep.Span) []sitrep.Span {
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

func entityByID(in Input, id string) *sitrep.Entity {
	n, err := strconv.Atoi(strings.TrimPrefix(id, "e"))
	if err == nil && n >= 1 && n <= len(in.Entities) && in.Entities[n-1].ID == id {
		return &in.Entities[n-1]
	}
	for i := range in.Entities {
		if in.Entities[i].ID == id {
			return &in.Entities[i]
		}
	}
	return nil
}

// attach links the claims and counts of the sentence to the candidate.
func attach(c *candidate, in Input, ix index, s sentence) {
	for _, ci := range ix.claims[s.idx] {
		c.claims = append(c.claims, in.Claims[ci].ID)
	}
	for _, ni := range ix.counts[s.idx] {
		c.counts = append(c.counts, in.Counts[ni].ID)
	}
}

func localAnchor(as []anchor, s sentence) bool { return len(within(as, s.Sentence)) > 0 }

// priority ranks sub-types when one clause names several: "stormed the
// village and abducted 40" is an abduction, "an airstrike killed fighters"
// a strike.
func priority(c candidate) int {
	switch c.sub {
	case subAbduction, subSexual:
		return 9
	case subSuicide, subIED, subAirDrone, subShelling, subGrenade:
		return 8
	case subNSAOvertakes, subGovRegains:
		return 7
	case subViolentDemo, subMob, subIntervention, subExcessive:
		return 6
	case subPeaceful:
		return 5
	case subAttack:
		return 4
	case subArmedClash:
		return 3
	}
	return 2
}

// pruneSentence keeps one candidate per time in a sentence, the one of
// highest priority (strong before weak, the earlier on ties), plus the
// copies made for the other places of an enumeration.
func pruneSentence(cs []candidate) []candidate {
	var out []candidate
	// A sentence has at most a few candidates: the one of the same time
	// (and enumerated place) is found by a linear search over their keys,
	// taken when each was first kept.
	var keys []pruneKey
	for _, c := range cs {
		k := keyOf(&c)
		i := slices.Index(keys, k)
		if i < 0 {
			keys = append(keys, k)
			out = append(out, c)
			continue
		}
		o := &out[i]
		if (c.strong && !o.strong) || (c.strong == o.strong && priority(c) > priority(*o)) {
			c.actors = union(c.actors, o.actors)
			if o.place != nil && (c.place == nil || o.trig < c.trig) {
				c.place = o.place
			}
			*o = c
		} else {
			o.actors = union(o.actors, c.actors)
		}
	}
	return out
}

// pruneKey is what pruneSentence keeps one candidate per: a time and, for
// the copies made for an enumeration, a place name.
type pruneKey struct {
	date, end string
	named     bool
	name      string
}

func keyOf(c *candidate) pruneKey {
	k := pruneKey{date: c.date, end: c.end}
	if c.enum && c.place != nil {
		k.named, k.name = true, c.place.Name
	}
	return k
}

// merge folds candidates that describe one happening: compatible type, same
// dates, places within each other's radius.
func merge(cs []candidate) []candidate {
	var out []candidate
	for _, c := range cs {
		merged := false
		// Mentions of one happening sit near each other; looking back over a
		// bounded window keeps merging linear in a very long text.
		for i := max(0, len(out)-mergeWindow); i < len(out); i++ {
			o := &out[i]
			if !compatible(o, &c) {
				continue
			}
			if !o.strong && c.strong {
				o.typ, o.sub, o.strong = c.typ, c.sub, true
			}
			if !o.dateStated && c.dateStated {
				o.date, o.end, o.precision, o.dateStated = c.date, c.end, c.precision, true
			}
			if o.place == nil || (c.place != nil && c.place.PrecisionKM < o.place.PrecisionKM) {
				o.place = c.place
			}
			o.actors = union(o.actors, c.actors)
			o.claims = union(o.claims, c.claims)
			o.counts = union(o.counts, c.counts)
			merged = true
			break
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}

func compatible(a, b *candidate) bool {
	if a.typ != b.typ && a.strong && b.strong {
		return false
	}
	if a.dateStated && b.dateStated {
		if a.date != b.date || a.end != b.end {
			return false
		}
	} else if a.date > b.end || b.date > a.end {
		// An undated mention (a headline, a summary) joins the dated
		// happening whose window it overlaps.
		return false
	}
	if (a.place == nil) != (b.place == nil) {
		return false
	}
	if a.place != nil {
		r := math.Max(math.Max(a.place.PrecisionKM, b.place.PrecisionKM), 5)
		if haversine(a.place.Lat, a.place.Lon, b.place.Lat, b.place.Lon) > r {
			return false
		}
	}
	return true
}

func union(a, b []string) []string {
	for _, x := range b {
		found := false
		for _, y := range a {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			a = append(a, x)
		}
	}
	return a
}

func assemble(cs []candidate, in Input) []sitrep.Event {
	out := make([]sitrep.Event, 0, len(cs))
	belligerents := salientForces(in)
	for i, c := range cs {
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

// fatalities is ACLED's conservative reading: the lowest killed figure any
// claimant gives for the event.
func fatalities(in Input, ids []string) int {
	best := -1
	for _, id := range ids {
		n, err := strconv.Atoi(strings.TrimPrefix(id, "n"))
		if err != nil || n < 1 || n > len(in.Counts) {
			continue
		}
		if c := in.Counts[n-1]; c.ID == id && c.Status == sitrep.StatusKilled && (best < 0 || int(c.Min) < best) {
			best = int(c.Min)
		}
	}
	return max(best, 0)
}

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dp, dl := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dl/2)*math.Sin(dl/2)
	return 6371 * 2 * math.Asin(math.Sqrt(math.Min(1, a)))
}

// salientForces lists the article's armed parties, most mentioned first.
func salientForces(in Input) []string {
	type force struct {
		id string
		n  int
	}
	var fs []force
	for _, e := range in.Entities {
		if e.Party && (e.Kind == sitrep.KindStateForce || e.Kind == sitrep.KindArmedGroup) {
			fs = append(fs, force{e.ID, len(e.Mentions)})
		}
	}
	slices.SortStableFunc(fs, func(a, b force) int { return cmp.Compare(b.n, a.n) })
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.id
	}
	return out
}

// inferActors completes an act's sides from the article, as a coder would:
// a clash with one named side was fought against the article's other main
// force, and a strike or attack with no side named is most likely the main
// force's. Wire copy often names a side once and leaves it implied after.
func inferActors(c candidate, belligerents []string) []string {
	if len(belligerents) == 0 {
		return c.actors
	}
	switch c.typ {
	case sitrep.Battles:
		for len(c.actors) < 2 {
			added := false
			for _, b := range belligerents {
				if !slices.Contains(c.actors, b) {
					c.actors = append(c.actors, b)
					added = true
					break
				}
			}
			if !added {
				break
			}
		}
	case sitrep.ExplosionsRemote, sitrep.ViolenceCivilians:
		if len(c.actors) == 0 {
			c.actors = []string{belligerents[0]}
		}
	}
	return c.actors
}
