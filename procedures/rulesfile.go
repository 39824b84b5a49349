package procedures

import "github.com/auhl/auhl-go/auhl"

// ruleFile is the pointer type of a rules file: it checks and indexes
// itself.
type ruleFile[T any] interface {
	*T
	check() *auhl.ValidationError
	index()
}

// decodeRules reads a rules file and indexes it: an embedded file with
// auhl.DecodeEmbedded (the tests read the same bytes strictly), any other
// with auhl.DecodeAndCheck, which lists every problem.
func decodeRules[T any, P ruleFile[T]](data []byte, embedded bool) (*T, error) {
	var s T
	p := P(&s)
	decode := auhl.DecodeAndCheck
	if embedded {
		decode = auhl.DecodeEmbedded
	}
	if err := decode(data, p, p.check); err != nil {
		return nil, err
	}
	p.index()
	return &s, nil
}
