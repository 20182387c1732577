// Command article-beam runs the article pipeline on Apache Beam: it reads
// the WARC archives matched by -input on any Beam file system (local
// files, gs://, s3://), parses every HTML response record as the article
// command does, and writes sharded JSON Lines under the -output prefix
// (PREFIX-00000-of-00010.jsonl …), one line per record:
// {"warcRecordId":…,"warcTargetURI":…,"warcDate":…,"article":{…}}.
//
// Usage:
//
//	article-beam -input 'crawl/*.warc.gz' -output out/articles [flags] [Beam flags]
//
// The runner is chosen by Beam's -runner flag (prism, the local runner, by
// default; dataflow, flink, spark, universal), with its own flags
// (-project, -region, -temp_location, -endpoint …): see README.md. At the
// end the counters are printed on standard error: "N parsed, N skipped, N
// non-articles, N errors", as the article command's summary line. A bad
// record or archive is counted and logged, never fails the job.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"   // gs://
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"    // s3://
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/articlekit/article"
	"github.com/articlekit/article/pipeline"
)

func main() {
	var o pipeline.Options
	flag.StringVar(&o.Input, "input", "", "`GLOB` of WARC archives (.warc, .warc.gz) on any Beam file system, e.g. gs://bucket/crawl/*.warc.gz")
	flag.StringVar(&o.Output, "output", "", "`PREFIX` of the output files, PREFIX-00000-of-00010.jsonl …")
	flag.IntVar(&o.Shards, "shards", 10, "number of output `files`")
	flag.StringVar(&o.Format, "format", "json", "`format` of the articles: json (the Article JSON) or jsonld (schema.org NewsArticle)")
	flag.BoolVar(&o.ArticlesOnly, "articles-only", false, "leave out the pages judged not to be articles (list, empty and not-article pages)")
	flag.BoolVar(&o.Validate, "validate", false, "check each article against the JSON Schema; invalid ones are counted as errors and left out")
	flag.Int64Var(&o.MaxBytes, "max-bytes", article.DefaultMaxBytes, "largest WARC record payload, in `bytes`")
	flag.StringVar(&o.TZ, "tz", "", "time `ZONE` for times the pages give without one, e.g. Europe/Moscow")
	flag.Parse()
	beam.Init()

	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, o); err != nil {
		fmt.Fprintf(os.Stderr, "article-beam: %v\n", err)
		flag.Usage()
		os.Exit(2)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "article-beam: %v\n", err)
		os.Exit(1)
	}
	if res != nil {
		fmt.Fprintln(os.Stderr, "article-beam: "+pipeline.CountsOf(res.Metrics()).String())
	}
}
