package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/articlekit/article"
	"github.com/articlekit/article/warc"
)

// The archives are read by the library's warc package, with
// github.com/nlnwa/gowarc/v3 (Apache-2.0, the National Library of Norway's
// WARC library, v3.1.0 of March 2026): it reads WARC 1.0 and 1.1,
// gzip-compressed per record or not, as a stream with an iterator API,
// validates records (Content-Length, digests) and keeps a record's block in
// memory up to 1 MB, spilling larger ones to a temporary file, so memory
// stays bounded whatever the record. The alternative served here,
// github.com/CorentinB/warc v0.8.33 (CC0, August 2023, since moved to
// github.com/internetarchive/gowarc), is a crawler's writing library: its
// reader only opens gzip-compressed archives ("gzip: invalid header" on a
// plain .warc), ends a record at the last CRLFCRLF it finds rather than at
// its Content-Length, and pulls in an HTTP client stack (utls, brotli,
// SOCKS, old golang.org/x modules). Reading speed is alike (the AEB archive,
// 3620 records, 300 MB of payload gzip-compressed: about 100 MB/s for both).
// The package is shared with the Apache Beam pipeline (the pipeline
// module), so that both read an archive into the same records. Its
// validation (a cache of every block, SHA-256 digests even of records that
// name none) cost about a tenth of a page's parse, for findings the command
// does not use but two (a record cut short, a wrong Content-Length): the
// warc package therefore frames records up to 4 MB itself, checks those
// two, and has gowarc parse their headers and HTTP message without it
// (warc/fast.go), leaving the rest to gowarc's validating reader.

// contentKind is what the first bytes of an input say it is.
type contentKind = warc.Kind

const (
	plainContent = warc.Plain   // text or HTML, parsed as it is
	gzipContent  = warc.Gzip    // gzip-compressed text or HTML
	warcContent  = warc.Archive // a WARC archive, gzip-compressed or not
)

// sniff tells a WARC archive (by the magic of its first record, inside a
// gzip member or not) and gzip-compressed input from plain input. It only
// peeks at br.
var sniff = warc.Sniff

// readWARC reads the archive in r record by record, calling emit with a
// task for each HTML response record (its payload read into memory, up to
// maxBytes) and skip for each other record. Only one record is held at a
// time, so memory is bounded by the largest record, not the archive. It
// stops at the first error that leaves the rest of the archive unreadable
// and returns it.
func readWARC(name string, r io.Reader, maxBytes int64, emit func(*task) bool, skip func(warc.Skip)) error {
	return warc.Read(name, r, maxBytes, func(rec *warc.Record) bool {
		t := &task{name: rec.Label, base: urlBase(rec.TargetURI), warc: rec, html: true, err: rec.Err}
		if tl := (*warc.TooLargeError)(nil); errors.As(rec.Err, &tl) {
			// Name the flag that sets the limit, as for files and URLs.
			t.err = fmt.Errorf("%w: more than %d bytes (-max-bytes)", article.ErrTooLarge, tl.Limit)
		}
		return emit(t)
	}, skip)
}
