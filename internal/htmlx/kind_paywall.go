package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
)

var (
	// strongPaywallText is what a paywall box says, in the languages the
	// library reads.
	strongPaywallText = []string{
		"subscribe to continue reading", "subscribe to read the full", "subscribe to keep reading",
		"subscribe to read more", "this article is for subscribers", "this article is only available to subscribers",
		"this content is for subscribers", "available to subscribers only", "continue reading with a subscription",
		"to continue reading, subscribe", "to read the full article, subscribe", "become a subscriber to read",
		"this story is for members", "this article is for members", "for members only", "members-only content",
		"become a member to read", "join to continue reading", "sign in to continue reading",
		"чтобы продолжить чтение", "чтобы прочитать статью полностью", "доступно только подписчикам",
		"только для подписчиков", "оформите подписку, чтобы",
		"lesen sie weiter mit", "weiterlesen mit", "nur für abonnenten", "exklusiv für abonnenten",
		"dieser artikel ist nur für abonnenten", "um den vollständigen artikel zu lesen",
		"abonnez-vous pour lire la suite", "réservé aux abonnés", "la suite est réservée",
		"pour lire la suite de cet article", "il vous reste",
	}
	// weakPaywallText is said by paywall boxes but also by site headers.
	weakPaywallText = []string{
		"already a subscriber", "already have an account", "subscribe now", "start your subscription",
		"become a member", "join today", "unlock this", "unlock our",
		"уже есть подписка", "оформить подписку", "bereits abonnent", "jetzt abonnieren",
		"déjà abonné", "je m'abonne", "abonnez-vous",
	}
)

// The phrase lists the paywall test looks for in the page's text, each as
// a WordSet: one pass over the body text (skipping, for these long
// phrases) instead of one strings.Contains over it per phrase. In answers
// as kindContainsAny with the list would.
var (
	meterAllowanceSet = textutil.NewWordSet(meterAllowanceText)
	strongPaywallSet  = textutil.NewWordSet(strongPaywallText)
	weakPaywallSet    = textutil.NewWordSet(weakPaywallText)
	subscribeWordSet  = textutil.NewWordSet(subscribeWords)
)

// kindContainsAny reports whether s contains any of subs.
func kindContainsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// paywall says why the page is a teaser, or "". Many free and metered
// articles carry paywall markup and even isAccessibleForFree false while
// serving the full text, so every signal needs the text to stop short.
func (s *PageSignals) paywall(prose, bodyWords int) string {
	words := max(prose, bodyWords)
	if s.LdNotFree && words < 300 {
		return "JSON-LD isAccessibleForFree false, short text"
	}
	if s.LdFree {
		return ""
	}
	if s.Marker && !meterAllowanceSet.In(s.bodyLower()) {
		if strongPaywallSet.In(s.MarkerText) && words < 400 {
			return "paywall box with subscribe text"
		}
		if (weakPaywallSet.In(s.MarkerText) || subscribeWordSet.In(s.MarkerText)) && words < 150 {
			return "paywall marker with subscribe text, short text"
		}
	}
	if prose < 250 && bodyWords < 400 && strongPaywallSet.In(s.bodyLower()) {
		return "subscribe text, short text"
	}
	return ""
}

// meterAllowanceText is what a metered site says to a reader still within
// the free allowance: the page carries the whole article.
var meterAllowanceText = []string{
	"free articles left", "free article left", "free articles remaining", "free article remaining",
	"бесплатных статей", "бесплатные статьи", "kostenlose artikel", "kostenlosen artikel",
	"articles gratuits", "article gratuit",
}

// subscribeWords are the stems of "subscribe" in the languages the library
// reads.
var subscribeWords = []string{"subscri", "abonn", "подпис", "suscrib", "abbonat", "abbonarsi", "subskry", "prenumer"}

// paywallTokens are class and id fragments of paywall boxes: the whole
// name contains the first set, a hyphen- or underscore-separated part
// equals one of the second.
var (
	paywallWhole = []string{"paywall", "pay-wall", "subscriber-only", "subscribers-only", "subscriberonly", "premium-content", "premium-wall", "regwall", "piano-offer"}
	paywallPart  = map[string]bool{"premium": true, "meter": true, "metered": true, "paywalled": true}
)

// paywallHints are in every name of paywallWhole and paywallPart: a class
// or id with none of them is no marker.
var paywallHints = []string{"pay", "premium", "meter", "subscriber", "regwall", "piano"}

// isPaywallName reports whether a lower-case class or id marks a paywall
// box.
func isPaywallName(v string) bool {
	if v == "" || !kindContainsAny(v, paywallHints) {
		return false
	}
	if kindContainsAny(v, paywallWhole) {
		return true
	}
	for i := 0; ; {
		var p string
		if p, i = textutil.NextPart(v, i, " -_"); p == "" {
			return false
		}
		if paywallPart[p] {
			return true
		}
	}
}
