package events

import (
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// claimReach is how many sentences after an act a claim of responsibility
// may follow and still be about it ("Gunmen stormed a police post ... The
// attack was claimed by the TTP").
const claimReach = 3

// farReach bounds the searches that look across the article (a claim that
// names unnamed gunmen, a blame for unattributed attacks): a story tells
// its acts within a few dozen sentences, and the bound keeps a long text
// linear.
const farReach = 40

// claimant returns the force said to have carried out the act told
// in sentence s: the group that claimed it ("A little-known group, X,
// claimed the attack"; "The attack was claimed by X") or that an official
// blamed ("blamed X militants"), in s or in the few sentences after. A
// denial ("No group claimed responsibility") ends the search.
func claimant(in *Input, ix *index, s sentence, reach int) string {
	d := in.Doc
	for si := s.idx; si < len(d.Sentences) && si <= s.idx+reach; si++ {
		t := d.Sentences[si]
		k := ix.claimWord[si]
		if k < 0 {
			continue
		}
		if denied(d, t, k) {
			return ""
		}
		if id := claimedBy(in, ix, sentence{t, si}); id != "" {
			return id
		}
	}
	return ""
}

// denied reports a claim word negated before it: "No group claimed", "Neither
// side has claimed", "has not claimed".
func denied(d *text.Doc, s text.Sentence, k int) bool {
	for i := k - 1; i >= s.First && i >= k-4; i-- {
		switch d.Tokens[i].Norm {
		case "no", "neither", "not", "nobody", "none":
			return true
		}
	}
	return false
}

// claimedBy returns the force a sentence names as claiming or blamed for
// an act: the last group before "claimed responsibility", the group after
// "claimed by", or the group after "blamed".
func claimedBy(in *Input, ix *index, s sentence) string {
	d := in.Doc
	ents := within(ix.ents, s.Sentence)
	if k := claimOfResponsibility(d, s.Sentence); k >= 0 {
		id := ""
		for _, a := range ents {
			if a.tok >= k {
				break
			}
			if g := forceOf(in, &in.Entities[a.idx]); g != "" {
				id = g
			}
		}
		return id
	}
	for i := s.First; i < s.Last; i++ {
		n := d.Tokens[i].Norm
		by := n == "claimed" && i+1 < s.Last && d.Tokens[i+1].Norm == "by"
		if !by && n != "blamed" && n != "blames" {
			continue
		}
		for _, a := range ents {
			if a.tok <= i || a.tok > i+8 || hasClauseBreak(d, i, a.tok) {
				continue
			}
			if g := forceOf(in, &in.Entities[a.idx]); g != "" {
				return g
			}
		}
	}
	return ""
}

// forceOf returns the named force, a state's or a group's, an entity
// is or speaks for: a spokesman's claim is his side's.
func forceOf(in *Input, e *sitrep.Entity) string {
	if e.SpeaksFor != "" && e.Kind != sitrep.KindArmedGroup && e.Kind != sitrep.KindStateForce {
		if sf := entityByID(in, e.SpeaksFor); sf != nil {
			e = sf
		}
	}
	if e.Kind != sitrep.KindArmedGroup && e.Kind != sitrep.KindStateForce || !e.Party || unnamedForce(e) {
		return ""
	}
	return e.ID
}

// unnamedForce reports ACLED's "Unidentified Armed Group (X)": the gunmen
// a claim of responsibility names.
func unnamedForce(e *sitrep.Entity) bool {
	return strings.HasPrefix(e.Name, "Unidentified") || strings.HasPrefix(e.ACLEDName, "Unidentified")
}

// lossWords tell that people died or were hurt.
var lossWords = newWordSet(map[string]bool{
	"killed": true, "wounded": true, "injured": true, "died": true, "dead": true, "martyred": true,
})

// mourner returns the party that, in the act's sentence or the next of its
// paragraph, reports losses among its own: "CSP-PSD stated that 4 of its
// fighters were killed", "the army said two of its soldiers had died".
func mourner(in *Input, ix *index, s sentence) string {
	d := in.Doc
	for si := s.idx; si <= s.idx+1 && si < len(d.Sentences); si++ {
		if d.Sentences[si].Para != s.Para {
			break
		}
		for _, ci := range ix.claims[si] {
			c := &in.Claims[ci]
			if !c.Party || !ownLosses(d, c.Span) {
				continue
			}
			if src := entityByID(in, c.Source); src != nil {
				if id := forceOf(in, src); id != "" {
					return id
				}
			}
		}
	}
	return ""
}

// ownLosses reports claim content telling of the speaker's own dead or
// wounded: "its fighters were killed", "two of our soldiers died".
func ownLosses(d *text.Doc, sp sitrep.Span) bool {
	own := -1
	for i := d.TokenAt(sp[0]); i < len(d.Tokens) && d.Tokens[i].Start < sp[1]; i++ {
		n := d.Tokens[i].Norm
		switch {
		case n == "its" || n == "our" || n == "their":
			own = i
		case own >= 0 && i-own <= 6 && lossWords.hasWord(n) && militaryWords.has(&d.Tokens[own+1]):
			// "its soldiers killed 5 militants" counts the foe's dead.
			if n == "died" || n == "dead" || n == "martyred" || passiveBefore(d, i) {
				return true
			}
		}
	}
	return false
}

// blamedBefore returns the force an earlier sentence blamed for the
// article's attacks ("Drones hit Port Sudan ... as army blames RSF"), for
// an act told later with no initiator of its own ("On Monday, drones
// struck a fuel storage facility").
func blamedBefore(in *Input, ix *index, s sentence) string {
	d := in.Doc
	for si := s.idx - 1; si >= 0 && si >= s.idx-farReach; si-- {
		t := d.Sentences[si]
		if ix.blameWord[si] < 0 {
			continue
		}
		for i := ix.blameWord[si]; i < t.Last; i++ {
			if n := d.Tokens[i].Norm; n != "blamed" && n != "blames" || denied(d, t, i) {
				continue
			}
			for _, a := range within(ix.ents, t) {
				if a.tok <= i || a.tok > i+8 || hasClauseBreak(d, i, a.tok) {
					continue
				}
				if g := forceOf(in, &in.Entities[a.idx]); g != "" {
					return g
				}
			}
		}
	}
	return ""
}

// passiveBefore reports a passive auxiliary just before token i: "were
// killed", "had been wounded".
func passiveBefore(d *text.Doc, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch d.Tokens[k].Norm {
		case "were", "was", "been", "are", "is", "being", "got":
			return true
		}
	}
	return false
}

// claimWords returns, per sentence, the first token of a claim or blame
// word, and of a blame word, or -1, in both, which has two entries per
// sentence.
func claimWords(both []int, d *text.Doc) (claim, blame []int) {
	n := len(d.Sentences)
	claim, blame = both[:n:n], both[n:]
	for si, t := range d.Sentences {
		claim[si], blame[si] = -1, -1
		for i := t.First; i < t.Last; i++ {
			w := d.Tokens[i].Norm
			if len(w) < 6 || w[0] != 'c' && w[0] != 'b' {
				continue // none of the words below: the common case, made cheap
			}
			switch w {
			case "claimed", "claims", "claiming":
				if claim[si] < 0 {
					claim[si] = i
				}
			case "blamed", "blames":
				if claim[si] < 0 {
					claim[si] = i
				}
				blame[si] = i
			default:
				continue
			}
			if blame[si] >= 0 {
				break
			}
		}
	}
	return claim, blame
}
