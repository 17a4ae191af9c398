package actors

import (
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// forceQualifiers may sit between a demonym and its force noun ("Israeli
// ground troops", "Sudanese government forces").
var forceQualifiers = map[string]bool{
	"ground": true, "government": true, "regular": true, "special": true, "occupation": true,
	"army": true, "military": true, "naval": true, "elite": true, "national": true, "federal": true,
	"junta": true, "regime": true, "state": true, "royal": true, "border": true,
	// Labels each side's statements put on the other's forces ("Kenyan
	// crusader soldiers", "Russian occupying forces", "Israeli enemy
	// soldiers"), kept alike for every side.
	"crusader": true, "apostate": true, "enemy": true, "occupying": true, "invading": true,
	"mercenary": true,
}

// notStateSubject are words before a country name that make it a place,
// not an actor ("in Israel", "of Sudan").
var notStateSubject = map[string]bool{
	"in": true, "of": true, "from": true, "to": true, "into": true, "across": true, "inside": true,
	"throughout": true, "with": true, "between": true, "and": true, "or": true, "against": true,
	"for": true, "at": true, "on": true, "near": true, "by": true, "toward": true, "towards": true,
	"over": true, "within": true, "outside": true, "via": true, "around": true, "than": true, "-": true,
	"the": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true,
}

// stateVerbs follow a country name used as an actor ("Israel launched").
var stateVerbs = map[string]bool{
	"has": true, "had": true, "is": true, "was": true, "will": true, "would": true, "could": true,
	"can": true, "may": true, "must": true, "said": true, "says": true, "did": true, "does": true,
	"also": true, "began": true, "hit": true, "shot": true, "struck": true, "sent": true, "fought": true,
	"continues": true, "continued": true, "denied": true, "claimed": true, "launched": true,
	"bombed": true, "shelled": true, "attacked": true, "killed": true, "withdrew": true, "seized": true,
	"captured": true, "invaded": true, "targeted": true, "fired": true, "carried": true, "told": true,
	"accused": true, "announced": true, "stepped": true, "pounded": true, "intercepted": true,
	"deployed": true, "retook": true, "recaptured": true, "vowed": true, "warned": true, "rejected": true,
	"responded": true, "retaliated": true, "insists": true, "insisted": true, "maintains": true,
	"now": true, "then": true, "again": true,
}

// stateForms handles a demonym or country name at token i: the state's
// forces ("Malian soldiers", "Ukraine's military"), its police, its
// government, its officials, its civilians, or the state acting ("Israel
// launched ...").
func (r *recognizer) stateForms(i int, h *hit) int {
	toks := r.toks
	c, e := h.demonym, h.demEnd
	isCountry := false
	if h.countryEnd > h.demEnd {
		c, e, isCountry = h.country, h.countryEnd, true
	}
	k := e
	if isCountry && k < len(toks) && toks[k].Norm == "'s" {
		k++
	}
	if k >= len(toks) {
		r.vote(c, i)
		return i
	}
	nt := &toks[k]
	if nt.Kind == text.Word && forceQualifiers[nt.Norm] && k+1 < len(toks) && (forceNouns[toks[k+1].Norm] || policeNouns[toks[k+1].Norm]) {
		k++
		nt = &toks[k]
	}
	if !isCountry && (nt.Norm == "and" || nt.Norm == "or") && k+1 < len(toks) {
		// "Burundian and Congolese troops": the force noun after the
		// last demonym names each state's forces. The first is an
		// entity of the article but, like ACLED's associated actor, no
		// mention of its own: the phrase is one side of the clause, and
		// the clause's other party is still to come ("US and UK forces
		// struck Houthi targets").
		var h2 hit
		r.walk(k+1, &h2)
		if f := h2.demEnd; h2.demonym != nil && h2.countryEnd <= f && f < len(toks) {
			if forceQualifiers[toks[f].Norm] && f+1 < len(toks) {
				f++
			}
			if n := toks[f].Norm; policeNouns[n] || forceNouns[n] && !forceNeedsTail[n] {
				m := r.stateForce(c, policeNouns[n])
				m.Modifier = true
				return r.emit(m, i, e)
			}
		}
	}
	switch {
	case nt.Kind != text.Word || nt.Newlines > 1:
	case policeNouns[nt.Norm]:
		end := k + 1
		if end < len(toks) && (toks[end].Norm == "forces" || toks[end].Norm == "officers") {
			end++
		}
		return r.emit(r.stateForce(c, true), i, end)
	case forceNouns[nt.Norm]:
		end := k + 1
		if end < len(toks) && forceTails[toks[end].Norm] {
			end++
		} else if forceNeedsTail[nt.Norm] {
			break
		}
		return r.emit(r.stateForce(c, false), i, end)
	case nt.Norm == "government" || nt.Norm == "authorities" || nt.Norm == "junta" || nt.Norm == "regime":
		return r.emit(*r.stateGov(c), i, k+1)
	case installations[nt.Norm] && !isCountry && nt.Norm != "camp" && nt.Norm != "camps":
		// "the U.S. base at Ain al-Asad": the state's forces hold it. A
		// "Palestinian camp" is a refugee camp; an "army camp" is the
		// army's.
		return r.emit(r.stateForce(c, false), i, e)
	case portfolios[nt.Norm]:
		if m, end := r.ministry(k, c); end > k {
			return r.emit(m, i, end)
		}
	case genericGroups[nt.Norm] != "":
		if end := r.generic(k, c); end > k {
			r.vote(c, i)
			m := &r.out[len(r.out)-1]
			m.First, m.Span[0] = i, toks[i].Start
			return end
		}
	default:
		if _, ok := titleWords[nt.Norm]; ok {
			if end := r.person(k, r.stateGov(c)); end > k {
				return end
			}
		}
	}
	r.vote(c, i)
	if isCountry && toks[i].Cap && e < len(toks) && r.stateSubject(i, e) {
		// A state at war acts through its forces; any other state through
		// its government ("Qatar, which has been mediating").
		var m Mention
		if c.Belligerent && c.Military != nil {
			m = r.stateForce(c, false)
		} else {
			m = *r.stateGov(c)
		}
		m.Rule = RuleState
		return r.emit(m, i, e)
	}
	return i
}

// stateSubject reports whether the country name at [i, e) is the subject of
// a verb ("Israel launched"), not a place ("in Israel").
func (r *recognizer) stateSubject(i, e int) bool {
	toks := r.toks
	prev := ""
	if i > 0 && toks[i].Newlines == 0 {
		prev = toks[i-1].Norm
		if prev == "the" && i > 1 {
			prev = toks[i-2].Norm
		}
	}
	if (prev == "with" || prev == "and") && i > 1 && borderNouns[toks[i-2].Norm] {
		return false // "the border with Egypt": a place
	}
	if prev == "and" && i > 1 && toks[i-2].Cap && r.actsAfter(e) {
		// "Egypt and Qatar, which have been mediating": the last of
		// coordinated states acts with the first.
		var h hit
		if k := r.coordinatedStart(i - 2); k >= 0 {
			r.walk(k, &h)
			if h.country != nil && h.countryEnd == i-1 {
				return true
			}
		}
	}
	if stateObjectCues[prev] {
		// "turned to Russia for support", "accused Rwanda", "embassies of
		// the United States": the state is the other party of an act.
		return e >= len(toks) || toks[e].Kind != text.Word || !toks[e].Cap && !placeNouns[toks[e].Norm]
	}
	if notStateSubject[prev] {
		return false
	}
	if e >= len(toks) {
		return false
	}
	nt := &toks[e]
	if nt.Norm == "," && e+1 < len(toks) && (toks[e+1].Norm == "which" || toks[e+1].Norm == "who") {
		return true // "Egypt and Qatar, which have been mediating"
	}
	if nt.Norm == "and" && e+1 < len(toks) && toks[e+1].Cap {
		// "Egypt and Qatar, which ...": the first of coordinated states
		// acts with the last.
		var h hit
		r.walk(e+1, &h)
		if h.country != nil && h.countryEnd < len(toks) {
			return r.stateSubject(e+1, h.countryEnd)
		}
	}
	if nt.Kind != text.Word || nt.Cap || nt.Newlines > 0 {
		return false
	}
	return stateVerbs[nt.Norm] || (strings.HasSuffix(nt.Norm, "ed") && len(nt.Norm) > 4)
}

// actsAfter reports whether the tokens from e make the name before them a
// subject: ", which ..." or a state verb.
func (r *recognizer) actsAfter(e int) bool {
	toks := r.toks
	if e >= len(toks) {
		return false
	}
	nt := &toks[e]
	if nt.Norm == "," && e+1 < len(toks) && (toks[e+1].Norm == "which" || toks[e+1].Norm == "who") {
		return true
	}
	if nt.Kind != text.Word || nt.Cap || nt.Newlines > 0 {
		return false
	}
	return stateVerbs[nt.Norm] || (strings.HasSuffix(nt.Norm, "ed") && len(nt.Norm) > 4)
}

// coordinatedStart returns the first token of the capitalised name ending
// at token k ("United Arab Emirates"), or -1.
func (r *recognizer) coordinatedStart(k int) int {
	for s := k; s >= 0 && k-s < 4; s-- {
		if !r.toks[s].Cap {
			return -1
		}
		if s == 0 || !r.toks[s-1].Cap || r.toks[s-1].Newlines > 0 {
			return s
		}
	}
	return -1
}

// stateObjectCues before a country name make it the object of an act.
var stateObjectCues = map[string]bool{
	"accused": true, "blamed": true, "urged": true, "backed": true, "supported": true, "embassy": true,
	"embassies": true, "against": true, "by": true, "with": true, "turned": true, "condemned": true,
	"warned": true, "accusing": true, "blaming": true, "mediators": true, "allies": true,
}

// borderNouns before "with" make the country after it a place.
var borderNouns = map[string]bool{
	"border": true, "borders": true, "frontier": true, "boundary": true, "crossing": true, "crossings": true,
}

// placeNouns after a country name make it a place ("Sudan border").
var placeNouns = map[string]bool{
	"border": true, "borders": true, "region": true, "territory": true, "side": true, "coast": true,
	"war": true, "conflict": true, "crisis": true, "capital": true, "city": true,
}

func (r *recognizer) vote(c *Country, at int) {
	if r.votes == nil {
		if r.buf != nil && r.buf.votes != nil {
			r.votes, r.voteAt = r.buf.votes, r.buf.voteAt[:0]
		} else {
			r.votes = map[*Country]int{}
		}
	}
	r.votes[c]++
	r.voteAt = append(r.voteAt, countryAt{at, c})
}

// countryAt is a country named at a token, outside a force phrase.
type countryAt struct {
	tok int
	c   *Country
}

// nearCountry returns the country named nearest to token k in its own
// sentence: "civilians in Gaza", "Syrian residents".
func (r *recognizer) nearCountry(k int) *Country {
	s := r.doc.SentenceOf(k)
	if s >= len(r.doc.Sentences) {
		return nil
	}
	sent := r.doc.Sentences[s]
	var best *Country
	dist := len(r.toks)
	for _, v := range r.voteAt {
		if v.tok < sent.First || v.tok >= sent.Last {
			continue
		}
		d := v.tok - k
		if d < 0 {
			d = -d
		}
		if d < dist {
			best, dist = v.c, d
		}
	}
	return best
}

// stateForce is the mention of a state's military (or police): the
// dictionary row linked to the country when there is one, else a pattern
// entity with the ACLED name from demonyms.tsv.
func (r *recognizer) stateForce(c *Country, police bool) Mention {
	a := c.Military
	if police {
		a = c.Police
	}
	if a != nil {
		return Mention{Actor: a, Name: a.Name, Kind: a.Kind, Role: a.Role, Country: c.Code, ACLED: a.ACLED, Rule: RuleForce}
	}
	m := Mention{Kind: sitrep.KindStateForce, Role: RoleParty, Country: c.Code, Rule: RuleForce}
	if police {
		m.Name, m.ACLED = c.policeName(), c.PoliceACLED
	} else {
		m.Name, m.ACLED = c.militaryName(), c.MilitaryACLED
	}
	if m.ACLED == "" {
		m.ACLED = m.Name
	}
	return m
}

// stateGov is the mention of a state's government.
func (r *recognizer) stateGov(c *Country) *Mention {
	if a := c.Government; a != nil {
		return &Mention{Actor: a, Name: a.Name, Kind: a.Kind, Role: a.Role, Country: c.Code, ACLED: a.ACLED, Rule: RuleForce}
	}
	role := RoleNeutral
	if c.Belligerent {
		role = RoleParty
	}
	name := "Government of " + c.Name
	// ACLED dates a government as it dates the state's forces.
	acled := name + period(c.MilitaryACLED)
	return &Mention{Name: name, ACLED: acled, Kind: sitrep.KindGovernment, Role: role, Country: c.Code, Rule: RuleForce}
}

// period returns the " (2019-)" suffix of an ACLED state name, or "".
func period(acled string) string {
	i := strings.LastIndex(acled, " (")
	if i < 0 || !strings.HasSuffix(acled, "-)") || len(acled)-i != 8 {
		return ""
	}
	return acled[i:]
}

// capitalVerbs after a capital make it its state acting ("Moscow
// launched"): true for an act, which its forces carry out, false for
// speech, which its government makes ("Kyiv said", "Baghdad says"). A
// capital is more often a place than a country's name is, so the list is
// narrower than stateVerbs.
var capitalVerbs = map[string]bool{
	"launched": true, "fired": true, "struck": true, "attacked": true, "shelled": true, "bombed": true,
	"targeted": true, "sent": true, "deployed": true, "withdrew": true, "retaliated": true, "responded": true,
	"said": false, "says": false, "told": false, "accused": false, "accuses": false, "blamed": false,
	"blames": false, "claimed": false, "claims": false, "denied": false, "denies": false, "announced": false,
	"warned": false, "vowed": false, "rejected": false, "insists": false, "insisted": false,
	"confirmed": false, "reported": false, "ordered": false, "demanded": false,
}

// attackGerunds after "accused X of" make the accusation one of an attack.
var attackGerunds = map[string]bool{
	"striking": true, "shelling": true, "attacking": true, "bombing": true, "targeting": true,
	"firing": true, "launching": true, "killing": true, "shooting": true, "invading": true,
}

// capitalObjectCues before a capital make it the state accused or blamed.
var capitalObjectCues = map[string]bool{
	"accused": true, "accusing": true, "accuses": true, "blamed": true, "blaming": true, "blames": true,
	"urged": true, "condemned": true,
}

// capitalActs handles a capital used for its state ("Kyiv said its forces
// ...", "Moscow's troops", "accused Kigali of backing ..."): the state's
// forces, police or government as stateForms would name them. A capital in
// any other position is a place, and votes for no country.
func (r *recognizer) capitalActs(i int, h *hit) int {
	toks := r.toks
	c, e := h.capital, h.capitalEnd
	if i > 0 && toks[i-1].Cap && !r.sentenceStart(i) {
		return i // "Denzel Washington", "George Town"
	}
	if e < len(toks) && toks[e].Norm == "'s" {
		k := e + 1
		if k < len(toks) && toks[k].Kind == text.Word && forceQualifiers[toks[k].Norm] && k+1 < len(toks) && (forceNouns[toks[k+1].Norm] || policeNouns[toks[k+1].Norm]) {
			k++
		}
		if k >= len(toks) || toks[k].Kind != text.Word {
			return i
		}
		switch n := toks[k].Norm; {
		case policeNouns[n]:
			return r.emit(r.stateForce(c, true), i, k+1)
		case forceNouns[n] && !forceNeedsTail[n]:
			return r.emit(r.stateForce(c, false), i, k+1)
		case forceNeedsTail[n] && k+1 < len(toks) && forceTails[toks[k+1].Norm]:
			return r.emit(r.stateForce(c, false), i, k+2)
		case n == "government" || n == "authorities" || n == "junta" || n == "regime":
			return r.emit(*r.stateGov(c), i, k+1)
		}
		return i
	}
	prev := ""
	if i > 0 && !r.sentenceStart(i) {
		prev = toks[i-1].Norm
	}
	// "accused Kyiv of striking a substation": the state's forces are
	// blamed for an attack; "accused Kinshasa of staging attacks", its
	// government for a policy.
	acts, speaks := false, false
	if capitalObjectCues[prev] && (e >= len(toks) || toks[e].Norm == "of" || toks[e].Norm == "for" || toks[e].Kind == text.Punct) {
		acts = e+1 < len(toks) && attackGerunds[toks[e+1].Norm]
		speaks = !acts
	}
	if !acts && !speaks && !notStateSubject[prev] && e < len(toks) && toks[e].Kind == text.Word && !toks[e].Cap && toks[e].Newlines == 0 {
		act, ok := capitalVerbs[toks[e].Norm]
		acts, speaks = act, ok && !act
	}
	if !acts && !speaks {
		return i
	}
	var m Mention
	if acts && c.Belligerent && c.Military != nil {
		m = r.stateForce(c, false)
	} else {
		m = *r.stateGov(c)
	}
	m.Rule = RuleState
	return r.emit(m, i, e)
}
