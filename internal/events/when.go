package events

import (
	"fmt"
	"math"
	"time"

	"sitrep"
	"sitrep/internal/text"
)

// when is the date an act is given.
type when struct {
	date, end string
	precision int
	// stated marks a date the article states (not the published window);
	// own a date taken from a time in the act's own sentence.
	stated, own bool
}

// eventDate takes the time nearest the trigger in its sentence (not a
// dateline's, nor a saying's outside the claim that tells the act), widened
// to the span the sentence gives it; else a day named by reference ("that
// day"); else the days before a saying; a headline takes its lead's day;
// else the latest day stated earlier in the paragraph; else a window ending
// on the published date. An empty date means the sentence tallies or
// recalls rather than tells a happening.
func eventDate(in *Input, ix *index, s sentence, trig, lastTime int) when {
	w := dateOf(in, ix, s, trig, lastTime)
	w.own = len(within(ix.times, s.Sentence)) > 0
	return w
}

func dateOf(in *Input, ix *index, s sentence, trig, lastTime int) when {
	best, bestDist := -1, math.MaxInt
	// When the act is reported inside a claim, a time outside the claim's
	// content dates the saying ("a report issued on November 28 showed"),
	// not the act: it only bounds the act from above.
	content := claimAt(in, ix, s, trig)
	cueTime := -1
	since, sinceTime := false, -1
	// A sentence that tells its act's day first ("On 6 November 2024,
	// police fired ...") keeps it over a later date that names another
	// happening ("the 9 October elections").
	leadDated := false
	for _, a := range within(ix.times, s.Sentence) {
		g := in.Times[a.idx].Granularity
		named := leadDated && namesThing(in.Doc, s.Sentence, a, trig)
		leadDated = leadDated || g == sitrep.GranDay && a.tok < trig
		if g != sitrep.GranDay && g != sitrep.GranWeek && g != sitrep.GranMonth && g != sitrep.GranYear {
			continue
		}
		if datelineTime(in.Doc, s.Sentence, a) {
			// A day named by reference ("earlier that day") is taken as the
			// time stage resolved it; one it left unresolved is counted
			// below from the act told before it.
			continue
		}
		if content != nil && !inAny(in.Doc, []sitrep.Span{*content}, a.tok) && !possessive(in.Doc, a) {
			if g == sitrep.GranDay || g == sitrep.GranWeek {
				cueTime = a.idx
			}
			continue
		}
		if afterAct(in.Doc, s.Sentence, a, trig) || introduces(in.Doc, a, trig) || named {
			continue
		}
		if a.tok > 0 && in.Doc.Tokens[a.tok-1].Norm == "since" {
			since = true
			continue // "since October 7": a tally, not the day of this act
		}
		if in.Doc.Tokens[a.tok].Norm == "since" {
			// "has raged since Monday": when the act began, used only
			// when the sentence has no other time.
			since, sinceTime = true, a.idx
			continue
		}
		dist := a.tok - trig
		if dist < 0 {
			dist = trig - a.end + 1
		}
		if hasClauseBreak(in.Doc, min(a.tok, trig), max(a.tok, trig)) {
			dist += 20
		}
		// A day or week beats a month or year about as near: "on Monday,
		// in the offensive launched in October".
		if g == sitrep.GranMonth || g == sitrep.GranYear {
			dist += 4
		}
		if dist < bestDist {
			best, bestDist = a.idx, dist
		}
	}
	if best < 0 && since && tallies(in.Doc, s.Sentence) {
		// Only a "since" time over a casualty figure: the sentence tallies
		// a period ("47 wounded since Monday"), while "fighting has raged
		// since Monday" still dates the fighting.
		return when{}
	}
	if best < 0 && sinceTime >= 0 {
		if g := in.Times[sinceTime].Granularity; g == sitrep.GranDay || g == sitrep.GranWeek {
			best = sinceTime
		}
	}
	if best < 0 {
		// "Earlier that day", "the next day": a day the story told before.
		if off, ok := anaphoricDay(in.Doc, s.Sentence); ok {
			if a, ok := priorDayAt(in, ix, s.First); ok {
				p := a.idx
				off += chainedOffset(in, ix, a.tok, s)
				if day, err := time.Parse("2006-01-02", in.Times[p].Value); err == nil {
					v := day.AddDate(0, 0, off).Format("2006-01-02")
					return when{date: v, end: v, precision: 1, stated: true}
				}
			}
		}
	}
	if best < 0 && weekend(in.Doc, s.Sentence) {
		sat, sun := weekendBefore(in.Published)
		return when{date: sat, end: sun, precision: 2, stated: true}
	}
	if best < 0 && cueTime >= 0 && in.Times[cueTime].Granularity == sitrep.GranDay {
		said, err := time.Parse("2006-01-02", in.Times[cueTime].Value)
		if err == nil {
			// "The air force said on Monday that strikes had killed
			// scores": the act is the news of the days before the saying.
			return when{date: said.AddDate(0, 0, -saidDays).Format("2006-01-02"), end: said.Format("2006-01-02"), precision: 2}
		}
	}
	if best < 0 && periodTally(in.Doc, s.Sentence) {
		return when{}
	}
	if best >= 0 && in.Times[best].Granularity == sitrep.GranYear && tallies(in.Doc, s.Sentence) {
		// "The country recorded 7,878 violent deaths in 2023": a year's
		// count, not a happening.
		return when{}
	}
	if best >= 0 && sinceClause(in.Doc, s.Sentence, trig, in.Times[best]) {
		return when{}
	}
	if best >= 0 {
		return span(in, ix, s.Sentence, best, timeRange(in.Times[best]))
	}
	if s.Para == 0 && s.idx+1 < len(in.Doc.Sentences) && in.Doc.Sentences[len(in.Doc.Sentences)-1].Para > 0 {
		// A headline tells the happening its lead dates.
		if p := leadDay(in, ix); p >= 0 {
			w := span(in, ix, in.Doc.Sentences[in.Doc.SentenceOf(p)], p, timeRange(in.Times[p]))
			w.stated = false
			return w
		}
	}
	if current(in.Doc, s.Sentence, trig) {
		// "Fighting continues", "over the past day": the days up to the
		// story, not a day told before.
		return when{date: ix.pubStart, end: ix.pubEnd, precision: 2}
	}
	if lastTime >= 0 {
		if g := in.Times[lastTime].Granularity; g == sitrep.GranDay || g == sitrep.GranWeek {
			return timeRange(in.Times[lastTime])
		}
		// "On 22 March, A and B clashed, in breach of the ceasefire agreed
		// in January. B said ...": the paragraph's last day, not a month
		// it recalls.
		if a, ok := priorDayAt(in, ix, s.First); ok && in.Doc.Sentences[in.Doc.SentenceOf(a.tok)].Para == s.Para {
			return timeRange(in.Times[a.idx])
		}
	}
	if tallyWords(in.Doc, s.Sentence) {
		return when{}
	}
	return when{date: ix.pubStart, end: ix.pubEnd, precision: 2}
}

// tallies reports a casualty figure in a sentence.
func tallies(d *text.Doc, s text.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		switch d.Tokens[i].Norm {
		case "killed", "dead", "died", "deaths", "wounded", "injured", "bodies", "casualties", "toll", "received":
			return true
		}
	}
	return false
}

// sinceClause reports an act told in a clause that measures from it: "the
// deadliest day since protests began last week" recalls the protests' start
// as a yardstick; the story tells that start, if at all, on its own.
func sinceClause(d *text.Doc, s text.Sentence, trig int, t sitrep.Time) bool {
	for _, m := range t.Mentions {
		k := d.TokenAt(m[0])
		if k <= trig || k >= s.Last {
			continue
		}
		for i := trig - 1; i >= s.First && i >= trig-sinceReach; i-- {
			n := d.Tokens[i].Norm
			if n == "since" {
				return true
			}
			if n == "," || n == ";" || n == ":" {
				break
			}
		}
	}
	return false
}

// sinceReach is how far before the act "since" may open its clause: "since
// youth-led protests against tax rises began".
const sinceReach = 6

// periodTally reports a sentence that counts over a period it names by
// reference ("during the same period", "so far"), which no earlier time of
// the paragraph dates.
func periodTally(d *text.Doc, s text.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		switch d.Tokens[i].Norm {
		case "period", "tally", "cumulative":
			return true
		case "far":
			if i > s.First && d.Tokens[i-1].Norm == "so" {
				return true
			}
		}
	}
	return false
}

// tallyWords reports a sentence that tallies over a period ("since the
// start of the war", "so far this year") rather than telling one happening.
func tallyWords(d *text.Doc, s text.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		switch d.Tokens[i].Norm {
		case "since", "total", "tally", "overall", "cumulative":
			return true
		}
	}
	return false
}

func timeRange(t sitrep.Time) when {
	switch t.Granularity {
	case sitrep.GranWeek:
		var y, w int
		if _, err := fmtSscanWeek(t.Value, &y, &w); err == nil {
			start := isoWeekStart(y, w)
			return when{date: start.Format("2006-01-02"), end: start.AddDate(0, 0, 6).Format("2006-01-02"), precision: 2, stated: true}
		}
	case sitrep.GranDay:
		end := t.Value
		if t.End != "" {
			end = t.End
		}
		return when{date: t.Value, end: end, precision: 1, stated: true}
	case sitrep.GranMonth:
		if m, err := time.Parse("2006-01", t.Value); err == nil {
			return when{date: m.Format("2006-01-02"), end: m.AddDate(0, 1, -1).Format("2006-01-02"), precision: 3, stated: true}
		}
	case sitrep.GranYear:
		if y, err := time.Parse("2006", t.Value); err == nil {
			return when{date: y.Format("2006-01-02"), end: y.AddDate(1, 0, -1).Format("2006-01-02"), precision: 3, stated: true}
		}
	}
	return when{date: t.Value, end: t.Value, precision: 3, stated: true}
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

// dropBackground removes what the article recalls rather than reports: an
// act dated well before the happenings its lead tells of ("the rebel
// stronghold the army retook in November 2023", "the war began on October
// 7"), and a count over a span of weeks ("between 10 May and 6 June").
func dropBackground(d *text.Doc, cs []candidate, published time.Time) []candidate {
	leadDate(d, cs)
	ref := published.AddDate(0, 0, -1).Format("2006-01-02")
	for _, c := range cs {
		if d.Sentences[c.sent].Para <= leadParas && c.precision == 1 && c.dateStated && c.date < ref {
			ref = c.date
		}
	}
	r, err := time.Parse("2006-01-02", ref)
	if err != nil {
		return cs
	}
	// A month or year is how background is dated; a day long before the
	// lead is an anniversary or a war's start.
	coarse := r.AddDate(0, 0, -backgroundDays).Format("2006-01-02")
	old := r.AddDate(0, 0, -oldDays).Format("2006-01-02")
	out := cs[:0]
	for _, c := range cs {
		if c.precision == 3 && c.end < coarse || c.end < old {
			continue
		}
		// A one-day date spans nothing; parsing is for the rest.
		if c.precision != 1 || c.date == c.end {
			out = append(out, c)
			continue
		}
		if a, b, err := spanDays(c.date, c.end); err == nil && b.Sub(a) > maxSpan {
			continue
		}
		out = append(out, c)
	}
	return out
}

const (
	// leadParas is how many paragraphs open a story: headline, byline,
	// lead.
	leadParas = 2
	// backgroundDays is how long before the lead's happenings an act is
	// recalled rather than reported.
	backgroundDays = 30
	// oldDays is how long before the lead a dated act is history.
	oldDays = 180
	// maxSpan is the longest stated span one happening can cover.
	maxSpan = 7 * 24 * time.Hour
)

func spanDays(a, b string) (time.Time, time.Time, error) {
	x, err := time.Parse("2006-01-02", a)
	if err != nil {
		return x, x, fmt.Errorf("parse date %q: %w", a, err)
	}
	y, err := time.Parse("2006-01-02", b)
	if err != nil {
		return x, y, fmt.Errorf("parse date %q: %w", b, err)
	}
	return x, y, nil
}

// datelineTime reports the date of a dateline ("BEIRUT, Oct 6 —",
// "KANO, Nigeria, March 12 (Reuters) -"): the day the story was filed, not
// the day of what it tells.
func datelineTime(d *text.Doc, s text.Sentence, a anchor) bool {
	if a.tok-s.First > datelineLen || a.tok == s.First || d.Tokens[a.tok-1].Norm != "," {
		return false
	}
	if s.First > 0 && d.Sentences[d.SentenceOf(s.First-1)].Para == s.Para {
		return false // a dateline opens its paragraph
	}
	k := a.end
	if k < s.Last && d.Tokens[k].Norm == "(" {
		// The agency: "(Reuters)", "(AP)", "(Saba)".
		for k < s.Last && k <= a.end+4 && d.Tokens[k].Norm != ")" {
			k++
		}
		k++
	}
	// The dash opens the story's first sentence; a headline's date range
	// ("unrest, 9-10 May 2023") runs on inside its own mention.
	return k+1 < s.Last && (d.Tokens[k].Norm == "-" || d.Tokens[k].Norm == ":") && d.Tokens[k+1].Kind == text.Word
}

// saidDays is how many days before its saying a reported act may lie.
const saidDays = 2

// datelineLen is how many tokens a dateline's place may take before its
// date: "ISLAMABAD/KABUL, March 18".
const datelineLen = 10

// anaphoricDay finds a day named by reference to one told before ("that
// day", "the same night", "the next day", "two days later") and returns its
// offset from that day.
func anaphoricDay(d *text.Doc, s text.Sentence) (int, bool) {
	for i := s.First + 1; i < s.Last; i++ {
		n := d.Tokens[i].Norm
		p := d.Tokens[i-1].Norm
		if (p == "that" || p == "same") && dayParts.hasWord(n) {
			return 0, true
		}
		if n == "day" {
			switch p {
			case "next", "following":
				return 1, true
			case "previous", "preceding":
				return -1, true
			}
			if i+1 < s.Last && p == "the" {
				switch d.Tokens[i+1].Norm {
				case "before":
					return -1, true
				case "after":
					return 1, true
				}
			}
		}
		if (n == "later" || n == "earlier") && (p == "day" || p == "days") && i >= s.First+2 {
			k, ok := smallCount(d.Tokens[i-2].Norm)
			if !ok {
				continue
			}
			if n == "earlier" {
				k = -k
			}
			return k, true
		}
	}
	return 0, false
}

// dayParts are the words a day is referred back to by ("that night").
var dayParts = newWordSet(map[string]bool{"day": true, "night": true, "morning": true, "afternoon": true, "evening": true})

// smallCount reads the count of "a day later", "two days earlier".
func smallCount(w string) (int, bool) {
	for k, n := range []string{"a", "one", "two", "three", "four", "five", "six", "seven"} {
		if w == n {
			return max(k, 1), true
		}
	}
	if len(w) == 1 && w[0] >= '1' && w[0] <= '7' {
		return int(w[0] - '0'), true
	}
	return 0, false
}

// priorDay returns the latest day the story states an act on before token
// tok, leaving out datelines, the starts of tallies ("since Monday") and the
// days of sayings ("said in a report released today").
func priorDay(in *Input, ix *index, tok int) int {
	if a, ok := priorDayAt(in, ix, tok); ok {
		return a.idx
	}
	return -1
}

// priorDayAt is priorDay's mention.
func priorDayAt(in *Input, ix *index, tok int) (anchor, bool) {
	for k := ix.times.at(tok) - 1; k >= 0; k-- {
		a := ix.times.list[k]
		if t := in.Times[a.idx]; t.Granularity != sitrep.GranDay || t.End != "" || !usableDay(in, ix, a) {
			continue
		}
		return a, true
	}
	return anchor{}, false
}

// lastActTime returns the last time of sentence s that may date an act told
// after it in the paragraph (the time anchor's index into in.Times), or -1:
// not a dateline's, nor a tally's start, nor a saying's ("Human Rights Watch
// said today. The killings followed fighting" is not fighting today).
func lastActTime(in *Input, ix *index, s sentence) int {
	ts := within(ix.times, s.Sentence)
	for k := len(ts) - 1; k >= 0; k-- {
		if usableDay(in, ix, ts[k]) {
			return ts[k].idx
		}
	}
	return -1
}

// usableDay reports a time mention that may date an act: not a dateline's,
// nor a tally's start ("since Monday"), nor a saying's day outside its claim.
func usableDay(in *Input, ix *index, a anchor) bool {
	d := in.Doc
	si := d.SentenceOf(a.tok)
	s := d.Sentences[si]
	if datelineTime(d, s, a) || d.Tokens[a.tok].Norm == "since" || a.tok > 0 && d.Tokens[a.tok-1].Norm == "since" {
		return false
	}
	return len(ix.claims[si]) == 0 || claimAt(in, ix, sentence{s, si}, a.tok) != nil || !sayingDay(d, s, a)
}

// sayingDay reports a time outside every claim that dates the saying ("said
// on Monday", "in a statement released today"), not one that dates an act
// whose saying the claims stage left unclaimed ("bombed a town on Friday,
// residents said").
func sayingDay(d *text.Doc, s text.Sentence, a anchor) bool {
	for i := max(s.First, a.tok-sayingReach); i < a.tok; i++ {
		if sayingWords.has(&d.Tokens[i]) {
			return true
		}
	}
	return a.end < s.Last && sayingWords.has(&d.Tokens[a.end])
}

// sayingReach is how many tokens before a time its saying word may lie:
// "said in a report released today".
const sayingReach = 5

// sayingWords tell a saying, a report or its release.
var sayingWords = newWordSet(map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "reported": true, "reports": true,
	"report": true, "announced": true, "statement": true, "released": true, "published": true, "issued": true,
	"added": true, "stated": true, "confirmed": true, "briefing": true, "claimed": true, "denied": true,
})

// afterAct reports a time that dates an earlier act the sentence's own act
// follows ("restored control after Thursday's attacks"): it bounds the act
// from below, it does not date it.
func afterAct(d *text.Doc, s text.Sentence, a anchor, trig int) bool {
	if a.tok <= s.First || trig >= a.tok && trig <= a.end+1 || !possessive(d, a) {
		return false
	}
	switch d.Tokens[a.tok-1].Norm {
	case "after", "following":
		return true
	}
	return false
}

// possessive reports a time that names an act ("Tuesday's explosions"),
// never the day of a saying.
func possessive(d *text.Doc, a anchor) bool {
	return a.end < len(d.Tokens) && d.Tokens[a.end].Norm == "'s"
}

// span widens a day to the span the sentence gives it: "on Saturday and
// Sunday", "last Thursday ... until Saturday", and an "overnight" act, which
// began the evening before the day it is told on.
func span(in *Input, ix *index, s text.Sentence, best int, w when) when {
	t := in.Times[best]
	if t.Granularity != sitrep.GranDay || t.End != "" {
		return w
	}
	d := in.Doc
	var own anchor
	for _, a := range within(ix.times, s) {
		if a.idx == best {
			own = a
			break
		}
	}
	if own.end > own.tok && d.Tokens[own.tok].Norm == "overnight" {
		if v, err := time.Parse("2006-01-02", t.Value); err == nil {
			w.date = v.AddDate(0, 0, -1).Format("2006-01-02")
		}
		return w
	}
	for _, a := range within(ix.times, s) {
		if a.tok < own.end {
			continue
		}
		u := in.Times[a.idx]
		if u.Granularity != sitrep.GranDay || u.End != "" {
			continue
		}
		// The closing day follows the opening one at once ("Saturday and
		// Sunday") or is marked as the end ("until Saturday").
		joined := a.tok == own.end+1 && d.Tokens[own.end].Norm == "and" ||
			a.tok == own.end+2 && d.Tokens[own.end].Norm == "and" && d.Tokens[own.end+1].Norm == "on"
		first, prev := d.Tokens[a.tok].Norm, ""
		if a.tok > 0 {
			prev = d.Tokens[a.tok-1].Norm
		}
		if a.tok > 0 && (first == "until" || first == "till" || first == "through") || joined ||
			prev == "until" || prev == "through" {
			if x, y, err := spanDays(t.Value, u.Value); err == nil && y.After(x) && y.Sub(x) <= maxSpan {
				w.end = u.Value
			}
			break
		}
	}
	return w
}

// current reports an act told as going on at the time of writing
// ("fighting continues", "assaults over the past day").
func current(d *text.Doc, s text.Sentence, trig int) bool {
	for i := s.First; i < s.Last; i++ {
		n := d.Tokens[i].Norm
		switch n {
		case "continues", "continue", "continuing", "ongoing", "persists", "persist":
			if i >= trig-3 && i <= trig+3 {
				return true
			}
		case "day", "hours":
			if i-1 < s.First {
				continue
			}
			p := d.Tokens[i-1].Norm
			if i-2 >= s.First && p == "24" {
				p = d.Tokens[i-2].Norm
			}
			if p == "past" || p == "previous" || p == "last" {
				return true
			}
		}
	}
	return false
}

// leadDay returns the first day the lead states an act on (the time anchor
// index), or -1.
func leadDay(in *Input, ix *index) int {
	d := in.Doc
	for _, a := range ix.times.list {
		si := d.SentenceOf(a.tok)
		s := d.Sentences[si]
		if s.Para == 0 {
			continue
		}
		if s.Para > leadParas {
			break
		}
		t := in.Times[a.idx]
		if t.Granularity != sitrep.GranDay || datelineTime(d, s, a) || d.Tokens[a.tok].Norm == "since" ||
			a.tok > 0 && d.Tokens[a.tok-1].Norm == "since" {
			continue
		}
		if len(ix.claims[si]) > 0 && claimAt(in, ix, sentence{s, si}, a.tok) == nil && !possessive(d, a) {
			continue
		}
		return a.idx
	}
	return -1
}

// leadDate dates an act that neither its sentence nor its paragraph dates
// by the lead's happening of its type, when the lead tells one on a
// stated day: a story told around one happening ("The assailants had first
// attacked a checkpoint") tells its parts without repeating the day.
func leadDate(d *text.Doc, cs []candidate) {
	for i := range cs {
		c := &cs[i]
		cp := d.Sentences[c.sent].Para
		if c.dateStated || c.ownTime || c.headline {
			continue
		}
		if cp <= leadParas {
			// The paragraph right after the lead tells the lead's news in
			// detail ("... killed on Thursday in two attacks. The boat was
			// hit by three rockets near Bamba"): its acts take the day of
			// the lead's first act, whatever their type.
			for j := range cs {
				l := cs[j]
				if d.Sentences[l.sent].Para >= cp {
					break
				}
				if !l.headline && l.dateStated && l.precision == 1 {
					c.date, c.end, c.precision = l.date, l.end, l.precision
					break
				}
			}
			continue
		}
		for j := range cs {
			l := cs[j]
			if d.Sentences[l.sent].Para > leadParas {
				break
			}
			if !l.headline && l.typ == c.typ && l.dateStated && l.precision == 1 {
				c.date, c.end, c.precision = l.date, l.end, l.precision
				break
			}
		}
	}
}

// introduces reports a day told relative to the act it introduces ("on
// Tuesday, a day after the group said it had taken the city"): it dates
// that act alone, not one in a later clause (", while in the capital
// protesters stormed the embassies"), which the sentence's day dates.
func introduces(d *text.Doc, a anchor, trig int) bool {
	if trig < a.end || a.end < 1 {
		return false
	}
	switch d.Tokens[a.end-1].Norm {
	case "after", "before":
		return hasClauseBreak(d, a.end, trig)
	}
	return false
}
