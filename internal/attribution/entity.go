package attribution

import (
	"strings"

	"sitrep"
	"sitrep/internal/actors"
	"sitrep/internal/text"
)

// person adds (or finds) the person named by [a, b), speaking for body.
func (f *finder) person(a, b int, body string) (string, bool) {
	if a >= b {
		return "", false
	}
	id := f.tab.Add(actors.Mention{
		First: a, Last: b, Span: f.span(a, b), Name: f.doc.Slice(a, b), Kind: sitrep.KindPerson,
	})
	f.speaksFor(id, body)
	return id, true
}

// speaksFor links a person or office to the body it speaks for; party and
// independence follow the body.
func (f *finder) speaksFor(id, body string) {
	if body == "" || body == id {
		return
	}
	e, ok := f.tab.Get(id)
	b, ok2 := f.tab.Get(body)
	if !ok || !ok2 || e.SpeaksFor != "" {
		return
	}
	e.SpeaksFor = body
	e.Party = b.Party
	e.Independent = b.Independent
}

// newEntity adds an unnamed or generic speaker ("officials", "a security
// source", "Hamas-run health ministry") named by its phrase.
func (f *finder) newEntity(a, b int, kind, body string) string {
	for a < b && (f.isPunct(a) || f.is(a, cDeterminer) && (f.toks[a].Norm == "the" || f.toks[a].Norm == "a" || f.toks[a].Norm == "an" || f.toks[a].Kind == text.Number || f.toks[a].Norm == "two" || f.toks[a].Norm == "three" || f.toks[a].Norm == "several" || f.toks[a].Norm == "some" || f.toks[a].Norm == "one" || f.toks[a].Norm == "another")) {
		a++
	}
	if kind == "" {
		kind = sitrep.KindOther
	}
	// "A resident of Rubaya reached by phone": the participle that
	// follows describes the contact, not who speaks.
	for k := a + 2; k < b; k++ {
		if f.is(k, cReducedRelative) {
			b = k
			break
		}
	}
	// "Residents of eastern Khan Younis" are residents.
	n := b
	for k := a + 1; k < b; k++ {
		if f.is(k, cPersonPrep) && !f.mentioned(k) {
			n = k
			break
		}
	}
	if n <= a {
		return ""
	}
	if f.toks[a].Cap && n == b {
		if id, ok := f.longForm(a, b); ok {
			return id
		}
	}
	id := f.tab.Add(actors.Mention{First: a, Last: b, Span: f.span(a, b), Name: f.doc.Slice(a, n), Kind: kind})
	switch body {
	case "-":
		// Witnesses and residents speak for themselves.
		body = ""
	case "":
		body, _ = f.bodyIn(a, b)
		if body == "" && demonymLike(f.toks[a].Norm) && f.toks[a].Cap {
			// "Israeli officials", "Russian sources": officials of a
			// state at war speak for its side, whichever side it is.
			body, _ = f.stateOf(f.toks[a].Norm)
		}
	}
	f.speaksFor(id, body)
	// "senior Israeli officials" are Israeli officials too.
	k := a
	for k < n && f.is(k, cDeterminer) {
		k++
	}
	if k > a && k < n {
		if e, ok := f.tab.Get(id); ok && !contains(e.Aliases, f.doc.Slice(k, n)) {
			e.Aliases = append(e.Aliases, f.doc.Slice(k, n))
		}
	}
	// "a local People's Defence Force (PDF) commander" is a PDF
	// commander: the bracketed acronym stands for the name before it.
	for o := k; o+3 < n; o++ {
		if f.toks[o].Norm == "(" && f.toks[o+1].Upper && f.toks[o+2].Norm == ")" {
			if al := f.doc.Slice(o+1, o+2) + " " + f.doc.Slice(o+3, n); !f.isPunct(o + 3) {
				if e, ok := f.tab.Get(id); ok && !contains(e.Aliases, al) {
					e.Aliases = append(e.Aliases, al)
				}
			}
			break
		}
	}
	return id
}

// capEntity adds the entity named by the longest capitalised run in [a, b)
// ("the Haaretz newspaper", "Emergency Lawyers"). A lone capitalised word
// at a sentence start is too weak a sign of a name.
func (f *finder) capEntity(a, b int, kind string) (string, bool) {
	bestA, bestB := -1, -1
	for k := a; k < b; {
		if !(f.toks[k].Kind == text.Word && f.toks[k].Cap) {
			k++
			continue
		}
		e := k + 1
		for e < b {
			t := f.toks[e]
			if t.Kind == text.Word && (t.Cap || t.Kind == text.Number) {
				e++
				continue
			}
			if (f.is(e, cConnector) || t.Norm == "'s" || (t.Kind == text.Punct && (t.Norm == "-" && !f.hardDash(e) || t.Norm == "'" || t.Norm == "."))) && e+1 < b && f.toks[e+1].Cap {
				e++
				continue
			}
			break
		}
		if e-k > bestB-bestA {
			bestA, bestB = k, e
		}
		k = e
	}
	if bestA < 0 {
		return "", false
	}
	org := ""
	for k := bestA; k <= bestB && k < b; k++ {
		if r, ok := f.roleAt(k); ok && r.class == roleBody && (k < bestB || !f.isPunct(k)) {
			org = r.kind
		}
	}
	for bestA < bestB && (f.is(bestA, cDeterminer) || org == "" && f.is(bestA, cTitle)) {
		bestA++
	}
	if bestA >= bestB {
		return "", false
	}
	t := f.toks[bestA]
	if bestB-bestA == 1 && (f.is(bestA, cTemporalName) || !t.Upper && f.sentenceStart(bestA)) {
		return "", false
	}
	if bestB-bestA == 1 && bestB < b && !f.toks[bestB].Cap && demonymLike(t.Norm) {
		return "", false
	}
	if bestB-bestA == 1 {
		if id, ok := f.surname(bestA); ok {
			return id, true
		}
		// A lone capitalised word with nothing to say it names a body
		// ("Somali", "Britain", "Sokola") is too weak a speaker.
		if kind == "" && !t.Upper && !(bestB < b && f.lex(bestB).role.class == roleBody) {
			if _, ok := f.roleAt(bestA); !ok {
				return "", false
			}
		}
	}
	if id, ok := f.longForm(bestA, bestB); ok {
		return id, true
	}
	if kind == "" && org == "" && bestB < b && (f.is(bestB, cPlaceNoun) || bestB+1 < b && f.norm(bestB) == "-" && f.norm(bestB+1) == "based") {
		// "the Governor of the South-West region", "the New York-based
		// group": a place.
		return "", false
	}
	end := bestB
	if kind == "" {
		kind = sitrep.KindPerson
		if org != "" {
			kind = org
		}
		if bestB < b {
			if r, ok := f.roleAt(bestB); ok && r.class == roleBody {
				kind, end = r.kind, bestB+1
			}
		}
	}
	id := f.tab.Add(actors.Mention{First: bestA, Last: end, Span: f.span(bestA, end), Name: f.doc.Slice(bestA, bestB), Kind: kind})
	if kind == sitrep.KindGovernment || kind == sitrep.KindStateForce {
		// "the Ukrainian Defense Ministry": a state body named by a
		// nationality speaks for the state force of that nation, as the
		// dictionary's own rows do for the states it lists.
		if n := f.toks[bestA].Norm; demonymLike(n) {
			if s, ok := f.stateOf(n); ok {
				f.speaksFor(id, s)
			}
		}
	}
	return id, true
}

// stateOf returns the party entity the article names with the demonym
// word ("ukrainian" → the entity aliased "Ukrainian forces").
func (f *finder) stateOf(demonym string) (string, bool) {
	for i := range f.tab.Entities {
		e := &f.tab.Entities[i]
		if !e.Party || e.Kind != sitrep.KindStateForce && e.Kind != sitrep.KindGovernment {
			continue
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if len(a) > len(demonym) && a[len(demonym)] == ' ' && strings.EqualFold(a[:len(demonym)], demonym) {
				return e.ID, true
			}
		}
	}
	return "", false
}

func (f *finder) sentenceStart(k int) bool {
	s := f.sents[f.sentenceOf(k)]
	i := s.First
	for i < k && f.isPunct(i) {
		i++
	}
	return i == k
}

// surname finds a person named before by the word at k alone ("Abdallah
// said", after "Nabil Abdallah").
func (f *finder) surname(k int) (string, bool) {
	n := f.toks[k].Norm
	if !f.toks[k].Cap {
		return "", false
	}
	for i, stop := k-1, k-reach; i >= 0 && i > stop; i-- {
		id, found := f.tab.At(i)
		if !found {
			continue
		}
		e, _ := f.tab.Get(id)
		if e == nil || e.Kind != sitrep.KindPerson {
			continue
		}
		name := f.foldedName(e)
		if len(name) > len(n) && name[len(name)-len(n):] == n && name[len(name)-len(n)-1] == ' ' {
			return e.ID, true
		}
	}
	return "", false
}

// longForm returns the entity an earlier "<name> of the <entity>" gave
// the short name [a, b) to: after "The General Staff of the Armed Forces
// of Ukraine reported", "according to the General Staff" is that body's
// word, whichever way the dictionary happens to split the long name.
func (f *finder) longForm(a, b int) (string, bool) {
	n := b - a
	// Equal words have equal hashes: the hash turns most tokens away
	// before the words are compared.
	first := &f.toks[a]
	for k := a - 1; k >= 0 && k >= a-4000; k-- {
		if t := &f.toks[k]; t.Hash != first.Hash || t.Norm != first.Norm || k+n+1 >= a {
			continue
		}
		same := true
		for i := 1; i < n && same; i++ {
			same = f.toks[k+i].Norm == f.toks[a+i].Norm
		}
		if !same || f.norm(k+n) != "of" {
			continue
		}
		m := k + n + 1
		if f.norm(m) == "the" {
			m++
		}
		if id, ok := f.tab.At(m); ok {
			return id, true
		}
	}
	return "", false
}

// reducedRelative open a participle clause after a speaker phrase ("a
// resident reached by phone", "an official speaking on condition of
// anonymity").
var reducedRelative = set("reached", "contacted", "speaking", "interviewed", "quoted", "cited", "who", "reachable")
