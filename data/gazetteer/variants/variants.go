// Package variants generates, at index build time, the spellings that
// conflict reporting uses for a place name and that the datasets lack. The
// rules are written over folded names (text.Fold) and apply to every name of
// a country whose names follow the same transliteration habits; they never
// name a particular place.
package variants

import "strings"

// arabicTokens groups the spellings of the common words of Arabic (and
// Hebrew) place names that English and French copy and the datasets write
// differently ("Bint Jbeil" / "Bent Jbail", "Deir al-Balah" / "Dayr al
// Balah", "Kiryat Shmona" / "Qiryat Shemona").
var arabicTokens = [][]string{
	{"bint", "bent"},
	{"beit", "bayt", "beyt", "bait"},
	{"deir", "dayr", "dair"},
	{"tell", "tal", "tel", "tall"},
	{"khirbet", "khirbat", "khirbit"},
	{"jabal", "jebel", "jbel", "djebel"},
	{"ain", "ein", "ayn", "aain"},
	{"kafr", "kfar", "kefar"},
	{"umm", "um", "om"},
	{"abu", "abou"},
	{"sheikh", "shaykh", "sheik", "cheikh", "shaikh"},
	{"qiryat", "kiryat"},
	{"wadi", "ouadi", "oued"},
	{"souq", "suq", "souk"},
	{"burj", "borj"},
	{"hay", "hayy", "hai"},
	{"marj", "marjeh"},
	{"bir", "beer", "bi'r"},
	{"qasr", "kasr"},
	{"ras", "raas"},
	{"nahr", "nahar"},
	{"majdal", "mejdel"},
	{"mazraat", "mazraa", "mazraet"},
	{"qalaat", "qalat", "kalaat"},
}

// arabicSuffixes are the endings of the relative adjective that names
// carry ("Nabatiyah" / "Nabatieh", "Shujaiyya" / "Shujaiya", "Ramyeh" /
// "Ramiyah").
var arabicSuffixes = []string{"iyyah", "iyyeh", "iyya", "iyah", "iyeh", "ieh", "iya", "iye", "yeh", "yah"}

var tokenAlts = func() map[string][]string {
	m := map[string][]string{}
	for _, g := range arabicTokens {
		for _, t := range g {
			for _, u := range g {
				if u != t {
					m[t] = append(m[t], u)
				}
			}
		}
	}
	return m
}()

// sunArticles are the Arabic article's spellings before a sun letter
// ("ad", "ar", "as", "ash"…) and their Sudanese "e" forms ("ed", "er").
// "En" is left out: in Hebrew names it is a word ("En Gedi", the spring
// of Gedi), not an article.
var sunArticles = map[string]bool{"ad": true, "adh": true, "an": true, "ar": true, "as": true, "ash": true,
	"at": true, "ath": true, "az": true, "ed": true, "er": true, "es": true, "et": true, "ez": true}

// maxVariants bounds what one name adds to the index.
const maxVariants = 12

// Arabic returns extra spellings of a folded place name from a country
// that names its places in Arabic or Hebrew: the name without its leading
// article ("al hudaydah" → "hudaydah"), each common word in its other
// spellings, and the relative-adjective ending in its other forms. The name
// itself is not returned.
func Arabic(n string) []string {
	toks := strings.Split(n, " ")
	seen := map[string]bool{n: true}
	var out []string
	emit := func(ts []string) {
		v := strings.Join(ts, " ")
		if !seen[v] && len(out) < maxVariants {
			seen[v] = true
			out = append(out, v)
		}
	}
	bases := [][]string{toks}
	if len(toks) > 1 && sunArticles[toks[0]] {
		// "As Suki", "Ar Rahad": the article assimilated to the next
		// letter; copy that writes it "As-Suki" or "Al-Suki" folds to "al".
		al := append([]string{"al"}, toks[1:]...)
		emit(al)
		bases = append(bases, al)
	}
	if len(toks) > 1 && (toks[0] == "al" || toks[0] == "el" || sunArticles[toks[0]]) && letters(strings.Join(toks[1:], "")) >= 5 {
		bases = append(bases, toks[1:])
		emit(toks[1:])
	}
	for _, base := range bases {
		for k, t := range base {
			for _, alt := range tokenAlts[t] {
				emit(replace(base, k, alt))
			}
			for _, alt := range suffixAlts(t) {
				emit(replace(base, k, alt))
			}
		}
	}
	return out
}

// Sahel returns extra spellings of a folded place name from a francophone
// Sahel country: a Tamasheq "In"/"Tin" name written as one word
// ("tin zaouatene" → "tinzaouatene") and the other way round.
func Sahel(n string) []string {
	toks := strings.Split(n, " ")
	if len(toks) == 2 && (toks[0] == "in" || toks[0] == "tin") && len(toks[1]) >= 4 {
		return []string{toks[0] + toks[1]}
	}
	if len(toks) == 1 {
		for _, p := range []string{"tin", "in"} {
			if strings.HasPrefix(n, p) && len(n)-len(p) >= 5 && !isVowel(n[len(p)]) {
				return []string{p + " " + n[len(p):]}
			}
		}
	}
	return nil
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

func suffixAlts(t string) []string {
	for _, s := range arabicSuffixes {
		stem, ok := strings.CutSuffix(t, s)
		if !ok || letters(stem) < 3 {
			continue
		}
		var out []string
		for _, r := range arabicSuffixes {
			if r != s {
				out = append(out, stem+r)
			}
		}
		return out
	}
	return nil
}

func replace(ts []string, k int, v string) []string {
	out := append([]string(nil), ts...)
	out[k] = v
	return out
}

func letters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			n++
		}
	}
	return n
}

// Burmese returns extra spellings of a folded place name from Myanmar: the
// name without the "Town" GeoNames appends to some township seats
// ("buthidaung town" → "buthidaung"), and the township the seat names
// ("kawlin" → "kawlin township"), as news copy locates events by township.
func Burmese(n string) []string {
	base := n
	if s, ok := strings.CutSuffix(n, " town"); ok && letters(s) >= 4 {
		base = s
	}
	if strings.HasSuffix(base, " township") {
		return nil
	}
	out := []string{base + " township"}
	if base != n {
		out = append(out, base)
	}
	return out
}
