// Package httpbody holds what the CLI's fetcher and the warc package both
// ask of an HTTP response: whether it is an HTML page, and its body in
// UTF-8 when the Content-Type declares another charset.
package httpbody

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"golang.org/x/net/html/charset"
)

// IsHTML reports whether a response of Content-Type ct is an HTML page:
// text/html or application/xhtml+xml, or, when no type is given, a body
// that the WHATWG sniffing rules take for HTML.
func IsHTML(ct string, body []byte) bool {
	if strings.TrimSpace(ct) == "" {
		ct = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		// A malformed header: take its type part as it is written.
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// DecodeDeclared transcodes body to UTF-8 from the charset its Content-Type
// declares, since a transport-level declaration wins over the page's own
// <meta> as it does in browsers. A byte-order mark wins over both (as in
// browsers), so a body starting with one is left to the library's decoder,
// as is a body declared UTF-8, an unknown label, or no declaration at all.
func DecodeDeclared(ct string, body []byte) ([]byte, error) {
	_, params, err := mime.ParseMediaType(ct)
	if err != nil || params["charset"] == "" {
		return body, nil
	}
	if bytes.HasPrefix(body, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(body, []byte("\xfe\xff")) || bytes.HasPrefix(body, []byte("\xff\xfe")) {
		return body, nil
	}
	enc, name := charset.Lookup(params["charset"])
	if enc == nil || name == "utf-8" {
		return body, nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, fmt.Errorf("decoding the page from %s: %v", name, err)
	}
	return out, nil
}
