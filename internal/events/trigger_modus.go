package events

import (
	"sitrep"
	"sitrep/internal/text"
)

// retypeByModus types a vague attack by what its initiator does elsewhere
// in the article. "The military had targeted terrorists", "launched new
// raids on the area", "the aggression on the port": wording every side
// uses for its own or its enemy's strikes names no weapon, and typing it
// by its target makes a battle or an attack on civilians of what the
// article tells, by the same initiator, as air strikes or shelling.
func retypeByModus(d *text.Doc, cs []candidate) {
	// The first strike each initiator makes, found in one pass so a long
	// text stays linear.
	var modus map[string]string
	for i := range cs {
		o := &cs[i]
		if o.typ == sitrep.ExplosionsRemote && (o.sub == subAirDrone || o.sub == subShelling) && len(o.actors) > 0 {
			if modus == nil {
				modus = map[string]string{}
			}
			if _, ok := modus[o.actors[0]]; !ok {
				modus[o.actors[0]] = o.sub
			}
		}
	}
	if modus == nil {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.typ == sitrep.ExplosionsRemote || c.typ == "" || len(c.actors) == 0 || !vagueAct(d, c.trig) {
			continue
		}
		if groundRaid(d, c) {
			continue
		}
		if sub, ok := modus[c.actors[0]]; ok {
			c.typ, c.sub = sitrep.ExplosionsRemote, sub
		}
	}
}

// vagueAct reports a trigger that names an attack but not how it was
// made: "targeted", "hit", "raids", "aggression".
func vagueAct(d *text.Doc, i int) bool {
	switch d.Tokens[i].Norm {
	case "targeted", "targeting", "hit", "hits", "raids", "aggression":
		return true
	}
	return false
}

// yieldedGround drops a withdrawal or a surrender told in an article
// that tells a capture: "its troops had withdrawn from their positions",
// "150 soldiers had surrendered with their weapons" is the losing side's
// view of ground taken, which ACLED codes once, as the capture. A
// withdrawal told as a handover or a completed drawdown ("withdrew from
// its camp and handed it over", "completed its withdrawal") is a transfer
// of its own. Who withdrew is not asked: which side lost is what the
// capture says, and a reading by party would code one side's retreat and
// not the other's. The dropped candidate is made weak so its figures join
// the act of its paragraph.
func yieldedGround(d *text.Doc, cs []candidate) {
	captured := false
	for _, c := range cs {
		if c.sub == subNSAOvertakes || c.sub == subGovRegains {
			captured = true
			break
		}
	}
	if !captured {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.sub == subTransfer || c.sub == subChangeGroup && yieldWords.has(&d.Tokens[c.trig]) {
			if !wordIn(d, d.Sentences[c.sent], handoverWords) {
				c.typ, c.strong = "", false
			}
		}
	}
}

// yieldWords are the changes to a group that give ground up.
var yieldWords = newWordSet(map[string]bool{"surrendered": true})

// handoverWords make a withdrawal a transfer agreed or planned.
var handoverWords = newWordSet(map[string]bool{"handed": true, "handing": true, "handover": true, "hand-over": true,
	"completed": true, "completes": true, "schedule": true, "scheduled": true, "drawdown": true})

// retypeHeadlines gives a headline's bare attack the type of the body's
// act at the same place: "Embassies attacked in Kinshasa" over "protesters
// attacked the embassies", "the attack on Pont-Sonde" over "gang members
// killed 70 people there". A headline names the happening in few words;
// with no fighters named as its target, an attack is a battle only by
// default, and the body tells what it was.
func retypeHeadlines(d *text.Doc, cs []candidate) {
	for i := range cs {
		h := &cs[i]
		s := d.Sentences[h.sent]
		if !(h.headline || header(d, s)) || h.typ != sitrep.Battles || triggers[d.Tokens[h.trig].Norm].class != attack {
			continue
		}
		if _, mil := victims(d, s.First, s.Last); mil {
			continue
		}
		for j := range cs {
			b := &cs[j]
			if j == i || b.headline || !b.strong || !near(h.place, b.place, headlineKM) {
				continue
			}
			switch b.typ {
			case sitrep.Riots, sitrep.Protests, sitrep.ViolenceCivilians:
				h.typ, h.sub = b.typ, b.sub
			}
			break
		}
	}
}

// header reports a line that heads what follows rather than telling it: a
// live blog's "17:30 – Embassies attacked in Kinshasa", short and with no
// closing stop.
func header(d *text.Doc, s text.Sentence) bool {
	if s.Last-s.First > headerTokens || s.Last <= s.First {
		return false
	}
	switch d.Tokens[s.Last-1].Norm {
	case ".", "!", "?", "\"", "'":
		return false
	}
	return true
}

// headerTokens is the longest a header line runs.
const headerTokens = 16

// fireInBattle types as a battle the fire one side's weapons make in a
// clash the article tells at that place and day: "TNLA and the military
// clashed on the outskirts of Hsipaw. TNLA said the military attacked its
// positions near Thibaw with drones and artillery"; "militia clashes in
// Zawiya ... Residents reported tank and mortar fire near the refinery".
// ACLED codes the fight once, as an armed clash, whatever arms each side
// used in it. The fire must be told right after the clash, or under a
// headline that names the clash, and on no civilian target.
func fireInBattle(d *text.Doc, cs []candidate) {
	for i := range cs {
		c := &cs[i]
		if c.typ != sitrep.ExplosionsRemote || (c.sub != subShelling && c.sub != subAirDrone) || c.headline {
			continue
		}
		// "shelled villages along the river": fire on people is an act of
		// its own.
		s := d.Sentences[c.sent]
		if civ, _ := victims(d, s.First, s.Last); civ {
			continue
		}
		for j := range cs {
			b := &cs[j]
			if j == i || b.typ != sitrep.Battles || !b.strong || b.date != c.date {
				continue
			}
			if !b.headline && b.sent != c.sent-1 {
				continue
			}
			if b.place != nil && c.place != nil && near(b.place, c.place, fireKM) {
				c.typ, c.sub = sitrep.Battles, subArmedClash
				break
			}
		}
	}
}

// fireKM is how far fire may fall from the clash it is part of.
const fireKM = 10

// groundRaid reports raids told with a ground force before them in the
// sentence: "Israeli forces kill five in Tulkarm camp as West Bank raids
// enter second day". Troops raid on foot, whatever the side's strikes
// elsewhere.
func groundRaid(d *text.Doc, c *candidate) bool {
	if n := d.Tokens[c.trig].Norm; n != "raids" && n != "raid" {
		return false
	}
	s := d.Sentences[c.sent]
	for k := c.trig - 1; k >= s.First && k >= c.trig-groundReach; k-- {
		if n := d.Tokens[k].Norm; groundWords.hasWord(n) && n != "night" && n != "house" && n != "arrest" {
			return true
		}
	}
	return false
}

// groundReach is how far before raids their force is looked for.
const groundReach = 12
