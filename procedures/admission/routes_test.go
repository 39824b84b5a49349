package admission

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

// TestSecondaryDiploma dates a school leaver's diploma and gives it the
// qualification the year's rules ask. The rules embedded from 2024-2025 on
// ask an onderwijskwalificatie of a diploma issued from the school year
// 2024-2025 (studiepoort.be, "ik voldoe niet aan de voorwaarden").
func TestSecondaryDiploma(t *testing.T) {
	for _, tt := range []struct {
		name          string
		year          string
		qualification int
		want          Diploma
	}{
		{"reformed, qualification 4", testkit.Y25, 4, Diploma{Kind: DiplomaSecondary, Issued: testkit.Year(testkit.Y24), Qualification: 4}},
		{"reformed, qualification 3", testkit.Y26, 3, Diploma{Kind: DiplomaSecondary, Issued: testkit.Year(testkit.Y25), Qualification: 3}},
		{"old structure, dated before the qualification", testkit.Y26, 0, Diploma{Kind: DiplomaSecondary, Issued: testkit.Year("2023-2024")}},
		{"the school year before asks none", testkit.Y24, 4, Diploma{Kind: DiplomaSecondary, Issued: testkit.Year("2023-2024")}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := SecondaryDiploma(testkit.Year(tt.year), tt.qualification)
			require.NoError(t, err)
			assert.Equal(t, tt.want, d)
			// Decide takes it as it is.
			a := Applicant{AcademicYear: testkit.Year(tt.year), Diplomas: []Diploma{d}}
			_, err = Decide(a, catalogProgramme(t, "uhasselt-ba-informatica"))
			assert.NoError(t, err)
		})
	}
}

// TestSecondaryDiplomaRoutes decides a school leaver's diploma for a
// bachelor and a graduaat: a qualification 3 opens the graduaat, not the
// bachelor, whose route is then afwijkende toelating (studiepoort.be; De
// Standaard, 15 February 2018).
func TestSecondaryDiplomaRoutes(t *testing.T) {
	for _, tt := range []struct {
		qualification int
		programme     string
		route         Route
	}{
		{4, "uhasselt-ba-informatica", RouteDiploma},
		{3, "uhasselt-ba-informatica", RouteAfwijkend},
		{3, "pxl-grad-programmeren", RouteDiploma},
		{0, "uhasselt-ba-informatica", RouteDiploma},
	} {
		d, err := SecondaryDiploma(testkit.Year(testkit.Y26), tt.qualification)
		require.NoError(t, err)
		dec, err := Decide(Applicant{AcademicYear: testkit.Year(testkit.Y26), Diplomas: []Diploma{d}}, catalogProgramme(t, tt.programme))
		require.NoError(t, err)
		assert.Equal(t, tt.route, dec.Route, "%d %s", tt.qualification, tt.programme)
	}
}

func TestSecondaryDiplomaProblems(t *testing.T) {
	for _, tt := range []struct {
		name          string
		year          auhl.AcademicYear
		qualification int
		path, code    string
	}{
		{"no year", auhl.AcademicYear{}, 4, "/academicYear", auhl.CodeRequired},
		{"a year without rules", testkit.Year(testkit.Y29), 4, "/academicYear", "rules.period-unknown"},
		{"a qualification of 5", testkit.Year(testkit.Y25), 5, "/qualification", auhl.CodeNumberRange},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := SecondaryDiploma(tt.year, tt.qualification)
			assert.ErrorIs(t, err, auhl.ErrInvalid)
			assert.Zero(t, d)
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, tt.code, ve.Problems[0].Code)
			assert.Contains(t, ve.Problems[0].Path, tt.path)
		})
	}
}

// FuzzSecondaryDiploma: any year and qualification give an error or a
// diploma that Decide takes, never a panic.
func FuzzSecondaryDiploma(f *testing.F) {
	f.Add(2025, 4)
	f.Add(2024, 3)
	f.Add(2031, 0)
	f.Add(-1, 7)
	f.Fuzz(func(t *testing.T, start, qualification int) {
		y, err := auhl.AcademicYearStarting(start)
		if err != nil {
			return
		}
		d, err := SecondaryDiploma(y, qualification)
		if err != nil {
			assert.ErrorIs(t, err, auhl.ErrInvalid)
			return
		}
		_, err = Decide(Applicant{AcademicYear: y, Diplomas: []Diploma{d}}, catalogProgramme(t, "uhasselt-ba-informatica"))
		assert.NoError(t, err)
	})
}

func ExampleSecondaryDiploma() {
	year, _ := auhl.ParseAcademicYear("2026-2027")
	d, _ := SecondaryDiploma(year, 3)
	fmt.Println(d.Issued, d.Qualification)
	// Output: 2025-2026 3
}
