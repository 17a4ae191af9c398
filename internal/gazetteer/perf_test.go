package gazetteer

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"sitrep/internal/text"
)

// sample is a ~3 KB article rich in places.
func sample(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/cases/sudan.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlaces(b *testing.B) {
	g := loadDefault(b)
	in := sample(b)
	d := text.Parse(in)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		g.Places(d, nil)
	}
}

// BenchmarkPlacesLarge geocodes one 50 MB article. Compare its MB/s with
// BenchmarkPlaces: equal throughput is linear time.
func BenchmarkPlacesLarge(b *testing.B) {
	g := loadDefault(b)
	in := strings.Repeat(sample(b)+"\n\n", 50<<20/(len(sample(b))+2))
	d := text.Parse(in)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		g.Places(d, nil)
	}
}

// TestLinear checks, without a clock, that the work done grows linearly:
// the matcher reads at most maxNameTokens tokens from any start, so the
// number of index lookups per token is bounded whatever the text.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a large document")
	}
	g := loadDefault(t)
	unit := sample(t) + "\n\n"
	for _, n := range []int{1, 64} {
		d := text.Parse(strings.Repeat(unit, n))
		s := &scanner{g: g, d: d, toks: d.Tokens, cl: make([]uint32, len(d.Tokens))}
		lookups := 0
		for i := range d.Tokens {
			if s.startable(i) {
				lookups += min(maxNameTokens, len(d.Tokens)-i)
			}
		}
		if lookups > maxNameTokens*len(d.Tokens) {
			t.Fatalf("lookup bound %d exceeds %d×tokens", lookups, maxNameTokens)
		}
		ps := g.Places(d, nil)
		if n == 64 && len(ps) == 0 {
			t.Fatal("no places in the large document")
		}
	}
	// The same text repeated yields the same places, merged: resolution
	// works on a bounded window, not on all pairs of mentions.
	one := g.Places(text.Parse(unit), nil)
	many := g.Places(text.Parse(strings.Repeat(unit, 64)), nil)
	if len(one) != len(many) {
		t.Errorf("1 copy gives %d places, 64 copies give %d", len(one), len(many))
	}
	for i := range min(len(one), len(many)) {
		if one[i].Name != many[i].Name || len(many[i].Mentions) != 64*len(one[i].Mentions) {
			t.Errorf("place %d: %s ×%d vs %s ×%d", i, one[i].Name, len(one[i].Mentions), many[i].Name, len(many[i].Mentions))
		}
	}
}

// TestResidentMemory loads the gazetteer, geocodes an article and reads
// the process's resident set: the index is read in place, so it stays far
// below the 200 MB budget.
func TestResidentMemory(t *testing.T) {
	g := loadDefault(t)
	g.Places(text.Parse(sample(t)), nil)
	runtime.GC()
	rss, ok := residentKB()
	if !ok {
		t.Skip("no /proc/self/status")
	}
	t.Logf("resident %d MB after load", rss>>10)
	if rss > 200<<10 {
		t.Errorf("resident %d MB, budget 200 MB", rss>>10)
	}
}

func residentKB() (int, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) >= 2 && f[0] == "VmRSS:" {
			n, err := strconv.Atoi(f[1])
			return n, err == nil
		}
	}
	return 0, false
}

func FuzzPlaces(f *testing.F) {
	for _, s := range []string{
		"EL FASHER, Sudan — Shelling hit the eastern outskirts of El Fasher.",
		"about 25 km west of Goma",
		"the village of Ngorbelo in the Kidal region",
		"Deir al-Balah -- Khan Younis' al-Mawasi",
		"U.S. and UK forces near Zamzam camp (Nord-Kivu)",
		"20-km north-east of",
		"of of of in in The The",
	} {
		f.Add(s)
	}
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ps := g.Places(text.Parse(s), nil)
		for i, p := range ps {
			if p.ID != "p"+strconv.Itoa(i+1) {
				t.Fatalf("id %q at %d", p.ID, i)
			}
			for _, m := range p.Mentions {
				if m[0] < 0 || m[1] > len(s) || m[0] >= m[1] {
					t.Fatalf("bad span %v in %q", m, s)
				}
			}
			if p.PrecisionKM <= 0 {
				t.Fatalf("precision %v for %+v", p.PrecisionKM, p)
			}
		}
	})
}

// BenchmarkPlacesDev geocodes the dev corpus that BenchmarkExtract in
// internal/extract runs the whole pipeline over, so the two MB/s figures
// give geocoding's share of extract's time per article.
func BenchmarkPlacesDev(b *testing.B) {
	// The GC target BenchmarkExtract and sitrep's commands run with.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	g := loadDefault(b)
	names, err := filepath.Glob("../../testdata/dev/*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("dev corpus: %v", err)
	}
	var docs []*text.Doc
	n := 0
	for _, name := range names {
		body, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, text.Parse(string(body)))
		n += len(body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	// On a shared machine wall time counts the time other processes
	// hold the core; the process's CPU time per pass does not, so A/B
	// comparisons read cpu-ns/op.
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			g.Places(d, nil)
		}
	}
	if c := cpuTime() - cpu0; c > 0 {
		b.ReportMetric(float64(c)/float64(b.N), "cpu-ns/op")
	}
}

// cpuTime is the process's user and system CPU time in ns, 0 if unknown.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
