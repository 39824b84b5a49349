package negotiate

import (
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"golang.org/x/text/language"
)

// supported are the language tags the matcher chooses from, and langs the
// language each stands for, in the order of auhl.Langs.
var (
	supported = []language.Tag{language.Dutch, language.English}
	langs     = auhl.Langs()
)

var matcher = language.NewMatcher(supported)

// Tag returns the BCP 47 tag of l; an unknown language gives Dutch.
func Tag(l auhl.Lang) language.Tag {
	if l == auhl.English {
		return language.English
	}
	return language.Dutch
}

// Match returns the supported language that best fits the given BCP 47
// tags, most preferred first, such as a browser's navigator.languages or a
// page's lang attribute: nl-BE and nl-NL give Dutch, en-GB and en-US give
// English, and anything else (no tag, an unparsable tag, only other
// languages) gives Dutch.
func Match(tags ...string) auhl.Lang {
	var parsed []language.Tag
	for _, s := range tags {
		s = strings.TrimSpace(s)
		if s == "" || len(s) > 64 {
			continue
		}
		// POSIX-style "en_GB" means en-GB.
		if t, err := language.Parse(strings.ReplaceAll(s, "_", "-")); err == nil {
			parsed = append(parsed, t)
		}
	}
	return match(parsed)
}

// AcceptLanguage returns the supported language that best fits an HTTP
// Accept-Language header, with its quality values ("en-GB,en;q=0.9,nl;q=0.8"
// gives English). A missing or malformed header gives Dutch.
func AcceptLanguage(acceptLanguage string) auhl.Lang {
	if len(acceptLanguage) > 4096 {
		acceptLanguage = acceptLanguage[:4096]
	}
	tags, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil {
		return auhl.Dutch
	}
	return match(tags)
}

// match decides in two passes, most preferred tag first. The reader's own
// language comes first: the first tag in Dutch or English, whatever its
// region or script, decides. Failing that, the first tag in a language
// whose speakers x/text's matcher (CLDR's language distances) sends to
// Dutch or English decides: Frisian and Afrikaans give Dutch; Welsh, Irish
// or Swahili English. Failing that, Dutch. Taking the tags one at a time
// keeps the reader's order: x/text's matcher over the whole list can prefer
// a later exact "en" to an earlier "en-IE" or "nl-BE".
func match(tags []language.Tag) auhl.Lang {
	for _, t := range tags {
		// Only the language the tag names, not one x/text guesses for
		// "und".
		b, conf := t.Base()
		switch {
		case conf != language.Exact:
		case b.String() == "nl":
			return auhl.Dutch
		case b.String() == "en":
			return auhl.English
		}
	}
	for _, t := range tags {
		// Use the index, not the returned tag: for nl-BE the matcher
		// returns nl-u-rg-bezzzz, which is Dutch all the same.
		if _, i, conf := matcher.Match(t); conf != language.No {
			return langs[i]
		}
	}
	return auhl.Dutch
}

// FromLocale returns the supported language of the POSIX locale in the
// environment, read through getenv (os.Getenv in a program): the first of
// LC_ALL, LC_MESSAGES and LANG that is set and not "C" or "POSIX", so that
// "en_GB.UTF-8" gives English and "nl_BE.UTF-8" Dutch. No usable locale
// gives Dutch.
func FromLocale(getenv func(string) string) auhl.Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" || v == "C" || v == "POSIX" {
			continue
		}
		v, _, _ = strings.Cut(v, ".")
		v, _, _ = strings.Cut(v, "@")
		return Match(strings.ReplaceAll(v, "_", "-"))
	}
	return auhl.Dutch
}
