// Package jsonscan moves over the bytes of a JSON document whose syntax is
// already checked: the scanning that the strict decoder of package auhl
// and the widget's decoder internal/jsonlite share. Every function takes
// the document and a position in it and returns the position after what
// it passed; none allocates, recurses or reads past the end.
package jsonscan

// IsSpace reports whether c is JSON white space.
func IsSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isScalarByte reports whether c can be part of a number or a literal.
func isScalarByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == '-' || c == '+' || c == '.' || c == 'E'
}

// Space returns the position of the first byte at or after pos that is not
// white space.
func Space(data []byte, pos int) int {
	for pos < len(data) && IsSpace(data[pos]) {
		pos++
	}
	return pos
}

// String passes the string whose opening quote is at pos: it returns the
// content without the quotes, whether it has escapes, and the position
// after the closing quote (the end of data for an unterminated string).
func String(data []byte, pos int) (raw []byte, escaped bool, end int) {
	start := pos + 1
	for i := start; i < len(data); i++ {
		switch data[i] {
		case '\\':
			escaped = true
			i++
		case '"':
			return data[start:i], escaped, i + 1
		}
	}
	return data[start:], escaped, len(data)
}

// Scalar returns the position after the number or literal at pos.
func Scalar(data []byte, pos int) int {
	for pos < len(data) && isScalarByte(data[pos]) {
		pos++
	}
	return pos
}

// Skip returns the position after the value at pos, however deeply
// nested. At a byte that starts no value it returns pos; inside a list or
// object it passes such a byte, so that it ends on any input.
func Skip(data []byte, pos int) int {
	depth := 0
	for pos < len(data) {
		switch data[pos] {
		case '"':
			_, _, pos = String(data, pos)
		case '{', '[':
			depth++
			pos++
			continue
		case '}', ']':
			depth--
			pos++
		case ',', ':', ' ', '\t', '\n', '\r':
			pos++
			continue
		default:
			end := Scalar(data, pos)
			if end == pos && depth != 0 {
				end++ // a byte no JSON value has, not at the top level
			}
			pos = end
		}
		if depth == 0 {
			return pos
		}
	}
	return pos
}
