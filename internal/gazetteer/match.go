package gazetteer

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// maxNameTokens bounds how far the matcher reads on from a start token, so
// the scan stays linear in the text whatever the names.
const maxNameTokens = 10

// mention is one place mention found by the scan, before resolution.
type mention struct {
	i, j   int // token range of the name
	si, sj int // token range of the whole mention, modifiers included
	cands  []cand
	single bool
	cue    bool // framed as a place ("in X", "the village of X")
	// locative is a cue that puts something inside the place ("in",
	// "across"), which a country needs to count as a place.
	locative bool
	noun     string // the place noun that framed it ("village", "camp")
	// generic is set by a region word after or inside the name.
	generic bool
	genWord string // the region word after the name ("district")
	// cardinal marks a division named by its town and a compass point
	// ("Imphal East district", "Jos North local government area"): a
	// part of the town's surroundings, not the region the town is seat of.
	cardinal bool
	// facility is a landmark word after the name ("airport", "air base"):
	// the landmark is a place of its own at the named place's point.
	facility string
	camp     bool
	area     string // area adjective ("northern"), or "outskirts"
	bearing  float64
	hasDir   bool
	offKM    float64 // distance of a relative position ("25 km west of")
	// dateline marks the article's dateline ("EL FASHER, Sudan —").
	dateline bool
	// fallback marks a name the gazetteer lacks, read as a place by its
	// frame; it is placed on the containing region or country.
	fallback bool
	// skeleton marks a name the index lacks as written: it is sought by
	// its consonant skeleton once the article's places are known.
	skeleton bool
	paren    bool // a bracket opens right after the mention
	// byBracket marks an unknown name framed only by the bracket after
	// it ("Koutruk village (Imphal West, Manipur)"): it is a place only if
	// the bracket's first name is a division, and lies there.
	byBracket bool
	sent      int
}

// lineInfo says how a line is cased: headlines in title case or capitals
// defeat the capitalisation rules.
type lineInfo struct {
	end          int // first token of the next line
	title, upper bool
}

func lineAt(toks []text.Token, i int) lineInfo {
	caps, upper, words := 0, 0, 0
	k := i
	for ; k < len(toks); k++ {
		t := &toks[k]
		if t.Newlines > 0 && k > i {
			break
		}
		if t.Kind != text.Word || len(t.Norm) <= 3 {
			continue
		}
		words++
		if t.Cap {
			caps++
		}
		if t.Upper {
			upper++
		}
	}
	return lineInfo{end: k, title: words >= 3 && caps*10 >= words*8, upper: words >= 2 && upper*10 >= words*8}
}

// lineInfo returns the casing of the line the scan is in.
func (s *scanner) lineInfo() *lineInfo {
	if !s.lineRead {
		s.line, s.lineRead = lineAt(s.toks, s.lineStart), true
	}
	return &s.line
}

// headline reports a line in title case or capitals.
func (s *scanner) headline() bool {
	l := s.lineInfo()
	return l.title || l.upper
}

// scanner holds the state of one pass over a document.
type scanner struct {
	g    *Gazetteer
	d    *text.Doc
	toks []text.Token
	excl []sitrep.Span
	ex   int // next exclude span to test
	line lineInfo
	// lineStart is the first token of the line the scan is in; line
	// holds its casing once lineRead.
	lineStart int
	lineRead  bool
	sent      int
	buf       []byte
	arena     []cand
	dems      []string // countries of the demonyms passed
	// cl holds the word classes of the tokens the rules have asked about,
	// with clsKnown set, and 0 for the others: the rules ask about the
	// same few tokens many times.
	cl []uint32
}

// clsKnown marks a token's entry in scanner.cl as looked up; no word class
// uses the bit.
const clsKnown = 1 << 31

// cls returns the word classes of token k's folded form, cDemonym
// included.
func (s *scanner) cls(k int) uint32 {
	if c := s.cl[k]; c != 0 {
		return c &^ clsKnown
	}
	return s.lookCls(k)
}

func (s *scanner) lookCls(k int) uint32 {
	t := &s.toks[k]
	c, _ := s.g.classes.GetHash(t.Hash, t.Norm)
	s.cl[k] = c | clsKnown
	return c
}

// wcls is cls for s.word(k): 0 for a token that is no word or is out of
// range.
func (s *scanner) wcls(k int) uint32 {
	if k < 0 || k >= len(s.toks) || s.toks[k].Kind != text.Word {
		return 0
	}
	return s.cls(k)
}

// scan finds every place mention in d in one pass over its tokens.
func (g *Gazetteer) scan(d *text.Doc, exclude []sitrep.Span, w *work) []mention {
	s := &scanner{g: g, d: d, toks: d.Tokens, buf: w.buf[:0], arena: w.arena[:0], cl: zeroed(w.cl, len(d.Tokens))}
	if len(exclude) > 0 {
		s.excl, w.keys = sortSpans(append(w.excl[:0], exclude...), w.keys)
		w.excl = s.excl
	}
	s.dems = w.dems[:0]
	ms := w.ms[:0]
	defer func() { w.buf, w.arena, w.ms, w.dems, w.cl = s.buf, s.arena, ms, s.dems, s.cl }()
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if !t.Cap && t.Norm != "al" {
			// Most tokens: only a capital or "al" starts a name.
			if t.Newlines > 0 {
				s.lineStart, s.lineRead = i, false
			}
			i++
			continue
		}
		if i == 0 || t.Newlines > 0 {
			// The line's casing is read when a rule first asks.
			s.lineStart, s.lineRead = i, false
		}
		if t.Cap {
			s.noteDemonym(i)
		}
		if !s.startable(i) {
			i++
			continue
		}
		// Only a token that may start a name needs its sentence.
		for s.sent < len(d.Sentences) && d.Sentences[s.sent].Last <= i {
			s.sent++
		}
		j, exact, refs := s.longest(i)
		if j < 0 {
			// Most names the gazetteer lacks are no place: the mention is
			// read on the stack and joins ms only if it is one.
			var m mention
			if s.unknown(i, &m) {
				ms = append(ms, m)
				i = s.skip(i, m.sj)
				continue
			}
			i++
			continue
		}
		if s.excluded(i, j) {
			// An organisation's or a person's name: its places are not
			// read.
			i = s.skip(i, j)
			continue
		}
		// Mentions keep their candidates in one arena per scan.
		a := len(s.arena)
		s.arena = s.g.cands(exact, refs, s.arena)
		cs := s.arena[a:len(s.arena):len(s.arena)]
		ms = append(ms, mention{i: i, j: j, si: i, sj: j, single: j == i+1, sent: s.sent, cands: cs})
		m := &ms[len(ms)-1]
		if !s.accept(m) {
			// Nothing keeps a rejected name's candidates: the arena
			// takes their room back.
			s.arena = s.arena[:a]
			ms = ms[:len(ms)-1]
			i = s.skip(i, j)
			continue
		}
		s.modifiers(m)
		i = s.skip(i, m.sj)
	}
	return ms
}

// sortSpans sorts spans by start, then end. Entities list their mentions
// entity by entity; packing each span into one integer lets the sort
// compare without a call. keys is scratch memory, returned for reuse.
func sortSpans(spans []sitrep.Span, keys []uint64) ([]sitrep.Span, []uint64) {
	keys = keys[:0]
	for _, sp := range spans {
		if sp[0] < 0 || sp[1] < 0 || sp[0] > math.MaxUint32 || sp[1] > math.MaxUint32 {
			slices.SortFunc(spans, func(a, b sitrep.Span) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
			return spans, keys
		}
		keys = append(keys, uint64(sp[0])<<32|uint64(sp[1]))
	}
	slices.Sort(keys)
	for i, k := range keys {
		spans[i] = sitrep.Span{int(k >> 32), int(k & math.MaxUint32)}
	}
	return spans, keys
}

// skip moves the scan from token i on to token next, noting the demonyms
// among the tokens it passes over.
func (s *scanner) skip(i, next int) int {
	for k := i + 1; k < next; k++ {
		if s.toks[k].Cap {
			s.noteDemonym(k)
		}
	}
	return next
}

// noteDemonym records the country of token k if it is a capitalised
// demonym ("Sudanese"): demonyms lend resolution their country. The
// caller has seen that the token is capitalised.
func (s *scanner) noteDemonym(k int) {
	t := &s.toks[k]
	if t.Kind == text.Word && len(t.Norm) > 4 && s.cls(k)&cDemonym != 0 {
		cc, _ := s.g.demTable.GetHash(t.Hash, t.Norm)
		s.dems = append(s.dems, cc)
	}
}

func (s *scanner) startable(i int) bool {
	t := &s.toks[i]
	if t.Kind != text.Word || t.Norm == "'s" {
		return false
	}
	if t.Cap {
		// Sentence-initial function words start no name; skip
		// the lookup. Compass words do ("North Kivu").
		return s.cls(i)&(cFunction|cCompass) != cFunction
	}
	// "al-Mawasi": a lower-case article joined to a capitalised name.
	return t.Norm == "al" && i+2 < len(s.toks) && s.toks[i+1].Norm == "-" && s.toks[i+2].Cap
}

// longest returns the end of the longest name starting at token i whose
// capitalisation fits, or -1, with what cands needs to read its places.
func (s *scanner) longest(i int) (end, exact int, refs []overRef) {
	toks := s.toks
	buf := s.buf[:0]
	best := -1
	// Only the longest match's places are decoded.
	var bestExact int
	var bestRefs []overRef
	var h uint32 // keyHash(buf), grown a token at a time
	for j := i; j < len(toks) && j-i < maxNameTokens; j++ {
		t := &toks[j]
		if j > i {
			if t.Newlines > 0 {
				break
			}
			if t.Kind == text.Punct {
				// A hyphen or apostrophe inside a word joins ("Deir al-Balah").
				if (t.Norm == "-" || t.Norm == "'") && !t.Space && j+1 < len(toks) && !toks[j+1].Space && toks[j+1].Kind == text.Word {
					continue
				}
				break
			}
			// "Tower 22": a number may end a hand-kept landmark's name.
			if t.Kind == text.Number && t.Space {
				buf = append(buf, ' ')
				buf = append(buf, t.Norm...)
				if exact, refs, _, named := s.g.probe(buf, extendHash(h, t.Hash)); named {
					best, bestExact, bestRefs = j+1, exact, refs
				}
				break
			}
			if t.Kind != text.Word || t.Norm == "'s" || !s.capsFit(j) {
				break
			}
			buf = append(buf, ' ')
			h = extendHash(h, t.Hash)
		} else {
			h = t.Hash
		}
		buf = append(buf, t.Norm...)
		exact, refs, more, named := s.g.probe(buf, h)
		if named {
			best, bestExact, bestRefs = j+1, exact, refs
		}
		if !more {
			break
		}
	}
	s.buf = buf
	return best, bestExact, bestRefs
}

// capsFit reports whether a non-first token may continue a name: names
// are capitalised except for articles, connectors and generic words.
func (s *scanner) capsFit(j int) bool {
	t := &s.toks[j]
	if t.Cap {
		return true
	}
	n := t.Norm
	return s.cls(j)&(cConnector|cGeneric|cCamp|cFacility|cFacilityFirst) != 0 ||
		n == "refugee" || n == "strip" || n == "city" || n == "corridor"
}

func (s *scanner) excluded(i, j int) bool {
	sp := sitrep.Span{s.toks[i].Start, s.toks[j-1].End}
	for s.ex < len(s.excl) && s.excl[s.ex][1] <= sp[0] {
		s.ex++
	}
	for k := s.ex; k < len(s.excl) && s.excl[k][0] < sp[1]; k++ {
		// A longer place name holding an actor's name stays a place:
		// "Port Sudan" is no mention of Sudan the state.
		if e := s.excl[k]; e.Overlaps(sp) && !(sp.Contains(e) && sp != e) && !s.seatOfInstitution(i, e, sp) {
			return true
		}
	}
	return false
}

// seatOfInstitution reports a name that ends an institution's name
// excluded as an actor ("the University of Buea"): the institution is
// named after the town it stands in, which is still a place.
func (s *scanner) seatOfInstitution(i int, e, sp sitrep.Span) bool {
	if e[1] != sp[1] || i < 2 || s.toks[i-1].Norm != "of" || !s.toks[i-2].Cap || e[0] > s.toks[i-2].Start {
		return false
	}
	switch s.toks[i-2].Norm {
	case "university", "college", "polytechnic":
		return true
	}
	return false
}

func (s *scanner) word(k int) string {
	if k < 0 || k >= len(s.toks) || s.toks[k].Kind != text.Word {
		return ""
	}
	return s.toks[k].Norm
}

func (s *scanner) sentStart(i int) bool {
	if s.sent < len(s.d.Sentences) && s.d.Sentences[s.sent].First == i {
		return true
	}
	if i == 0 || s.toks[i].Newlines > 0 {
		return true
	}
	// After an opening quote or bracket at a sentence start.
	p := s.toks[i-1]
	return p.Kind == text.Punct && (p.Norm == "\"" || p.Norm == "(") && (i-1 == 0 || s.toks[i-1].Newlines > 0 ||
		(s.sent < len(s.d.Sentences) && s.d.Sentences[s.sent].First == i-1))
}

// accept applies the rules that tell a place from a person, an
// organisation, an adjective or a common word, and sets the mention's cue.
func (s *scanner) accept(m *mention) bool {
	toks := s.toks
	i, j := m.i, m.j
	first := &toks[i]
	hasBig := false // a country or region candidate
	strong := false
	allCommon := true
	var maxPop uint32
	for i := range m.cands {
		c := &m.cands[i]
		if c.kind <= kindRegion {
			hasBig = true
		}
		if !c.alt || c.pop >= 20000 || c.kind <= kindRegion || c.idx >= s.g.ix.n {
			strong = true
		}
		if !c.common {
			allCommon = false
		}
		maxPop = max(maxPop, c.pop)
	}
	datelineStart := (i == 0 || first.Newlines > 0) && j < len(toks) && toks[j].Norm == ","
	if m.single && first.Upper && len(first.Norm) <= 4 && !datelineStart && !s.lineInfo().upper {
		// An acronym is a place only when it is a country's ("US", "UAE").
		keep := m.cands[:0]
		for _, c := range m.cands {
			if c.kind == kindCountry {
				keep = append(keep, c)
			}
		}
		if len(keep) == 0 {
			return false
		}
		m.cands = keep
		hasBig = true
	}
	if m.single {
		if s.cls(i)&cDemonym != 0 {
			return false
		}
		if s.cls(i)&(cDayMonth|cCompass|cAreaAdj) != 0 {
			return false
		}
	}
	m.cue = s.cueBefore(m) || s.cueAfter(j)
	if j < len(toks) && toks[j].Norm == "'s" {
		// "in Ethiopia's Amhara region": what is located is the region; the
		// possessive only qualifies it.
		m.locative = false
	}
	// The rules below hold outside headlines, whose capitals defeat them.
	// Whether the line is one is asked last, once a rule would apply: it
	// reads the whole line.
	if j < len(toks) {
		n := &toks[j]
		if n.Kind == text.Word && n.Space && n.Newlines == 0 {
			if n.Cap && s.cls(j)&cOrgHead != 0 && s.cardinalAt(j) == 0 && !s.headline() {
				return false
			}
			if m.single && s.cls(j)&cSpeech != 0 && !hasBig && !s.headline() {
				return false
			}
			if !n.Cap && s.cls(j)&cJob != 0 && (i == 0 || s.cls(i-1)&cLocative == 0) && !s.headline() {
				// "senior Sahel researcher", "Sector 1 commander": a
				// place naming a person's beat is no place of the story.
				return false
			}
			if m.single && n.Norm == "al" && j+2 < len(toks) && toks[j+1].Kind == text.Punct && !toks[j+1].Space &&
				toks[j+2].Cap && !toks[j+2].Space && !s.headline() {
				// "Wad al-Noura", "Abu al-Khasib": the name goes on past
				// its article, so its first word alone names nothing.
				return false
			}
			if m.single && n.Cap && s.cls(j)&(cGeneric|cCamp|cDayMonth) == 0 && (!hasBig || !n.Upper) && s.lgaAt(j) == 0 &&
				s.cardinalAt(j) == 0 && !s.headline() {
				// Part of a longer proper noun ("Kanan Dweikat").
				return false
			}
		}
	}
	if i > 0 && first.Newlines == 0 && s.cls(i-1)&cVessel != 0 {
		return false
	}
	if i > 0 && first.Newlines == 0 {
		// A name that starts a line continues nothing: the headline
		// above may end in a proper noun ("... in Bekaa\n\nJERUSALEM —").
		p := &toks[i-1]
		if p.Kind == text.Word && p.Newlines == 0 && first.Space {
			if s.cls(i-1)&cPersonCue != 0 && !hasBig && !s.headline() {
				return false
			}
			if !p.Cap && i >= 2 && toks[i-2].Cap && toks[i-2].Kind == text.Word && toks[i-2].Newlines == 0 &&
				romanceLinks[p.Norm] && !s.headline() {
				// "Maguindanao del Sur", "Pointe de Sangomar": a name the
				// index lacks goes on past a Romance link; its last word
				// alone ("Sur") is some other place.
				return false
			}
			if p.Cap && s.cls(i-1)&(cFunction|cCue|cAreaAdj|cPlaceNoun) == 0 && s.cls(i-1)&cDemonym == 0 && !s.headline() {
				// The name continues a longer proper noun ("Abu Kanan").
				return false
			}
		}
	}
	if m.single && allCommon && !hasCountry(m.cands) && (!m.cue || s.sentStart(i)) {
		return false
	}
	if m.single && allCommon && j < len(toks) && toks[j].Kind == text.Number && toks[j].Newlines == 0 {
		// "the Tower 22 outpost", "Camp 5": a numbered designation,
		// not a place named by the word.
		return false
	}
	if m.single && !hasBig {
		if !m.cue && (!strong || maxPop < 1000) {
			return false
		}
	}
	return true
}

func hasCountry(cs []cand) bool {
	for i := range cs {
		c := &cs[i]
		if c.kind == kindCountry {
			return true
		}
	}
	return false
}

// cueBefore reports whether the words before the name frame it as a place,
// and records the place noun that did.
func (s *scanner) cueBefore(m *mention) bool {
	k := m.i - 1
	if k >= 1 && s.toks[k].Norm == "(" && s.toks[k-1].Cap && m.j < len(s.toks) && s.toks[m.j].Norm == "," {
		// "Kanbalu (Kanbalu, Sagaing)": the district and region that
		// place the name before the bracket.
		return true
	}
	w := s.word(k)
	if w == "the" {
		k--
		w = s.word(k)
	}
	if w == "of" {
		n := s.word(k - 1)
		if s.wcls(k-1)&cPlaceNoun != 0 {
			switch n {
			case "village", "town", "city", "camp":
				m.noun = n
			case "port", "island", "settlement", "hamlet", "locality", "commune":
				m.noun = "town"
			}
			return true
		}
		return false
	}
	c := s.wcls(k)
	m.locative = c&cLocative != 0
	return c&(cCue|cCompass) != 0
}

// bracketAfter returns the index of the bracket that opens after an
// unknown name, past a "village" or "town" word, when a capitalised name
// that is no acronym starts it; else 0.
func (s *scanner) bracketAfter(j int) int {
	toks := s.toks
	if w := s.word(j); w == "village" || w == "town" {
		j++
	}
	if j+2 >= len(toks) || toks[j].Norm != "(" || toks[j].Newlines > 0 || toks[j+1].Newlines > 0 ||
		toks[j+1].Kind != text.Word || !toks[j+1].Cap || toks[j+1].Upper {
		return 0
	}
	return j
}

// cueAfter reports words after a name that frame it as a place: a
// bracketed locality and region ("Ocheretyne (Pokrovsk, Donetsk)") or a
// relative position ("Sake, some 25 km west of Goma").
func (s *scanner) cueAfter(j int) bool {
	toks := s.toks
	if j+3 >= len(toks) || toks[j].Newlines > 0 {
		return false
	}
	switch toks[j].Norm {
	case "(":
		if !toks[j+1].Cap {
			return false
		}
		for k := j + 2; k < len(toks) && k < j+8; k++ {
			switch toks[k].Norm {
			case ",":
				return true
			case ")":
				return false
			}
		}
	case ",":
		k := j + 1
		switch s.word(k) {
		case "some", "about", "around", "roughly", "nearly", "approximately", "just":
			k++
		}
		if k+2 < len(toks) && toks[k].Kind == text.Number {
			_, unit := units[s.word(k+1)]
			return unit && isCompass(s.word(k+2))
		}
	}
	return false
}

// modifiers reads the words around an accepted name: a generic region
// word, "camp", an area adjective, "outskirts of", a relative position or
// a dateline.
func (s *scanner) modifiers(m *mention) {
	toks := s.toks
	for k := m.i; k < m.j; k++ {
		if s.cls(k)&cGeneric != 0 && k > m.i {
			m.generic = true
		}
		if s.cls(k)&cCamp != 0 && k > m.i {
			m.camp = true
		}
	}
	if w := s.word(m.sj); w != "" && toks[m.sj].Newlines == 0 {
		switch {
		case s.cardinalAt(m.sj) > 0:
			n := s.cardinalAt(m.sj)
			m.generic, m.cardinal = true, true
			m.genWord = s.d.Raw(m.sj) + " " + strings.ToLower(s.d.Slice(m.sj+1, m.sj+n))
			m.sj += n
		case s.lgaAt(m.sj) > 0:
			m.generic = true
			m.genWord = "local government area"
			m.sj += s.lgaAt(m.sj)
		case s.wcls(m.sj)&cGeneric != 0:
			m.generic = true
			m.genWord = w
			m.sj++
		case s.wcls(m.sj)&(cFacility|cFacilityFirst) != 0:
			if f, n := s.facilityAt(m.sj); n > 0 {
				m.facility = f
				m.sj += n
			}
		case s.wcls(m.sj)&cCamp != 0:
			m.camp = true
			m.sj++
		case (w == "refugee" || w == "displacement" || w == "idp" || w == "displaced") && s.wcls(m.sj+1)&cCamp != 0:
			m.camp = true
			m.sj += 2
		}
	}
	if (m.i == 0 || toks[m.i].Newlines > 0) && toks[m.i].Upper {
		if n := m.sj; n < len(toks) && toks[n].Kind == text.Punct && (toks[n].Norm == "," || toks[n].Norm == "-" || toks[n].Norm == "(") {
			m.dateline = true
		}
	}
	if toks[m.i].Newlines > 0 {
		return // nothing before a line's first word belongs to it
	}
	// Before the name: "[adj] outskirts of", "25 km west of", "northern".
	k := m.i - 1
	if s.word(k) == "the" {
		k--
	}
	if s.word(k) == "of" {
		b := k - 1
		// "68 nautical miles southwest of the port city of Hodeidah": the
		// place noun between says what the name is, not where.
		if n := s.word(b); n == "city" || n == "town" || n == "village" {
			c := b - 1
			if w := s.word(c); w == "port" || w == "coastal" || w == "border" || w == "capital" || w == "northern" ||
				w == "southern" || w == "eastern" || w == "western" {
				c--
			}
			if s.word(c) == "the" && s.word(c-1) == "of" {
				if dir, at, ok := s.direction(c - 2); ok {
					if km, at2, ok := s.distance(at - 1); ok {
						m.offKM, m.bearing, m.hasDir, m.si = km, dir, true, at2
					}
				}
				return
			}
		}
		if s.word(b) == "outskirts" || s.word(b) == "outskirt" || s.word(b) == "suburbs" {
			m.area = "outskirts"
			m.si = b
			if dir, at, ok := s.direction(b - 1); ok {
				m.bearing, m.hasDir, m.si = dir, true, at
			}
			return
		}
		if dir, at, ok := s.direction(b); ok {
			if km, at2, ok := s.distance(at - 1); ok {
				m.offKM, m.bearing, m.hasDir, m.si = km, dir, true, at2
			}
		}
		return
	}
	if w := s.word(k); s.wcls(k)&cAreaAdj != 0 {
		if dir, at, ok := s.direction(k); ok {
			m.area, m.bearing, m.hasDir, m.si = s.d.Slice(at, k+1), dir, true, at
		} else if w == "central" {
			m.area, m.si = s.d.Raw(k), k
		}
		m.area = strings.ToLower(m.area)
	}
}

// romanceLinks join the words of Spanish, Portuguese, French and Italian
// place names ("Maguindanao del Sur", "Pointe de Sangomar").
var romanceLinks = map[string]bool{"del": true, "de": true, "di": true, "da": true, "do": true, "dos": true,
	"das": true, "des": true, "du": true, "della": true, "las": true, "los": true}

// lgaAt returns the length in tokens of "Local Government Area" (a
// Nigerian district) or its abbreviation "LGA" at token k, or 0.
func (s *scanner) lgaAt(k int) int {
	if s.word(k) == "local" && s.word(k+1) == "government" && s.word(k+2) == "area" {
		return 3
	}
	if k < len(s.toks) && s.toks[k].Upper && (s.word(k) == "lga" || s.word(k) == "lgas") {
		return 1
	}
	return 0
}

// cardinalAt returns the length in tokens of a compass point and the
// division word after it ("East district", "North local government
// area") at token k, or 0. Divisions named so are common in India,
// Pakistan, Nigeria, Kenya and Uganda ("Karachi South district", "Jos
// North", "Mandera East constituency").
func (s *scanner) cardinalAt(k int) int {
	if k >= len(s.toks) || !s.toks[k].Cap || !s.toks[k].Space || s.toks[k].Newlines > 0 {
		return 0
	}
	w := s.word(k)
	if _, ok := compass[w]; (!ok || len(w) <= 2 || strings.HasSuffix(w, "ern")) && w != "central" {
		return 0
	}
	if n := s.lgaAt(k + 1); n > 0 {
		return n + 1
	}
	if s.wcls(k+1)&cGeneric != 0 && s.toks[k+1].Newlines == 0 || s.word(k+1) == "constituency" {
		return 2
	}
	return 0
}

// facilityAt reads a landmark word or a two-word landmark ("air base",
// "transit centre") at token k and returns it with its length in tokens.
func (s *scanner) facilityAt(k int) (string, int) {
	c := s.wcls(k)
	if c&(cFacility|cFacilityFirst) == 0 {
		return "", 0
	}
	w := s.word(k)
	if c&cFacilityFirst != 0 {
		if n := s.word(k + 1); s.wcls(k+1)&cFacility != 0 && s.toks[k+1].Newlines == 0 {
			return w + " " + n, 2
		}
	}
	if c&cFacility != 0 {
		return w, 1
	}
	return "", 0
}

// direction reads a compass word ending at token k ("west", "north-east",
// "northeastern") and returns its bearing and first token.
func (s *scanner) direction(k int) (float64, int, bool) {
	w := s.word(k)
	b, ok := compass[w]
	if !ok || len(w) <= 2 {
		return 0, 0, false
	}
	if k >= 2 && s.toks[k-1].Norm == "-" {
		if b2, ok := compass[s.word(k-2)]; ok && len(s.word(k-2)) > 2 {
			// north-east: halfway between north (0/360) and east.
			if b2 == 0 && b > 180 {
				b2 = 360
			}
			return (b + b2) / 2, k - 2, true
		}
	}
	return b, k, true
}

// distance reads "[about] 25 km [(15 miles)] [to the]" ending at token k.
func (s *scanner) distance(k int) (float64, int, bool) {
	toks := s.toks
	for s.word(k) == "the" || s.word(k) == "to" {
		k--
	}
	if k >= 0 && toks[k].Norm == ")" {
		for k >= 0 && toks[k].Norm != "(" && k > 0 {
			k--
		}
		k--
	}
	unit, ok := units[s.word(k)]
	if !ok || k < 1 {
		return 0, 0, false
	}
	k--
	if s.word(k) == "nautical" {
		unit = 1.852
		k--
	}
	if k >= 0 && toks[k].Norm == "-" { // "25-km"
		k--
	}
	if k < 0 {
		return 0, 0, false
	}
	var n float64
	if toks[k].Kind == text.Number {
		v, err := strconv.ParseFloat(strings.ReplaceAll(toks[k].Norm, ",", ""), 64)
		if err != nil {
			return 0, 0, false
		}
		n = v
	} else if v, ok := smallNumbers[toks[k].Norm]; ok {
		n = v
	} else {
		return 0, 0, false
	}
	if n <= 0 || n*unit > 2000 {
		return 0, 0, false
	}
	return n * unit, k, true
}

// unknown reads a name the gazetteer lacks when its frame makes it a place:
// "the village of X", "X camp". m must be zero; it holds the mention when
// unknown returns true.
func (s *scanner) unknown(i int, m *mention) bool {
	toks := s.toks
	if s.cls(i)&(cFunction|cPersonCue) != 0 {
		return false
	}
	j := i
	for j < len(toks) && j-i < 4 {
		t := &toks[j]
		if j > i && (t.Newlines > 0 || !t.Space && t.Kind == text.Punct && t.Norm == "-") {
			if t.Norm == "-" && j+1 < len(toks) && !toks[j+1].Space {
				j++
				continue
			}
			break
		}
		// "al-Tabi'in": a lower-case article joined to a capitalised name.
		article := j == i && t.Norm == "al" && j+2 < len(toks) && toks[j+1].Norm == "-" && toks[j+2].Cap
		if t.Kind != text.Word || t.Norm == "'s" || !(t.Cap || article || (j > i && s.cls(j)&cConnector != 0)) {
			break
		}
		if j > i && t.Norm == "of" && s.word(i-1) == "of" && s.wcls(i-2)&cPlaceNoun != 0 {
			// "the settlement of Kotlyne of the Donetsk People's
			// Republic": a village framed as a place ends where the
			// place it lies in begins.
			break
		}
		j++
	}
	for j > i && !toks[j-1].Cap {
		j--
	}
	// "Al-Sabeen Square": a capitalised landmark word ends the name of
	// the place it lies in.
	capFacility, capGeneric := "", ""
	if j-i >= 2 && s.cls(j-1)&cFacility != 0 && toks[j-2].Kind == text.Word {
		capFacility = toks[j-1].Norm
		j--
	} else if j-i >= 2 && s.cls(j-1)&cGeneric != 0 && toks[j-2].Kind == text.Word {
		// "Kawlin Township": a division named after a town the index
		// lacks.
		capGeneric = toks[j-1].Norm
		j--
	}
	if j == i || j == i+1 && toks[i].Norm == "al" {
		return false
	}
	// m is zero: setting its fields one by one spares the barriers a
	// whole-struct store of its pointer fields costs.
	m.i, m.j, m.si, m.sj, m.single, m.fallback, m.sent = i, j, i, j, j == i+1, true, s.sent
	if s.excluded(i, j) || i > 0 && s.cls(i-1)&cVessel != 0 {
		return false
	}
	cue := s.cueBefore(m)
	// "Kotlyne, about 10 km west of Pokrovsk": the relative position
	// after it frames the name and places it.
	framed := m.noun != "" || j < len(toks) && toks[j].Norm == "," && s.cueAfter(j)
	if w := s.word(j); s.wcls(j)&cCamp != 0 && toks[j].Newlines == 0 {
		m.camp, m.noun, m.sj, framed = true, "camp", j+1, true
	} else if (w == "refugee" || w == "displacement" || w == "idp") && s.wcls(j+1)&cCamp != 0 {
		m.camp, m.noun, m.sj, framed = true, "camp", j+2, true
	} else if capFacility != "" {
		m.facility, m.noun, m.sj, framed = capFacility, "facility", j+1, true
	} else if f, n := s.facilityAt(j); n > 0 && toks[j].Newlines == 0 && (!m.single || cue || s.word(i-1) == "the" || s.word(i-1) == "'s") {
		// "Kyeshero hospital", "the Tishreen Dam", "Russia's Hmeimim
		// air base": a landmark of the place the article is about.
		m.facility, m.noun, m.sj, framed = f, "facility", j+n, true
	} else if capGeneric != "" {
		m.noun, m.genWord, m.sj, framed = "district", capGeneric, j+1, true
	} else if n := s.lgaAt(j); n > 0 {
		m.noun, m.genWord, m.sj, framed = "district", "local government area", j+n, true
	} else if s.wcls(j)&cGeneric != 0 && toks[j].Newlines == 0 {
		// "Hodan district": a division the index lacks, inside the
		// town or region its sentence names.
		m.noun, m.genWord, m.sj, framed = "district", w, j+1, true
	} else if i > 0 && toks[i-1].Norm == "(" && j < len(toks) && toks[j].Norm == "," {
		// "(Abdiaziz, Banadir)": a locality before its region.
		m.noun, framed = "village", true
	} else if b := s.bracketAfter(j); b > 0 && m.noun == "" {
		// "Koutruk village (Imphal West, Manipur)": the bracket names
		// the division the locality lies in.
		m.noun, m.sj, m.byBracket, framed = "village", b, true, true
	}
	if !framed && !cue && i >= 2 && (toks[i-1].Norm == "," || toks[i-1].Norm == "and") && toks[i-2].Cap {
		// "villages including Nabatieh, Bint Jbeil and Khiam": a list of
		// names goes on.
		cue = true
	}
	if !framed {
		// "in Khiam": a name framed only by a preposition may still be a
		// transliteration of a place the index holds; it is sought by its
		// skeleton near the article's other places, and dropped if absent.
		if !cue || s.sentStart(i) || j-i > 2 || s.cls(i)&(cDayMonth|cPersonCue) != 0 {
			return false
		}
		if j < len(toks) && toks[j].Kind == text.Word && toks[j].Cap && toks[j].Newlines == 0 {
			return false
		}
		if p := i - 1; p >= 0 && toks[p].Kind == text.Word && toks[p].Cap && s.cls(p)&(cFunction|cCue) == 0 {
			return false
		}
		m.fallback = false
	}
	m.skeleton = true
	for k := i; k < j; k++ {
		if s.cls(k)&(cDemonym|cOrgHead) != 0 {
			return false
		}
		if toks[k].Upper && len(toks[k].Norm) <= 6 {
			return false // an acronym ("ISWAP camps") names a group
		}
	}
	// Last, as it reads the whole line: a headline's capitals frame
	// nothing.
	if s.headline() {
		return false
	}
	m.cue = true
	return true
}
