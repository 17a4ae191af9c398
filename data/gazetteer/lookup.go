//go:build ignore

// Command lookup prints what the built gazetteer resolves each name to,
// one line per name: `go run ./data/gazetteer/lookup.go [-cc XX] NAME...`
// (names may also come one a line on stdin). It is a tool for checking
// the data after a rebuild.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"sitrep/internal/gazetteer"
)

func main() {
	cc := flag.String("cc", "", "restrict to this country (ISO alpha-2)")
	flag.Parse()
	g, err := gazetteer.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	names := flag.Args()
	if len(names) == 0 {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			names = append(names, sc.Text())
		}
	}
	for _, n := range names {
		p, ok := g.Lookup(n, *cc)
		if !ok {
			fmt.Printf("%s\t-\n", n)
			continue
		}
		fmt.Printf("%s\t%s\t%.4f\t%.4f\t%s\t%s\n", n, p.Name, p.Lat, p.Lon, p.Kind, p.Country)
	}
}
