package grant

import (
	"strconv"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/mobility"
)

// Amount is an amount of money in euro cents, exactly: never a float.
// Its JSON encoding is the whole number of cents.
type Amount int64

// Euro returns n whole euros.
func Euro(n int) Amount { return Amount(n) * 100 }

// String writes the amount in euros with two decimals and a point,
// "1234.56"; auhl/i18n and the commands write it for people.
func (a Amount) String() string {
	neg := a < 0
	if neg {
		a = -a
	}
	s := strconv.FormatInt(int64(a/100), 10) + "." + strconv.FormatInt(int64(a%100)/10, 10) + strconv.FormatInt(int64(a%10), 10)
	if neg {
		return "-" + s
	}
	return s
}

// share returns perMonth × days / divisor, rounded half up to the cent.
func share(perMonth Amount, days, divisor int) Amount {
	if divisor <= 0 {
		return 0
	}
	n := int64(perMonth) * int64(days)
	return Amount((2*n + int64(divisor)) / (2 * int64(divisor)))
}

// Input is what a grant is calculated from. Its JSON encoding is an
// object with the fields below; DecodeInput reads one from outside.
type Input struct {
	// CallYear is the call that funds the mobility.
	CallYear mobility.CallYear `json:"callYear"`
	// Activity is the kind of mobility.
	Activity mobility.Activity `json:"activity"`
	// Destination is the ISO 3166-1 alpha-2 code of the receiving
	// country.
	Destination string `json:"destination"`
	// Period is the period abroad: the planned one, or the actual one
	// once known.
	Period mobility.Period `json:"period"`
	// Interruptions are days within Period that do not count.
	Interruptions []mobility.Period `json:"interruptions,omitempty"`
	// FewerOpportunities is true for a participant with fewer
	// opportunities.
	FewerOpportunities bool `json:"fewerOpportunities,omitempty"`
	// DistanceKm is the one-way distance from the EC distance calculator,
	// 0 when not known.
	DistanceKm int `json:"distanceKm,omitempty"`
	// GreenTravel is true when the main part of the trip uses low-emission
	// means.
	GreenTravel bool `json:"greenTravel,omitempty"`
	// TravelDays are the travel days asked for (for long-term green
	// travel, the extra days), funded up to the rules' limit.
	TravelDays int `json:"travelDays,omitempty"`
}

// LineKind is the kind of a line of a grant. Its JSON encoding is the
// value of each constant.
type LineKind string

// The kinds of line.
const (
	// IndividualSupport is the support for the stay: by month and day for
	// long-term mobility, by day for short-term and staff mobility.
	IndividualSupport LineKind = "individual-support"
	// FewerOpportunitiesTopUp is the top-up for fewer opportunities.
	FewerOpportunitiesTopUp LineKind = "top-up-fewer-opportunities"
	// TraineeshipTopUp is the top-up for a traineeship.
	TraineeshipTopUp LineKind = "top-up-traineeship"
	// GreenTopUp is the one-off top-up for green travel.
	GreenTopUp LineKind = "top-up-green"
	// GreenDays are the extra days of support for green travel.
	GreenDays LineKind = "green-days"
	// Travel is the travel support by distance band.
	Travel LineKind = "travel"
)

// Enum lists the values of LineKind.
func (LineKind) Enum() []string {
	return auhl.Strings([]LineKind{IndividualSupport, FewerOpportunitiesTopUp, TraineeshipTopUp, GreenTopUp, GreenDays, Travel})
}

// Line is one line of a grant: what is paid for, how much of it, at what
// rate, and the amount.
type Line struct {
	// Kind is what the line pays for.
	Kind LineKind `json:"kind"`
	// Months are the whole months paid, for a monthly rate.
	Months int `json:"months,omitempty"`
	// Days are the days paid: the days of a partial month for a monthly
	// rate, else the days at Rate.
	Days int `json:"days,omitempty"`
	// Rate is the rate: a month, a day, or once.
	Rate Amount `json:"rate"`
	// Percent is the share of Rate paid, 100 unless a staff step says
	// less.
	Percent int `json:"percent"`
	// Amount is what the line pays.
	Amount Amount `json:"amount"`
	// Rule is the JSON Pointer of the rate in the rates file.
	Rule string `json:"rule"`
}

// Grant is the calculated grant of one mobility: its lines, their total
// and the findings that explain it. Its JSON encoding is an object with
// the fields below.
type Grant struct {
	// CallYear is the call of the rates.
	CallYear mobility.CallYear `json:"callYear"`
	// Activity is the kind of mobility.
	Activity mobility.Activity `json:"activity"`
	// Group is the destination's country group, "" when it has none.
	Group string `json:"group,omitempty"`
	// Duration is the period abroad less the interruptions.
	Duration mobility.Duration `json:"duration"`
	// Lines are the lines, in the order they are computed.
	Lines []Line `json:"lines"`
	// Total is the sum of the lines.
	Total Amount `json:"total"`
	// Planned is the total with the planned dates, for a grant
	// recalculated with the actual ones (Recalculate); zero otherwise.
	Planned Amount `json:"planned,omitempty"`
	// Findings explain the grant; an unconfirmed rate gives a warning of
	// its own.
	Findings []auhl.Finding `json:"findings"`
}

// MaxInputBytes is the largest input DecodeInput reads.
const MaxInputBytes = 64 << 10

// maxInterruptions bounds the interruptions of an input.
const maxInterruptions = 100

// DecodeInput reads an input from JSON the strict way
// (auhl.DecodeAndCheck) and checks it as Calculate does. It returns a
// *auhl.ValidationError listing every problem.
func DecodeInput(data []byte) (Input, error) {
	if len(data) > MaxInputBytes {
		return Input{}, &auhl.ValidationError{Problems: []auhl.Problem{{Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxInputBytes)}}}}
	}
	var in Input
	if err := auhl.DecodeAndCheck(data, &in, in.problems); err != nil {
		return Input{}, err
	}
	return in, nil
}

// problems returns the problems of in beyond its shape.
func (in *Input) problems() *auhl.ValidationError {
	e := &auhl.ValidationError{}
	if !in.CallYear.Valid() {
		e.Add("/callYear", auhl.CodeRequired, nil)
	}
	if !in.Activity.Valid() {
		e.Add("/activity", auhl.CodeRequired, nil)
	}
	if !mobility.ValidCountry(in.Destination) {
		e.Add("/destination", mobility.CodeCountry, auhl.Params{"value": auhl.Str(auhl.Clip(in.Destination))})
	}
	for _, p := range []struct {
		path string
		d    auhl.Date
	}{{"/period/start", in.Period.Start}, {"/period/end", in.Period.End}} {
		if p.d.IsZero() {
			e.Add(p.path, auhl.CodeRequired, nil)
		}
	}
	if in.Period.Days() == 0 && !in.Period.Start.IsZero() && !in.Period.End.IsZero() {
		e.Add("/period/end", mobility.CodeEndBeforeStart, auhl.Params{"start": auhl.Str(in.Period.Start.String()), "end": auhl.Str(in.Period.End.String())})
	}
	if len(in.Interruptions) > maxInterruptions {
		e.Add("/interruptions", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(in.Interruptions)), "min": auhl.Int(0), "max": auhl.Int(maxInterruptions)})
	}
	for i, p := range in.Interruptions {
		if p.Days() == 0 || p.Start.Before(in.Period.Start) || p.End.After(in.Period.End) {
			e.Add(auhl.Index("/interruptions", i), CodeInterruptionOutside, nil)
		}
	}
	for _, n := range []struct {
		path string
		v    int
	}{{"/distanceKm", in.DistanceKm}, {"/travelDays", in.TravelDays}} {
		if n.v < 0 || n.v > maxKm {
			e.Add(n.path, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(n.v), "min": auhl.Int(0), "max": auhl.Int(maxKm)})
		}
	}
	return e
}

// calc is one calculation under way.
type calc struct {
	rates  *Rates
	in     Input
	g      Grant
	warned rules.Warnings
}

// warn adds the warning that b is not confirmed, once per rule.
func (c *calc) warn(b rules.Basis) {
	if c.warned.First(b) {
		c.g.Findings = append(c.g.Findings, rules.Warning(CodeUnconfirmed, b, auhl.Params{"callYear": auhl.Str(c.in.CallYear.String())}))
	}
}

// note adds a finding resting on b.
func (c *calc) note(code string, sev auhl.Severity, b rules.Basis, p auhl.Params) {
	c.g.Findings = append(c.g.Findings, auhl.Finding{Code: code, Severity: sev, Params: p, Source: b.Cited()})
}

// line adds a line resting on b, and its warning when b is unconfirmed.
func (c *calc) line(l Line, b rules.Basis) {
	c.warn(b)
	if l.Percent == 0 {
		l.Percent = 100
	}
	l.Rule = b.Path()
	c.g.Lines = append(c.g.Lines, l)
	c.g.Total += l.Amount
}

// Calculate computes the grant of in with the rates of its call year,
// line by line. A call year the set (or the mobility rules, whose minimum
// durations it applies) does not cover is an error, and so is an input
// DecodeInput would refuse.
//
// Long-term mobility is paid by the month, a partial month at 1/30 of the
// monthly rate a day, with the traineeship and fewer-opportunities
// top-ups alike and the green top-up and extra days; short-term mobility
// by the day, travel days included, at the rate of each day's band, with
// the fewer-opportunities top-up by length; staff mobility by the day at
// the share of the daily rate each day's step gives (days 15 on at 70 %).
// Travel support comes by distance band. A mobility shorter than its
// minimum gets nothing, and a rate no source gives pays nothing and says
// so.
func (s *RateSet) Calculate(in Input) (Grant, error) {
	if err := in.problems().Err(); err != nil {
		return Grant{}, err
	}
	r, err := s.For(in.CallYear)
	if err != nil {
		return Grant{}, err
	}
	mr, err := mobility.Default().For(in.CallYear)
	if err != nil {
		return Grant{}, err
	}
	c := &calc{rates: r, in: in, g: Grant{CallYear: in.CallYear, Activity: in.Activity, Lines: []Line{}}}
	off := 0
	for _, p := range in.Interruptions {
		off += p.Days()
	}
	dur := mobility.Between(in.Period.Start, in.Period.End)
	if in.Activity.LongTerm() {
		// Interruptions come off the days, borrowing whole months of 30
		// days where needed, so that a partial month stays partial.
		d := mobility.Duration{Months: dur.Months, Days: dur.Days - off, TotalDays: max(dur.TotalDays-off, 0)}
		for d.Days < 0 && d.Months > 0 {
			d.Months, d.Days = d.Months-1, d.Days+30
		}
		d.Days = max(d.Days, 0)
		c.g.Duration = d
	} else {
		c.g.Duration = mobility.Duration{TotalDays: max(dur.TotalDays-off, 0)}
	}
	if rule, ok := mr.Duration(in.Activity); ok {
		short, code := c.g.Duration.TotalDays < rule.Min, CodeBelowMinimumDays
		if rule.Unit == mobility.Months {
			short, code = c.g.Duration.Months < rule.Min, CodeBelowMinimumMonths
		}
		if short {
			c.warn(rule.Basis)
			c.note(code, auhl.Error, rule.Basis, auhl.Params{"min": auhl.Int(rule.Min)})
			return c.g, nil
		}
	}
	switch {
	case in.Activity.LongTerm():
		c.longTerm()
	case in.Activity.ShortTerm():
		c.shortTerm()
	default:
		c.staff()
	}
	return c.g, nil
}

// place finds the country group of the destination in gs, and says so.
func (c *calc) place(gs []CountryGroup) (string, bool) {
	g, ok := group(gs, c.in.Destination)
	if !ok {
		c.g.Findings = append(c.g.Findings, auhl.Finding{Code: CodeCountryUnknown, Severity: auhl.Error,
			Params: auhl.Params{"country": auhl.Str(c.in.Destination)}})
		return "", false
	}
	c.warn(g.Basis)
	c.g.Group = g.Group
	c.note(CodeGroup, auhl.Info, g.Basis, auhl.Params{"country": auhl.Str(c.in.Destination), "group": auhl.Str(g.Group)})
	return g.Group, true
}

// groupRate returns the rate of group grp in rs and its rule, warning
// when the rule is unconfirmed; when no source gives the rate it says so
// and reports false.
func (c *calc) groupRate(rs []GroupRate, grp string) (Amount, GroupRate, bool) {
	r, ok := rate(rs, grp)
	if !ok || r.Euro == nil {
		c.warn(r.Basis)
		c.note(CodeRateUnknown, auhl.Warning, r.Basis, auhl.Params{"group": auhl.Str(grp)})
		return 0, r, false
	}
	return Euro(*r.Euro), r, true
}

// longTerm adds the lines of study and traineeship mobility.
func (c *calc) longTerm() {
	lt := c.rates.LongTerm
	grp, ok := c.place(c.rates.StudentGroups)
	if !ok {
		return
	}
	perMonth, monthly, ok := c.groupRate(lt.Monthly, grp)
	if !ok {
		return
	}
	pm := c.rates.PartialMonth
	d := c.g.Duration
	monthlyLine := func(kind LineKind, perMonth Amount, b rules.Basis) {
		amount := perMonth*Amount(d.Months) + share(perMonth, d.Days, pm.Divisor)
		c.line(Line{Kind: kind, Months: d.Months, Days: d.Days, Rate: perMonth, Amount: amount}, b)
	}
	monthlyLine(IndividualSupport, perMonth, monthly.Basis)
	if d.Days > 0 {
		c.warn(pm.Basis)
		c.note(CodePartialMonth, auhl.Info, pm.Basis, auhl.Params{"days": auhl.Int(d.Days), "divisor": auhl.Int(pm.Divisor)})
	}
	if c.in.Activity == mobility.StudentTraineeship {
		monthlyLine(TraineeshipTopUp, Euro(lt.Traineeship.Euro), lt.Traineeship.Basis)
	}
	if c.in.FewerOpportunities {
		monthlyLine(FewerOpportunitiesTopUp, Euro(lt.FewerOpportunities.Euro), lt.FewerOpportunities.Basis)
	}
	if c.in.GreenTravel {
		c.line(Line{Kind: GreenTopUp, Rate: Euro(lt.GreenTopUp.Euro), Amount: Euro(lt.GreenTopUp.Euro)}, lt.GreenTopUp.Basis)
		if days := min(c.in.TravelDays, lt.GreenExtraDays.Days); days > 0 {
			c.warn(pm.Basis)
			c.line(Line{Kind: GreenDays, Days: days, Rate: perMonth, Amount: share(perMonth, days, pm.Divisor)}, lt.GreenExtraDays.Basis)
		}
	}
	if c.in.FewerOpportunities {
		c.warn(lt.TravelWithFewerOpportunities)
		c.travel()
	}
}

// travelDays returns the travel days funded, and notes them.
func (c *calc) travelDays() int {
	td := c.rates.Travel.Days
	limit := td.Standard
	if c.in.GreenTravel {
		limit = td.Green
	}
	days := min(c.in.TravelDays, limit)
	if c.in.TravelDays > 0 {
		c.warn(td.Basis)
		c.note(CodeTravelDays, auhl.Info, td.Basis, auhl.Params{"days": auhl.Int(days), "limit": auhl.Int(limit)})
	}
	return days
}

// shortTerm adds the lines of short-term student mobility.
func (c *calc) shortTerm() {
	st := c.rates.ShortTerm
	physical := c.g.Duration.TotalDays
	total := physical + c.travelDays()
	paid := 0
	for _, b := range st.Daily {
		n := min(total, b.ToDay) - b.FromDay + 1
		if n <= 0 {
			continue
		}
		paid += n
		c.line(Line{Kind: IndividualSupport, Days: n, Rate: Euro(b.Euro), Amount: Euro(b.Euro) * Amount(n)}, b.Basis)
	}
	if paid < total {
		c.g.Findings = append(c.g.Findings, auhl.Finding{Code: CodeDaysUnfunded, Severity: auhl.Warning, Params: auhl.Params{"days": auhl.Int(total - paid)}})
	}
	if c.in.FewerOpportunities {
		for _, b := range st.FewerOpportunities {
			if physical >= b.FromDay && physical <= b.ToDay {
				c.line(Line{Kind: FewerOpportunitiesTopUp, Rate: Euro(b.Euro), Amount: Euro(b.Euro)}, b.Basis)
			}
		}
	}
	c.travel()
}

// staff adds the lines of staff mobility.
func (c *calc) staff() {
	sr := c.rates.Staff
	grp, ok := c.place(c.rates.StaffGroups)
	if !ok {
		return
	}
	total := c.g.Duration.TotalDays + c.travelDays()
	if perDay, _, ok := c.groupRate(sr.Daily, grp); ok {
		paid := 0
		for _, s := range sr.Steps {
			n := min(total, s.ToDay) - s.FromDay + 1
			if n <= 0 {
				continue
			}
			paid += n
			c.line(Line{Kind: IndividualSupport, Days: n, Rate: perDay, Percent: s.Percent, Amount: perDay * Amount(s.Percent) / 100 * Amount(n)}, s.Basis)
			if s.Percent != 100 {
				c.note(CodeStaffStep, auhl.Info, s.Basis, auhl.Params{"from": auhl.Int(s.FromDay), "percent": auhl.Int(s.Percent), "days": auhl.Int(n)})
			}
		}
		if paid < total {
			c.g.Findings = append(c.g.Findings, auhl.Finding{Code: CodeDaysUnfunded, Severity: auhl.Warning, Params: auhl.Params{"days": auhl.Int(total - paid)}})
		}
	}
	c.travel()
}

// travel adds the travel line of the distance band, or says why there is
// none.
func (c *calc) travel() {
	km := c.in.DistanceKm
	if km == 0 {
		c.g.Findings = append(c.g.Findings, auhl.Finding{Code: CodeDistanceMissing, Severity: auhl.Info})
		return
	}
	for _, b := range c.rates.Travel.Bands {
		if km < b.FromKm || b.ToKm != 0 && km > b.ToKm {
			continue
		}
		amount := Euro(b.Standard)
		if c.in.GreenTravel {
			if b.Green != nil {
				amount = Euro(*b.Green)
			} else {
				c.note(CodeGreenUnavailable, auhl.Warning, b.Basis, auhl.Params{"km": auhl.Int(km)})
			}
		}
		c.line(Line{Kind: Travel, Rate: amount, Amount: amount}, b.Basis)
		return
	}
	c.g.Findings = append(c.g.Findings, auhl.Finding{Code: CodeNoBand, Severity: auhl.Info, Params: auhl.Params{"km": auhl.Int(km)}})
}

// Recalculate computes the grant of planned again with the actual
// period, as the certificate of attendance or the receiving institution
// confirms it (EWP incoming mobilities: actual arrival and departure),
// and records the planned total and the difference.
func (s *RateSet) Recalculate(planned Input, actual mobility.Period) (Grant, error) {
	before, err := s.Calculate(planned)
	if err != nil {
		return Grant{}, err
	}
	in := planned
	in.Period = actual
	in.Interruptions = nil
	for _, p := range planned.Interruptions {
		if !p.Start.Before(actual.Start) && !p.End.After(actual.End) {
			in.Interruptions = append(in.Interruptions, p)
		}
	}
	after, err := s.Calculate(in)
	if err != nil {
		return Grant{}, err
	}
	after.Planned = before.Total
	after.Findings = append(after.Findings, auhl.Finding{Code: CodeRecalculated, Severity: auhl.Info, Params: auhl.Params{
		"planned": auhl.Str(before.Total.String()), "actual": auhl.Str(after.Total.String()), "difference": auhl.Str((after.Total - before.Total).String()),
		"start": auhl.Str(actual.Start.String()), "end": auhl.Str(actual.End.String())}})
	return after, nil
}
