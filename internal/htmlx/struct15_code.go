package htmlx

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The language of a code block and the line numbers beside it, by the
// conventions of the code highlighters and converters that write the
// markup of code on the web.

// preLanguage returns the programming language the markup names for a
// <pre>, lower case, "" when it names none: on the <pre> itself or the
// <code> in it (the HTML standard's class="language-go", prettify's
// "lang-py", SyntaxHighlighter's "brush: js", pandoc's "sourceCode
// haskell", GeSHi's and old highlight.js's bare "python", Hugo's and
// others' data-lang), then on the few wrappers around it (Jekyll's
// <div class="language-go highlighter-rouge">, GitHub's
// "highlight-source-python", Sphinx's "highlight-python"), up to the
// first sectioning element.
func preLanguage(p *html.Node) string {
	if l := elemLanguage(p, true); l != "" {
		return l
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Code {
			if l := elemLanguage(c, true); l != "" {
				return l
			}
		}
	}
	for k, a := 0, p.Parent; k < 6 && a != nil && a.Type == html.ElementNode; k, a = k+1, a.Parent {
		switch a.DataAtom {
		case atom.Body, atom.Article, atom.Main, atom.Section:
			return ""
		}
		if l := elemLanguage(a, false); l != "" {
			return l
		}
	}
	return ""
}

// elemLanguage reads the language one element names (see preLanguage);
// own is true for the <pre> or <code> itself, which alone may name it by
// a bare class or prettify's lang- prefix (on a wrapper, "lang-en" is the
// page's human language).
func elemLanguage(n *html.Node, own bool) string {
	for _, k := range []string{"data-lang", "data-language"} {
		if l := strings.ToLower(strings.TrimSpace(attr(n, k))); validLanguage(l) {
			return l
		}
	}
	cls := strings.ToLower(attr(n, "class"))
	for _, s := range []string{cls, strings.ToLower(attr(n, "data-syntaxhighlighter-params"))} {
		// SyntaxHighlighter: "brush: js; gutter: false".
		if _, rest, ok := strings.Cut(s, "brush:"); ok {
			rest = strings.TrimSpace(rest)
			if i := strings.IndexAny(rest, "; \t\n"); i >= 0 {
				rest = rest[:i]
			}
			if validLanguage(rest) {
				return rest
			}
		}
	}
	fields := strings.Fields(cls)
	prefixes := []string{"language-", "highlight-source-", "highlight-"}
	if own {
		prefixes = append(prefixes, "lang-")
	}
	for _, f := range fields {
		for _, p := range prefixes {
			if l, ok := strings.CutPrefix(f, p); ok && validLanguage(l) && l != "default" {
				return l
			}
		}
	}
	if !own {
		return ""
	}
	pandoc := false
	for _, f := range fields {
		pandoc = pandoc || f == "sourcecode"
	}
	for _, f := range fields {
		// pandoc: class="sourceCode numberSource haskell"; GeSHi and
		// highlight.js before version 10: a bare language name.
		if pandoc && validLanguage(f) && f != "sourcecode" && f != "numbersource" && f != "numberlines" || bareLanguages[f] {
			return f
		}
	}
	return ""
}

// bareLanguages are the language names highlighters write as a bare class
// on a <pre> or <code> (GeSHi, highlight.js before version 10), the common
// ones only: a bare class is read as a language only when it is one.
var bareLanguages = map[string]bool{
	"python": true, "javascript": true, "java": true, "cpp": true, "csharp": true, "golang": true,
	"rust": true, "ruby": true, "php": true, "perl": true, "bash": true, "shell": true, "sql": true,
	"xml": true, "css": true, "json": true, "yaml": true, "haskell": true, "scala": true, "kotlin": true,
	"swift": true, "typescript": true, "lua": true, "matlab": true, "powershell": true, "objc": true,
	"makefile": true, "dockerfile": true, "erlang": true, "elixir": true, "clojure": true, "lisp": true,
	"ocaml": true, "fsharp": true, "vbnet": true, "groovy": true, "dart": true, "julia": true,
	"fortran": true, "pascal": true, "delphi": true, "nasm": true, "coffeescript": true, "latex": true,
}

// lineGutter reports whether a <pre> is the column of line numbers a
// highlighter sets beside its code in a two-cell table (Pygments'
// highlighttable, Rouge's rouge-table, SyntaxHighlighter's gutter): it
// sits in a table cell, and either its class or a wrapper's up to the
// cell names line numbers or a gutter, or it holds nothing but numbers
// and a cell of its row holds another <pre>, the code.
func lineGutter(p *html.Node) bool {
	td := enclosing(p, atom.Td, 4)
	if td == nil {
		return false
	}
	for n := p; n != nil && n != td.Parent; n = n.Parent {
		c := strings.ToLower(attr(n, "class"))
		if strings.Contains(c, "lineno") || strings.Contains(c, "gutter") || strings.Contains(c, "line-number") || strings.Contains(c, "linenumber") {
			return true
		}
	}
	words := strings.Fields(nodeText(p))
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	for c := td.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == td || c.DataAtom != atom.Td {
			continue
		}
		for d := range c.Descendants() {
			if d.DataAtom == atom.Pre && d.Type == html.ElementNode {
				return true
			}
		}
	}
	return false
}
