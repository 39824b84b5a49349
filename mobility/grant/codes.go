package grant

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the grant findings. Package auhl/i18n renders each in
// Dutch and English; Codes lists their parameters.
const (
	// CodeUnconfirmed (a warning): a rate or rule the grant uses is not
	// confirmed for the call year, one warning per rule. Params: rule,
	// path (string, see rules.Warning), callYear (string).
	CodeUnconfirmed = "grant.unconfirmed"
	// CodeGroup: the destination's country group. Params: country, group
	// (string).
	CodeGroup = "grant.group"
	// CodeCountryUnknown (an error): the rates place the destination in
	// no country group. Params: country (string).
	CodeCountryUnknown = "grant.country-unknown"
	// CodeRateUnknown (a warning): no source gives the rate of the
	// group, so nothing is paid for it. Params: group (string).
	CodeRateUnknown = "grant.rate-unknown"
	// CodeBelowMinimumMonths (an error): a long-term mobility is shorter
	// than its minimum in whole months, so it gets no grant. Params: min
	// (int).
	CodeBelowMinimumMonths = "grant.below-minimum.months"
	// CodeBelowMinimumDays (an error): a short-term or staff mobility is
	// shorter than its minimum in days. Params: min (int).
	CodeBelowMinimumDays = "grant.below-minimum.days"
	// CodePartialMonth: the days of a partial month are paid at 1/divisor
	// of the monthly rate. Params: days, divisor (int).
	CodePartialMonth = "grant.partial-month"
	// CodeStaffStep: days of a staff mobility paid at a share of the
	// daily rate. Params: from, percent, days (int).
	CodeStaffStep = "grant.staff-step"
	// CodeDaysUnfunded (a warning): days beyond the last band of rates,
	// paid nothing. Params: days (int).
	CodeDaysUnfunded = "grant.days-unfunded"
	// CodeTravelDays: the travel days funded. Params: days, limit (int).
	CodeTravelDays = "grant.travel-days"
	// CodeDistanceMissing: no distance is given, so no travel support.
	CodeDistanceMissing = "grant.distance-missing"
	// CodeNoBand: the distance falls in no band. Params: km (int).
	CodeNoBand = "grant.no-band"
	// CodeGreenUnavailable (a warning): the band gives no green amount;
	// the standard one is paid. Params: km (int).
	CodeGreenUnavailable = "grant.green-unavailable"
	// CodeRecalculated: the grant computed again with the actual dates.
	// Params: planned, actual, difference (string, euros), start, end
	// (date).
	CodeRecalculated = "grant.recalculated"
	// CodeInterruptionOutside: an interruption lies outside the period
	// or ends before it starts.
	CodeInterruptionOutside = "grant.interruption-outside"
)

// Codes lists the codes this package reports, with their parameters, and
// the labels of the rules of its rates file.
func Codes() []auhl.CodeSpec {
	p := func(kind auhl.ParamKind, names ...string) []auhl.ParamSpec {
		out := make([]auhl.ParamSpec, len(names))
		for i, n := range names {
			out[i] = auhl.ParamSpec{Name: n, Kind: kind}
		}
		return out
	}
	out := []auhl.CodeSpec{
		{Code: CodeUnconfirmed, Params: append(rules.WarningParams(), p(auhl.KindString, "callYear")...)},
		{Code: CodeGroup, Params: p(auhl.KindString, "country", "group")},
		{Code: CodeCountryUnknown, Params: p(auhl.KindString, "country")},
		{Code: CodeRateUnknown, Params: p(auhl.KindString, "group")},
		{Code: CodeBelowMinimumMonths, Params: p(auhl.KindInt, "min")},
		{Code: CodeBelowMinimumDays, Params: p(auhl.KindInt, "min")},
		{Code: CodePartialMonth, Params: p(auhl.KindInt, "days", "divisor")},
		{Code: CodeStaffStep, Params: p(auhl.KindInt, "from", "percent", "days")},
		{Code: CodeDaysUnfunded, Params: p(auhl.KindInt, "days")},
		{Code: CodeTravelDays, Params: p(auhl.KindInt, "days", "limit")},
		{Code: CodeDistanceMissing},
		{Code: CodeNoBand, Params: p(auhl.KindInt, "km")},
		{Code: CodeGreenUnavailable, Params: p(auhl.KindInt, "km")},
		{Code: CodeRecalculated, Params: append(p(auhl.KindString, "planned", "actual", "difference"), p(auhl.KindDate, "start", "end")...)},
		{Code: CodeInterruptionOutside},
	}
	return append(out, format.Labels()...)
}
