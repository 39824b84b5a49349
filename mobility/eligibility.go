package mobility

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/internal/enum"
	"github.com/auhl/auhl-go/mobility/ewp"
)

// Application is what the eligibility of one mobility is decided on. Its
// JSON encoding is an object with the fields below; DecodeApplication
// reads one from outside.
type Application struct {
	// Activity is the kind of mobility.
	Activity Activity `json:"activity"`
	// CallYear is the call that funds the mobility.
	CallYear CallYear `json:"callYear"`
	// Institution is the home institution of an outgoing participant of
	// the association, whose own conditions then apply; empty for an
	// incoming participant.
	Institution auhl.Institution `json:"institution,omitempty"`
	// Period is the planned, or the actual, period abroad.
	Period Period `json:"period"`
	// SendingCountry is the ISO 3166-1 alpha-2 code of the sending
	// organisation's country, such as "BE".
	SendingCountry string `json:"sendingCountry"`
	// ReceivingCountry is that of the destination.
	ReceivingCountry string `json:"receivingCountry"`
	// ResidenceCountry is that of the participant's country of residence.
	ResidenceCountry string `json:"residenceCountry"`
	// EarnedCredits are the credits a student has earned so far.
	EarnedCredits int `json:"earnedCredits,omitempty"`
	// EarlierMobilities are the student's earlier long-term mobilities in
	// the same study cycle.
	EarlierMobilities []Period `json:"earlierMobilities,omitempty"`
	// Credits are the ECTS credits a short-term mobility gives, its
	// physical and virtual parts together.
	Credits ewp.Decimal `json:"credits,omitzero"`
	// TeachingHours are the hours a teaching mobility teaches in all.
	TeachingHours ewp.Decimal `json:"teachingHours,omitzero"`
	// Graduation is the day the student graduated, for a recent
	// graduate's traineeship; zero for a student still enrolled.
	Graduation auhl.Date `json:"graduation,omitzero"`
	// Applied is the day the student applied for the mobility; the rule
	// for recent graduates asks that it be before graduating.
	Applied auhl.Date `json:"applied,omitzero"`
}

// Eligibility is the decision on an Application: whether the mobility
// meets the rules of its call year and of the home institution, its
// Duration, and the Findings that explain it. Its JSON encoding is an
// object with the fields below.
type Eligibility struct {
	// Eligible is true when no finding is an error.
	Eligible bool `json:"eligible"`
	// Duration is the length of the period abroad.
	Duration Duration `json:"duration"`
	// Findings explain the decision, rule by rule; a rule the sources
	// do not confirm gives a warning of its own.
	Findings []auhl.Finding `json:"findings"`
}

// MaxApplicationBytes is the largest application DecodeApplication reads.
const MaxApplicationBytes = 64 << 10

// maxEarlier bounds the earlier mobilities of an application.
const maxEarlier = 100

// DecodeApplication reads an application from JSON the strict way
// (auhl.DecodeAndCheck) and checks it: a known activity, a call year,
// the period with its end not before its start, the three countries as
// two capital letters, no negative number. It returns a
// *auhl.ValidationError listing every problem.
func DecodeApplication(data []byte) (Application, error) {
	if len(data) > MaxApplicationBytes {
		return Application{}, &auhl.ValidationError{Problems: []auhl.Problem{{Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxApplicationBytes)}}}}
	}
	var a Application
	if err := auhl.DecodeAndCheck(data, &a, a.problems); err != nil {
		return Application{}, err
	}
	return a, nil
}

// problems returns the problems of a beyond its shape.
func (a *Application) problems() *auhl.ValidationError {
	e := &auhl.ValidationError{}
	if !a.Activity.Valid() {
		e.Add("/activity", auhl.CodeRequired, nil)
	}
	if !a.CallYear.Valid() {
		e.Add("/callYear", auhl.CodeRequired, nil)
	}
	if a.Institution != "" && !a.Institution.Valid() {
		e.Add("/institution", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(a.Institution))), "allowed": auhl.Str(enum.Join(auhl.Institution("").Enum()))})
	}
	a.Period.check(e, "/period")
	checkCountry(e, "/sendingCountry", a.SendingCountry)
	checkCountry(e, "/receivingCountry", a.ReceivingCountry)
	checkCountry(e, "/residenceCountry", a.ResidenceCountry)
	if a.EarnedCredits < 0 {
		e.Add("/earnedCredits", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(a.EarnedCredits), "min": auhl.Int(0), "max": auhl.Int(maxCredit)})
	}
	if len(a.EarlierMobilities) > maxEarlier {
		e.Add("/earlierMobilities", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(a.EarlierMobilities)), "min": auhl.Int(0), "max": auhl.Int(maxEarlier)})
	}
	for i, p := range a.EarlierMobilities {
		p.check(e, auhl.Index("/earlierMobilities", i))
	}
	if a.Credits.Sign() < 0 {
		e.Add("/credits", auhl.CodeNumberRange, auhl.Params{"value": auhl.Str(a.Credits.String()), "min": auhl.Int(0), "max": auhl.Int(maxCredit)})
	}
	if a.TeachingHours.Sign() < 0 {
		e.Add("/teachingHours", auhl.CodeNumberRange, auhl.Params{"value": auhl.Str(a.TeachingHours.String()), "min": auhl.Int(0), "max": auhl.Int(maxDays * 24)})
	}
	return e
}

// checkCountry records a problem unless s is two capital letters.
func checkCountry(e *auhl.ValidationError, path, s string) {
	if !ValidCountry(s) {
		e.Add(path, CodeCountry, auhl.Params{"value": auhl.Str(auhl.Clip(s))})
	}
}

// ValidCountry reports whether s is written as an ISO 3166-1 alpha-2
// code: two capital letters, such as "BE".
func ValidCountry(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// Check decides whether application a is eligible under the rules of its
// call year. A call year the set does not cover is an error (a
// *auhl.ValidationError with rules.CodePeriodUnknown), and so is an
// application DecodeApplication would refuse.
//
// It checks the duration against the activity's rule (long-term mobility
// in whole months, so exactly 2 months is enough and a day less is not;
// short-term and staff mobility in days, both ends included, so 30 days
// fit a 5-to-30 rule and 31 do not); for a long-term student mobility,
// that the months of this and the earlier mobilities together stay within
// the cap per study cycle (12 months across two mobilities is enough);
// the ECTS credits of short-term mobility; the teaching hours of a
// teaching mobility, pro rata; for a mobility that starts once the
// student has graduated, the rule for recent graduates (a traineeship
// only, within the months it gives, applied for before graduating); that
// the destination differs from the
// sending country and from the country of residence; and the home
// institution's own conditions.
func (s *RuleSet) Check(a Application) (Eligibility, error) {
	if err := a.problems().Err(); err != nil {
		return Eligibility{}, err
	}
	r, err := s.For(a.CallYear)
	if err != nil {
		return Eligibility{}, err
	}
	d := &decision{year: a.CallYear}
	res := Eligibility{Duration: Between(a.Period.Start, a.Period.End)}
	r.checkDuration(d, a, res.Duration)
	if a.Activity.LongTerm() {
		r.checkCycle(d, a, res.Duration)
	}
	if r.bindsCredits(a.Activity) {
		rule := r.ShortTermCredits
		d.warn(rule.Basis)
		if a.Credits.Cmp(rule.Minimum) < 0 {
			d.add(CodeCreditsTooFew, auhl.Error, rule.Basis, auhl.Params{"credits": auhl.Str(a.Credits.String()), "min": auhl.Str(rule.Minimum.String())})
		} else {
			d.add(CodeCreditsEnough, auhl.Info, rule.Basis, auhl.Params{"credits": auhl.Str(a.Credits.String()), "min": auhl.Str(rule.Minimum.String())})
		}
	}
	if a.Activity == StaffTeaching {
		r.checkTeaching(d, a, res.Duration)
	}
	if a.Activity.Student() && !a.Graduation.IsZero() && !a.Period.Start.Before(a.Graduation) {
		r.checkGraduate(d, a)
	}
	d.warn(r.Destination)
	if a.ReceivingCountry == a.SendingCountry {
		d.add(CodeDestinationSending, auhl.Error, r.Destination, auhl.Params{"country": auhl.Str(a.ReceivingCountry)})
	}
	if a.ReceivingCountry == a.ResidenceCountry {
		d.add(CodeDestinationResidence, auhl.Error, r.Destination, auhl.Params{"country": auhl.Str(a.ReceivingCountry)})
	}
	if in, ok := r.Institution(a.Institution); ok && a.Activity.Student() {
		if m := in.MinimumEarnedCredits; m != nil {
			d.warn(m.Basis)
			p := auhl.Params{"earned": auhl.Int(a.EarnedCredits), "min": auhl.Int(m.Credits), "institution": auhl.Txt(a.Institution.Name())}
			if a.EarnedCredits < m.Credits {
				d.add(CodeEarnedTooFew, auhl.Error, m.Basis, p)
			} else {
				d.add(CodeEarnedEnough, auhl.Info, m.Basis, p)
			}
		}
	}
	res.Findings = d.findings
	res.Eligible = !hasErrors(res.Findings)
	return res, nil
}

// checkDuration checks the duration of a against the activity's rule.
func (r *Rules) checkDuration(d *decision, a Application, dur Duration) {
	rule, ok := r.Duration(a.Activity)
	if !ok {
		return
	}
	d.warn(rule.Basis)
	p := auhl.Params{"months": auhl.Int(dur.Months), "days": auhl.Int(dur.Days), "totalDays": auhl.Int(dur.TotalDays),
		"min": auhl.Int(rule.Min), "max": auhl.Int(rule.Max)}
	if rule.Unit == Months {
		switch {
		case dur.Months < rule.Min:
			d.add(CodeMonthsTooShort, auhl.Error, rule.Basis, p)
		case dur.Months > rule.Max || dur.Months == rule.Max && dur.Days > 0:
			d.add(CodeMonthsTooLong, auhl.Error, rule.Basis, p)
		default:
			d.add(CodeMonthsWithin, auhl.Info, rule.Basis, p)
		}
		return
	}
	switch {
	case dur.TotalDays < rule.Min:
		d.add(CodeDaysTooShort, auhl.Error, rule.Basis, p)
	case dur.TotalDays > rule.Max:
		d.add(CodeDaysTooLong, auhl.Error, rule.Basis, p)
	default:
		d.add(CodeDaysWithin, auhl.Info, rule.Basis, p)
	}
}

// checkCycle checks the months of a and the earlier mobilities together
// against the cap per study cycle. Durations add up in thirtieths of a
// month (see Duration.Units).
func (r *Rules) checkCycle(d *decision, a Application, dur Duration) {
	rule := r.CycleCap
	d.warn(rule.Basis)
	units, days := dur.Units(), dur.TotalDays
	for _, p := range a.EarlierMobilities {
		e := Between(p.Start, p.End)
		units += e.Units()
		days += e.TotalDays
	}
	total := FromUnits(units, days)
	p := auhl.Params{"months": auhl.Int(total.Months), "days": auhl.Int(total.Days), "max": auhl.Int(rule.Months)}
	if units > rule.Months*30 {
		d.add(CodeCycleExceeded, auhl.Error, rule.Basis, p)
	} else {
		d.add(CodeCycleWithin, auhl.Info, rule.Basis, p)
	}
}

// checkGraduate checks a mobility that starts on or after the student's
// graduation against the rule for recent graduates: only a traineeship,
// ending within the rule's months after graduating (before the same day
// that many months later), applied for before graduating, in the final
// year of studies (the application day is checked not to come after the
// graduation; that it falls in the final year is not).
func (r *Rules) checkGraduate(d *decision, a Application) {
	rule := r.RecentGraduates
	d.warn(rule.Basis)
	p := auhl.Params{"graduation": auhl.Str(a.Graduation.String()), "end": auhl.Str(a.Period.End.String()), "months": auhl.Int(rule.Months)}
	if a.Activity != StudentTraineeship {
		d.add(CodeGraduateNotTraineeship, auhl.Error, rule.Basis, p)
		return
	}
	if a.Period.End.Before(monthsAfter(a.Graduation, rule.Months)) {
		d.add(CodeGraduateWithin, auhl.Info, rule.Basis, p)
	} else {
		d.add(CodeGraduateTooLate, auhl.Error, rule.Basis, p)
	}
	applied := auhl.Params{"graduation": auhl.Str(a.Graduation.String()), "applied": auhl.Str(a.Applied.String())}
	switch {
	case a.Applied.IsZero():
		d.add(CodeGraduateAppliedUnknown, auhl.Warning, rule.Basis, auhl.Params{"graduation": auhl.Str(a.Graduation.String())})
	case a.Applied.After(a.Graduation):
		d.add(CodeGraduateAppliedAfter, auhl.Error, rule.Basis, applied)
	default:
		d.add(CodeGraduateAppliedBefore, auhl.Info, rule.Basis, applied)
	}
}

// checkTeaching checks the teaching hours of a teaching mobility: at
// least PerWeek hours a week of 7 days, pro rata, so hours × 7 ≥ PerWeek
// × days.
func (r *Rules) checkTeaching(d *decision, a Application, dur Duration) {
	rule := r.TeachingHours
	d.warn(rule.Basis)
	need, ok := mulInt(rule.PerWeek, dur.TotalDays)
	have, ok2 := mulInt(a.TeachingHours, 7)
	p := auhl.Params{"hours": auhl.Str(a.TeachingHours.String()), "perWeek": auhl.Str(rule.PerWeek.String()), "totalDays": auhl.Int(dur.TotalDays)}
	if !ok || !ok2 {
		return
	}
	if have.Cmp(need) < 0 {
		d.add(CodeTeachingTooFew, auhl.Error, rule.Basis, p)
	} else {
		d.add(CodeTeachingEnough, auhl.Info, rule.Basis, p)
	}
}

// mulInt returns x × n exactly, for n ≥ 0, and false when the product
// does not fit a Decimal.
func mulInt(x ewp.Decimal, n int) (ewp.Decimal, bool) {
	coef, scale := x.Coefficient()
	if n != 0 && (coef > (1<<62)/int64(n) || coef < -(1<<62)/int64(n)) {
		return ewp.Decimal{}, false
	}
	out, err := ewp.NewDecimal(coef*int64(n), scale)
	return out, err == nil
}

// decision collects the findings of one decision, and the warnings about
// the unconfirmed rules it uses, one per rule.
type decision struct {
	year     CallYear
	warned   rules.Warnings
	findings []auhl.Finding
}

// warn adds the warning that b is not confirmed for the call year, once
// per rule.
func (d *decision) warn(b rules.Basis) {
	if d.warned.First(b) {
		d.findings = append(d.findings, rules.Warning(CodeUnconfirmed, b, auhl.Params{"callYear": auhl.Str(d.year.String())}))
	}
}

// add adds a finding resting on rule b.
func (d *decision) add(code string, sev auhl.Severity, b rules.Basis, p auhl.Params) {
	d.findings = append(d.findings, auhl.Finding{Code: code, Severity: sev, Params: p, Source: b.Cited()})
}

// hasErrors reports whether a finding of fs is an error.
func hasErrors(fs []auhl.Finding) bool {
	for _, f := range fs {
		if f.Severity == auhl.Error {
			return true
		}
	}
	return false
}
