package attrib

// QuoteWeights returns the learned quotation filter's weights, for the
// training test to compare a new fit with.
func QuoteWeights() [NQuoteFeatures]float64 { return quoteWeights }

// QuoteThreshold is the score above which the filter keeps a quotation.
const QuoteThreshold = quoteThreshold
