package studychoice

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

// batchProfiles are profiles of different shapes, advised in a row.
func batchProfiles() []Profile {
	return []Profile{
		{Answers: answers(map[ScaleID]int{Investigative: 5, Realistic: 4}, 2),
			Background:  Background{Diploma: DiplomaExpected, Finaliteit: Doorstroom, MathsHours: 6},
			Preferences: Preferences{Cities: []string{"Diepenbeek", "Hasselt"}, MaxYears: 4}},
		{Answers: answers(map[ScaleID]int{Artistic: 5}, 1),
			Background: Background{Diploma: DiplomaObtained, Finaliteit: Arbeidsmarkt, Age: 19}},
		{Answers: answers(nil, 3), Background: Background{Diploma: DiplomaNone, Age: 25}},
		{Answers: map[string]int{}, Background: Background{Diploma: DiplomaExpected, Finaliteit: Dubbele}},
		{Answers: answers(map[ScaleID]int{Social: 5, Enterprising: 4}, 2),
			Background:  Background{Diploma: DiplomaExpected, Finaliteit: Doorstroom, MathsHours: 3},
			Preferences: Preferences{Institutions: []auhl.Institution{auhl.PXL}, Languages: []auhl.Lang{auhl.Dutch}}},
	}
}

// TestAdviseIntoIsAdvise: one Advice reused for a batch holds, after each
// call, the advice Advise gives for that profile.
func TestAdviseIntoIsAdvise(t *testing.T) {
	a := NewAdvisor(nil)
	var dst Advice
	for round := range 2 {
		for i, p := range batchProfiles() {
			want, err := a.Advise(p)
			require.NoError(t, err, "round %d, profile %d", round, i)
			require.NoError(t, a.AdviseInto(&dst, p))
			assert.Equal(t, want, dst, "round %d, profile %d", round, i)
		}
	}
}

// TestAdviseIntoOverAdvise: AdviseInto over an advice that Advise made,
// whose findings, next steps and level reasons share one backing array
// and whose programmes' reasons are packed, gives the advice Advise
// gives, whichever profile came before.
func TestAdviseIntoOverAdvise(t *testing.T) {
	a := NewAdvisor(nil)
	profiles := batchProfiles()
	for i, before := range profiles {
		for j, p := range profiles {
			dst, err := a.Advise(before)
			require.NoError(t, err)
			want, err := a.Advise(p)
			require.NoError(t, err)
			require.NoError(t, a.AdviseInto(&dst, p))
			assert.Equal(t, want, dst, "profile %d over profile %d", j, i)
		}
	}
}

// TestAdviseIntoRejects: an invalid profile gives the error Advise gives
// and leaves the zero Advice.
func TestAdviseIntoRejects(t *testing.T) {
	a := NewAdvisor(nil)
	var dst Advice
	require.NoError(t, a.AdviseInto(&dst, batchProfiles()[0]))
	bad := Profile{Answers: map[string]int{"nope": 9}}
	_, want := a.Advise(bad)
	err := a.AdviseInto(&dst, bad)
	assert.ErrorIs(t, err, auhl.ErrInvalid)
	assert.Equal(t, want, err)
	assert.Equal(t, Advice{}, dst)
}

// BenchmarkAdviseInto advises the profile of BenchmarkAdvise into one
// Advice, reused: the batch form.
func BenchmarkAdviseInto(b *testing.B) {
	a := NewAdvisor(nil)
	p := batchProfiles()[0]
	var dst Advice
	b.ReportAllocs()
	for b.Loop() {
		if err := a.AdviseInto(&dst, p); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAdviseReasonsApart: the reasons of a new advice's programmes share
// backing arrays, each clipped to its own length, so that no programme's
// reasons reach into another's.
func TestAdviseReasonsApart(t *testing.T) {
	a := NewAdvisor(nil)
	for i, p := range batchProfiles() {
		adv, err := a.Advise(p)
		require.NoError(t, err)
		for _, ps := range adv.Programmes {
			assert.Equal(t, len(ps.Reasons), cap(ps.Reasons), "profile %d, %s", i, ps.ID)
		}
	}
}
