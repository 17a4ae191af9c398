package events

import (
	"math"
	"time"

	"sitrep"
	"sitrep/internal/text"
)

// eventDate takes the time nearest the trigger in its sentence, else the
// latest time stated earlier in the paragraph, else a window ending on the
// published date at week precision.
func eventDate(in Input, ix index, s sentence, trig, lastTime int) (date, end string, precision int, stated bool) {
	best, bestDist := -1, math.MaxInt
	// When the act is reported inside a claim, a time outside the claim's
	// content dates the saying ("a report issued on November 28 showed"),
	// not the act: it only bounds the act from above.
	content := claimAt(in, ix, s, trig)
	cueTime := -1
	for _, a := range within(ix.times, s.Sentence) {
		if g := in.Times[a.idx].Granularity; g != sitrep.GranDay && g != sitrep.GranWeek {
			continue
		}
		if content != nil && !inAny(in.Doc, []sitrep.Span{*content}, a.tok) {
			cueTime = a.idx
			continue
		}
		if a.tok > 0 && in.Doc.Tokens[a.tok-1].Norm == "since" {
			continue // "since October 7": a tally, not the day of this act
		}
		dist := a.tok - trig
		if dist < 0 {
			dist = trig - a.end + 1
		}
		if hasClauseBreak(in.Doc, min(a.tok, trig), max(a.tok, trig)) {
			dist += 20
		}
		if dist < bestDist {
			best, bestDist = a.idx, dist
		}
	}
	if best < 0 && cueTime >= 0 && in.Times[cueTime].Granularity == sitrep.GranDay {
		said, err := time.Parse("2006-01-02", in.Times[cueTime].Value)
		if err == nil {
			return said.AddDate(0, 0, -1).Format("2006-01-02"), said.Format("2006-01-02"), 2, false
		}
	}
	if best < 0 && lastTime >= 0 {
		if g := in.Times[lastTime].Granularity; g == sitrep.GranDay || g == sitrep.GranWeek {
			best = lastTime
		}
	}
	if best >= 0 {
		t := in.Times[best]
		return timeRange(t)
	}
	if cumulative(in.Doc, s.Sentence) {
		return "", "", 0, false
	}
	return ix.pubStart, ix.pubEnd, 2, false
}

// cumulative reports a sentence that tallies over a period ("since the
// start of the war", "so far this year") rather than telling one happening.
func cumulative(d *text.Doc, s text.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		switch d.Tokens[i].Norm {
		case "since", "total", "tally", "overall", "cumulative":
			return true
		}
	}
	return false
}

func timeRange(t sitrep.Time) (string, string, int, bool) {
	switch t.Granularity {
	case sitrep.GranWeek:
		var y, w int
		if _, err := fmtSscanWeek(t.Value, &y, &w); err == nil {
			start := isoWeekStart(y, w)
			return start.Format("2006-01-02"), start.AddDate(0, 0, 6).Format("2006-01-02"), 2, true
		}
	case sitrep.GranDay:
		end := t.Value
		if t.End != "" {
			end = t.End
		}
		return t.Value, end, 1, true
	}
	return t.Value, t.Value, 3, true
}

func hasClauseBreak(d *text.Doc, a, b int) bool {
	for k := a; k < b; k++ {
		n := d.Tokens[k].Norm
		if n == ";" || (n == "," && k+1 < len(d.Tokens) && (d.Tokens[k+1].Norm == "and" || d.Tokens[k+1].Norm == "while" || d.Tokens[k+1].Norm == "but")) {
			return true
		}
	}
	return false
}
