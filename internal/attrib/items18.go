package attrib

// itemSentences splits the sentences of a list block at its line breaks
// outside quotations: each item of a list is a unit of its own, punctuated
// or not ("… 40 new stations" / "Lower speed limits …" are two, and no
// outlet noun reaches across them to the next item's first word). Line
// breaks inside a paragraph (soft breaks) are left alone: a sentence goes
// on across them.
func itemSentences(s string, sents []sentence, spans []qspan) []sentence {
	var out []sentence
	qi := 0
	for _, sn := range sents {
		start := sn.Start
		for i := sn.Start; i < sn.End; i++ {
			if s[i] != '\n' {
				continue
			}
			for qi < len(spans) && spans[qi].oend <= i {
				qi++
			}
			if qi < len(spans) && i >= spans[qi].ostart {
				continue // inside a quotation
			}
			if start < i {
				out = append(out, sentence{start, i})
			}
			start = i + 1
		}
		if start < sn.End {
			out = append(out, sentence{start, sn.End})
		}
	}
	return out
}
