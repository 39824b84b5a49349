package wasm_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/admission"
	"github.com/auhl/auhl-go/procedures/language"
)

// TestTheRulesArePrepared: the rules files the module decides admission
// by are checked and prepared in its build too, where no reflection finds
// their rules (generated walkers do): every rule has its path, its label
// and its cited source, and a year is found.
func TestTheRulesArePrepared(t *testing.T) {
	for name, bases := range map[string][]rules.Basis{
		"admission": admission.Default().Unconfirmed(), "language": language.Default().Unconfirmed(),
	} {
		require.NotEmpty(t, bases, name)
		for _, b := range bases {
			assert.NotEmpty(t, b.Path(), name)
			assert.NotEmpty(t, b.Label(), name)
			assert.NotEmpty(t, b.Cited().Title, name+b.Path())
		}
	}
	year := catalog.Default().AcademicYear
	r, err := admission.Default().For(year)
	require.NoError(t, err)
	assert.Equal(t, year, r.AcademicYear)
	_, err = language.Default().For(year)
	require.NoError(t, err)
}
