package units

import (
	_ "embed" // for the embedded catalogue
	"io"
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// MaxSize is the largest catalogue file Load reads, in bytes.
const MaxSize = 4 << 20

//go:embed data/units.json
var defaultData []byte

// format reads a catalogue file: the header checks of auhl/rules (version,
// a title for every source), then the catalogue's own.
var format = rules.Format[*Catalog]{
	Name:  "auhl/catalog/units/data/units.json",
	Check: func(c *rules.Checker, cat *Catalog) { cat.check(c) },
	Index: (*Catalog).index,
}

var defaultCatalog = format.Embedded(defaultData, new(Catalog))

// Default returns the embedded course-unit catalogue (the units of
// UHasselt's programmes in the 2024-2025 study guide), parsed once on
// first use and shared by every caller and goroutine: treat it as
// read-only. The package's tests read the same bytes with Load, so
// Default does not fail at run time.
func Default() *Catalog { return defaultCatalog() }

// DefaultJSON returns a copy of the embedded catalogue file, as Load reads
// it.
func DefaultJSON() []byte { return slices.Clone(defaultData) }

// Load reads a catalogue file (at most MaxSize bytes) the strict way and
// checks it. On any problem it returns a *auhl.ValidationError that lists
// every problem with its JSON Pointer (unknown fields, wrong types, a unit
// given twice, a prerequisite or a programme's unit that the file does not
// list, an unknown source, an empty fact not marked unverified, ...) and no
// catalogue. A failure of r itself is returned wrapped, and is not an
// auhl.ErrInvalid.
func Load(r io.Reader) (*Catalog, error) {
	data, err := auhl.ReadLimited(r, MaxSize)
	if err != nil {
		return nil, err
	}
	return format.Parse(data, new(Catalog))
}

// index builds the lookups of a checked catalogue.
func (c *Catalog) index() {
	c.units = make(map[Key]int, len(c.Units))
	for i, u := range c.Units {
		c.units[u.Key()] = i
	}
	c.programmes = make(map[Key]int, len(c.Programmes))
	for i, p := range c.Programmes {
		c.programmes[p.Key()] = i
	}
}

// Unit returns the unit with code at institution inst, and whether the
// catalogue lists it.
func (c *Catalog) Unit(inst auhl.Institution, code string) (Unit, bool) {
	i, ok := c.units[Key{Institution: inst, Code: code}]
	if !ok {
		return Unit{}, false
	}
	return c.Units[i], true
}

// Programme returns the programme with code at institution inst, and
// whether the catalogue lists it.
func (c *Catalog) Programme(inst auhl.Institution, code string) (Programme, bool) {
	i, ok := c.programmes[Key{Institution: inst, Code: code}]
	if !ok {
		return Programme{}, false
	}
	return c.Programmes[i], true
}

// IsUnverified reports whether fact f of u is unverified: listed in u's
// Unverified or in the catalogue's.
func (c *Catalog) IsUnverified(u Unit, f Fact) bool {
	return slices.Contains(u.Unverified, f) || slices.Contains(c.Unverified, f)
}

// SourceOf returns the source u rests on.
func (c *Catalog) SourceOf(u Unit) auhl.Source {
	if u.Source != "" {
		return c.Sources[u.Source]
	}
	return c.Sources[c.Source]
}

// Clone returns a deep copy of c that can be changed without touching c,
// for a program that adds what it knows (a prerequisite, a semester) to
// the embedded data.
func (c *Catalog) Clone() *Catalog {
	out := *c
	out.Sources = make(map[string]auhl.Source, len(c.Sources))
	for k, v := range c.Sources {
		out.Sources[k] = v
	}
	if c.Attribution != nil {
		a := *c.Attribution
		out.Attribution = &a
	}
	out.Unverified = slices.Clone(c.Unverified)
	out.Units = make([]Unit, len(c.Units))
	for i, u := range c.Units {
		u.Languages = slices.Clone(u.Languages)
		u.Prerequisites = slices.Clone(u.Prerequisites)
		u.Unverified = slices.Clone(u.Unverified)
		out.Units[i] = u
	}
	out.Programmes = make([]Programme, len(c.Programmes))
	for i, p := range c.Programmes {
		p.Units = slices.Clone(p.Units)
		if p.Credits != nil {
			m := make(map[string]auhl.Credits, len(p.Credits))
			for k, v := range p.Credits {
				m[k] = v
			}
			p.Credits = m
		}
		out.Programmes[i] = p
	}
	out.index()
	return &out
}

// Reindex rebuilds the lookups of c after its Units or Programmes were
// changed (on a Clone), and checks it: it returns a *auhl.ValidationError
// listing every problem, as Load would.
func (c *Catalog) Reindex() error {
	data, err := encodeJSON(c)
	if err != nil {
		return err
	}
	checked, err := format.Parse(data, new(Catalog))
	if err != nil {
		return err
	}
	*c = *checked
	return nil
}

// sortedKeys returns the keys of m, sorted.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
