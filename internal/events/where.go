package events

import (
	"math"

	"sitrep"
	"sitrep/internal/text"
)

// eventPlace takes the most specific place nearest the trigger in its
// sentence, else the latest place of the paragraph, else a place named in
// the two sentences before or the one after, else the focus. A place in
// another role in the clause (where the fire came from, where troops
// withdrew to, where a speaker sat) is taken only when the clause names no
// other, and a region gives way to a town inside it named in the same, the
// previous or the next sentences. own reports a place the clause itself
// names: a borrowed place must not keep two mentions of one act apart.
func eventPlace(in *Input, ix *index, s sentence, trig int, typ string, lastPlace int) (ep *sitrep.EventPlace, own bool) {
	best, bestScore, bestRole, bestSited := -1, math.MaxFloat64, false, false
	var bestAt anchor
	as := placesIn(in, ix, s.Sentence)
	for i, a := range as {
		p := in.Places[a.idx]
		if p.Kind == "country" || nested(as, i) {
			continue
		}
		dist := a.tok - trig
		if dist < 0 {
			dist = trig - a.end + 1
		}
		if hasClauseBreak(in.Doc, min(a.tok, trig), max(a.tok, trig)) {
			dist += 20
		}
		// Prefer the precise place when two are about as near: "in the
		// Karari district of Omdurman".
		pen := rolePenalty(in, ix, s.Sentence, a, typ)
		// A note's bracketed location is the act's whatever its role:
		// "rockets fired towards Sderot (Sderot, Southern)".
		site := sited(in, s.Sentence, as, i)
		if site {
			pen = -siteBonus
		}
		score := float64(dist) + math.Log1p(p.PrecisionKM)*2 + pen
		if venue(in, s.Sentence, a, typ) {
			score -= venueBonus
		}
		if p.Kind == "offset" {
			// "a hamlet near Bama, about 25 km north-west of
			// Bobo-Dioulasso": the measured position is the most specific.
			score -= offsetBonus
		}
		if score < bestScore {
			best, bestScore, bestRole, bestAt, bestSited = a.idx, score, pen >= penaltyRole, a, site
		}
	}
	own = best >= 0
	// "In the Dumba community near Baga" with Dumba resolved to a namesake
	// far off: the act is near the reference the story gives.
	if own && !bestRole {
		if b, ok := misresolved(in, ix, s.Sentence, bestAt); ok {
			best, bestAt = b.idx, b
		}
	}
	// "On the road between Gusau and Kaura Namoda": one act, midway.
	if own && !bestRole {
		if ep := midway(in, ix, s.Sentence, bestAt); ep != nil {
			return ep, true
		}
	}
	// "Troops had withdrawn to Sennar to regroup": with only a place in
	// another role, the act happened where the sentences before put it.
	if bestRole {
		if prev := previousPlace(in, ix, s, typ); prev >= 0 {
			best, own = prev, false
		} else if spoken(in, ix, s.Sentence, bestAt) {
			// "The minister, speaking in Kaya, said the enemy targeted
			// civilians": where the speaker sat is never the act's
			// place; the story's, as its headline gives it, is.
			if h := headlinePlace(in, ix); h >= 0 {
				best, own = h, false
			}
		}
	}
	// "Fighting in the city", "a convoy heading to the dam": the clause
	// points back to a place named before, wherever the paragraph ended.
	if best < 0 {
		best = anaphoricPlace(in, ix, s.Sentence)
	}
	if best < 0 {
		best = lastPlace
	}
	// A lead's clause often names its place in the paragraph before or the
	// sentence after ("said its forces captured the command headquarters"
	// after "took full control of Lashio"); the focus, often the dateline's
	// capital, is a last resort.
	// A headline keeps the focus: the body places it when the headline
	// folds into it.
	if best < 0 && s.Para > 0 && s.Para <= leadPlaceParas {
		best = previousPlace(in, ix, s, typ)
	}
	if best < 0 && s.Para > 0 {
		best = nextPlace(in, ix, s, typ)
	}
	if best >= 0 {
		// A note's bracketed admin is as near as the note lets us get:
		// the other towns of its sentence lie elsewhere.
		if !bestSited || best != bestAt.idx {
			best = refine(in, ix, s, trig, typ, best)
		}
		// Many clauses fall back on one place: they share its event place,
		// which nothing changes after it is made.
		if ix.eventPlaces[best] == nil {
			ix.eventPlaces[best] = eventPlaceOf(&in.Places[best])
		}
		return ix.eventPlaces[best], own
	}
	if f := in.Focus; f != nil {
		// A clause naming a town the gazetteer lacks ("regained control
		// of Ngaoundaye") happened elsewhere than the dateline's town:
		// the focus's region is the safer place.
		if unplaced(in, ix, s.Sentence, trig) {
			if r := regionOf(in, f); r != nil {
				if ix.regionPlace == nil {
					ix.regionPlace = eventPlaceOf(r)
				}
				return ix.regionPlace, false
			}
		}
		if ix.focusPlace == nil {
			ix.focusPlace = eventPlaceOf(f)
		}
		return ix.focusPlace, false
	}
	// With no place in the text, fall back to the country named most.
	if country := ix.country; country != nil {
		return &sitrep.EventPlace{Name: country.Name, Lat: country.Lat, Lon: country.Lon,
			PrecisionKM: country.PrecisionKM, Country: country.Country, Place: country.ID}, false
	}
	return nil, false
}

// leadPlaceParas is how far into the story a clause may borrow its place from
// the paragraph before: the opening paragraphs tell one happening, later
// ones turn to others ("In a separate statement, ...").
const leadPlaceParas = 3

// offsetBonus is what a measured position ("40 km south-east of
// Maiduguri") gains over a named place a few tokens nearer the act.
const offsetBonus = 8

// nested reports an anchor inside another of the list: "Maiduguri" in "40
// km south-east of Maiduguri" is the offset's reference, not a place of
// its own.
func nested(as []anchor, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if as[j].tok <= as[i].tok && as[j].end >= as[i].end && as[j].end-as[j].tok > as[i].end-as[i].tok {
			return true
		}
	}
	return false
}

func eventPlaceOf(p *sitrep.Place) *sitrep.EventPlace {
	return &sitrep.EventPlace{Name: p.Name, Lat: p.Lat, Lon: p.Lon, PrecisionKM: p.PrecisionKM,
		Country: p.Country, Admin1: p.Admin1, Place: p.ID}
}

// Role penalties, in tokens of distance: a place in another role loses to
// any place of the clause and wins only over none.
const (
	penaltyRole    = 25
	penaltyContext = 12
)

// rolePenalty scores a place mention that is not where the act happened:
// a destination ("withdrew to Sennar", "on the road to Tokmak"), the origin
// of fire ("a rocket launched from Khan Yunis"), where a speaker sat ("told
// Reuters in Goma"), or the context of another place, in parentheses ("Ber
// (Tombouctou, Tombouctou)") or in an apposition ("Omdurman, Khartoum's
// twin city").
func rolePenalty(in *Input, ix *index, s text.Sentence, a anchor, typ string) float64 {
	d := in.Doc
	k := a.tok - 1
	for k >= s.First && (d.Tokens[k].Norm == "the" || d.Tokens[k].Norm == "city" && k-1 >= s.First && d.Tokens[k-1].Norm == "the") {
		k--
	}
	if k >= s.First {
		switch d.Tokens[k].Norm {
		case "to", "towards", "toward":
			if k-1 < s.First || !nearWords.has(&d.Tokens[k-1]) {
				return penaltyRole
			}
		case "from":
			if typ == sitrep.ExplosionsRemote {
				return penaltyRole
			}
		case "for":
			if departure(d, s, k) {
				return penaltyRole
			}
		}
		if (d.Tokens[k].Norm == "in" || d.Tokens[k].Norm == "from") && k-1 >= s.First && attributive(in, ix, k-1) {
			return penaltyRole
		}
		// "taken to a hospital in Bahir Dar": where the wounded were
		// treated.
		if (d.Tokens[k].Norm == "in" || d.Tokens[k].Norm == "at") && k-1 >= s.First && treatment.has(&d.Tokens[k-1]) {
			return penaltyRole
		}
	}
	if parenthetical(d, s, a.tok) || appositive(in, ix, s, a) {
		return penaltyContext
	}
	return 0
}

// departureWords make "for" a destination: "fled Ngaoundaye for
// Bocaranga", "left the camp for the capital".
var departureWords = newWordSet(map[string]bool{
	"fled": true, "flee": true, "fleeing": true, "flees": true, "left": true, "leaving": true,
	"headed": true, "heading": true, "departed": true, "bound": true, "evacuated": true,
})

// departureReach is how many tokens before "for" a departure verb may
// stand: the place left ("fled the town of X for") sits between.
const departureReach = 5

// departure reports a "for" at k that follows a departure verb in its clause.
func departure(d *text.Doc, s text.Sentence, k int) bool {
	for j := k - 1; j >= s.First && j >= k-departureReach; j-- {
		t := &d.Tokens[j]
		if t.Kind == text.Punct {
			return false
		}
		if departureWords.has(t) {
			return true
		}
	}
	return false
}

// treatment words name where casualties were taken.
var treatment = newWordSet(map[string]bool{"hospital": true, "hospitals": true, "clinic": true, "morgue": true, "treatment": true})

// nearWords make "to" a relation of place, not a destination: "close to".
var nearWords = newWordSet(map[string]bool{"close": true, "next": true, "adjacent": true, "near": true, "closer": true})

// speechWords end the phrase of a speaker before its location: "said in
// Goma", "told reporters in Kinshasa", "a statement from Bamako".
var speechWords = newWordSet(map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "speaking": true, "spoke": true,
	"statement": true, "briefing": true, "conference": true, "interview": true, "reporters": true,
	"journalists": true, "announced": true, "added": true,
})

// attributive reports a token ending a speaker's phrase: a speech word or a
// media outlet's name ("told Reuters").
func attributive(in *Input, ix *index, k int) bool {
	if speechWords.has(&in.Doc.Tokens[k]) {
		return true
	}
	for i := ix.ents.at(k+1) - 1; i >= 0 && ix.ents.list[i].tok >= k-8; i-- {
		if a := ix.ents.list[i]; a.end == k+1 && in.Entities[a.idx].Kind == sitrep.KindMedia {
			return true
		}
	}
	return false
}

// parenthetical reports a token inside a parenthesis of names and commas:
// the admin context ACLED's notes give a location, "Ber (Tombouctou,
// Tombouctou)", "Hodeidah city (Al Hawak, Al Hudaydah)".
func parenthetical(d *text.Doc, s text.Sentence, tok int) bool {
	open := -1
	for k := tok - 1; k >= s.First && k >= tok-8; k-- {
		if n := d.Tokens[k].Norm; n == ")" {
			return false
		} else if n == "(" {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := open + 1; k < s.Last && k <= open+10; k++ {
		switch t := d.Tokens[k]; {
		case t.Norm == ")":
			return k > open+1
		case t.Cap || t.Norm == "," || t.Norm == "-" || t.Norm == "al" || t.Norm == "'":
		default:
			return false
		}
	}
	return false
}

// previousPlace is the latest place in the act's role named in the two
// sentences before; a place that only situates another ("Lashio, the
// largest city in northern Shan state") gives way to it.
func previousPlace(in *Input, ix *index, s sentence, typ string) int {
	d := in.Doc
	for si := s.idx - 1; si >= 0 && si >= s.idx-2; si-- {
		as := placesIn(in, ix, d.Sentences[si])
		ctx := -1
		for k := len(as) - 1; k >= 0; k-- {
			if in.Places[as[k].idx].Kind == "country" || nested(as, k) {
				continue
			}
			switch pen := rolePenalty(in, ix, d.Sentences[si], as[k], typ); {
			case pen == 0:
				return as[k].idx
			case pen < penaltyRole && ctx < 0:
				ctx = as[k].idx
			}
		}
		if ctx >= 0 {
			return ctx
		}
	}
	return -1
}

// nextPlace is the first place in the act's role named in the sentence
// after, within the paragraph.
func nextPlace(in *Input, ix *index, s sentence, typ string) int {
	d := in.Doc
	si := s.idx + 1
	if si >= len(d.Sentences) || d.Sentences[si].Para != s.Para {
		return -1
	}
	as := placesIn(in, ix, d.Sentences[si])
	for k := range as {
		if in.Places[as[k].idx].Kind != "country" && !nested(as, k) && rolePenalty(in, ix, d.Sentences[si], as[k], typ) < penaltyRole {
			return as[k].idx
		}
	}
	return -1
}

// refineKM is the precision from which a place is a region that a town
// inside it, named nearby, makes more specific.
const refineKM = 25

// refine replaces a region by the most specific place inside it named in
// the same sentence (in the act's role), in the two before ("Gezira State"
// after "Wad Madani", "Zamfara" after "Tsafe") or in the one after.
func refine(in *Input, ix *index, s sentence, trig int, typ string, best int) int {
	p := &in.Places[best]
	if p.PrecisionKM < refineKM || p.Kind != "region" && p.Kind != "area" {
		return best
	}
	d := in.Doc
	inside := func(q *sitrep.Place) bool {
		return q.Kind != "country" && q.PrecisionKM*2 <= p.PrecisionKM &&
			haversine(p.Lat, p.Lon, q.Lat, q.Lon) <= p.PrecisionKM
	}
	pick, pickDist := -1, math.MaxInt
	for _, a := range placesIn(in, ix, s.Sentence) {
		if q := &in.Places[a.idx]; inside(q) && rolePenalty(in, ix, s.Sentence, a, typ) == 0 {
			dist := a.tok - trig
			if dist < 0 {
				dist = trig - a.end + 1
			}
			if dist < pickDist {
				pick, pickDist = a.idx, dist
			}
		}
	}
	if pick >= 0 {
		return pick
	}
	for si := s.idx - 1; si >= 0 && si >= s.idx-2; si-- {
		as := placesIn(in, ix, d.Sentences[si])
		for k := len(as) - 1; k >= 0; k-- {
			if q := &in.Places[as[k].idx]; inside(q) && rolePenalty(in, ix, d.Sentences[si], as[k], typ) == 0 {
				return as[k].idx
			}
		}
	}
	// "a raid on a village in the Northwest region. The gunmen entered
	// Bafut": a lead's region gives way to the town the next sentence
	// names, in its paragraph or, when the lead is a paragraph of its own,
	// the one after.
	if si := s.idx + 1; si < len(d.Sentences) && unnamedSettlement(in, ix, s.Sentence, best) && (d.Sentences[si].Para == s.Para ||
		s.Para <= leadPlaceParas && s.idx > 0 && d.Sentences[s.idx-1].Para != s.Para) {
		for _, a := range placesIn(in, ix, d.Sentences[si]) {
			if q := &in.Places[a.idx]; inside(q) && rolePenalty(in, ix, d.Sentences[si], a, typ) == 0 {
				return a.idx
			}
		}
	}
	return best
}

// unnamedSettlement reports a region the sentence names as the home of an
// unnamed village or town ("a village in Cameroon's Northwest region"):
// the story names the settlement next. A bare region ("in northern Mali")
// is the place as the story gives it.
func unnamedSettlement(in *Input, ix *index, s text.Sentence, place int) bool {
	d := in.Doc
	for _, a := range placesIn(in, ix, s) {
		if a.idx != place {
			continue
		}
		for k := a.tok - 1; k > s.First && k >= a.tok-settlementReach; k-- {
			if d.Tokens[k].Norm == "in" && settlementNouns.has(&d.Tokens[k-1]) {
				return true
			}
		}
	}
	return false
}

// settlementReach is how many tokens may stand between "a village in" and
// the region's name: "a village in Cameroon's English-speaking Northwest".
const settlementReach = 6

// settlementNouns name a settlement the story leaves unnamed.
var settlementNouns = newWordSet(map[string]bool{
	"village": true, "villages": true, "town": true, "towns": true, "hamlet": true, "hamlets": true,
	"settlement": true, "settlements": true, "community": true, "communities": true, "locality": true,
})

// connectors may stand between the places of an enumeration.
var connectors = newWordSet(map[string]bool{
	",": true, "and": true, "or": true, "as": true, "well": true, "the": true, "of": true,
	"villages": true, "settlements": true, "towns": true, "areas": true, "near": true, "in": true,
	"at": true, "on": true, "city": true,
})

// splitWords split a toll over the places of a list: "two people killed in
// Myrnohrad and one in Kurakhove".
var splitWords = newWordSet(map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "people": true, "person": true,
	"civilians": true, "others": true, "more": true, "killed": true, "wounded": true, "injured": true, "dead": true,
})

func tally(t text.Token) bool { return t.Kind == text.Number || splitWords.has(&t) }

// coordinated returns the other places listed together with the event's
// place in its sentence, at the same level (no country, region or wide area
// joins a list of villages: "the shores of Lake Chad near Bosso").
func coordinated(in *Input, ix *index, s text.Sentence, ep *sitrep.EventPlace) []int {
	if ep == nil {
		return nil
	}
	// The admin context in parentheses or in an apposition is not a
	// member of the list, nor the reference of a measured position.
	var asBuf [16]anchor
	as := asBuf[:0]
	all := placesIn(in, ix, s)
	for i, a := range all {
		if nested(all, i) {
			continue
		}
		if !parenthetical(in.Doc, s, a.tok) && !appositive(in, ix, s, a) || in.Places[a.idx].ID == ep.Place {
			as = append(as, a)
		}
	}
	at := -1
	for k, a := range as {
		if in.Places[a.idx].ID == ep.Place {
			at = k
			break
		}
	}
	if at < 0 {
		return nil
	}
	kind := in.Places[as[at].idx].Kind
	joined := func(a, b anchor) bool {
		n, listed := 0, false
		for k := a.end; k < b.tok; k++ {
			// The admin context of a place does not break the list: "Al
			// Hudaydah city (Al Hawak, Al Hudaydah) and near Sanaa airport".
			if in.Doc.Tokens[k].Norm == "(" {
				j := k + 1
				for j < b.tok && j < k+10 && in.Doc.Tokens[j].Norm != ")" {
					j++
				}
				if j >= b.tok || in.Doc.Tokens[j].Norm != ")" {
					return false
				}
				k = j
				continue
			}
			t := in.Doc.Tokens[k]
			if n++; n > 6 || !connectors.has(&t) && !tally(t) {
				return false
			}
			listed = listed || t.Norm == "," || t.Norm == "and" || t.Norm == "or" || tally(t)
		}
		// "the Kuwait roundabout in Gaza City", "Lake Chad near Bosso":
		// with no comma, conjunction or tally between them, two places
		// are one place told twice, not a list.
		return listed || a.end == b.tok
	}
	var out []int
	add := func(a anchor) bool {
		p := in.Places[a.idx]
		if p.Kind == "country" || p.Kind != kind && (wide(&p) || wide(&in.Places[as[at].idx])) || p.ID == ep.Place {
			return false
		}
		for _, o := range out {
			if o == a.idx {
				return true
			}
		}
		out = append(out, a.idx)
		return true
	}
	for k := at; k+1 < len(as) && joined(as[k], as[k+1]) && add(as[k+1]); k++ {
	}
	for k := at; k-1 >= 0 && joined(as[k-1], as[k]) && add(as[k-1]); k-- {
	}
	if len(out) > maxTriggers {
		out = out[:maxTriggers]
	}
	return out
}

// wide reports a region, or an area as wide as one: a lake, a desert.
func wide(p *sitrep.Place) bool {
	return p.Kind == "region" || p.Kind == "area" && p.PrecisionKM >= refineKM
}

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dp, dl := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dl/2)*math.Sin(dl/2)
	return 6371 * 2 * math.Asin(math.Sqrt(math.Min(1, a)))
}

// unplacedPreps introduce a place name after the act: "control of X",
// "in X", "near X".
var unplacedPreps = newWordSet(map[string]bool{"of": true, "in": true, "at": true, "near": true, "into": true})

// unplaced reports a capitalised name after the trigger, following a
// place preposition, that is no place, time or entity the stages found:
// most likely a town the gazetteer lacks.
func unplaced(in *Input, ix *index, s text.Sentence, trig int) bool {
	d := in.Doc
	for k := trig + 1; k < s.Last && k < trig+8; k++ {
		t := &d.Tokens[k]
		if t.Kind == text.Punct {
			return false
		}
		if !unplacedPreps.has(t) {
			continue
		}
		n := k + 1
		if n >= s.Last || !d.Tokens[n].Cap || d.Tokens[n].Kind != text.Word {
			continue
		}
		if insideEntity(ix.places, s, n) || insideEntity(ix.times, s, n) || insideEntity(ix.ents, s, n) {
			continue
		}
		return true
	}
	return false
}

// regionOf is the article's region holding place f, if one is named.
func regionOf(in *Input, f *sitrep.Place) *sitrep.Place {
	if f.Admin1 == "" || f.Kind == "region" {
		return nil
	}
	for i := range in.Places {
		if p := &in.Places[i]; p.Kind == "region" && p.Name == f.Admin1 {
			return p
		}
	}
	return nil
}
