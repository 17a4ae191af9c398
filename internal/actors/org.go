package actors

import (
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// foreignOrgWords are words that mark an organisation's name in the
// languages armed groups name themselves in, for acronym definitions
// ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)").
var foreignOrgWords = map[string]string{
	"jama'at": sitrep.KindArmedGroup, "jamaat": sitrep.KindArmedGroup, "harakat": sitrep.KindArmedGroup,
	"hay'at": sitrep.KindArmedGroup, "hayat": sitrep.KindArmedGroup, "ansar": sitrep.KindArmedGroup,
	"jaysh": sitrep.KindArmedGroup, "jaish": sitrep.KindArmedGroup, "liwa": sitrep.KindArmedGroup,
	"saraya": sitrep.KindArmedGroup, "kataib": sitrep.KindArmedGroup, "kata'ib": sitrep.KindArmedGroup,
	"hizb": sitrep.KindPolitical, "hezb": sitrep.KindPolitical, "mouvement": sitrep.KindArmedGroup,
	"front": sitrep.KindArmedGroup, "rassemblement": sitrep.KindPolitical, "conseil": sitrep.KindPolitical,
	"armee": sitrep.KindArmedGroup, "groupe": sitrep.KindArmedGroup, "parti": sitrep.KindPolitical,
	"frente": sitrep.KindArmedGroup, "ejercito": sitrep.KindArmedGroup, "fuerzas": sitrep.KindArmedGroup,
	"partido": sitrep.KindPolitical, "forces": sitrep.KindArmedGroup, "union": sitrep.KindPolitical,
	"coalition": sitrep.KindPolitical, "alliance": sitrep.KindArmedGroup,
	"tahrir": sitrep.KindArmedGroup, "wilayat": sitrep.KindArmedGroup,
}

// stateHeadQualifiers may stand between a demonym and a state head word in
// the name of a state's forces ("Sudanese Armed Forces").
var stateHeadQualifiers = map[string]bool{
	"armed": true, "national": true, "defence": true, "defense": true, "security": true, "royal": true,
	"air": true, "naval": true, "special": true, "regular": true, "republican": true, "federal": true,
}

// org recognises an organisation the dictionary does not list by the
// shape of its name: capitalised words ending in a head word ("Alliance
// of ... Front") or a head word with its "of" complement ("Ministry of
// Health"), and outlets and hospitals written with a lower-case head
// ("Nasser hospital", "the Haaretz newspaper").
func (r *recognizer) org(i int, h *hit) int {
	toks := r.toks
	possessiveHead := i+2 < len(toks) && toks[i+1].Norm == "'s" && toks[i+2].Cap && r.cls[i+2]&clsHead != 0 && orgHeads[toks[i+2].Norm].kind != ""
	if w, _ := r.title(i); r.tagged(i, tagNotNameStart) || w.core && !possessiveHead && !r.titledBody(i) || notOrgStart[toks[i].Norm] {
		return i
	}
	if r.sentenceStart(i) && strings.HasSuffix(toks[i].Norm, "ing") {
		return i // "Speaking to Radio ...": a participle opens the sentence
	}
	j, lastHead, capWords := i, -1, 0
	var head orgHead
	for j < len(toks) && j-i < 14 {
		tk := &toks[j]
		if j > i && tk.Newlines > 0 {
			break
		}
		if tk.Kind == text.Punct {
			if j > i && tk.Norm == "-" && !tk.Space && j+1 < len(toks) && !toks[j+1].Space && toks[j+1].Kind == text.Word {
				j++
				continue
			}
			if j > i && tk.Norm == "'" && !tk.Space && strings.HasSuffix(toks[j-1].Norm, "s") && j+1 < len(toks) && toks[j+1].Cap && toks[j+1].Kind == text.Word {
				j++ // a plural possessive inside the name: "Tribal Leaders' Forum"
				continue
			}
			break
		}
		if tk.Kind == text.Number {
			if j+1 < len(toks) && toks[j+1].Cap && toks[j+1].Kind == text.Word {
				j++
				continue
			}
			break
		}
		if tk.Cap {
			// "Centre-Nord": a head word opening a hyphenated compound
			// is part of a place name, not an organisation's head.
			// "National Association of Prison Guards" is an
			// association: a head in the "of" complement of another
			// names what the body is about, not what it is.
			if hd, ok := r.head(j); ok && !r.hyphenAfter(j) && !(lastHead >= 0 && r.ofBetweenHead(lastHead, j)) {
				lastHead, head = j, hd
			}
			if j+2 < len(toks) && toks[j+1].Norm == "'s" && toks[j+2].Cap && orgHeads[toks[j+2].Norm].kind != "" {
				// "Prosecutor's Office", "Ombudsman's Office": a possessive
				// inside the name.
				capWords++
				j += 2
				continue
			}
			if capWords > 0 && !r.possessiveHeadAhead(j) && r.titleStarts(j) {
				break // "Hamas Political Bureau Chief ...", "... of Prime Minister": a title starts
			}
			capWords++
			j++
			continue
		}
		if hd, ok := r.head(j); ok && hd.lower && capWords > 0 && tk.Kind == text.Word {
			lastHead, head = j, hd
			j++
			break
		}
		if tk.Norm == "al" && j+1 < len(toks) && toks[j+1].Norm == "-" {
			j++
			continue
		}
		// "and" joins the words of one name ("Justice and Equality
		// Movement"), not two names ("444 Brigade and the ... Force").
		if tk.Norm == "and" && (lastHead == j-1 && !r.inComplement(lastHead, j) || j+1 < len(toks) && toks[j+1].Norm == "the") {
			break
		}
		if tk.Norm == "and" && r.startsName(j+1) {
			break // "the Ministry of Defence and Hamas": two names
		}
		if nameConnectors[tk.Norm] && j+1 < len(toks) && (toks[j+1].Cap || toks[j+1].Norm == "the" || toks[j+1].Norm == "al") && capWords > 0 {
			j++
			continue
		}
		break
	}
	if lastHead < 0 {
		return i
	}
	end := lastHead + 1
	if end < j && toks[end].Norm == "and" && r.inComplement(lastHead, end) {
		end = j // "Yemeni Network for Rights and Freedoms"
	}
	if end < len(toks) && toks[end].Kind == text.Word && areaNouns[toks[end].Norm] {
		return i // "Tsafe Local Government Area", "Shura Council region": a place
	}
	if !head.lower {
		// "Ministry of Health", "Office for the Coordination of ...":
		// the complement belongs to the name; "... in Gaza" does not.
		if end < j {
			// A deliberative body names its subject with "on":
			// "Committee on Human Rights", "Commission of Inquiry on
			// Syria"; "Council on Monday" names a day, not a subject.
			topical := deliberativeHeads[toks[lastHead].Norm]
			if c := toks[end].Norm; c == "of" || c == "for" || c == "without" || c == "to" || topical && c == "on" && r.subjectAfter(end+1) {
				k := end + 1
				for k < j && toks[k].Norm != "in" && (toks[k].Norm != "on" || topical && r.subjectAfter(k+1)) {
					k++
				}
				end = k
			}
		}
	}
	for end > i+1 && (toks[end-1].Kind == text.Punct || (!toks[end-1].Cap && nameConnectors[toks[end-1].Norm])) {
		end--
	}
	if end < j && j+2 < len(toks) && toks[j].Norm == "(" && toks[j+2].Norm == ")" && isAcronym(&toks[j+1]) {
		// "All Tribal Students' Union Manipur (ATSUM)": the acronym
		// spells the whole name, words after the head and one name word
		// the walk skipped included.
		if initials(toks, i, j) == toks[j+1].Norm {
			end = j
		} else if i > 0 && toks[i-1].Cap && !r.sentenceStart(i-1) && (len(r.out) == 0 || r.out[len(r.out)-1].Last < i) && initials(toks, i-1, j) == toks[j+1].Norm {
			i, end = i-1, j
		}
	}
	words, specific := 0, 0
	for k := i; k < end; k++ {
		if toks[k].Cap && toks[k].Kind == text.Word {
			words++
			if !genericUnitWords[toks[k].Norm] {
				specific++
			}
		} else if toks[k].Kind == text.Number {
			specific++
			words++
		}
	}
	// A lower-case head needs a name before it ("Nasser hospital"); a lone
	// "Hospital" opening a sentence ("Hospital officials said") names none.
	if words < 2 && !(head.lower && words >= 1 && lastHead > i) || specific == 0 && end == lastHead+1 {
		// "the Air Force", "Armed Forces": a unit's kind, not its name.
		return i
	}
	m := Mention{Kind: head.kind, Role: head.role, Rule: RuleOrg, Name: r.doc.Slice(i, end)}
	if toks[lastHead].Norm == "ministry" && lastHead > i && end == lastHead+1 {
		// "Health Ministry" and "Ministry of Health" are one body.
		if p := r.portfolio(i, lastHead); p != "" {
			m.Name = "Ministry of " + p
		}
	}
	if head.outlet && lastHead > i {
		m.Name = r.doc.Slice(i, lastHead)
	}
	if c, e := stateOf(h); c != nil {
		m.Country = c.Code
		k := lastHead
		for k > e && stateHeadQualifiers[toks[k-1].Norm] {
			k--
		}
		if head.state && k == e && end == lastHead+1 {
			return r.emit(r.stateForce(c, toks[lastHead].Norm == "police"), i, end)
		}
	}
	if n := toks[i].Norm; (n == "military" || n == "police") && i+3 < end && toks[i+1].Norm == "forces" && toks[i+2].Norm == "of" {
		// ACLED's name for a state's forces the dictionary has no row for.
		var hc hit
		r.walk(i+3, &hc)
		if hc.country != nil {
			e := hc.countryEnd
			for e < len(toks) && (toks[e].Norm == "(" || toks[e].Norm == ")" || toks[e].Norm == "-" || toks[e].Kind == text.Number) {
				e++
			}
			return r.emit(r.stateForce(hc.country, n == "police"), i, e)
		}
	}
	if toks[i].Norm == "government" && i+2 < end && toks[i+1].Norm == "of" {
		// ACLED's "Government of Tunisia (2021-)" for a state the
		// dictionary has no government row for.
		var hc hit
		r.walk(i+2, &hc)
		if hc.country != nil && hc.countryEnd == end {
			return r.emit(*r.stateGov(hc.country), i, r.periodAfter(end))
		}
	}
	if c, e := r.bracketCountry(end); c != nil && m.Kind == sitrep.KindArmedGroup {
		// ACLED's "Dinka Ethnic Militia (South Sudan)", "Unidentified
		// Communal Militia (Nigeria)": the country in brackets is part of
		// the name.
		m.Name, m.ACLED, m.Country = r.doc.Slice(i, e), r.doc.Slice(i, e), c.Code
		return r.emit(m, i, e)
	}
	if r.unitName(i, end, lastHead) && m.Country == "" {
		// Resolved to the state's military once the article is read.
		r.bare++
		m.Kind, m.Role, m.Rule = sitrep.KindStateForce, RoleParty, ruleBare
		return r.emit(m, i, end)
	}
	if strings.HasPrefix(m.Name, "UN ") || strings.HasPrefix(m.Name, "United Nations ") || strings.HasPrefix(m.Name, "U.N. ") {
		m.Kind, m.Role = sitrep.KindUN, RoleIndependent
	}
	return r.emit(m, i, end)
}

// inComplement reports whether the head at token h sits in the "of"/"for"
// complement of an earlier head and the word after "and" at token j starts
// no known name: "Network for Rights and Freedoms" is one name, "Ministry
// of Defence and Hamas" two.
func (r *recognizer) inComplement(h, j int) bool {
	toks := r.toks
	if j+1 >= len(toks) || !toks[j+1].Cap {
		return false
	}
	if r.startsName(j + 1) {
		return false
	}
	for k := h - 1; k >= 0 && h-k < 6; k-- {
		if toks[k].Norm == "of" || toks[k].Norm == "for" {
			return k > 0 && toks[k-1].Cap
		}
		if !toks[k].Cap {
			return false
		}
	}
	return false
}

// bracketCountry reads "(Country)" at token k and returns the country and
// the token after the bracket.
func (r *recognizer) bracketCountry(k int) (*Country, int) {
	toks := r.toks
	if k+2 >= len(toks) || toks[k].Norm != "(" {
		return nil, k
	}
	var h hit
	r.walk(k+1, &h)
	if h.country == nil || h.countryEnd >= len(toks) || toks[h.countryEnd].Norm != ")" {
		return nil, k
	}
	return h.country, h.countryEnd + 1
}

// startsName reports whether a dictionary form, country or demonym starts
// at token k.
func (r *recognizer) startsName(k int) bool {
	if k >= len(r.toks) || r.rootAt(k) == nil {
		return false
	}
	var h hit
	r.walk(k, &h)
	return h.e != nil || h.country != nil || h.demonym != nil
}

// areaNouns after an organisation's head word make the name a place's.
var areaNouns = map[string]bool{
	"area": true, "areas": true, "region": true, "province": true, "district": true, "county": true,
	"governorate": true, "municipality": true, "territory": true, "zone": true,
}

// hyphenAfter reports whether token j is joined by a hyphen to a
// capitalised word ("Centre-Nord"); "Forces-controlled" keeps its head.
func (r *recognizer) hyphenAfter(j int) bool {
	toks := r.toks
	return j+2 < len(toks) && toks[j+1].Norm == "-" && !toks[j+1].Space && toks[j+2].Kind == text.Word && !toks[j+2].Space && toks[j+2].Cap
}

// stateOf returns the country a name starts with, by demonym or name.
func stateOf(h *hit) (*Country, int) {
	if h == nil {
		return nil, 0
	}
	if h.countryEnd > h.demEnd {
		return h.country, h.countryEnd
	}
	return h.demonym, h.demEnd
}

// generic recognises an unnamed group at token i ("civilians", "displaced
// people", "protesters"); c is its country when a demonym gave it.
func (r *recognizer) generic(i int, c *Country) int {
	toks := r.toks
	t := &toks[i]
	if t.Kind != text.Word {
		return i
	}
	stem := genericGroups[t.Norm]
	end := i + 1
	switch t.Norm {
	case "displaced":
		if end < len(toks) {
			switch toks[end].Norm {
			case "people", "persons", "families", "civilians", "residents":
				end++
			default:
				if i == 0 || toks[i-1].Norm != "the" {
					return i
				}
			}
		}
	case "aid":
		if end < len(toks) && toks[end].Norm == "workers" {
			stem, end = "Civilians", end+1
		}
	case "unidentified", "unknown", "armed":
		if end < len(toks) && toks[end].Norm == "armed" && t.Norm != "armed" {
			end++
		}
		if end < len(toks) && unidentifiedHeads[toks[end].Norm] && (t.Norm != "armed" || toks[end].Norm == "men") {
			stem, end = unidentifiedGroup, end+1
		}
	}
	if stem == "" {
		return i
	}
	if stem == unidentifiedGroup && end < len(toks) && allegiance[toks[end].Norm] {
		return i // "gunmen loyal to Assad" are someone's men, not unidentified
	}
	if stem == unidentifiedGroup && len(r.out) > 0 && c == nil {
		// "suspected Sinaloa Cartel gunmen", "Hamas gunmen": the named
		// group's own men.
		if last := &r.out[len(r.out)-1]; last.Last == i && !last.Generic && !last.Modifier &&
			(last.Kind == sitrep.KindArmedGroup || last.Kind == sitrep.KindStateForce) {
			last.Last, last.Span[1] = end, toks[end-1].End
			return end
		}
	}
	if c == nil && end+2 < len(toks) && toks[end].Norm == "(" {
		// ACLED's own form: "Protesters (Kenya)".
		var h hit
		r.walk(end+1, &h)
		if h.country != nil && h.countryEnd < len(toks) && toks[h.countryEnd].Norm == ")" {
			c, end = h.country, h.countryEnd+1
		}
	}
	m := Mention{Name: stem, Kind: sitrep.KindCivilians, Role: RoleNeutral, Rule: RuleGeneric, Generic: true}
	if stem == unidentifiedGroup {
		m.Kind, m.Role = sitrep.KindArmedGroup, RoleParty
	}
	if c != nil {
		m.setCountry(c)
	}
	return r.emit(m, i, end)
}

// definedAcronym recognises "Long Form Name (LFN)" where the long form is
// neither in the dictionary nor an organisation pattern, by checking that
// the acronym spells the initials of the words before the bracket. p is
// the "(" token.
func (r *recognizer) definedAcronym(p int) int {
	toks := r.toks
	if p == 0 || p+2 >= len(toks) || toks[p+2].Norm != ")" || !isAcronym(&toks[p+1]) {
		return p
	}
	letters := toks[p+1].Norm
	k, idx := p-1, len(letters)-1
	for k >= 0 && idx >= 0 {
		tk := &toks[k]
		if tk.Kind == text.Punct {
			if tk.Norm == "-" || tk.Norm == "'" && !tk.Space {
				k--
				continue
			}
			break
		}
		if !tk.Cap {
			if nameConnectors[tk.Norm] {
				k--
				continue
			}
			break
		}
		if tk.Norm[0] != letters[idx] {
			break
		}
		idx--
		k--
	}
	if idx >= 0 {
		return p
	}
	start := k + 1
	for start < p && (toks[start].Kind == text.Punct || !toks[start].Cap) {
		start++
	}
	if start >= p || (len(r.out) > 0 && r.out[len(r.out)-1].Last > start) {
		return p
	}
	kind, role := "", RoleNeutral
	for l := start; l < p; l++ {
		if hd, ok := orgHeads[toks[l].Norm]; ok {
			kind, role = hd.kind, hd.role
		} else if fk, ok := foreignOrgWords[toks[l].Norm]; ok && kind == "" {
			kind, role = fk, RoleParty
		}
	}
	if kind == "" {
		return p // "Improvised Explosive Device (IED)" names no actor
	}
	return r.emit(Mention{Name: r.doc.Slice(start, p), Kind: kind, Role: role, Rule: RuleOrg}, start, p)
}

// outletAfter recognises an outlet named right after a lower-case outlet
// noun ("the Arabic-language channel Al Jazeera", "the daily Haaretz"),
// unless the name is a dictionary form the main walk will find.
func (r *recognizer) outletAfter(i int) int {
	toks := r.toks
	s := i + 1
	if s >= len(toks) || !toks[s].Cap || toks[s].Newlines > 0 {
		return i
	}
	var h hit
	r.walk(s, &h)
	if h.e != nil || h.country != nil || h.demonym != nil || r.tagged(s, tagNotNameStart) {
		return i
	}
	e, words := s, 0
	for e < len(toks) && words < 4 {
		tk := &toks[e]
		if e > s && (tk.Newlines > 0 || tk.Space && tk.Kind == text.Punct) {
			break
		}
		if tk.Kind == text.Punct {
			if tk.Norm == "-" && !tk.Space && e+1 < len(toks) && !toks[e+1].Space {
				e++
				continue
			}
			break
		}
		if !tk.Cap || r.tagged(e, tagNotNameStart) {
			break
		}
		words++
		e++
	}
	if words == 0 {
		return i
	}
	end := r.emit(Mention{Name: r.doc.Slice(s, e), Kind: sitrep.KindMedia, Role: RoleIndependent, Rule: RuleOrg}, s, e)
	r.addDynamic(r.keyOf(s, e), false, &r.out[len(r.out)-1])
	return end
}

// genericUnitWords make up the names of kinds of units and bodies ("Air
// Force", "Special Forces", "Foreign Ministry"); a name of only such words
// and a head names no particular actor unless a state qualifies it.
var genericUnitWords = map[string]bool{
	"air": true, "armed": true, "forces": true, "force": true, "commando": true, "infantry": true,
	"division": true, "brigade": true, "brigades": true, "special": true, "security": true, "naval": true,
	"navy": true, "army": true, "national": true, "battalion": true, "regiment": true, "corps": true,
	"unit": true, "units": true, "defence": true, "defense": true, "foreign": true, "interior": true,
	"health": true, "ministry": true, "police": true, "guard": true, "local": true, "government": true,
	"military": true, "group": true, "command": true, "central": true, "general": true, "staff": true,
	"office": true, "state": true, "federal": true, "civil": true, "council": true, "committee": true,
	"mechanised": true, "mechanized": true, "motorised": true, "motorized": true, "airborne": true,
	"marine": true, "marines": true, "assault": true, "rapid": true, "reaction": true, "border": true,
	"presidential": true, "republican": true, "the": true, "of": true, "resistance": true, "popular": true,
}

// portfolio returns the title-cased portfolio words before a ministry
// head ("Health" in "Gaza Health Ministry"), or "".
func (r *recognizer) portfolio(i, head int) string {
	toks := r.toks
	k := head
	for k > i && r.portfolioAt(k-1) && toks[k-1].Norm != "the" && toks[k-1].Norm != "and" {
		k--
	}
	if k == head {
		return ""
	}
	var b strings.Builder
	for l := k; l < head; l++ {
		w := toks[l].Norm
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	switch b.String() {
	case "Foreign", "Home":
		// "Foreign Ministry" is the Ministry of Foreign Affairs, "home
		// ministry" the Ministry of Home Affairs.
		return b.String() + " Affairs"
	}
	return b.String()
}

// notOrgStart are plural nouns that open a phrase about an organisation's
// people ("Fighters of the ... Brigades"), not its name.
var notOrgStart = map[string]bool{
	"fighters": true, "members": true, "residents": true, "leaders": true, "supporters": true,
	"soldiers": true, "troops": true, "officials": true, "militants": true, "units": true,
	"forces": true, "elements": true, "commanders": true, "spokesmen": true, "staff": true,
}

// ministryHead returns the index of the word "ministry" after up to three
// portfolio words from token k ("Health Ministry"), or k.
func (r *recognizer) ministryHead(k int) int {
	toks := r.toks
	e := k
	for e < len(toks) && e < k+3 && r.portfolioAt(e) && toks[e].Norm != "the" && toks[e].Norm != "and" {
		e++
	}
	if e == k || e >= len(toks) || toks[e].Norm != "ministry" {
		return k
	}
	return e
}

// ministry recognises "health ministry", "Defence Ministry" at token k
// (portfolio words then "ministry" in any case) as the ministry named the
// way "Ministry of Health" names it; c is the state a possessive or
// demonym before it gave.
func (r *recognizer) ministry(k int, c *Country) (Mention, int) {
	e := r.ministryHead(k)
	if e == k {
		return Mention{}, k
	}
	p := r.portfolio(k, e)
	if c != nil && (p == "Defence" || p == "Defense") {
		// ACLED codes a defence ministry's reports as its state's forces.
		return r.stateForce(c, false), e + 1
	}
	m := Mention{Name: "Ministry of " + p, Kind: sitrep.KindGovernment, Role: RoleNeutral, Rule: RuleOrg}
	if c != nil {
		m.Country = c.Code
		if c.Belligerent {
			m.Role = RoleParty
		}
	}
	return m, e + 1
}

// titleStarts reports whether a title starts at the capitalised word j: a
// core title word, or a title word before a capitalised core one.
func (r *recognizer) titleStarts(j int) bool {
	if w, _ := r.title(j); w.core {
		return true
	}
	if j+1 >= len(r.toks) || !r.toks[j+1].Cap {
		return false
	}
	w, _ := r.title(j + 1)
	_, ok := r.title(j)
	return w.core && ok
}

// sentenceStart reports whether token i opens a sentence or line.
func (r *recognizer) sentenceStart(i int) bool {
	if i == 0 || r.toks[i].Newlines > 0 {
		return true
	}
	p := r.toks[i-1].Norm
	return p == "." || p == "!" || p == "?" || p == "\"" || p == ":"
}

// unitHeads are head words of the names of a state's formations ("17th
// Division", "Northeastern Command"): such a name is a unit of a state's
// military, coded as that military.
var unitHeads = map[string]bool{
	"division": true, "corps": true, "command": true, "brigade": true, "battalion": true,
	"regiment": true, "battlegroup": true,
}

// unitName reports a formation's name: a unit head with an ordinal or a
// number ("1st Infantry Division", "Third Division", "Light Infantry
// Battalion 275") or a regional command.
func (r *recognizer) unitName(i, end, head int) bool {
	toks := r.toks
	if !unitHeads[toks[head].Norm] {
		return false
	}
	// Militias name themselves by a number too ("444 Brigade"); armies
	// number brigades by ordinal ("47th Brigade").
	small := toks[head].Norm == "brigade" || toks[head].Norm == "battalion" || toks[head].Norm == "regiment"
	for k := i; k < end+1 && k < len(toks); k++ {
		n := toks[k].Norm
		if ordinals[n] || toks[k].Kind == text.Number && (!small || k >= end || strings.HasSuffix(n, "st") || strings.HasSuffix(n, "nd") || strings.HasSuffix(n, "rd") || strings.HasSuffix(n, "th")) {
			return true
		}
	}
	return toks[head].Norm == "command" || toks[head].Norm == "corps"
}

var ordinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true, "twelfth": true,
}

// setCountry gives a generic group its country: the dictionary's row for
// the country's civilians when there is one ("Civilians (Sudan)"), else
// ACLED's form of the name.
func (m *Mention) setCountry(c *Country) {
	m.Country = c.Code
	if m.Name == "Civilians" && c.Civilians != nil {
		a := c.Civilians
		m.Actor, m.Name, m.ACLED, m.Role = a, a.Name, a.ACLED, a.Role
		return
	}
	if m.Name == unidentifiedGroup && c.Unidentified != nil {
		a := c.Unidentified
		m.Actor, m.Name, m.ACLED, m.Role = a, a.Name, a.ACLED, a.Role
		return
	}
	m.Name = m.Name + " (" + c.Name + ")"
	m.ACLED = m.Name
}

// possessiveHeadAhead reports a possessive name a few words on: "Regional
// Prosecutor's Office" names an office, not a prosecutor.
func (r *recognizer) possessiveHeadAhead(j int) bool {
	toks := r.toks
	for k := j; k < len(toks) && k < j+3; k++ {
		if toks[k].Norm == "'s" {
			return k+1 < len(toks) && toks[k+1].Cap && orgHeads[toks[k+1].Norm].kind != ""
		}
		if !toks[k].Cap {
			return false
		}
	}
	return false
}

// deliberativeHeads are bodies whose names may carry their subject after
// "on" ("Committee on ...", "Commission of Inquiry on ...").
var deliberativeHeads = map[string]bool{
	"committee": true, "commission": true, "council": true, "conference": true, "forum": true,
	"inquiry": true, "panel": true, "board": true,
}

// subjectAfter reports whether the capitalised word at k can open the
// subject of a body's name: not a date word or a word that opens no name.
func (r *recognizer) subjectAfter(k int) bool {
	return k < len(r.toks) && r.toks[k].Cap && r.toks[k].Kind == text.Word && !r.tagged(k, tagNotNameStart)
}

// initials spells the first letters of the capitalised words in [i, j).
func initials(toks []text.Token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if toks[k].Kind == text.Word && toks[k].Cap {
			b.WriteByte(toks[k].Norm[0])
		}
	}
	return b.String()
}

// ofBetweenHead reports whether an "of" joins the head at token h to the
// words before token j, putting j in h's complement.
func (r *recognizer) ofBetweenHead(h, j int) bool {
	for k := h + 1; k < j; k++ {
		if r.toks[k].Norm == "of" {
			return true
		}
	}
	return false
}
