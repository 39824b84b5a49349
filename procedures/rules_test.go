package procedures

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

func TestRules(t *testing.T) {
	for _, y := range []string{y24, y25, y26} {
		t.Run(y, func(t *testing.T) {
			r, err := Rules(year(y))
			require.NoError(t, err)
			assert.Equal(t, year(y), r.AcademicYear)
			assert.Equal(t, year(y), r.Admission.AcademicYear)
			assert.Equal(t, year(y), r.Language.AcademicYear)
			assert.Equal(t, year(y), r.Leerkrediet.AcademicYear)
			assert.Equal(t, year(y), r.Progress.AcademicYear)
			assert.NotEmpty(t, r.Afwijkend.Windows)
			assert.Equal(t, 3, r.EVC.Assessors.Count)

			got := map[string]UnconfirmedRule{}
			for _, u := range r.Unconfirmed() {
				assert.NotEmpty(t, u.Note, u.Area+u.Path)
				assert.NotEmpty(t, u.Source.Title, u.Area+u.Path)
				got[u.Area+u.Path] = u
			}
			// Rules marked [?], [D] or weak in the domain notes are listed…
			for _, want := range []string{
				"admission/secondary/bachelor",
				"admission/foreign/lisbon",
				"admission/ownConditions",
				"afwijkend/grounds/1",
				"evc/appeal",
				"leerkrediet/higherFee",
			} {
				assert.Contains(t, got, want)
			}
			// …and [V] rules are not.
			for _, not := range []string{
				"admission/secondary/graduaat",
				"admission/master/schakel",
				"admission/artisticTest",
				"leerkrediet/reorientation",
			} {
				assert.NotContains(t, got, not)
			}
		})
	}
}

func TestRulesUnknownYear(t *testing.T) {
	_, err := Rules(year(y27))
	require.ErrorIs(t, err, auhl.ErrInvalid)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	var paths []string
	for _, p := range ve.Problems {
		assert.Equal(t, CodeProceduresYearUnknown, p.Code)
		assert.Equal(t, y27, p.Params["year"].String())
		paths = append(paths, p.Path)
	}
	assert.Equal(t, []string{"/admission", "/language", "/afwijkend", "/leerkrediet", "/progress"}, paths)
}

// TestWalkBasesFindsEveryRule checks the walk on a set with every rule
// marked: each Basis of the year's rules is found, with its pointer.
func TestWalkBasesFindsEveryRule(t *testing.T) {
	r, err := DefaultAdmissionRules().For(year(y25))
	require.NoError(t, err)
	c := *r
	var paths []string
	walkBases(reflect.ValueOf(&c), "", func(p string, b Basis) { paths = append(paths, p) })
	assert.Contains(t, paths, "/secondary/diploma")
	assert.Contains(t, paths, "/secondary/bachelor")
	assert.Contains(t, paths, "/master/schakel")
	assert.Contains(t, paths, "/entranceExam/programmes/0")
	assert.Contains(t, paths, "/contracts/credit/1")
	assert.Len(t, paths, 29)
}
