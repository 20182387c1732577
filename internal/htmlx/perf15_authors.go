package htmlx

// cleanMemo keeps CleanAuthors' answers for one page's choice of authors:
// pickAuthors weighs the same sources several times (whether they name
// only the site, the choice itself, the publisher's fallback, a wider
// list of the same names), and CleanAuthors, a function of its two
// arguments alone, cleaned each name anew each time (a third of its
// calls on the AEB pages). The names handed back are only read.
type cleanMemo struct {
	raw, pub []string
	names    [][]string
}

// maxCleanMemo bounds the answers a cleanMemo keeps (a page's sources
// name a few people; a list of hundreds is cleaned as before).
const maxCleanMemo = 64

// clean is CleanAuthors(raw, pub), remembered; a nil memo remembers
// nothing.
func (c *cleanMemo) clean(raw, pub string) []string {
	if c == nil {
		return CleanAuthors(raw, pub)
	}
	for i := range c.raw {
		if c.raw[i] == raw && c.pub[i] == pub {
			return c.names[i]
		}
	}
	names := CleanAuthors(raw, pub)
	if len(c.raw) < maxCleanMemo {
		c.raw, c.pub, c.names = append(c.raw, raw), append(c.pub, pub), append(c.names, names)
	}
	return names
}
