package rules

// BasisWalker is a rules document that finds its own Basis values, with
// code that internal/gen generates from its type (the walk_gen.go of the
// packages the WebAssembly widget links): the widget's build, which links
// no reflect, checks and prepares a document through it. Each package's
// TestGenerated holds the generated walk equal to Walk's.
type BasisWalker interface {
	// WalkBasis calls f with every Basis of the document, its JSON
	// Pointer and its pattern (the JSON names on its way, without the
	// list indexes), in Walk's order.
	WalkBasis(f func(path string, pattern []string, b *Basis))
	// BasisPatterns returns the pattern of every Basis the document's
	// type can hold, in the order of its fields, each once.
	BasisPatterns() [][]string
}
