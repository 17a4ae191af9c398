package counts

import (
	"sort"

	"sitrep"
	"sitrep/internal/text"
)

// A person named with an article, "A 67-year-old woman was killed", "a
// man who was lightly injured", is a count of one: no numeral marks it, so
// the numbers stage never sees it. Only a predicate after the phrase gives
// it a status; "a man said" or "a soldier told reporters" count nothing.

// singles returns the counts of one person that no count in cs covers.
func (f *finder) singles(cs []Count) []Count {
	var out []Count
	toks := f.toks
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if oneMask>>(t.Hash&63)&1 == 0 {
			continue // most tokens: one shift and test
		}
		if h := t.Hash; h != hashA && h != hashAn && h != hashOne && h != hashAnother {
			continue
		}
		if t.Norm == "another" {
			if one, ok := f.another(i, cs); ok {
				out = append(out, one)
			}
			continue
		}
		if !f.is(i, cOne) || t.Kind != text.Word {
			continue
		}
		h := f.singleHead(i + 1)
		if h < 0 || covered(cs, i) {
			continue
		}
		n, last := int64(1), h
		if f.norm(h+1) == "and" && possessive(f.norm(h+2)) && f.is(h+3, cSinglePerson) {
			// "wounding a 58-year-old man and his daughter": two people.
			n, last = 2, h+3
		}
		st := f.singleStatus(last + 1)
		if st == "" && n == 2 {
			st = f.statusBefore(i)
		}
		if st == "" || f.is(i-1, cSpeech) {
			continue // "said a 32-year-old woman who …": a witness
		}
		one := Count{First: i, Last: last + 1, Min: n, Status: st, Claim: -1}
		m := n
		one.Max = &m
		one.Span = sitrep.Span{f.toks[i].Start, f.toks[last].End}
		one.Text = f.doc.Text[one.Span[0]:one.Span[1]]
		one.Who = f.doc.Slice(h, last+1)
		if one.Claim = f.claimAt(one.Span); one.Claim >= 0 {
			one.Source = f.claims[one.Claim].Source
		}
		out = append(out, one)
		i = last
	}
	if len(out) == 0 {
		return cs
	}
	cs = append(cs, out...)
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].First < cs[b].First })
	return cs
}

// The hashes of the words that open a phrase of one person let the scan
// over every token compare numbers instead of strings.
var hashA, hashAn, hashOne, hashAnother = text.WordHash("a"), text.WordHash("an"), text.WordHash("one"), text.WordHash("another")

// oneMask has a bit for each of those hashes' low six bits: a token whose
// bit is clear is none of the words.
var oneMask = uint64(1)<<(hashA&63) | uint64(1)<<(hashAn&63) | uint64(1)<<(hashOne&63) | uint64(1)<<(hashAnother&63)

// singleStatus reads the predicate right after a person phrase: only
// auxiliaries and adverbs may stand before the status word ("was killed",
// "who was lightly injured"), so a witness "who hid under the bodies" or
// "at the hospital" gives none. A single person who fled is no count.
func (f *finder) singleStatus(k int) string {
	for i := k; i < len(f.toks) && i < k+5; i++ {
		n := f.norm(i)
		if n == "lives" {
			return "" // "a driver who lives near the camp": the verb
		}
		if st := f.statusAt(i); st != "" {
			switch st {
			case sitrep.StatusKilled, sitrep.StatusInjured, sitrep.StatusCasualties, sitrep.StatusCaptured, sitrep.StatusMissing:
				return st
			}
			return ""
		}
		if !f.is(i, cSingleAux) && !(len(n) > 4 && n[len(n)-2:] == "ly") {
			return ""
		}
	}
	return ""
}

var singleAux = set("who", "was", "is", "has", "had", "been", "being", "were", "reportedly", "also", "later", "allegedly")

// singleHead returns the person noun of a phrase starting at j: an age
// ("67-year-old") and up to two plain adjectives may stand before it.
func (f *finder) singleHead(j int) int {
	if j+4 < len(f.toks) && f.toks[j].Kind == text.Number && f.glued(j+1) && f.norm(j+2) == "year" && f.glued(j+3) && f.norm(j+4) == "old" {
		j += 5
	}
	for k := j; k < len(f.toks) && k < j+3; k++ {
		t := &f.toks[k]
		if t.Kind != text.Word || t.Cap && k > 0 && f.toks[k-1].Kind == text.Word && !f.is(k-1, cOne) {
			return -1
		}
		c := tokClass(t)
		if c.has(cSinglePerson) {
			if f.is(k+1, cPeople|cSinglePerson|cThings) {
				return -1 // "a civilian house", "a soldier's family"
			}
			return k
		}
		if c.has(cPeople) && !c.has(cStopHead) && f.is(k+1, cSinglePerson) {
			continue // "one crew member", "a police officer": a compound
		}
		if c.has(cStopHead|cPeople|cThings) || c.status() != "" {
			return -1
		}
	}
	return -1
}

// covered reports a token inside a count already found.
func covered(cs []Count, i int) bool {
	for _, c := range cs {
		if c.First <= i && i < c.Last {
			return true
		}
	}
	return false
}

// another reads "N <people> were killed and another was injured": the
// pronoun, alone before its predicate, is one more of the people counted
// just before it in the sentence.
func (f *finder) another(i int, cs []Count) (Count, bool) {
	if !f.is(i+1, cSingleAux) || f.norm(i+1) == "who" {
		return Count{}, false
	}
	var prev *Count
	for k := len(cs) - 1; k >= 0; k-- {
		if cs[k].Last <= i {
			prev = &cs[k]
			break
		}
	}
	if prev == nil || f.doc.SentenceOf(prev.First) != f.doc.SentenceOf(i) || prev.Who == "" {
		return Count{}, false
	}
	st := f.singleStatus(i + 1)
	if st == "" {
		return Count{}, false
	}
	one := Count{First: i, Last: i + 1, Min: 1, Status: st, Who: prev.Who, Claim: -1}
	m := int64(1)
	one.Max = &m
	one.Span = sitrep.Span{f.toks[i].Start, f.toks[i].End}
	one.Text = f.doc.Text[one.Span[0]:one.Span[1]]
	if one.Claim = f.claimAt(one.Span); one.Claim >= 0 {
		one.Source = f.claims[one.Claim].Source
	} else {
		one.Source, one.Claim = prev.Source, prev.Claim
	}
	return one, true
}
