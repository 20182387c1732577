// Package pipeline turns WARC archives into articles on Apache Beam: it
// reads the archives matched by a glob on any Beam file system (local
// files, gs:// and s3:// when their file systems are registered), parses
// every HTML response record with the article library exactly as the
// article command does for a WARC archive (the record's WARC-Target-URI as
// the URL, its WARC-Date as the reference time, the payload decoded by the
// library's warc package) and writes sharded JSON Lines, one record a line
// in the command's form {"warcRecordId":…,"warcTargetURI":…,"warcDate":…,
// "article":{…}}, the article as its JSON or its schema.org JSON-LD.
//
// Counters in the "article" namespace count what the command's summary
// line does: parsed (articles written), skipped (records that are not HTML
// responses), non-articles (pages judged not articles, written or not) and
// errors (records or archives that could not be read, parsed or
// validated). A bad record or a bad archive never fails the job: it is
// counted and logged, and the other records go on.
//
// It is a module of its own (github.com/articlekit/article/pipeline), so
// that the library's users never download the Beam SDK.
package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"reflect"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/articlekit/article"
	"github.com/articlekit/article/export"
	"github.com/articlekit/article/warc"
)

// Namespace is the namespace of the pipeline's counters.
const Namespace = "article"

// The counters, named as in the command's summary line.
var (
	parsedCount      = beam.NewCounter(Namespace, "parsed")
	skippedCount     = beam.NewCounter(Namespace, "skipped")
	nonArticlesCount = beam.NewCounter(Namespace, "non-articles")
	errorsCount      = beam.NewCounter(Namespace, "errors")
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Record)(nil)).Elem())
	register.DoFn3x0[context.Context, fileio.ReadableFile, func(Record)](&readFn{})
	register.Emitter1[Record]()
	register.DoFn3x0[context.Context, Record, func(string)](&parseFn{})
	register.Emitter1[string]()
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.Emitter2[int, string]()
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Iter1[string]()
}

// Counts are the pipeline's counters after a run, the figures of the
// article command's summary line.
type Counts struct {
	Parsed      int64 // articles written
	Skipped     int64 // records that are not HTML responses
	NonArticles int64 // pages judged not articles, written or not
	Errors      int64 // records or archives not read, parsed or validated
}

// CountsOf reads the counters of a finished run (the committed values,
// else the attempted ones).
func CountsOf(m metrics.Results) Counts {
	var c Counts
	for _, r := range m.AllMetrics().Counters() {
		if r.Namespace() != Namespace {
			continue
		}
		switch r.Name() {
		case "parsed":
			c.Parsed += r.Result()
		case "skipped":
			c.Skipped += r.Result()
		case "non-articles":
			c.NonArticles += r.Result()
		case "errors":
			c.Errors += r.Result()
		}
	}
	return c
}

// String is the counts as the article command's summary line: "N parsed,
// N skipped, N non-articles, N errors".
func (c Counts) String() string {
	return fmt.Sprintf("%d parsed, %d skipped, %d non-articles, %d errors", c.Parsed, c.Skipped, c.NonArticles, c.Errors)
}

// Options configure the pipeline. The zero value of each field but Input
// and Output is the article command's default.
type Options struct {
	// Input is a glob of WARC archives (.warc or .warc.gz, recognised by
	// their content), e.g. "gs://bucket/crawl/*.warc.gz".
	Input string
	// Output is the prefix of the output files:
	// PREFIX-00000-of-00010.jsonl and so on.
	Output string
	// Shards is the number of output files (default 10). Records go to
	// a shard by a hash of their line, so a rerun writes the same files.
	Shards int
	// Format is "json" (the Article JSON, the default) or "jsonld" (the
	// schema.org NewsArticle JSON-LD), as the command's -format.
	Format string
	// ArticlesOnly leaves out the pages judged not articles, as the
	// command's -articles-only.
	ArticlesOnly bool
	// Validate checks each article against the JSON Schema and leaves
	// out (as an error) the invalid ones, as the command's -validate.
	Validate bool
	// MaxBytes is the largest payload of a record, in bytes (default
	// article.DefaultMaxBytes), as the command's -max-bytes.
	MaxBytes int64
	// TZ is the time zone (an IANA name, e.g. "Europe/Moscow") of the
	// times pages give without one, as the command's -tz.
	TZ string
}

// check fills in the defaults and reports options that cannot work.
func (o *Options) check() error {
	if o.Input == "" {
		return errors.New("no input: give a glob of WARC archives")
	}
	if o.Output == "" {
		return errors.New("no output prefix")
	}
	if o.Shards == 0 {
		o.Shards = 10
	}
	if o.Shards < 0 {
		return fmt.Errorf("%d shards", o.Shards)
	}
	if o.Format == "" {
		o.Format = "json"
	}
	if o.Format != "json" && o.Format != "jsonld" {
		return fmt.Errorf("unknown format %q: want json or jsonld", o.Format)
	}
	if o.MaxBytes == 0 {
		o.MaxBytes = article.DefaultMaxBytes
	}
	if o.MaxBytes < 0 {
		return errors.New("the byte limit must be positive")
	}
	if o.TZ != "" {
		if _, err := time.LoadLocation(o.TZ); err != nil {
			return fmt.Errorf("time zone %q: %v", o.TZ, err)
		}
	}
	return nil
}

// Build adds the pipeline to s: match the input glob, read the archives,
// spread their records over the workers, parse them and write the shards.
func Build(s beam.Scope, o Options) error {
	if err := o.check(); err != nil {
		return err
	}
	if err := validScheme(o.Input); err != nil {
		return err
	}
	if err := validScheme(o.Output); err != nil {
		return err
	}
	// A glob that matches no file fails the run: a mistyped glob must
	// not pass for an empty crawl.
	files := fileio.MatchFiles(s, o.Input, fileio.MatchEmptyDisallow())
	lines, err := Lines(s, fileio.ReadMatches(s, files, fileio.ReadUncompressed()), o)
	if err != nil {
		return err
	}
	Write(s, o.Output, o.Shards, lines)
	return nil
}

// validScheme reports a path whose file system is not registered in this
// program (filesystem.ValidateScheme panics instead).
func validScheme(path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", path, r)
		}
	}()
	filesystem.ValidateScheme(path)
	return nil
}

// Lines turns a PCollection of fileio.ReadableFile, WARC archives, into
// the PCollection<string> of their records' JSON Lines (without the
// newline). The records are reshuffled between reading and parsing, so
// that the pages of one archive are parsed on many workers.
// Input and Output of o are not used.
func Lines(s beam.Scope, files beam.PCollection, o Options) (beam.PCollection, error) {
	o.Input, o.Output = "-", "-" // not used here
	if err := o.check(); err != nil {
		return beam.PCollection{}, err
	}
	s = s.Scope("article")
	recs := beam.ParDo(s.Scope("ReadWARC"), &readFn{MaxBytes: o.MaxBytes}, files)
	recs = beam.Reshuffle(s, recs)
	return beam.ParDo(s.Scope("Parse"), &parseFn{Format: o.Format, ArticlesOnly: o.ArticlesOnly, Validate: o.Validate, MaxBytes: o.MaxBytes, TZ: o.TZ}, recs), nil
}

// Record is a WARC response record holding an HTML page, on its way from
// the reading step to the parsing step: warc.Record in a form Beam can
// encode.
type Record struct {
	Label     string // names the record in logs: "ARCHIVE: record N <urn:uuid:…>"
	ID        string // WARC-Record-ID
	TargetURI string // WARC-Target-URI
	Date      string // WARC-Date
	Payload   []byte // the page, decoded (see warc.Record)
	Err       string // why the page could not be read, or ""
}

// readFn reads the records of one archive.
type readFn struct {
	MaxBytes int64
}

// ProcessElement emits the archive's HTML response records and counts the
// others as skipped. An archive that cannot be opened, is not a WARC
// archive or is damaged is counted as an error and logged; its records
// before the damage are emitted.
func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Record)) {
	name := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		errorsCount.Inc(ctx, 1)
		log.Errorf(ctx, "article: %s: %v", name, err)
		return
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	if warc.Sniff(br) != warc.Archive {
		errorsCount.Inc(ctx, 1)
		log.Errorf(ctx, "article: %s: not a WARC archive", name)
		return
	}
	err = warc.Read(name, br, f.MaxBytes, func(r *warc.Record) bool {
		rec := Record{Label: r.Label, ID: r.ID, TargetURI: r.TargetURI, Date: r.Date, Payload: r.Payload}
		if r.Err != nil {
			rec.Err = r.Err.Error()
		}
		emit(rec)
		return true
	}, func(warc.Skip) { skippedCount.Inc(ctx, 1) })
	if err != nil {
		errorsCount.Inc(ctx, 1)
		log.Errorf(ctx, "article: %s: reading the WARC archive: %v", name, err)
	}
}

// parseFn parses one record into its JSON line.
type parseFn struct {
	Format       string
	ArticlesOnly bool
	Validate     bool
	MaxBytes     int64
	TZ           string

	opts []article.Option
}

// Setup makes the options every record is parsed with.
func (f *parseFn) Setup() error {
	f.opts = []article.Option{article.WithMaxBytes(f.MaxBytes)}
	if f.TZ != "" {
		loc, err := time.LoadLocation(f.TZ)
		if err != nil {
			return err
		}
		f.opts = append(f.opts, article.WithLocation(loc))
	}
	return nil
}

// ProcessElement emits the record's line and counts it.
func (f *parseFn) ProcessElement(ctx context.Context, r Record, emit func(string)) {
	line, notArticle, err := f.line(r)
	switch {
	case err != nil && errors.Is(err, article.ErrNotArticle):
		nonArticlesCount.Inc(ctx, 1)
		log.Debugf(ctx, "article: %s: %v", r.Label, err)
	case err != nil:
		errorsCount.Inc(ctx, 1)
		log.Warnf(ctx, "article: %s: %s", r.Label, strings.TrimPrefix(err.Error(), "article: "))
	case notArticle:
		nonArticlesCount.Inc(ctx, 1)
	default:
		parsedCount.Inc(ctx, 1)
	}
	if line != nil {
		emit(string(line))
	}
}

// line parses the record as the article command does a WARC record (its
// work function): the same options, the same treatment of pages judged
// not articles (written, with their pageKind, when a headline or body text
// was found, unless ArticlesOnly), the same compact rendering and the
// same wrapping. It returns the line without its newline; notArticle
// tells a written page judged not an article.
func (f *parseFn) line(r Record) (line []byte, notArticle bool, err error) {
	if r.Err != "" {
		return nil, false, errors.New(r.Err)
	}
	if f.opts == nil {
		if err := f.Setup(); err != nil {
			return nil, false, err
		}
	}
	rec := &warc.Record{ID: r.ID, TargetURI: r.TargetURI, Date: r.Date, Payload: r.Payload}
	opts := append(append([]article.Option(nil), f.opts...), rec.Options(f.MaxBytes)...)
	a, err := article.ParseHTML(bytes.NewReader(rec.Payload), opts...)
	if err != nil {
		if f.ArticlesOnly || !errors.Is(err, article.ErrNotArticle) || a == nil || (a.Headline == "" && len(a.Body) == 0) {
			return nil, false, err
		}
		notArticle = true
	}
	if f.Validate {
		if err := a.Validate(); err != nil {
			return nil, false, err
		}
	}
	out, err := render(a, f.Format)
	if err != nil {
		return nil, false, err
	}
	out, err = rec.Wrap(out)
	if err != nil {
		return nil, false, err
	}
	return bytes.TrimSuffix(out, []byte("\n")), notArticle, nil
}

// render writes a on one line as the command's JSON Lines do: its JSON,
// HTML characters unescaped, or its JSON-LD compacted.
func render(a *article.Article, format string) ([]byte, error) {
	var buf bytes.Buffer
	if format == "jsonld" {
		var ld bytes.Buffer
		if err := export.JSONLD(&ld, a); err != nil {
			return nil, err
		}
		if err := json.Compact(&buf, ld.Bytes()); err != nil {
			return nil, err
		}
		buf.WriteByte('\n')
		return buf.Bytes(), nil
	}
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(a)
	return buf.Bytes(), err
}

// Write writes the lines into shards files named
// PREFIX-SSSSS-of-NNNNN.jsonl on any registered Beam file system, one line
// each. A line's shard is a hash of the line, so that a rerun (or a
// retried bundle) writes the same files; shards that get no line are not
// written. textio.Write of the Go SDK writes one file only, hence this
// sharded writer.
func Write(s beam.Scope, prefix string, shards int, lines beam.PCollection) {
	s = s.Scope("WriteShards")
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	beam.ParDo0(s, &writeFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

// shardFn keys a line by its shard.
type shardFn struct {
	Shards int
}

// ProcessElement emits the line keyed by the FNV-1a hash of its bytes
// modulo the number of shards.
func (f *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(max(f.Shards, 1))), line)
}

// ShardName is the name of the shard numbered shard of shards.
func ShardName(prefix string, shard, shards int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, shard, shards)
}

// writeFn writes one shard.
type writeFn struct {
	Prefix string
	Shards int
}

// ProcessElement writes the shard's lines, each followed by a newline. A
// failure to write fails the bundle, for the runner to retry.
func (f *writeFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(f.Prefix, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %v", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %v", name, err)
	}
	return nil
}
