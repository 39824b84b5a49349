package governance

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// benchFramework is a framework of 50 criteria: 10 groups of 4 items on a
// 1–5 scale with "not applicable", one in four reverse-scored.
func benchFramework(b *testing.B) *Framework {
	fw := Framework{Edition: "1", ID: "bench", Title: txt("bench"), Weighting: Relative, Basis: basis(),
		Scales: []Scale{{ID: "l5", Title: txt("1-5"), Min: 1, Max: 5, NotApplicable: true, Basis: basis()}},
		Bands:  []Band{{ID: "low", Label: txt("low"), Basis: basis()}, {ID: "high", From: 60, Label: txt("high"), Basis: basis()}},
	}
	for g := range 10 {
		gid := "g" + itoa(g)
		fw.Criteria = append(fw.Criteria, Criterion{ID: gid, Title: txt(gid), Weight: float64(1 + g%3), Basis: basis()})
		for i := range 4 {
			c := item(gid+"-"+itoa(i), gid, "l5")
			c.Weight, c.Reverse = 1, i == 3
			fw.Criteria = append(fw.Criteria, c)
		}
	}
	return parse(b, fw)
}

// BenchmarkEvaluate scores a round of 500 respondents on a 50-criterion
// framework (40 items).
func BenchmarkEvaluate(b *testing.B) {
	fw := benchFramework(b)
	r := randomRound(rand.New(rand.NewPCG(7, 8)), fw, 500, 5)
	require.Len(b, fw.Criteria, 50)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(fw, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
