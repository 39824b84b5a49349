package catalog

import (
	"io"
	"slices"
	"sync"

	"github.com/auhl/auhl-go/auhl"
)

// MaxSize is the largest catalogue file Load reads, in bytes.
const MaxSize = 16 << 20

//go:generate go test -run=^TestGenerated$ -update .

var defaultCatalog = sync.OnceValue(func() *Catalog {
	// generatedCatalog is data/catalog-2025-2026.json as Go values, which
	// TestGenerated holds equal to the file decoded and validated the
	// strict way (TestDefaultIsValid).
	c := generatedCatalog
	c.index()
	return &c
})

// Default returns the embedded catalogue of academic year 2025-2026. The
// same value is shared by every caller and goroutine: treat it as
// read-only (Clone gives a copy to change). The embedded data is validated
// by the package's tests, so Default does not fail at run time.
func Default() *Catalog { return defaultCatalog() }

// Load reads a catalogue file (at most MaxSize bytes) and validates it. On
// any problem it returns a *auhl.ValidationError that lists every problem
// with its JSON Pointer (unknown fields, values of the wrong type, duplicate
// ids, missing names in either language, impossible credits, references to
// unknown campuses, study areas or sources, ...), and no catalogue. A
// failure of r itself is returned wrapped, and is not an auhl.ErrInvalid.
func Load(r io.Reader) (*Catalog, error) {
	data, err := auhl.ReadLimited(r, MaxSize)
	if err != nil {
		return nil, err
	}
	var c Catalog
	if err := decode(data, &c); err != nil {
		return nil, err
	}
	c.index()
	return &c, nil
}

func (c *Catalog) index() {
	c.byID = make(map[string]int, len(c.Programmes))
	for i, p := range c.Programmes {
		c.byID[p.ID] = i
	}
}

// Clone returns a deep copy of the catalogue, to change without affecting
// anyone else's.
func (c *Catalog) Clone() *Catalog {
	out := &Catalog{
		Version:      c.Version,
		AcademicYear: c.AcademicYear,
		Sources:      slices.Clone(c.Sources),
		Campuses:     slices.Clone(c.Campuses),
		StudyAreas:   slices.Clone(c.StudyAreas),
		Programmes:   make([]Programme, len(c.Programmes)),
	}
	for i, p := range c.Programmes {
		p.Campuses = slices.Clone(p.Campuses)
		p.Languages = slices.Clone(p.Languages)
		p.Tracks = slices.Clone(p.Tracks)
		p.Sources = slices.Clone(p.Sources)
		p.Unverified = slices.Clone(p.Unverified)
		out.Programmes[i] = p
	}
	out.index()
	return out
}

// ByID returns the programme with the given id.
func (c *Catalog) ByID(id string) (Programme, bool) {
	if c.byID == nil {
		for _, p := range c.Programmes {
			if p.ID == id {
				return p, true
			}
		}
		return Programme{}, false
	}
	i, ok := c.byID[id]
	if !ok {
		return Programme{}, false
	}
	return c.Programmes[i], true
}

// Query selects programmes. A zero field matches every programme; the
// fields that are set must all match.
type Query struct {
	// Institution keeps the programmes of one institution.
	Institution auhl.Institution
	// Level keeps the programmes of one level.
	Level auhl.Level
	// Campus keeps the programmes taught at the campus with this ID.
	Campus string
	// Language keeps the programmes taught in this language.
	Language auhl.Lang
	// StudyArea keeps the programmes of the study area with this ID.
	StudyArea string
}

// Match reports whether p satisfies every field of q that is set.
func (q Query) Match(p Programme) bool { return q.match(&p) }

func (q *Query) match(p *Programme) bool {
	return (q.Institution == "" || p.Institution == q.Institution) &&
		(q.Level == "" || p.Level == q.Level) &&
		(q.Campus == "" || slices.Contains(p.Campuses, q.Campus)) &&
		(q.Language == "" || slices.Contains(p.Languages, q.Language)) &&
		(q.StudyArea == "" || p.StudyArea == q.StudyArea)
}

// Filter returns the programmes that match q, in catalogue order, or nil
// when none does.
func (c *Catalog) Filter(q Query) []Programme {
	// Count first, so that the result is allocated once and exactly.
	n := 0
	for i := range c.Programmes {
		if q.match(&c.Programmes[i]) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Programme, 0, n)
	for i := range c.Programmes {
		if q.match(&c.Programmes[i]) {
			out = append(out, c.Programmes[i])
		}
	}
	return out
}

// ByInstitution returns the programmes of institution i.
func (c *Catalog) ByInstitution(i auhl.Institution) []Programme {
	return c.Filter(Query{Institution: i})
}

// ByLevel returns the programmes of level l.
func (c *Catalog) ByLevel(l auhl.Level) []Programme { return c.Filter(Query{Level: l}) }

// ByCampus returns the programmes taught at the campus with the given ID.
func (c *Catalog) ByCampus(id string) []Programme { return c.Filter(Query{Campus: id}) }

// ByLanguage returns the programmes taught in language l.
func (c *Catalog) ByLanguage(l auhl.Lang) []Programme { return c.Filter(Query{Language: l}) }

// ByStudyArea returns the programmes of the study area with the given ID.
func (c *Catalog) ByStudyArea(id string) []Programme { return c.Filter(Query{StudyArea: id}) }

// Campus returns the campus with the given ID.
func (c *Catalog) Campus(id string) (auhl.Campus, bool) {
	for _, x := range c.Campuses {
		if x.ID == id {
			return x, true
		}
	}
	return auhl.Campus{}, false
}

// StudyArea returns the study area with the given ID.
func (c *Catalog) StudyArea(id string) (StudyArea, bool) {
	for _, x := range c.StudyAreas {
		if x.ID == id {
			return x, true
		}
	}
	return StudyArea{}, false
}

// Source returns the source with the given ID.
func (c *Catalog) Source(id string) (Source, bool) {
	for _, x := range c.Sources {
		if x.ID == id {
			return x, true
		}
	}
	return Source{}, false
}

// IsUnverified reports whether the programme marks fact f as not confirmed
// by an official source.
func (p Programme) IsUnverified(f Fact) bool { return slices.Contains(p.Unverified, f) }

// Verification returns one warning finding for every fact of the programme
// that no official source confirms (code CodeFactUnverified), so that a
// reader is told to check the programme's official page. It returns nil for
// a fully verified programme.
func (p Programme) Verification() []auhl.Finding {
	var out []auhl.Finding
	for _, f := range p.Unverified {
		out = append(out, auhl.Finding{
			Code:     CodeFactUnverified,
			Severity: auhl.Warning,
			Params:   auhl.Params{"programme": auhl.Txt(p.Name), "fact": auhl.Str(string(f)), "label": auhl.Txt(f.Label())},
			Source:   auhl.Source{Title: p.Name.NL, URL: p.URL},
		})
	}
	return out
}
