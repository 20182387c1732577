package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/eval"
)

// Shared parts of the trainings of the metadata rankers (the section's,
// html_section_train_test.go; the authors', html_author_train_test.go):
// the labelled tuning pages, a conditional logit fitted by gradient
// descent, and the cross-check by site halves.

// labelledPage is one hand-labelled tuning page: where it is, its site,
// and the labels of testdata/webextract-dev-meta.json (or, for the pages
// of testdata/sections.json, the section alone).
type labelledPage struct {
	id, path, url, site string
	meta                *devMetaLabel
	section             *string // for sections.json pages
	sectionOnly         bool
}

// labelledPages reads the labelled tuning pages: the web-extract dev pages
// of testdata/webextract-dev-meta.json, then the pages of
// testdata/sections.json that table does not hold. It skips the test when
// ../shared is absent.
func labelledPages(t *testing.T) []labelledPage {
	t.Helper()
	gtBytes, err := os.ReadFile(filepath.Join(webExtractDevDir, "ground-truth.json"))
	if err != nil {
		t.Skipf("web-extract dev pages not found at %s", webExtractDevDir)
	}
	var gt map[string]struct {
		File string `json:"file"`
		URL  string `json:"url"`
		Site string `json:"site"`
	}
	if err := json.Unmarshal(gtBytes, &gt); err != nil {
		t.Fatal(err)
	}
	var labels []devMetaLabel
	lb, err := os.ReadFile("testdata/webextract-dev-meta.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(lb, &labels); err != nil {
		t.Fatal(err)
	}
	var out []labelledPage
	seen := map[string]bool{}
	for i := range labels {
		l := &labels[i]
		g := gt[l.ID]
		seen[l.ID] = true
		out = append(out, labelledPage{id: l.ID, path: filepath.Join(webExtractDevDir, g.File), url: g.URL, site: g.Site, meta: l})
	}
	raw, err := os.ReadFile(filepath.Join("testdata", "sections.json"))
	if err != nil {
		t.Fatal(err)
	}
	var sl []sectionLabel
	if err := json.Unmarshal(raw, &sl); err != nil {
		t.Fatal(err)
	}
	for _, l := range sl {
		if seen[l.ID] {
			continue
		}
		site := ""
		if g, ok := gt[l.ID]; ok {
			site = g.Site
		} else {
			site = regDomain(l.URL)
		}
		out = append(out, labelledPage{id: l.ID, path: filepath.Join("..", "shared", "bench", l.File), url: l.URL, site: site, section: l.Section, sectionOnly: true})
	}
	return out
}

// regDomain is the last two labels of a URL's host (three under a
// second-level label such as co.uk).
func regDomain(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	l := strings.Split(strings.ToLower(u), ".")
	keep := 2
	if len(l) >= 3 && (l[len(l)-2] == "co" || l[len(l)-2] == "com" || l[len(l)-2] == "org") {
		keep = 3
	}
	if len(l) > keep {
		l = l[len(l)-keep:]
	}
	return strings.Join(l, ".")
}

// parsePage parses a labelled page, gzipped, with its URL.
func parsePage(t *testing.T, p labelledPage) *Article {
	t.Helper()
	b, err := eval.ReadGzip(p.path)
	if err != nil {
		t.Fatal(err)
	}
	var opts []Option
	if p.url != "" {
		opts = append(opts, WithURL(p.url))
	}
	a, _ := ParseHTML(bytes.NewReader(b), opts...)
	if a == nil {
		a = &Article{}
	}
	return a
}

// choiceGroup is one page's choice: each candidate's features, and which
// candidates are right (none when no candidate is).
type choiceGroup struct {
	x      [][]float64
	right  []bool
	half   int
	id     string
	values []string
}

// fitLogit fits a conditional logit on the groups that have a right
// candidate (the likelihood of the right candidates' total probability)
// with an L2 penalty lambda on the distance to the prior weights (the
// hand-set order of trust the rules used; zero when prior is nil), by
// gradient descent from the prior.
func fitLogit(groups []choiceGroup, nf int, lambda float64, prior []float64) []float64 {
	if prior == nil {
		prior = make([]float64, nf)
	}
	w := append([]float64(nil), prior...)
	var use []choiceGroup
	for _, g := range groups {
		for _, r := range g.right {
			if r {
				use = append(use, g)
				break
			}
		}
	}
	if len(use) == 0 {
		return w
	}
	// Adam on the mean negative log-likelihood.
	m, v := make([]float64, nf), make([]float64, nf)
	const lr, b1, b2 = 0.05, 0.9, 0.999
	for it := 1; it <= 3000; it++ {
		grad := make([]float64, nf)
		for _, g := range use {
			s := make([]float64, len(g.x))
			mx := math.Inf(-1)
			for k, x := range g.x {
				for i, xi := range x {
					s[k] += w[i] * xi
				}
				mx = math.Max(mx, s[k])
			}
			z, zr := 0.0, 0.0
			for k := range s {
				s[k] = math.Exp(s[k] - mx)
				z += s[k]
				if g.right[k] {
					zr += s[k]
				}
			}
			for k, x := range g.x {
				p, q := s[k]/z, 0.0
				if g.right[k] {
					q = s[k] / zr
				}
				for i, xi := range x {
					grad[i] += (p - q) * xi
				}
			}
		}
		for i := range grad {
			grad[i] /= float64(len(use))
			grad[i] += lambda * (w[i] - prior[i])
			m[i] = b1*m[i] + (1-b1)*grad[i]
			v[i] = b2*v[i] + (1-b2)*grad[i]*grad[i]
			mh := m[i] / (1 - math.Pow(b1, float64(it)))
			vh := v[i] / (1 - math.Pow(b2, float64(it)))
			w[i] -= lr * mh / (math.Sqrt(vh) + 1e-8)
		}
	}
	return w
}

// choicePick returns the index of the candidate w scores highest.
func choicePick(x [][]float64, w []float64) int {
	best, bs := 0, math.Inf(-1)
	for k, f := range x {
		s := 0.0
		for i, xi := range f {
			s += w[i] * xi
		}
		if s > bs {
			best, bs = k, s
		}
	}
	return best
}

// accuracy is the share of groups (of one half, or all when half < 0)
// whose pick by w is right.
func accuracy(groups []choiceGroup, w []float64, half int) (int, int) {
	right, n := 0, 0
	for _, g := range groups {
		if half >= 0 && g.half != half {
			continue
		}
		n++
		if g.right[choicePick(g.x, w)] {
			right++
		}
	}
	return right, n
}

// choiceCrossCheck logs, for each half of the sites, the accuracy of the
// weights trained on the other half, beside that of the weights in use.
func choiceCrossCheck(t *testing.T, groups []choiceGroup, nf int, lambda float64, prior, inUse []float64) {
	t.Helper()
	for h := 0; h < 2; h++ {
		var train []choiceGroup
		for _, g := range groups {
			if g.half != h {
				train = append(train, g)
			}
		}
		w := fitLogit(train, nf, lambda, prior)
		r, n := accuracy(groups, w, h)
		r0, _ := accuracy(groups, inUse, h)
		t.Logf("half %c held out (lambda %g): trained on the other half %d/%d = %.3f; weights in use %d/%d = %.3f", 'A'+h, lambda, r, n, float64(r)/float64(n), r0, n, float64(r0)/float64(n))
	}
}

// writeWeights writes a Go file in internal/htmlx declaring name as an
// array of nf weights indexed by the feature constants names.
func writeWeights(t *testing.T, file, name, doc string, names []string, w []float64) {
	t.Helper()
	var sb strings.Builder
	sb.WriteString("package htmlx\n\n// Code generated by " + doc + "; DO NOT EDIT.\n\n")
	fmt.Fprintf(&sb, "// %s are the learned weights, by feature.\nvar %s = [%d]float64{\n", name, name, len(w))
	for i, x := range w {
		fmt.Fprintf(&sb, "\t%s: %.4f,\n", names[i], x)
	}
	sb.WriteString("}\n")
	src, err := format.Source([]byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("internal", "htmlx", file), src, 0o644); err != nil {
		t.Fatal(err)
	}
}
