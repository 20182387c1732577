package article

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/eval"
)

// updateIdentity rewrites testdata/identity.txt from the current code.
var updateIdentity = flag.Bool("update-identity", false, "rewrite testdata/identity.txt with the digests of the current output")

// identityFile holds, for every input of the corpora in ../shared, the
// digest of the parser's output on it: the Article's JSON and the error's
// text. It is how a change that means to move code without changing what
// it does is checked: TestOutputIdentity fails on any page whose output
// moved. A change that means to alter the output rewrites it with
// -update-identity, and its diff says how many inputs changed.
const identityFile = "testdata/identity.txt"

// identityRef is the reference time of every parse, so that no digest
// depends on the day the test runs.
var identityRef = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// identityInput is one input of the check: a name (its corpus and path)
// and its bytes.
type identityInput struct {
	name string
	data func() ([]byte, error)
}

// identityInputs lists the inputs of every corpus found under root, in a
// fixed order: the HTML pages of the benchmarks (gzipped), the raw texts
// of the text corpora and the seed, and the PolNeAR articles' texts.
func identityInputs(t *testing.T, root string) []identityInput {
	var in []identityInput
	walk := func(dir, ext string, read func(string) ([]byte, error)) {
		base := filepath.Join(root, dir)
		err := filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(p, ext) {
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			in = append(in, identityInput{filepath.ToSlash(rel), func() ([]byte, error) { return read(p) }})
			return nil
		})
		if err != nil {
			t.Fatalf("listing %s: %v", base, err)
		}
	}
	for _, d := range []string{"bench/aeb", "bench/trafilatura-dev", "bench/web-extract/dev", "bench/web-extract/validation"} {
		walk(d, ".html.gz", eval.ReadGzip)
	}
	for _, d := range []string{"corpora/ru-quotes-dev", "corpora/uk-news", "seeds"} {
		walk(d, ".txt", os.ReadFile)
	}
	f, err := os.Open(filepath.Join(root, "corpora/polnear-train/articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var rec struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("polnear: %v", err)
		}
		text := rec.Text
		in = append(in, identityInput{"corpora/polnear-train/" + rec.ID, func() ([]byte, error) { return []byte(text), nil }})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return in
}

// outputDigest parses data as Parse does and returns a digest of the JSON
// of the result and of the error's text.
func outputDigest(data []byte) (string, error) {
	a, perr := Parse(strings.NewReader(string(data)), WithReferenceTime(identityRef))
	h := sha256.New()
	if a != nil {
		b, err := json.Marshal(a)
		if err != nil {
			return "", err
		}
		h.Write(b)
	}
	if perr != nil {
		fmt.Fprintf(h, "\x00error: %v", perr)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// TestOutputIdentity parses every input of the corpora in ../shared and
// compares the digest of each output with testdata/identity.txt. It skips
// when ../shared is absent (a user's fresh clone) and under the race
// detector (which makes the 3,700 parses take minutes; .ci/run runs it
// without).
func TestOutputIdentity(t *testing.T) {
	const root = "../shared"
	if _, err := os.Stat(filepath.Join(root, "bench/aeb")); err != nil {
		t.Skip("../shared (the corpora) is not here: nothing to compare")
	}
	if raceEnabled && !*updateIdentity {
		t.Skip("skipped under -race: .ci/run runs it without")
	}
	if testing.Short() {
		t.Skip("skipped with -short")
	}
	inputs := identityInputs(t, root)
	got := make(map[string]string, len(inputs))
	for _, in := range inputs {
		b, err := in.data()
		if err != nil {
			t.Fatalf("%s: %v", in.name, err)
		}
		d, err := outputDigest(b)
		if err != nil {
			t.Fatalf("%s: %v", in.name, err)
		}
		got[in.name] = d
	}
	if *updateIdentity {
		names := make([]string, 0, len(got))
		for n := range got {
			names = append(names, n)
		}
		slices.Sort(names)
		var sb strings.Builder
		sb.WriteString("# Digest of Parse's output (JSON + error) on every corpus input in ../shared.\n")
		sb.WriteString("# Written by: go test -run TestOutputIdentity -update-identity .\n")
		for _, n := range names {
			fmt.Fprintf(&sb, "%s %s\n", got[n], n)
		}
		if err := os.WriteFile(identityFile, []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d digests to %s", len(names), identityFile)
		return
	}
	want := readIdentity(t)
	var moved, missing []string
	for n, d := range got {
		w, ok := want[n]
		switch {
		case !ok:
			missing = append(missing, n)
		case w != d:
			moved = append(moved, n)
		}
	}
	for n := range want {
		if _, ok := got[n]; !ok {
			missing = append(missing, n)
		}
	}
	slices.Sort(moved)
	slices.Sort(missing)
	if len(moved)+len(missing) > 0 {
		t.Errorf("%d of %d outputs differ from %s, %d inputs are new or gone (rewrite it with -update-identity when the change is meant):\nchanged: %s\nnew or gone: %s",
			len(moved), len(got), identityFile, len(missing), head(moved, 20), head(missing, 20))
	}
	t.Logf("%d outputs compared", len(got))
}

// readIdentity reads the committed digests.
func readIdentity(t *testing.T) map[string]string {
	b, err := os.ReadFile(identityFile)
	if err != nil {
		t.Fatalf("%v (write it with -update-identity)", err)
	}
	want := map[string]string{}
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		d, n, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("%s: bad line %q", identityFile, line)
		}
		want[n] = d
	}
	return want
}

// head joins the first n names.
func head(ss []string, n int) string {
	if len(ss) > n {
		return strings.Join(ss[:n], ", ") + fmt.Sprintf(", … (%d more)", len(ss)-n)
	}
	return strings.Join(ss, ", ")
}
