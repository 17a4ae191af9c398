package events

import (
	"math"

	"sitrep"
	"sitrep/internal/text"
)

// eventPlace takes the most specific place nearest the trigger in its
// sentence, else the latest place of the paragraph, else the focus.
func eventPlace(in Input, ix index, s text.Sentence, trig, lastPlace int) *sitrep.EventPlace {
	best, bestScore := -1, math.MaxFloat64
	for _, a := range within(ix.places, s) {
		p := in.Places[a.idx]
		if p.Kind == "country" {
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
		score := float64(dist) + math.Log1p(p.PrecisionKM)*2
		if score < bestScore {
			best, bestScore = a.idx, score
		}
	}
	if best < 0 {
		best = lastPlace
	}
	if best >= 0 {
		p := in.Places[best]
		return &sitrep.EventPlace{Name: p.Name, Lat: p.Lat, Lon: p.Lon, PrecisionKM: p.PrecisionKM,
			Country: p.Country, Admin1: p.Admin1, Place: p.ID}
	}
	if f := in.Focus; f != nil {
		return &sitrep.EventPlace{Name: f.Name, Lat: f.Lat, Lon: f.Lon, PrecisionKM: f.PrecisionKM,
			Country: f.Country, Admin1: f.Admin1, Place: f.ID}
	}
	// With no place in the text, fall back to the country named most.
	if country := ix.country; country != nil {
		return &sitrep.EventPlace{Name: country.Name, Lat: country.Lat, Lon: country.Lon,
			PrecisionKM: country.PrecisionKM, Country: country.Country, Place: country.ID}
	}
	return nil
}

// connectors may stand between the places of an enumeration.
var connectors = map[string]bool{
	",": true, "and": true, "or": true, "as": true, "well": true, "the": true, "of": true,
	"villages": true, "settlements": true, "towns": true, "areas": true, "near": true, "in": true,
}

// coordinated returns the other places listed together with the event's
// place in its sentence, at the same level (no country or region joins a
// list of villages).
func coordinated(in Input, ix index, s text.Sentence, ep *sitrep.EventPlace) []int {
	if ep == nil {
		return nil
	}
	as := within(ix.places, s)
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
		if b.tok-a.end > 6 {
			return false
		}
		for k := a.end; k < b.tok; k++ {
			if !connectors[in.Doc.Tokens[k].Norm] {
				return false
			}
		}
		return true
	}
	var out []int
	add := func(a anchor) bool {
		p := in.Places[a.idx]
		if p.Kind == "country" || p.Kind != kind && (p.Kind == "region" || kind == "region") || p.ID == ep.Place {
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

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dp, dl := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dl/2)*math.Sin(dl/2)
	return 6371 * 2 * math.Asin(math.Sqrt(math.Min(1, a)))
}
