package attribution

import (
	"sitrep"
	"sitrep/internal/text"
)

// appos is an apposition or relative clause beside a speaker phrase
// ("Emergency Lawyers, a group that documents abuses, said"): tokens [a, b).
type appos struct{ a, b int }

// subjectBefore returns the speaker phrase [a, b) that ends before the cue
// at c, past auxiliaries, adverbs and a bracketed apposition, with that
// apposition when there is one. a == b when no phrase stands there.
func (f *finder) subjectBefore(c, first int) (a, b int, ap *appos) {
	j := c
	for j-1 >= first && f.toks[j-1].Kind == text.Word && f.is(j-1, cSkipBefore) {
		if _, ok := f.tab.At(j - 1); ok {
			break
		}
		j--
	}
	if f.is(j-1, cPronoun) && j-1 >= first && !f.mentioned(j-1) {
		// "In its daily briefing on Tuesday it said": the pronoun alone.
		if n := f.norm(j - 1); n != "its" && n != "their" && n != "his" {
			return j - 1, j, nil
		}
	}
	if f.norm(j-1) == "," {
		if r := f.relativeBack(j-1, first); r > first {
			// "The MNJTF, which draws troops from Nigeria, Chad, Niger and
			// Cameroon, said": a relative clause with commas inside.
			ra, rb, _ := f.subjectBefore(r, first)
			if ra < rb {
				return ra, rb, &appos{r + 1, j - 1}
			}
		}
		// "X, a group that documents abuses, said" / "X, which …, denied".
		k := j - 2
		quotes := 0
		for ; k >= first && k > j-24; k-- {
			if f.isQuote(k) {
				// A quoted nickname inside the aside ("led by Jimmy
				// "Barbecue" Chérizier") is part of it; a lone quote
				// ends it.
				quotes++
				continue
			}
			if f.norm(k) == "," || f.hardDash(k) {
				break
			}
		}
		if quotes%2 == 1 {
			return j, j, nil
		}
		if k <= first || f.norm(k) != "," || f.invertedAhead(c) {
			return j, j, nil
		}
		switch {
		case f.aside(k+1, j-1) || (f.toks[k+1].Kind == text.Word && !f.toks[k+1].Cap):
			ap = &appos{k + 1, j - 1}
			j = k
		case f.roleBefore(k, first):
			// "Its spokesman, al-Fateh Qurashi, said": the name between
			// the commas speaks; the role phrase before says for whom.
			ra, _, _ := f.subjectBefore(k, first)
			return k + 1, j - 1, &appos{ra, k}
		default:
			return j, j, nil
		}
	}
	b = j
	a = b
	for a-1 >= first && b-a < maxNP {
		k := a - 1
		t := f.toks[k]
		if _, ok := f.tab.At(k); ok {
			a--
			continue
		}
		if t.Kind == text.Punct {
			if (t.Norm == "-" && !f.hardDash(k)) || t.Norm == "'" || t.Norm == "(" || t.Norm == ")" || t.Norm == "." || t.Norm == "&" {
				a--
				continue
			}
			break
		}
		if f.is(k, cNpBoundary) && !(k+1 < len(f.toks) && f.toks[k+1].Norm == "-" && !f.toks[k+1].Space) {
			break // "so-called" is one word
		}
		if fl, ok := f.cueAt(k); ok && !t.Cap && fl&(weak|docCue) == 0 {
			break
		}
		a--
	}
	for a < b && f.isPunct(a) {
		a++
	}
	if a < b && f.norm(a-1) == "and" {
		// "local officials and the Norwegian Refugee Council said": the
		// first speaker joins when a comma or the sentence start opens it.
		k := a - 2
		for k >= first && k > a-8 && f.toks[k].Kind == text.Word && !f.is(k, cNpBoundary|cFinite) && f.lex(k).cue == 0 {
			k--
		}
		if k < a-2 && (k < first || f.norm(k) == ",") && (f.toks[k+1].Cap || f.is(k+1, cArticle|cDeterminer) || f.mentioned(k+1) || f.lex(k+1).role.class != 0 || f.lex(a-2).role.class != 0) {
			a = k + 1
		}
	}
	if a < b && !f.mentioned(a) && !f.toks[a].Cap {
		// "a resident who asked not to be named told Reuters": the
		// phrase found is the end of a relative clause, which may run as
		// long as "who asked not to be named because he was not
		// authorized to speak to the media".
		for r := a - 1; r >= first && r > a-14 && !f.isPunct(r); r-- {
			if n := f.toks[r].Norm; (n == "who" || n == "which") && f.norm(r-1) != "," {
				if ra, rb, _ := f.subjectBefore(r, first); ra < rb {
					return ra, rb, nil
				}
				break
			}
		}
	}
	if n := f.norm(a - 1); (n == "who" || n == "which") && f.norm(a-2) != "," {
		// "a Barsalogho resident who fled to Kaya told AFP": the speaker
		// is before the relative clause.
		if ra, rb, _ := f.subjectBefore(a-1, first); ra < rb {
			return ra, rb, nil
		}
	}
	b = f.stripTemporal(a, b)
	if ap != nil && a < b && f.norm(a-1) == "," && f.aside(a, b) {
		// "Babakura Kolo, a member of the CJTF, a government-allied
		// militia, told AP": the name before the role phrase speaks.
		nb := a - 1
		na := nb
		for na-1 >= first && nb-na < 6 && (f.toks[na-1].Cap || f.norm(na-1) == "." || f.norm(na-1) == "-" && !f.hardDash(na-1)) {
			na--
		}
		if na < nb && (na == first || f.isPunct(na-1) || f.is(na-1, cNpBoundary)) && f.bareName(na, nb) {
			return na, nb, &appos{a, b}
		}
	}
	return a, b, ap
}

// relativeBack returns the comma opening ", which …" or ", who …" that
// the comma at k closes, or -1.
func (f *finder) relativeBack(k, first int) int {
	for i := k - 1; i > first && i > k-30; i-- {
		n := f.toks[i].Norm
		if f.isPunct(i) && n != "," && n != "-" && n != "'" && n != "(" && n != ")" {
			return -1
		}
		if (n == "which" || n == "who" || n == "whose" || n == "whom") && f.norm(i-1) == "," {
			return i - 1
		}
		if f.lex(i).cue != 0 && !f.toks[i].Cap && !f.objectRelative(i) {
			return -1
		}
	}
	return -1
}

// relativeEnd bounds content [p, end) of the cue at c when the cue sits in
// a relative clause between a subject and its verb: the clause closes at
// the comma before that verb ("X, which Washington blamed for the attack,
// announced …").
func (f *finder) relativeEnd(c, p, end int) int {
	if !f.objectRelative(c) {
		return end
	}
	for k := p + 1; k < end; k++ {
		if f.isQuote(k) {
			return end
		}
		if f.norm(k) != "," {
			continue
		}
		j := k + 1
		for j < end && f.is(j, cSkipBefore) {
			j++
		}
		if fl, ok := f.cueAt(j); ok && fl&(docCue|gerund) == 0 && !f.toks[j].Cap || f.is(j, cFinite) {
			return k
		}
	}
	return end
}

// objectRelative reports a cue at i inside a relative clause with its own
// subject ("Kataib Hezbollah, which Washington blamed for the attack,
// announced …"): the clause is an aside, and the verb after it is the
// head's.
func (f *finder) objectRelative(i int) bool {
	for k := i - 1; k > i-8 && k > 0; k-- {
		switch f.norm(k) {
		case "which", "whom", "who", "where":
			return k < i-1 && f.norm(k-1) == ","
		}
		if f.isPunct(k) && f.norm(k) != "'" && f.norm(k) != "-" {
			return false
		}
	}
	return false
}

// invertedAhead reports "…, said X." at cue c: a speaker phrase after the
// cue runs to the sentence end.
func (f *finder) invertedAhead(c int) bool {
	if f.lex(c).cue&inverts == 0 || c+1 >= len(f.toks) {
		return false
	}
	if t := f.toks[c+1]; !(t.Cap || f.is(c+1, cDeterminer) || f.mentioned(c+1)) {
		return false
	}
	si := f.sentenceOf(c)
	q := f.objectEnd(c+1, f.sents[si].Last)
	if q <= c+1 {
		return false
	}
	for k := c + 1; k < q; k++ {
		if f.is(k, cFinite) && !f.toks[k].Cap {
			// "…, Lieutenant Marc Elongo, said the soldiers would face
			// a court": a clause follows, not a speaker.
			return false
		}
	}
	// "…," said Michel-Olivier Lacharité, MSF's head of emergencies. /
	// "…," said a woman from Soro who hid under the bodies.
	n := f.norm(q)
	return f.endsAt(q, si) || n == "," && f.toks[c+1].Cap || n == "who" || n == "whose"
}

// roleBefore reports a role noun ending the phrase before the comma at k.
func (f *finder) roleBefore(k, first int) bool {
	for i := k - 1; i >= first && i >= k-16; i-- {
		if f.isPunct(i) && f.toks[i].Norm != "'" && f.toks[i].Norm != "-" && f.toks[i].Norm != "(" && f.toks[i].Norm != ")" {
			// A bracketed acronym ("the National Unity Government (NUG)")
			// stays inside the role phrase.
			return false
		}
		if r, ok := f.roleAt(i); ok && r.class != roleDocument {
			return true
		}
	}
	return false
}

// aside reports whether [a, b) reads as an apposition or relative clause:
// it opens with a determiner, a relative pronoun, a role noun or a
// participle phrase ("speaking on Sunday", "in a statement").
func (f *finder) aside(a, b int) bool {
	if a >= b {
		return false
	}
	n := f.toks[a].Norm
	switch n {
	case "which", "who", "whose", "whom", "speaking", "writing", "in", "on", "at", "citing", "quoting",
		"responding", "asked", "when", "also", "meanwhile", "however", "for", "late", "early", "separately":
		return true
	}
	if f.is(a, cDeterminer) {
		return true
	}
	_, ok := f.roleAt(a)
	return ok && !f.toks[a].Cap
}

// stripTemporal drops a trailing time or statement phrase from a speaker
// phrase: "the army on Sunday", "a report issued by X on November 28",
// "Hamas in a statement".
func (f *finder) stripTemporal(a, b int) int {
	for m := b - 1; m > a; m-- {
		n := f.toks[m].Norm
		if n != "on" && n != "in" && n != "late" && n != "early" && n != "last" && n != "earlier" && n != "this" && n != "at" {
			continue
		}
		ok := true
		for k := m + 1; k < b; k++ {
			if f.toks[k].Kind != text.Number && !f.is(k, cTemporal) && !f.isPunct(k) {
				ok = false
				break
			}
		}
		if ok {
			return m
		}
		break
	}
	return b
}

// post returns the token after a cue's object and adverbials ("told
// Reuters on Sunday", "said in a statement posted on Telegram") and the
// relays named there.
func (f *finder) post(c, si int, fl cueFlags) (int, []string) {
	s := f.sents[si]
	p := c + 1
	if n := f.norm(c); (n == "pointed" || n == "points" || n == "pointing") && f.norm(p) == "out" {
		p++
	}
	var via []string
	if fl&relays != 0 {
		q := f.objectEnd(p, s.Last)
		if q > p {
			via = f.relays(p, q, via, true)
			p = q
		}
	}
	for n := 0; n < 4 && p < s.Last; n++ {
		switch nm := f.norm(p); {
		case nm == "(":
			q := p + 1
			for q < s.Last && q < p+12 && f.norm(q) != ")" {
				q++
			}
			if f.norm(q) != ")" {
				return p, via
			}
			via = f.relays(p, q, via, false)
			p = q + 1
		case nm == "to" && (f.is(p+1, cAudience) || f.toks[p+1].Cap || f.mentioned(p+1)):
			// "confided to us that …", "declared to AFP that …".
			q := f.objectEnd(p+1, s.Last)
			if q == p+1 {
				q = p + 2
			}
			via = f.relays(p+1, q, via, true)
			p = q
		case nm == "at" && (f.norm(p+1) == "least" || f.norm(p+1) == "most"):
			return p, via
		case nm == "," && f.is(p+1, cAdverbialPrep) && !f.toks[p+1].Cap && f.norm(p+1) != "while" && f.norm(p+1) != "after" && f.norm(p+1) != "before" && f.norm(p+1) != "when":
			// "vowed on Monday, in a speech in Port Sudan, to retake …".
			q := f.adverbialEnd(p+1, s.Last)
			if q == p+1 || f.norm(q) != "," {
				return p, via
			}
			via = f.relays(p+1, q, via, false)
			p = q + 1
		case f.is(p, cAdverbialPrep) && !f.toks[p].Cap || (f.toks[p].Cap && f.is(p, cTemporal) && nm != "a"):
			q := f.adverbialEnd(p, s.Last)
			if f.is(c, cOfContent) && f.norm(q) != "that" {
				// "warned last week of famine": the time ends at "of".
				for k := p + 1; k < q; k++ {
					if f.norm(k) == "of" && f.toks[k+1].Kind != text.Number && !f.is(k+1, cTemporal) {
						q = k
						break
					}
				}
			}
			if q == p {
				return p, via
			}
			via = f.relays(p, q, via, false)
			p = q
		default:
			return p, via
		}
	}
	return p, via
}

// adverbialEnd returns the end of an adverbial phrase at p: up to "that", a
// comma, a colon or a quote within a few tokens, else the time words after
// the preposition.
func (f *finder) adverbialEnd(p, last int) int {
	for k := p + 1; k < last && k < p+16; k++ {
		n := f.toks[k].Norm
		if n == "that" || n == ":" || f.isQuote(k) || (f.isPunct(k) && (n == "." || n == ";")) || n == "(" {
			return k
		}
		if n == "," {
			// "said on Saturday, …" ends the adverbial; "said on Saturday
			// they had taken Singa, …" does not: a clause came first.
			if k < p+9 {
				return k
			}
			break
		}
		if n == "and" || f.is(k, cFinite) || n == "having" || n == "being" {
			// "affirmed on Wednesday having repelled …": the clause began.
			break
		}
		if f.is(k, cPronoun) && n != "its" && n != "their" && n != "his" {
			break
		}
	}
	k := p + 1
	for k < last && (f.is(k, cTemporal) || f.toks[k].Kind == text.Number) {
		k++
	}
	if k == p+1 && !f.is(p, cTemporal) {
		return p
	}
	return k
}

// relays adds to via the outlets named in [a, b): media entities, or an
// unknown name headed by a relay noun ("the Sudan Tribune newspaper").
// Audiences that are not outlets ("told reporters", "told the council")
// are no relay.
func (f *finder) relays(a, b int, via []string, object bool) []string {
	for k := a; k < b; k++ {
		id, ok := f.tab.At(k)
		if !ok {
			continue
		}
		for k+1 < b {
			if id2, ok := f.tab.At(k + 1); !ok || id2 != id {
				break
			}
			k++
		}
		if e, ok := f.tab.Get(id); ok && e.Kind == "media" && !contains(via, id) {
			via = append(via, id)
		}
	}
	if len(via) == 0 && object && f.hasRelayNoun(a, b) {
		if id, ok := f.capEntity(a, b, "media"); ok {
			via = append(via, id)
		}
	}
	return via
}

func (f *finder) hasRelayNoun(a, b int) bool {
	for k := a; k < b; k++ {
		if f.is(k, cRelayNoun) {
			return true
		}
	}
	return false
}

// objectEnd returns the end of a noun phrase starting at p: before "that",
// a comma, a colon, a quote, the sentence end or an adverbial preposition.
func (f *finder) objectEnd(p, last int) int {
	k := p
	for k < last && k < p+maxNP {
		t := f.toks[k]
		if _, ok := f.tab.At(k); ok {
			k++
			continue
		}
		if t.Kind == text.Punct {
			if (t.Norm == "-" && !f.hardDash(k)) || t.Norm == "'" || t.Norm == "(" || t.Norm == ")" || t.Norm == "&" {
				k++
				continue
			}
			break
		}
		if k > p && (f.is(k, cNpBoundary) || (f.is(k, cAdverbialPrep) && !t.Cap && !f.is(k, cPersonPrep)) ||
			((t.Norm == "on" || t.Norm == "in" || t.Norm == "at" || t.Norm == "to") && f.temporalAfter(k))) {
			break
		}
		if fl, ok := f.cueAt(k); ok && k > p && !t.Cap && fl&docCue == 0 {
			break
		}
		if t.Norm == "that" {
			break
		}
		if k > p && f.is(k, cSubjectPronoun) {
			// "told this newspaper they heard gunfire": the clause began.
			break
		}
		k++
	}
	for k > p && f.isPunct(k-1) && f.toks[k-1].Norm != ")" {
		k--
	}
	return k
}

// subjectPronouns open a clause; they end the noun phrase before them.
var subjectPronouns = set("he", "she", "they", "we", "i")

// temporalAfter reports a time or statement phrase after the preposition at
// k ("on Sunday", "in a statement", "in an interview").
func (f *finder) temporalAfter(k int) bool {
	j := k + 1
	if n := f.norm(j); n == "a" || n == "an" || n == "the" || n == "its" || n == "his" || n == "her" || n == "their" {
		j = k + 2
	}
	return f.is(j, cTemporal) || (k+1 < len(f.toks) && f.toks[k+1].Kind == text.Number)
}

// endsAt reports that the sentence ends at p, or goes on only with a
// continuing clause (", adding …", ", citing …").
func (f *finder) endsAt(p, si int) bool {
	s := f.sents[si]
	for p < s.Last && f.isPunct(p) && (trimmable(f.toks[p].Norm) || f.toks[p].Norm == ")") && f.toks[p].Norm != "," && f.toks[p].Norm != ":" && !f.opensQuote(p) {
		p++
	}
	if p >= s.Last {
		return true
	}
	if f.norm(p) != "," {
		return false
	}
	n := f.norm(p + 1)
	if f.is(p+1, cArticle) && !f.clauseLike(p+1, s.Last) && !f.has(p+1, s.Last, "\"") {
		// "…, the group said, the first strike on the city since the war
		// began": an appositive about the whole, no new statement.
		return true
	}
	if f.is(p+1, cAdverbialPrep) && !f.toks[p+1].Cap {
		// "…, the governor said Monday, in the latest attack on …".
		q := f.adverbialEnd(p+1, s.Last)
		for q < s.Last && f.isPunct(q) && trimmable(f.toks[q].Norm) && f.toks[q].Norm != "," {
			q++
		}
		if q >= s.Last {
			return true
		}
	}
	return f.is(p+1, cContinuer|cTailStart) || p+1 >= s.Last || (len(n) > 5 && n[len(n)-3:] == "ing" && !f.toks[p+1].Cap)
}

// skipIntro moves past "that", a colon or comma opening the content.
func (f *finder) skipIntro(p int) int {
	for n := 0; n < 3; n++ {
		switch f.norm(p) {
		case "that", ":", ",":
			p++
		default:
			return p
		}
	}
	return p
}

// contentEnd returns the end of content starting at p: the sentence end, a
// continuing clause (", adding …"), a coordinated cue ("and said"), or the
// closing quote of a quotation that runs over several sentences.
func (f *finder) contentEnd(p, si int) int {
	s := f.sents[si]
	quoted := f.opensQuote(p)
	inQuote := false
	toks := f.toks[:s.Last]
	for i := p; i < len(toks); i++ {
		n := toks[i].Norm
		if toks[i].Kind == text.Punct && n == "\"" {
			inQuote = !inQuote
			continue
		}
		if inQuote {
			continue
		}
		if (n == "," && f.is(i+1, cContinuer) || n == ";") && i > p {
			return i
		}
		if n == "," && i > p && (f.norm(i+1) == "a" || f.norm(i+1) == "an") && f.is(i+2, cAllegation) {
			// "…, a claim the RSF rejected": the rest is another voice.
			return i
		}
		if (n == "and" || n == "while" || n == "but" || n == "whereas") && i > p+1 {
			j := i + 1
			for j < s.Last && f.is(j, cSkipBefore) {
				j++
			}
			if n == "and" && p > 0 && f.norm(p-1) == "that" && f.is(j, cClauseAct) && f.norm(j+1) != "that" && f.norm(j+1) != ":" && !f.opensQuote(j+1) {
				// "He added that the abductors had called the families
				// and demanded N50 million ransom": the reported
				// clause's own subject acts; no second statement.
				continue
			}
			if fl, ok := f.cueAt(j); ok && fl&(docCue|gerund|weak) == 0 || f.norm(j) == "added" {
				return i
			}
			if fl, ok := f.cueAt(j); ok && fl&(gerund|weak) != 0 && fl&docCue == 0 && f.norm(j+1) == "that" {
				// "saying …, and claiming that …", "denied …, and
				// claimed that …": a second statement.
				return i
			}
			if f.newSpeaker(i+1, s.Last) || (n == "while" || n == "whereas") && f.reportingMedia(i+1, s.Last) {
				// "…, and US Secretary of Defense Pete Hegseth said …".
				if f.norm(i-1) == "," {
					return i - 1
				}
				return i
			}
		}
	}
	if quoted && inQuote {
		// The quotation goes on past this sentence: follow it to its
		// closing mark within the paragraph.
		for sj := si + 1; sj < len(f.sents) && sj <= si+6; sj++ {
			n := f.sents[sj]
			if n.Para != s.Para {
				break
			}
			for i := n.First; i < n.Last; i++ {
				if f.isQuote(i) && !f.opensQuote(i) {
					return i + 1
				}
			}
		}
	}
	return s.Last
}

// clauseActs are cues that are also acts ("demanded a ransom", "vowed
// revenge"): coordinated inside a reported clause, the clause's subject
// does them.
var clauseActs = set("demanded", "demands", "threatened", "threatens", "vowed", "vows", "pledged", "pledges")

// reportingMedia reports an outlet and "reported" starting at j: "…,
// while the National News Agency reported heavy damage".
func (f *finder) reportingMedia(j, last int) bool {
	for k := j; k < last && k < j+8; k++ {
		if n := f.toks[k].Norm; n == "reported" || n == "reports" {
			return k > j && f.mediaSpeaker(j, k)
		}
		if f.isPunct(k) {
			return false
		}
	}
	return false
}

// mediaSpeaker reports whether [a, b) names an outlet the table knows.
func (f *finder) mediaSpeaker(a, b int) bool {
	ms := f.mentions(a, b)
	return len(ms) > 0 && f.kindOf(ms[len(ms)-1].id) == sitrep.KindMedia
}

// newSpeaker reports a speaker phrase and a strong cue starting at j:
// "US Secretary of Defense Pete Hegseth said".
func (f *finder) newSpeaker(j, last int) bool {
	if j >= last || !(f.toks[j].Cap || f.mentioned(j) || f.is(j, cArticle)) {
		return false
	}
	for k := j + 1; k < last && k < j+10; k++ {
		n := f.toks[k].Norm
		if fl, ok := f.cueAt(k); ok && !f.toks[k].Cap && fl&(docCue|gerund|weak) == 0 {
			return true
		}
		if f.isPunct(k) && n != "-" && n != "'" && n != "." || f.is(k, cNpBoundary|cFinite) {
			return false
		}
	}
	return false
}

// contentStart returns where content ending at end begins: the sentence
// start, or the opening quote of a quotation that began in an earlier
// sentence of the paragraph.
func (f *finder) contentStart(si, end int) int {
	s := f.sents[si]
	start := f.afterDateline(s.First, end)
	for i := end - 1; i > start; i-- {
		if f.toks[i].Norm == ";" {
			start = i + 1
			break
		}
	}
	k := end
	for k > start && f.isPunct(k) && !f.isQuote(k) {
		k--
	}
	if k < 0 || k >= len(f.toks) || !f.isQuote(k) || f.opensQuote(k) {
		return start
	}
	for i := start; i < k; i++ {
		if f.isQuote(i) {
			return start
		}
	}
	for sj := si - 1; sj >= 0 && sj >= si-6; sj-- {
		p := f.sents[sj]
		if p.Para != s.Para {
			break
		}
		for i := p.Last - 1; i >= p.First; i-- {
			if f.isQuote(i) {
				if f.opensQuote(i) {
					return i
				}
				return start
			}
		}
	}
	return start
}

// afterDateline skips a dateline opening the sentence: "KHARTOUM, Nov 12
// (Reuters) - ", "GAZA – ", "CAIRO (AP) — ".
func (f *finder) afterDateline(first, end int) int {
	for k := first; k < end && k < first+14; k++ {
		if f.hardDash(k) {
			if k > first && (f.toks[k-1].Norm == ")" || f.toks[k-1].Upper) {
				return k + 1
			}
			return first
		}
		if f.toks[k].Norm == ":" && f.toks[first].Upper && k > first+1 && k+1 < end {
			// "TRIPOLI (Libya Herald) 22 May 2024: At least …".
			return k + 1
		}
		if f.isPunct(k) && f.toks[k].Norm != "," && f.toks[k].Norm != "(" && f.toks[k].Norm != ")" && f.toks[k].Norm != "." && f.toks[k].Norm != "/" {
			return first
		}
	}
	return first
}

// clauseLike reports whether [a, b) reads as a clause rather than a bare
// object: it holds a finite verb form, a number, or opens a quotation.
func (f *finder) clauseLike(a, b int) bool {
	if a < b && f.opensQuote(a) {
		return true
	}
	if a < b {
		if n := f.toks[a].Norm; len(n) > 5 && n[len(n)-3:] == "ing" {
			return true
		}
	}
	for k := a; k < b; k++ {
		n := f.toks[k].Norm
		if f.is(k, cFinite) || f.isQuote(k) || f.toks[k].Kind == text.Number {
			return true
		}
		if k > a && len(n) > 4 && n[len(n)-2:] == "ed" && !f.toks[k].Cap {
			return true
		}
	}
	return false
}

var finite = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
	"might", "must", "should", "did", "does", "do", "killed", "died")

// hasRole reports a role noun of class cl in [a, b).
func (f *finder) hasRole(a, b int, cl roleClass) bool {
	for k := a; k < b; k++ {
		if r, ok := f.roleAt(k); ok && r.class == cl {
			return true
		}
	}
	return false
}

// apposAfter returns the apposition after a speaker named after the cue:
// "…, said Ahmed Ali, a doctor at the hospital."
func (f *finder) apposAfter(q, last int) *appos {
	if f.norm(q) != "," || !f.aside(q+1, last) {
		return nil
	}
	e := f.objectEnd(q+1, last)
	if e <= q+1 {
		return nil
	}
	return &appos{q + 1, e}
}

// subjectOf returns the speaker at the head of sentence si, for a gerund
// cue with no claim before it ("Hamas condemned the strike, saying …").
func (f *finder) subjectOf(si, c int) (string, bool) {
	s := f.sents[si]
	a := s.First
	for a < c && f.isPunct(a) {
		a++
	}
	if e := f.leadAdverbial(a, c); e > a {
		a = e
	}
	if k := f.leadStatement(si); k >= a && k < c {
		a = k + 1
	}
	if e := f.claimedMembers(a, c); e > a {
		a = e
	}
	b := a
	for b < c && b < a+maxNP {
		t := f.toks[b]
		if _, ok := f.tab.At(b); ok || t.Cap || f.is(b, cDeterminer) || t.Norm == "'s" || (t.Norm == "-" && !f.hardDash(b)) || (b > a && !t.Space && f.norm(b-1) == "-") {
			b++
			continue
		}
		if r, ok := f.roleAt(b); ok && r.class != roleDocument {
			b++
			continue
		}
		break
	}
	if b == a {
		return "", false
	}
	if f.norm(b) == "," {
		// "the army's Arabic-language spokesman, Avichay Adraee,
		// ordered …": the name between the commas speaks.
		if e := f.objectEnd(b+1, c); e > b+1 && f.norm(e) == "," && (f.toks[b+1].Cap || f.mentioned(b+1) || f.is(b+1, cArticle) && f.mentions(b+1, e) != nil) && f.roleBefore(b, a) {
			return f.speaker(b+1, e, &appos{a, b})
		}
	}
	return f.speaker(a, b, nil)
}

// claimedMembers returns the token after "claiming to belong to" (or "to
// be from") in a subject ending before c: "hooded men claiming to belong
// to X" speak as X, however the men are described. It returns a if there
// is none.
func (f *finder) claimedMembers(a, c int) int {
	for k := a; k+3 < c && k < a+maxNP; k++ {
		if f.toks[k].Norm != "claiming" || f.norm(k+1) != "to" {
			continue
		}
		switch n := f.norm(k + 2); {
		case n == "belong" && f.norm(k+3) == "to":
			return k + 4
		case n == "be" && (f.norm(k+3) == "from" || f.norm(k+3) == "with"):
			return k + 4
		}
		return a
	}
	return a
}

// leadAdverbial returns the token after a time phrase and its comma
// opening a sentence ("On Wednesday, …", "Late on 3 May, …"), or a.
func (f *finder) leadAdverbial(a, c int) int {
	if !f.is(a, cAdverbialPrep) {
		return a
	}
	for k := a + 1; k < c && k < a+7; k++ {
		if f.norm(k) == "," {
			return k + 1
		}
		if !f.is(k, cTemporal) && f.toks[k].Kind != text.Number && !f.is(k, cTemporalName) {
			return a
		}
	}
	return a
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
