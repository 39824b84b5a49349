package studychoice

import (
	"math"
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// level weighs the reasons for each entry level ("hogeschool of
// universiteit?"): the prior education, the maths hours, the
// academic-versus-practical preference, the interests and the class
// council's advice. The level with the most points is recommended; the
// margin to the next one says how clear the advice is. The reasons go
// into reasons (empty) and the scores into scores unless they are nil.
func (a *Advisor) level(p Profile, in Interests, usable bool, reasons []auhl.Finding, scores map[auhl.Level]float64) LevelAdvice {
	r := a.r
	b := p.Background
	// The points of each entry level, by its index in entryLevels.
	var pts [3]float64
	// reasons[0] is the head finding, written last; room for the few
	// reasons a profile gives.
	if cap(reasons) == 0 {
		reasons = make([]auhl.Finding, 0, levelRoom)
	}
	reasons = append(reasons, auhl.Finding{})
	add := func(f auhl.Finding, g, pba, aba float64) {
		pts[0] += g
		pts[1] += pba
		pts[2] += aba
		reasons = append(reasons, f)
	}
	info := func(code string, params auhl.Params, src string) auhl.Finding {
		f := auhl.Finding{Code: code, Severity: auhl.Info, Params: params}
		if src != "" {
			f.Source = r.source(src)
		}
		return f
	}

	if b.Diploma == DiplomaNone {
		add(info(CodeLevelNoDiploma, nil, "graduaat-test"), 3, 0, 0)
	}
	if _, ok := trackOf(b); ok {
		key := trackLevel{finaliteit: b.Finaliteit}
		if b.Finaliteit == "" {
			key.track = b.Track
		}
		f := info(CodeLevelTrack, a.trackParams[key], "columbus-2019")
		switch {
		case b.Finaliteit == Doorstroom || b.Track == ASO:
			add(f, 0, 1, 2)
		case b.Finaliteit == Dubbele || b.Track == TSO:
			add(f, 0.5, 2, 0.5)
		case b.Track == KSO:
			add(f, 0, 1, 1)
		default: // arbeidsmarkt, bso
			add(f, 2, 1, 0)
		}
	}
	if h := b.MathsHours; h > 0 {
		switch {
		case h >= r.MathsHours.Strong:
			add(info(CodeLevelMathsHigh, intParams("hours", a.hoursParams[:], h), "uhasselt-maths"), 0, 0, 1)
		case h <= r.MathsHours.Low:
			add(info(CodeLevelMathsLow, intParams("hours", a.hoursParams[:], h), "uhasselt-maths"), 0.5, 0.5, 0)
		}
	}
	if ac, ok := in.Scores[Academic]; ok {
		score := intParams("score", scoreParams, int(math.Round(ac)))
		switch {
		case ac >= r.AcademicHigh:
			add(info(CodeLevelAcademic, score, "simon-i"), 0, 0, 1.5)
		case ac <= r.AcademicLow:
			add(info(CodeLevelPractical, score, "simon-i"), 0.5, 1, 0)
		}
	}
	if usable {
		top2 := string(in.Code[:2])
		if strings.Contains(top2, string(Investigative)) && in.Scores[Investigative] >= r.InterestStrong {
			add(info(CodeLevelInvestigative, nil, "simon-i"), 0, 0, 1)
		}
		if first := ScaleID(in.Code[:1]); (first == Realistic || first == Conventional) && in.Scores[first] >= r.InterestStrong {
			add(info(CodeLevelHandsOn, nil, "simon-i"), 0.5, 0.5, 0)
		}
	}
	if cc := b.ClassCouncil; cc == auhl.Graduaat || cc.Bachelor() {
		pts[levelRank(cc)-1] += 2
		reasons = append(reasons, info(CodeLevelClassCouncil, a.levelParams[cc], ""))
	}

	// Ties go to the professional bachelor, then the academic one: the
	// middle way keeps both doors open.
	// The levels are indexes in entryLevels.
	order := [3]int{1, 2, 0}
	best := order[0]
	for _, l := range order[1:] {
		if pts[l] > pts[best] {
			best = l
		}
	}
	runner := -1
	for _, l := range order {
		if l != best && (runner < 0 || pts[l] > pts[runner]) {
			runner = l
		}
	}
	margin := pts[best] - pts[runner]
	clarity, code := Open, CodeLevelOpen
	switch {
	case margin >= 2:
		clarity, code = Clear, CodeLevelClear
	case margin >= 1:
		clarity, code = Leaning, CodeLevelLeaning
	}
	reasons[0] = auhl.Finding{Code: code, Severity: auhl.Info, Params: levelPairParams[best][runner]}
	if scores == nil {
		scores = make(map[auhl.Level]float64, len(entryLevels))
	}
	clear(scores)
	for k, l := range entryLevels {
		scores[l] = pts[k]
	}
	return LevelAdvice{Recommended: entryLevels[best], Runner: entryLevels[runner], Clarity: clarity, Scores: scores, Reasons: reasons}
}

// The parameters of the level findings, made once: a finding's Params are
// read, never changed, so every advice shares them.
var (
	// scoreParams are {"score": n} for the scale scores 0 to 40.
	scoreParams = paramsOf("score", 41)
	// levelPairParams are {"level", "runner"} for every recommended level
	// and runner-up, by their indexes in entryLevels.
	levelPairParams = func() (out [3][3]auhl.Params) {
		for i, l := range entryLevels {
			for j, r := range entryLevels {
				out[i][j] = auhl.Params{"level": auhl.Txt(l.Name()), "runner": auhl.Txt(r.Name())}
			}
		}
		return out
	}()
)

// paramsOf returns {name: i} for every i below n.
func paramsOf(name string, n int) []auhl.Params {
	out := make([]auhl.Params, n)
	for i := range out {
		out[i] = auhl.Params{name: auhl.Int(i)}
	}
	return out
}

// intParams returns {name: v} from table, or a new one for a v outside it.
func intParams(name string, table []auhl.Params, v int) auhl.Params {
	if v >= 0 && v < len(table) {
		return table[v]
	}
	return auhl.Params{name: auhl.Int(v)}
}

// routes adds the findings for students outside the usual path.
func (a *Advisor) routes(p Profile, adv *Advice) {
	r := a.r
	b := p.Background
	add := func(code string, params auhl.Params, src string) {
		adv.Findings = append(adv.Findings, auhl.Finding{Code: code, Severity: auhl.Warning, Params: params, Source: r.source(src)})
	}
	if b.Diploma == DiplomaNone {
		add(CodeRouteAfwijkend, nil, "afwijkende-toelating")
		add(CodeRouteGraduaatTest, auhl.Params{"age": auhl.Int(b.Age)}, "graduaat-test")
	}
	if b.Dutch == DutchNone {
		add(CodeRouteLanguageTest, nil, "language-test")
	}
	if b.WorkExperience {
		add(CodeRouteEVC, nil, "evc")
	}
	if b.ForeignDiploma {
		add(CodeRouteForeignDiploma, nil, "foreign-diploma")
	}
}

// nextSteps points to the pages of the first three programmes, the
// ijkingstoets where one of them has it and the student has not taken it
// yet, and the association's study-choice help.
func (a *Advisor) nextSteps(p Profile, adv *Advice) {
	r := a.r
	ijking := false
	for i, ps := range adv.Programmes {
		if i == 3 || ps.Excluded {
			break
		}
		adv.NextSteps = append(adv.NextSteps, auhl.Finding{Code: CodeStepProgrammePage, Severity: auhl.Info,
			Params: a.nameParams[ps.ID], Source: auhl.Source{Title: ps.Name.NL, URL: ps.URL}})
		for _, f := range ps.Flags {
			if !ijking && (f.Code == CodeFlagIjkingMandatory || f.Code == CodeFlagIjkingOptional) && !tookIjkingstoets(p.Background, ps.ID) {
				ijking = true
				adv.NextSteps = append(adv.NextSteps, auhl.Finding{Code: CodeStepIjkingPrep, Severity: auhl.Info,
					Params: a.nameParams[ps.ID], Source: r.source("uhasselt-toelating")})
			}
		}
	}
	adv.NextSteps = append(adv.NextSteps, auhl.Finding{Code: CodeStepStudiepoort, Severity: auhl.Info, Source: r.source("studiepoort")})
}
