package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// MaxFileBytes bounds one article file or JSON line.
const MaxFileBytes = 64 << 20

// Expander turns sources into tasks.
type Expander struct {
	Fetcher *Fetcher
	// Bad reports a source or entry that could not be expanded; expansion
	// goes on with the next.
	Bad func(origin string, err error)
}

// IsURL reports whether a source is fetched rather than read.
func IsURL(src string) bool {
	return strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://")
}

// Expand emits the tasks of one source: a file, a folder (recursively:
// .txt, .html, .htm, .jsonl, .ndjson; other files such as gold .json are
// not articles), a JSON Lines file, a page URL or a feed URL.
func (x *Expander) Expand(ctx context.Context, src string, emit func(Task) error) error {
	if IsURL(src) {
		return x.expandURL(ctx, src, emit)
	}
	st, err := os.Stat(src)
	if err != nil {
		return fmt.Errorf("source %s: %w", src, err)
	}
	if !st.IsDir() {
		return x.expandFile(ctx, src, emit)
	}
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			x.Bad(path, err)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if d.IsDir() {
			if path != src && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		switch kindOf(path) {
		case kindText, kindHTML, kindJSONL:
			return x.expandFile(ctx, path, emit)
		}
		return nil
	})
}

type fileKind int

const (
	kindOther fileKind = iota
	kindText
	kindHTML
	kindJSONL
)

func kindOf(path string) fileKind {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", ".md":
		return kindText
	case ".html", ".htm", ".xhtml":
		return kindHTML
	case ".jsonl", ".ndjson":
		return kindJSONL
	}
	return kindOther
}

func (x *Expander) expandFile(ctx context.Context, path string, emit func(Task) error) error {
	kind := kindOf(path)
	if kind == kindJSONL {
		return x.expandJSONL(ctx, path, emit)
	}
	return emit(Task{Origin: path, Load: func(ctx context.Context) (Item, error) {
		b, err := readFile(path)
		if err != nil {
			return Item{}, err
		}
		id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		if kind == kindHTML || (kind == kindOther && looksHTML(b)) {
			it, err := FromHTML(b, "")
			it.ID, it.URL = id, ""
			return it, err
		}
		return Item{ID: id, Text: string(b)}, nil
	}})
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(b) > MaxFileBytes {
		return nil, fmt.Errorf("read %s: larger than %d MB", path, MaxFileBytes>>20)
	}
	return b, nil
}

func looksHTML(b []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(b[:min(len(b), 512)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// JSONArticle is one line of a JSON Lines source.
type JSONArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

func (x *Expander) expandJSONL(ctx context.Context, path string, emit func(Task) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("source %s: %w", path, err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	for n := 1; ; n++ {
		line, err := readLine(r)
		if errors.Is(err, io.EOF) {
			return nil
		}
		origin := fmt.Sprintf("%s:%d", path, n)
		if err != nil {
			x.Bad(origin, err)
			if errors.Is(err, errLongLine) {
				continue
			}
			return nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := emit(Task{Origin: origin, Load: func(context.Context) (Item, error) { return parseJSONArticle(line) }}); err != nil {
			return err
		}
	}
}

var errLongLine = fmt.Errorf("line longer than %d MB", MaxFileBytes>>20)

// readLine reads one line of any length up to MaxFileBytes.
func readLine(r *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxFileBytes {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.ReadSlice('\n')
			}
			return nil, errLongLine
		}
		buf = append(buf, chunk...)
		switch {
		case err == nil:
			return buf, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(buf) > 0:
			return buf, nil
		default:
			return nil, err
		}
	}
}

func parseJSONArticle(line []byte) (Item, error) {
	var a JSONArticle
	if err := json.Unmarshal(line, &a); err != nil {
		return Item{}, fmt.Errorf("bad JSON: %w", err)
	}
	pub, err := parseDate(a.Published)
	if err != nil {
		return Item{}, err
	}
	it := Item{ID: a.ID, URL: a.URL, Title: a.Title, Outlet: a.Outlet, Published: pub, Text: a.Text}
	if it.Text == "" && a.HTML != "" {
		h, err := FromHTML([]byte(a.HTML), a.URL)
		if err != nil {
			return Item{}, err
		}
		it.Text = h.Text
		if it.Title == "" {
			it.Title = h.Title
		}
		if it.Published.IsZero() {
			it.Published = h.Published
		}
	}
	if strings.TrimSpace(it.Text) == "" {
		return Item{}, errors.New(`article has neither "text" nor "html"`)
	}
	if it.ID == "" && it.URL != "" {
		it.ID = urlID(it.URL)
	}
	return it, nil
}

func (x *Expander) expandURL(ctx context.Context, u string, emit func(Task) error) error {
	if x.Fetcher == nil {
		return fmt.Errorf("source %s: no fetcher", u)
	}
	resp, err := x.Fetcher.Get(ctx, u, "", "")
	if err != nil {
		return err
	}
	if IsFeed(resp.ContentType, resp.Body) {
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
		if err != nil {
			return fmt.Errorf("parse feed %s: %w", u, err)
		}
		for _, it := range feed.Items {
			if err := emit(x.FeedTask(feed, it)); err != nil {
				return err
			}
		}
		return nil
	}
	return emit(Task{Origin: u, URL: u, Load: func(context.Context) (Item, error) { return pageItem(resp) }})
}

func pageItem(resp Response) (Item, error) {
	it, err := FromHTML(resp.Body, resp.URL)
	if err != nil {
		return Item{}, fmt.Errorf("%s: %w", resp.URL, err)
	}
	it.ID = urlID(resp.URL)
	return it, nil
}

// FeedTask fetches one feed entry's page; when the page cannot be had,
// the entry's own content stands in if it has any.
func (x *Expander) FeedTask(feed *gofeed.Feed, fi *gofeed.Item) Task {
	origin := fi.Link
	if origin == "" {
		origin = feed.Title + ": " + fi.Title
	}
	return Task{Origin: origin, URL: fi.Link, Load: func(ctx context.Context) (Item, error) {
		var it Item
		var err error
		if fi.Link != "" {
			var resp Response
			if resp, err = x.Fetcher.Get(ctx, fi.Link, "", ""); err == nil {
				it, err = pageItem(resp)
			}
		} else {
			err = errors.New("entry has no link")
		}
		if err != nil {
			body := fi.Content
			if body == "" {
				body = fi.Description
			}
			if len(body) < 200 {
				return Item{}, err
			}
			h, herr := FromHTML([]byte("<html><body><article>"+body+"</article></body></html>"), fi.Link)
			if herr != nil {
				return Item{}, err
			}
			it = h
			it.ID = urlID(fi.Link + fi.GUID)
		}
		it.URL = fi.Link
		if fi.Title != "" {
			it.Title = fi.Title
		}
		if feed.Title != "" {
			it.Outlet = feed.Title
		}
		if fi.PublishedParsed != nil {
			it.Published = *fi.PublishedParsed
		} else if fi.UpdatedParsed != nil && it.Published.IsZero() {
			it.Published = *fi.UpdatedParsed
		}
		it.Published = it.Published.UTC()
		if it.Published.After(time.Now().Add(48 * time.Hour)) {
			it.Published = time.Time{}
		}
		return it, nil
	}}
}
