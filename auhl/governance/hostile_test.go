package governance

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

// hostileRound is an answers file of n respondents on the test
// framework, each answer wrong in the way bad says.
func hostileRound(n int, bad string) []byte {
	var b strings.Builder
	b.WriteString(`{"framework":"t","edition":"1","academicYear":"2025-2026","minGroupSize":2,"respondents":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"id":"r` + strconv.Itoa(i) + `","group":"board","answers":[` + bad + `]}`)
	}
	b.WriteString(`]}`)
	return []byte(b.String())
}

// hostileFramework is a framework file of n criteria, each wrong in the
// way crit says (a format with %d for the criterion's number).
func hostileFramework(n int, crit func(i int) string) []byte {
	var b strings.Builder
	b.WriteString(`{"version":"1","sources":{"s":{"title":"s"}},"years":[{"edition":"1","id":"x","title":{"nl":"x","en":"x"},"weighting":"equal","source":"s",` +
		`"scales":[{"id":"l5","title":{"nl":"x","en":"x"},"min":1,"max":5,"source":"s"}],"criteria":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(crit(i))
	}
	b.WriteString(`]}]}`)
	return []byte(b.String())
}

// TestHostileInputIsBounded: files with thousands of problems, of shape
// or of meaning, are refused with at most auhl.MaxProblems listed and the
// rest counted, and a criteria tree that is one long chain or one long
// cycle is checked without running out of stack.
func TestHostileInputIsBounded(t *testing.T) {
	fw := testFramework(t)
	// chain(n) makes criteria c0 ← c1 ← … ← c(n−1), the last an item.
	chain := func(n int) func(i int) string {
		return func(i int) string {
			parent, scale := "", ""
			if i > 0 {
				parent = `"parent":"c` + strconv.Itoa(i-1) + `",`
			}
			if i == n-1 {
				scale = `"scale":"l5",`
			}
			return `{"id":"c` + strconv.Itoa(i) + `",` + parent + scale + `"title":{"nl":"c","en":"c"},"source":"s"}`
		}
	}
	round := func(bad string) func() error {
		return func() error { _, err := ParseRound(hostileRound(8000, bad), fw); return err }
	}
	framework := func(n int, crit func(i int) string) func() error {
		return func() error { _, err := ParseFramework(hostileFramework(n, crit)); return err }
	}
	tests := []struct {
		name  string
		parse func() error
		code  string
		more  bool
	}{
		{"8000 unknown items", round(`{"criterion":"zz","value":1}`), CodeItemUnknown, true},
		{"8000 values of the wrong type", round(`{"criterion":"a1","value":"x"}`), auhl.CodeJSONType, true},
		{"8000 answers with no value", round(`{"criterion":"a1"}`), CodeAnswerForm, true},
		{"5000 unknown parents", framework(5000, func(i int) string {
			return `{"id":"c` + strconv.Itoa(i) + `","parent":"nowhere","title":{"nl":"c","en":"c"},"scale":"l5","source":"s"}`
		}), CodeParentUnknown, true},
		{"a cycle of 9000 criteria", framework(9000, func(i int) string {
			return `{"id":"c` + strconv.Itoa(i) + `","parent":"c` + strconv.Itoa((i+1)%9000) + `","title":{"nl":"c","en":"c"},"source":"s"}`
		}), CodeCycle, false},
		{"more than the size limit", framework(maxFrameworkSize+1, chain(maxFrameworkSize+1)), CodeTooLarge, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.parse()
			require.ErrorIs(t, err, auhl.ErrInvalid)
			var ve *auhl.ValidationError
			require.True(t, errors.As(err, &ve))
			assert.LessOrEqual(t, len(ve.Problems), auhl.MaxProblems)
			assert.Equal(t, tt.more, ve.More > 0, "more: %d", ve.More)
			var codes []string
			for _, p := range ve.Problems {
				codes = append(codes, p.Code)
			}
			assert.Contains(t, codes, tt.code)
		})
	}
	t.Run("a chain of 9000 criteria scores", func(t *testing.T) {
		f, err := ParseFramework(hostileFramework(9000, chain(9000)))
		require.NoError(t, err)
		deep := &f.Years[0]
		r := &Round{Framework: "x", Edition: "1", AcademicYear: year(t, "2025-2026"), MinGroupSize: 2,
			Respondents: []Respondent{resp("a", Board, v("c8999", 5)), resp("b", Board, v("c8999", 3))}}
		ev, err := Evaluate(deep, r, Options{})
		require.NoError(t, err)
		assert.InDelta(t, 75, ev.Overall.All.Mean, 1e-9)
		assert.Len(t, ev.Criteria, 9000)
	})
}

// BenchmarkParseRound reads and checks an answers file of 500
// respondents on the 50-criterion framework of BenchmarkEvaluate.
func BenchmarkParseRound(b *testing.B) {
	fw := benchFramework(b)
	data, err := json.Marshal(randomRound(rand.New(rand.NewPCG(7, 8)), fw, 500, 5))
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseRound(data, fw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRejectHostileRound refuses an answers file of 8000
// respondents, each naming an item the framework does not have.
func BenchmarkRejectHostileRound(b *testing.B) {
	fw := testFramework(b)
	data := hostileRound(8000, `{"criterion":"zz","value":1}`)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseRound(data, fw); err == nil {
			b.Fatal("a hostile round accepted")
		}
	}
}
