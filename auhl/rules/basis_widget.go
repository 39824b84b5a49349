//go:build auhlwidget

package rules

// Walk calls f with every Basis in v, a rules document that implements
// BasisWalker or a File whose rules do, and its JSON Pointer, in the order of the JSON encoding's
// fields and of the lists; it does nothing for any other v. f may change
// the Basis. (Without the build tag auhlwidget, Walk takes any value, by
// reflection.)
func Walk(v any, f func(path string, b *Basis)) {
	walkDoc(v, func(path string, _ []string, b *Basis) { f(path, b) })
}

// walkDoc is Walk with the pattern of each Basis.
func walkDoc(d any, f func(path string, pattern []string, b *Basis)) {
	switch w := d.(type) {
	case BasisWalker:
		w.WalkBasis(f)
	case interface {
		walkBasis(func(path string, pattern []string, b *Basis))
	}:
		w.walkBasis(f) // a File, walked without its document
	}
}

// patternsOf returns the pattern of every Basis of document type D.
func patternsOf[D any]() [][]string {
	var d D
	if w, ok := any(d).(BasisWalker); ok {
		return w.BasisPatterns()
	}
	return nil
}
