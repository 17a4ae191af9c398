package actors

import (
	"sort"
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// ruleBare marks a bare force noun ("the army") until finish resolves it
// to a state's forces or drops it.
const ruleBare = "bare"

// bareForces are force nouns that, without a demonym, mean the forces the
// article is about ("the army said", "police arrested").
var bareForces = map[string]bool{
	"army": true, "military": true, "junta": true, "police": true, "troops": true, "soldiers": true,
	"navy": true,
}

// installations are what a force holds: "shelled army positions", "an
// attack on an army post", "drones at the U.S. base" name the force as the
// target, so the force noun (or demonym) before them is a mention of it.
var installations = map[string]bool{
	"base": true, "bases": true, "position": true, "positions": true, "post": true, "posts": true,
	"installation": true, "installations": true, "convoy": true, "convoys": true, "headquarters": true,
	"barracks": true, "camp": true, "camps": true, "checkpoint": true, "checkpoints": true,
	"outpost": true, "outposts": true, "garrison": true,
}

// bareQualifiers before a force head name the forces of the article's state
// without naming the state ("security forces", "government troops",
// "federal forces", "the air force"); bareHeads are those heads.
var bareQualifiers = map[string]bool{
	"security": true, "government": true, "federal": true, "regime": true, "junta": true, "state": true,
	"armed": true, "air": true,
}

var bareHeads = map[string]bool{
	"forces": true, "force": true, "troops": true, "soldiers": true,
}

// bareModifies are nouns a bare force noun modifies rather than names the
// force: "military operations", "police station".
var bareModifies = map[string]bool{
	"operation": true, "operations": true, "vehicle": true, "vehicles": true,
	"equipment": true, "source": true, "sources": true, "analyst": true, "analysts": true, "aid": true,
	"court": true, "courts": true, "campaign": true, "campaigns": true, "offensive": true,
	"target": true, "targets": true, "site": true, "sites": true,
	"station": true, "stations": true,
	"escalation": true, "pressure": true, "presence": true, "action": true, "rule": true, "junta": true,
	"regime": true, "government": true, "council": true, "intelligence": true, "hardware": true,
	"expert": true, "experts": true, "observers": true, "plane": true, "planes": true, "aircraft": true,
	"helicopter": true, "helicopters": true, "truck": true, "trucks": true, "academy": true, "hospital": true, "airport": true, "zone": true, "exercise": true,
	"exercises": true, "drills": true, "parade": true, "spending": true, "budget": true, "service": true,
	"statement": true, "statements": true,
}

// isBarePhrase reports whether name is a qualified force noun the bare
// rule made ("security forces").
func isBarePhrase(name string) bool {
	q, h, ok := strings.Cut(name, " ")
	return ok && bareQualifiers[q] && bareHeads[h]
}

// resolveBare turns each bare force noun into the state force it means:
// for a national institution (army, police) the state whose forces the
// article names most, else the latest state force named before it.
func (r *recognizer) resolveBare() {
	if r.bare == 0 {
		return
	}
	top := r.conflictCountry()
	// "The military said" means the military the article names, when it
	// names one state's forces more than any other's.
	named := [2]*Country{r.namedForce(false), r.namedForce(true)}
	keep := r.out[:0]
	// last is the latest state force named, lastPolice the latest police
	// force: "troops" never means the police named just before.
	var last, lastPolice *Mention
	// policeLast: the latest state force named was a police force, so
	// "security forces" after "Police spokesman X said" are that police.
	policeLast := false
	// sameNoun holds, per force noun, the latest state force named with it
	// ("Ukraine's military said ... The military said": Ukraine's).
	sameNoun := map[string]Mention{}
	for k := range r.out {
		if r.out[k].Rule != ruleBare {
			// Only slots before k are written: m stays r.out[k].
			m := &r.out[k]
			keep = keepAt(keep, r.out, k)
			if m.Kind == sitrep.KindStateForce && strings.HasPrefix(m.ACLED, "Police Forces of") {
				lastPolice, policeLast = &keep[len(keep)-1], true
			} else if m.Kind == sitrep.KindStateForce {
				last, policeLast = &keep[len(keep)-1], false
				if n := r.toks[m.Last-1].Norm; bareForces[n] && m.Last-m.First > 1 && m.Rule != RuleState {
					sameNoun[n] = *m
				}
			}
			continue
		}
		m := r.out[k]
		police := m.Name == "police" || m.Name == "security forces" && policeLast
		unit := !bareForces[m.Name] && !isBarePhrase(m.Name)
		var res *Mention
		pi := 0
		if police {
			pi = 1
		}
		switch {
		case unit && last != nil:
			cp := *last
			res = &cp
		case !unit && sameNoun[m.Name].Last > 0:
			cp := sameNoun[m.Name]
			res = &cp
		case !unit && named[pi] != nil && (m.Name != "troops" && m.Name != "soldiers" || last == nil):
			sf := r.stateForce(named[pi], police)
			res = &sf
		case top != nil && (top.Military != nil || police && top.Police != nil) && (m.Name != "troops" && m.Name != "soldiers" || last == nil):
			sf := r.stateForce(top, police)
			res = &sf
		case last != nil && !police:
			cp := *last
			res = &cp
		case lastPolice != nil && police:
			cp := *lastPolice
			res = &cp
		}
		if res == nil && unit {
			m.Kind, m.Rule = sitrep.KindArmedGroup, RuleOrg // a unit of no state the article names
			keep = append(keep, m)
			continue
		}
		if res == nil {
			// Forces of no state the article settles on stay an unnamed,
			// generic force: still an actor for the other stages.
			m.Rule, m.Generic = RuleGeneric, true
			keep = append(keep, m)
			continue
		}
		res.First, res.Last, res.Span, res.Rule = m.First, m.Last, m.Span, RuleForce
		res.Descriptors, res.SpeaksFor = m.Descriptors, nil
		keep = append(keep, *res)
	}
	r.out = keep
}

// namedForce is the state whose military (or police) the article names
// most by name or demonym, nil when none or two tie.
func (r *recognizer) namedForce(police bool) *Country {
	n := map[string]int{}
	for k := range r.out {
		m := &r.out[k]
		if m.Kind != sitrep.KindStateForce || m.Country == "" || m.Rule == ruleBare || m.Rule == RuleState || m.Generic {
			continue
		}
		if isPolice := strings.HasPrefix(m.ACLED, "Police Forces of"); isPolice != police {
			continue
		}
		n[m.Country]++
	}
	var top string
	best, ties := 0, 0
	for code, c := range n {
		switch {
		case c > best:
			top, best, ties = code, c, 1
		case c == best:
			ties++
		}
	}
	if ties != 1 {
		return nil
	}
	c := r.d.byCode[top]
	if c == nil || (police && c.Police == nil && c.PoliceACLED == "") || (!police && c.Military == nil && c.MilitaryACLED == "") {
		return nil
	}
	return c
}

// conflictCountry is the state whose forces a bare "the army" means: the
// country the article's actors and names point to most, state forces
// counting double; nil when two tie.
func (r *recognizer) conflictCountry() *Country {
	weight := map[string]int{}
	for k := range r.out {
		m := &r.out[k]
		if m.Country == "" || m.Generic || m.Rule == ruleBare || m.Rule == RuleState || len(m.alts) > 0 && !r.altsChosen {
			continue // a form shared by two states' actors votes once it is chosen
		}
		switch m.Kind {
		case sitrep.KindStateForce:
			weight[m.Country] += 2
		case sitrep.KindArmedGroup, sitrep.KindGovernment, sitrep.KindPolitical:
			weight[m.Country]++
		}
	}
	for c, n := range r.votes {
		weight[c.Code] += n
	}
	return r.clearWinner(weight)
}

// victimCountry is the country of the article's unnamed civilians: the one
// its non-state actors and place names point to most. State forces do not
// count: they are as often abroad as at home.
func (r *recognizer) victimCountry() *Country {
	weight := map[string]int{}
	for k := range r.out {
		m := &r.out[k]
		if m.Country == "" || m.Rule == ruleBare || m.Rule == RuleState || m.Rule == RuleForce {
			continue
		}
		switch m.Kind {
		case sitrep.KindArmedGroup, sitrep.KindGovernment, sitrep.KindPolitical, sitrep.KindCivilians:
			weight[m.Country]++
		}
	}
	for c, n := range r.votes {
		weight[c.Code] += n
	}
	return r.clearWinner(weight)
}

// clearWinner is the country with the most weight, or nil on a tie.
func (r *recognizer) clearWinner(weight map[string]int) *Country {
	var top string
	best, ties := 0, 0
	for code, n := range weight {
		switch {
		case n > best:
			top, best, ties = code, n, 1
		case n == best:
			ties++
		}
	}
	if ties != 1 {
		return nil
	}
	return r.d.byCode[top]
}

// finish gives generic groups without a demonym the article's country, when
// one country clearly dominates the names the article uses.
func (r *recognizer) finish() {
	r.chooseAlternatives()
	r.joinUnits()
	r.resolveBare()
	r.mergeMinistries()
	r.formerNames()
	top := r.victimCountry()
	r.localUnnamed(top)
	for k := range r.out {
		m := &r.out[k]
		if !m.Generic || m.Country != "" {
			continue
		}
		// Gunmen take the country of the armed groups named in their
		// own sentence ("suspected Sinaloa Cartel gunmen clashed with
		// ..." in a digest of several countries' events); any group the
		// article's country, else the one named in its sentence. One
		// civilians entity per article: civilians are not split by the
		// home of a group that may be fighting abroad.
		if c := r.sentenceCountry(m.First); c != nil && m.Kind == sitrep.KindArmedGroup {
			m.setCountry(c)
		} else if top != nil {
			m.setCountry(top)
		} else if c := r.nearCountry(m.First); c != nil {
			m.setCountry(c)
		}
	}
}

// leadCountry returns the state a sentence opens with as its setting ("In
// Lebanon, …"), or nil.
func (r *recognizer) leadCountry(k int) *Country {
	si := r.doc.SentenceOf(k)
	if si >= len(r.doc.Sentences) {
		return nil
	}
	f := r.doc.Sentences[si].First
	if f+2 >= k || r.toks[f].Norm != "in" {
		return nil
	}
	for _, v := range r.voteAt {
		if v.tok == f+1 {
			for j := f + 2; j < k; j++ {
				if r.toks[j].Norm == "," {
					return v.c
				}
				if r.toks[j].Kind != text.Word {
					return nil
				}
			}
		}
	}
	return nil
}

// openBracket reports whether tokens [i, j) open a bracket they do not close.
func (r *recognizer) openBracket(i, j int) bool {
	open := false
	for k := i; k < j; k++ {
		switch r.toks[k].Norm {
		case "(":
			open = true
		case ")":
			open = false
		}
	}
	return open
}

// mergeMinistries folds a ministry named by pattern ("the health
// ministry") into the dictionary's ministry of that portfolio the article
// also names ("Gaza Health Ministry"): one body, two ways of naming it.
func (r *recognizer) mergeMinistries() {
	// The governments mentioned, once each in order of first mention, and
	// the answer per portfolio and country: a long text names the same
	// ministry thousands of times, and scanning every mention for each
	// one made this quadratic.
	var govs []*Actor
	seen := map[*Actor]bool{}
	memo := map[string]*Actor{}
	for k := range r.out {
		m := &r.out[k]
		if m.Actor != nil || m.Rule != RuleOrg || !strings.HasPrefix(m.Name, "Ministry of ") {
			continue
		}
		if govs == nil {
			govs = []*Actor{}
			for l := range r.out {
				a := r.out[l].Actor
				if a != nil && !seen[a] && a.Kind == sitrep.KindGovernment && !isStateACLED(a.ACLED) {
					seen[a] = true
					govs = append(govs, a)
				}
			}
		}
		if m.Country == "" {
			if c := r.leadCountry(m.First); c != nil {
				// "In Lebanon, the health ministry said": the
				// sentence is set in that state.
				m.setCountry(c)
			}
		}
		p := text.Fold(strings.TrimPrefix(m.Name, "Ministry of "))
		key := p + "|" + m.Country
		a, done := memo[key]
		if !done {
			for _, g := range govs {
				if m.Country != "" && g.Country != m.Country {
					continue
				}
				if names(g, func(f string) bool {
					return strings.Contains(f, "ministry of "+p) || strings.Contains(f, p+" ministry")
				}) {
					a = g
					break
				}
			}
			if a == nil && m.Country != "" {
				// The state's own ministry the dictionary knows, though
				// the article named it no other way.
				for _, g := range r.d.actors {
					if g.Kind == sitrep.KindGovernment && g.Country == m.Country && !isStateACLED(g.ACLED) && names(g, func(f string) bool {
						return strings.Contains(f, "ministry of "+p) || strings.Contains(f, p+" ministry")
					}) {
						// Later bare mentions ("the health ministry")
						// find it among the article's governments.
						a = g
						if !seen[g] {
							seen[g] = true
							govs = append(govs, g)
						}
						break
					}
				}
			}
			if c := r.d.byCode[m.Country]; a == nil && c != nil && !c.Belligerent && c.Government != nil {
				// A state not at war speaks through its government:
				// "Egypt's Foreign Ministry" is the Egyptian government.
				a = c.Government
			}
			memo[key] = a
		}
		if a != nil {
			m.Actor, m.Name, m.Kind, m.Role, m.Country, m.ACLED = a, a.Name, a.Kind, a.Role, a.Country, a.ACLED
		}
	}
}

// names reports whether any folded name or alias of a satisfies ok.
func names(a *Actor, ok func(string) bool) bool {
	if ok(text.Fold(a.Name)) {
		return true
	}
	for _, al := range a.Aliases {
		if ok(text.Fold(al)) {
			return true
		}
	}
	return false
}

// chooseAlternatives gives a form several countries' actors share to the
// one of the country the article is about.
func (r *recognizer) chooseAlternatives() {
	var top *Country
	var named map[string]int
	done := false
	for k := range r.out {
		m := &r.out[k]
		if len(m.alts) == 0 {
			continue
		}
		if !done {
			top, done = r.conflictCountry(), true
			// Without the conflict's state among the candidates, the
			// countries of the article's unambiguous names decide
			// ("Islamic Resistance" after "Hezbollah" is Lebanon's).
			named = map[string]int{}
			for l := range r.out {
				if o := &r.out[l]; len(o.alts) == 0 && o.Country != "" && o.Rule != RuleState && o.Rule != ruleBare {
					named[o.Country]++
				}
			}
			for c, n := range r.votes {
				named[c.Code] += n
			}
		}
		if top != nil && m.Country == top.Code {
			continue
		}
		var pick *Actor
		best := 0
		for _, a := range m.alts {
			if top != nil && a.Country == top.Code {
				pick = a
				break
			}
			if n := named[a.Country]; n > best {
				pick, best = a, n
			}
		}
		if pick != nil && pick != m.Actor {
			m.Actor, m.Name, m.Kind, m.Role, m.Country, m.ACLED = pick, pick.Name, pick.Kind, pick.Role, pick.Country, pick.ACLED
		}
	}
	r.altsChosen = true
}

// joinUnits makes one mention of a body and its own unit named together
// ("FARC dissidents of the Jaime Martinez front", "the Qassam Brigades of
// Hamas"): the phrase names the unit, the more specific actor, once.
func (r *recognizer) joinUnits() {
	if len(r.out) < 2 {
		return
	}
	keep := r.out[:1]
	for k := 1; k < len(r.out); k++ {
		// b is read before keep's next slot, at most r.out[k] itself,
		// is written.
		a, b := &keep[len(keep)-1], &r.out[k]
		if r.ownUnit(a, b) {
			m := *a
			m.Last, m.Span[1] = b.Last, b.Span[1]
			m.Descriptors = append(a.Descriptors, b.Descriptors...)
			*a = m
			continue
		}
		if armed(a) && armed(b) && a.Actor != b.Actor && !a.Modifier && !b.Modifier && r.ofBetween(a.Last, b.First) {
			unit := b
			switch {
			case r.d.descends(b.Actor, a.Actor):
			case r.d.descends(a.Actor, b.Actor):
				unit = a
			default:
				unit = nil
			}
			if unit != nil {
				m := *unit
				m.First, m.Span[0], m.Last, m.Span[1] = a.First, a.Span[0], b.Last, b.Span[1]
				m.Descriptors = append(a.Descriptors, b.Descriptors...)
				*a = m
				continue
			}
		}
		keep = keepAt(keep, r.out, k)
	}
	r.out = keep
}

// keepAt appends out[k] to keep, the prefix of out it is compacted into
// (len(keep) <= k): where nothing was dropped yet the mention already sits
// in keep's next slot and is not copied onto itself.
func keepAt(keep, out []Mention, k int) []Mention {
	if len(keep) == k {
		return keep[:k+1]
	}
	return append(keep, out[k])
}

// ownUnit reports whether b is a unit the dictionary does not know, named
// as a's own by a possessive ("the ELN's Northeastern War Front", "Hamas's
// Southern Brigade"): the unit is part of the known group, as a state's
// units are part of its forces, so the phrase names the group.
func (r *recognizer) ownUnit(a, b *Mention) bool {
	return a.Actor != nil && a.Actor.Kind == sitrep.KindArmedGroup && !a.Modifier &&
		b.Actor == nil && b.Kind == sitrep.KindArmedGroup && b.Rule == RuleOrg && !b.Generic &&
		b.First == a.Last+1 && r.toks[a.Last].Norm == "'s"
}

// ofBetween reports whether tokens [i, j) are "of" or "of the".
func (r *recognizer) ofBetween(i, j int) bool {
	switch j - i {
	case 1:
		return r.toks[i].Norm == "of"
	case 2:
		return r.toks[i].Norm == "of" && r.toks[i+1].Norm == "the"
	}
	return false
}

// armed reports whether m is a dictionary armed group or state force.
func armed(m *Mention) bool {
	return m.Actor != nil && (m.Actor.Kind == sitrep.KindArmedGroup || m.Actor.Kind == sitrep.KindStateForce)
}

// sentenceCountry is the one country of the non-state groups the sentence
// of token k names, nil when it names none or groups of two countries.
// State forces do not count: they fight abroad as often as at home.
func (r *recognizer) sentenceCountry(k int) *Country {
	si := r.doc.SentenceOf(k)
	if si >= len(r.doc.Sentences) {
		return nil
	}
	sent := r.doc.Sentences[si]
	var code string
	// The mentions are in text order: start at the sentence's first.
	for j := sort.Search(len(r.out), func(j int) bool { return r.out[j].First >= sent.First }); j < len(r.out); j++ {
		m := &r.out[j]
		if m.First >= sent.Last {
			break
		}
		if m.Generic || m.Modifier || m.Country == "" || m.Kind != sitrep.KindArmedGroup {
			continue
		}
		if code != "" && code != m.Country {
			return nil
		}
		code = m.Country
	}
	return r.d.byCode[code]
}

// unnamedRow reports a dictionary row for a country's unnamed armed men
// ("bandits" are Nigeria's in ACLED's coding): its country is the
// dictionary's default, not evidence of the article's.
func unnamedRow(m *Mention) bool {
	return m.Actor != nil && strings.HasPrefix(m.ACLED, unidentifiedGroup+" (")
}

// localUnnamed gives unnamed armed men of a dictionary row the article's
// country when the article is clearly about another one: "armed bandits"
// in the Central African Republic are the CAR's unidentified armed group,
// not Nigeria's bandits.
func (r *recognizer) localUnnamed(top *Country) {
	if top == nil {
		return
	}
	for k := range r.out {
		m := &r.out[k]
		if !unnamedRow(m) || m.Country == top.Code || m.Kind != sitrep.KindArmedGroup {
			continue
		}
		m.Actor, m.Name, m.ACLED, m.Country, m.alts, m.Generic = nil, unidentifiedGroup, "", "", nil, true
		m.setCountry(top)
	}
}
