// Package textlayout reads an article given as raw text (scraped, pasted,
// exported from a CMS): a headline line, an optional rubric in capitals, a
// dateline, a byline, a lead, then paragraphs, headings, lists and quoted
// blocks. A text with no headline line (its first line is prose: longer
// than a headline, or sentences of many words ending in a full stop, which
// headlines do not take) keeps that line in the body and lets its first
// sentence stand in as the headline, with a low confidence.
//
// Parse takes the decoded text and a model.Config and returns a
// model.Draft: the fields it found, its body blocks, and where each field
// came from (model.FromTextLayout, model.FromTextDate, model.FromByline).
// Quotations, language and word count are left to the root's enrichment.
package textlayout
