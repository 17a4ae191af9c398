package events

import "sitrep/internal/text"

// siteBonus is what the place an ACLED-style note locates by its admin
// context gains over every other place of the sentence: in "kidnapped
// passengers travelling from Kumbo to Bamenda in Ndop (Ngo-Ketunjia,
// North-West)" the act is in Ndop, however near the trigger the others are.
const siteBonus = 30

// sited reports a place mention that a note gives as the act's location: the
// place right before a parenthesis of admin names ("Bahir Dar (Bahir Dar,
// Amhara)", "10 km east of Mokha (Al Makha, Ta'izz)"), or the first place
// inside such a parenthesis when the name before it is not a place the
// gazetteer knows ("Quiterajo (Macomia, Cabo Delgado)") or resolved to a
// namesake far outside the admin ("Rampura (Dhaka)" read as a city 200 km
// away): the admin is then the nearest the note lets us get.
func sited(in *Input, s text.Sentence, as []anchor, i int) bool {
	d := in.Doc
	a := as[i]
	if end := siteEnd(d, s, a); end < s.Last && d.Tokens[end].Norm == "(" {
		return aroundIt(in, s, as, i)
	}
	// "the Kuwait roundabout in Gaza City (Gaza City, Gaza Strip)": the
	// note names a spot inside its place.
	if i+1 < len(as) && a.end+1 == as[i+1].tok && a.end < s.Last && inOf.has(&d.Tokens[a.end]) {
		b := as[i+1]
		if end := siteEnd(d, s, b); end < s.Last && d.Tokens[end].Norm == "(" && aroundIt(in, s, as, i+1) {
			p, q := &in.Places[a.idx], &in.Places[b.idx]
			return haversine(p.Lat, p.Lon, q.Lat, q.Lon) <= q.PrecisionKM*2+holdsSlackKM
		}
	}
	if !parenthetical(d, s, a.tok) {
		return false
	}
	open := a.tok - 1
	for d.Tokens[open].Norm != "(" {
		open--
	}
	if open <= s.First || i > 0 && as[i-1].tok > open {
		return false // not the first place of the parenthesis
	}
	name := open
	if siteNouns.has(&d.Tokens[name-1]) {
		name--
	}
	if name <= s.First || d.Tokens[name-1].Kind != text.Word || !d.Tokens[name-1].Cap {
		return false
	}
	for j := i - 1; j >= 0 && as[j].end >= name; j-- {
		if as[j].end == name {
			return !aroundIt(in, s, as, j)
		}
	}
	return true
}

// aroundIt reports whether the parenthesis after place mention i names a
// place that lies around it; a parenthesis naming no place ("Bangladesh
// Television (BTV)") says nothing of where the act was.
func aroundIt(in *Input, s text.Sentence, as []anchor, i int) bool {
	d := in.Doc
	a := as[i]
	end := siteEnd(d, s, a)
	if !parenthetical(d, s, end+1) {
		return false
	}
	p := &in.Places[a.idx]
	for _, b := range as[i+1:] {
		if b.tok > end+paren || !parenthetical(d, s, b.tok) {
			break
		}
		q := &in.Places[b.idx]
		if haversine(p.Lat, p.Lon, q.Lat, q.Lon) <= q.PrecisionKM*adminReach+adminSlackKM {
			return true
		}
	}
	return false
}

// An admin unit's gazetteer radius is rough and its seat may resolve to the
// town alone ("Oicha (Beni, North Kivu)" with Beni the city), so a place
// lies around a named admin unless it is far past any plausible district:
// a namesake read in another province.
const (
	adminReach   = 3
	adminSlackKM = 100
)

// paren is how many tokens a parenthesis of admin names may run.
const paren = 10

// inOf join a spot to the place holding it: "the X roundabout in Gaza
// City", "the Al-Rawdah neighbourhood of Taiz city".
var inOf = newWordSet(map[string]bool{"in": true, "of": true})

// siteNouns may follow a note's place before its admin: "Hodeidah city (Al
// Hawak, Al Hudaydah)", "Hlaing Tharyar township (Yangon)".
var siteNouns = newWordSet(map[string]bool{
	"city": true, "town": true, "village": true, "township": true, "district": true, "camp": true,
	"area": true, "neighbourhood": true, "neighborhood": true, "municipality": true,
})

// siteEnd is the token after place mention a and the place noun that may
// follow it.
func siteEnd(d *text.Doc, s text.Sentence, a anchor) int {
	if a.end+1 < s.Last && siteNouns.has(&d.Tokens[a.end]) {
		return a.end + 1
	}
	return a.end
}
