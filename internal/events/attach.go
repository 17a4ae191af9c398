package events

import (
	"slices"
	"strconv"
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// attach links to the candidate the counts of its sentence and of the
// figures told right after it ("An airstrike hit the market. Health
// officials said 14 people died."), and the claims that assert the act:
// those whose content holds the trigger or one of its figures.
func attach(c *candidate, in *Input, ix *index, s sentence) {
	// The lists are sized once for every id they may take, not grown one
	// id at a time, and clipped after so that a copy of the candidate
	// never appends into the same array.
	more := followOn(in, ix, s)
	nCounts := 0
	for si := s.idx; si <= s.idx+more; si++ {
		nCounts += len(ix.counts[si])
	}
	nClaims := len(ix.claims[s.idx]) + nCounts
	for _, ci := range ix.claims[s.idx] {
		if inAny(in.Doc, []sitrep.Span{in.Claims[ci].Span}, c.trig) {
			c.claims = addID(c.claims, in.Claims[ci].ID, nClaims)
		}
	}
	link := func(si int) {
		for _, ni := range ix.counts[si] {
			n := &in.Counts[ni]
			c.counts = addID(c.counts, n.ID, nCounts)
			if n.Claim != nil {
				c.claims = addID(c.claims, *n.Claim, nClaims)
			}
		}
	}
	for si := s.idx; si <= s.idx+more; si++ {
		link(si)
	}
	c.claims, c.counts = slices.Clip(c.claims), slices.Clip(c.counts)
}

// addID is union(list, []string{id}), making a missing list with room
// for n ids.
func addID(list []string, id string, n int) []string {
	if slices.Contains(list, id) {
		return list
	}
	if list == nil {
		list = make([]string, 0, n)
	}
	return append(list, id)
}

// followOn returns how many sentences right after s only count what s tells:
// in its paragraph, with a figure, and with neither a time or place of
// their own nor an act of their own, the first such run of at most
// followOnMax. A tally ("47 have died since the war began") counts
// something else.
func followOn(in *Input, ix *index, s sentence) int {
	d := in.Doc
	n := 0
	for k := s.idx + 1; k < len(d.Sentences) && k <= s.idx+followOnMax; k++ {
		t := d.Sentences[k]
		if t.Para != s.Para || len(ix.counts[k]) == 0 || len(within(ix.times, t)) > 0 || len(within(ix.places, t)) > 0 ||
			tallyWords(d, t) || periodTally(d, t) || strongAct(d, t) {
			break
		}
		n++
	}
	return n
}

// followOnMax is how many sentences after an act may count it.
const followOnMax = 2

// strongAct reports a sentence that tells an act of its own, not only its
// toll.
func strongAct(d *text.Doc, s text.Sentence) bool {
	var buf [maxTriggers]found // most sentences name fewer acts: no heap
	for _, f := range appendTriggers(buf[:0], d, s) {
		if f.trigger.strong {
			return true
		}
	}
	return false
}

// fatalities is ACLED's conservative reading: each claimant's headline
// killed figure for the event (its highest, which an update gives), and of
// those the lowest. A part of the dead ("including five children") and a
// running tally ("raising the number of dead since Monday to 630") are no
// claimant's figure for the event.
func fatalities(in *Input, ids []string) int {
	top := map[string]int64{}
	for _, id := range ids {
		n, err := strconv.Atoi(strings.TrimPrefix(id, "n"))
		if err != nil || n < 1 || n > len(in.Counts) {
			continue
		}
		c := in.Counts[n-1]
		if c.ID != id || c.Status != sitrep.StatusKilled || partOrTally(in.Doc, c) {
			continue
		}
		who := ""
		if c.Source != nil {
			who = *c.Source
		}
		top[who] = max(top[who], c.Min)
	}
	best := int64(-1)
	for _, v := range top {
		if best < 0 || v < best {
			best = v
		}
	}
	return int(max(best, 0))
}

// partOrTally reports a figure that counts part of the dead ("including
// five children", "the dead included three children", "eight of the
// dead") or a period's dead ("the number of dead since Monday to 630").
func partOrTally(d *text.Doc, c sitrep.Count) bool {
	if c.Span[1] <= c.Span[0] || c.Span[1] > len(d.Text) {
		return false
	}
	first := d.TokenAt(c.Span[0])
	last := d.TokenAt(c.Span[1] - 1)
	for k := first; k < last && k+1 < len(d.Tokens); k++ {
		if d.Tokens[k].Norm != "of" {
			continue
		}
		// "eight of the dead", "three of them"; "dozens of soldiers" and
		// "two of its soldiers" are whole figures.
		switch n := d.Tokens[k+1].Norm; n {
		case "them", "whom", "those":
			return true
		case "the":
			if k+2 < len(d.Tokens) && deadWords.has(&d.Tokens[k+2]) {
				return true
			}
		}
	}
	for k := first - 1; k >= 0 && k >= first-partWindow; k-- {
		switch d.Tokens[k].Norm {
		case "including", "included", "include", "includes", "among", "since", "total", "overall", "cumulative":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

var deadWords = newWordSet(map[string]bool{"dead": true, "victims": true, "killed": true, "casualties": true, "fatalities": true})

// partWindow is how far before a figure a word may make it a part or a
// tally.
const partWindow = 6
