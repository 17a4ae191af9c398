package events

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// eventActors orders the forces named in a sentence: the one acting first,
// the one acted on second. A passive "by X" makes X the initiator. Speakers
// (claim sources outside the claim's content) are not actors, unless the
// claim is a party's claim of its own attack.
func eventActors(in *Input, ix *index, s sentence, trig int, strategic bool) []string {
	d := in.Doc
	var contentBuf [4]sitrep.Span
	content := claimContent(in, ix, s, contentBuf[:0])
	trigInContent := len(content) > 0 && inAny(d, content, trig)
	// "said its jets struck Hezbollah, and that artillery had shelled
	// Khiam": each claim tells its own act, with its own parties.
	var own []sitrep.Span
	if trigInContent {
		for _, sp := range content {
			if inAny(d, []sitrep.Span{sp}, trig) {
				own = append(own, sp)
			}
		}
	}
	type act struct {
		id      string
		tok     int
		passive bool
	}
	var actsBuf [8]act
	acts := actsBuf[:0]
	// A sentence names a handful of entities: a slice beats a map.
	var seenBuf [8]string
	seen := seenBuf[:0]
	for _, a := range within(ix.ents, s.Sentence) {
		e := &in.Entities[a.idx]
		if e.Kind == sitrep.KindUN || e.Kind == sitrep.KindNGO {
			if !bystanderActs(d, s.Sentence, a, trig, strategic) {
				continue
			}
		} else if !forceKind(e.Kind) || (e.Kind == sitrep.KindGovernment || e.Kind == sitrep.KindPolitical) && !strategic {
			continue
		}
		// Inside a claim, the parties are those of its content; an act
		// told outside any claim does not take the parties of words said
		// after it ("rioters attacked ..., accusing the mission of failing
		// to stop the M23 advance").
		if len(content) > 0 {
			if said := inAny(d, content, a.tok); trigInContent && !said || !trigInContent && said && a.tok > trig {
				continue
			}
			if len(own) > 0 && !inAny(d, own, a.tok) {
				continue
			}
		}
		// "pounded the southern suburbs, where Hezbollah holds sway": a
		// relative clause after the act describes, it does not take part.
		if a.tok > trig && relativeBetween(d, trig, a.tok) {
			continue
		}
		if slices.Contains(seen, e.ID) {
			continue
		}
		seen = append(seen, e.ID)
		passive := a.tok > trig && a.tok >= 1 && (d.Tokens[a.tok-1].Norm == "by" || (a.tok >= 2 && d.Tokens[a.tok-2].Norm == "by"))
		acts = append(acts, act{e.ID, a.tok, passive})
	}
	slices.SortStableFunc(acts, func(a, b act) int {
		if a.passive != b.passive {
			if a.passive {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.tok, b.tok)
	})
	// "The army and its Russian allies launched an offensive against the
	// rebels": two forces named together before the act are one side, and
	// the side acted on is the first named after it.
	if len(acts) > 2 && acts[0].tok < trig && acts[1].tok < trig && !acts[0].passive && !isPassive(d, s.Sentence, trig) {
		if k := slices.IndexFunc(acts[2:], func(a act) bool { return a.tok > trig && !a.passive }); k >= 0 {
			target := acts[k+2]
			copy(acts[2:k+3], acts[1:k+2])
			acts[1] = target
		}
	}
	var out []string
	if len(acts) > 0 {
		out = make([]string, 0, len(acts)+1)
	}
	for _, a := range acts {
		out = append(out, a.id)
	}
	// "An Israeli airstrike", "Russia's missile attack": the state whose
	// adjective modifies the act is its initiator. A state named after a
	// locative ("strikes on south Lebanon kill", "near Lebanon's Tripoli
	// kills") is where the act fell, and one inside a name ("The Islamic
	// Resistance in Lebanon targeted") belongs to that name.
	if in.StateForce != nil {
		lo := trig - 3
		for k := trig - 1; k >= s.First && k >= lo; k-- {
			if d.Tokens[k].Norm == "'s" || d.Tokens[k].Norm == "-" {
				continue
			}
			// "the American-British aggression launched two raids": a
			// light verb's subject is the act's.
			if lightVerb(d.Tokens[k].Norm) {
				lo = k - 3
				continue
			}
			if !d.Tokens[k].Cap {
				if n := d.Tokens[k].Norm; n == "a" || n == "an" || n == "the" || locative(n) && n != "and" {
					break
				}
				continue
			}
			if insideEntity(ix.ents, s.Sentence, k) || afterLocative(d, s.Sentence, k) {
				break
			}
			// A capitalised word that names no state is a name the state
			// word belongs to ("El Fasher's Saudi Hospital").
			if id, ok := in.StateForce(k); ok && !slices.Contains(seen, id) {
				out = append([]string{id}, out...)
				seen = append(seen, id)
			}
			break
		}
	}
	// "Government artillery also pounded Atareb": the rulers' forces.
	if id := regimeForce(in, s.Sentence, trig); id != "" && !slices.Contains(seen, id) {
		out = append([]string{id}, out...)
		seen = append(seen, id)
	}
	// In the passive ("soldiers were killed") the subject is the target.
	passive := isPassive(d, s.Sentence, trig)
	initiatorKnown := (len(acts) > 0 && acts[0].tok < trig && !passive) || len(out) > len(acts) ||
		(len(acts) > 0 && acts[0].passive)
	// "Gunmen stormed a police post ... The attack was claimed by the TTP":
	// the group that claimed the act, or was blamed for it, carried it
	// out. It stands for the unnamed gunmen the act names, or fills the
	// initiator the act left unnamed.
	if !strategic {
		i := slices.IndexFunc(out, func(id string) bool { e := entityByID(in, id); return e != nil && unnamedForce(e) })
		// Gunmen left unnamed where they act are named by the next claim
		// the article reports, however far: "In the deadliest attack,
		// gunmen blocked the highway ... BLA spokesman Jeeyand Baloch
		// claimed responsibility". farReach bounds the search so a long
		// text stays linear.
		reach := claimReach
		if i >= 0 {
			reach = farReach
		}
		g := claimant(in, ix, s, reach)
		if g == "" && !initiatorKnown && !passive {
			g = blamedBefore(in, ix, s)
		}
		if g != "" && !slices.Contains(seen, g) {
			if i >= 0 {
				out = slices.Delete(out, i, i+1)
			}
			if i >= 0 || !initiatorKnown {
				out = append([]string{g}, out...)
				seen = append(seen, g)
				initiatorKnown = true
			}
		}
	}
	// "The fighters also targeted...": a subject naming a force by its
	// common noun refers back to the force that led the sentences before.
	// A bare "Jihadists killed", "insurgents attacked" is the article's
	// armed group.
	if !initiatorKnown && !passive {
		id := ""
		switch kind, noun := anaphoricSubject(d, s.Sentence, trig); kind {
		case subjectDefinite:
			if id = antecedent(in, ix, s, noun); id == "" {
				id = mainArmedGroup(in)
			}
		case subjectBare:
			id = mainArmedGroup(in)
		}
		if id != "" && !slices.Contains(seen, id) {
			out = append([]string{id}, out...)
			seen = append(seen, id)
			initiatorKnown = true
		}
	}
	// "Boko Haram militants killed 40 farmers ... The farmers were attacked
	// on Sunday near Baga": a passive act with no agent and no armed side
	// re-tells the lead's act, so it is the lead's initiator's.
	if !strategic && !initiatorKnown && passive && !agentNamed(d, s.Sentence, trig) && !armedIn(in, out) {
		if id := leadInitiator(in, ix, s); id != "" && !slices.Contains(seen, id) {
			out = append([]string{id}, out...)
			seen = append(seen, id)
			initiatorKnown = true
		}
	}
	// The speaker acts when its claim's subject points back to it ("Hezbollah
	// said it fired rockets"), and a party reporting an act against another
	// party's forces claims the act.
	for _, ci := range ix.claims[s.idx] {
		c := &in.Claims[ci]
		if !inAny(d, []sitrep.Span{c.Span}, trig) {
			continue
		}
		src := entityByID(in, c.Source)
		if src == nil {
			continue
		}
		// A spokesman or ministry speaks for its force; a force speaking
		// speaks for itself, whatever body it is tied to.
		if src.SpeaksFor != "" && (src.Kind != sitrep.KindStateForce && src.Kind != sitrep.KindArmedGroup) {
			if sf := entityByID(in, src.SpeaksFor); sf != nil {
				src = sf
			}
		}
		if !forceKind(src.Kind) || slices.Contains(seen, src.ID) {
			continue
		}
		if selfReference(d, c.Span) || ownUnit(d, c.Span, trig) || ownOfficers(d, c.Span, trig) {
			out = append([]string{src.ID}, out...)
			seen = append(seen, src.ID)
			continue
		}
		// "a drone struck the police station, wounding two officers, the
		// National Police said": a police force counting hurt officers
		// counts its own; it was struck.
		if !strategic && strings.HasPrefix(src.ACLEDName, "Police Forces") && officersHurt(d, c.Span, trig) {
			out = append(out, src.ID)
			seen = append(seen, src.ID)
			continue
		}
		if len(out) != 1 || !c.Party || initiatorKnown {
			continue
		}
		if other := entityByID(in, out[0]); other != nil && other.Party && other.ID != src.ID {
			out = append([]string{src.ID}, out...)
			seen = append(seen, src.ID)
		}
	}
	if strategic {
		if id := successor(in, ix, s, trig); id != "" && !slices.Contains(seen, id) {
			out = append(out, id)
			seen = append(seen, id)
		}
	}
	// "A FAMa drone strike hit a vehicle. CSP-PSD stated that 4 of its
	// fighters were killed": a party counting its own dead was struck.
	if !strategic {
		if id := mourner(in, ix, s); id != "" && !slices.Contains(seen, id) {
			out = append(out, id)
			seen = append(seen, id)
		}
	}
	if !strategic && len(out) < maxActors {
		if id := installationTarget(in, s.Sentence, trig); id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	// "Protesters breached Parliament. Police fired tear gas": the force
	// that met the crowd, and the body that called it, are sides of this
	// mention, before a headline's mention of the same protest absorbs it.
	if strategic && crowdTrigger(d, s.Sentence, trig) {
		out = crowdControl(in, candidate{sent: s.idx, actors: out})
		if id := organiser(in, ix, s); id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	// "fighting between FAMa, Wagner and the CSP-DPA": a clause names at
	// most a few sides; past three, the rest are bystanders of a list.
	if len(out) > maxActors {
		out = out[:maxActors]
	}
	return out
}

// maxActors is how many forces one clause's act takes.
const maxActors = 3

// lightVerb reports the verbs that carry an act named by its noun: "launched two raids",
// "carried out strikes".
func lightVerb(n string) bool {
	switch n {
	case "launched", "launches", "carried", "carries", "conducted", "conducts",
		"staged", "stages", "mounted", "mounts", "unleashed", "waged":
		return true
	}
	return false
}

// forceNouns name an armed party by its common noun; after "the" they
// refer back to a party already named.
var forceNouns = newWordSet(map[string]bool{
	"fighters": true, "group": true, "rebels": true, "militia": true, "militias": true,
	"militants": true, "insurgents": true, "jihadists": true, "movement": true,
	"organisation": true, "organization": true, "faction": true, "guerrillas": true,
	"paramilitaries": true, "paramilitary": true, "mujahideen": true,
	"terrorists": true, "assailants": true, "attackers": true,
	"gangs": true, "bandits": true, "extremists": true, "separatists": true,
})

// irregularNouns name a non-state force: "the terrorists" after a sentence
// led by the army points back to the army's foe, never to the army.
var irregularNouns = newWordSet(map[string]bool{
	"rebels": true, "militia": true, "militias": true, "militants": true, "insurgents": true,
	"jihadists": true, "guerrillas": true, "mujahideen": true, "terrorists": true,
	"gangs": true, "bandits": true, "extremists": true, "separatists": true,
})

// Kinds of subject naming a force by a common noun.
const (
	subjectNone     = iota
	subjectDefinite // "the fighters", "the group": a party named before
	subjectBare     // "jihadists", "suspected insurgents": a party unnamed
)

// anaphoricSubject reports a subject naming a force by its common noun
// before the trigger, with nothing but modifiers between: "The rebels also
// shelled", "Jihadists killed"; with the kind it returns the noun.
func anaphoricSubject(d *text.Doc, s text.Sentence, trig int) (int, string) {
	for k := trig - 1; k >= s.First && k >= trig-6; k-- {
		n := d.Tokens[k].Norm
		if !forceNouns.hasWord(n) {
			if n == "," || n == "." || n == ";" || n == "-" {
				return subjectNone, ""
			}
			continue
		}
		if k > s.First && d.Tokens[k-1].Norm == "the" {
			return subjectDefinite, n
		}
		// A bare plural opening its clause: "Jihadists killed", "On
		// Monday, insurgents attacked", "suspected militants stormed".
		j := k - 1
		for j >= s.First && (d.Tokens[j].Norm == "suspected" || d.Tokens[j].Norm == "armed" || d.Tokens[j].Norm == "heavily") {
			j--
		}
		if strings.HasSuffix(n, "s") && (j < s.First || d.Tokens[j].Norm == "," || d.Tokens[j].Norm == "-" || d.Tokens[j].Norm == ":") {
			return subjectBare, n
		}
		return subjectNone, ""
	}
	return subjectNone, ""
}

// mainArmedGroup is the non-state armed party the article names most, the
// one an unnamed "jihadists" or "insurgents" most likely belongs to.
func mainArmedGroup(in *Input) string {
	best, n := "", 0
	for i := range in.Entities {
		e := &in.Entities[i]
		if e.Party && e.Kind == sitrep.KindArmedGroup && len(e.Mentions) > n {
			best, n = e.ID, len(e.Mentions)
		}
	}
	return best
}

// antecedent is the force a back-reference points to: the first armed party
// named in the nearest of the two sentences before, as their subject; a
// non-state noun ("the terrorists") points only to a non-state group.
func antecedent(in *Input, ix *index, s sentence, noun string) string {
	irregular := irregularNouns.hasWord(noun)
	for si := s.idx - 1; si >= 0 && si >= s.idx-2; si-- {
		// A new paragraph opens a new scene: its "the fighters" points to
		// no force of the paragraph before.
		if in.Doc.Sentences[si].Para != s.Para {
			break
		}
		for _, a := range within(ix.ents, in.Doc.Sentences[si]) {
			e := &in.Entities[a.idx]
			if !e.Party || e.Kind != sitrep.KindArmedGroup && e.Kind != sitrep.KindStateForce {
				continue
			}
			// "the M23 rebels ... the rebels": a party named with the
			// very noun is its referent, whatever its kind.
			if e.Kind == sitrep.KindArmedGroup || !irregular || a.end < len(in.Doc.Tokens) && in.Doc.Tokens[a.end].Norm == noun {
				return e.ID
			}
		}
	}
	return ""
}

// bystanderActs reports a UN mission or an aid group taking part in the act
// itself rather than reporting it: the object just after the trigger
// ("abducted 3 volunteers of the Red Crescent", "burned vehicles belonging
// to MONUSCO"), or the subject just before a withdrawal or handover
// ("MINUSMA withdrew from its camp").
func bystanderActs(d *text.Doc, s text.Sentence, a anchor, trig int, strategic bool) bool {
	if a.tok > trig {
		return a.tok-trig <= 7 && !hasClauseBreak(d, trig, a.tok) && !speechBetween(d, trig, min(a.end+2, s.Last))
	}
	return strategic && trig-a.end <= 2
}

// speechBetween reports a speech word between two tokens: "killed five,
// UNICEF said" and "according to UNICEF" make UNICEF a source, not a party.
func speechBetween(d *text.Doc, a, b int) bool {
	for k := a; k < b; k++ {
		if speechWords.has(&d.Tokens[k]) || d.Tokens[k].Norm == "according" {
			return true
		}
	}
	return false
}

// relativeBetween reports a relative clause opening between the act and a
// later token: ", where", ", which", ", whose".
func relativeBetween(d *text.Doc, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch d.Tokens[k].Norm {
		case "where", "which", "whose", "who", "whom":
			return d.Tokens[k-1].Norm == ","
		}
	}
	return false
}

// isPassive reports a trigger in the passive voice: "were killed", "was
// shelled", "had been ambushed".
func isPassive(d *text.Doc, s text.Sentence, trig int) bool {
	for k := trig - 1; k >= s.First && k >= trig-3; k-- {
		switch d.Tokens[k].Norm {
		case "was", "were", "been", "being", "is", "are", "got":
			return true
		case "reportedly", "also", "allegedly", "later", "then", "all", "not":
			continue
		}
		return false
	}
	return false
}

// selfReference reports claim content whose subject is the speaker itself:
// "it fired", "its fighters ambushed", "our forces", "they".
func selfReference(d *text.Doc, sp sitrep.Span) bool {
	i := d.TokenAt(sp[0])
	for ; i < len(d.Tokens) && d.Tokens[i].Start < sp[1]; i++ {
		switch d.Tokens[i].Norm {
		case "that", "\"", "'":
			continue
		case "it", "its", "they", "their", "we", "our", "he", "his":
			return true
		}
		return false
	}
	return false
}

// armWord reports the words that name a force's own arms or units without naming the force:
// "the missile force", "artillery", "the air force", "naval forces".
func armWord(n string) bool {
	switch n {
	case "missile", "rocket", "air", "naval", "drone", "drones",
		"force", "forces", "artillery", "navy", "jets", "fighter",
		"warplanes", "aircraft", "units", "unit", "defence", "defences",
		"defense", "defenses", "troops", "batteries", "special":
		return true
	}
	return false
}

// ownUnit reports claim content whose subject is one of the speaker's own
// units, named without a force: "the missile force had targeted Eilat",
// "artillery had shelled Khiam". A unit named with a force ("Israeli
// warplanes") is capitalised and belongs to that force.
func ownUnit(d *text.Doc, sp sitrep.Span, trig int) bool {
	i := d.TokenAt(sp[0])
	for i < len(d.Tokens) && (d.Tokens[i].Norm == "that" || d.Tokens[i].Norm == "the" || d.Tokens[i].Norm == "\"") {
		i++
	}
	n := 0
	for ; i < trig && i < len(d.Tokens) && d.Tokens[i].Start < sp[1]; i++ {
		t := &d.Tokens[i]
		if !armWord(t.Norm) || t.Cap && n > 0 {
			break
		}
		n++
	}
	if n == 0 || n > 3 || !ownBranch(d, i-n, i) {
		return false
	}
	for ; i < trig; i++ {
		switch d.Tokens[i].Norm {
		case "had", "has", "have", "also", "then", "successfully", "been":
			continue
		}
		return false
	}
	return i == trig
}

// branchHeads end a name for a branch of a force; branchWords qualify
// "force" or "unit" into one ("the missile force", "the drone unit").
var (
	branchHeads = newWordSet(map[string]bool{"artillery": true, "navy": true, "defences": true, "defenses": true, "batteries": true})
	branchWords = newWordSet(map[string]bool{"missile": true, "rocket": true, "air": true, "naval": true, "drone": true,
		"defence": true, "defense": true, "special": true, "artillery": true})
)

// ownBranch reports a subject naming a branch of a force, which a
// spokesman names only for his own side: "the missile force", "artillery",
// "air defences". Bare "troops", "forces" or "warplanes" in a party's
// mouth are as often the enemy's ("said warplanes struck the camp").
func ownBranch(d *text.Doc, first, end int) bool {
	head := d.Tokens[end-1].Norm
	if branchHeads.hasWord(head) {
		return true
	}
	if head != "force" && head != "forces" && head != "unit" && head != "units" {
		return false
	}
	for k := first; k < end-1; k++ {
		if branchWords.has(&d.Tokens[k]) {
			return true
		}
	}
	return false
}

func entityByID(in *Input, id string) *sitrep.Entity {
	n, err := strconv.Atoi(strings.TrimPrefix(id, "e"))
	if err == nil && n >= 1 && n <= len(in.Entities) && in.Entities[n-1].ID == id {
		return &in.Entities[n-1]
	}
	for i := range in.Entities {
		if in.Entities[i].ID == id {
			return &in.Entities[i]
		}
	}
	return nil
}

// force is one of the article's armed parties.
type force struct {
	id, country, kind, parent string
	n                         int
	// unnamed marks ACLED's "Unidentified Armed Group (X)": "gunmen".
	unnamed bool
}

// oneSide reports forces all on the side of the first.
func oneSide(fs []force) bool {
	return !slices.ContainsFunc(fs[1:], func(b force) bool { return !sameSide(fs[0], b) })
}

// sameSide reports two forces on one side of a fight: one unit of the
// other ("Volunteers for the Defence of the Homeland" under the army), two
// units of one parent, or two state forces of one country.
func sameSide(a, b force) bool {
	return a.id == b.id || a.parent == b.id || b.parent == a.id || a.parent != "" && a.parent == b.parent ||
		a.kind == sitrep.KindStateForce && b.kind == sitrep.KindStateForce && a.country != "" && a.country == b.country
}

// salientForces lists the article's armed parties, most mentioned first,
// appending them to fs.
func salientForces(fs []force, in *Input) []force {
	for i := range in.Entities {
		e := &in.Entities[i]
		if e.Party && (e.Kind == sitrep.KindStateForce || e.Kind == sitrep.KindArmedGroup) {
			fs = append(fs, force{e.ID, e.Country, e.Kind, e.Parent, len(e.Mentions),
				strings.HasPrefix(e.Name, "Unidentified") || strings.HasPrefix(e.ACLEDName, "Unidentified")})
		}
	}
	slices.SortStableFunc(fs, func(a, b force) int { return cmp.Compare(b.n, a.n) })
	return fs
}

// inferActors completes an act's sides from the article, as a coder would:
// a clash with one named side was fought against the article's other main
// force; a strike or killing with no armed side named is most likely the
// main force's, and a strike on a country's ground by a force of another
// is most likely the foreign one's; a strike by one side across a border
// hits the forces of the country struck. Wire copy often names a side once
// and leaves it implied after.
func inferActors(c candidate, belligerents []force) []string {
	if len(belligerents) == 0 {
		return c.actors
	}
	has := func(id string) bool { return slices.Contains(c.actors, id) }
	switch c.typ {
	case sitrep.Battles:
		// A fight has two sides: a clash with one side named ("the FDS
		// repelled an attack", "the FDS and VDP repelled ...") was fought
		// against the article's main force of another side, not against
		// the named force's own units or allies.
		// A fight names one or two sides: the buffer keeps them off the heap.
		var buf [4]force
		named := buf[:0]
		for _, b := range belligerents {
			if has(b.id) {
				named = append(named, b)
			}
		}
		for len(c.actors) < 2 || len(named) == 0 || oneSide(named) {
			// A named force is a likelier foe than unnamed gunmen.
			pick, unnamed := -1, -1
			for i, b := range belligerents {
				if has(b.id) {
					continue
				}
				if !slices.ContainsFunc(named, func(n force) bool { return sameSide(n, b) }) {
					if b.unnamed {
						if unnamed < 0 {
							unnamed = i
						}
						continue
					}
					pick = i
					break
				}
			}
			// With no force of another side in the article, the clash's
			// foe is unknown: filling it with an ally would invent a
			// fight between units of one side (police against army).
			if pick < 0 {
				pick = unnamed
			}
			if pick < 0 {
				break
			}
			c.actors = append(c.actors, belligerents[pick].id)
			named = append(named, belligerents[pick])
		}
	case sitrep.ExplosionsRemote, sitrep.ViolenceCivilians:
		armed := 0
		for _, b := range belligerents {
			if has(b.id) {
				armed++
			}
		}
		country := ""
		if c.place != nil {
			country = c.place.Country
		}
		// Roadside bombs, landmines and suicide bombers are an armed
		// group's arms, not a state's or a foreign air force's.
		planted := c.sub == subIED || c.sub == subSuicide
		if armed == 0 && planted {
			if i := slices.IndexFunc(belligerents, func(b force) bool { return b.kind == sitrep.KindArmedGroup && !b.unnamed }); i >= 0 {
				c.actors = append([]string{belligerents[i].id}, c.actors...)
				break
			}
		}
		if armed == 0 {
			pick := belligerents[0].id
			// Warplanes and most drones are a state's: an air strike with
			// no side named is the main state force's, not the rebels'.
			if c.sub == subAirDrone && belligerents[0].kind != sitrep.KindStateForce {
				if i := slices.IndexFunc(belligerents, func(b force) bool { return b.kind == sitrep.KindStateForce }); i >= 0 {
					pick = belligerents[i].id
				}
			}
			if c.typ == sitrep.ExplosionsRemote && !planted && country != "" && belligerents[0].country == country {
				for _, b := range belligerents[1:] {
					if b.country != "" && b.country != country {
						pick = b.id
						break
					}
				}
			}
			c.actors = append([]string{pick}, c.actors...)
		} else if armed == 1 && len(c.actors) == 1 && c.typ == sitrep.ExplosionsRemote && country != "" {
			var own string
			for _, b := range belligerents {
				if b.id == c.actors[0] {
					own = b.country
				}
			}
			for _, b := range belligerents {
				if own != "" && own != country && b.country == country && !has(b.id) {
					c.actors = append(c.actors, b.id)
					break
				}
			}
		}
	}
	return c.actors
}

// crowdTrigger reports a protest or riot word at trig: "protesters
// marched", "demonstrated", "rioted".
func crowdTrigger(d *text.Doc, s text.Sentence, trig int) bool {
	tr, ok := triggers[d.Tokens[trig].Norm]
	if trig+1 < s.Last {
		if p, pok := pairs[d.Tokens[trig].Norm][d.Tokens[trig+1].Norm]; pok {
			tr, ok = p, true
		}
	}
	return ok && (tr.class == protest || tr.typ == sitrep.Protests || tr.typ == sitrep.Riots)
}

// crowdSentences is how many sentences after a protest may tell how it was
// met ("Protesters burned tyres. Police fired tear gas.").
const crowdSentences = 2

// interventionWords mark a force acting on a crowd: "Police fired tear gas
// to disperse them", "arrested 5 of the protesters".
var interventionWords = newWordSet(map[string]bool{
	"tear": true, "teargas": true, "disperse": true, "dispersed": true, "dispersing": true,
	"arrested": true, "detained": true, "rounded": true, "beat": true, "baton": true, "batons": true,
	"cannon": true, "rubber": true, "fired": true, "opened": true, "charged": true,
})

// crowdControl adds to a protest or riot the state force that acted on the
// crowd in its sentence or the next two of its paragraph: ACLED codes
// "Police fired tear gas to disperse them" after a march as the protest's
// second side.
func crowdControl(in *Input, c candidate) []string {
	d := in.Doc
	for si := c.sent; si <= c.sent+crowdSentences && si < len(d.Sentences); si++ {
		s := d.Sentences[si]
		if s.Para != d.Sentences[c.sent].Para {
			break
		}
		acting := false
		for k := s.First; k < s.Last && !acting; k++ {
			acting = interventionWords.has(&d.Tokens[k])
		}
		if !acting {
			continue
		}
		for i := range in.Entities {
			e := &in.Entities[i]
			if e.Kind != sitrep.KindStateForce || slices.Contains(c.actors, e.ID) {
				continue
			}
			for _, m := range e.Mentions {
				if m[0] >= s.Start && m[1] <= s.End {
					return append(c.actors, e.ID)
				}
			}
		}
	}
	return c.actors
}

// insideEntity reports whether token k lies within an entity mention that
// starts in sentence s.
func insideEntity(ents anchors, s text.Sentence, k int) bool {
	for _, a := range within(ents, s) {
		if k >= a.tok && k < a.end {
			return true
		}
	}
	return false
}

// afterLocative reports whether the name at token k follows a locative,
// across a direction word ("on south Lebanon", "in northern Syria", "near
// Lebanon's Tripoli"): it says where something happened.
func afterLocative(d *text.Doc, s text.Sentence, k int) bool {
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		n := d.Tokens[j].Norm
		switch {
		case locative(n) && n != "and":
			return true
		case n == "the" || directionWords.hasWord(n):
			continue
		}
		return false
	}
	return false
}

var directionWords = newWordSet(map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"occupied": true,
})

// armedIn reports an armed party among ids.
func armedIn(in *Input, ids []string) bool {
	return slices.ContainsFunc(ids, func(id string) bool {
		e := entityByID(in, id)
		return e != nil && e.Party && (e.Kind == sitrep.KindStateForce || e.Kind == sitrep.KindArmedGroup)
	})
}

// leadInitiator returns the first armed party the article's lead (its
// first sentence naming one, headline included) names as acting, not
// acted on, or "" when s is the lead itself. leadReach bounds the search.
func leadInitiator(in *Input, ix *index, s sentence) string {
	d := in.Doc
	for si := 0; si < s.idx && si < leadReach; si++ {
		sen := d.Sentences[si]
		named := false
		for _, a := range within(ix.ents, sen) {
			e := &in.Entities[a.idx]
			if !e.Party || e.Kind != sitrep.KindStateForce && e.Kind != sitrep.KindArmedGroup {
				continue
			}
			named = true
			if a.tok > sen.First {
				switch d.Tokens[a.tok-1].Norm {
				case "against", "on", "targeting", "at", "with", "near", "by":
					continue
				}
			}
			return e.ID
		}
		if named {
			return ""
		}
	}
	return ""
}

// leadReach is how many opening sentences may hold the lead.
const leadReach = 6

// agentNamed reports a passive act's "by" agent, named or not: "killed by
// stray bullets and looters".
func agentNamed(d *text.Doc, s text.Sentence, trig int) bool {
	for k := trig + 1; k < s.Last && k <= trig+2; k++ {
		if d.Tokens[k].Norm == "by" {
			return true
		}
	}
	return false
}

// ownOfficers reports claim content whose subject is the speaker's officers,
// bare: "the PNH reported that officers had arrested four suspects". A body
// names its own men so; the enemy's come with their side's name.
func ownOfficers(d *text.Doc, sp sitrep.Span, trig int) bool {
	i := d.TokenAt(sp[0])
	for i < len(d.Tokens) && (d.Tokens[i].Norm == "that" || d.Tokens[i].Norm == "\"") {
		i++
	}
	if i >= trig || d.Tokens[i].Start >= sp[1] {
		return false
	}
	switch d.Tokens[i].Norm {
	case "officers", "policemen", "agents":
	default:
		return false
	}
	for i++; i < trig; i++ {
		switch d.Tokens[i].Norm {
		case "had", "has", "have", "also", "then", "successfully":
			continue
		}
		return false
	}
	return true
}

// officersHurt reports claim content that, after the act, counts officers
// it killed or wounded: ", wounding two officers", "killing three policemen".
func officersHurt(d *text.Doc, sp sitrep.Span, trig int) bool {
	for i := trig + 1; i < len(d.Tokens) && d.Tokens[i].Start < sp[1]; i++ {
		switch d.Tokens[i].Norm {
		case "wounding", "killing", "injuring":
		default:
			continue
		}
		for k := i + 1; k <= i+3 && k < len(d.Tokens) && d.Tokens[k].Start < sp[1]; k++ {
			if n := d.Tokens[k].Norm; n == "officers" || n == "policemen" || n == "officer" || n == "policeman" {
				return true
			}
			if d.Tokens[k].Cap {
				break
			}
		}
	}
	return false
}
