package admission

import (
	"github.com/auhl/auhl-go/auhl"
)

// SecondaryDiploma returns the Flemish diploma of secondary education of a
// school leaver who wants to enrol in year, with the embedded rules: see
// RulesFile.SecondaryDiploma.
func SecondaryDiploma(year auhl.AcademicYear, qualification int) (Diploma, error) {
	return Default().SecondaryDiploma(year, qualification)
}

// SecondaryDiploma returns the Flemish diploma of secondary education of a
// school leaver who wants to enrol in year, as Decide reads it: issued in
// the school year before year, and with the onderwijskwalificatie
// qualification (3 or 4, the diploma of a programme of the reformed
// structure) where the rules of year ask a diploma of that school year to
// state one. A diploma of the old structure (qualification 0: aso, tso,
// kso or bso) states none; where the school year before year already
// asks one, it is dated the last school year before the rules ask it.
// A reformed diploma dated before that school year states none either,
// as Decide asks.
//
// A year the rules do not cover is a *auhl.ValidationError with the
// problem at "/academicYear"; so is a qualification other than 0, 3 or 4
// at "/qualification".
func (s *RulesFile) SecondaryDiploma(year auhl.AcademicYear, qualification int) (Diploma, error) {
	var ve auhl.ValidationError
	if qualification != 0 && qualification != 3 && qualification != 4 {
		ve.Add("/qualification", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(qualification), "min": auhl.Int(3), "max": auhl.Int(4)})
	}
	var from auhl.AcademicYear
	if year.IsZero() {
		ve.Add("/academicYear", auhl.CodeRequired, nil)
	} else if r, err := s.For(year); err != nil {
		ve.Merge("/academicYear", err)
	} else {
		from = r.Secondary.QualificationFrom
	}
	if err := ve.Err(); err != nil {
		return Diploma{}, err
	}
	d := Diploma{Kind: DiplomaSecondary, Issued: year.Prev()}
	switch reformed := d.Issued.Compare(from) >= 0; {
	case reformed && qualification != 0:
		d.Qualification = qualification
	case reformed:
		d.Issued = from.Prev()
	}
	return d, nil
}
