package attribution

import (
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// recent bounds how far back, in sentences, a pronoun or "the statement"
// may reach for the claim it continues.
const recent = 3

// resolve points the pronoun or role phrase [a, b) at an entity: the
// table's own resolver first, then the fallback below.
func (f *finder) resolve(a, b int) (string, bool) {
	// A pronoun or "the statement" right after a claim continues it.
	n := f.toks[b-1].Norm
	if f.is(b-1, cPronoun) && b-a == 1 && f.norm(a-1) == "what" && f.sentenceOf(a-1) == f.sentenceOf(a) {
		// "The Houthis attacked 50 ships, in what they say is …": the
		// pronoun is the sentence's subject, not the last speaker.
		if id, ok := f.subjectOf(f.sentenceOf(a), a-1); ok {
			return id, true
		}
	}
	if n == "it" && b-a == 1 {
		if id, ok := f.newSubject(f.sentenceOf(a)); ok {
			return id, true
		}
	}
	if pk, ok := f.pronounAt(b - 1); ok || f.lex(b-1).role.class == roleDocument {
		if id, ok := f.lastClaimSource(f.sentenceOf(a), func(e *sitrep.Entity) bool {
			return !ok || personLike(pk == sitrep.KindPerson, e.Kind)
		}); ok {
			return id, true
		}
	}
	if r, ok := f.roleAt(b - 1); ok && r.class == roleBody && r.kind == "" {
		// "The group said": a body named by no kind at all is most often
		// the one whose claim came just before.
		if id, ok := f.lastClaimSource(f.sentenceOf(a), func(e *sitrep.Entity) bool { return speakingKind(e.Kind) }); ok {
			return id, true
		}
	}
	if r, ok := f.roleAt(b - 1); ok && r.class == roleBody {
		// A body noun in the entity's own name is the strongest sign ("the
		// office" → the Office for the Coordination of Humanitarian Affairs).
		if id, ok := f.nearest(f.toks[a].Start, func(e *sitrep.Entity) bool { return e.Kind != sitrep.KindPerson && f.named(e, n) }); ok {
			return id, true
		}
	}
	if f.res != nil {
		if id, ok := f.res.Resolve(f.doc, a, b); ok {
			return id, true
		}
	}
	return f.fallback(a, b)
}

// fallback resolves by the head word alone. Pronouns and documents ("it",
// "he", "the statement") continue the latest claim nearby; body nouns ("the
// group", "the ministry") take the nearest entity named before of a fitting
// kind.
func (f *finder) fallback(a, b int) (string, bool) {
	h := b - 1
	n := f.toks[h].Norm
	off := f.toks[a].Start
	si := f.sentenceOf(a)
	if pk, ok := f.pronounAt(h); ok {
		if id, ok := f.lastClaimSource(si, func(e *sitrep.Entity) bool {
			return (pk == sitrep.KindPerson) == (e.Kind == sitrep.KindPerson)
		}); ok {
			return id, true
		}
		return f.nearest(off, func(e *sitrep.Entity) bool {
			if pk == sitrep.KindPerson {
				return e.Kind == sitrep.KindPerson
			}
			return speakingKind(e.Kind)
		})
	}
	r, ok := f.roleAt(h)
	if !ok {
		return "", false
	}
	switch r.class {
	case roleDocument, roleSpokes:
		return f.lastClaimSource(si, func(*sitrep.Entity) bool { return true })
	case roleBody:
		// A body noun in the entity's own name is the strongest sign ("the
		// office" → the Office for the Coordination of Humanitarian Affairs).
		if id, ok := f.nearest(off, func(e *sitrep.Entity) bool { return e.Kind != sitrep.KindPerson && f.named(e, n) }); ok {
			return id, true
		}
		if id, ok := f.lastClaimSource(si, func(e *sitrep.Entity) bool { return fits(r.kind, e.Kind) }); ok {
			return id, true
		}
		return f.nearest(off, func(e *sitrep.Entity) bool { return fits(r.kind, e.Kind) })
	}
	return "", false
}

// titled returns the person whose name or aliases carry the title word
// ("the state governor" → "Governor Babagana Zulum"), nearest to byte off
// on either side: news ledes name the role before the person.
func (f *finder) titled(word string, off int) (string, bool) {
	k := f.doc.TokenAt(off)
	for d := 1; d <= reach; d++ {
		for _, i := range [2]int{k - d, k + d} {
			if i < 0 || i >= len(f.toks) {
				continue
			}
			id, found := f.tab.At(i)
			if !found {
				continue
			}
			if e, _ := f.tab.Get(id); e != nil && e.Kind == sitrep.KindPerson && f.named(e, word) {
				return id, true
			}
		}
	}
	return "", false
}

// lastClaimSource returns the source of the latest claim within recent
// sentences of si whose entity passes ok.
func (f *finder) lastClaimSource(si int, ok func(*sitrep.Entity) bool) (string, bool) {
	k, j := len(f.out)-1, len(f.spoke)-1
	for k >= 0 || j >= 0 {
		// Walk claims and bare speakers together, latest first.
		var id string
		var at int
		if j < 0 || k >= 0 && f.sentOf[k] >= f.spoke[j].si {
			id, at = f.out[k].Source, f.sentOf[k]
			k--
		} else {
			id, at = f.spoke[j].id, f.spoke[j].si
			j--
		}
		if at < si-recent {
			break
		}
		if at > si {
			continue
		}
		if e, found := f.tab.Get(id); found && ok(e) {
			return e.ID, true
		}
	}
	return "", false
}

// reach bounds, in tokens, how far a pronoun, role noun or title looks
// for the entity it stands for. It keeps Find linear in the document.
const reach = 800

// nearest returns the entity mentioned last before byte off that passes ok.
func (f *finder) nearest(off int, ok func(*sitrep.Entity) bool) (string, bool) {
	k := f.doc.TokenAt(off) - 1
	failed := "" // a name's tokens are one mention: ask ok once
	for stop := k - reach; k >= 0 && k > stop; k-- {
		id, found := f.tab.At(k)
		if !found || id == failed {
			continue
		}
		if e, _ := f.tab.Get(id); e != nil && ok(e) {
			return id, true
		}
		failed = id
	}
	return "", false
}

// named reports whether word (folded, ASCII: a role noun) appears as a
// word in the entity's name or aliases. It compares in place: folding
// every alias of every entity would cost more than the rest of Find.
func (f *finder) named(e *sitrep.Entity, word string) bool {
	if hasWordASCII(e.Name, word) {
		return true
	}
	for _, a := range e.Aliases {
		// ACLED's coded names ("Military Forces of Sudan (2019-) Rapid
		// Support Forces") describe a family, not the entity's own name.
		if a != e.ACLEDName && strings.IndexByte(a, '(') < 0 && hasWordASCII(a, word) {
			return true
		}
	}
	return false
}

// hasWordASCII reports w as a whole word of s, ignoring ASCII case.
func hasWordASCII(s, w string) bool {
	if w == "" {
		// The empty word stands wherever no letter touches a place.
		for i := 0; i <= len(s); i++ {
			if !(i > 0 && isLetter(s[i-1])) && !(i < len(s) && isLetter(s[i])) {
				return true
			}
		}
		return false
	}
	for i := 0; i+len(w) <= len(s); i++ {
		// Most places fail on their first byte; test it before the word's
		// edges.
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[0] {
			continue
		}
		if (i > 0 && isLetter(s[i-1])) || (i+len(w) < len(s) && isLetter(s[i+len(w)])) {
			continue
		}
		ok := true
		for j := 1; j < len(w); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 }

// foldedName returns the entity's name folded, once per entity.
func (f *finder) foldedName(e *sitrep.Entity) string {
	if f.folded == nil {
		f.folded = map[string]string{}
	}
	n, ok := f.folded[e.ID]
	if !ok {
		n = text.Fold(e.Name)
		f.folded[e.ID] = n
	}
	return n
}

// personLike reports whether an entity of kind k can be "he" or "she"
// (person true) or "it" (person false). Unnamed speakers ("a village
// administrator") are kind other and can be either.
func personLike(person bool, k string) bool {
	switch k {
	case sitrep.KindPerson:
		return person
	case sitrep.KindOther, sitrep.KindCivilians, "":
		return true
	}
	return !person
}

// speakingKind reports kinds that "it" or "they" can stand for.
func speakingKind(k string) bool {
	switch k {
	case sitrep.KindPerson, sitrep.KindCivilians, sitrep.KindOther, "":
		return false
	}
	return true
}

// fits reports whether an entity of kind have answers a body noun that
// implies kind want. Armed groups and state forces blur in news copy ("the
// paramilitary forces"), so a few kinds stand in for each other.
func fits(want, have string) bool {
	if want == have {
		return true
	}
	if want == "" {
		return speakingKind(have)
	}
	switch want {
	case sitrep.KindArmedGroup:
		return have == sitrep.KindStateForce || have == sitrep.KindPolitical
	case sitrep.KindGovernment:
		return have == sitrep.KindPolitical
	case sitrep.KindNGO:
		return have == sitrep.KindUN
	case sitrep.KindUN:
		return have == sitrep.KindNGO
	}
	return false
}

// newSubject returns the body that opens the sentence before si as its
// subject when that sentence came after the latest claim and made none
// ("The army said … . The ELN's Northeastern War Front gave a different
// account. Its fighters had been attacked, it said."): the story has
// turned to that body, and "it" is the body, not the last speaker.
func (f *finder) newSubject(si int) (string, bool) {
	p := si - 1
	if p < 0 || len(f.out) == 0 || f.sentOf[len(f.out)-1] >= p {
		return "", false
	}
	if j := len(f.spoke) - 1; j >= 0 && f.spoke[j].si >= p {
		return "", false
	}
	s := f.sents[p]
	k := s.First
	if k < s.Last && f.toks[k].Norm == "the" {
		k++
	}
	id, ok := f.tab.At(k)
	if !ok {
		return "", false
	}
	for k < s.Last {
		if at, ok := f.tab.At(k); !ok || at != id {
			break
		}
		k++
	}
	// A verb follows the name: a lowercase word, not a possessive or
	// a clause that makes the name a modifier.
	if k >= s.Last || f.toks[k].Kind != text.Word || f.toks[k].Cap || f.toks[k].Norm == "'s" {
		return "", false
	}
	e, found := f.tab.Get(id)
	if !found || !speakingKind(e.Kind) || f.tab.Generic(id) || e.ID == f.out[len(f.out)-1].Source {
		return "", false
	}
	return e.ID, true
}
