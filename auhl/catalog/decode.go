package catalog

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/jsonlite"
)

// decodeLite decodes a catalogue file into c, a zero value, and validates
// it, without encoding/json or reflect: the WebAssembly widget reads a
// page's catalogue with it. It reports the problems auhl.DecodeAndCheck
// reports (TestDecodeLite holds the two equal).
func decodeLite(data []byte, c *Catalog) error {
	d, err := jsonlite.NewDecoder(data)
	if err != nil {
		return err
	}
	d.Object(func(name string) bool {
		switch name {
		case "version":
			d.StringTo(&c.Version)
		case "academicYear":
			d.Text(&c.AcademicYear)
		case "sources":
			jsonlite.List(d, &c.Sources, decodeSource)
		case "campuses":
			jsonlite.List(d, &c.Campuses, decodeCampus)
		case "studyAreas":
			jsonlite.List(d, &c.StudyAreas, decodeStudyArea)
		case "programmes":
			jsonlite.List(d, &c.Programmes, decodeProgramme)
		default:
			return false
		}
		return true
	})
	ve := d.Problems()
	if ve != nil && ve.More > 0 {
		return ve // the listing is full: the meaning would add nothing
	}
	if ve == nil {
		ve = &auhl.ValidationError{}
	}
	ve.AddUncovered(c.check())
	return ve.Err()
}

func decodeSource(d *jsonlite.Decoder, s *Source) bool {
	return d.Object(func(name string) bool {
		switch name {
		case "id":
			d.StringTo(&s.ID)
		case "title":
			d.StringTo(&s.Title)
		case "url":
			d.StringTo(&s.URL)
		case "note":
			d.StringTo(&s.Note)
		default:
			return false
		}
		return true
	})
}

func decodeCampus(d *jsonlite.Decoder, c *auhl.Campus) bool {
	return d.Object(func(name string) bool {
		switch name {
		case "id":
			d.StringTo(&c.ID)
		case "institution":
			d.Text(&c.Institution)
		case "name":
			d.TextTo(&c.Name)
		case "city":
			d.StringTo(&c.City)
		case "address":
			d.StringTo(&c.Address)
		default:
			return false
		}
		return true
	})
}

func decodeStudyArea(d *jsonlite.Decoder, a *StudyArea) bool {
	return d.Object(func(name string) bool {
		switch name {
		case "id":
			d.StringTo(&a.ID)
		case "name":
			d.TextTo(&a.Name)
		default:
			return false
		}
		return true
	})
}

func decodeText(d *jsonlite.Decoder, t *auhl.Text) bool { return d.TextTo(t) }

func decodeProgramme(d *jsonlite.Decoder, p *Programme) bool {
	return d.Object(func(name string) bool {
		switch name {
		case "id":
			d.StringTo(&p.ID)
		case "code":
			d.StringTo(&p.Code)
		case "institution":
			d.Text(&p.Institution)
		case "level":
			d.Text(&p.Level)
		case "name":
			d.TextTo(&p.Name)
		case "credits":
			n, ok := d.Int(64)
			if ok {
				p.Credits = auhl.Credits(n)
			}
		case "campuses":
			jsonlite.Strings(d, &p.Campuses)
		case "languages":
			jsonlite.Texts(d, &p.Languages)
		case "studyArea":
			d.StringTo(&p.StudyArea)
		case "unit":
			d.TextTo(&p.Unit)
		case "tracks":
			jsonlite.List(d, &p.Tracks, decodeText)
		case "url":
			d.StringTo(&p.URL)
		case "admission":
			decodeAdmission(d, &p.Admission)
		case "interest":
			d.Object(func(name string) bool {
				switch name {
				case "code":
					var s string
					if d.StringTo(&s) {
						p.Interest.Code = HollandCode(s)
					}
				case "rationale":
					d.TextTo(&p.Interest.Rationale)
				default:
					return false
				}
				return true
			})
		case "sources":
			jsonlite.Strings(d, &p.Sources)
		case "unverified":
			jsonlite.Strings(d, &p.Unverified)
		case "note":
			d.StringTo(&p.Note)
		default:
			return false
		}
		return true
	})
}

func decodeAdmission(d *jsonlite.Decoder, a *Admission) bool {
	return d.Object(func(name string) bool {
		switch name {
		case "entranceExam":
			d.BoolTo(&a.EntranceExam)
		case "ijkingstoets":
			var s string
			if d.StringTo(&s) {
				a.Ijkingstoets = Ijkingstoets(s)
			}
		case "artisticTest":
			d.BoolTo(&a.ArtisticTest)
		case "teacherTest":
			d.BoolTo(&a.TeacherTest)
		default:
			return false
		}
		return true
	})
}
