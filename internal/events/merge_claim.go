package events

import "slices"

// restateSentences is how far after an act a party's claim of it may come.
const restateSentences = 2

// restates reports a claim that tells again the act just told by one of its
// parties, with no time or place of its own: "a drone launched by the ELN
// struck the base in Saravena on Tuesday. The ELN said it had attacked 'an
// enemy position'". The claim's words type the act loosely; it is no second
// happening.
func restates(o, c *candidate) bool {
	if len(c.claims) == 0 || c.ownTime || c.placeOwn || o.headline || c.headline || c.typ == o.typ ||
		c.sent <= o.sent || c.sent-o.sent > restateSentences {
		return false
	}
	for _, a := range c.actors {
		if slices.Contains(o.actors, a) {
			return true
		}
	}
	return false
}
