package events

import "time"

// titleDays is the shortest period a digest's title spans, in days past its
// first.
const titleDays = 2

// periodTitle reports a headline dated by a span of days that the body's
// acts fall in ("Bangladesh: quota reform protests, 16-20 July 2024" over
// notes dated 16, 18 and 19 July): the title of a digest sums its notes up;
// it tells no act of its own.
func periodTitle(cs []candidate, h *candidate) bool {
	if !h.ownTime || h.date == h.end {
		return false
	}
	// An overnight act spans two days; a digest's period is longer.
	if a, b, err := spanDays(h.date, h.end); err != nil || b.Sub(a) < titleDays*24*time.Hour {
		return false
	}
	n := 0
	for j := range cs {
		if c := &cs[j]; !c.headline && c.dateStated && c.date >= h.date && c.end <= h.end {
			n++
		}
	}
	return n >= 2
}
