package text

import (
	"os"
	"path/filepath"
	"testing"
)

// devTexts reads the dev corpus BenchmarkExtract runs, so Parse's share of
// extract's time can be read off directly.
func devTexts(b *testing.B) ([]string, int) {
	names, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "dev", "*.txt"))
	var out []string
	n := 0
	for _, name := range names {
		txt, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(txt))
		n += len(txt)
	}
	if len(out) == 0 {
		b.Skip("no corpus")
	}
	return out, n
}

func BenchmarkParse(b *testing.B) {
	txts, n := devTexts(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range txts {
			Parse(s)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	names := []string{"Juhr Al-Dik", "Rapid Support Forces", "Izz ad-Din al-Qassam Brigades", "Kharkiv", "Ṣanʿāʾ", "UNRWA"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range names {
			Fold(s)
		}
	}
}
