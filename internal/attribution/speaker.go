package attribution

import (
	"sitrep"
	"sitrep/internal/text"
)

// mrun is a run of tokens [a, b) that mention one entity.
type mrun struct {
	a, b int
	id   string
}

// connectors may stand inside a name ("Ministry of Health", "Abu Obeida",
// "Izz ad-Din al-Qassam").
var connectors = set("of", "for", "al", "bin", "ibn", "abu", "bint", "de", "del", "la", "le", "van", "von",
	"der", "du", "da", "dos", "and", "&", "ul", "wa")

// speaker resolves the speaker phrase [a, b) (with the apposition beside it,
// if any) to an entity id, adding the entity to the table when the phrase
// names someone the table does not hold.
func (f *finder) speaker(a, b int, ap *appos) (string, bool) {
	for a < b && (f.isPunct(a) || f.is(a, cArticle) && !f.mentioned(a)) {
		a++
	}
	for b > a && (f.isPunct(b-1) && f.toks[b-1].Norm != ")" || f.is(b-1, cTrailingAdverb)) {
		b--
	}
	if a >= b {
		return "", false
	}
	b = f.placeTail(a, b)
	for k := b - 2; k > a; k-- {
		if f.toks[k].Norm == "and" && !f.mentioned(k) {
			// "security sources and residents said", "the group and
			// Lebanon's state news agency said": either speaks; the first
			// named is kept.
			b = k
			break
		}
	}
	// "the governor of Norte de Santander said", "the spokesperson said":
	// a title with "the" points at the person the article names with it.
	if f.definite(a) {
		for k := a; k < b && k < a+3; k++ {
			// The title heads the phrase: "the governor of X", not "the
			// Ukrainian General Staff".
			if n := f.toks[k].Norm; f.is(k, cTitle) && f.lex(k).role.class == roleSpokes && (k == b-1 || f.is(k+1, cPersonPrep)) {
				if id, ok := f.titled(n, f.toks[a].Start); ok {
					return id, true
				}
				break
			}
		}
	}
	// "Its spokesman, al-Fateh Qurashi, said": a bare name with the role
	// phrase beside it.
	if ap != nil && f.bareName(a, b) && !f.ownSubject(ap) {
		body, _ := f.bodyIn(ap.a, ap.b)
		if body == "" && f.possessive(ap.a, ap.b) {
			body, _ = f.resolve(ap.a, ap.a+1)
		}
		if ms := f.mentions(a, b); len(ms) == 1 && ms[0].a == a && ms[0].b == b {
			// "Hezbollah, in a statement carried by Israeli media, said":
			// a named body keeps its own side; only a person (or a name
			// the table could not type) takes the side of the body an
			// aside names.
			if k := f.kindOf(ms[0].id); k == sitrep.KindPerson || k == sitrep.KindOther {
				f.speaksFor(ms[0].id, body)
			}
			return ms[0].id, true
		}
		return f.person(a, b, body)
	}
	// A person named after a title or role: "Army spokesman Brigadier
	// General Nabil Abdallah", "RSF adviser Al-Basha Tubaiq".
	if r := f.personName(a, b); r < b {
		body, _ := f.bodyIn(a, r)
		if body == "" && ap != nil && f.aside(ap.a, ap.b) && !participle(f.toks[ap.a].Norm) {
			body, _ = f.bodyIn(ap.a, ap.b)
		}
		if id, ok := f.person(r, b, body); ok {
			// "UNHCR spokesperson Matthew Saltmarsh": the title stays as
			// an alias, so "the spokesperson" finds him later.
			if e, ok := f.tab.Get(id); ok && !contains(e.Aliases, f.doc.Slice(a, b)) {
				e.Aliases = append(e.Aliases, f.doc.Slice(a, b))
			}
			return id, true
		}
	}
	ms := f.mentions(a, b)
	// "a spokesman for the army", "a source in Hamas", "a report issued
	// by the Haaretz newspaper", "data from the ministry".
	for k := a + 1; k < b-1; k++ {
		if f.mentioned(k) || !f.is(k, cPersonPrep) {
			continue
		}
		if f.is(k-1, cOwnVoice) && !f.mentioned(k-1) && f.toks[k].Norm != "for" {
			// "a doctor at Nasser Hospital", "an aid worker in Goma":
			// someone who works there speaks as themselves, not as the
			// facility or the body.
			body := "-"
			if ms := f.mentions(k+1, b); len(ms) > 0 {
				body = ms[len(ms)-1].id
			}
			if id := f.newEntity(a, b, "", body); id != "" {
				return id, true
			}
		}
		if r, ok := f.roleAt(k - 1); ok && r.class == roleBody && !f.mentioned(k-1) {
			// "the army command in Port Sudan": the body before the
			// preposition speaks, not the place after it. "Local
			// authorities in Taizz" are a body of their own.
			inPlace := (f.toks[k].Norm == "in" || f.toks[k].Norm == "at" || f.toks[k].Norm == "of" && k+1 < b && f.toks[k+1].Cap) && len(f.mentions(k+1, b)) == 0 && !f.orgLike(k+1, b)
			if inPlace && !(k-a == 1 && f.definite(a)) && len(f.mentions(a, k)) == 0 {
				if id := f.newEntity(a, b, r.kind, "-"); id != "" {
					return id, true
				}
			}
			if id, ok := f.bodyIn(a, k); ok {
				return id, true
			}
		}
		if !f.hasRole(a, k, roleSpokes) && !f.hasRole(a, k, roleDocument) {
			break
		}
		if ms := f.mentions(k+1, b); len(ms) > 0 {
			return ms[len(ms)-1].id, true
		}
		// "a source in Gao", "the mayor of Gressier": a place after the
		// preposition is where the speaker is, not whom they speak for.
		place := f.toks[k].Norm == "in" || f.toks[k].Norm == "at" || f.toks[k].Norm == "near" || f.toks[k].Norm == "of" && f.hasTitle(a, k)
		if place && !f.orgLike(k+1, b) {
			if h, _ := f.head(a, k); h >= 0 && f.is(h, cTitle) && f.definite(a) {
				if id, ok := f.titled(f.toks[h].Norm, f.toks[a].Start); ok {
					return id, true
				}
			}
			if id := f.newEntity(a, b, "", "-"); id != "" {
				return id, true
			}
		}
		if !place || f.orgLike(k+1, b) {
			if id, ok := f.bodyIn(k+1, b); ok {
				return id, true
			}
			if id, ok := f.capEntity(k+1, b, ""); ok {
				return id, true
			}
		}
		b = k
		break
	}
	if len(ms) > 0 {
		m := ms[len(ms)-1]
		if n := len(ms); n >= 2 && ms[n-2].b == m.a && f.chapter(ms[n-2].id, m.id) {
			// "Amnesty International Nigeria": an organisation's national
			// chapter, not the country.
			m = ms[n-2]
		}

		// A body named by its kind after the mention: "Sudan's army",
		// "the RSF media office", "Hamas-run health ministry".
		for k := m.b; k < b; k++ {
			r, ok := f.roleAt(k)
			if !ok || r.class != roleBody || f.kindOf(m.id) == r.kind {
				continue
			}
			if r.kind == sitrep.KindGovernment || r.kind == sitrep.KindNGO || r.kind == sitrep.KindMedia {
				return f.newEntity(a, b, r.kind, m.id), true
			}
			if k == m.b+1 && f.norm(m.b) == "'s" && f.kindOf(m.id) == sitrep.KindPerson && (r.kind == "" || r.kind == sitrep.KindArmedGroup) {
				// "Bahroun's group denied": the group a man leads, an
				// armed group of its own.
				return f.newEntity(a, b, sitrep.KindArmedGroup, "-"), true
			}
		}
		// "Russian military bloggers", "Hamas supporters": unnamed people
		// the mention only describes speak as themselves.
		if h, r := f.head(m.b, b); h >= 0 && r.class == roleGeneric && !f.mentioned(h) {
			if id := f.newEntity(a, b, r.kind, "-"); id != "" {
				return id, true
			}
		}
		// "a Fano commander", "a PDF commander said": a person of the body,
		// unnamed, who speaks in their own right (spokesmen and sources
		// speak for the body itself).
		for k := m.b; k < b; k++ {
			if r, ok := f.roleAt(k); ok && r.class == roleSpokes && !f.is(k, cVoice) && (!f.is(k, cSource) || f.kindNoun(m)) {
				if id := f.newEntity(a, b, "", m.id); id != "" {
					return id, true
				}
			}
		}
		// "the Hamas-run health ministry", "the army-led council": a body
		// run by a mention before it speaks for that mention.
		for i := len(ms) - 2; i >= 0; i-- {
			if k := ms[i].b; f.norm(k) == "-" && f.is(k+1, cRunBy) {
				f.speaksFor(m.id, ms[i].id)
				break
			}
		}
		return m.id, true
	}
	if b-a == 1 {
		if f.is(a, cPronoun) {
			return f.resolve(a, b)
		}
		if id, ok := f.surname(a); ok {
			return id, true
		}
	}
	head, hr := f.head(a, b)
	if head >= 0 && hr.class == roleSpokes && f.is(head, cTitle) && f.definite(a) {
		// "the state governor said", "the governor of X said".
		if id, ok := f.titled(f.toks[head].Norm, f.toks[a].Start); ok {
			return id, true
		}
	}
	if head >= 0 {
		switch hr.class {
		case roleBody:
			if n := f.toks[head].Norm; !f.backRef(a, head) || f.indefinite(a) || !f.definite(a) && len(n) > 3 && n[len(n)-1] == 's' && head > a || f.demonymAt(a, head) {
				if f.definite(a) && f.demonymAt(a, head) && f.res != nil {
					// "The Somali militant group said": a definite
					// phrase points back at the group of that state the
					// article named, when the table finds one.
					if id, ok := f.res.Resolve(f.doc, a, b); ok {
						return id, true
					}
				}
				return f.newEntity(a, b, hr.kind, ""), true
			}
			if adj := f.subnational(a, head); adj != "" || f.properModifier(a, head) != "" {
				if adj == "" {
					adj = f.properModifier(a, head)
				}
				// "the regional administration" is a body below the
				// state: one named with that word, or a new one.
				n := f.toks[head].Norm
				if id, ok := f.nearest(f.toks[a].Start, func(e *sitrep.Entity) bool {
					return e.Kind != sitrep.KindPerson && f.named(e, adj) && f.named(e, n)
				}); ok {
					return id, true
				}
				return f.newEntity(a, b, hr.kind, ""), true
			}
			if id, ok := f.resolve(a, b); ok {
				return id, true
			}
		case roleSpokes:
			if f.is(head, cVoice) {
				// "an army spokesman said": the army speaks.
				if id, ok := f.bodyIn(a, head); ok {
					return id, true
				}
			} else {
				// "military sources", "a local official": unnamed people
				// who speak for a body, not the body itself.
				body, _ := f.bodyIn(a, head)
				if body == "" && f.possessive(a, head) {
					body, _ = f.resolve(a, head)
				}
				if id := f.newEntity(a, b, "", body); id != "" {
					return id, true
				}
			}
			if f.possessive(a, head) {
				return f.resolve(a, head)
			}
			if ap != nil {
				if id, ok := f.bodyIn(ap.a, ap.b); ok {
					return id, true
				}
			}
			return f.newEntity(a, b, "", ""), true
		case roleDocument:
			if f.is(a, cLaterDoc) || a+1 < head && f.is(a+1, cLaterDoc) {
				// "according to a second statement": whoever issued the
				// first one.
				if id := f.docSource(f.toks[head].Norm); id != "" {
					return id, true
				}
			}
			if f.definite(a) || f.is(a, cLaterDoc) || a+1 < head && f.is(a+1, cLaterDoc) {
				// "the statement said", "according to a second statement".
				return f.resolve(head, head+1)
			}
			// "A military statement said": the body that issued it.
			for k := a; k < head; k++ {
				if r, ok := f.roleAt(k); ok && r.class == roleBody {
					return f.resolve(k, k+1)
				}
			}
			return "", false
		case roleGeneric:
			id := f.newEntity(a, b, hr.kind, "-")
			if e, ok := f.tab.Get(id); ok && id != "" {
				if h := f.toks[head].Norm; !contains(e.Aliases, h) && f.foldedName(e) != h {
					e.Aliases = append(e.Aliases, f.doc.Slice(head, head+1))
				}
			}
			return id, id != ""
		}
	}
	kind := ""
	if ap != nil {
		if h, r := f.head(ap.a, ap.b); h >= 0 && r.class == roleBody {
			kind = r.kind
		}
	}
	if id, ok := f.capEntity(a, b, kind); ok {
		return id, true
	}
	if head >= 0 && hr.class == roleBody {
		return f.newEntity(a, b, hr.kind, ""), true
	}
	if f.loose && b-a <= 6 && f.allWords(a, b) {
		return f.newEntity(a, b, "", ""), true
	}
	return "", false
}

// placeTail cuts a locative phrase that describes where a body sits ("the
// health ministry in the Hamas-run territory", "the authorities in
// RSF-held Nyala"): the party named there runs the place, it does not
// speak.
func (f *finder) placeTail(a, b int) int {
	for k := a + 1; k < b-2; k++ {
		if n := f.toks[k].Norm; n != "in" && n != "at" {
			continue
		}
		if r, ok := f.roleAt(k - 1); !ok || r.class != roleBody {
			continue
		}
		for j := k + 1; j+2 < b+1 && j < k+6; j++ {
			if f.norm(j) == "-" && f.is(j+1, cRunBy) && f.mentioned(j-1) {
				return k
			}
		}
	}
	return b
}

// ownSubject reports an aside that is a relative clause with a speaker
// of its own ("Kataib Hezbollah, which Washington blamed for the attack,
// announced"): the body named there is no one the head speaks for.
func (f *finder) ownSubject(ap *appos) bool {
	for k := ap.a; k < ap.b; k++ {
		if f.is(k, cCue) && !f.toks[k].Cap && f.objectRelative(k) {
			return true
		}
	}
	return false
}

// indefinite reports "a/an" before or at a: "a Sudanese medical group"
// introduces a body, it does not point back at one.
func (f *finder) indefinite(a int) bool {
	n := f.norm(a)
	if p := f.norm(a - 1); p == "a" || p == "an" {
		return true
	}
	return n == "a" || n == "an"
}

// demonymLike reports a lone capitalised adjective of nationality
// ("Sudanese", "Israeli", "Ukrainian"): no name on its own.
func demonymLike(n string) bool {
	for _, suf := range []string{"ese", "ian", "ean", "ish", "ani", "eni", "ali", "aqi", "eli", "ari", "an", "ic", "i"} {
		if len(n) > len(suf)+2 && n[len(n)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// subnational returns the word in [a, head) that places a body below the
// state ("the regional administration", "the provincial government"), or "".
func (f *finder) subnational(a, head int) string {
	for k := a; k < head; k++ {
		if f.is(k, cSubnational) {
			return f.toks[k].Norm
		}
	}
	return ""
}

// properModifier returns a capitalised word before a body noun that is no
// demonym and names no known actor ("the Jenin Municipality", "the Marib
// health office"): the body belongs to that place, so the phrase names a
// body of its own unless one was named with the word.
func (f *finder) properModifier(a, head int) string {
	for k := a; k < head; k++ {
		t := f.toks[k]
		if t.Cap && t.Kind == text.Word && !(k == a && f.is(k, cArticle)) && !demonymLike(t.Norm) && !f.mentioned(k) && !f.is(k, cRefAdjective|cTemporalName) {
			return t.Norm
		}
	}
	return ""
}

// placeNouns after a capitalised run make it a place's name ("the
// South-West region"), which speaks for no one: its governor does.
var placeNouns = set("region", "province", "governorate", "prefecture", "oblast", "county", "district", "canton")

var subnationalWords = set("regional", "provincial", "district", "municipal", "county", "oblast", "local", "prefectural")

// backRef reports whether the modifiers before a body noun let it point
// back at an entity named earlier ("the paramilitary group") rather than
// name a new body ("the airport authority").
func (f *finder) backRef(a, head int) bool {
	for k := a; k < head; k++ {
		t := f.toks[k]
		if f.is(k, cRefAdjective|cDeterminer) || t.Cap || t.Kind == text.Punct {
			continue
		}
		return false
	}
	return true
}

func (f *finder) allWords(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].Kind != text.Word {
			return false
		}
		if f.is(k, cPronoun) {
			return false
		}
	}
	return true
}

// bareName reports a phrase made only of a name's words.
func (f *finder) bareName(a, b int) bool {
	if a >= b || !f.toks[a].Cap {
		return false
	}
	for k := a; k < b; k++ {
		t := f.toks[k]
		if r, role := f.roleAt(k); role && (!f.mentioned(k) || r.class == roleGeneric) {
			// "Residents of Aita al-Shaab" are residents, however the
			// table reads them.
			return false
		}
		if !(t.Kind == text.Word && (t.Cap || f.is(k, cConnector))) && !(t.Kind == text.Punct && (t.Norm == "-" || t.Norm == ".")) {
			return false
		}
	}
	return true
}

// chapter reports an organisation followed by a country's entity:
// "Amnesty International Nigeria", "Save the Children UK".
func (f *finder) chapter(org, state string) bool {
	o, ok1 := f.tab.Get(org)
	s, ok2 := f.tab.Get(state)
	if !ok1 || !ok2 {
		return false
	}
	switch o.Kind {
	case sitrep.KindNGO, sitrep.KindUN, sitrep.KindMedia:
		return s.Kind == sitrep.KindStateForce || s.Kind == sitrep.KindGovernment
	}
	return false
}

// kindNoun reports a mention made of common nouns only ("the military",
// "Military sources"): the body's kind, not its name.
func (f *finder) kindNoun(m mrun) bool {
	for k := m.a; k < m.b; k++ {
		if r, ok := f.roleAt(k); !ok || r.class != roleBody {
			return false
		}
	}
	return true
}

// demonymAt reports a nationality word before the head ("Iranian state
// media"): a nation's body of that kind, not one named before.
func (f *finder) demonymAt(a, head int) bool {
	for k := a; k < head; k++ {
		if t := f.toks[k]; t.Cap && demonymLike(t.Norm) && !f.mentioned(k) {
			return true
		}
	}
	return false
}

// demonyms reports that every capitalised word of [a, b) reads as a
// nationality ("Iraqi Kurdish officials", "Thai officials").
func (f *finder) demonyms(a, b int) bool {
	seen := false
	for k := a; k < b; k++ {
		if t := f.toks[k]; t.Kind == text.Word && t.Cap {
			if !demonymLike(t.Norm) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// hasTitle reports a person's title in [a, b): "the mayor", "a prosecutor".
func (f *finder) hasTitle(a, b int) bool {
	for k := a; k < b; k++ {
		if f.is(k, cTitle) {
			if r, ok := f.roleAt(k); ok && r.class == roleSpokes {
				return true
			}
		}
	}
	return false
}

// orgLike reports a body noun in [a, b): "the Sudan Tribune newspaper".
func (f *finder) orgLike(a, b int) bool {
	for k := a; k < b; k++ {
		if r, ok := f.roleAt(k); ok && r.class == roleBody {
			return true
		}
	}
	return false
}

// mentioned reports a dictionary mention at token k.
func (f *finder) mentioned(k int) bool { _, ok := f.tab.At(k); return ok }

// mentions lists the entity mentions in [a, b) as runs.
//
// The runs are carved from f.runs, which the finder empties before each
// sentence; the result is nil when there are none.
func (f *finder) mentions(a, b int) []mrun {
	start := len(f.runs)
	ms := f.runs
	for k := a; k < b; k++ {
		id, ok := f.tab.At(k)
		if !ok {
			continue
		}
		if n := len(ms); n > start && ms[n-1].id == id && ms[n-1].b == k {
			ms[n-1].b = k + 1
			continue
		}
		ms = append(ms, mrun{k, k + 1, id})
	}
	f.runs = ms
	if len(ms) == start {
		return nil
	}
	return ms[start:len(ms):len(ms)]
}

// bodyIn returns the body a phrase speaks for: its last mention, else a
// body noun resolved to the entity it points at ("army spokesman").
func (f *finder) bodyIn(a, b int) (string, bool) {
	if ms := f.mentions(a, b); len(ms) > 0 {
		return ms[len(ms)-1].id, true
	}
	for k := a; k < b; k++ {
		t := f.toks[k]
		if n := f.norm(k - 1); k > a && (n == "in" || n == "at" || n == "near" || n == "from") {
			break // "the army's spokesman in North Kivu": a place
		}
		if _, role := f.roleAt(k); t.Kind == text.Word && t.Cap && !role && !f.is(k, cTitle|cDeterminer) && !f.demonyms(a, b) {
			if id, ok := f.capEntity(a, b, ""); ok {
				return id, true
			}
			break
		}
	}
	for k := b - 1; k >= a; k-- {
		if r, ok := f.roleAt(k); ok && r.class == roleBody {
			return f.resolve(k, k+1)
		}
	}
	return "", false
}

// head returns the last role noun of [a, b) and its role, or -1.
func (f *finder) head(a, b int) (int, role) {
	for k := b - 1; k >= a; k-- {
		if r, ok := f.roleAt(k); ok {
			return k, r
		}
	}
	return -1, role{}
}

func (f *finder) definite(a int) bool {
	switch f.norm(a - 1) {
	case "the", "its", "their", "his", "her", "this", "that":
		return true
	}
	switch f.norm(a) {
	case "the", "its", "their", "his", "her", "this", "that":
		return true
	}
	return false
}

// possessive reports "its spokesman", "the group's spokesman".
func (f *finder) possessive(a, head int) bool {
	for k := a - 1; k < head; k++ {
		switch f.norm(k) {
		case "its", "their", "his", "her", "'s":
			return true
		}
	}
	return false
}

func (f *finder) kindOf(id string) string {
	if e, ok := f.tab.Get(id); ok {
		return e.Kind
	}
	return ""
}

// personName returns where a person's name starts at the end of [a, b)
// after a title or role word, or b when there is none.
func (f *finder) personName(a, b int) int {
	r := b
	for r > a {
		k := r - 1
		t := f.toks[k]
		if f.mentioned(k) && (r == b || !(t.Cap || f.isPunct(k) || f.is(k, cConnector))) {
			break
		}
		if t.Kind == text.Word && t.Cap && !f.is(k, cTitle) {
			if _, ok := f.roleAt(k); ok {
				break
			}
			r--
			continue
		}
		if (t.Kind == text.Punct && t.Norm == "-" && !f.hardDash(k)) || (t.Kind == text.Punct && t.Norm == ".") || (f.is(k, cConnector) && t.Norm != "and" && t.Norm != "of" && t.Norm != "for" && t.Norm != "on" && t.Norm != "in") {
			r--
			continue
		}
		break
	}
	for r < b && (f.isPunct(r) || f.is(r, cConnector) && f.toks[r].Norm != "al") {
		r++
	}
	if r >= b || r == a {
		// A bare name with no title before it is left to capEntity.
		return b
	}
	k := r - 1
	for k >= a && f.isPunct(k) {
		k--
	}
	if k < a {
		return b
	}
	if !f.is(k, cTitle) && f.lex(k).role.class != roleSpokes {
		return b
	}
	return r
}
