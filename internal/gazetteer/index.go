package gazetteer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

// The compact index is one byte slice read in place: a fixed-size record per
// place and a sorted table of folded names, each followed by its postings.
// Nothing is decoded at load time, so loading costs a header check and the
// process touches only the pages a lookup reads.
//
// Layout (little endian):
//
//	magic        8 bytes "SRGAZ003"
//	nPlaces      u32
//	nNames       u32
//	strLen       u32   canonical names blob
//	nameLen      u32   name records blob
//	demLen       u32   demonyms blob
//	places       nPlaces × placeSize
//	nameOffsets  (nNames+1) × u32 into the name records blob
//	buckets      (65536+1) × u32: first name index for each two-byte prefix
//	strBlob      strLen bytes
//	nameBlob     nameLen bytes: per name, folded name, 0x00, uvarint n, n × uvarint posting
//	demBlob      demLen bytes: lines "demonym\tCC\n"
const (
	magic     = "SRGAZ003"
	placeSize = 32
	headerLen = len(magic) + 20
	nBuckets  = 1 << 16
)

// Kinds of gazetteer entries, stored as one byte.
const (
	kindCountry uint8 = iota
	kindRegion
	kindCity
	kindTown
	kindVillage
	kindCamp
	kindArea
)

var kindNames = [...]string{"country", "region", "city", "town", "village", "camp", "area"}

func kindName(k uint8) string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "town"
}

func kindOf(s string) (uint8, bool) {
	for i, n := range kindNames {
		if n == s {
			return uint8(i), true
		}
	}
	return 0, false
}

// Place flags.
const (
	FlagCapital uint8 = 1 << iota // national capital
	FlagSeat1                     // seat of a first-level region
	FlagSeat2                     // seat of a lower-level division
	FlagSection                   // a section of a populated place (a neighbourhood)
	FlagGone                      // abandoned, destroyed or historical
)

// Posting flags, in the top bits of a posting; the rest is the place index.
const (
	postAlt    = 1 << 31 // an alternate name, not the place's main name
	postCommon = 1 << 30 // the name is also a common lower-case English word
	postMask   = 1<<30 - 1
)

// Entry is one place as the build program writes it.
type Entry struct {
	Name      string
	Lat, Lon  float64
	Pop       uint32
	GeonameID uint32
	Country   string
	Kind      string
	Flags     uint8
	// Admin1 is the index of the entry's first-level region, -1 for none.
	Admin1   int
	RadiusKM float64
}

// NameRef says that a folded name denotes entry Place.
type NameRef struct {
	Name   string
	Place  int
	Alt    bool
	Common bool
}

// Encode writes the compact index for entries and names.
func Encode(entries []Entry, names []NameRef, demonyms map[string]string) ([]byte, error) {
	var str strings.Builder
	places := make([]byte, 0, len(entries)*placeSize)
	for i, e := range entries {
		k, ok := kindOf(e.Kind)
		if !ok {
			return nil, fmt.Errorf("entry %d %q: unknown kind %q", i, e.Name, e.Kind)
		}
		if len(e.Country) != 2 && e.Country != "" {
			return nil, fmt.Errorf("entry %d %q: bad country %q", i, e.Name, e.Country)
		}
		var rec [placeSize]byte
		binary.LittleEndian.PutUint32(rec[0:], uint32(int32(math.Round(e.Lat*1e5))))
		binary.LittleEndian.PutUint32(rec[4:], uint32(int32(math.Round(e.Lon*1e5))))
		binary.LittleEndian.PutUint32(rec[8:], e.Pop)
		binary.LittleEndian.PutUint32(rec[12:], e.GeonameID)
		copy(rec[16:18], e.Country)
		rec[18] = k
		rec[19] = e.Flags
		binary.LittleEndian.PutUint32(rec[20:], uint32(e.Admin1+1))
		binary.LittleEndian.PutUint32(rec[24:], uint32(str.Len()))
		binary.LittleEndian.PutUint16(rec[28:], uint16(min(len(e.Name), math.MaxUint16)))
		binary.LittleEndian.PutUint16(rec[30:], uint16(min(math.Round(e.RadiusKM), math.MaxUint16)))
		str.WriteString(e.Name)
		places = append(places, rec[:]...)
	}
	sort.Slice(names, func(i, j int) bool {
		if names[i].Name != names[j].Name {
			return names[i].Name < names[j].Name
		}
		return names[i].Place < names[j].Place
	})
	var blob []byte
	var offs []uint32
	for i := 0; i < len(names); {
		j := i
		for j < len(names) && names[j].Name == names[i].Name {
			j++
		}
		if strings.IndexByte(names[i].Name, 0) >= 0 || names[i].Name == "" {
			return nil, fmt.Errorf("bad name %q", names[i].Name)
		}
		offs = append(offs, uint32(len(blob)))
		blob = append(blob, names[i].Name...)
		blob = append(blob, 0)
		// One posting per place: an entry that has the name both as main and
		// alternate keeps the main.
		var posts []uint32
		for k := i; k < j; k++ {
			if names[k].Place > postMask {
				return nil, errors.New("too many places")
			}
			p := uint32(names[k].Place)
			if names[k].Alt {
				p |= postAlt
			}
			if names[k].Common {
				p |= postCommon
			}
			if n := len(posts); n > 0 && posts[n-1]&postMask == p&postMask {
				posts[n-1] &= p | ^uint32(postAlt)
				continue
			}
			posts = append(posts, p)
		}
		blob = binary.AppendUvarint(blob, uint64(len(posts)))
		for _, p := range posts {
			blob = binary.AppendUvarint(blob, uint64(p))
		}
		i = j
	}
	offs = append(offs, uint32(len(blob)))
	// buckets[p] is the first name whose two-byte prefix is >= p.
	var buckets [nBuckets + 1]uint32
	nn := len(offs) - 1
	k := 0
	for p := 0; p <= nBuckets; p++ {
		for k < nn && prefixOf(blob[offs[k]:]) < p {
			k++
		}
		buckets[p] = uint32(k)
	}
	var dem strings.Builder
	dks := make([]string, 0, len(demonyms))
	for d := range demonyms {
		dks = append(dks, d)
	}
	sort.Strings(dks)
	for _, d := range dks {
		if strings.ContainsAny(d, "\t\n") || len(demonyms[d]) != 2 {
			return nil, fmt.Errorf("bad demonym %q", d)
		}
		dem.WriteString(d + "\t" + demonyms[d] + "\n")
	}

	out := make([]byte, 0, headerLen+len(places)+4*len(offs)+4*len(buckets)+str.Len()+len(blob)+dem.Len())
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(entries)))
	out = binary.LittleEndian.AppendUint32(out, uint32(nn))
	out = binary.LittleEndian.AppendUint32(out, uint32(str.Len()))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(blob)))
	out = binary.LittleEndian.AppendUint32(out, uint32(dem.Len()))
	out = append(out, places...)
	for _, o := range offs {
		out = binary.LittleEndian.AppendUint32(out, o)
	}
	for _, b := range buckets {
		out = binary.LittleEndian.AppendUint32(out, b)
	}
	out = append(out, str.String()...)
	out = append(out, blob...)
	out = append(out, dem.String()...)
	return out, nil
}

// prefixOf is the two-byte bucket of a name (or key).
func prefixOf(b []byte) int {
	switch {
	case len(b) == 0:
		return 0
	case len(b) == 1 || b[1] == 0:
		return int(b[0]) << 8
	}
	return int(b[0])<<8 | int(b[1])
}

// index reads an encoded index in place.
type index struct {
	places  []byte
	offsets []byte
	buckets []byte
	str     []byte
	// strs is str as one string, so that a canonical name is a substring
	// of it and costs no allocation: every place written out carries one
	// or two.
	strs  string
	names []byte
	dem   []byte
	n     int // places
	nn    int // names

	// finds caches find. News capitalises the same few thousand words
	// ("The", "Minister", "Hamas") and names ("Gaza City") in every article,
	// and a binary search per key dominated geocoding; the cache is bounded
	// so a long run over millions of articles cannot grow it without end.
	finds findCache
	// parts caches the directional parts of countries and regions.
	parts partCache
}

type found struct {
	exact int
	more  bool
	posts bool // the name has postings
}

// maxCached bounds the find cache (entries, ~100 bytes each).
const maxCached = 200_000

func openIndex(b []byte) (*index, error) {
	if len(b) < headerLen || string(b[:len(magic)]) != magic {
		return nil, errors.New("not a gazetteer index (bad magic)")
	}
	h := b[len(magic):]
	n := int(binary.LittleEndian.Uint32(h[0:]))
	nn := int(binary.LittleEndian.Uint32(h[4:]))
	sl := int(binary.LittleEndian.Uint32(h[8:]))
	nl := int(binary.LittleEndian.Uint32(h[12:]))
	dl := int(binary.LittleEndian.Uint32(h[16:]))
	want := headerLen + n*placeSize + (nn+1)*4 + (nBuckets+1)*4 + sl + nl + dl
	if len(b) != want {
		return nil, fmt.Errorf("gazetteer index truncated: %d bytes, want %d", len(b), want)
	}
	ix := &index{n: n, nn: nn}
	p := headerLen
	next := func(size int) []byte { s := b[p : p+size]; p += size; return s }
	ix.places = next(n * placeSize)
	ix.offsets = next((nn + 1) * 4)
	ix.buckets = next((nBuckets + 1) * 4)
	ix.str = next(sl)
	ix.strs = string(ix.str)
	ix.names = next(nl)
	ix.dem = next(dl)
	return ix, nil
}

// demonyms returns the demonym table: folded demonym → country.
func (ix *index) demonyms() map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(string(ix.dem), "\n") {
		if w, cc, ok := strings.Cut(line, "\t"); ok {
			out[w] = cc
		}
	}
	return out
}

// place is one decoded place record.
type place struct {
	idx      int
	lat, lon float64
	pop      uint32
	gid      uint32
	country  string
	kind     uint8
	flags    uint8
	admin1   int // place index of the region, -1 for none
	radius   float64
}

func (ix *index) place(i int) place {
	var p place
	ix.decode(&p, i)
	return p
}

// decode writes place i into dst, which spares a candidate's decoding a
// copy of the whole record.
func (ix *index) decode(dst *place, i int) {
	r := ix.places[i*placeSize : (i+1)*placeSize]
	*dst = place{
		idx:     i,
		lat:     float64(int32(binary.LittleEndian.Uint32(r[0:]))) / 1e5,
		lon:     float64(int32(binary.LittleEndian.Uint32(r[4:]))) / 1e5,
		pop:     binary.LittleEndian.Uint32(r[8:]),
		gid:     binary.LittleEndian.Uint32(r[12:]),
		country: countryCode(r[16], r[17]),
		kind:    r[18],
		flags:   r[19],
		admin1:  int(binary.LittleEndian.Uint32(r[20:])) - 1,
		radius:  float64(binary.LittleEndian.Uint16(r[30:])),
	}
}

// name returns the canonical name of place i.
func (ix *index) name(i int) string {
	r := ix.places[i*placeSize : (i+1)*placeSize]
	off := binary.LittleEndian.Uint32(r[24:])
	ln := binary.LittleEndian.Uint16(r[28:])
	return ix.strs[off : off+uint32(ln)]
}

// countryCode interns two-letter codes so decoding a place never allocates
// for its country.
func countryCode(a, b byte) string {
	if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
		return ""
	}
	i := (int(a-'A')*26 + int(b-'A')) * 2
	return countryCodes[i : i+2]
}

var countryCodes = func() string {
	var sb strings.Builder
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			sb.WriteRune(a)
			sb.WriteRune(b)
		}
	}
	return sb.String()
}()

func (ix *index) nameAt(i int) []byte {
	o := binary.LittleEndian.Uint32(ix.offsets[i*4:])
	e := binary.LittleEndian.Uint32(ix.offsets[i*4+4:])
	rec := ix.names[o:e]
	if k := bytes.IndexByte(rec, 0); k >= 0 {
		return rec[:k]
	}
	return rec
}

// lowerBound returns the first name index whose name is >= key.
func (ix *index) lowerBound(key []byte) int {
	// The two-byte bucket narrows the search to names sharing the prefix,
	// a few neighbouring pages of the table.
	p := prefixOf(key)
	lo := int(binary.LittleEndian.Uint32(ix.buckets[p*4:]))
	hi := int(binary.LittleEndian.Uint32(ix.buckets[(p+1)*4:]))
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if string(ix.nameAt(m)) < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// find reports whether key is a name (exact) and whether any longer name
// starts with key followed by a space (more tokens may follow). exact is
// the name's index when found.
func (ix *index) find(key []byte) (exact int, more bool) {
	f := ix.findPosts(key, keyHash(key))
	return f.exact, f.more
}

// findPosts is find that also reports whether the name has postings; h
// is keyHash(key).
func (ix *index) findPosts(key []byte, h uint32) found {
	if f, ok := ix.finds.load(key, h); ok {
		return f
	}
	exact, more := ix.search(key)
	f := found{exact: exact, more: more, posts: exact >= 0 && ix.hasPostings(exact)}
	ix.finds.store(key, h, f)
	return f
}

func (ix *index) search(key []byte) (exact int, more bool) {
	i := ix.lowerBound(key)
	exact = -1
	if i < ix.nn && string(ix.nameAt(i)) == string(key) {
		exact = i
		i++
	}
	// Space sorts below every character names hold, so names extending
	// key by a token come right after key itself.
	if i < ix.nn {
		n := ix.nameAt(i)
		more = len(n) > len(key) && string(n[:len(key)]) == string(key) && n[len(key)] == ' '
	}
	return exact, more
}

// postingBytes is name i's record after its NUL-terminated name: the
// posting count, then the postings.
func (ix *index) postingBytes(i int) []byte {
	o := binary.LittleEndian.Uint32(ix.offsets[i*4:])
	e := binary.LittleEndian.Uint32(ix.offsets[i*4+4:])
	rec := ix.names[o:e]
	k := 0
	for k < len(rec) && rec[k] != 0 {
		k++
	}
	return rec[k+1:]
}

// hasPostings reports whether postings would append any posting of name i.
func (ix *index) hasPostings(i int) bool {
	rec := ix.postingBytes(i)
	n, w := binary.Uvarint(rec)
	return n > 0 && len(rec) > w
}

// postings appends the postings of name i to dst.
func (ix *index) postings(i int, dst []uint32) []uint32 {
	rec := ix.postingBytes(i)
	n, w := binary.Uvarint(rec)
	rec = rec[w:]
	for ; n > 0 && len(rec) > 0; n-- {
		p, w := binary.Uvarint(rec)
		rec = rec[w:]
		dst = append(dst, uint32(p))
	}
	return dst
}
