// Package counts finds the numbers of people an article reports: how many
// were killed, injured, displaced, captured or missing, who they were, and
// whose word the figure is. A count inside an attributed claim takes the
// claim's source; a count in the article's own voice has none.
//
// Numbers come from the numbers stage; this stage decides which of them
// count people (a head noun such as "soldiers" or a status word such as
// "killing" beside a bare figure) and reads the status from the words
// around them. Lexicons live in lexicon.go. Situation reports add two
// shapes (list.go, issuer.go): a table row under a lead line takes its
// status from the lead, and a flash update's own voice is its issuer's.
package counts

import (
	"cmp"
	"slices"
	"sort"

	"sitrep"
	"sitrep/internal/actors"
	"sitrep/internal/attribution"
	"sitrep/internal/numbers"
	"sitrep/internal/text"
)

// Count is one number of people.
type Count struct {
	// First and Last are the token range [First, Last) of the count phrase.
	First, Last int
	Span        sitrep.Span
	// Min and Max bound the figure; Max is nil when open above.
	Min int64
	Max *int64
	// Text is the count phrase as written ("more than 60 soldiers").
	Text string
	// Status is one of the sitrep.Status* values.
	Status string
	// Who is the head noun phrase ("Israeli soldiers", "children").
	Who string
	// Source is the entity id of the claim holding the count, "" when the
	// article states it in its own voice.
	Source string
	// Claim indexes the claims slice given to Find, -1 when none.
	Claim int
}

// Find returns the counts of people in doc, in text order.
func Find(doc *text.Doc, qs []numbers.Quantity, claims []attribution.Claim, tab *actors.Table) []Count {
	return FindScratch(doc, qs, claims, tab, nil)
}

// Scratch holds the buffers one FindScratch call works in, so a caller
// that runs over many articles reuses them. It is not safe for concurrent
// use.
type Scratch struct {
	out     []Count
	classes []uint8
	starts  []int
}

// Reset drops s's references to the last article's strings, so a pooled
// Scratch does not keep them alive.
func (s *Scratch) Reset() {
	clear(s.out)
	s.out = s.out[:0]
}

// FindScratch is Find working in s (nil for none). The counts it returns
// live in s: they are valid until s is used again or Reset.
func FindScratch(doc *text.Doc, qs []numbers.Quantity, claims []attribution.Claim, tab *actors.Table, s *Scratch) []Count {
	if doc == nil {
		return nil
	}
	var out []Count
	var cls []uint8
	var starts []int
	if s != nil {
		s.starts = byStart(s.starts, claims)
		starts = s.starts
		s.Reset()
		out = s.out
		if cap(s.classes) < len(doc.Tokens) {
			s.classes = make([]uint8, len(doc.Tokens))
		}
		cls = s.classes[:len(doc.Tokens)]
		clear(cls)
	} else {
		cls = make([]uint8, len(doc.Tokens))
		starts = byStart(nil, claims)
	}
	if cap(out) == 0 {
		// About one quantity in two counts people.
		out = make([]Count, 0, len(qs)/2+2)
	}
	f := &finder{doc: doc, toks: doc.Tokens, claims: claims, byStart: starts, tab: tab, classes: cls}
	out = f.find(qs, out)
	if s != nil {
		s.out = out
	}
	return out
}

func (f *finder) find(qs []numbers.Quantity, out []Count) []Count {
	doc, tab := f.doc, f.tab
	var heads []attribution.Claim
	headsRead := false
	for i := range qs {
		c, ok := f.count(&qs[i], out)
		if !ok {
			continue
		}
		if c.Source == "" && tab != nil && f.headline(f.doc.Sentences[f.doc.SentenceOf(c.First)]) {
			// A headline's figure takes the headline's speaker ("…
			// kills 23, health ministry says"), though the record keeps
			// no claim for it.
			if !headsRead {
				heads, headsRead = attribution.Headlines(doc, tab), true
			}
			for _, h := range heads {
				if h.Content.Contains(c.Span) {
					c.Source = h.Source
					break
				}
			}
		}
		if c.Source == "" && c.Claim < 0 {
			c.Source = f.tollSpeaker(&c)
		}
		if c.Source == "" && c.Claim < 0 {
			c.Source = f.riseSpeaker(c.First)
		}
		if c.Source == "" && c.Claim < 0 {
			c.Source = f.recordSpeaker(c.First)
		}
		if sum, ok := f.coordSum(&c); ok {
			// "a mother and her four children": the four are part of
			// the five.
			c.Status = sum.Status
			out = append(out, sum)
		}
		out = append(out, c)
		if one, ok := f.coordOne(&out[len(out)-1]); ok {
			out = append(out, one)
		}
	}
	out = f.singles(out)
	// "Forty-nine civilians and 15 soldiers were killed": the predicate
	// after the last of a coordinated list gives every count its status.
	for i := len(out) - 2; i >= 0; i-- {
		c, n := &out[i], &out[i+1]
		if c.Status == sitrep.StatusOther && n.Status != sitrep.StatusOther && n.First == c.Last+1 &&
			(f.norm(c.Last) == "and" || f.norm(c.Last) == ",") {
			c.Status = n.Status
		}
	}
	if id := f.issuer(); id != "" {
		for i := range out {
			if out[i].Source == "" && !f.headline(f.doc.Sentences[f.doc.SentenceOf(out[i].First)]) {
				out[i].Source = id
			}
		}
	}
	out = dropBare(out)
	return dedupeHeadlines(f, out)
}

type finder struct {
	doc    *text.Doc
	toks   []text.Token
	claims []attribution.Claim
	// byStart indexes claims by where their content starts.
	byStart []int
	tab     *actors.Table
	// classes caches the ids of the tokens' classes as cls reads them.
	classes []uint8
}

// byStart returns the claim indices ordered by content start.
// It fills buf when buf is large enough.
func byStart(buf []int, cs []attribution.Claim) []int {
	idx := buf[:0]
	if cap(idx) < len(cs) {
		idx = make([]int, 0, len(cs))
	}
	for i := range cs {
		idx = append(idx, i)
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(cs[a].Content[0], cs[b].Content[0]) })
	return idx
}

func (f *finder) norm(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.toks[i].Norm
}

func (f *finder) punct(i int) bool { return i >= 0 && i < len(f.toks) && f.toks[i].Kind == text.Punct }

// count reads the count at quantity q, given the counts found before it.
func (f *finder) count(q *numbers.Quantity, prev []Count) (Count, bool) {
	if !q.HeadCount() || q.Last <= q.First {
		return Count{}, false
	}
	if !q.Words && q.Qualifier == "" && q.Min >= 1900 && q.Min <= 2100 && q.Max != nil && *q.Max == q.Min && q.Last < len(f.toks) && f.toks[q.Last].Cap {
		return Count{}, false // "the 2015 Algiers agreement": a year
	}
	c := Count{First: q.First, Last: q.Last, Min: q.Min, Max: q.Max, Claim: -1}
	j := q.Last
	part := false
	var parent *Count
	if f.norm(j) == "of" {
		switch n := f.norm(j + 1); {
		case f.is(j+1, cPartOf) && !q.Vague:
			// "seven of them", "eight of the dead", "two of whom".
			part = true
			if n == "the" || n == "these" || n == "those" || n == "its" || n == "their" || n == "our" || n == "his" || n == "her" {
				k := j + 2
				if st := f.status(k); !f.is(k, cPeople) && (st != "" && (n == "those" || n == "the") && f.toks[k].Kind == text.Word) {
					// "six of those killed", "two of those arrested": the
					// participle names the people and their status.
					c.Status = st
					c.Last = k + 1
					j = c.Last
					break
				}
				if !f.is(k, cPeople) {
					return Count{}, false
				}
				c.Who = f.doc.Slice(k, k+1)
				c.Status = f.status(k)
				c.Last = k + 1
			} else {
				c.Last = j + 2
				if a := f.norm(c.Last); a == "a" || a == "an" {
					return Count{}, false // "13 children, one of them a baby"
				}
			}
			j = c.Last
		case q.Vague || n == "the" || n == "them":
			j++
			if q.Vague && (f.norm(j) == "the" && f.is(j+1, cPeople) || possessive(f.norm(j))) {
				j++ // "dozens of the injured", "thousands of its troops"
			}
		}
	}
	head, modStatus, whoStart := -1, "", j
	if !part {
		head, modStatus, whoStart = f.head(j)
		if head == -2 {
			return Count{}, false // a count of things
		}
		if head == -1 && f.actor(j) && !f.actor(q.First) && f.norm(q.First-1) != "the" {
			// "47 Khawarij were killed", "killed 12 Houthis": the
			// actor's name counts its members when a status stands by.
			id, _ := f.tab.At(j)
			e := j + 1
			for e < len(f.toks) && e < j+8 {
				if id2, ok := f.tab.At(e); !ok || id2 != id {
					break
				}
				e++
			}
			if f.statusAfter(e) != "" || f.statusBefore(q.First) != "" {
				head, whoStart = e-1, j
			}
		}
		if head == -1 && q.Min == 1 && q.Max != nil && *q.Max == 1 && singularOfPeople(f.norm(j)) && f.toks[j].Kind == text.Word && !f.toks[j].Cap {
			head, whoStart = j, j // "one bandit was neutralised"
		}
		if head >= 0 {
			c.Last = head + 1
			c.Who = f.doc.Slice(whoStart, head+1)
		}
	}
	if head >= 0 && f.is(head+1, cSpeech) {
		return Count{}, false
	}
	if (part && !possessive(f.norm(q.Last+1))) || f.nested(q.First) {
		// "two of its members" are the body's own, not part of a count.
		parent = f.parentOf(q.First, prev)
	}
	if parent != nil && !part {
		if r := f.nestReferent(q.First); r >= 0 && !(parent.First <= r && r < parent.Last) {
			// "the freed hostages, among them 11 women": the part
			// belongs to the noun it follows, not to the count before.
			parent = nil
			if c.Status = f.status(r); c.Status == "" {
				c.Status = sitrep.StatusOther
			}
		}
	}
	if part && parent == nil && c.Status == "" && !possessive(f.norm(q.Last+1)) {
		// "killed more than 200 of the invaders": no count before, but
		// a verb gives this one its status.
		if c.Who == "" {
			return Count{}, false
		}
		if c.Status = f.statusBefore(q.First); c.Status == "" {
			return Count{}, false
		}
	}
	after := c.Last
	st := modStatus
	if ov := f.cls(q.First - 1).object(); ov != "" && (st == "" || st == sitrep.StatusCaptured && ov == sitrep.StatusOther) && (!part || possessive(f.norm(q.Last+1))) {
		// "rescued nine kidnapped victims": the release ends the
		// captivity the modifier names.
		st = ov
	}
	if head >= 0 && st == "" && f.is(head, cIntrinsic) {
		// "53 martyrs", "18 bodies": the noun says what happened.
		st = f.status(head)
	}
	if st == "" && c.Status != "" {
		st = c.Status
	}
	if s := f.statusAfter(after); s != "" && (st == "" || st == sitrep.StatusKilled && s == sitrep.StatusInjured) {
		if st == sitrep.StatusKilled && s == sitrep.StatusInjured {
			s = sitrep.StatusCasualties
		}
		st = s
	}
	if st == "" && head >= 0 {
		st = f.status(head)
		if f.norm(head) == "lives" || f.norm(head) == "others" || f.norm(head) == "dozen" {
			st = ""
		}
	}
	if st == "" {
		st = f.statusBefore(q.First)
	}
	if st == "" && head < 0 {
		st = f.invertedToll(q.First, q.Last)
	}
	if st == "" && head >= 0 {
		st = f.pronounStatus(after)
	}
	if st == "" && len(prev) > 0 {
		// "killing five soldiers and three civilians".
		if p := &prev[len(prev)-1]; p.Last == q.First-1 && (f.norm(p.Last) == "and" || f.norm(p.Last) == ",") {
			st = p.Status
		}
	}
	if st == "" && head < 0 && !part && len(prev) > 0 && f.norm(q.First-1) == "and" && f.norm(q.First-2) == "," && !q.Vague {
		// "16 Palestinians had been killed since Wednesday, and at least
		// 652 across the West Bank": a bare figure with no verb of its
		// own shares the predicate of the count before it.
		if p := &prev[len(prev)-1]; f.doc.SentenceOf(p.First) == f.doc.SentenceOf(q.First) && p.Status != sitrep.StatusOther && f.is(q.Last, cAdverbialAfter) {
			st = p.Status
		}
	}
	if st == "" && head < 0 && !part && len(prev) > 0 && f.norm(q.First-1) == "and" {
		// "31 of the dead were SNA fighters and six were SDF fighters":
		// a bare figure coordinated after a part is another part.
		if p := &prev[len(prev)-1]; f.norm(p.First+1) == "of" && f.doc.SentenceOf(p.First) == f.doc.SentenceOf(q.First) && p.Status != sitrep.StatusOther {
			if nx := f.norm(q.Last); nx == "were" || nx == "was" || f.toks[q.Last].Cap {
				st = p.Status
				c.Who = p.Who
			}
		}
	}
	if st == "" && parent != nil {
		st = parent.Status
		if !part && mixed(f, prev, q.First) {
			// "274 killed and 1,000 wounded, including 21 children": the
			// part may belong to either.
			st = sitrep.StatusCasualties
		}
	}
	if head < 0 && !part && st == "" && f.norm(q.First-1) == "=" && f.norm(q.First-2) == "size" {
		// An event note's crowd field, "[size=around 300]".
		st, c.Who = sitrep.StatusOther, f.doc.Slice(q.First-2, q.First-1)
	}
	if head < 0 && !part && (f.norm(q.First-1) == "numbering" || f.norm(q.First-1) == "numbered") {
		// "the gunmen, numbering over 100, arrived", "the assailants
		// numbered several hundred": the figure sizes the people named
		// before it; what they did next is not done to them.
		n := q.First - 2
		if f.norm(n) == "," {
			n--
		}
		if f.is(n, cPeople) {
			st, c.Who = f.status(n), f.doc.Slice(n, n+1)
			if st == "" {
				st = sitrep.StatusOther
			}
		}
	}
	if head < 0 && !part && (st == "" || q.Vague && q.Min < 10 || !bareEnd(f.norm(q.Last), f.toks, q.Last)) {
		return Count{}, false // a bare number with nothing to say it counts people
	}
	if head < 0 && !part && (f.thingBefore(q.First) || f.thingElided(q.First)) {
		return Count{}, false
	}
	if st == sitrep.StatusDisplaced && head >= 0 && !f.is(head, cCivilian) && !f.demonymHead(head) && f.moverOnly(q.First, after) {
		st = "" // "5,000 troops arrived", "four armed men arrived": a deployment
	}
	if st == "" && head >= 0 && f.is(head, cList) {
		st = f.listStatus(q.First)
	}
	if st == "" {
		st = sitrep.StatusOther
	}
	c.Status = st
	if c.Who == "" && parent != nil {
		c.Who = parent.Who
	}
	c.Span = sitrep.Span{f.toks[c.First].Start, f.toks[c.Last-1].End}
	c.Text = f.doc.Text[c.Span[0]:c.Span[1]]
	c.Claim = f.claimAt(c.Span)
	if c.Claim >= 0 {
		c.Source = f.claims[c.Claim].Source
	} else if parent != nil {
		c.Source, c.Claim = parent.Source, parent.Claim
	}
	return c, true
}

func possessive(n string) bool {
	return n == "its" || n == "their" || n == "our" || n == "his" || n == "her"
}

// mixed reports killed and injured counts both given in the sentence of
// token first, before it.
func mixed(f *finder, prev []Count, first int) bool {
	si := f.doc.SentenceOf(first)
	var k, i bool
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-12 && f.doc.SentenceOf(prev[j].First) == si; j-- {
		k = k || prev[j].Status == sitrep.StatusKilled
		i = i || prev[j].Status == sitrep.StatusInjured
	}
	return k && i
}

// bareEnd reports a word that may follow a bare figure of people:
// "wounding 60, …", "rose to 55 on Wednesday", "killed 23 and wounded 93".
// Anything else ("the 444 Brigade", "14 of 17 townships") counts something
// the text names next.
func bareEnd(n string, toks []text.Token, i int) bool {
	if i >= len(toks) || toks[i].Kind == text.Punct || tokClass(&toks[i]).status() != "" {
		return true
	}
	if n == "the" && i > 1 && toks[i-2].Norm == "to" {
		return true // "bringing to 213 the number of homicides"
	}
	switch n {
	case "and", "or", "in", "on", "at", "since", "during", "over", "from", "were", "was", "have", "had",
		"are", "dead", "others", "more", "last", "this", "after", "across", "when", "as", "by", "with",
		"overnight", "yesterday", "today", "so", "according", "while", "remain", "remained", "remains", "still":
		return true
	}
	return false
}

// claimAt returns the innermost claim whose content holds span, or -1.
func (f *finder) claimAt(sp sitrep.Span) int {
	// Claims starting at or before the span, nearest first; a claim's
	// content is one sentence or a short quotation, so a few suffice.
	j := sort.Search(len(f.byStart), func(j int) bool { return f.claims[f.byStart[j]].Content[0] > sp[0] })
	best, bestLen := -1, 0
	for n := 0; j > 0 && n < 16; n++ {
		j--
		i := f.byStart[j]
		cs := f.claims[i].Content
		if cs.Contains(sp) && (best < 0 || cs.Len() < bestLen) {
			best, bestLen = i, cs.Len()
		}
	}
	return best
}

// nested reports a count introduced as part of one before: "including 11
// children", "among them three women", "That included more than 60".
func (f *finder) nested(first int) bool {
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		n := f.norm(k)
		if f.is(k, cNest) && n != "of" {
			return true
		}
		if n == "them" && f.norm(k-1) == "among" {
			return true
		}
		if f.punct(k) && n != "," {
			return false
		}
	}
	return false
}

// nestReferent returns the people noun a nested count follows ("the
// freed hostages, among them 11 women"), or -1.
func (f *finder) nestReferent(first int) int {
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		n := f.norm(k)
		if n == "them" && f.norm(k-1) == "among" {
			k--
		} else if !f.is(k, cNest) || n == "of" {
			if f.punct(k) && n != "," {
				return -1
			}
			continue
		}
		j := k - 1
		if f.norm(j) == "," {
			j--
		}
		if j >= 0 && f.is(j, cPeople) {
			return j
		}
		return -1
	}
	return -1
}

// parentOf returns the last count before token first in the same or the
// previous sentence.
func (f *finder) parentOf(first int, prev []Count) *Count {
	if len(prev) == 0 {
		return nil
	}
	p := &prev[len(prev)-1]
	si, pi := f.doc.SentenceOf(first), f.doc.SentenceOf(p.First)
	if si-pi > 1 {
		return nil
	}
	return p
}

// dropBare removes counts that say nothing about people: "others" with
// no status ("700 others had been looted" are buildings).
func dropBare(cs []Count) []Count {
	out := cs[:0]
	for _, c := range cs {
		if c.Status == sitrep.StatusOther && (c.Who == "others" || c.Who == "") {
			continue
		}
		out = append(out, c)
	}
	return out
}

// dedupeHeadlines drops a headline's count when the body repeats it with
// the same status and figure: one fact, reported twice.
func dedupeHeadlines(f *finder, cs []Count) []Count {
	if len(cs) < 2 || len(f.doc.Sentences) == 0 {
		return cs
	}
	// Every duplicate is marked before any is dropped, since each test reads
	// its neighbours on both sides; most articles have none.
	var small [4]uint64
	dups := small[:]
	if len(cs) > 64*len(small) {
		dups = make([]uint64, (len(cs)+63)/64)
	}
	found := false
	for i := range cs {
		c := &cs[i]
		if h := f.doc.Sentences[f.doc.SentenceOf(c.First)]; f.headline(h) {
			// The body restates a heading within the next few counts.
			for j := max(0, i-8); j < len(cs) && j < i+40; j++ {
				d := &cs[j]
				if j != i && (d.First >= h.Last || d.Last <= h.First) && d.Status == c.Status && near(d.Min, c.Min) {
					dups[i/64] |= 1 << (i % 64)
					found = true
					break
				}
			}
		}
	}
	if !found {
		return cs
	}
	out := cs[:0]
	for i := range cs {
		if dups[i/64]&(1<<(i%64)) == 0 {
			out = append(out, cs[i])
		}
	}
	clear(cs[len(out):])
	return out
}

// near reports figures within a tenth of each other: a headline rounds
// ("over 1,700") what the body gives exactly ("1,775").
func near(a, b int64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d*10 <= max(a, b)
}

// headline reports a sentence that is a line of its own with no full stop.
func (f *finder) headline(s text.Sentence) bool {
	if s.Last < len(f.toks) && f.toks[s.Last].Newlines == 0 {
		return false
	}
	n := f.norm(s.Last - 1)
	return s.Last-s.First <= 30 && !(f.punct(s.Last-1) && (n == "." || n == "!" || n == "?"))
}

// demonymHead reports a head that is a people's plural name alone
// ("1,000 Colombians crossed into Venezuela"): a nation's people who move
// are civilians fleeing, where its forces would be named as troops.
func (f *finder) demonymHead(h int) bool {
	t := &f.toks[h]
	return t.Cap && !t.Upper && demonymPlural(t.Norm) && !f.actor(h)
}
