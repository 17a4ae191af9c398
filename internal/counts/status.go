package counts

import (
	"sitrep"
	"sitrep/internal/numbers"
	"sitrep/internal/text"
)

// stopHead words end the search for a count's head noun.
var stopHead = set("were", "was", "are", "is", "have", "has", "had", "been", "in", "on", "at", "from", "to",
	"by", "and", "or", "with", "who", "that", "which", "of", "as", "since", "after", "during", "across",
	"over", "into", "near", "per", "a", "an", "the", "this", "their", "its", "his", "her", "will", "would",
	"could", "for", "than", "between", "among", "while", "when", "but", "more", "also", "each", "every")

// auxAfter may stand between a count and the status that follows it
// ("were reportedly killed", "have been displaced", "were in critical
// condition").
var auxAfter = set("left", "without", "sought", "found", "among", "the", "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly",
	"also", "all", "later", "still", "subsequently", "already", "now", "who", "that", "confirmed",
	"allegedly", "in", "serious", "remain", "remained", "remains", "may", "might", "could", "feared", "believed", "presumed", "reported", "later", "listed", "as", "a", "were", "either", "both", "later", "just", "since", "then", "apparently",
	// "15 people sustained injuries", "suffered burns".
	"sustained", "suffered", "sustaining", "suffering",
	// "Two soldiers embraced martyrdom", "attained martyrdom".
	"embraced", "attained", "achieved")

// riseVerbs carry a toll's status from the sentence's subject to the
// figure: "the death toll has risen to 16".
var riseVerbs = set("tripled", "doubled", "grown", "grew", "swelled", "soared", "rose", "risen", "rise", "rises", "reached", "reaches", "climbed", "climbs", "increased",
	"jumped", "stands", "stood", "hit", "surpassed", "passed", "exceeded", "exceeds", "topped", "tops",
	"totalled", "totaled", "reaching", "bringing", "brings", "brought", "raising", "raised", "reach")

// head finds the head noun of a count after token j: the people noun, with
// the adjectives and status participles between ("62 wounded people",
// "dozens of Israeli soldiers"). It returns -1 when there is none and -2
// when the count is of things.
func (f *finder) head(j int) (head int, mod string, start int) {
	start = j
	if f.glued(j) && f.toks[j+1].Kind == text.Word && !f.is(j+1, cPeople) {
		// "a three-storey house", "a two-day truce": the figure is
		// part of a compound adjective, not a count.
		return -2, mod, start
	}
	for k := j; k < len(f.toks) && k < j+9; k++ {
		t := &f.toks[k]
		n := t.Norm
		if k > j && (t.Newlines > 1 || t.Newlines == 1 && t.Cap) {
			// A new paragraph, or a new line that starts with a capital:
			// the figure ended its line. A hard wrap inside a sentence
			// does not stop the phrase.
			return -1, mod, start
		}
		if t.Kind == text.Punct {
			if (n == "-" || n == "/") && !t.Space || n == "\"" && k == j {
				continue // "PKK/YPG militants", killed "enemy combatants"
			}
			return -1, mod, start
		}
		if t.Kind == text.Number {
			return -1, mod, start
		}
		if k == j && n == "more" && f.norm(k+1) != "than" {
			start = k + 1
			continue // "5,000 more troops", "two more soldiers"
		}
		c := tokClass(t)
		if c.has(cThings) {
			return -2, mod, start
		}
		if c.has(cPeople) {
			if nx := f.cls(k + 1); k+1 < len(f.toks) && (nx.has(cPeople) && (nx.status() == "" || c.status() != "") || nx.has(cThings)) && f.toks[k+1].Kind == text.Word {
				// "62 wounded people", "five police officers".
				if st := c.status(); st != "" {
					mod = st
				}
				continue
			}
			if e := k + 1; e < len(f.toks) && f.isQuoteTok(e) && f.is(e+1, cThings) {
				return -2, mod, start // two "terrorist" attacks
			}
			return k, mod, start
		}
		if t.Cap && !t.Upper && len(n) > 4 && (demonymPlural(n) || n[len(n)-1] == 's' && k == j && f.endsPhrase(k)) && !c.has(cStopHead) && !f.actor(k) {
			// A plural demonym: "Palestinians", "Russians", "Filipinos".
			return k, mod, start
		}
		if st := c.status(); st != "" && !c.has(cStopHead) {
			mod = st
			continue
		}
		if (n == "and" || n == "or") && k > j && (f.toks[k-1].Cap || f.actor(k-1)) && k+1 < len(f.toks) && (f.toks[k+1].Cap || f.actor(k+1)) && f.toks[k+1].Kind == text.Word {
			// "ten Russian and FACA soldiers", "12 Hamas and Islamic
			// Jihad fighters": two proper modifiers share the head.
			continue
		}
		if c.has(cStopHead) {
			return -1, mod, start
		}
	}
	return -1, mod, start
}

// endsPhrase reports that the noun phrase ends after k: "12,000 Kurds
// who fled" ends there, "12 Hamas and Islamic Jihad fighters" does not.
func (f *finder) endsPhrase(k int) bool {
	if k+1 >= len(f.toks) {
		return true
	}
	n := f.toks[k+1]
	if n.Kind == text.Punct {
		return n.Norm != "-" && n.Norm != "/"
	}
	c := tokClass(&n)
	return !n.Cap && n.Norm != "and" && n.Norm != "or" && !c.has(cPeople) && !c.has(cThings) && c.has(cStopHead)
}

// actor reports a token inside the mention of a named actor ("Hamas"):
// a count before it counts the actor's people, named after it.
func (f *finder) actor(k int) bool {
	if f.tab == nil {
		return false
	}
	id, ok := f.tab.At(k)
	if !ok {
		return false
	}
	e, ok := f.tab.Get(id)
	return ok && e.Kind != sitrep.KindCivilians
}

func (f *finder) isQuoteTok(i int) bool { return f.punct(i) && f.toks[i].Norm == "\"" }

// demonymPlural reports the shape of a people's plural name: "Palestinians",
// "Israelis", "Filipinos", "Yazidis"; not "Hamas".
func demonymPlural(n string) bool {
	for _, suf := range []string{"ans", "ins", "ens", "is", "os", "ites"} {
		if len(n) > len(suf) && n[len(n)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// statusAt reads the status word at k, joining "killed and injured" and
// "dead or wounded" into casualties.
func (f *finder) statusAt(k int) string {
	st := f.status(k)
	if st == "" {
		return ""
	}
	if c := f.norm(k - 1); c == "and" || c == "or" {
		// "killing and wounding dozens".
		if o := f.status(k - 2); o != "" && o != st &&
			(st == sitrep.StatusKilled && o == sitrep.StatusInjured || st == sitrep.StatusInjured && o == sitrep.StatusKilled) {
			return sitrep.StatusCasualties
		}
	}
	if c := f.norm(k + 1); c == "and" || c == "or" || c == "/" {
		if o := f.status(k + 2); o != "" && o != st &&
			(st == sitrep.StatusKilled && o == sitrep.StatusInjured || st == sitrep.StatusInjured && o == sitrep.StatusKilled) {
			return sitrep.StatusCasualties
		}
	}
	return st
}

// statusAfter reads the status a predicate gives the count ending before
// k: "were killed", "have been displaced", "died".
func (f *finder) statusAfter(k int) string {
	prep := false
	lim := k + 12
	for i := k; i < len(f.toks) && i < lim; i++ {
		n := f.norm(i)
		if st := f.statusAt(i); st != "" {
			return st
		}
		if st := f.predicate(i); st != "" {
			return st
		}
		switch {
		case f.is(i, cAuxAfter) && (n != "in" || f.norm(i+1) == "critical" || f.norm(i+1) == "serious" || f.norm(i+1) == "a") || len(n) > 4 && n[len(n)-2:] == "ly":
			// "were reportedly killed", "were lightly injured".
		case prep && (!f.punct(i) && n != "and" || (n == "," || n == "and") && i+1 < len(f.toks) && f.toks[i+1].Cap || f.glued(i)) && f.toks[i].Kind != text.Number && !f.is(i, cClause):
			// "from South Africa", "from our sub-district".
		case f.isQuoteTok(i):
			// killed "enemy combatants" were …
		case (f.toks[i].Kind == text.Number || f.status(i+1) != "") && (f.norm(i-1) == "the" || f.norm(i-1) == "among"):
			// "were among the seven dead".
		case n == "and" && (i > k || i+1 < len(f.toks) && f.toks[i+1].Kind != text.Number):
			// "two of its members and a soldier were also killed", "14
			// soldiers and policemen had been martyred".
			if nx := f.cls(i + 1); nx.has(cPeople) && nx.status() == "" && i+1 < len(f.toks) && f.toks[i+1].Kind == text.Word {
				// "peacekeepers and soldiers from a regional force have
				// been killed": the second noun may carry its own
				// qualifier before the shared predicate.
				return f.statusAfter(i + 2)
			}
			j := i + 1
			if f.is(j, cOne) && i+2 < len(f.toks) && f.toks[i+2].Kind == text.Word {
				j++
			}
			for j < len(f.toks) && j < i+5 && !f.punct(j) && !f.is(j, cAuxAfter) && f.status(j) == "" && f.toks[j].Kind != text.Number && f.norm(j) != "and" {
				j++
			}
			if j >= len(f.toks) || j == i+5 || j == i+1 || f.punct(j) || f.toks[j].Kind == text.Number || f.norm(j) == "and" {
				// Another count or another predicate follows ("killed 12
				// people … and wounded 2,800"): its status is its own.
				return ""
			}
			i = j - 1
		case n == "," && (i > k || f.is(i+1, cRenames) || i+1 < len(f.toks) && f.toks[i+1].Kind == text.Number):
			// "1.7 million people, more than 75 per cent of the
			// population, are internally displaced".
			j, closed := f.closer(i, 12, ",")
			if !closed || !(f.is(j+1, cAuxAfter) || f.status(j+1) != "") {
				return ""
			}
			// The predicate is read after the aside, however long.
			i, lim = j, max(lim, j+6)
		case n == "," && (f.norm(i+1) == "including" || f.norm(i+1) == "among"):
			// ", including a brigadier general, had surrendered".
			j, closed := f.closer(i, 10, ",")
			if !closed {
				return ""
			}
			i, lim = j, max(lim, j+6)
		case n == "," && i == k && i+1 < len(f.toks) && f.toks[i+1].Cap && f.toks[i+1].Kind == text.Word:
			// "Two soldiers, Naik Abdul Rehman, 31, a resident of Swat,
			// and Sepoy Waqas Ahmed, 24, embraced martyrdom": the names
			// renaming the count end at the comma before its predicate.
			j := f.nameApposition(i)
			if j < 0 {
				return ""
			}
			i, lim = j, j+6
		case n == "(" && prep:
			// "one Volunteer for the Defence of the Homeland (VDP) lost
			// their lives": a bracketed acronym closes the name.
			j, closed := f.closer(i, 6, ")")
			if !closed {
				return ""
			}
			i = j
		case (n == "from" || n == "of" || n == "in" || n == "at" || n == "on" || n == "across" || n == "near" || n == "for") && i == k:
			// "peacekeepers from South Africa and Uruguay have been killed".
			// A qualifier may hold a clause of its own ("signatories of
			// the 2016 agreement that disarmed the FARC were among the
			// dead"), so the predicate may stand further off.
			prep, lim = true, k+16
		default:
			return ""
		}
	}
	return ""
}

// predicate reads a status word that gives one only as the verb after
// its people ("four soldiers fell", "1,200 people left Pokrovsk"): before
// a figure, or alone, these words mean something else ("the toll fell to
// 20", "left 20 dead").
func (f *finder) predicate(i int) string {
	switch n := f.norm(i); n {
	case "held":
		// "two were still being held": held in the passive is captivity;
		// "held talks" or "the town held" are not.
		switch f.norm(i - 1) {
		case "being", "been", "were", "was", "are", "is", "still":
			return sitrep.StatusCaptured
		}
	case "fell":
		if f.norm(i+1) != "to" && f.norm(i+1) != "from" && f.norm(i+1) != "by" {
			return sitrep.StatusKilled
		}
	case "left", "abandoned", "deserted":
		// Leaving a named place, a home or a town is flight.
		nx := f.norm(i + 1)
		if i+1 < len(f.toks) && f.toks[i+1].Cap && f.toks[i+1].Kind == text.Word || nx == "their" && (f.norm(i+2) == "homes" || f.norm(i+2) == "home" || f.norm(i+2) == "villages") || nx == "home" {
			return sitrep.StatusDisplaced
		}
	}
	return ""
}

// renames open an apposition that restates a count ("1.7 million people,
// about 75% of the population, are displaced").
var renames = set("about", "around", "some", "nearly", "almost", "roughly", "approximately", "over", "more",
	"most", "many", "mostly", "half", "a", "an")

// clauseWords open a new clause; a status after them is not the count's.
var clauseWords = set("where", "which", "who", "that", "when", "while", "after", "before", "as", "but", "because")

// closer finds the token within n after i that closes an aside opened at
// i (the comma or bracket that ends it), stopping at a sentence stop.
func (f *finder) closer(i, n int, end string) (int, bool) {
	j := i + 1
	for j < len(f.toks) && j < i+n && f.norm(j) != end && !f.punctStop(j) {
		j++
	}
	return j, f.norm(j) == end
}

func (f *finder) punctStop(i int) bool {
	if !f.punct(i) {
		return false
	}
	switch f.toks[i].Norm {
	case ".", ";", ":", "?", "!", "(", ")":
		return true
	}
	return false
}

// statusBefore reads the status from the words before the count:
// "killing at least 23", "wounding more than 60", "the death toll rose to
// 55".
func (f *finder) statusBefore(first int) string {
	s := f.doc.Sentences[f.doc.SentenceOf(first)]
	if f.norm(first-1) == ":" {
		return f.labelStatus(s.First, first-1)
	}
	k := first - 1
	for k >= s.First && (f.norm(k) == "to" || f.norm(k) == "at" || f.norm(k) == "has" || f.norm(k) == "had" || f.norm(k) == "have" || f.norm(k) == "now") {
		k--
	}
	if f.norm(first-1) == "to" && !f.is(k, cRise) {
		// "rose on Tuesday to 33", "raising the number of dead children
		// to 11": the rise verb stands a few words back, and the status
		// between it and the figure is the one it raises.
		for r := k; r >= s.First && r > k-9 && (!f.punct(r) || f.inDate(r)); r-- {
			if !f.is(r, cRise) {
				continue
			}
			for i := r + 1; i <= k; i++ {
				if st := f.statusAt(i); st != "" {
					return st
				}
			}
			k = r
			break
		}
	}
	if k >= s.First && f.is(k, cRise) {
		// A toll rising: the status is in the subject.
		for i := k - 1; i >= s.First && i >= k-25; i-- {
			if f.punct(i) && f.norm(i) != "," && f.norm(i) != "-" && f.norm(i) != "'" && !f.inDate(i) {
				break
			}
			if st := f.statusAt(i); st != "" {
				return st
			}
		}
		return ""
	}
	if f.norm(first-1) == "," {
		// "Most of the displaced, some 5,300 people, …": an appositive
		// takes the status of the noun it renames.
		if st := f.status(first - 2); st != "" && f.is(first-2, cPeople) {
			return st
		}
	}
	for i := first - 1; i >= s.First && i >= first-4; i-- {
		if f.punct(i) && f.toks[i].Norm == "\"" {
			continue
		}
		if f.punct(i) || f.toks[i].Kind == text.Number {
			return ""
		}
		if st := f.statusAt(i); st != "" {
			return st
		}
		if f.is(i, cPeople) {
			return ""
		}
		if f.norm(i) == "of" && i > s.First && f.status(i-1) == "" {
			// "took a city of some two million people": the figure
			// measures the noun before "of", which the verb governs.
			return ""
		}
	}
	return ""
}

// invertedToll reads the status of a toll named after its figure: "bringing
// to 213 the number of homicides", "raising to 50 the death toll".
func (f *finder) invertedToll(first, last int) string {
	if f.norm(first-1) != "to" || !f.is(first-2, cRise) || f.norm(last) != "the" {
		return ""
	}
	for i := last + 1; i < len(f.toks) && i < last+7 && !f.punct(i); i++ {
		if st := f.statusAt(i); st != "" {
			return st
		}
	}
	return ""
}

// thingBefore reports a bare figure that a thing noun governs: "a convoy of
// 14", "missiles, 30".
func (f *finder) thingBefore(first int) bool {
	return f.is(first-1, cThings) || (f.norm(first-1) == "of" && f.is(first-2, cThings))
}

// thingElided reports a bare figure whose noun is elided after a count of
// things just before it: "shot down 91 drones; 38 were lost" counts drones.
func (f *finder) thingElided(first int) bool {
	switch f.norm(first - 1) {
	case ";", ",", "and", "while", "but":
	default:
		return false
	}
	k := first - 2
	return f.is(k, cThings) && k > 0 && f.toks[k-1].Kind == text.Number
}

// labelStatus reads a field label that opens its sentence and ends in a
// status word before the colon at colon: event notes and tables give a
// toll as "Fatalities: 27." or "Total deaths: 5", in the writer's voice.
// A colon after a longer clause ("the toll was as follows: …") is no label.
func (f *finder) labelStatus(start, colon int) string {
	if colon-start < 1 || colon-start > 3 {
		return ""
	}
	for i := start; i < colon; i++ {
		if f.toks[i].Kind != text.Word {
			return ""
		}
	}
	return f.statusAt(colon - 1)
}

// glued reports a hyphen or slash inside a word ("sub-district").
func (f *finder) glued(i int) bool {
	if !f.punct(i) || i+1 >= len(f.toks) {
		return false
	}
	n := f.toks[i].Norm
	return (n == "-" || n == "/") && !f.toks[i].Space && !f.toks[i+1].Space
}

// inDate reports punctuation inside a date, the comma of "October 7,
// 2023" or the abbreviation's point of "Oct. 7", which does not end the
// phrase a toll rises through.
func (f *finder) inDate(i int) bool {
	if i <= 0 || i+1 >= len(f.toks) || f.toks[i+1].Kind != text.Number {
		return false
	}
	switch f.toks[i].Norm {
	case ",":
		return f.toks[i-1].Kind == text.Number
	case ".":
		return f.toks[i-1].Kind == text.Word && !f.toks[i].Space && numbers.Month(f.toks[i-1].Norm) > 0
	}
	return false
}

// nameApposition returns the last comma of a list of names opened by the
// comma at i when a predicate follows it, or -1.
func (f *finder) nameApposition(i int) int {
	last := -1
	for j := i + 1; j < len(f.toks) && j < i+32 && !f.punctStop(j); j++ {
		if f.norm(j) == "," && j+1 < len(f.toks) && (f.is(j+1, cAuxAfter) && f.norm(j+1) != "the" && f.norm(j+1) != "a" && f.norm(j+1) != "in" || f.status(j+1) != "") {
			last = j
			break
		}
	}
	return last
}

// pronounStatus reads a second verb whose object pronoun takes up the
// count: "took his two brothers from their home and shot them".
func (f *finder) pronounStatus(k int) string {
	and := false
	for i := k; i < len(f.toks) && i < k+10; i++ {
		if f.punct(i) {
			return ""
		}
		n := f.norm(i)
		if n == "and" {
			and = true
			continue
		}
		if and && f.norm(i+1) == "them" {
			return f.status(i)
		}
	}
	return ""
}

// singularOfPeople reports the singular of a plural people noun: "one
// bandit was neutralised", "one attacker" (the lexicon lists plurals).
func singularOfPeople(n string) bool {
	return len(n) > 3 && n != "other" && n != "live" && wordClass(n+"s").has(cPeople)
}
