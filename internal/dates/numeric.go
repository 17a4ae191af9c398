package dates

import (
	"time"

	"sitrep"
)

// numericDate is "3/12/2023" before its day/month order is known.
type numericDate struct {
	out     int // index into finder.out
	a, b, y int
	dotted  bool // "03.12.2023": a European form, day first
}

// numericAt reads a numeric date with a year: "3/12/2023", "03.12.2023",
// "3/12/23". Without a year ("24/7", "1/2") slashes mostly mean something
// else, so those are left alone.
func (f *finder) numericAt(i int) int {
	s := f.toks[i].Norm
	var parts [3]int
	var widths [3]int
	n := 0
	var sep byte
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c >= '0' && c <= '9':
			if n >= 3 || widths[n] >= 4 {
				return i + 1
			}
			parts[n] = parts[n]*10 + int(c-'0')
			widths[n]++
		case (c == '/' || c == '.') && (sep == 0 || sep == c) && widths[n] > 0:
			sep = c
			n++
		default:
			return i + 1
		}
	}
	if n == 2 && widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2 {
		// "2024/01/09": year first, then month and day, in every convention.
		if validDay(parts[0], parts[1], parts[2]) && parts[0] >= 1900 && parts[0] <= 2100 {
			f.emit(i, i+1, time.Date(parts[0], time.Month(parts[1]), parts[2], 0, 0, 0, 0, time.UTC), sitrep.GranDay, false)
		}
		return i + 1
	}
	if n != 2 || widths[0] > 2 || widths[1] > 2 || (widths[2] != 2 && widths[2] != 4) {
		return i + 1
	}
	y := parts[2]
	if widths[2] == 2 {
		y += 2000
	}
	if y < 1900 || y > 2100 || !validDay(y, parts[1], parts[0]) && !validDay(y, parts[0], parts[1]) {
		return i + 1
	}
	f.numeric = append(f.numeric, numericDate{out: len(f.out), a: parts[0], b: parts[1], y: y, dotted: sep == '.'})
	f.out = append(f.out, Mention{First: i, Last: i + 1, Start: f.toks[i].Start, End: f.toks[i].End, Granularity: sitrep.GranDay})
	return i + 1
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// resolveNumeric settles day/month order. A date that only reads one way
// ("25/12/2023") fixes the order for the article; otherwise each date takes
// the reading nearest the published date, preferring the past.
func (f *finder) resolveNumeric() {
	if len(f.numeric) == 0 {
		return
	}
	dmy, mdy := 0, 0
	for _, nd := range f.numeric {
		okD, okM := validDay(nd.y, nd.b, nd.a), validDay(nd.y, nd.a, nd.b)
		switch {
		case okD && !okM:
			dmy++
		case okM && !okD:
			mdy++
		}
	}
	for _, nd := range f.numeric {
		okD, okM := validDay(nd.y, nd.b, nd.a), validDay(nd.y, nd.a, nd.b)
		dayFirst := okD
		if okD && okM && nd.a != nd.b {
			switch {
			case nd.dotted:
			case dmy > mdy:
			case mdy > dmy:
				dayFirst = false
			default:
				dayFirst = f.closer(time.Date(nd.y, time.Month(nd.b), nd.a, 0, 0, 0, 0, time.UTC),
					time.Date(nd.y, time.Month(nd.a), nd.b, 0, 0, 0, 0, time.UTC))
			}
		}
		v := time.Date(nd.y, time.Month(nd.a), nd.b, 0, 0, 0, 0, time.UTC)
		if dayFirst {
			v = time.Date(nd.y, time.Month(nd.b), nd.a, 0, 0, 0, 0, time.UTC)
		}
		f.out[nd.out].Value = format(v, sitrep.GranDay)
	}
}

// closer reports whether a is a likelier reading than b: not after the
// published date beats after it, then the nearer one wins.
func (f *finder) closer(a, b time.Time) bool {
	aFut, bFut := a.After(f.pub), b.After(f.pub)
	if aFut != bFut {
		return !aFut
	}
	da, db := a.Sub(f.pub), b.Sub(f.pub)
	if da < 0 {
		da = -da
	}
	if db < 0 {
		db = -db
	}
	return da <= db
}
