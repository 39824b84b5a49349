package governance

import "math"

// Stats is the dispersion of a figure over respondents: how many, the
// mean, the lowest and highest, and the sample standard deviation (0 for
// one respondent). Scores are percentages, maturity levels whole levels.
type Stats struct {
	// N is the number of respondents the figure rests on.
	N int `json:"n"`
	// Mean is the mean.
	Mean float64 `json:"mean"`
	// Min is the lowest value.
	Min float64 `json:"min"`
	// Max is the highest value.
	Max float64 `json:"max"`
	// SD is the sample standard deviation (n − 1 in the denominator).
	SD float64 `json:"sd"`
}

// statsOf returns the Stats of xs, which it does not change.
func statsOf(xs []float64) Stats {
	s := Stats{N: len(xs)}
	if s.N == 0 {
		return s
	}
	s.Min, s.Max = xs[0], xs[0]
	sum := 0.0
	for _, x := range xs {
		sum += x
		s.Min, s.Max = math.Min(s.Min, x), math.Max(s.Max, x)
	}
	s.Mean = sum / float64(s.N)
	if s.N > 1 {
		ss := 0.0
		for _, x := range xs {
			ss += (x - s.Mean) * (x - s.Mean)
		}
		s.SD = math.Sqrt(ss / float64(s.N-1))
	}
	return s
}

// TestWelch names Welch's unequal-variances t-test, two-sided: the test
// this package uses to say whether two groups, or two rounds, differ
// enough to mention, from their means, standard deviations and sizes.
const TestWelch = "welch-t"

// DefaultAlpha is the significance level of the tests when Options leave
// it at zero: the usual 5 %.
const DefaultAlpha = 0.05

// Test is the outcome of a statistical test of two figures.
type Test struct {
	// Name is the test, such as TestWelch.
	Name string `json:"name"`
	// T is the test statistic.
	T float64 `json:"t"`
	// DF are the degrees of freedom (Welch–Satterthwaite).
	DF float64 `json:"df"`
	// P is the two-sided p-value.
	P float64 `json:"p"`
}

// welch compares two Stats with Welch's t-test. ok is false when either
// rests on fewer than two respondents: the test needs a variance.
func welch(a, b Stats) (t Test, ok bool) {
	if a.N < 2 || b.N < 2 {
		return Test{}, false
	}
	va, vb := a.SD*a.SD/float64(a.N), b.SD*b.SD/float64(b.N)
	se := math.Sqrt(va + vb)
	diff := a.Mean - b.Mean
	t = Test{Name: TestWelch}
	if se == 0 {
		// No spread at all: any difference is certain, none is none.
		t.DF = float64(a.N + b.N - 2)
		if diff != 0 {
			t.T, t.P = math.Copysign(math.Inf(1), diff), 0
		} else {
			t.P = 1
		}
		return t, true
	}
	t.T = diff / se
	t.DF = (va + vb) * (va + vb) / (va*va/float64(a.N-1) + vb*vb/float64(b.N-1))
	t.P = studentP(t.T, t.DF)
	return t, true
}

// studentP is the two-sided p-value of Student's t with df degrees of
// freedom: I_{df/(df+t²)}(df/2, 1/2).
func studentP(t, df float64) float64 {
	if math.IsInf(t, 0) {
		return 0
	}
	return regIncBeta(df/2, 0.5, df/(df+t*t))
}

// regIncBeta is the regularised incomplete beta function I_x(a, b), by
// its continued fraction (Lentz's method).
func regIncBeta(a, b, x float64) float64 {
	switch {
	case x <= 0:
		return 0
	case x >= 1:
		return 1
	}
	la, _ := math.Lgamma(a + b)
	lb, _ := math.Lgamma(a)
	lc, _ := math.Lgamma(b)
	front := math.Exp(la - lb - lc + a*math.Log(x) + b*math.Log(1-x))
	if x < (a+1)/(a+b+2) {
		return front * betaCF(a, b, x) / a
	}
	return 1 - front*betaCF(b, a, 1-x)/b
}

// betaCF evaluates the continued fraction of the incomplete beta
// function.
func betaCF(a, b, x float64) float64 {
	const (
		maxIter = 300
		eps     = 1e-14
	)
	qab, qap, qam := a+b, a+1, a-1
	c, d := 1.0, 1/nonzero(1-qab*x/qap)
	h := d
	for m := 1; m <= maxIter; m++ {
		fm := float64(m)
		m2 := 2 * fm
		// The even step, then the odd one, of Lentz's method.
		c, d = lentz(c, d, fm*(b-fm)*x/((qam+m2)*(a+m2)))
		h *= d * c
		c, d = lentz(c, d, -(a+fm)*(qab+fm)*x/((a+m2)*(qap+m2)))
		del := d * c
		h *= del
		if math.Abs(del-1) < eps {
			break
		}
	}
	return h
}

// lentz is one step of Lentz's method with coefficient aa.
func lentz(c, d, aa float64) (float64, float64) {
	return nonzero(1 + aa/c), 1 / nonzero(1+aa*d)
}

// nonzero keeps a denominator of Lentz's method away from 0.
func nonzero(x float64) float64 {
	const tiny = 1e-300
	if math.Abs(x) < tiny {
		return tiny
	}
	return x
}

// testLabel returns the message code of a test's name.
func testLabel(name string) string { return "governance.test." + name }
