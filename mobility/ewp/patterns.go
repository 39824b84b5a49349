package ewp

import (
	"strings"
	"unicode/utf8"
)

// The patterns of the EWP simple types, written out: each function
// reports whether s matches the whole pattern its comment gives.

// isASCIIID: ewp:AsciiPrintableIdentifier, [&#x21;-&#x7E;]{1,64}.
func isASCIIID(s string) bool {
	if len(s) < 1 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7E {
			return false
		}
	}
	return true
}

// isCourseID: an AsciiPrintableIdentifier that is one of the prefixes, a
// slash and 1 to 40 characters (course:LosID and course:LoiID).
func isCourseID(s string, prefixes ...string) bool {
	if !isASCIIID(s) {
		return false
	}
	kind, rest, ok := strings.Cut(s, "/")
	if !ok {
		return false
	}
	for _, p := range prefixes {
		if kind == p {
			return len(rest) >= 1 && len(rest) <= 40
		}
	}
	return false
}

// isLosID: course:LosID, (CR|CLS|MOD|DEP)/(.{1,40}).
func isLosID(s string) bool { return isCourseID(s, "CR", "CLS", "MOD", "DEP") }

// isLoiID: course:LoiID, (CRI|CLSI|MODI|DEPI)/(.{1,40}).
func isLoiID(s string) bool { return isCourseID(s, "CRI", "CLSI", "MODI", "DEPI") }

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isAcademicYearID: trm:AcademicYearId, [0-9]{4}/[0-9]{4}.
func isAcademicYearID(s string) bool {
	return len(s) == 9 && s[4] == '/' && digits(s[:4]) && digits(s[5:])
}

// isEwpTermID: trm:EwpAcademicTermId, [0-9]{4}/[0-9]{4}-[1-9]/[1-9].
func isEwpTermID(s string) bool {
	return len(s) == 13 && isAcademicYearID(s[:9]) && s[9] == '-' && s[11] == '/' &&
		s[10] >= '1' && s[10] <= '9' && s[12] >= '1' && s[12] <= '9'
}

// isCEFR: ewp:CefrLevel, [ABC][12]|NS.
func isCEFR(s string) bool {
	return s == "NS" || len(s) == 2 && s[0] >= 'A' && s[0] <= 'C' && (s[1] == '1' || s[1] == '2')
}

// isCountry: ewp:CountryCode, [A-Z][A-Z].
func isCountry(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// isISCED: Isced of outgoing mobilities v3, [0-9]{4}.
func isISCED(s string) bool { return len(s) == 4 && digits(s) }

// isE164: the e164 of the phone number type, \+[0-9]{1,15}.
func isE164(s string) bool {
	return len(s) >= 2 && len(s) <= 16 && s[0] == '+' && digits(s[1:])
}

// noLineEnd reports whether s has no CR or LF, which the "." of an XML
// Schema pattern does not match.
func noLineEnd(s string) bool { return !strings.ContainsAny(s, "\r\n") }

// isEmail: ewp:Email, [^@]+@[^.]+\..+ (the part after the last dot
// without line ends).
func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at < 1 {
		return false
	}
	rest := s[at+1:]
	// [^.]+ cannot pass a dot, so \. is the first dot after the @, and .+
	// is all that follows it: at least one character, no line end.
	dot := strings.IndexByte(rest, '.')
	if dot < 1 || dot == len(rest)-1 {
		return false
	}
	return noLineEnd(rest[dot+1:])
}

// isHTTP: ewp:HTTP, an xs:anyURI matching https?://.+ .
func isHTTP(s string) bool {
	rest, ok := strings.CutPrefix(s, "http://")
	if !ok {
		rest, ok = strings.CutPrefix(s, "https://")
	}
	return ok && rest != "" && noLineEnd(rest) && utf8.ValidString(rest)
}

// isLanguage: xs:language, [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*.
func isLanguage(s string) bool {
	for i, part := range strings.Split(s, "-") {
		if len(part) < 1 || len(part) > 8 {
			return false
		}
		for j := 0; j < len(part); j++ {
			c := part[j]
			alpha := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
			if !alpha && (i == 0 || c < '0' || c > '9') {
				return false
			}
		}
	}
	return true
}
