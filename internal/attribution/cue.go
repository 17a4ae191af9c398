package attribution

import (
	"sitrep"
	"sitrep/internal/text"
)

// auxiliaries before a cue make it passive ("was reported", "were said").
var auxiliaries = set("was", "were", "is", "are", "been", "be", "being", "was'nt", "get", "got")

// maxNP bounds a speaker phrase in tokens, so a missed boundary costs little.
const maxNP = 16

// cue reads the claim marked by the cue word at token c of sentence si.
func (f *finder) cue(si, c int, fl cueFlags) {
	s := f.sents[si]
	if f.negated(c, s.First) {
		f.silent(si, c)
		return
	}
	cue := f.toks[c].Norm
	if (cue == "pointed" || cue == "points" || cue == "pointing") && f.norm(c+1) != "out" {
		return // "pointed out that …" reports; "pointed a gun" does not
	}
	deny := fl&denial != 0
	if f.is(c, cTollVerb) {
		// "put the toll at "about 70 dead"": a figure reported.
		if !f.tollAt(c, s.Last) {
			return
		}
		fl &^= weak
	}
	if fl&gerund != 0 {
		f.gerund(si, c)
		return
	}
	if f.is(c-1, cAuxiliary) {
		if fl&passive != 0 && f.norm(c+1) == "by" {
			f.passive(si, c)
		}
		return
	}
	if f.norm(c+1) == "of" && fl&relays == 0 && !f.is(c, cOfContent) && !f.objectRelative(c) {
		// "civilians accused of collaborating": a participle, not a cue.
		return
	}
	if n := f.toks[c].Norm; (n == "called" || n == "calls") && (f.norm(c+1) == "for" || f.norm(c+1) == "on") {
		fl &^= weak
	}
	a, b, appo := f.subjectBefore(c, s.First)
	if a == b && fl&relays != 0 && f.norm(c-1) == "," {
		// "…, the director of the hospital, Suhaib al-Hams, told WAFA.":
		// the speaker is the apposition before the comma; what follows
		// "told" is the audience, never the speaker.
		a, b, appo = f.subjectBefore(c-1, s.First)
	}
	if a == b {
		switch {
		case f.norm(c-1) == "and" || f.norm(c-1) == "but":
			// "X accused Y of … and said …": the same speaker.
			src, marked := "", false
			if x, ok := f.relativeSubject(si, c); ok {
				// "…blamed the SDF, which denied any role and said …":
				// the relative clause's head says it.
				src = x
			} else if k := f.lastIn(si, c); k >= 0 {
				src = f.out[k].Source
			} else if n := len(f.spoke); n > 0 && f.spoke[n-1].si == si {
				// "X confirmed his death and said …": X spoke at the
				// first cue, though no claim was kept of it.
				src = f.spoke[n-1].id
			} else if x, ok := f.subjectOf(si, c); ok {
				// No claim before to continue: a weak cue ("and
				// continued into Tuesday") reports only with "that", a
				// colon or a quote.
				src, marked = x, fl&weak != 0
			}
			if src != "" {
				p, via := f.post(c, si, fl)
				if f.norm(p) == "for" || f.norm(p) == "on" {
					p++
				}
				if marked && f.skipIntro(p) == p && !f.opensQuote(p) || f.demandObject(c, f.skipIntro(p)) {
					return
				}
				f.add(si, f.skipIntro(p), f.contentEnd(f.skipIntro(p), si), src, via, c, c+1, cue, deny)
			}
		case fl&inverts != 0 && (f.norm(c-1) == "," || f.isQuote(c-1)) && f.invertedAhead(c):
			f.inverted(si, c, cue, deny)
		case (f.norm(c-1) == "which" || f.norm(c-1) == "who") && f.norm(c-2) == ",":
			// "…the Government of National Unity, which said on Tuesday
			// that …": the speaker is the phrase before the comma.
			if ra, rb, _ := f.subjectBefore(c-2, s.First); ra < rb {
				if src, ok := f.relativeHead(ra, rb, f.norm(c-1) == "who"); ok {
					p, via := f.post(c, si, fl)
					if !f.endsAt(p, si) {
						start := f.skipIntro(p)
						f.add(si, start, f.contentEnd(start, si), src, via, c, c+1, cue, deny)
					}
				}
			}
		}
		return
	}
	if fl&docCue != 0 && !f.hasRole(a, b, roleDocument) && !f.namesSpeaker(a, b) && !f.hasRole(a, b, roleSpokes) && f.personName(a, b) >= b && !(appo != nil && f.bareName(a, b)) {
		// "a report showed", "DTM teams recorded"; not "other videos show".
		return
	}
	f.loose = fl&(weak|docCue) == 0
	src, ok := f.speaker(a, b, appo)
	f.loose = false
	if !ok {
		return
	}
	if k := f.kindOf(src); fl&docCue != 0 && (k == sitrep.KindGovernment || k == sitrep.KindStateForce) && f.personName(a, b) >= b &&
		!f.hasRole(a, b, roleBody) && !f.hasRole(a, b, roleSpokes) && !f.hasRole(a, b, roleDocument) {
		// "Mexico recorded 30,000 murders": a country named bare undergoes
		// what it "records"; whoever counted it is named elsewhere.
		return
	}
	f.spoke = append(f.spoke, spoken{src, si})
	p, via := f.post(c, si, fl)
	if appo != nil && f.is(appo.a, cCiting) {
		// "Al Jazeera, citing medical sources, said …": Y said it, X
		// relayed it.
		if y, ok := f.speaker(appo.a+1, appo.b, nil); ok && y != src {
			via = append([]string{src}, via...)
			src = y
		}
	}
	// "X reported, citing Y, that …": Y said it, X relayed it.
	if f.norm(p) == "," && f.is(p+1, cCiting) {
		q := f.objectEnd(p+2, s.Last)
		if y, ok := f.speaker(p+2, q, nil); ok {
			via = append([]string{src}, via...)
			src = y
			p = q
		}
	}
	if f.endsAt(p, si) || f.tailAfter(a, p, si) {
		// "…, X said." The content is before the speaker.
		if a-1 > s.First && (f.norm(a-1) == "," || f.isQuote(a-1)) {
			end := a - 1
			if appo != nil && appo.b == a-1 && appo.a-1 > s.First && (f.norm(appo.a-1) == "," || f.isQuote(appo.a-1)) {
				// "…, the military's media wing, ISPR, said."
				end = appo.a - 1
			}
			start := f.contentStart(si, end)
			f.add(si, start, end, src, via, c, c+1, cue, deny)
		}
		return
	}
	if n := f.toks[c].Norm; (n == "called" || n == "calls") && (f.norm(p) == "for" || f.norm(p) == "on") || f.norm(p) == "of" && f.is(c, cOfContent) {
		p++
	}
	start := f.skipIntro(p)
	if fl&weak != 0 && start == p && !f.clauseLike(start, f.contentEnd(start, si)) && !f.witnessReport(a, b, c) && !f.mediaReport(a, b, c, start, si) {
		return
	}
	if fl&docCue != 0 && start == p && f.kindOf(src) == sitrep.KindMedia && !f.hasRole(a, b, roleDocument) {
		// "State television showed soldiers hoisting a flag": a broadcast
		// shows footage; a report "showed that …" states a finding.
		return
	}
	if (cue == "appealed" || cue == "appeals") && f.norm(start) == "for" && !f.clauseLike(start, f.contentEnd(start, si)) {
		// "appealed for calm": a plea, no statement of fact.
		return
	}
	if f.demandObject(c, start) {
		return
	}
	if start == p && f.is(c, cDeclaring) && f.actObject(start, s.Last) {
		// "declared a state of emergency", "announced a curfew": an act,
		// not a statement.
		return
	}
	if f.norm(start) == "responsibility" && !deny {
		// "claimed responsibility": an act of claiming, not a statement
		// of fact; "denied responsibility" states that it did not act.
		return
	}
	f.add(si, start, f.speakingRelative(start, f.relativeEnd(c, start, f.contentEnd(start, si))), src, via, c, c+1, cue, deny)
}

// speakingRelative ends content at a relative clause that speaks for
// itself ("blamed the SDF, which denied any role"): what the clause's head
// says is its own claim, not part of the first speaker's.
func (f *finder) speakingRelative(start, end int) int {
	for k := start + 1; k+2 < end; k++ {
		if f.isQuote(k) {
			return end
		}
		if n := f.norm(k + 1); f.norm(k) == "," && (n == "which" || n == "who") {
			if fl, ok := f.cueAt(k + 2); ok && fl&(docCue|gerund) == 0 {
				return k
			}
		}
	}
	return end
}

// tailAfter reports a speaker set off mid-sentence and followed by a
// prepositional tail post could not read as an adverbial of the cue ("…
// on Friday, residents said, in a sharp escalation that …"): the tail
// qualifies the clause before, which is the content.
func (f *finder) tailAfter(a, p, si int) bool {
	s := f.sents[si]
	if a-1 <= s.First || f.norm(a-1) != "," || f.norm(p) != "," || p+1 >= s.Last || f.toks[p+1].Cap {
		return false
	}
	return f.is(p+1, cTailPrep)
}

// actObject reports an object noun phrase at p naming an act of
// authority ("a 60-day state of emergency", "a curfew").
func (f *finder) actObject(p, last int) bool {
	for k := p; k < last && k < p+8; k++ {
		n := f.toks[k].Norm
		if f.is(k, cActNoun) {
			return true
		}
		if f.isPunct(k) && n != "-" || f.is(k, cFinite) || n == "that" {
			return false
		}
	}
	return false
}

// witnessReport reports "Residents reported tank and mortar fire": a
// witness who reports a noun phrase reports what they saw.
func (f *finder) witnessReport(a, b, c int) bool {
	if n := f.toks[c].Norm; n != "reported" && n != "reports" && n != "described" {
		return false
	}
	h, r := f.head(a, b)
	return h >= 0 && r.class == roleGeneric && r.kind == sitrep.KindCivilians && c+1 < len(f.toks) && f.toks[c+1].Kind == text.Word
}

// silent records the subject of a negated cue ("Russia's Defence Ministry
// did not acknowledge the loss"): no claim, but the next "it said" is
// still that speaker.
func (f *finder) silent(si, c int) {
	s := f.sents[si]
	k := c
	for k > s.First && f.is(k-1, cNegator|cAuxNeg|cSkipBefore) {
		k--
	}
	if a, b, _ := f.subjectBefore(k, s.First); a < b {
		if ms := f.mentions(a, b); len(ms) > 0 {
			f.spoke = append(f.spoke, spoken{ms[len(ms)-1].id, si})
		}
	}
}

// auxNeg are the auxiliaries of a negated cue ("did not", "could not").
var auxNeg = set("did", "does", "do", "could", "would", "will", "can", "may", "might", "has", "have", "had", "was",
	"is", "were", "are", "to", "immediately", "yet")

// relativeHead returns the entity a relative pronoun stands for in
// [a, b): the last person for "who", the last body for "which".
func (f *finder) relativeHead(a, b int, who bool) (string, bool) {
	ms := f.mentions(a, b)
	for i := len(ms) - 1; i >= 0; i-- {
		if e, ok := f.tab.Get(ms[i].id); ok && (e.Kind == sitrep.KindPerson) == who {
			return e.ID, true
		}
	}
	if len(ms) > 0 {
		return "", false
	}
	return f.speaker(a, b, nil)
}

// namesSpeaker reports a mention or an acronym in [a, b): the phrase names who
// speaks.
func (f *finder) namesSpeaker(a, b int) bool {
	for k := a; k < b; k++ {
		if f.mentioned(k) || f.toks[k].Upper && len(f.toks[k].Norm) > 1 {
			return true
		}
	}
	return false
}

// negated reports "did not comment", "declined to confirm", "could not say".
func (f *finder) negated(c, first int) bool {
	if f.norm(c-1) == "to" {
		return true
	}
	for k := c - 1; k >= first && k >= c-3; k-- {
		if f.isPunct(k) {
			return false
		}
		if f.is(k, cNegator) {
			return true
		}
	}
	return false
}

// gerund reads ", adding that …", ", saying …" and "quoted Y as saying …".
func (f *finder) gerund(si, c int) {
	if f.demandObject(c, f.skipIntro(c+1)) {
		return // before a speaker phrase is made an entity
	}
	s := f.sents[si]
	var src string
	var via []string
	switch f.norm(c - 1) {
	case "as":
		// "X quoted Y as saying …": Y said it, X relayed it.
		k := c - 2
		for ; k > s.First && k > c-14; k-- {
			if n := f.toks[k].Norm; n == "quoted" || n == "cited" || n == "quotes" || n == "cites" {
				break
			}
		}
		if k <= s.First || k <= c-14 {
			return
		}
		y, ok := f.speaker(k+1, c-1, nil)
		if !ok {
			return
		}
		src = y
		if a, b, _ := f.subjectBefore(k, s.First); a < b {
			if x, ok := f.speaker(a, b, nil); ok && x != y {
				via = []string{x}
			}
		}
	case ",", "and":
		if k := f.lastIn(si, c); k >= 0 {
			src, via = f.out[k].Source, f.out[k].Via
		} else if n := len(f.spoke); n > 0 && f.spoke[n-1].si == si {
			// "X claimed responsibility, saying …": X spoke, no claim
			// was kept of it.
			src = f.spoke[n-1].id
		} else if x, ok := f.subjectOf(si, c); ok {
			src = x
		}
	}
	if src == "" {
		// "…, with residents saying that …": the phrase after "with"
		// speaks.
		a, b, _ := f.subjectBefore(c, s.First)
		w := b - 1
		for w >= a && f.norm(w) != "with" {
			w--
		}
		if w >= a && w+1 < b && (w == a || f.norm(w-1) == ",") {
			if x, ok := f.speaker(w+1, b, nil); ok {
				src = x
			}
		}
	}
	if src == "" {
		return
	}
	p := c + 1
	if f.norm(p) == "out" {
		p++ // "pointing out that …"
	}
	start := f.skipIntro(p)
	f.add(si, start, f.contentEnd(start, si), src, via, c, c+1, f.toks[c].Norm, false)
}

// demandObject reports a demand cue at c whose object at start is a thing
// or an act, not a "that" clause or a quotation ("demanded a ransom of 2
// million francs", "demanding the arrest of the attackers"): a demand
// states no fact.
func (f *finder) demandObject(c, start int) bool {
	switch f.toks[c].Norm {
	case "demanded", "demands", "demanding":
		return start == c+1 && !f.opensQuote(start)
	}
	return false
}

// passive reads "… was reported by X": the subject is the content.
func (f *finder) passive(si, c int) {
	s := f.sents[si]
	q := f.objectEnd(c+2, s.Last)
	src, ok := f.speaker(c+2, q, nil)
	if !ok {
		return
	}
	end := c - 1
	for end > s.First && f.is(end-1, cAuxiliary) {
		end--
	}
	f.add(si, f.contentStart(si, end), end, src, nil, c, c+2, f.toks[c].Norm+" by", false)
}

// inverted reads "…, said X." with the speaker after the verb.
func (f *finder) inverted(si, c int, cue string, deny bool) {
	s := f.sents[si]
	q := f.objectEnd(c+1, s.Last)
	if q == c+1 {
		return
	}
	src, ok := f.speaker(c+1, q, f.apposAfter(q, s.Last))
	if !ok {
		return
	}
	f.add(si, f.contentStart(si, c-1), c-1, src, nil, c, c+1, cue, deny)
}

// according reads "according to X, …" and "…, according to X".
func (f *finder) according(si, i int) {
	s := f.sents[si]
	if f.negated(i, s.First) {
		return
	}
	q := f.objectEnd(i+2, s.Last)
	src, ok := f.speaker(i+2, q, nil)
	if !ok {
		return
	}
	la0 := f.contentStart(si, i)
	for k := i - 1; k > la0; k-- {
		if f.toks[k].Norm == ":" {
			la0 = k + 1
			break
		}
	}
	la, lb := f.trim(la0, i)
	for k := len(f.out) - 1; k >= 0 && f.sentOf[k] == si; k-- {
		if cs := f.out[k].CueSpan; cs[0] >= f.toks[max(la, 0)].Start && cs[1] <= f.toks[i].Start {
			// Another claim's speaker is there: the left part is theirs,
			// but for a contrasting clause after it ("X said … had killed
			// 2,309, while the number of displaced exceeded 190,000,
			// according to the emergency committee").
			w := f.contrastAfter(cs[1], la, i)
			if w < 0 {
				la = lb
				break
			}
			la, lb = f.trim(w+1, i)
			break
		}
	}
	ra := q
	if f.norm(ra) == "," {
		ra++
	}
	if n := f.norm(ra); n == "which" || n == "who" {
		// "…, according to SITE, which monitors jihadist media": the
		// clause after is about the source.
		if lb > la {
			f.add(si, la, lb, src, nil, i, i+2, "according to", false)
		}
		return
	}
	re := f.contentEnd(ra, si)
	// A short lead ("On Sunday,") is no content of its own.
	if lb-la >= 4 || (lb-la >= 1 && f.endsAt(q, si)) {
		f.add(si, la, lb, src, nil, i, i+2, "according to", false)
		return
	}
	f.add(si, ra, re, src, nil, i, i+2, "according to", false)
}

// statementLead reads "In a statement (posted on Telegram), X condemned …"
// where no cue word marks the claim but the lead names a statement.
func (f *finder) statementLead(si int) {
	s := f.sents[si]
	i := s.First
	comma := f.leadStatement(si)
	if comma < 0 {
		return
	}
	a := comma + 1
	b := a
	for b < s.Last && b < a+maxNP {
		t := f.toks[b]
		if _, ok := f.tab.At(b); ok || t.Cap || f.is(b, cDeterminer) || t.Norm == "'s" || (t.Kind == text.Punct && t.Norm == "-" && !f.hardDash(b)) {
			b++
			continue
		}
		if _, ok := f.roleAt(b); ok {
			b++
			continue
		}
		break
	}
	if b == a || b >= s.Last || f.toks[b].Kind != text.Word {
		return
	}
	if f.norm(b) == "claimed" && f.norm(b+1) == "responsibility" {
		// An act of claiming, as after a cue (see cue).
		return
	}
	src, ok := f.speaker(a, b, nil)
	if !ok {
		return
	}
	f.add(si, b, f.contentEnd(b, si), src, nil, i, comma, "in a statement", false)
}

// leadStatement returns the comma closing a lead naming a statement ("In a
// statement posted on Telegram,"), or -1.
func (f *finder) leadStatement(si int) int {
	s := f.sents[si]
	i := s.First
	if f.norm(i) != "in" {
		return -1
	}
	switch f.norm(i + 1) {
	case "a", "an", "its", "his", "her", "their", "the":
	default:
		return -1
	}
	doc := false
	for k := i + 1; k < s.Last && k < i+12; k++ {
		switch f.norm(k) {
		case "statement", "post", "message", "communique", "speech", "interview", "announcement", "address":
			doc = true
		}
		if f.norm(k) == "," {
			if doc {
				return k
			}
			return -1
		}
	}
	return -1
}

// tollAt reports "the (death) toll at" or "the number of dead at" after
// the toll verb at c.
func (f *finder) tollAt(c, last int) bool {
	noun := false
	for k := c + 1; k < last && k < c+8; k++ {
		switch n := f.norm(k); {
		case f.is(k, cTollNoun):
			noun = true
		case n == "at":
			return noun
		case f.isPunct(k):
			return false
		}
	}
	return false
}

// contrastAfter returns the last "while" or "whereas" outside quotes in
// [la, i) past byte offset after, or -1.
func (f *finder) contrastAfter(after, la, i int) int {
	w, inQuote := -1, false
	for k := max(la, 0); k < i; k++ {
		if f.isQuote(k) {
			inQuote = !inQuote
			continue
		}
		if n := f.toks[k].Norm; !inQuote && f.toks[k].Start >= after && (n == "while" || n == "whereas") && f.norm(k-1) == "," {
			w = k
		}
	}
	return w
}

// mediaReport reports an outlet that "reported" a noun phrase of some
// length ("the National News Agency reported heavy damage to at least six
// buildings"): an agency's report states what it saw.
func (f *finder) mediaReport(a, b, c, start, si int) bool {
	if n := f.toks[c].Norm; n != "reported" && n != "reports" {
		return false
	}
	return f.contentEnd(start, si)-start >= 4 && f.mediaSpeaker(a, b)
}

// relativeSubject returns the head of a relative clause whose verb the cue
// at c is coordinated with ("…, which denied any role and said …"): the
// entity before ", which" or ", who" when the clause from there to c has no
// other comma.
func (f *finder) relativeSubject(si, c int) (string, bool) {
	s := f.sents[si]
	for k := c - 2; k > s.First+1 && k > c-16; k-- {
		if f.isPunct(k) || f.isQuote(k) {
			return "", false
		}
		n := f.norm(k)
		if (n == "which" || n == "who") && f.norm(k-1) == "," {
			if ra, rb, _ := f.subjectBefore(k-1, s.First); ra < rb {
				return f.relativeHead(ra, rb, n == "who")
			}
			return "", false
		}
	}
	return "", false
}
