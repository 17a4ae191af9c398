// Package attribution finds the statements an article attributes to someone:
// what was said (the content as it stands in the text), who said it, through
// whom it was relayed, and the words that mark it. Every figure sitrep keeps
// carries the claim it came from, so this stage decides whose word a number
// is.
//
// The rules are patterns over tokens, not a parser: a cue word ("said",
// "according to", "told", "showed"), the speaker phrase before or after it,
// and the content clause on the other side. A lead line ending on a colon
// carries the list under it, and a sentence that only names a source ("The
// ministry gave new figures.") lends it to the next (list.go). Lexicons live in lexicon.go;
// nothing here knows any party by name, so every side is read alike.
package attribution

import (
	"strings"

	"sitrep"
	"sitrep/internal/actors"
	"sitrep/internal/text"
)

// Claim is one attributed statement.
type Claim struct {
	// Content is the attributed content as it stands in the text: not the
	// whole sentence, not the cue, not the speaker.
	Content sitrep.Span
	// First and Last are the token range [First, Last) of the content.
	First, Last int
	// Source is the entity id in the actors.Table of who says it.
	Source string
	// Via are the entity ids of relays ("told Reuters", "X reported,
	// citing Y").
	Via []string
	// Cue is the folded word or phrase that marks the attribution.
	Cue     string
	CueSpan sitrep.Span
	// Denial is true when the cue denies or rejects the content.
	Denial bool
}

// resolver points a role noun or pronoun ("the group", "its spokesman",
// "it") at the entity it stands for. actors.Table implements it; the
// claim-aware rules in resolve.go go first (a pronoun continues the last
// claim; a body noun in an entity's own name wins), the table's Resolve
// next, and fallback when it gives up.
type resolver interface {
	Resolve(doc *text.Doc, first, last int) (string, bool)
}

// Find returns the claims in doc, in text order. Speakers the table does not
// hold yet (unnamed officials, people named only here) are added to tab.
func Find(doc *text.Doc, tab *actors.Table) []Claim {
	return find(doc, tab, false, nil)
}

// Scratch holds the buffers one FindScratch call works in, so a caller
// that runs over many articles reuses them. It is not safe for concurrent
// use.
type Scratch struct {
	out    []Claim
	sentOf []int
	notes  []spoken
	spoke  []spoken
	ids    []uint16
	runs   []mrun
	folded map[string]string
}

// FindScratch is Find working in s. The claims it returns live in s: they
// are valid until s is used again or Reset.
func FindScratch(doc *text.Doc, tab *actors.Table, s *Scratch) []Claim {
	return find(doc, tab, false, s)
}

// Reset drops s's references to the last article's strings, so a pooled
// Scratch does not keep them alive.
func (s *Scratch) Reset() {
	clear(s.out)
	s.out = s.out[:0]
	clear(s.notes)
	s.notes = s.notes[:0]
	clear(s.spoke)
	s.spoke = s.spoke[:0]
	// Ids name other entities in the next article.
	clear(s.folded)
}

// Headlines returns the claims of the article's headlines ("…, health
// ministry says"), which Find leaves out: a headline restates the body's
// claim in short, and the record keeps the body's. The counts stage uses
// them to source a figure that only a headline gives.
func Headlines(doc *text.Doc, tab *actors.Table) []Claim {
	return find(doc, tab, true, nil)
}

func find(doc *text.Doc, tab *actors.Table, headlines bool, s *Scratch) []Claim {
	if doc == nil || tab == nil || len(doc.Tokens) == 0 {
		return nil
	}
	f := &finder{doc: doc, toks: doc.Tokens, tab: tab, sents: lines(doc), headlines: headlines}
	if !headlines {
		if s != nil && cap(s.out) > 0 {
			s.Reset()
			f.out, f.sentOf, f.notes, f.spoke, f.runs = s.out, s.sentOf[:0], s.notes, s.spoke, s.runs[:0]
			f.folded = s.folded
			if cap(s.ids) >= len(f.toks) {
				f.ids = s.ids[:len(f.toks)]
				clear(f.ids)
			}
		} else {
			// Articles carry about one claim per two sentences.
			f.out = make([]Claim, 0, len(f.sents)/2+4)
			f.sentOf = make([]int, 0, cap(f.out))
			f.notes = make([]spoken, 0, cap(f.out))
		}
	}
	if r, ok := any(tab).(resolver); ok {
		f.res = r
	}
	for si := range f.sents {
		f.runs = f.runs[:0]
		f.sentence(si)
	}
	if s != nil {
		s.out, s.sentOf, s.notes, s.spoke, s.folded = f.out, f.sentOf, f.notes, f.spoke, f.folded
		clear(f.runs)
		s.runs = f.runs[:0]
		if cap(f.ids) > cap(s.ids) {
			s.ids = f.ids
		}
	}
	return f.out
}

type finder struct {
	doc  *text.Doc
	toks []text.Token
	tab  *actors.Table
	res  resolver
	out  []Claim
	// sents are the document's sentences, split again at line breaks: a
	// live blog's entry heading never runs into its first sentence.
	sents []text.Sentence
	// docSrc remembers who issued each kind of document the article
	// cites ("In a statement, the Islamic Resistance said"), so "according
	// to a second statement" finds its issuer however far back.
	docSrc map[string]string
	// notes are the sentences and sources of the claims made, in order,
	// which docSource reads into docSrc; read are those it has read.
	// Few articles ever ask, so none is read before one does.
	notes []spoken
	read  int
	// docless marks the sentences found to name no document, so a
	// sentence of several speakers is read once.
	docless []bool
	// headlines reads only headline lines, instead of only the others.
	headlines bool
	// loose lets a plain noun phrase speak when a strong cue follows it
	// ("the so-called resistance committees accused …").
	loose bool
	// spoke lists every speaker resolved at a cue, with its sentence, even
	// when no claim came of it ("Hamas rejected the accusation."): the
	// next "the movement said" points back at it.
	spoke []spoken
	// folded caches entities' folded names by id.
	folded map[string]string
	// sentOf holds, for each claim in out, the sentence its cue is in.
	sentOf []int
	// listEnd is the token after the last list item a lead's claim took
	// in: the items are not read again.
	listEnd int
	// lead is a source a lead-in sentence named for the next one.
	lead lead
	// ids holds, per token, the index of its lexicon entry once looked
	// up (see lex).
	ids []uint16
	// runs is the store mentions carves its results from, emptied per
	// sentence: no run outlives the reading of its sentence.
	runs []mrun
}

type spoken struct {
	id string
	si int
}

// maxSentence bounds a sentence in tokens. Real sentences are far
// shorter; a run-on line of garbage is cut, so the work per sentence, and
// Find as a whole, stays linear in the input.
const maxSentence = 300

// lines splits doc's sentences at line breaks, and any run-on sentence
// into pieces of at most maxSentence tokens.
//
// A token after a line break (Newlines > 0) is one whose gap from the token
// before holds a '\n' byte: the tokenizer keeps line breaks out of tokens.
// So the breaks are found by searching the text for '\n', which reads
// bytes by the word, instead of asking every token of the document, twice
// per article (Find and Headlines).
//
// Few sentences split, so the document's own sentences are returned, not
// copied, until one does.
func lines(doc *text.Doc) []text.Sentence {
	var out []text.Sentence
	toks := doc.Tokens
	for si, s := range doc.Sentences {
		first := s.First
		// put adds a piece, copying the sentences before si on the first.
		put := func(p text.Sentence) {
			if out == nil {
				out = make([]text.Sentence, 0, len(doc.Sentences)+8)
				out = append(out, doc.Sentences[:si]...)
			}
			out = append(out, p)
		}
		// split ends the piece before token i.
		split := func(i int) {
			put(text.Sentence{Start: toks[first].Start, End: toks[i-1].End, First: first, Last: i, Para: s.Para})
			first = i
		}
		// Breaks before the sentence's later tokens lie in the text
		// between its first token's end and its last token's start.
		for off, stop := toks[s.First].End, toks[s.Last-1].Start; off < stop; {
			j := strings.IndexByte(doc.Text[off:stop], '\n')
			if j < 0 {
				break
			}
			i := doc.TokenAt(off + j) // the token after the break
			for i-first > maxSentence {
				split(first + maxSentence)
			}
			if i-first == maxSentence || headingBreak(doc, i) {
				split(i)
			}
			off = toks[i].Start
		}
		for s.Last-1-first >= maxSentence {
			split(first + maxSentence)
		}
		if p := (text.Sentence{Start: toks[first].Start, End: s.End, First: first, Last: s.Last, Para: s.Para}); out != nil || p != s {
			put(p)
		}
	}
	if out == nil {
		return doc.Sentences
	}
	return out
}

// headingBreak reports that the line break before token i ends a heading
// the text layer ran into the next line ("18:40 – Over 1,700 evacuated,
// governor says\nKharkiv Oblast Governor …"), not a hard wrap inside a
// sentence: the next line starts with a capital and the last one ends
// on a word that can end a sentence.
func headingBreak(doc *text.Doc, i int) bool {
	next, prev := doc.Tokens[i], doc.Tokens[i-1]
	// The heading is a paragraph's first line, and a short one.
	start := i - 1
	for start > 0 && doc.Tokens[start].Newlines == 0 {
		start--
	}
	if i-start > 20 || start > 0 && doc.Tokens[start].Newlines < 2 {
		return false
	}
	if !next.Cap && next.Kind != text.Number && !(next.Kind == text.Punct && next.Norm == "\"") {
		return false
	}
	if prev.Kind == text.Punct {
		return prev.Norm != "," && prev.Norm != "-" && prev.Norm != "("
	}
	return !npBoundary[prev.Norm] && !articles[prev.Norm] && !personPrep[prev.Norm] && !adverbialPreps[prev.Norm]
}

// sentenceOf returns the index in f.sents of the sentence holding token i.
func (f *finder) sentenceOf(i int) int {
	lo, hi := 0, len(f.sents)
	for lo < hi {
		m := (lo + hi) / 2
		if f.sents[m].Last <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func (f *finder) norm(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.toks[i].Norm
}

func (f *finder) span(a, b int) sitrep.Span {
	return sitrep.Span{f.toks[a].Start, f.toks[b-1].End}
}

func (f *finder) isPunct(i int) bool {
	return uint(i) < uint(len(f.toks)) && f.toks[i].Kind == text.Punct
}

// isQuote reports a double quotation mark (straight or curly).
func (f *finder) isQuote(i int) bool { return f.isPunct(i) && f.toks[i].Norm == "\"" }

// opensQuote reports a quotation mark that opens: space before, a word
// glued after.
func (f *finder) opensQuote(i int) bool {
	if !f.isQuote(i) {
		return false
	}
	if r := f.doc.Text[f.toks[i].Start:f.toks[i].End]; r == "\u201c" || r == "\u00ab" || r == "\u201e" {
		return true
	}
	if r := f.doc.Text[f.toks[i].Start:f.toks[i].End]; r == "\u201d" || r == "\u00bb" {
		return false
	}
	return (f.toks[i].Space || i == 0) && i+1 < len(f.toks) && !f.toks[i+1].Space
}

// hardDash reports a dash standing between spaces ("GAZA – Hamas"), which
// separates phrases, unlike the hyphen in "ad-Din".
func (f *finder) hardDash(i int) bool {
	return f.isPunct(i) && f.toks[i].Norm == "-" && (f.toks[i].Space || (i+1 < len(f.toks) && f.toks[i+1].Space))
}

// sentence finds every claim whose cue is in sentence si.
func (f *finder) sentence(si int) {
	s := f.sents[si]
	if f.title(si) != f.headlines || s.First < f.listEnd {
		return
	}
	start := len(f.out)
	inQuote := false
	toks := f.toks[:s.Last]
	for i := s.First; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == text.Punct && t.Norm == "\"" {
			inQuote = f.opensQuote(i)
			continue
		}
		if inQuote {
			// A cue inside a quotation is the quoted speaker's own words.
			continue
		}
		if !cueFilter.MayContainHash(t.Hash) || !f.is(i, cCue|cSilence|cAccording) || f.inContent(start, i) {
			// Most words cue nothing; a cue inside a claim's content is
			// reported speech.
			continue
		}
		n := t.Norm
		if n == "according" && f.norm(i+1) == "to" {
			f.according(si, i)
			i++
			continue
		}
		if f.is(i, cSilence) && f.negated(i, s.First) {
			f.silent(si, i)
			continue
		}
		if fl, ok := f.cueAt(i); ok && f.toks[i].Kind == text.Word && !f.toks[i].Cap && !nounBefore(f.norm(i-1)) && !(f.toks[i].Space == false && f.norm(i-1) == "-") && !f.pluralNoun(i, s.First) {
			f.cue(si, i, fl)
		}
	}
	if len(f.out) == start {
		f.statementLead(si)
	}
	if len(f.out) == start {
		f.quoteAfter(si)
	}
	if len(f.out) == start {
		f.fromLead(si)
	}
	f.dropNested(start)
	f.list(si, start)
	if len(f.out) == start {
		f.leadIn(si)
	}
}

// quoteAfter reads a sentence that is a quotation and nothing else, right
// after a claim: '"This is outrageous," said X. "It is the culmination of
// weeks of attacks."' The speaker goes on.
func (f *finder) quoteAfter(si int) {
	s := f.sents[si]
	if si == 0 || len(f.out) == 0 || f.sentOf[len(f.out)-1] != si-1 || !f.opensQuote(s.First) {
		return
	}
	e := s.Last - 1
	for e > s.First && f.isPunct(e) && !f.isQuote(e) {
		e--
	}
	if e <= s.First+1 || !f.isQuote(e) || f.opensQuote(e) {
		return
	}
	for k := s.First + 1; k < e; k++ {
		if f.isQuote(k) {
			return
		}
	}
	last := f.out[len(f.out)-1]
	f.add(si, s.First, e+1, last.Source, last.Via, s.First, s.First+1, "\"", false)
}

// nounBefore reports a word that makes the cue after it a noun ("the
// claim", "its report").
func nounBefore(n string) bool {
	switch n {
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "whose", "daily", "new", "latest", "first":
		return true
	}
	return false
}

// pluralNoun reports a cue word that is the plural noun of a list ("in
// Borno, Adamawa and Yobe states", "Gulf and Arab states"): a coordinated
// name or a quantifier stands before it, and no speaker can.
func (f *finder) pluralNoun(i, first int) bool {
	if !f.is(i, cNounPlural) || i-1 < first || f.norm(i+1) == "that" {
		return false
	}
	prev := f.toks[i-1]
	if prev.Kind == text.Number || f.is(i-1, cListQuantifier|cDeterminer) {
		return true
	}
	if !prev.Cap {
		return false
	}
	// Back over the name to the word joining it to the list.
	k := i - 1
	for k > first && k > i-5 && f.toks[k].Cap && f.toks[k].Kind == text.Word {
		k--
	}
	return (f.norm(k) == "and" || f.norm(k) == "or") && k > first && (f.toks[k-1].Cap || f.norm(k-1) == ",")
}

// nounPlural are cue words that are also plural nouns naming places or
// bodies in a list.
var nounPlural = set("states")

// listQuantifier words before a plural noun make it one ("member states",
// "two states", "neighbouring states").
var listQuantifier = set("member", "many", "several", "other", "some", "all", "both", "neighbouring",
	"neighboring", "western", "eastern", "northern", "southern", "central", "federal", "border", "frontline",
	"coastal", "gulf", "arab", "african", "european", "baltic", "nuclear", "these", "those", "few", "most",
	"sovereign", "island", "littoral", "affected", "riparian", "non-aligned")

// title reports that sentence si is a headline: a line of its own with no
// full stop (the article's title, a live blog's entry heading). Headlines restate the body's claims in short;
// the body's fuller claims are the ones kept.
func (f *finder) title(si int) bool {
	s := f.sents[si]
	if s.Last < len(f.toks) && f.toks[s.Last].Newlines == 0 {
		return false
	}
	if s.First > 0 && f.toks[s.First].Newlines == 0 {
		return false
	}
	// A paragraph that merely lacks its full stop is longer than a
	// headline.
	// A line ending on a colon leads what follows it.
	return s.Last-s.First <= 30 && !(f.isPunct(s.Last-1) && (isTerminalPunct(f.toks[s.Last-1].Norm) || f.toks[s.Last-1].Norm == ":"))
}

func isTerminalPunct(n string) bool { return n == "." || n == "!" || n == "?" || n == "\"" }

// inContent reports that token i lies in the content of a claim found in
// this sentence: a cue there is reported speech inside the claim.
func (f *finder) inContent(start, i int) bool {
	for k := start; k < len(f.out); k++ {
		if f.out[k].First <= i && i < f.out[k].Last {
			if fl, _ := f.cueAt(i); fl&gerund != 0 || f.toks[i].Norm == "according" {
				return false
			}
			return true
		}
	}
	return false
}

// add records a claim; it drops empty content and trims quotes and stray
// punctuation from both ends.
func (f *finder) add(si, a, b int, source string, via []string, cueA, cueB int, cue string, deny bool) bool {
	a, b = f.trim(a, b)
	if b-a < 1 || source == "" {
		return false
	}
	f.noteDocs(si, source)
	added := false
	for a < b {
		e, next := f.cut(a, b)
		if pa, pb := f.trim(a, e); pb > pa {
			f.out = append(f.out, Claim{
				Content: f.span(pa, pb), First: pa, Last: pb, Source: source, Via: via,
				Cue: cue, CueSpan: f.span(cueA, cueB), Denial: deny,
			})
			f.sentOf = append(f.sentOf, si)
			added = true
		}
		a = next
	}
	return added
}

// noteDocs records source as the issuer of the documents named in
// sentence si.
func (f *finder) noteDocs(si int, source string) {
	if n := len(f.notes); n == 0 || f.notes[n-1] != (spoken{source, si}) {
		f.notes = append(f.notes, spoken{source, si})
	}
}

// docSource returns who issued the document named by the folded noun
// last, as the claims made so far tell: each note is read once, in order.
func (f *finder) docSource(noun string) string {
	for ; f.read < len(f.notes); f.read++ {
		f.readDocs(f.notes[f.read])
	}
	return f.docSrc[noun]
}

// readDocs records n.id as the issuer of the documents named in sentence
// n.si.
func (f *finder) readDocs(n spoken) {
	if f.docless == nil {
		f.docless = make([]bool, len(f.sents))
	}
	if f.docless[n.si] {
		return
	}
	s := f.sents[n.si]
	found := false
	toks, docs := f.toks[:s.Last], documentFilter
	for k := s.First; k < len(toks); k++ {
		if !docs.MayContainHash(toks[k].Hash) || f.lex(k).role.class != roleDocument {
			continue
		}
		if f.docSrc == nil {
			f.docSrc = map[string]string{}
		}
		f.docSrc[f.toks[k].Norm] = n.id
		found = true
	}
	f.docless[n.si] = !found
}

// cut returns where the first statement in content [a, b) ends and where
// the next begins. One cue may carry several statements: "said A and that
// B", or a quotation of several sentences; each is a claim of its own.
func (f *finder) cut(a, b int) (end, next int) {
	if si := f.sentenceOf(a); si < len(f.sents) && f.sents[si].Last < b {
		b2 := f.sents[si].Last
		if e, n := f.cut(a, b2); n < b2 {
			return e, n
		}
		return b2, b2
	}
	inQuote := false
	toks := f.toks
	for i := a; i+1 < b; i++ {
		t := &toks[i]
		if t.Kind == text.Punct && t.Norm == "\"" {
			inQuote = !inQuote
			continue
		}
		if !inQuote && t.Norm == "and" && toks[i+1].Norm == "that" && i > a {
			return i, i + 2
		}
	}
	return b, b
}

// trim narrows [a, b) past punctuation at its ends, keeping a quotation's
// closing mark only when its opening one is inside.
func (f *finder) trim(a, b int) (int, int) {
	for a < b && f.isPunct(a) && trimmable(f.toks[a].Norm) {
		a++
	}
	for b > a && f.isPunct(b-1) && trimmable(f.toks[b-1].Norm) {
		b--
	}
	// A bracket left open or closed by the cut goes too.
	if b > a && f.toks[b-1].Norm == ")" && !f.has(a, b-1, "(") {
		b--
	}
	if b > a && f.toks[a].Norm == "(" && !f.has(a+1, b, ")") {
		a++
	}
	return a, b
}

func (f *finder) has(a, b int, norm string) bool {
	for i := a; i < b; i++ {
		if f.toks[i].Norm == norm && f.toks[i].Kind == text.Punct {
			return true
		}
	}
	return false
}

func trimmable(n string) bool {
	switch n {
	case ".", ",", ";", ":", "\"", "'", "!", "?", "…", "-":
		return true
	}
	return false
}

// dropNested removes claims of this sentence whose cue lies inside another
// claim's content: "X said Y had denied it" is X's claim.
func (f *finder) dropNested(start int) {
	if len(f.out)-start < 2 {
		return
	}
	keep := f.out[:start]
	ks := f.sentOf[:start]
	for i := start; i < len(f.out); i++ {
		nested := false
		for j := start; j < len(f.out); j++ {
			if i != j && f.out[j].Content.Contains(f.out[i].CueSpan) {
				nested = true
				break
			}
		}
		if !nested {
			keep = append(keep, f.out[i])
			ks = append(ks, f.sentOf[i])
		}
	}
	f.out, f.sentOf = keep, ks
}

// lastIn returns the index of the last claim whose cue is in sentence si
// and before token c, or -1.
func (f *finder) lastIn(si, c int) int {
	for k := len(f.out) - 1; k >= 0 && f.sentOf[k] == si; k-- {
		if f.out[k].CueSpan[0] < f.toks[c].Start {
			return k
		}
	}
	return -1
}
