package gazetteer

// SkeletonMark starts the index names that hold a place's consonant
// skeleton. Text never folds to a token starting with '~', so skeletons are
// found only when asked for.
const SkeletonMark = "~"

// Skeleton reduces a folded name to its consonants, so that
// transliterations of one name meet ("bint jbeil" and "bent jbail" both
// give "bntjbl", "kleshcheyevka" and "klishchiivka" "klskvk"): a leading
// article, spaces, vowels after the first letter, h after a consonant and
// doubled letters are dropped; c and q read as k, w as v.
func Skeleton(folded string) string {
	var buf [64]byte
	return string(skeleton(folded, buf[:0]))
}

func skeleton(f string, dst []byte) []byte {
	if len(f) > 3 && f[:3] == "al " {
		f = f[3:]
	}
	var prev byte
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch c {
		case ' ', '\'', '.', '-':
			continue
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h':
			if len(dst) > 0 {
				continue
			}
		case 'c', 'q':
			c = 'k'
		case 'w':
			c = 'v'
		}
		if c == prev {
			continue
		}
		dst = append(dst, c)
		prev = c
	}
	return dst
}

// skeletonCands returns the populated places whose skeleton equals the
// folded name's, in the countries the article is about.
func (g *Gazetteer) skeletonCands(folded string, countries *tally) []cand {
	var buf [72]byte
	key := skeleton(folded, append(buf[:0], SkeletonMark...))
	if len(key) < len(SkeletonMark)+3 {
		return nil
	}
	i, _ := g.ix.find(key)
	if i < 0 {
		return nil
	}
	var out []cand
	var posts [32]uint32
	for _, p := range g.ix.postings(i, posts[:0]) {
		r := g.ix.places[int(p&postMask)*placeSize:]
		if countries.get(countryCode(r[16], r[17])) < 1 {
			continue
		}
		out = append(out, cand{place: g.ix.place(int(p & postMask)), alt: true})
	}
	return out
}
