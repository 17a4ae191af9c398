package events

import (
	"strconv"
	"strings"

	"sitrep"
)

// attach links the claims and counts of the sentence to the candidate.
func attach(c *candidate, in Input, ix index, s sentence) {
	for _, ci := range ix.claims[s.idx] {
		c.claims = append(c.claims, in.Claims[ci].ID)
	}
	for _, ni := range ix.counts[s.idx] {
		c.counts = append(c.counts, in.Counts[ni].ID)
	}
}

// fatalities is ACLED's conservative reading: the lowest killed figure any
// claimant gives for the event.
func fatalities(in Input, ids []string) int {
	best := -1
	for _, id := range ids {
		n, err := strconv.Atoi(strings.TrimPrefix(id, "n"))
		if err != nil || n < 1 || n > len(in.Counts) {
			continue
		}
		if c := in.Counts[n-1]; c.ID == id && c.Status == sitrep.StatusKilled && (best < 0 || int(c.Min) < best) {
			best = int(c.Min)
		}
	}
	return max(best, 0)
}
