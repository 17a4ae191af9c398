package actors

import (
	"sitrep"
	"sitrep/internal/text"
)

// person recognises a titled person whose title starts at token i ("Major
// General Zaw Min Tun", "regional governor Oleh Syniehubov", "Army
// spokesman Brigadier General Nabil Abdallah"). body, when not nil, is the
// body the caller already knows the person speaks for (a state's
// government after a demonym).
func (r *recognizer) person(i int, body *Mention) int {
	toks := r.toks
	if _, ok := r.title(i); !ok {
		return i
	}
	j := i
	core, rank, weak := false, false, false
	bodyWord := ""
	capRun, lastCore := -1, -1
	for j < len(toks) {
		tk := &toks[j]
		if j > i && tk.Newlines > 0 {
			break
		}
		if tk.Kind == text.Punct {
			if j > i && (tk.Norm == "-" || tk.Norm == ".") && !tk.Space {
				j++
				continue
			}
			break
		}
		w, ok := r.title(j)
		if !ok || (tk.Upper && tk.End-tk.Start > 1 && !w.rank) {
			break
		}
		if w.core {
			core, lastCore, weak = true, j, w.weak
		}
		rank = rank || w.rank
		if w.body != "" {
			bodyWord = w.body
		}
		if tk.Cap {
			if capRun < 0 {
				capRun = j
			}
		} else {
			capRun = -1
		}
		j++
	}
	if !core {
		return i
	}
	// "Minister of Health Mai al-Kaila"
	if n := toks[lastCore].Norm; j+1 < len(toks) && toks[j].Norm == "of" && (n == "minister" || n == "secretary") {
		k := j + 1
		for k < len(toks) && r.portfolioAt(k) {
			k++
		}
		for k > j+1 && (toks[k-1].Norm == "the" || toks[k-1].Norm == "and") {
			k--
		}
		if k > j+1 {
			j = k
		}
	}
	// "A spokesperson for the Fano, Asres Mare, said": the body, then the
	// name between commas.
	if end := r.titleForBody(i, j, lastCore, rank); end > i {
		return end
	}
	// "Its spokesman, al-Fateh Qurashi, ...": the name follows a comma.
	comma := false
	if j+1 < len(toks) && toks[j].Norm == "," && lastCore == j-1 {
		j++
		comma = true
	}
	nameStart, end, words := r.personName(j)
	if comma && (words < 2 || end >= len(toks) || (toks[end].Norm != "," && !speechVerbs[toks[end].Norm])) {
		return i
	}
	if words == 0 || (words == 1 && (weak || !toks[lastCore].Cap)) {
		return i
	}
	if words == 1 && end-nameStart == 1 && toks[nameStart].End-toks[nameStart].Start == 1 {
		return i // "Gen Z": a lone letter after a title is no name
	}
	if body == nil {
		body = r.adjacentBody(i)
	}
	if body == nil && i > 0 && (toks[i-1].Norm == "its" || toks[i-1].Norm == "their") {
		body = r.recentBody("")
	}
	if body == nil && bodyWord != "" {
		body = r.recentBody(bodyWord)
	}
	m := r.personMention(nameStart, end, body, rank)
	if capRun >= 0 && capRun < nameStart && !comma {
		m.Span = sitrep.Span{toks[capRun].Start, toks[end-1].End}
		m.Title = r.doc.Slice(capRun, nameStart)
	} else {
		// A lower-case title ("spokesperson Juliette Touma") is no part
		// of the name's written form.
		m.Span = sitrep.Span{toks[nameStart].Start, toks[end-1].End}
	}
	if m.Title == "" {
		m.Title = r.doc.Slice(i, nameStart)
	}
	r.emit(m, i, end)
	r.appositiveBody(end, len(r.out)-1)
	return end
}

// personName reads a person's name from token j: one to five capitalised
// words, with the particles and hyphens names carry ("Abdel Fattah
// al-Burhan"). It returns the name's tokens [start, end) and its word count.
func (r *recognizer) personName(j int) (start, end, words int) {
	toks := r.toks
	k := j
	end = j
	for k < len(toks) && words < 5 {
		tk := &toks[k]
		if k > j && tk.Newlines > 0 {
			break
		}
		if tk.Kind == text.Punct {
			if k > j && tk.Norm == "-" && !tk.Space && k+1 < len(toks) && !toks[k+1].Space && toks[k+1].Kind == text.Word {
				k++
				continue
			}
			if k > j && tk.Norm == "." && !tk.Space && toks[k-1].End-toks[k-1].Start == 1 {
				k++ // an initial: "John F. Kennedy"
				end = k
				continue
			}
			break
		}
		if tk.Kind != text.Word {
			break
		}
		if !tk.Cap {
			if nameParticles[tk.Norm] && k+1 < len(toks) && (toks[k+1].Cap || toks[k+1].Norm == "-") && (words > 0 || tk.Norm == "al") {
				k++
				continue
			}
			break
		}
		if w, _ := r.title(k); r.tagged(k, tagNotPerson|tagNotNameStart) || w.core || (tk.Upper && tk.End-tk.Start > 1) {
			break
		}
		if _, ok := r.head(k); ok {
			break
		}
		if n := r.rootAt(k); n != nil && n.demonym != nil {
			break
		}
		words++
		k++
		end = k
	}
	return j, end, words
}

// personMention builds the mention of the person named at [start, end):
// the dictionary's person when it lists the name, the person the article
// already named when this is a shorter form, else a new person.
func (r *recognizer) personMention(start, end int, body *Mention, rank bool) Mention {
	var h hit
	r.walk(start, &h)
	if h.e != nil && h.eEnd == end && h.e.actor.Kind == sitrep.KindPerson {
		a := h.e.actor
		return Mention{Actor: a, Name: a.Name, Kind: a.Kind, Role: a.Role, Country: a.Country, ACLED: a.ACLED, Rule: RulePerson, SpeaksFor: body}
	}
	if r.dyn != nil {
		if tmpl, e := r.dynamic(start); e == end && tmpl != nil && tmpl.Kind == sitrep.KindPerson {
			m := *tmpl
			m.Rule = RulePerson
			if m.SpeaksFor == nil {
				m.SpeaksFor = body
			}
			return m
		}
	}
	m := Mention{Name: r.doc.Slice(start, end), Kind: sitrep.KindPerson, Role: RoleNeutral, Rule: RulePerson, SpeaksFor: body}
	switch {
	case body != nil:
		m.Role, m.Country = body.Role, body.Country
	case rank:
		m.Role = RoleParty
	}
	// Later in the article the person is named by full name or surname.
	key := r.keyOf(start, end)
	r.addDynamic(key, false, &m)
	if len(key) >= 2 {
		if last := key[len(key)-1]; len(last) >= 3 && !nameParticles[last] {
			r.addDynamic(key[len(key)-1:], false, &m)
		}
	}
	return m
}

// adjacentBody returns the organisation mentioned right before token i
// ("UN Secretary-General", "Hamas's spokesman"), if any.
func (r *recognizer) adjacentBody(i int) *Mention {
	if len(r.out) == 0 {
		return nil
	}
	last := r.out[len(r.out)-1]
	if last.Kind == sitrep.KindPerson || last.Generic {
		return nil
	}
	if last.Last == i || (last.Last == i-1 && r.toks[i-1].Norm == "'s") {
		last.SpeaksFor, last.Descriptors = nil, nil
		return &last
	}
	// "UN human rights chief ...", "Hamas political bureau chief ...": a
	// few words of portfolio between the body and the title.
	if last.Last < i && i-last.Last <= 3 {
		for k := last.Last; k < i; k++ {
			if t := &r.toks[k]; t.Kind != text.Word || t.Norm == "and" || t.Norm == "of" {
				return nil
			}
		}
		last.SpeaksFor, last.Descriptors = nil, nil
		return &last
	}
	return nil
}

// recentBody resolves a body noun in a title ("Army spokesman") to the
// latest mention of that kind of body.
func (r *recognizer) recentBody(word string) *Mention {
	want := ""
	switch word {
	case "army", "police":
		want = sitrep.KindStateForce
	case "government":
		want = sitrep.KindGovernment
	case "un":
		want = sitrep.KindUN
	}
	for k := len(r.out) - 1; k >= 0; k-- {
		if m := &r.out[k]; (m.Kind == want || want == "" && m.Kind != sitrep.KindPerson) && !m.Generic && m.Rule != ruleBare {
			body := *m
			body.SpeaksFor, body.Descriptors = nil, nil
			return &body
		}
	}
	return nil
}

// appositiveBody looks after a person's name for the body they serve
// ("…, director of Al-Shifa hospital", "…, an RSF commander") and marks the
// token where that body's mention will start.
func (r *recognizer) appositiveBody(end, person int) {
	toks := r.toks
	if end+2 >= len(toks) || toks[end].Norm != "," {
		return
	}
	k := end + 1
	if n := toks[k].Norm; n == "the" || n == "a" || n == "an" {
		k++
	}
	bodyAt := -1
	sawCore := false
	for ; k < len(toks) && k < end+10; k++ {
		tk := &toks[k]
		if w, ok := r.title(k); ok && !tk.Upper {
			sawCore = sawCore || w.core
			continue
		}
		if tk.Norm == "-" || tk.Norm == "'s" {
			continue
		}
		if sawCore {
			if n := tk.Norm; n == "of" || n == "for" || n == "at" || n == "with" {
				k++
				if k < len(toks) && toks[k].Norm == "the" {
					k++
				}
				bodyAt = k
			}
			break
		}
		if (tk.Cap || tk.Upper) && bodyAt < 0 {
			bodyAt = k
			continue
		}
		if tk.Cap || tk.Upper {
			continue
		}
		break
	}
	if !sawCore || bodyAt < 0 || bodyAt >= len(toks) {
		return
	}
	if r.pending == nil {
		r.pending = map[int]int{}
	}
	r.pending[bodyAt] = person
	// The same-word surface before an al- prefix: "al-Shifa" starts at "al".
	if bodyAt+1 < len(toks) && toks[bodyAt].Norm == "al" {
		r.pending[bodyAt+1] = person
	}
}

// appositivePerson recognises an untitled name by what surrounds it: its
// role in apposition ("Mohammed Abu Salmiya, director of Al-Shifa
// hospital") or a speech verb ("..., Khaled Omar said", "said Khaled Omar,").
func (r *recognizer) appositivePerson(i int) int {
	toks := r.toks
	if r.tagged(i, tagNotNameStart) || (i > 0 && r.tagged(i-1, tagNotSubject) && toks[i-1].Norm != "and" && !r.afterLeader(i)) {
		return i
	}
	start, end, words := r.personName(i)
	if words < 2 || end+2 >= len(toks) {
		return i
	}
	if r.cls[end]&clsTitle != 0 && toks[end].Cap {
		// "led by Khyber Pakhtunkhwa Law Minister Aftab Alam Afridi": the
		// run qualifies the title after it; the name follows the title.
		return i
	}
	afterSpeech := i > 0 && speechVerbs[toks[i-1].Norm] ||
		i > 1 && toks[i-1].Norm == "as" && (toks[i-2].Norm == "identified" || toks[i-2].Norm == "named")
	afterSpeech = afterSpeech || r.afterRoleComma(i) && words <= 4
	if speechVerbs[toks[end].Norm] || afterSpeech && (toks[end].Norm == "," || toks[end].Norm == ".") || r.afterLeader(i) && words <= 3 {
		m := r.personMention(start, end, nil, false)
		r.emit(m, start, end)
		r.appositiveBody(end, len(r.out)-1)
		return end
	}
	if toks[end].Norm != "," {
		return i
	}
	k := end + 1
	det := false
	if n := toks[k].Norm; n == "the" || n == "a" || n == "an" {
		k++
		det = true
	}
	found := false
	switch {
	case toks[k].Kind == text.Number && k+1 < len(toks) && toks[k+1].Norm == ",":
		found = true // "Omar Harb, 41, who ..."
	case det:
		// "Hamid Kassala, a 43-year-old vegetable seller, said"
		for l := k; l < len(toks) && l < k+12; l++ {
			if toks[l].Norm == "," {
				found = l+1 < len(toks) && speechVerbs[toks[l+1].Norm]
				break
			}
			if toks[l].Kind == text.Punct && toks[l].Norm != "-" {
				break
			}
		}
	default:
		// "..., director general of ..."; "..., KNU spokesman Pado ..."
		// starts a new titled name instead.
		l := k
		for l < len(toks) && r.cls[l]&clsTitle != 0 && !toks[l].Upper {
			l++
		}
		if l == k || l >= len(toks) || (toks[l].Norm != "of" && toks[l].Norm != "for" && toks[l].Norm != "at") {
			return i
		}
	}
	// The role must follow within a few words: "a spokesman for", "an RSF
	// commander", "director of".
	for l := k; l < len(toks) && l < k+4; l++ {
		if w, ok := r.title(l); ok && w.core && !w.weak && !toks[l].Upper {
			found = true
			break
		}
		if toks[l].Kind != text.Word {
			break
		}
	}
	if !found {
		return i
	}
	m := r.personMention(start, end, nil, false)
	r.emit(m, start, end)
	r.appositiveBody(end, len(r.out)-1)
	return end
}

// byline recognises the reporters and editors an article names ("By
// WAFAA SHURAFA and SAMY MAGDY", "(Reporting by Khalid Abdelaziz; Editing
// by Alex Richardson)"). i is the "by" token.
func (r *recognizer) byline(i int) int {
	toks := r.toks
	t := &toks[i]
	if !(i > 0 && bylineCues[toks[i-1].Norm]) && !(t.Cap && (i == 0 || t.Newlines > 0)) {
		return i
	}
	if t.Norm == "from" && !r.shortLine(i) {
		return i // "From ..." opens a byline only on a line of its own
	}
	k := i + 1
	for k < len(toks) {
		tk := &toks[k]
		if tk.Newlines > 0 && k > i+1 || tk.Kind != text.Word || !tk.Cap || notBylineName[tk.Norm] {
			break
		}
		s := k
		words := 0
		caps := toks[s].Upper && len(toks[s].Norm) > 1
		for k < len(toks) && toks[k].Kind == text.Word && toks[k].Cap && toks[k].Newlines == 0 && words < 4 {
			if caps && k > s && !toks[k].Upper {
				break // "By JANE DOE Associated Press": the outlet follows the capitals
			}
			k++
			words++
			for k+1 < len(toks) && toks[k].Norm == "-" && !toks[k].Space {
				k += 2
			}
		}
		if words < 2 {
			break
		}
		var h hit
		r.walk(s, &h)
		if h.e != nil && h.eEnd >= k {
			// "By Myanmar Now reporters": an outlet, not a reporter.
			a := h.e.actor
			r.emit(Mention{Actor: a, Name: a.Name, Kind: a.Kind, Role: a.Role, Country: a.Country, ACLED: a.ACLED, Rule: RuleDict}, s, h.eEnd)
			return h.eEnd
		}
		if k < len(toks) && toks[k].Kind == text.Word && !toks[k].Cap && toks[k].Norm != "and" {
			if staffNouns[toks[k].Norm] {
				// "By Kivu Herald correspondent": the outlet writes.
				m := Mention{Name: r.doc.Slice(s, k), Kind: sitrep.KindMedia, Role: RoleIndependent, Rule: RuleOrg}
				r.emit(m, s, k)
				r.addDynamic(r.keyOf(s, k), false, &r.out[len(r.out)-1])
				return k + 1
			}
			break
		}
		name := r.doc.Slice(s, k)
		m := Mention{Name: name, Kind: sitrep.KindPerson, Role: RoleNeutral, Rule: RulePerson, Title: "reporter"}
		r.emit(m, s, k)
		if caps && k < len(toks) && toks[k].Cap && toks[k].Newlines == 0 {
			// The reporter's outlet on the same line ("By JANE DOE Associated Press").
			var o hit
			r.walk(k, &o)
			if o.e != nil && o.e.actor.Kind == sitrep.KindMedia {
				a := o.e.actor
				r.emit(Mention{Actor: a, Name: a.Name, Kind: a.Kind, Role: a.Role, Country: a.Country, ACLED: a.ACLED, Rule: RuleDict}, k, o.eEnd)
				return o.eEnd
			}
		}
		if k < len(toks) && (toks[k].Norm == "and" || toks[k].Norm == ",") {
			k++
			continue
		}
		break
	}
	return k
}

// shortLine reports whether the line starting at token i is a few words
// long, as bylines and datelines are.
func (r *recognizer) shortLine(i int) bool {
	for k := i + 1; k < len(r.toks) && k < i+9; k++ {
		if r.toks[k].Newlines > 0 {
			return true
		}
	}
	return i+9 > len(r.toks)
}

// keyOf is the trie key of tokens [start, end).
func (r *recognizer) keyOf(start, end int) []string {
	key := make([]string, 0, end-start)
	for k := start; k < end; k++ {
		if !skippable(&r.toks[k]) {
			key = append(key, r.toks[k].Norm)
		}
	}
	return key
}

// staffNouns after a byline's name make it an outlet's.
var staffNouns = map[string]bool{
	"correspondent": true, "correspondents": true, "reporter": true, "reporters": true, "staff": true,
	"writer": true, "writers": true, "team": true, "desk": true,
}

// titleForBody recognises "spokesman for the X, Name Surname, said": a
// title at [i, j), its body named after "for" or "of", and the person's
// name in apposition. The body is emitted first, then the person.
func (r *recognizer) titleForBody(i, j, lastCore int, rank bool) int {
	toks := r.toks
	if lastCore != j-1 || j+2 >= len(toks) || (toks[j].Norm != "for" && toks[j].Norm != "of") {
		return i
	}
	k := j + 1
	if toks[k].Norm == "the" {
		k++
	}
	var h hit
	if k < len(toks) {
		r.walk(k, &h)
	}
	e := h.eEnd
	if h.e == nil || h.e.actor.Kind == sitrep.KindPerson || e+2 >= len(toks) || toks[e].Norm != "," {
		return i
	}
	start, end, words := r.personName(e + 1)
	if words < 2 || end >= len(toks) || (toks[end].Norm != "," && !speechVerbs[toks[end].Norm]) {
		return i
	}
	a := h.e.actor
	r.emit(Mention{Actor: a, Name: a.Name, Kind: a.Kind, Role: a.Role, Country: a.Country, ACLED: a.ACLED, Rule: RuleDict}, k, e)
	body := r.out[len(r.out)-1]
	body.SpeaksFor, body.Descriptors = nil, nil
	m := r.personMention(start, end, &body, rank)
	m.Title = r.doc.Slice(i, j)
	r.emit(m, start, end)
	return end
}

// leaderCues are the words before a group's leader named bare ("a group
// loyal to Mohamed Bahroun", "fighters led by Ali Hassan").
var leaderCues = map[string]string{"loyal": "to", "led": "by", "headed": "by", "commanded": "by"}

// afterLeader reports whether the name at i follows a leader cue.
func (r *recognizer) afterLeader(i int) bool {
	return i > 1 && r.tagged(i-2, tagLeader) && leaderCues[r.toks[i-2].Norm] == r.toks[i-1].Norm
}
