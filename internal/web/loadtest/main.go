// Command loadtest measures the JSON API under load: it fills a SQLite
// ledger with synthetic incidents made from the dev corpus (once; the file
// is reused), serves it on loopback, and runs concurrent clients against
// /api/v1/incidents, reporting latency percentiles and errors. Not a CI
// test; run it by hand:
//
//	go run ./internal/web/loadtest -incidents 100000 -clients 200 -duration 30s
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime/pprof"
	"slices"
	"sync"
	"time"

	"sitrep/internal/ledger/sqlite"
	"sitrep/internal/ledger/storetest"
	"sitrep/internal/web"
)

func main() {
	db := flag.String("db", os.TempDir()+"/sitrep-load.db", "SQLite ledger (filled when it holds too few incidents)")
	corpus := flag.String("corpus", "testdata/dev", "dev corpus the synthetic incidents are made from")
	n := flag.Int("incidents", 100000, "incidents the ledger should hold")
	clients := flag.Int("clients", 200, "concurrent clients")
	dur := flag.Duration("duration", 30*time.Second, "how long to run")
	target := flag.String("url", "", "base URL of a running server (sitrep serve --db …) to load instead of one in this process")
	follow := flag.Bool("follow", true, "every third request of a client asks for the next page of its previous answer")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the run (server and clients) to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(*db, *corpus, *n, *clients, *dur, *follow, *target); err != nil {
		log.Print(err)
	}
}

func run(path, corpus string, n, clients int, dur time.Duration, follow bool, target string) error {
	ctx := context.Background()
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	st, err := sqlite.Open(ctx, path, logger)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if stats.Incidents < n {
		subs, _, err := storetest.GoldSubmissions(corpus)
		if err != nil {
			return fmt.Errorf("read corpus: %w", err)
		}
		syn, err := storetest.NewSynth(subs, 1)
		if err != nil {
			return err
		}
		start := time.Now()
		for done := stats.Incidents; done < n; {
			k := min(5000, n-done)
			if err := st.BulkLoad(ctx, syn.Groups(done, k)); err != nil {
				return fmt.Errorf("fill: %w", err)
			}
			done += k
		}
		log.Printf("filled %s to %d incidents in %s", path, n, time.Since(start).Round(time.Second))
		if stats, err = st.Stats(ctx); err != nil {
			return err
		}
	}
	log.Printf("ledger: %d incidents, %d events", stats.Incidents, stats.Events)

	base := target + "/api/v1/incidents"
	if target == "" {
		srv, err := web.New(st, web.Options{Log: logger})
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		sctx, stop := context.WithCancel(ctx)
		defer stop()
		go srv.Serve(sctx, ln)
		base = "http://" + ln.Addr().String() + "/api/v1/incidents"
	}

	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	hc := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	// The mix a map and a list make: first pages, filtered pages, and the
	// next page of the previous answer.
	queries := []string{"", "?type=Battles", "?status=disputed", "?country=SD", "?since=2024-01-01&until=2024-01-31", "?limit=200"}
	// Warm up: each query once, so the clock starts on a server that has
	// read its pages from disk, as a running one has.
	for _, q := range queries {
		t0 := time.Now()
		if _, err := fetch(hc, base+q, false); err != nil {
			return fmt.Errorf("warm-up %s: %w", q, err)
		}
		log.Printf("warm-up %-40q %s", q, time.Since(t0).Round(time.Millisecond))
	}
	var mu sync.Mutex
	var lat []time.Duration
	errs := map[string]int{}
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			var mine []time.Duration
			next := ""
			for i := c; time.Now().Before(deadline); i++ {
				u := base + queries[i%len(queries)]
				if follow && next != "" && i%3 == 0 {
					u = base + "?cursor=" + url.QueryEscape(next)
				}
				t0 := time.Now()
				var err error
				next, err = fetch(hc, u, follow)
				mine = append(mine, time.Since(t0))
				if err != nil {
					mu.Lock()
					errs[err.Error()]++
					mu.Unlock()
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	slices.Sort(lat)
	total := 0
	for _, v := range errs {
		total += v
	}
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	fmt.Printf("clients %d, duration %s, requests %d (%.0f/s), errors %d\n", clients, dur, len(lat), float64(len(lat))/dur.Seconds(), total)
	fmt.Printf("latency p50 %s  p90 %s  p99 %s  max %s\n", pct(0.50).Round(time.Microsecond*100), pct(0.90).Round(time.Microsecond*100),
		pct(0.99).Round(time.Microsecond*100), lat[len(lat)-1].Round(time.Millisecond))
	for e, k := range errs {
		fmt.Printf("  error x%d: %s\n", k, e)
	}
	return nil
}

// fetch gets one page and, when asked to follow, returns its next cursor.
// Not decoding otherwise keeps the load generator's own CPU use down: it
// shares the machine with the server.
func fetch(hc *http.Client, u string, follow bool) (string, error) {
	resp, err := hc.Get(u)
	if err != nil {
		return "", errors.New("transport: " + err.Error())
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", errors.New("read body: " + err.Error())
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %d: %.100s", resp.StatusCode, body)
	}
	if !follow {
		return "", nil
	}
	return nextCursor(body)
}

// nextCursor reads the next-page cursor from a listing's tail: the
// envelope ends with it. Decoding the whole page to find it made the
// load generator, not the server, the busiest process on the machine.
func nextCursor(body []byte) (string, error) {
	body = bytes.TrimSpace(body)
	if !bytes.HasPrefix(body, []byte(`{"data":`)) || !bytes.HasSuffix(body, []byte("}")) {
		return "", fmt.Errorf("decode: not a listing: %.100s", body)
	}
	i := bytes.LastIndex(body, []byte(`,"next":`))
	if i < 0 || bytes.HasSuffix(body, []byte("]}")) {
		return "", nil // the last page
	}
	var page struct {
		Next string `json:"next"`
	}
	if err := json.Unmarshal(append([]byte("{"), body[i+1:]...), &page); err != nil {
		return "", errors.New("decode: " + err.Error())
	}
	return page.Next, nil
}
