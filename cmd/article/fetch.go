package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/httpbody"
)

// userAgent names the command to the sites it fetches from.
const userAgent = "articlekit/article (+https://github.com/articlekit/article)"

// maxRedirects bounds the redirects followed for one URL.
const maxRedirects = 10

// fetcher downloads pages for the URL inputs: bounded in time, size and
// redirects, and at most perHost requests at a time to one host.
type fetcher struct {
	client   *http.Client
	maxBytes int64
	perHost  int

	mu    sync.Mutex
	hosts map[string]chan struct{}
}

// newFetcher returns a fetcher whose whole request (connection, redirects
// and body) must finish within timeout.
func newFetcher(timeout time.Duration, maxBytes int64, perHost int) *fetcher {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = (&net.Dialer{Timeout: min(timeout, 30*time.Second), KeepAlive: 30 * time.Second}).DialContext
	tr.ResponseHeaderTimeout = timeout
	tr.MaxConnsPerHost = perHost
	return &fetcher{
		client: &http.Client{
			Transport: tr,
			Timeout:   timeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= maxRedirects {
					return fmt.Errorf("stopped after %d redirects", maxRedirects)
				}
				if err := checkURL(req.URL); err != nil {
					return err
				}
				req.Header.Set("User-Agent", userAgent)
				return nil
			},
		},
		maxBytes: maxBytes,
		perHost:  max(perHost, 1),
		hosts:    map[string]chan struct{}{},
	}
}

// isURL reports whether an argument names a URL rather than a file: it
// starts with a scheme and "://".
func isURL(arg string) bool {
	i := strings.Index(arg, "://")
	if i <= 0 {
		return false
	}
	for _, r := range arg[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// parseURL checks that s is an absolute http or https URL with a host.
func parseURL(s string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("malformed URL: %v", err)
	}
	return u, checkURL(u)
}

// checkURL accepts absolute http and https URLs with a host.
func checkURL(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	case "":
		return fmt.Errorf("malformed URL %q: no scheme (want http:// or https://)", u.String())
	default:
		return fmt.Errorf("unsupported URL scheme %q (want http or https)", u.Scheme)
	}
	if u.Host == "" || u.Hostname() == "" {
		return fmt.Errorf("malformed URL %q: no host", u.String())
	}
	return nil
}

// acquire waits for a free slot for host and returns its release.
func (f *fetcher) acquire(ctx context.Context, host string) (func(), error) {
	f.mu.Lock()
	sem, ok := f.hosts[host]
	if !ok {
		sem = make(chan struct{}, f.perHost)
		f.hosts[host] = sem
	}
	f.mu.Unlock()
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// page is a fetched HTML page, decoded to UTF-8 when its Content-Type
// declares another charset.
type page struct {
	body     []byte
	finalURL string
}

// fetch downloads rawURL. It fails for malformed URLs and other schemes than
// http and https, HTTP errors (status other than 2xx), responses that are
// not HTML, and bodies longer than maxBytes.
func (f *fetcher) fetch(ctx context.Context, rawURL string) (*page, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	release, err := f.acquire(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, err
	}
	defer release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("malformed URL: %v", err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) && ue.Timeout() {
			return nil, fmt.Errorf("timed out: %v", ue.Err)
		}
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	body, err := readLimited(resp.Body, f.maxBytes, resp.ContentLength)
	if err != nil {
		return nil, err
	}
	ct := resp.Header.Get("Content-Type")
	if !httpbody.IsHTML(ct, body) {
		return nil, fmt.Errorf("not an HTML page (Content-Type %q)", ct)
	}
	body, err = httpbody.DecodeDeclared(ct, body)
	if err != nil {
		return nil, err
	}
	return &page{body: body, finalURL: resp.Request.URL.String()}, nil
}

// readLimited reads r to its end, failing with article.ErrTooLarge when it
// holds more than max bytes. hint, when positive, is the expected length:
// the buffer is then allocated once.
func readLimited(r io.Reader, max, hint int64) ([]byte, error) {
	b, over, err := httpbody.ReadLimited(r, max, hint)
	if over {
		return nil, fmt.Errorf("%w: more than %d bytes (-max-bytes)", article.ErrTooLarge, max)
	}
	return b, err
}
