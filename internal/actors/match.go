package actors

import (
	"strings"

	"sitrep"
	"sitrep/internal/numbers"
	"sitrep/internal/text"
)

// Recognition rules, as Mention.Rule reports them.
const (
	RuleDict    = "dict"    // a dictionary form
	RuleAcronym = "acronym" // an acronym the article defined ("... (RSF)")
	RuleAlias   = "alias"   // a later short form of a person named earlier
	RuleOrg     = "org"     // an organisation pattern ("... Brigades")
	RulePerson  = "person"  // a titled person ("Major General ...")
	RuleForce   = "force"   // a state's forces by demonym ("Malian soldiers")
	RuleState   = "state"   // a state acting ("Israel launched ...")
	RuleGeneric = "generic" // an unnamed group ("civilians")
)

// Mention is one recognised actor mention.
type Mention struct {
	// First and Last are token indices [First, Last).
	First, Last int
	Span        sitrep.Span
	// Actor is the dictionary actor, nil for an entity recognised by
	// pattern only (then Name, Kind and Role describe it).
	Actor *Actor
	Name  string
	Kind  string
	Role  string
	// Country is an ISO 3166-1 alpha-2 code, when known.
	Country string
	// ACLED is the ACLED-style actor name ("Military Forces of Mali",
	// "Civilians (Mali)"), when known.
	ACLED string
	// Rule tells how the mention was recognised (RuleDict, RuleOrg, ...).
	Rule string
	// Generic marks unnamed groups (civilians, protesters): the pipeline
	// decides whether they belong in the record.
	Generic bool
	// Modifier marks a name that only qualifies another ("the
	// al-Qaeda-linked JNIM", "Iran-backed militias"): the entity exists,
	// but the mention is no act of it, so it carries no span. (It sits by
	// Generic: two flags share one word of a struct copied often.)
	Modifier bool
	// SpeaksFor is the body a titled person speaks for. It may be a mention
	// elsewhere in the article or an implicit one (zero Span) such as a
	// state's government in "Israeli Prime Minister ...".
	SpeaksFor *Mention
	// Title is a person's title as written ("Brigadier General").
	Title string
	// Descriptors are the folded words the article used to describe the
	// mention ("paramilitary", "group"); Resolve matches role nouns on them.
	Descriptors []string
	// alts are other dictionary actors of other countries with the same
	// form; finish picks the one of the article's country.
	alts []*Actor
}

// rulerSuffixes make the name before them the ruler of the body after
// them ("the Hamas-run health ministry", "a Houthi-controlled court").
var rulerSuffixes = map[string]bool{
	"run": true, "controlled": true, "installed": true, "appointed": true, "led": true, "held": true,
}

// ruledByParty reports whether the body starting at token i is described
// as run by a party to the fighting, within two words ("the RSF-run civil
// administration"): whatever it says, it says for that party, whichever
// side it is.
func (r *recognizer) ruledByParty(i int) bool {
	if len(r.out) == 0 {
		return false
	}
	p := &r.out[len(r.out)-1]
	if p.Role != RoleParty || p.Last+2 > i || i-p.Last > 4 {
		return false
	}
	toks := r.toks
	return toks[p.Last].Norm == "-" && rulerSuffixes[toks[p.Last+1].Norm]
}

// affiliateNouns after a name make it the parent of the actor they
// describe ("JNIM, the Sahel's main al-Qaeda affiliate", "al-Qaeda's Sahel
// branch", "Iran's proxies").
var affiliateNouns = map[string]bool{
	"affiliate": true, "affiliates": true, "branch": true, "branches": true, "franchise": true,
	"offshoot": true, "offshoots": true, "proxy": true, "proxies": true,
}

// parentOf reports whether the tokens from end, after an optional
// possessive and at most two words, are an affiliate noun: the name
// before end is the parent of the actor the phrase describes.
func (r *recognizer) parentOf(end int) bool {
	toks := r.toks
	k := end
	if k < len(toks) && toks[k].Norm == "'s" {
		k++
	}
	for n := 0; k < len(toks) && n < 3; n, k = n+1, k+1 {
		t := &toks[k]
		if t.Kind != text.Word || t.Newlines > 0 {
			return false
		}
		if r.tagged(k, tagAffiliate) {
			return true
		}
	}
	return false
}

// modifierSuffixes joined to a name by a hyphen make it qualify the noun
// after it: the backer, the parent or the ruler of another actor, not an
// actor of the clause ("al-Qaeda-linked", "Iran-backed", "Houthi-run").
// "-led" is not among them: an "RSF-led assault" is the RSF's.
var modifierSuffixes = map[string]bool{
	"linked": true, "affiliated": true, "aligned": true, "backed": true, "allied": true,
	"sponsored": true, "supported": true, "inspired": true, "leaning": true, "run": true,
	"controlled": true, "installed": true, "appointed": true, "funded": true, "trained": true,
	"armed": true, "held": true,
}

// entityKey identifies the entity a mention belongs to within one
// article: a state force by its ACLED name, a dictionary actor by its key,
// a pattern entity by its folded name.
type entityKey struct {
	kind byte
	s    string
}

func (m *Mention) key() entityKey {
	if isStateACLED(m.ACLED) {
		// A state's forces and the bodies ACLED codes as them (its
		// defence ministry, general staff, commands) are one actor.
		return entityKey{'c', m.ACLED}
	}
	if m.Actor != nil {
		return entityKey{'a', m.Actor.Key}
	}
	return entityKey{'n', text.FoldWord(m.Name)}
}

func actorKey(a *Actor) entityKey {
	if isStateACLED(a.ACLED) {
		return entityKey{'c', a.ACLED}
	}
	return entityKey{'a', a.Key}
}

func isStateACLED(s string) bool {
	return strings.HasPrefix(s, "Military Forces of ") || strings.HasPrefix(s, "Police Forces of ")
}

// dynAlias is a form the article itself introduced: an acronym it defined
// or a person's surname after the full name.
type dynAlias struct {
	key   []string
	upper bool
	tmpl  Mention
}

type recognizer struct {
	d    *Dictionary
	doc  *text.Doc
	toks []text.Token
	out  []Mention
	cls  []uint16
	tags []uint16
	ids  []uint32 // each token's word id in the trie, 0 if none
	buf  *scratch
	dyn  map[string][]dynAlias
	// headlessTo: no run starting before this token holds an organisation
	// head (see headAhead).
	headlessTo int
	// dynFirst has bit WordHash%64 set for the first word of every key in
	// dyn: most capitalised words start none, and skip the map.
	dynFirst uint64
	// sharedHeads are stand-in heads two armed groups of the article share:
	// they name neither.
	sharedHeads map[string]bool
	// pending maps a token where a body mention is expected ("…, director
	// of Al-Shifa hospital") to the index in out of the person waiting for it.
	pending map[int]int
	// bare counts the bare force nouns finish must resolve.
	bare int
	// altsChosen: every form shared by two states' actors has its actor.
	altsChosen bool
	// votes count how often each country is named outside force phrases,
	// to give generic groups a country.
	votes  map[*Country]int
	voteAt []countryAt
}

// Recognize returns the actor mentions in doc, in text order, never
// overlapping: dictionary forms, acronyms the article defines, organisation
// patterns, titled people, state forces by demonym, states acting, and
// generic groups. It makes one pass over the tokens.
func (d *Dictionary) Recognize(doc *text.Doc) []Mention {
	r := recognizer{d: d, doc: doc, toks: doc.Tokens}
	r.run()
	// The result is allocated at its size: the working list, reused
	// across articles, had room for a mention every dozen tokens.
	out := make([]Mention, len(r.out))
	copy(out, r.out)
	r.release()
	return out
}

// Table is NewTable(doc, d, d.Recognize(doc)) without the copy of the
// mentions: the table is built from the recognizer's pooled list, which it
// keeps nothing of.
func (d *Dictionary) Table(doc *text.Doc) *Table {
	r := recognizer{d: d, doc: doc, toks: doc.Tokens}
	r.run()
	t := NewTable(doc, d, r.out)
	r.release()
	return t
}

// run recognises the mentions into r.out.
func (r *recognizer) run() {
	r.classify()
	for i := 0; i < len(r.toks); {
		if r.toks[i].Kind == text.Punct {
			if r.toks[i].Norm == "(" {
				if end := r.definedAcronym(i); end > i {
					i = end
					continue
				}
			}
			i++
			continue
		}
		if r.quiet(i) {
			i++
			continue
		}
		if end := r.at(i); end > i {
			i = end
		} else {
			i++
		}
	}
	r.finish()
}

// hit is what one trie walk found at a token.
type hit struct {
	e                  *entry
	alts               []*Actor
	eEnd               int
	country, demonym   *Country
	countryEnd, demEnd int
	capital            *Country
	capitalEnd         int
}

// walk follows the trie from token i, recording the longest actor form,
// country name and demonym that end along the way.
func (r *recognizer) walk(i int, h *hit) {
	toks := r.toks
	n := r.rootAt(i)
	if n == nil {
		return
	}
	opened := false
	for j := i; j < len(toks); j++ {
		t := &toks[j]
		if j > i {
			if t.Newlines > 1 {
				break
			}
			if t.Norm == ")" && !opened {
				break // "(Peshawar, Khyber Pakhtunkhwa). Police": the form ended
			}
			if skippable(t) || t.Norm == "the" || t.Norm == "(" || t.Norm == ")" {
				opened = opened || t.Norm == "("
				continue // "Military Forces of Sudan (2019-)" is keyed without brackets
			}
			c := n.child(r.ids[j])
			if c == nil {
				break
			}
			n = c
		}
		if n.entry != nil && j+1 > h.eEnd && r.caseOK(n.entry, i, j) {
			h.e, h.eEnd, h.alts = n.entry, j+1, n.alts
		}
		if n.country != nil && j+1 > h.countryEnd && r.firstCap(i, j) {
			h.country, h.countryEnd = n.country, j+1
		}
		if n.demonym != nil && j+1 > h.demEnd && r.firstCap(i, j) {
			h.demonym, h.demEnd = n.demonym, j+1
		}
		if n.capital != nil && j+1 > h.capitalEnd && r.firstCap(i, j) {
			h.capital, h.capitalEnd = n.capital, j+1
		}
	}
}

// firstCap reports whether the first content word of tokens [i, j] is
// capitalised ("al-Qassam" and "the IDF" count by their second word).
func (r *recognizer) firstCap(i, j int) bool {
	for k := i; k <= j; k++ {
		t := &r.toks[k]
		if t.Kind == text.Punct {
			continue
		}
		if k < j && (t.Norm == "al" || t.Norm == "the") {
			continue
		}
		return t.Cap || t.Kind == text.Number
	}
	return false
}

func (r *recognizer) caseOK(e *entry, i, j int) bool {
	if e.caseSensitive {
		// "PORT-AU-PRINCE" holds no acronym; "FARDC-FDLR-Wazalendo" joins
		// three actors.
		if i > 1 && r.toks[i-1].Norm == "-" && !r.toks[i].Space && !r.toks[i-1].Space &&
			j+1 < len(r.toks) && r.toks[j+1].Norm == "-" && !r.toks[j+1].Space &&
			(r.rootAt(i-2) == nil || r.rootAt(i-2).entry == nil) {
			return false
		}
		for k := i; k <= j; k++ {
			if t := &r.toks[k]; t.Kind == text.Word && !t.Upper {
				return false
			}
		}
		return true
	}
	if e.exact != "" {
		return strings.ReplaceAll(r.doc.Text[r.toks[i].Start:r.toks[j].End], "\u2019", "'") == e.exact
	}
	return !e.capital || r.firstCap(i, j)
}

// at tries every rule at token i (not a quiet one) and returns the token after what it
// consumed, or i when nothing was recognised there.
func (r *recognizer) at(i int) int {
	t := &r.toks[i]
	var h hit
	r.walk(i, &h)
	if t.Norm == "the" && h.e != nil && i+1 < len(r.toks) {
		// "The National News Agency": a longer form starting at the next
		// word beats one keyed with "the" ("The National News").
		var h2 hit
		r.walk(i+1, &h2)
		if h2.eEnd > h.eEnd {
			return i
		}
	}
	if t.Norm == "al" && i+1 < len(r.toks) {
		var h2 hit
		r.walk(i+1, &h2)
		if h2.eEnd > h.eEnd {
			h.e, h.eEnd, h.alts = h2.e, h2.eEnd, h2.alts
		}
		if h2.countryEnd > h.countryEnd {
			h.country, h.countryEnd = h2.country, h2.countryEnd
		}
		if h2.demEnd > h.demEnd {
			h.demonym, h.demEnd = h2.demonym, h2.demEnd
		}
	}
	if r.dyn != nil && (t.Cap || t.Norm == "al") {
		if m, end := r.dynamic(i); end > i && end >= h.eEnd {
			m := *m
			if m.Actor != nil {
				if e := r.govForce(m.Actor, end); e > end {
					return r.emit(r.stateForce(r.d.byCode[m.Actor.Country], false), i, e)
				}
			}
			return r.emit(m, i, end)
		}
	}
	// "Military Forces of Mali (2021-)", "Civilians (Sudan)": the closing
	// bracket belongs to the name.
	if h.e != nil && r.openBracket(i, h.eEnd) {
		for h.eEnd < len(r.toks) && !r.toks[h.eEnd].Space && (r.toks[h.eEnd].Norm == "-" || r.toks[h.eEnd].Norm == ")") {
			h.eEnd++
			if r.toks[h.eEnd-1].Norm == ")" {
				break
			}
		}
	}
	if h.e != nil {
		// "Military Forces of Mexico (2018-2024)": an earlier period.
		h.eEnd = r.periodAfter(h.eEnd)
	}
	if h.e != nil && h.eEnd >= h.countryEnd && h.eEnd >= h.demEnd {
		a := h.e.actor
		if a.Kind == sitrep.KindNGO || a.Kind == sitrep.KindUN {
			h.eEnd = r.countrySection(h.eEnd)
		}
		if end := r.govForce(a, h.eEnd); end > h.eEnd {
			return r.emit(r.stateForce(r.d.byCode[a.Country], false), i, end)
		}
		m := Mention{Actor: a, Name: a.Name, Kind: a.Kind, Role: a.Role, Country: a.Country, ACLED: a.ACLED, Rule: RuleDict}
		if a.Kind == sitrep.KindPerson {
			// "UN human rights chief Volker Türk": the body named just
			// before a known person is the one they speak for.
			m.SpeaksFor = r.adjacentBody(i)
		}
		m.alts = h.alts
		idx := len(r.out)
		end := r.emit(m, i, h.eEnd)
		r.headAlias(idx)
		return end
	}
	if h.demonym != nil || h.country != nil {
		if end := r.stateForms(i, &h); end > i {
			return end
		}
	}
	if h.capital != nil && h.capitalEnd > h.eEnd && h.capitalEnd > h.countryEnd {
		if end := r.capitalActs(i, &h); end > i {
			return end
		}
	}
	if h.e != nil {
		a := h.e.actor
		return r.emit(Mention{Actor: a, Name: a.Name, Kind: a.Kind, Role: a.Role, Country: a.Country, ACLED: a.ACLED, Rule: RuleDict}, i, h.eEnd)
	}
	c := r.cls[i]
	if c&clsGeneric != 0 && (t.Norm == "unidentified" || t.Norm == "unknown") {
		// "Unidentified Armed Group (Mali)" is ACLED's generic actor,
		// not an organisation named "... Group".
		if end := r.generic(i, nil); end > i {
			return end
		}
	}
	if c&clsTitle != 0 && !r.titledBody(i) {
		if end := r.person(i, nil); end > i {
			return end
		}
	}
	if t.Norm == "by" || t.Norm == "from" && t.Cap {
		if end := r.byline(i); end > i+1 {
			return end
		}
	}
	if t.Cap || (t.Norm == "al" && i+1 < len(r.toks) && r.toks[i+1].Cap) || (t.Kind == text.Number && i+1 < len(r.toks) && r.toks[i+1].Cap) {
		if r.headAhead(i) {
			if end := r.org(i, &h); end > i {
				return end
			}
		}
		if t.Cap && r.nameCue(i) {
			if end := r.appositivePerson(i); end > i {
				return end
			}
		}
	}
	if t.Upper && r.rootAt(i) == nil {
		if end := r.acronymHead(i); end > i {
			return end
		}
	}
	if t.Norm == "forces" || t.Norm == "troops" {
		if end := r.forcesOf(i); end > i {
			return end
		}
	}
	if c == 0 {
		return i
	}
	if !t.Cap && c&clsOutlet != 0 {
		if end := r.outletAfter(i); end > i {
			return end
		}
	}
	if c&clsGeneric != 0 {
		if end := r.generic(i, nil); end > i {
			return end
		}
	}
	if c&clsPortfolio != 0 && r.ministryHead(i) > i {
		if m, end := r.ministry(i, nil); end > i {
			return r.emit(m, i, end)
		}
	}
	if end := r.nationalForce(i); end > i {
		r.bare++
		return r.emit(Mention{Name: r.toks[i+1].Norm, Kind: sitrep.KindStateForce, Role: RoleParty, Rule: ruleBare}, i, end)
	}
	if c&(clsBare|clsBareQual) == 0 || !r.bareStart(i) {
		return i
	}
	if c&clsBareQual != 0 {
		// "security forces", "government troops", "the air force": a
		// force named by what it is, not whose.
		if j := i + 1; j < len(r.toks) && bareHeads[r.toks[j].Norm] && !r.toks[j].Cap && (j+1 >= len(r.toks) || !bareModifies[r.toks[j+1].Norm]) {
			r.bare++
			return r.emit(Mention{Name: t.Norm + " " + r.toks[j].Norm, Kind: sitrep.KindStateForce, Role: RoleParty, Rule: ruleBare}, i, j+1)
		}
	}
	if c&clsBare != 0 && i+1 < len(r.toks) && bareModifies[r.toks[i+1].Norm] {
		return i // "military operations", "army base": the noun is a modifier
	}
	if c&clsBare != 0 && (i+1 >= len(r.toks) || r.toks[i+1].Norm != "-") {
		r.bare++
		return r.emit(Mention{Name: t.Norm, Kind: sitrep.KindStateForce, Role: RoleParty, Rule: ruleBare}, i, i+1)
	}
	return i
}

// quiet reports a token no rule of at can start at, the common case: a
// lower-case word that starts no dictionary key, has no word class and is
// none of the words at tests by name.
func (r *recognizer) quiet(i int) bool {
	t := &r.toks[i]
	if r.cls[i] != 0 || t.Cap || t.Upper || t.Kind != text.Word || r.rootAt(i) != nil {
		return false
	}
	switch t.Norm {
	case "the", "al", "by", "from", "forces", "troops":
		return false
	}
	return true
}

// bareStart reports whether a force noun at token i stands alone: lower
// case, or capitalised only because it opens a sentence, and not the end
// of a capitalised name ("Kenya Police"). A word that opens the sentence
// before it is no name ("Five police officers").
func (r *recognizer) bareStart(i int) bool {
	t := &r.toks[i]
	if t.Cap && !r.sentenceStart(i) {
		return false
	}
	if i == 0 || r.sentenceStart(i) {
		return true
	}
	p := &r.toks[i-1]
	if !p.Cap {
		return true
	}
	if t.Cap || r.rootAt(i-1) != nil && p.Norm != "the" {
		return false
	}
	// "The army said", "GARISSA, Kenya - Five police officers", not "A
	// military statement".
	_, number := numbers.ParseWords(p.Norm)
	return number || bareQuantifiers[p.Norm]
}

// bareQuantifiers may open a sentence before a bare force noun.
var bareQuantifiers = map[string]bool{
	"the": true, "several": true, "some": true, "many": true, "dozens": true, "hundreds": true, "two": true,
	"three": true, "both": true, "local": true,
}

// periodAfter extends a name over an ACLED period in brackets after it
// ("(2018-2024)", "(2018-)").
func (r *recognizer) periodAfter(end int) int {
	toks := r.toks
	if end+3 >= len(toks) || toks[end].Norm != "(" || !isYear(&toks[end+1]) || toks[end+2].Norm != "-" {
		return end
	}
	k := end + 3
	if isYear(&toks[k]) {
		k++
	}
	if k < len(toks) && toks[k].Norm == ")" {
		return k + 1
	}
	return end
}

func isYear(t *text.Token) bool {
	return t.Kind == text.Number && t.End-t.Start == 4
}

// countrySection extends an NGO's or UN body's name over the country
// name that follows it: "Amnesty International Nigeria" and "UNICEF Sudan"
// are the body's national section or office, not the state.
func (r *recognizer) countrySection(end int) int {
	if end >= len(r.toks) || !r.toks[end].Cap || r.toks[end].Newlines > 0 {
		return end
	}
	var h hit
	r.walk(end, &h)
	if h.country == nil || h.countryEnd <= h.eEnd {
		return end
	}
	return h.countryEnd
}

// dynamic matches the forms the article introduced at token i and returns
// the template of the longest, nil if none matches.
func (r *recognizer) dynamic(i int) (*Mention, int) {
	var best *Mention
	bestEnd := i
	if r.dynFirst&(1<<(r.toks[i].Hash%64)) == 0 {
		return nil, i
	}
	as := r.dyn[r.toks[i].Norm]
	for n := range as {
		a := &as[n]
		j, k := i, 0
		for ; j < len(r.toks) && k < len(a.key); j++ {
			t := &r.toks[j]
			if j > i && skippable(t) {
				continue
			}
			if t.Norm != a.key[k] || (a.upper && !t.Upper) || (!a.upper && !t.Cap && t.Norm != "al") {
				break
			}
			k++
		}
		if k == len(a.key) && j > bestEnd {
			best, bestEnd = &a.tmpl, j
		}
	}
	return best, bestEnd
}

// standInHeads are the head nouns by which an armed group's own name is
// shortened later in an article, capitalised ("the Islamic Resistance in
// Lebanon" … "the Resistance said", "Resistance fighters"; "the National
// Resistance Front" … "the Front"). Heads a state's forces share (army,
// forces, brigade, group) are not among them.
var standInHeads = map[string]bool{"resistance": true, "front": true, "movement": true, "alliance": true}

// headAlias lets the stand-in head of the dictionary armed group or state
// corps emitted at r.out[idx] name it for the rest of the article; a head
// two actors of the article share names neither.
func (r *recognizer) headAlias(idx int) {
	if idx >= len(r.out) {
		return
	}
	m := &r.out[idx]
	if m.Actor == nil || m.Last-m.First < 2 {
		return
	}
	head := ""
	switch m.Kind {
	case sitrep.KindArmedGroup:
		for k := m.First + 1; k < m.Last && (r.toks[k].Cap || r.toks[k].Kind != text.Word); k++ {
			// The last stand-in before a preposition heads the name: the
			// "Islamic Resistance Movement" is the Movement.
			if standInHeads[r.toks[k].Norm] {
				head = r.toks[k].Norm
			}
		}
	case sitrep.KindStateForce:
		// A state's corps named by its own noun, not a generic one:
		// "Pakistan Rangers" … "the Rangers", "Assam Rifles" … "the
		// Rifles"; never "the Forces" or "the Army".
		last := m.Last
		for last > m.First+1 && r.toks[last-1].Kind == text.Word && !r.toks[last-1].Cap && forceNouns[r.toks[last-1].Norm] {
			last-- // "Assam Rifles troops"
		}
		if t := &r.toks[last-1]; last-m.First >= 2 && t.Kind == text.Word && t.Cap && !t.Upper && !r.ofPhrase(m.First, last) {
			_, generic := orgHeads[t.Norm]
			_, state := r.d.countryForm[t.Norm]
			if n := r.d.trie.next[t.Norm]; n != nil && n.demonym != nil {
				state = true
			}
			if !generic && !state && !bareForces[t.Norm] && !forceNouns[t.Norm] {
				head = t.Norm
			}
		}
	}
	if head == "" || r.sharedHeads[head] {
		return
	}
	for n, a := range r.dyn[head] {
		if len(a.key) == 1 && a.tmpl.Actor != nil {
			if a.tmpl.Actor == m.Actor {
				return
			}
			// The earlier group loses its short name too.
			r.dyn[head] = append(r.dyn[head][:n:n], r.dyn[head][n+1:]...)
			if r.sharedHeads == nil {
				r.sharedHeads = map[string]bool{}
			}
			r.sharedHeads[head] = true
			return
		}
	}
	r.addDynamic([]string{head}, false, m)
}

// ofPhrase reports a lower-case word inside [i, end): "Military Forces of
// Mali" ends in its state, not in a corps' own noun.
func (r *recognizer) ofPhrase(i, end int) bool {
	for k := i; k < end; k++ {
		if t := &r.toks[k]; t.Kind == text.Word && !t.Cap {
			return true
		}
	}
	return false
}

func (r *recognizer) addDynamic(key []string, upper bool, m *Mention) {
	if len(key) == 0 {
		return
	}
	if r.dyn == nil {
		if r.buf != nil && r.buf.dyn != nil {
			r.dyn = r.buf.dyn
		} else {
			r.dyn = map[string][]dynAlias{}
		}
	}
	tmpl := *m
	tmpl.First, tmpl.Last, tmpl.Span, tmpl.Descriptors, tmpl.Title = 0, 0, sitrep.Span{}, nil, ""
	a := dynAlias{key: key, upper: upper, tmpl: tmpl}
	if as := r.dyn[key[0]]; len(as) > 0 || r.buf == nil {
		r.dyn[key[0]] = append(as, a)
	} else {
		// Most keys have one form: it is cut from the article's slab,
		// capped so a second form copies it out.
		b := r.buf
		if len(b.dynSlab) == cap(b.dynSlab) {
			b.dynSlab = make([]dynAlias, 0, max(16, 2*cap(b.dynSlab)))
		}
		n := len(b.dynSlab)
		b.dynSlab = append(b.dynSlab, a)
		r.dyn[key[0]] = b.dynSlab[n : n+1 : n+1]
	}
	r.dynFirst |= 1 << (text.WordHash(key[0]) % 64)
}

// emit records m over tokens [i, end) and handles what may follow it: an
// acronym definition in brackets, a person waiting for this body.
func (r *recognizer) emit(m Mention, i, end int) int {
	toks := r.toks
	m.First, m.Last = i, end
	if m.Kind == sitrep.KindCivilians {
		m.Generic = true
	}
	if m.Span == (sitrep.Span{}) {
		m.Span = sitrep.Span{toks[i].Start, toks[end-1].End}
	}
	m.Descriptors = r.describe(i, end, m.Descriptors)
	if end+1 < len(toks) && toks[end].Norm == "-" && !toks[end].Space && !toks[end+1].Space && modifierSuffixes[toks[end+1].Norm] {
		m.Modifier = true
	}
	m.Modifier = m.Modifier || r.parentOf(end)
	if r.ruledByParty(i) && m.Role != RoleIndependent && !m.Generic && m.Kind != sitrep.KindPerson {
		m.Role = RoleParty
	}
	r.out = append(r.out, m)
	idx := len(r.out) - 1
	if p, ok := r.pending[i]; ok && !m.Generic && m.Kind != sitrep.KindPerson {
		body := m
		r.out[p].SpeaksFor = &body
		delete(r.pending, i)
	}
	if m.Kind == sitrep.KindPerson || m.Generic {
		return end
	}
	// "the Rapid Support Forces (RSF)": the acronym names the same entity
	// for the rest of the article, in the dictionary or not.
	if end+2 < len(toks) && toks[end].Norm == "(" && toks[end+2].Norm == ")" && isAcronym(&toks[end+1]) {
		ac := m
		ac.Rule, ac.Descriptors = RuleAcronym, nil
		ac.First, ac.Last = end+1, end+2
		ac.Span = sitrep.Span{toks[end+1].Start, toks[end+1].End}
		r.out = append(r.out, ac)
		r.addDynamic([]string{toks[end+1].Norm}, true, &r.out[idx])
		return end + 3
	}
	return end
}

func isAcronym(t *text.Token) bool {
	if t.Kind != text.Word || !t.Upper || t.End-t.Start < 2 || t.End-t.Start > 10 {
		return false
	}
	return true
}

// govForceNouns after a government's name make the phrase its state's
// forces ("IRG army", "SAC troops", "GNU forces").
var govForceNouns = map[string]bool{
	"army": true, "military": true, "forces": true, "troops": true, "soldiers": true,
}

// govForce returns the end of a force noun at token end that follows the
// name of government a, or end when there is none or a's state has no
// forces to name.
func (r *recognizer) govForce(a *Actor, end int) int {
	if a.Kind != sitrep.KindGovernment || a.Country == "" || end >= len(r.toks) || !govForceNouns[r.toks[end].Norm] || r.toks[end].Cap {
		return end
	}
	if c := r.d.byCode[a.Country]; c == nil || c.Military == nil && c.MilitaryACLED == "" {
		return end
	}
	return end + 1
}

// forcesOf recognises "forces of the Internationally Recognized
// Government": the noun at token i is that government's state forces; the
// government's own name stays the government's.
func (r *recognizer) forcesOf(i int) int {
	toks := r.toks
	k := i + 1
	if k >= len(toks) || toks[k].Norm != "of" || toks[i].Cap && !r.sentenceStart(i) {
		return i
	}
	k++
	if k < len(toks) && toks[k].Norm == "the" {
		k++
	}
	if k >= len(toks) {
		return i
	}
	var h hit
	r.walk(k, &h)
	if h.e == nil {
		return i
	}
	if a := h.e.actor; r.govForce(a, h.eEnd) == h.eEnd && a.Kind == sitrep.KindGovernment && a.Country != "" {
		if c := r.d.byCode[a.Country]; c != nil && (c.Military != nil || c.MilitaryACLED != "") {
			return r.emit(r.stateForce(c, false), i, i+1)
		}
	}
	return i
}

// fighterNouns right after an acronym name the fighters of the group it
// names.
var fighterNouns = map[string]bool{
	"fighters": true, "militants": true, "rebels": true, "militiamen": true, "insurgents": true,
	"combatants": true, "jihadists": true, "guerrillas": true,
}

// acronymHead recognises an acronym the dictionary does not know, followed
// by a lower-case description that ends in an organisation's head noun
// ("CETEG teachers' union", "the FPRC rebel group"): a body the article
// names only by its acronym. The acronym names it for the rest of the
// article.
func (r *recognizer) acronymHead(i int) int {
	toks := r.toks
	t := &toks[i]
	if !isAcronym(t) || t.End-t.Start < 3 || t.Kind != text.Word {
		return i
	}
	words := 0
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		tk := &toks[j]
		if tk.Newlines > 0 {
			return i
		}
		if tk.Kind == text.Punct {
			if tk.Norm == "'" || tk.Norm == "-" {
				continue
			}
			return i
		}
		if tk.Cap || tk.Kind != text.Word || tk.Norm == "'s" {
			return i
		}
		hd, ok := orgHeads[tk.Norm]
		if fighterNouns[tk.Norm] && j == i+1 {
			// "FPRC rebels", "UPC fighters": the group's own men.
			hd, ok = orgHead{kind: sitrep.KindArmedGroup, role: RoleParty}, true
		}
		if ok && !hd.state && !hd.outlet && hd.kind != sitrep.KindGovernment {
			m := Mention{Name: r.doc.Slice(i, i+1), Kind: hd.kind, Role: hd.role, Rule: RuleOrg}
			end := r.emit(m, i, j+1)
			r.addDynamic([]string{t.Norm}, true, &r.out[len(r.out)-1])
			return end
		}
		if words++; words > 2 || r.tagged(j, tagNotNameStart) {
			return i
		}
	}
	return i
}

// titledBody reports whether the title word at i opens a body's name
// instead ("the General Coordination for Displaced Persons and Refugees",
// "the General Directorate of Civil Defence"): a capitalised head follows
// it, and "for" or "of" and a capitalised complement follow the head.
func (r *recognizer) titledBody(i int) bool {
	toks := r.toks
	if i+3 >= len(toks) || !toks[i+1].Cap || r.cls[i+1]&clsHead == 0 {
		return false
	}
	if n := toks[i+2].Norm; n != "for" && n != "of" {
		return false
	}
	k := i + 3
	if toks[k].Norm == "the" && k+1 < len(toks) {
		k++
	}
	return toks[k].Cap && toks[k].Kind == text.Word
}

// nationalForce returns the end of "the National Police" or "the National
// Army" named without its state (the state's own name for its force, as
// Colombia's or Peru's police call themselves), or i: a bare force the
// article's context resolves, like "the police".
func (r *recognizer) nationalForce(i int) int {
	toks := r.toks
	if toks[i].Norm != "national" || i == 0 || i+1 >= len(toks) || toks[i-1].Norm != "the" || !toks[i].Cap || !toks[i+1].Cap {
		return i
	}
	if n := toks[i+1].Norm; n != "police" && n != "army" {
		return i
	}
	if i+2 < len(toks) && (toks[i+2].Cap || toks[i+2].Norm == "of" || toks[i+2].Norm == "-") {
		return i // "the National Police Agency", "the National Army of Colombia"
	}
	return i + 2
}
