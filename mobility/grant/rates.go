package grant

import (
	_ "embed"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/mobility"
)

//go:embed data/grant.json
var ratesData []byte

// RateSet is a grant rates file: the rate tables of each Erasmus+ call
// year it covers, each figure with its source. The embedded file
// (Default) covers the 2024 call; DecodeRates reads a newer one of the
// same format.
type RateSet struct {
	rules.File[mobility.CallYear, Rates]
}

// Rates are the rate tables of one call year.
type Rates struct {
	// CallYear is the call the rates belong to.
	CallYear mobility.CallYear `json:"callYear"`
	// StudentGroups place the destinations of student mobility in
	// country groups.
	StudentGroups []CountryGroup `json:"studentGroups"`
	// StaffGroups place those of staff mobility, which differ.
	StaffGroups []CountryGroup `json:"staffGroups"`
	// LongTerm are the rates of study and traineeship mobility.
	LongTerm LongTermRates `json:"longTerm"`
	// PartialMonth is how a partial month is paid.
	PartialMonth PartialMonthRule `json:"partialMonth"`
	// ShortTerm are the rates of short-term student mobility.
	ShortTerm ShortTermRates `json:"shortTerm"`
	// Travel is the travel support.
	Travel TravelRates `json:"travel"`
	// Staff are the rates of staff mobility.
	Staff StaffRates `json:"staff"`
}

// CountryGroup is one country group and the ISO 3166-1 alpha-2 codes of
// its countries.
type CountryGroup struct {
	// Group names the group: "1", "2", "3" or "other".
	Group string `json:"group"`
	// Countries are its countries.
	Countries []string `json:"countries"`
	rules.Basis
}

// GroupRate is the rate of one country group, in whole euros; nil when
// no source gives it.
type GroupRate struct {
	// Group is the country group.
	Group string `json:"group"`
	// Euro is the rate, nil when unknown.
	Euro *int `json:"euro,omitempty"`
	rules.Basis
}

// EuroRule is a rule that is an amount in whole euros.
type EuroRule struct {
	// Euro is the amount.
	Euro int `json:"euro"`
	rules.Basis
}

// DaysRule is a rule that is a number of days.
type DaysRule struct {
	// Days is the number of days.
	Days int `json:"days"`
	rules.Basis
}

// LongTermRates are the rates of study and traineeship mobility.
type LongTermRates struct {
	// Monthly are the monthly rates per country group.
	Monthly []GroupRate `json:"monthly"`
	// FewerOpportunities is the monthly top-up for participants with
	// fewer opportunities.
	FewerOpportunities EuroRule `json:"fewerOpportunities"`
	// Traineeship is the monthly top-up for a traineeship.
	Traineeship EuroRule `json:"traineeship"`
	// GreenTopUp is the one-off top-up for green travel.
	GreenTopUp EuroRule `json:"greenTopUp"`
	// GreenExtraDays are the most extra days of individual support for
	// green travel.
	GreenExtraDays DaysRule `json:"greenExtraDays"`
	// TravelWithFewerOpportunities is the rule that long-term mobility
	// gets travel support only with fewer opportunities.
	TravelWithFewerOpportunities rules.Basis `json:"travelWithFewerOpportunities"`
}

// PartialMonthRule pays a day of a partial month at 1/Divisor of the
// monthly rate.
type PartialMonthRule struct {
	// Divisor is the number of days a month counts for (30).
	Divisor int `json:"divisor"`
	rules.Basis
}

// DayBand is a rate for the days FromDay to ToDay of a mobility (the
// first day is 1), in whole euros.
type DayBand struct {
	// FromDay is the first day of the band.
	FromDay int `json:"fromDay"`
	// ToDay is the last.
	ToDay int `json:"toDay"`
	// Euro is the amount: a day for a daily rate, once for a top-up.
	Euro int `json:"euro"`
	rules.Basis
}

// ShortTermRates are the rates of short-term student mobility.
type ShortTermRates struct {
	// Daily are the daily rates by day of the mobility.
	Daily []DayBand `json:"daily"`
	// FewerOpportunities are the one-off top-ups by length in days.
	FewerOpportunities []DayBand `json:"fewerOpportunities"`
}

// DistanceBand is the travel support for a one-way distance from FromKm
// to ToKm (0 for no upper end), in whole euros; Green is nil where no
// source gives a green amount.
type DistanceBand struct {
	// FromKm is the shortest distance of the band.
	FromKm int `json:"fromKm"`
	// ToKm is the longest, 0 for none.
	ToKm int `json:"toKm,omitempty"`
	// Standard is the amount for standard travel.
	Standard int `json:"standard"`
	// Green is the amount for green travel, nil when not given.
	Green *int `json:"green,omitempty"`
	rules.Basis
}

// TravelRates are the travel support and the funded travel days.
type TravelRates struct {
	// Bands are the distance bands, shortest first.
	Bands []DistanceBand `json:"bands"`
	// Days are the most funded travel days.
	Days TravelDaysRule `json:"days"`
}

// TravelDaysRule is the most travel days funded, by means of travel.
type TravelDaysRule struct {
	// Standard is the most with standard travel.
	Standard int `json:"standard"`
	// Green is the most with green travel.
	Green int `json:"green"`
	rules.Basis
}

// StaffRates are the rates of staff mobility.
type StaffRates struct {
	// Daily are the daily rates per staff country group.
	Daily []GroupRate `json:"daily"`
	// Steps are the share of the daily rate paid by day of the mobility.
	Steps []StaffStep `json:"steps"`
}

// StaffStep pays the days FromDay to ToDay at Percent of the daily rate.
type StaffStep struct {
	// FromDay is the first day of the step.
	FromDay int `json:"fromDay"`
	// ToDay is the last.
	ToDay int `json:"toDay"`
	// Percent is the share of the daily rate.
	Percent int `json:"percent"`
	rules.Basis
}

// Maximum figures a rates file may give, against typos.
const (
	maxEuro = 100_000
	maxDay  = 3650
	maxKm   = 50_000
)

// format is the format of the grant rates file.
var format = rules.Format[*RateSet]{
	Name: "mobility/grant/data/grant.json", LabelPrefix: "grant.rule",
	Check: func(c *rules.Checker, s *RateSet) { s.Each(c, (*Rates).check) },
}

var defaultRates = format.Embedded(ratesData, new(RateSet))

// Default returns the embedded grant rates, parsed once and shared: treat
// them as read-only.
func Default() *RateSet { return defaultRates() }

// DecodeRates reads and checks a grant rates file of the embedded file's
// format: every call year once, every source cited present, every amount
// and band in range, bands in order without overlap, every country in
// one group at most. It returns a *auhl.ValidationError listing every
// problem.
func DecodeRates(data []byte) (*RateSet, error) {
	return format.Parse(data, new(RateSet))
}

// check checks one call year's rates.
func (r *Rates) check(c *rules.Checker) {
	c.Require("/callYear", r.CallYear.Valid())
	checkGroups(c, "/studentGroups", r.StudentGroups)
	checkGroups(c, "/staffGroups", r.StaffGroups)
	checkRates(c, "/longTerm/monthly", r.LongTerm.Monthly)
	c.Range("/longTerm/fewerOpportunities/euro", r.LongTerm.FewerOpportunities.Euro, 0, maxEuro)
	c.Range("/longTerm/traineeship/euro", r.LongTerm.Traineeship.Euro, 0, maxEuro)
	c.Range("/longTerm/greenTopUp/euro", r.LongTerm.GreenTopUp.Euro, 0, maxEuro)
	c.Range("/longTerm/greenExtraDays/days", r.LongTerm.GreenExtraDays.Days, 0, maxDay)
	c.Range("/partialMonth/divisor", r.PartialMonth.Divisor, 28, 31)
	checkBands(c, "/shortTerm/daily", r.ShortTerm.Daily)
	checkBands(c, "/shortTerm/fewerOpportunities", r.ShortTerm.FewerOpportunities)
	prev := -1
	for i, b := range r.Travel.Bands {
		p := auhl.Index("/travel/bands", i)
		c.Range(p+"/fromKm", b.FromKm, prev+1, maxKm)
		if b.ToKm != 0 || i < len(r.Travel.Bands)-1 {
			c.Range(p+"/toKm", b.ToKm, b.FromKm, maxKm)
		}
		c.Range(p+"/standard", b.Standard, 0, maxEuro)
		if b.Green != nil {
			c.Range(p+"/green", *b.Green, 0, maxEuro)
		}
		prev = b.ToKm
	}
	c.Range("/travel/days/standard", r.Travel.Days.Standard, 0, maxDay)
	c.Range("/travel/days/green", r.Travel.Days.Green, 0, maxDay)
	checkRates(c, "/staff/daily", r.Staff.Daily)
	prev = 0
	for i, s := range r.Staff.Steps {
		p := auhl.Index("/staff/steps", i)
		c.Range(p+"/fromDay", s.FromDay, prev+1, maxDay)
		c.Range(p+"/toDay", s.ToDay, s.FromDay, maxDay)
		c.Range(p+"/percent", s.Percent, 0, 100)
		prev = s.ToDay
	}
}

// checkGroups checks a list of country groups: each named once, each
// country a two-letter code in one group at most.
func checkGroups(c *rules.Checker, path string, gs []CountryGroup) {
	names, countries := make(rules.Entries), make(rules.Entries)
	for i, g := range gs {
		p := auhl.Index(path, i)
		c.Text(p+"/group", g.Group)
		names.Once(c, p+"/group", g.Group)
		for j, cc := range g.Countries {
			q := auhl.Index(p+"/countries", j)
			c.Require(q, mobility.ValidCountry(cc))
			countries.Once(c, q, cc)
		}
	}
}

// checkRates checks a list of rates per group: each group once.
func checkRates(c *rules.Checker, path string, rs []GroupRate) {
	seen := make(rules.Entries)
	for i, r := range rs {
		p := auhl.Index(path, i)
		c.Text(p+"/group", r.Group)
		seen.Once(c, p+"/group", r.Group)
		if r.Euro != nil {
			c.Range(p+"/euro", *r.Euro, 0, maxEuro)
		}
	}
}

// checkBands checks day bands: in order, without gaps or overlap.
func checkBands(c *rules.Checker, path string, bs []DayBand) {
	prev := 0
	for i, b := range bs {
		p := auhl.Index(path, i)
		lo := prev + 1
		if i == 0 {
			lo = 1
		}
		c.Range(p+"/fromDay", b.FromDay, lo, maxDay)
		c.Range(p+"/toDay", b.ToDay, b.FromDay, maxDay)
		c.Range(p+"/euro", b.Euro, 0, maxEuro)
		prev = b.ToDay
	}
}

// group returns the group of country cc in gs.
func group(gs []CountryGroup, cc string) (CountryGroup, bool) {
	for _, g := range gs {
		for _, x := range g.Countries {
			if x == cc {
				return g, true
			}
		}
	}
	return CountryGroup{}, false
}

// rate returns the rate of group g in rs.
func rate(rs []GroupRate, g string) (GroupRate, bool) {
	for _, r := range rs {
		if r.Group == g {
			return r, true
		}
	}
	return GroupRate{}, false
}
