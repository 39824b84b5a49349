package studychoice

import (
	"slices"
	"sync"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/admission"
	"github.com/auhl/auhl-go/procedures/language"
)

// Qualification returns the onderwijskwalificatie (education
// qualification) that the diploma of a programme of finaliteit f states:
// 4 after the doorstroom or the dubbele finaliteit, 3 after the
// arbeidsmarkt finaliteit (secundair.stedelijkonderwijs.be, "7e
// leerjaren", a single school's page); 0 for no finaliteit.
func (f Finaliteit) Qualification() int {
	switch f {
	case Doorstroom, Dubbele:
		return 4
	case Arbeidsmarkt:
		return 3
	}
	return 0
}

// applicant is the admission.Applicant that background b describes, for
// an enrolment in year with a diploma contract: the secondary diploma
// (issued in the school year before year, see
// admission.SecondaryDiploma; a foreign one as a diploma that gives
// access to higher education in a country of the Lisbon convention, which
// the route finding CodeRouteForeignDiploma asks the student to check),
// the age, and Dutch-language secondary education or a certificate as the
// proof of Dutch. The ijkingstoets scores are added per programme, by
// entryTests.
func applicant(b Background, year auhl.AcademicYear) (admission.Applicant, error) {
	app := admission.Applicant{AcademicYear: year, Age: b.Age}
	if b.Diploma == DiplomaNone {
		return app, nil
	}
	if b.ForeignDiploma {
		app.Diplomas = []admission.Diploma{{Kind: admission.DiplomaSecondary, Issued: year.Prev(), Foreign: true, Lisbon: true, AccessAtHome: true}}
	} else {
		d, err := admission.SecondaryDiploma(year, b.Finaliteit.Qualification())
		if err != nil {
			return admission.Applicant{}, err
		}
		app.Diplomas = []admission.Diploma{d}
	}
	switch {
	case b.Dutch == DutchSchooled || (b.Dutch == "" && !b.ForeignDiploma):
		app.LanguageProofs = []language.Proof{{Kind: language.ProofSecondaryYearDutch, Obtained: year.Prev()}}
	case b.Dutch == DutchCertificate:
		// The profile does not say the level: the certificate is taken at
		// B2, the level of a bachelor, which covers a graduaat's B1.
		app.LanguageProofs = []language.Proof{{Kind: language.ProofCertificate, Language: auhl.Dutch, Level: language.B2, Obtained: year.Prev()}}
	}
	return app, nil
}

// decide returns the admission decision of programme i for the applicant
// that background b describes in year, and its flags, from d (the
// decisions without tests) unless the student took the programme's
// ijkingstoets: that is then added, as taken for the year of the
// enrolment.
func (a *Advisor) decide(i int, b Background, year auhl.AcademicYear, d *decided) (*admission.Decision, admitFlags, error) {
	pr := &a.progs[i]
	if len(b.Ijkingstoetsen) == 0 || !tookIjkingstoets(b, pr.p.ID) {
		return &d.decs[i], d.flags[i], nil
	}
	app, err := applicant(b, year)
	if err != nil {
		return nil, 0, err
	}
	app.Tests = []admission.TestResult{{Test: admission.TestIjkingstoets, AcademicYear: app.AcademicYear}}
	dec, err := admission.Decide(app, *pr.p)
	return &dec, flagsOf(&dec), err
}

// admitFlags are what the scoring of a programme reads of its admission
// decision, so that it need not read the decision itself.
type admitFlags uint8

const (
	// admitNone: the decision finds no route (admission.NotAdmissible).
	admitNone admitFlags = 1 << iota
	// admitWorkFirst: the decision asks first the work experience, which
	// a student without it cannot meet (see reachable).
	admitWorkFirst
)

// flagsOf returns the flags of decision dec.
func flagsOf(dec *admission.Decision) admitFlags {
	var f admitFlags
	if dec.Outcome == admission.NotAdmissible {
		f |= admitNone
	}
	if !reachable(dec, Background{}) {
		f |= admitWorkFirst
	}
	return f
}

// reachable reports whether the student of background b can meet, before
// the enrolment, every step decision dec asks first: not so for the work
// experience a programme asks (the educatief graduaat) of a student who
// has none, which no test or procedure gives.
func reachable(dec *admission.Decision, b Background) bool {
	if b.WorkExperience {
		return true
	}
	// Decision.FirstSteps, without building its list: this runs for
	// every programme of every advice.
	for i := range dec.Requirements {
		q := &dec.Requirements[i]
		if q.Status == admission.StatusOpen && q.BeforeEnrolment && q.Kind == admission.ReqWorkExperience {
			return false
		}
	}
	return true
}

// tookIjkingstoets reports whether the student has a score on the
// ijkingstoets of programme id.
func tookIjkingstoets(b Background, id string) bool {
	return slices.ContainsFunc(b.Ijkingstoetsen, func(s IjkingstoetsScore) bool { return s.Programme == id })
}

// entryLimits adds, for a student with a diploma that does not open every
// level a school leaver can start at, the finding that says which levels
// it opens, which not, and the routes that remain there, all read from the
// admission decisions of the programmes; its source is the rule that
// closed a level.
func (a *Advisor) entryLimits(p Profile, adv *Advice) {
	if p.Background.Diploma == DiplomaNone {
		return
	}
	// One pass over the programmes gathers, for each entry level (by its
	// index in entryLevels), whether the diploma opens it and the other
	// routes to it. The lists are short: they live on the stack unless a
	// catalogue gives more routes than the arrays hold.
	var direct [3]bool
	var otherBuf [3][8]admission.Route
	other := [3][]admission.Route{otherBuf[0][:0], otherBuf[1][:0], otherBuf[2][:0]}
	for i := range adv.Programmes {
		ps := &adv.Programmes[i]
		k := levelRank(ps.Level) - 1
		if k < 0 || ps.Admission == nil {
			continue
		}
		switch r := ps.Admission.Route; {
		case r == admission.RouteDiploma:
			direct[k] = true
		case r != "" && !slices.Contains(other[k], r):
			other[k] = append(other[k], r)
		}
	}
	var opensBuf, closedBuf [3]auhl.Level
	var routesBuf [8]admission.Route
	opens, closed, routes := opensBuf[:0], closedBuf[:0], routesBuf[:0]
	for k, l := range entryLevels {
		switch {
		case direct[k]:
			opens = append(opens, l)
		case len(other[k]) > 0:
			closed = append(closed, l)
			for _, r := range other[k] {
				if !slices.Contains(routes, r) {
					routes = append(routes, r)
				}
			}
		}
	}
	if len(opens) == 0 || len(closed) == 0 {
		return
	}
	src := closingSource(adv)
	levels := func(ls []auhl.Level) auhl.Text {
		ts := make([]auhl.Text, len(ls))
		for i, l := range ls {
			ts[i] = l.Name()
		}
		return joinTexts(ts)
	}
	ts := make([]auhl.Text, len(routes))
	for i, r := range routes {
		ts[i] = r.Name()
	}
	adv.Findings = append(adv.Findings, auhl.Finding{Code: CodeEntryLimits, Severity: auhl.Warning, Source: src,
		Params: auhl.Params{"year": auhl.Str(adv.AcademicYear.String()), "opens": auhl.Txt(levels(opens)),
			"closed": auhl.Txt(levels(closed)), "routes": auhl.Txt(joinTexts(ts))}})
}

// closingSource is the source of the rule that closed a level to the
// diploma: that of the first admission finding saying so with a title,
// reading the programmes of advice adv level by level, or else of the
// last such finding without one.
func closingSource(adv *Advice) auhl.Source {
	var src auhl.Source
	for _, l := range entryLevels {
		for i := range adv.Programmes {
			ps := &adv.Programmes[i]
			if ps.Level != l || ps.Admission == nil || src.Title != "" {
				continue
			}
			for j := range ps.Admission.Findings {
				if f := &ps.Admission.Findings[j]; f.Code == admission.CodeQualificationLow || f.Code == admission.CodeCertificateNoBachelor {
					src = f.Source
				}
			}
		}
	}
	return src
}

// entryKey is what of a profile its admission decisions depend on, but
// for the ijkingstoets scores: the year and the background that applicant
// reads.
type entryKey struct {
	year    auhl.AcademicYear
	diploma DiplomaStatus
	fin     Finaliteit
	track   Track
	foreign bool
	dutch   DutchStatus
	age     int
}

// maxEntryCache is how many backgrounds the advisor keeps the admission
// decisions of. A student who changes only answers and preferences keeps
// the same background, so the decisions are worked out once.
const maxEntryCache = 32

// entryCache holds the admission decisions of every programme, in the
// catalogue's order, for the backgrounds seen; a decision is the same
// for the same applicant, so the cache changes no advice. Safe for
// concurrent use.
type entryCache struct {
	mu sync.Mutex
	m  map[entryKey]*decided
}

// decided are the admission decisions of every programme for one
// background, in the catalogue's order, and their flags.
type decided struct {
	decs  []admission.Decision
	flags []admitFlags
}

// decisions returns the admission decisions of every programme for the
// applicant that background b describes in year, without any test taken.
// The applicant is made only for a background the cache does not hold:
// one it holds was made without an error before.
func (a *Advisor) decisions(b Background, year auhl.AcademicYear) (*decided, error) {
	key := entryKey{year: year, diploma: b.Diploma, fin: b.Finaliteit, track: b.Track, foreign: b.ForeignDiploma, dutch: b.Dutch, age: b.Age}
	c := &a.entries
	c.mu.Lock()
	d, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return d, nil
	}
	app, err := applicant(b, year)
	if err != nil {
		return nil, err
	}
	d = &decided{decs: make([]admission.Decision, len(a.progs)), flags: make([]admitFlags, len(a.progs))}
	for i := range a.progs {
		dec, err := admission.Decide(app, *a.progs[i].p)
		if err != nil {
			return nil, err
		}
		d.decs[i], d.flags[i] = dec, flagsOf(&dec)
	}
	c.mu.Lock()
	if c.m == nil {
		c.m = map[entryKey]*decided{}
	}
	if len(c.m) < maxEntryCache {
		c.m[key] = d
	}
	c.mu.Unlock()
	return d, nil
}
