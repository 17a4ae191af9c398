package events

import (
	"sort"
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

const (
	maxTriggers = 8
	mergeWindow = 64
)

type found struct {
	tok     int
	trigger trigger
}

// appendTriggers finds trigger words and two-word phrases in a sentence,
// skipping those under an irrealis word ("threatened to attack"). It
// builds its result in out's array, which callers reuse across sentences.
func appendTriggers(out []found, d *text.Doc, s text.Sentence) []found {
	// "JNIM claimed responsibility, saying its fighters had killed
	// hundreds of soldiers": what follows a claim of responsibility is the
	// claimant's account of the act claimed, told where it is the news.
	last := s.Last
	if k := claimOfResponsibility(d, s); k >= 0 {
		last = k
	}
	for i := s.First; i < last; i++ {
		t := &d.Tokens[i]
		if t.Kind != text.Word {
			continue
		}
		e, _ := lexiconTable.GetHash(t.Hash, t.Norm)
		if e == nil {
			continue
		}
		tr, ok := trigger{}, false
		if i+1 < s.Last {
			next := i + 1
			if d.Tokens[next].Norm == "-" && next+1 < s.Last {
				next++
			}
			if second := e.pairs; second != nil {
				tr, ok = second[d.Tokens[next].Norm]
				if !ok && next+1 < s.Last && wholeWord(d.Tokens[next].Norm) {
					// "had taken full control of", "seized complete control".
					if tr, ok = second[d.Tokens[next+1].Norm]; ok {
						next++
					}
				}
			}
			if ok && tr.class == none {
				i = next
				continue
			}
			if ok {
				if notAnAct(d, s, i) || irrealisBefore(d, s, i) || tr.typ != sitrep.Protests && wordBefore(d, s, i, 6, topicWords) {
					i = next
					continue
				}
				if tr.typ == sitrep.ExplosionsRemote && intercepted(d, s, i) {
					// "defused a roadside bomb": as for a one-word weapon.
					if tr.sub == subIED && defused(d, s, i) {
						out = append(out, found{i, trigger{sitrep.StrategicDevelopmt, subDisrupted, fixed, true}})
					}
					i = next
					continue
				}
				out = append(out, found{i, tr})
				i = next
				continue
			}
		}
		if tr, ok = e.one, e.single; !ok {
			continue
		}
		if t.Norm == "march" && t.Cap {
			continue // the month
		}
		if background(d, s, i) || notAnAct(d, s, i) || strongIn(out) && prefaceAct(d, s, i) && !ownTimeAfter(d, s, i) {
			continue
		}
		if tr.typ == sitrep.ExplosionsRemote && burnedCraft(d, s, i) {
			continue
		}
		if tr.typ == sitrep.ExplosionsRemote && (intercepted(d, s, i) || seizedInList(d, s, i)) {
			// "defused two IEDs planted on the road": a bomb made safe is
			// ACLED's disrupted weapons use; a missile or drone shot down
			// reports the launch when told as such, and nothing here.
			if tr.sub == subIED && defused(d, s, i) {
				out = append(out, found{i, trigger{sitrep.StrategicDevelopmt, subDisrupted, fixed, true}})
			}
			continue
		}
		if tr.typ != sitrep.Protests && wordBefore(d, s, i, 6, topicWords) {
			continue
		}
		if t.Norm == "occupied" && i > s.First {
			// "the occupied West Bank", "Russian-occupied": an adjective.
			switch d.Tokens[i-1].Norm {
			case "the", "in", "of", "-", "and", "israeli", "russian":
				continue
			}
		}
		if irrealisBefore(d, s, i) {
			continue
		}
		out = append(out, found{i, tr})
	}
	if tr, after, ok := subEventLabel(d, s); ok {
		return labelledTriggers(tr, after, out)
	}
	// The whole-sentence scans below only veto triggers, so a sentence
	// without one need not pay for them.
	out = arrestCircumstances(d, s, out)
	if len(out) == 0 || tallyScan(d, s) {
		return nil
	}
	if !strongIn(out) && dateRangeTally(d, s) && passiveToll(d, s) {
		// "Between 10 and 13 May, at least 58 people were killed": deaths
		// summed over days, with no act or killer told; "between 6 and
		// 11 December, gang members killed at least 207 people" is a
		// massacre over a stated span.
		return nil
	}
	return out
}

// claimOfResponsibility returns the token of "claimed" in "claimed
// responsibility" or "claimed the attack", or -1.
func claimOfResponsibility(d *text.Doc, s text.Sentence) int {
	for i := s.First; i+1 < s.Last; i++ {
		switch d.Tokens[i].Norm {
		case "claimed", "claims", "claiming":
		default:
			continue
		}
		next := d.Tokens[i+1].Norm
		if next == "responsibility" || next == "credit" ||
			next == "the" && i+2 < s.Last && claimedActs.has(&d.Tokens[i+2]) {
			return i
		}
	}
	return -1
}

// thousands reports a figure of 1,000 or more; four bare digits from 1900
// to 2099 are a year ("2 December 2024").
func thousands(n string) bool {
	digits, grouped := 0, false
	for _, r := range n {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ',' || r == ' ':
			grouped = true
		default:
			return false
		}
	}
	if digits == 4 && !grouped && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) {
		return false
	}
	return digits >= 4
}

// background reports an ongoing state rather than a happening: "the RSF,
// which has been fighting the army since April".
func background(d *text.Doc, s text.Sentence, i int) bool {
	if i-1 >= s.First && d.Tokens[i-1].Norm == "been" {
		return true
	}
	// "the area has seen heavy fighting", "people who fled the fighting":
	// a state of a place or the cause of a flight, not a happening.
	for k := i - 1; k >= s.First && k >= i-3; k-- {
		if stateWord(d.Tokens[k].Norm) {
			return true
		}
	}
	if reference(d, s, i) {
		return true
	}
	// "documented extrajudicial killings, arbitrary detentions and
	// attacks on health facilities": a report's findings on conduct.
	if strings.HasSuffix(d.Tokens[i].Norm, "s") {
		for k := i - 1; k >= s.First && k >= i-8; k-- {
			n := d.Tokens[k].Norm
			if n == ";" || n == "." {
				break
			}
			if reportWord(n) {
				return true
			}
		}
	}
	// "every inch of territory seized by the RSF": a participle after the
	// land it names describes who holds it, not a capture told.
	if i-1 >= s.First && i+1 < s.Last && d.Tokens[i+1].Norm == "by" && heldLand(d.Tokens[i-1].Norm) {
		return true
	}
	// "have fled since fighting reached the town": what began a state.
	for k := i - 1; k >= s.First && k >= i-3; k-- {
		if d.Tokens[k].Norm == "since" {
			return true
		}
	}
	// "weeks of attacks", "months of shelling": a period of activity.
	for k := i - 1; k >= s.First+1 && k >= i-3; k-- {
		if d.Tokens[k].Norm == "of" && longSpan(d.Tokens[k-1].Norm) {
			return true
		}
	}
	// "accused X of deliberately shelling", "blamed for kidnapping": a
	// charge about conduct, not a report of one act.
	if strings.HasSuffix(d.Tokens[i].Norm, "ing") {
		for k := i - 1; k >= s.First && k >= i-3; k-- {
			switch d.Tokens[k].Norm {
			case "of", "for":
				return true
			case "deliberately", "indiscriminately", "repeatedly", "systematically", "\"", "'":
				continue
			}
			break
		}
	}
	return false
}

// placeAt reports a place mention ending at token i.
func placeAt(ix *index, s text.Sentence, i int) bool {
	for _, a := range within(ix.places, s) {
		if a.end == i+1 {
			return true
		}
	}
	return false
}

// reference reports an act named as the cause or subject of another: "in
// retaliation for a drone attack", "claimed responsibility for the
// attack", "blamed for the Tower 22 attack". The act is told where it
// happened, if at all; its mention here is no new event.
func reference(d *text.Doc, s text.Sentence, i int) bool {
	for k := i - 1; k >= s.First+1 && k >= i-6; k-- {
		n := d.Tokens[k].Norm
		if n == "," || n == ";" || n == "and" || n == "but" {
			return false
		}
		if (n == "for" || n == "to" || n == "over" || n == "into") && referenceWords.has(&d.Tokens[k-1]) {
			return true
		}
	}
	return false
}

// intercepted reports a weapon that was stopped before it struck: "shot
// down 113 drones", "intercepted two missiles". An interception named after
// the weapon ("a rocket ... was intercepted") still reports the launch.
func intercepted(d *text.Doc, s text.Sentence, i int) bool {
	// "shot down a U.S. MQ-9 Reaper drone": a name or a model may stand
	// between the verb and the weapon.
	const reach = 8
	for k := i - 1; k >= s.First && k >= i-reach; k-- {
		n := d.Tokens[k].Norm
		if n == "," || n == ";" {
			return false
		}
		if n == "down" {
			if k-1 >= s.First {
				switch d.Tokens[k-1].Norm {
				case "shot", "shooting", "shoot", "brought", "bringing", "gunned":
					return true
				}
			}
			continue
		}
		if interceptWords.hasWord(n) && (k >= i-4 || n == "downed" || n == "intercepted") {
			return true
		}
	}
	return false
}

// strongIn reports an act (not a casualty) among the triggers found.
func strongIn(fs []found) bool {
	for _, f := range fs {
		if f.trigger.strong {
			return true
		}
	}
	return false
}

// prefaceAct reports an act named after "after" or "following" once the
// sentence has told its own act: "fighters advanced toward the market after
// heavy shelling", "aircraft struck hideouts two days after an attack on
// an army post". The act so named is the news's background, told where it
// is the news.
func prefaceAct(d *text.Doc, s text.Sentence, i int) bool {
	for k := i - 1; k >= s.First && k >= i-4; k-- {
		switch d.Tokens[k].Norm {
		case "after", "following":
			return true
		case ",", ";", "and", "when", "as":
			return false
		}
	}
	return false
}

// defused reports an explosive made safe: "defused 2 IEDs", "dismantled
// a bomb".
func defused(d *text.Doc, s text.Sentence, i int) bool {
	for k := i - 1; k >= s.First && k >= i-4; k-- {
		if defuseWords.has(&d.Tokens[k]) {
			return true
		}
	}
	return false
}

func irrealisBefore(d *text.Doc, s text.Sentence, i int) bool {
	// An infinitive ("vowed to retake", "attempt to storm") has not happened.
	if w := d.Tokens[i].Norm; i-1 >= s.First && d.Tokens[i-1].Norm == "to" &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") {
		// "tried to counterattack near Rabotino and lost up to 80
		// servicemen": an attempt told as made happened, failed or not.
		return !attemptMade(d, s, i-2)
	}
	// Three words back, not counting determiners and the like: "called for
	// an immediate ceasefire".
	for k, words := i-1, 0; k >= s.First && words < 3; k-- {
		n := d.Tokens[k].Norm
		if n == "," || n == ";" {
			return false
		}
		if irrealis.has(&d.Tokens[k]) && !(n == "may" && k+1 < s.Last && d.Tokens[k+1].Kind == text.Number) {
			// "May 25" is the month.
			return true
		}
		if !fillerWord(n) {
			words++
		}
	}
	return false
}

// classify settles the type of context-dependent triggers.
func classify(c *candidate, tr trigger, d *text.Doc, s text.Sentence, in *Input, ix *index, all []found) {
	if tr.class == labelled {
		return
	}
	switch d.Tokens[c.trig].Norm {
	case "gunmen":
		// "troops killed about 30 gunmen": the victims, not an act.
		if wordBefore(d, s, c.trig, 4, casualtyVerbs) {
			c.typ = ""
			return
		}
	case "kidnapped", "abducted":
		// "rescued 136 kidnapped hostages": people freed, not taken.
		if wordBefore(d, s, c.trig, 3, rescueWords) {
			c.typ = ""
			return
		}
	case "hostage", "hostages":
		// "took 250 hostages" is an abduction; "freed 23 hostages" and "the
		// hostages" name people already held.
		// "take Zacatecas hostage", "held the city hostage": a place held
		// is a figure of speech.
		if !wordBefore(d, s, c.trig, 5, takingWords) || wordBefore(d, s, c.trig, 4, rescueWords) ||
			c.trig > s.First && (placeWords.has(&d.Tokens[c.trig-1]) || placeAt(ix, s, c.trig-1)) {
			c.typ = ""
			return
		}
		// "rioted and held guards hostage": hostages held in the course of
		// an act already told are part of it.
		if heldHostage(d, s, c.trig) && fixedActBefore(all, c.trig) {
			c.typ = ""
			return
		}
	}
	// A crowd that acts comes before the act; "opened fire on crowds" is
	// an attack on them.
	crowdActs := crowdIn(d, s.First, c.trig)
	if crowdActs && (tr.class == attack || c.typ == sitrep.Battles || c.sub == subLooting) ||
		tr.class == protest && crowdIn(d, s.First, s.Last) && hasAny(d, s, "stormed", "torched", "burned", "set", "looted", "clashed", "attacked", "ransacked", "vandalised", "vandalized") {
		c.typ, c.sub = sitrep.Riots, subViolentDemo
		return
	}
	// Police firing on a crowd break up a gathering by lethal force,
	// whatever the crowd did: "police opened fire on a crowd that tried
	// to break into an armoury".
	if tr.class == attack && fireWords.has(&d.Tokens[c.trig]) && crowdTarget(d, s, c.trig) &&
		wordBefore(d, s, c.trig, policeReach, securityWords) {
		c.typ, c.sub = sitrep.Protests, subExcessive
		return
	}
	switch tr.class {
	case attack:
		weapon := weaponIn(all, c.trig)
		if weapon == nil && genericAttack.has(&d.Tokens[c.trig]) {
			// "targeted a camp in X with a squadron of drones"
			weapon = weaponAfter(all, c.trig)
			if weapon == nil {
				// "one strike destroyed a depot and another hit a camp":
				// the weapon is the subject told before.
				weapon = weaponBefore(all, c.trig)
			}
		}
		if weapon != nil {
			c.typ, c.sub = weapon.typ, weapon.sub
			return
		}
		if airRaids(d, s, c.trig) {
			c.typ, c.sub = sitrep.ExplosionsRemote, subAirDrone
			return
		}
		if d.Tokens[c.trig].Norm == "struck" {
			// "Russian aviation struck units near X", "the IDF struck
			// militants in a command centre": with no weapon named, what
			// strikes from afar is an air strike.
			c.typ, c.sub = sitrep.ExplosionsRemote, subAirDrone
			return
		}
		// "repelled an attack": someone fought back.
		if wordBefore(d, s, c.trig, 6, repelWords) {
			return
		}
		// The target of an act follows it, first named first.
		civ, mil := firstVictim(d, c.trig+1, s.Last)
		switch {
		case mil:
		case civ:
			c.typ, c.sub = sitrep.ViolenceCivilians, subAttack
		default:
			// The clause names none: the rest of the sentence ("the attack
			// on Pont-Sonde, in the commune of Saint-Marc, ... killed 70
			// people").
			if civ, mil = victims(d, c.trig+1, clauseEnd(d, c.trig, s.Last)); civ && !mil {
				c.typ, c.sub = sitrep.ViolenceCivilians, subAttack
				return
			} else if mil {
				return
			}
			// Nothing named after the act: the victims told before it
			// ("40 civilians were killed when gunmen attacked"), but not an
			// active subject, which is the attacker.
			civ, mil = victims(d, s.First, c.trig)
			if !isPassive(d, s, c.trig) {
				mil = false
			}
			if civ && !mil || !civ && !mil && predatorSubject(d, s, c.trig) {
				// "Bandits kill 14 in Zamfara raid": raiders who prey on
				// people attack them when no armed side is named.
				c.typ, c.sub = sitrep.ViolenceCivilians, subAttack
			} else if !civ && !mil && genericAttack.has(&d.Tokens[c.trig]) {
				// "the ship was hit": a verb this common needs a weapon or
				// a victim to name an act of war, or a strike told just
				// before that it names again ("struck a bulk carrier with
				// a drone boat. The ship was hit ... on Wednesday").
				if st, ok := strikeBefore(d, c.sent); ok {
					c.typ, c.sub = st.typ, st.sub
				} else {
					c.typ = ""
				}
			}
		}
	case casualty:
		if c.trig > s.First && d.Tokens[c.trig-1].Norm == "those" {
			// "six of those killed were herders": the dead of an act
			// already told, described again.
			c.typ = ""
			return
		}
		if wordBefore(d, s, c.trig, 4, intakeWords) || wordAfter(d, s, c.trig, 4, intakeWords) ||
			wordAfter(d, s, c.trig, 3, injuryWords) {
			// "208 of them died of their injuries": a later death from an
			// act already told.
			c.typ = ""
			return
		}
		// "X killed Y" names its victims after the verb; "Y were killed",
		// "Y died" before it.
		// The first victim named after the verb is its object: "killed
		// more than 40 people it accused of spying for the army".
		after := func() (bool, bool) { return firstVictim(d, c.trig+1, min(s.Last, c.trig+12)) }
		before := func() (bool, bool) { return victims(d, s.First, c.trig) }
		active := !isPassive(d, s, c.trig) && activeCasualty.has(&d.Tokens[c.trig])
		first, second := after, before
		if !active {
			first, second = before, after
		}
		civ, mil := first()
		if !civ && !mil {
			civ, mil = second()
			// The subject of an active verb is who killed, not who died.
			if active {
				mil = false
			}
		}
		switch {
		case mil:
			c.typ, c.sub = sitrep.Battles, subArmedClash
		case civ || bodiesFound(d, s, c.trig):
			c.typ, c.sub = sitrep.ViolenceCivilians, subAttack
		default:
			c.typ = ""
		}
	case territory:
		switch territoryObject(d, ix, s, c.trig) {
		case objPeople:
			c.typ, c.sub = sitrep.StrategicDevelopmt, subArrests
			return
		case objNone:
			c.typ = ""
			return
		}
		if len(c.actors) > 0 {
			if e := entityByID(in, c.actors[0]); e != nil && (e.Kind == sitrep.KindStateForce || e.Kind == sitrep.KindGovernment) {
				c.sub = subGovRegains
			}
		}
		if c.place == nil {
			c.typ = ""
		}
	case entering:
		if !unopposed(d, s, c.trig) || c.place == nil {
			c.typ = ""
		}
	case mobAct:
		mobKilling(c, d, s)
	case base:
		// "established their base at the airport"; not "established
		// contact" or "set up checkpoints".
		if !wordAfter(d, s, c.trig, 4, baseWords) {
			c.typ = ""
		}
	case protest:
		// "marched the captives into the bush", "marched them away": people
		// led off under guard, not a march of protest.
		if ledCaptives(d, s, c.trig) {
			c.typ = ""
			return
		}
		// Force is told in the protest's sentence or the next one of its
		// paragraph ("... marched in Bunia. Police fired tear gas to
		// disperse the crowd"); police named in the protest's demands
		// ("the release of colleagues detained by police") are none.
		scope := s
		if n := sentenceAfter(d, s); n != nil && n.Para == s.Para {
			scope.Last = n.Last
		}
		if wordIn(d, scope, dispersalWords) {
			c.sub = subIntervention
			if wordIn(d, scope, lethalWords) {
				c.sub = subExcessive
			}
		}
		if hasAny(d, s, "stones", "rocks", "torched", "burned", "looted", "vandalised", "vandalized", "smashed") &&
			!symbolicBurning(d, s) {
			c.typ, c.sub = sitrep.Riots, subViolentDemo
		}
	}
}

// airRaids reports raids launched with no ground force named: "the enemy
// launched new raids on the area", "carried out two raids on the port".
// Raids made by troops or police ("forces carried out raids in Jenin")
// stay on the ground.
func airRaids(d *text.Doc, s text.Sentence, trig int) bool {
	if n := d.Tokens[trig].Norm; n != "raids" && n != "raid" {
		return false
	}
	launched := false
	for k := trig - 1; k >= s.First && k >= trig-8; k-- {
		n := d.Tokens[k].Norm
		if n == "," || n == ";" {
			break
		}
		if groundWords.hasWord(n) {
			return false
		}
		if k >= trig-3 && launchWords.hasWord(n) {
			launched = true
		}
	}
	return launched
}

// predatorSubject reports raiders named in the clause before trig:
// bandits, kidnappers, gangs.
func predatorSubject(d *text.Doc, s text.Sentence, trig int) bool {
	for k := trig - 1; k >= s.First && k >= trig-8; k-- {
		n := d.Tokens[k].Norm
		if n == ";" || n == ":" {
			return false
		}
		if predatorWords.hasWord(n) {
			return true
		}
	}
	return false
}

// policeReach is how far before a firing verb the police are looked for:
// "police in Imphal East district fired tear gas shells and then opened
// fire on a crowd".
const policeReach = 14

// genericAttack are attack verbs too common to stand alone.
var genericAttack = newWordSet(map[string]bool{"hit": true, "hits": true, "targeted": true, "targeting": true, "shot": true,
	"struck": true, "gunmen": true, "gunfire": true, "aggression": true})

// activeCasualty are casualty words that take their victims as object.
var activeCasualty = newWordSet(map[string]bool{"kill": true, "kills": true, "killed": true, "killing": true, "injuring": true, "wounding": true,
	"eliminated": true, "neutralised": true, "neutralized": true})

type object uint8

const (
	objNone object = iota
	objPlace
	objPeople
)

// territoryObject tells what a capture took: ground ("seized the town",
// "captured Bukavu", "Ugledar was liberated"), people ("captured four
// members of") or a thing ("seized weapons").
func territoryObject(d *text.Doc, ix *index, s text.Sentence, trig int) object {
	end := min(s.Last, trig+9)
	places := within(ix.places, s)
	// The object comes first; a locative ("in Kaya", "near the border")
	// ends it and says where, not what.
	pi := sort.Search(len(places), func(i int) bool { return places[i].tok > trig })
	k := trig + 1
	for ; k < end; k++ {
		for pi < len(places) && places[pi].tok < k {
			pi++
		}
		if pi < len(places) && places[pi].tok == k {
			return objPlace
		}
		n := d.Tokens[k].Norm
		if locative(n) || n == ";" || n == "," || n == "." {
			break
		}
		if placeWords.hasWord(n) && (k+1 >= end || !peopleWords.has(&d.Tokens[k+1])) {
			return objPlace
		}
		if peopleWords.hasWord(n) {
			return objPeople
		}
	}
	// A verb with an object of its own took a thing ("seized weapons");
	// with none, the passive and the nouns name the place before: "Ugledar
	// was liberated", "Bukavu's capture", "the town the army retook".
	if k > trig+1 && k < s.Last {
		return objNone
	}
	start := max(s.First, trig-8)
	for _, a := range places {
		if a.tok >= start && a.tok < trig {
			return objPlace
		}
	}
	for k := start; k < trig; k++ {
		if placeWords.has(&d.Tokens[k]) {
			return objPlace
		}
	}
	return objNone
}

// locative reports the words that end the object of a verb.
func locative(n string) bool {
	switch n {
	case "in", "near", "at", "around", "from", "on", "during",
		"after", "when", "while", "outside", "inside", "across",
		"and", "by":
		return true
	}
	return false
}

// definite reports an act named as already known: "the strike", "the
// deadly attack", "this shelling", not "an attack" or "strikes on".
func definite(d *text.Doc, s text.Sentence, trig int) bool {
	// A verb ("the army repelled") has a subject, not a determiner.
	if w := d.Tokens[trig].Norm; strings.HasSuffix(w, "ed") || w == "fought" || w == "shot" || w == "hit" {
		return false
	}
	for k := trig - 1; k >= s.First && k >= trig-3; k-- {
		t := &d.Tokens[k]
		switch t.Norm {
		case "the", "this", "that", "these", "those":
			return true
		case "-", "'s":
			continue
		}
		if t.Kind != text.Word || t.Norm == "a" || t.Norm == "an" || locative(t.Norm) || t.Norm == "of" {
			return false
		}
	}
	return false
}

// wordAfter reports one of words within n tokens after i, in the same
// clause.
func wordAfter(d *text.Doc, s text.Sentence, i, n int, words wordSet) bool {
	for k := i + 1; k < s.Last && k <= i+n; k++ {
		t := &d.Tokens[k]
		if w := t.Norm; w == ";" || w == "." || w == "," {
			return false
		}
		if words.has(t) {
			return true
		}
	}
	return false
}

// tollUpdate reports a sentence updating a count: "the death toll rose to
// 55 on Wednesday".
func tollUpdate(d *text.Doc, s text.Sentence) bool {
	toll := false
	for i := s.First; i < s.Last; i++ {
		if d.Tokens[i].Norm == "toll" {
			toll = true
			break
		}
	}
	if !toll {
		return false
	}
	for i := s.First; i < s.Last; i++ {
		if updateWords.has(&d.Tokens[i]) {
			return true
		}
	}
	return false
}

// wordBefore reports one of words within n tokens before i, in the same
// clause.
func wordBefore(d *text.Doc, s text.Sentence, i, n int, words wordSet) bool {
	for k := i - 1; k >= s.First && k >= i-n; k-- {
		t := &d.Tokens[k]
		if w := t.Norm; w == ";" || w == "." {
			return false
		}
		if words.has(t) {
			return true
		}
	}
	return false
}

// weaponIn returns the remote-violence trigger near an attack, if any: "a
// drone attack", "an attack with rockets". all holds every trigger of the
// sentence.
func weaponIn(all []found, trig int) *trigger {
	for _, f := range all {
		if f.trigger.typ == sitrep.ExplosionsRemote && f.tok >= trig-4 && f.tok <= trig+6 {
			t := f.trigger
			return &t
		}
	}
	return nil
}

// weaponBefore returns the last remote-violence trigger before trig.
func weaponBefore(all []found, trig int) *trigger {
	var w *trigger
	for _, f := range all {
		if f.trigger.typ == sitrep.ExplosionsRemote && f.tok < trig {
			t := f.trigger
			w = &t
		}
	}
	return w
}

// weaponAfter returns the first remote-violence trigger after trig.
func weaponAfter(all []found, trig int) *trigger {
	for _, f := range all {
		if f.trigger.typ == sitrep.ExplosionsRemote && f.tok > trig {
			t := f.trigger
			return &t
		}
	}
	return nil
}

func crowdIn(d *text.Doc, first, last int) bool {
	for i := first; i < last; i++ {
		if crowdWords.has(&d.Tokens[i]) {
			return true
		}
	}
	return false
}

// firstVictim is the kind of the first victim or target named from first
// on, within the clause: "stormed Rufaa and shot residents in reprisal for
// the defection of a commander of the Shield Forces" targets residents.
func firstVictim(d *text.Doc, first, last int) (civ, mil bool) {
	for i := first; i < last && i < first+victimWindow; i++ {
		n := d.Tokens[i].Norm
		switch n {
		case ";", "after", "because", "while":
			return false, false
		case "that":
			if p := d.Tokens[i-1].Norm; p == "and" || p == "," {
				return false, false
			}
		}
		if civilianWords.has(&d.Tokens[i]) {
			if nearBefore(d, first, i) || fledAfter(d, i, last) {
				// "assaults near the villages of X": where, not whom;
				// "families had fled": driven out, not hit.
				continue
			}
			return true, false
		}
		if militaryWords.has(&d.Tokens[i]) && !storeTank(d, first, i) {
			return false, true
		}
	}
	return false, false
}

// storeTank reports tanks that hold something: "oil tanks", "fuel tanks".
func storeTank(d *text.Doc, first, i int) bool {
	return i > first && (d.Tokens[i].Norm == "tanks" || d.Tokens[i].Norm == "tank") && storedGoods.has(&d.Tokens[i-1])
}

// fledAfter reports people named as fleeing: "many families had fled".
func fledAfter(d *text.Doc, i, last int) bool {
	for k := i + 1; k < last && k <= i+2; k++ {
		if stateWord(d.Tokens[k].Norm) || d.Tokens[k].Norm == "displaced" {
			return true
		}
	}
	return false
}

// nearBefore reports a civilian place named after a preposition of
// vicinity (a determiner may stand between): "near the village", "around
// the market" say where, while "around aid trucks" still names whom.
func nearBefore(d *text.Doc, first, i int) bool {
	if !civilianPlaces.has(&d.Tokens[i]) {
		return false
	}
	for k := i - 1; k >= first && k >= i-2; k-- {
		switch d.Tokens[k].Norm {
		case "near", "around", "outside", "towards", "toward", "nearby":
			return true
		case "the", "a", "an", "two", "several", "neighbouring", "neighboring":
			continue
		}
		return false
	}
	return false
}

// clauseEnd is the token after the clause holding i: a semicolon or a
// reported clause of its own ("and that fighting continued") ends it.
func clauseEnd(d *text.Doc, i, last int) int {
	for k := i + 1; k < last; k++ {
		switch d.Tokens[k].Norm {
		case ";":
			return k
		case "that":
			if p := d.Tokens[k-1].Norm; p == "and" || p == "," {
				return k
			}
		}
	}
	return last
}

// victimWindow is how far after an act its target is looked for.
const victimWindow = 24

func victims(d *text.Doc, first, last int) (civ, mil bool) {
	for i := first; i < last; i++ {
		t := &d.Tokens[i]
		civ = civ || civilianWords.has(t) && !nearBefore(d, first, i) && !fledAfter(d, i, last)
		mil = mil || militaryWords.has(t) && !storeTank(d, first, i)
	}
	return civ, mil
}

// sentenceAfter returns the sentence after s, if any.
func sentenceAfter(d *text.Doc, s text.Sentence) *text.Sentence {
	i := d.SentenceOf(s.First)
	if i+1 < len(d.Sentences) {
		return &d.Sentences[i+1]
	}
	return nil
}

// wordIn reports one of words among the tokens of s.
func wordIn(d *text.Doc, s text.Sentence, words wordSet) bool {
	for i := s.First; i < s.Last; i++ {
		if words.has(&d.Tokens[i]) {
			return true
		}
	}
	return false
}

func hasAny(d *text.Doc, s text.Sentence, words ...string) bool {
	for i := s.First; i < s.Last; i++ {
		for _, w := range words {
			if d.Tokens[i].Norm == w {
				return true
			}
		}
	}
	return false
}

// crowdTarget reports a crowd as the object of a firing verb at trig: "fired
// on a crowd", "opened fire on the protesters", within the same clause.
func crowdTarget(d *text.Doc, s text.Sentence, trig int) bool {
	end := min(s.Last, trig+7)
	for i := trig + 1; i < end; i++ {
		n := d.Tokens[i].Norm
		if n == "," || n == ";" {
			return false
		}
		if crowdWords.hasWord(n) {
			return true
		}
	}
	return false
}

// ledCaptives reports a march verb whose object is the people it leads:
// "marched the captives", "marched them", "marched 12 hostages".
func ledCaptives(d *text.Doc, s text.Sentence, trig int) bool {
	for i := trig + 1; i < s.Last && i <= trig+3; i++ {
		t := &d.Tokens[i]
		switch {
		case captiveWords.has(t):
			return true
		case t.Norm == "the" || t.Norm == "their" || t.Norm == "his" || t.Norm == "her" || t.Kind == text.Number:
			continue
		}
		return false
	}
	return false
}

// attemptMade reports a past attempt at token k: "tried", "attempted".
func attemptMade(d *text.Doc, s text.Sentence, k int) bool {
	if k < s.First {
		return false
	}
	switch d.Tokens[k].Norm {
	case "tried", "attempted":
		return true
	}
	return false
}

// strikeBefore returns the strike told in the sentence before sentence
// si, which a passive "was hit" names again.
func strikeBefore(d *text.Doc, si int) (trigger, bool) {
	if si < 1 {
		return trigger{}, false
	}
	var buf [maxTriggers]found // most sentences name fewer acts: no heap
	for _, f := range appendTriggers(buf[:0], d, d.Sentences[si-1]) {
		if f.trigger.typ == sitrep.ExplosionsRemote && f.trigger.strong {
			return f.trigger, true
		}
	}
	return trigger{}, false
}
