package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
)

// ErrPrivate is returned for a URL that resolves to a private, loopback or
// otherwise internal address while private addresses are not allowed.
var ErrPrivate = errors.New("refusing private or loopback address (use --allow-private)")

// FetcherOptions configures a Fetcher.
type FetcherOptions struct {
	Timeout      time.Duration // whole request; default 30 s
	MaxBytes     int64         // response body; default 10 MB
	AllowPrivate bool
	UserAgent    string
}

// Fetcher gets pages and feeds over HTTP with the limits a crawler of
// untrusted URLs needs: timeouts, a size cap, few redirects, and no way to
// reach internal addresses (checked on the resolved address at dial time,
// so DNS tricks and redirects cannot get around it).
type Fetcher struct {
	client *http.Client
	opts   FetcherOptions
}

// NewFetcher builds a Fetcher.
func NewFetcher(o FetcherOptions) *Fetcher {
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 10 << 20
	}
	if o.UserAgent == "" {
		o.UserAgent = "sitrep/1 (+conflict-reporting ledger)"
	}
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !o.AllowPrivate {
		d.Control = refusePrivate
	}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       60 * time.Second,
	}
	c := &http.Client{
		Transport: tr,
		Timeout:   o.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s: not http(s)", req.URL.Scheme)
			}
			return nil
		},
	}
	return &Fetcher{client: c, opts: o}
}

func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	ip = ip.Unmap()
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() || cgnat.Contains(ip) {
		return fmt.Errorf("%s: %w", address, ErrPrivate)
	}
	return nil
}

var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// Response is a fetched body with the validators for a conditional get.
type Response struct {
	URL          string // after redirects
	ContentType  string
	Body         []byte
	ETag         string
	LastModified string
	NotModified  bool
}

// Get fetches u, conditionally when etag or lastModified are given.
func (f *Fetcher) Get(ctx context.Context, u, etag, lastModified string) (Response, error) {
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return Response{}, fmt.Errorf("fetch %q: not an http(s) URL", u)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return Response{}, fmt.Errorf("fetch %s: %w", u, err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return Response{}, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	r := Response{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified {
		r.NotModified = true
		return r, nil
	}
	if resp.StatusCode != http.StatusOK {
		return r, fmt.Errorf("fetch %s: %s", u, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return r, fmt.Errorf("fetch %s: %w", u, err)
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return r, fmt.Errorf("fetch %s: larger than %d bytes", u, f.opts.MaxBytes)
	}
	r.Body = body
	return r, nil
}

// IsFeed guesses from the content type and first bytes whether a body is
// an RSS or Atom feed rather than a page.
func IsFeed(contentType string, body []byte) bool {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "rss") || strings.Contains(ct, "atom") {
		return true
	}
	if strings.Contains(ct, "html") {
		return false
	}
	head := bytes.ToLower(body[:min(len(body), 1024)])
	return bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:rdf"))
}

// FromHTML extracts an article's main text and metadata from a page.
func FromHTML(body []byte, pageURL string) (Item, error) {
	var pu *url.URL
	if pageURL != "" {
		pu, _ = url.Parse(pageURL)
	}
	art, err := readability.FromReader(bytes.NewReader(body), pu)
	if err != nil {
		return Item{}, fmt.Errorf("extract page text: %w", err)
	}
	var b strings.Builder
	if art.Node == nil {
		return Item{}, errors.New("extract page text: no article content found")
	}
	if err := art.RenderText(&b); err != nil {
		return Item{}, fmt.Errorf("extract page text: %w", err)
	}
	it := Item{URL: pageURL, Title: strings.TrimSpace(art.Title()), Outlet: art.SiteName(), Text: b.String()}
	if t, err := art.PublishedTime(); err == nil {
		it.Published = t
	}
	if it.Outlet == "" && pu != nil {
		it.Outlet = strings.TrimPrefix(pu.Hostname(), "www.")
	}
	if it.Title != "" && !strings.HasPrefix(strings.TrimSpace(it.Text), it.Title) {
		// The engine reads the headline as the first line, as in a file.
		it.Text = it.Title + "\n\n" + it.Text
	}
	return it, nil
}
