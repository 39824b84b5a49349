package recognition

import (
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/mobility/ewp"
)

// SourceRecommendation is the Council Recommendation on automatic
// recognition that the recognition of a learning agreement's components
// rests on.
var SourceRecommendation = auhl.Source{
	Title: "Council Recommendation of 26 November 2018 on automatic mutual recognition (OJ C 444, 10.12.2018)",
	URL:   "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32018H1210(01)",
}

// SourceEgracons is the grade conversion method by grading tables.
var SourceEgracons = auhl.Source{
	Title: "Egracons: the European Grade Conversion System (grading tables, percentile method)",
	URL:   "http://egracons.eu/page/about-egracons-project-and-tool",
}

// Transcript is the transcript of records of one mobility, as the
// receiving institution issues it. Its JSON encoding is an object with the
// fields below; DecodeTranscript reads one from outside.
type Transcript struct {
	// OMobilityID identifies the mobility.
	OMobilityID string `json:"omobilityId"`
	// Issued is the day the transcript was issued.
	Issued auhl.Date `json:"issued"`
	// Results are the results, one per component taken.
	Results []Result `json:"results"`
}

// Result is the result of one component on a transcript.
type Result struct {
	// LosID is the component's LOS id, when known.
	LosID string `json:"losId,omitempty"`
	// LoiID is its LOI id, when known.
	LoiID string `json:"loiId,omitempty"`
	// LosCode is its code, when known.
	LosCode string `json:"losCode,omitempty"`
	// Title is its title.
	Title string `json:"title"`
	// Grade is the grade as the receiving institution writes it.
	Grade string `json:"grade"`
	// Passed is true when the component is passed.
	Passed bool `json:"passed"`
	// Credits are the ECTS credits earned.
	Credits ewp.Decimal `json:"credits,omitzero"`
	// ISCED is the four-digit ISCED-F code of the field whose grading
	// table applies.
	ISCED string `json:"isced,omitempty"`
}

// Grading is what grades are converted with: the grading tables of the
// receiving and of the home institution, and the home institution's
// conversion list. Its JSON encoding is an object with the fields below;
// DecodeGrading reads one from outside.
type Grading struct {
	// Host are the receiving institution's grading tables.
	Host []GradingTable `json:"host,omitempty"`
	// Home are the home institution's.
	Home []GradingTable `json:"home,omitempty"`
	// Conversions are the home institution's conversion list, used when
	// a table is missing.
	Conversions []Conversion `json:"conversions,omitempty"`
}

// GradingTable is the distribution of the passing grades of one field
// (ISCED-F) over two or three years, as Egracons and the EWP ToR API
// give it: each grade with the percentage of the successful students who
// got it, best grade first.
type GradingTable struct {
	// ISCED is the field's four-digit ISCED-F code.
	ISCED string `json:"isced"`
	// Grades are the passing grades, best first.
	Grades []GradeFrequency `json:"grades"`
}

// GradeFrequency is one grade of a grading table.
type GradeFrequency struct {
	// Label is the grade, as the institution writes it.
	Label string `json:"label"`
	// Percentage is the share of successful students with it, exactly,
	// with at most four decimals.
	Percentage ewp.Decimal `json:"percentage"`
}

// Conversion is one line of a conversion list: a grade of the receiving
// institution and the home grade it becomes.
type Conversion struct {
	// Host is the receiving institution's grade.
	Host string `json:"host"`
	// Home is the home grade.
	Home string `json:"home"`
}

// Link says which studied components (table A) a recognised component
// (table B) rests on; each named by LOS id, LOS code or title. Without
// links, each recognised component rests on all studied components.
type Link struct {
	// Recognized names the recognised component.
	Recognized string `json:"recognized"`
	// Studied name the studied components.
	Studied []string `json:"studied"`
}

// Outcome is the outcome for one recognised component. Its JSON encoding
// is the value of each constant.
type Outcome string

// The outcomes.
const (
	// Recognised: recognised automatically, with the credits of the
	// recognised component.
	Recognised Outcome = "recognised"
	// Review: the agreement set recognition conditions, so the home
	// institution decides.
	Review Outcome = "review"
	// NotRecognised: a component it rests on is failed or has no result.
	NotRecognised Outcome = "not-recognised"
)

// Enum lists the values of Outcome.
func (Outcome) Enum() []string {
	return []string{string(Recognised), string(Review), string(NotRecognised)}
}

// Method is how a grade was converted. Its JSON encoding is the value of
// each constant.
type Method string

// The conversion methods, in the order they are tried.
const (
	// Percentile: by the two grading tables of the field.
	Percentile Method = "percentile"
	// List: by the home institution's conversion list.
	List Method = "list"
	// PassFail: no numeric grade, only passed.
	PassFail Method = "pass-fail"
)

// Enum lists the values of Method.
func (Method) Enum() []string { return []string{string(Percentile), string(List), string(PassFail)} }

// Grade is the conversion of one result's grade.
type Grade struct {
	// Result is the title of the result.
	Result string `json:"result"`
	// Host is the receiving institution's grade.
	Host string `json:"host"`
	// Home is the home grade, "" for pass/fail.
	Home string `json:"home,omitempty"`
	// Method is how it was converted.
	Method Method `json:"method"`
}

// ComponentDecision is the decision on one recognised component (table
// B), with its audit trail.
type ComponentDecision struct {
	// Title is the recognised component's title.
	Title string `json:"title"`
	// LosCode is its code, when given.
	LosCode string `json:"losCode,omitempty"`
	// Credits are its ECTS credits: those recorded when recognised, not
	// the host's.
	Credits ewp.Decimal `json:"credits"`
	// Outcome is the outcome.
	Outcome Outcome `json:"outcome"`
	// Grades are the converted grades of the results it rests on.
	Grades []Grade `json:"grades,omitempty"`
	// Trail are the steps of the decision, in order.
	Trail []auhl.Finding `json:"trail"`
}

// Decision is the recognition of one mobility's results: a decision per
// recognised component, when and by whom it was taken, and the findings
// about the whole. Its JSON encoding is an object with the fields below.
type Decision struct {
	// OMobilityID identifies the mobility.
	OMobilityID string `json:"omobilityId"`
	// Decided is the day of the decision.
	Decided auhl.Date `json:"decided"`
	// Actor took it.
	Actor string `json:"actor"`
	// Components are the decisions, in the order of table B.
	Components []ComponentDecision `json:"components"`
	// Findings are about the decision as a whole.
	Findings []auhl.Finding `json:"findings"`
}

// Recognise decides on the recognition of the components of final (the
// learning agreement's components after the approved changes, see
// mobility.Agreement.Final) from transcript tor, on day decided by actor.
//
// Each recognised component rests on the studied components links name,
// or on all of them. Every studied component is matched to a result (by
// LOS id, LOI id, LOS code, then title); when all are passed and the
// agreement set no recognition conditions, the component is recognised
// with its own credits; with conditions it awaits review; a failed or
// missing result keeps it from recognition. Each grade is converted by
// the grading tables of its field (the percentile method), else by the
// conversion list, else as passed without a number.
func Recognise(final ewp.ComponentLists, links []Link, tor Transcript, g Grading, decided auhl.Date, actor string) (Decision, error) {
	e := &auhl.ValidationError{}
	if decided.IsZero() {
		e.Add("/decided", auhl.CodeRequired, nil)
	}
	if strings.TrimSpace(actor) == "" {
		e.Add("/actor", auhl.CodeRequired, nil)
	}
	if final.Recognized == nil || len(final.Recognized.Components) == 0 {
		e.Add("/components-recognized", auhl.CodeRequired, nil)
	}
	if err := e.Err(); err != nil {
		return Decision{}, err
	}
	d := Decision{OMobilityID: tor.OMobilityID, Decided: decided, Actor: actor, Components: []ComponentDecision{}, Findings: []auhl.Finding{}}
	var studied []ewp.Component
	if final.Studied != nil {
		studied = final.Studied.Components
	}
	midpoint := false
	for _, rc := range final.Recognized.Components {
		cd := ComponentDecision{Title: rc.Title, LosCode: rc.LosCode, Outcome: Recognised, Trail: []auhl.Finding{}}
		for _, c := range rc.Credits {
			if c.Scheme == ewp.SchemeECTS {
				cd.Credits = c.Value
			}
		}
		rests := restsOn(rc, studied, links)
		if len(rests) == 0 {
			cd.Outcome = NotRecognised
			cd.Trail = append(cd.Trail, finding(CodeNoStudied, auhl.Error, SourceRecommendation, auhl.Params{"title": auhl.Str(rc.Title)}))
		}
		for _, sc := range rests {
			res, ok := match(sc, tor.Results)
			switch {
			case !ok:
				cd.Outcome = NotRecognised
				cd.Trail = append(cd.Trail, finding(CodeResultMissing, auhl.Error, SourceRecommendation, auhl.Params{"title": auhl.Str(sc.Title)}))
				continue
			case !res.Passed:
				cd.Outcome = NotRecognised
				cd.Trail = append(cd.Trail, finding(CodeFailed, auhl.Error, SourceRecommendation, auhl.Params{"title": auhl.Str(res.Title), "grade": auhl.Str(res.Grade)}))
				continue
			}
			gr, f := convert(res, g)
			midpoint = midpoint || gr.Method == Percentile
			cd.Grades = append(cd.Grades, gr)
			cd.Trail = append(cd.Trail, f)
		}
		if cd.Outcome == Recognised && strings.TrimSpace(rc.RecognitionConditions) != "" {
			cd.Outcome = Review
			cd.Trail = append(cd.Trail, finding(CodeConditions, auhl.Warning, ewp.SourceLAs, auhl.Params{"title": auhl.Str(rc.Title), "conditions": auhl.Str(auhl.Clip(rc.RecognitionConditions))}))
		}
		if cd.Outcome == Recognised {
			cd.Trail = append(cd.Trail, finding(CodeRecognised, auhl.Info, SourceRecommendation, auhl.Params{"title": auhl.Str(rc.Title), "credits": auhl.Str(cd.Credits.String())}))
		}
		d.Components = append(d.Components, cd)
	}
	if midpoint {
		d.Findings = append(d.Findings, finding(CodeMidpoint, auhl.Warning, SourceEgracons, nil))
	}
	return d, nil
}

// finding returns a finding.
func finding(code string, sev auhl.Severity, src auhl.Source, p auhl.Params) auhl.Finding {
	return auhl.Finding{Code: code, Severity: sev, Params: p, Source: src}
}

// restsOn returns the studied components recognised component rc rests
// on: those its link names, or all.
func restsOn(rc ewp.Component, studied []ewp.Component, links []Link) []ewp.Component {
	for _, l := range links {
		if !names(rc, l.Recognized) {
			continue
		}
		var out []ewp.Component
		for _, n := range l.Studied {
			for _, sc := range studied {
				if names(sc, n) {
					out = append(out, sc)
					break
				}
			}
		}
		return out
	}
	return studied
}

// names reports whether n names component c: its LOS id, LOS code or
// title.
func names(c ewp.Component, n string) bool {
	return n != "" && (n == c.LosID || n == c.LosCode || n == c.Title)
}

// match finds the result of studied component c.
func match(c ewp.Component, rs []Result) (Result, bool) {
	for _, key := range []func(Result) (string, string){
		func(r Result) (string, string) { return c.LosID, r.LosID },
		func(r Result) (string, string) { return c.LoiID, r.LoiID },
		func(r Result) (string, string) { return c.LosCode, r.LosCode },
		func(r Result) (string, string) { return c.Title, r.Title },
	} {
		for _, r := range rs {
			if a, b := key(r); a != "" && a == b {
				return r, true
			}
		}
	}
	return Result{}, false
}

// convert converts the grade of passed result r, and returns the finding
// that records how.
func convert(r Result, g Grading) (Grade, auhl.Finding) {
	out := Grade{Result: r.Title, Host: r.Grade}
	host, okH := table(g.Host, r.ISCED)
	home, okK := table(g.Home, r.ISCED)
	if okH && okK {
		if label, ok := percentile(r.Grade, host, home); ok {
			out.Home, out.Method = label, Percentile
			return out, finding(CodePercentile, auhl.Info, SourceEgracons,
				auhl.Params{"title": auhl.Str(r.Title), "host": auhl.Str(r.Grade), "home": auhl.Str(label), "isced": auhl.Str(r.ISCED)})
		}
	}
	for _, c := range g.Conversions {
		if c.Host == r.Grade {
			out.Home, out.Method = c.Home, List
			return out, finding(CodeList, auhl.Info, auhl.Source{}, auhl.Params{"title": auhl.Str(r.Title), "host": auhl.Str(r.Grade), "home": auhl.Str(c.Home)})
		}
	}
	out.Method = PassFail
	return out, finding(CodePassFail, auhl.Info, auhl.Source{}, auhl.Params{"title": auhl.Str(r.Title), "host": auhl.Str(r.Grade)})
}

// table returns the table of field isced.
func table(ts []GradingTable, isced string) (GradingTable, bool) {
	for _, t := range ts {
		if isced != "" && t.ISCED == isced {
			return t, true
		}
	}
	return GradingTable{}, false
}

// scale is the number of decimals percentages are counted in.
const scale = 4

// units returns p in units of 10^-scale, and false when it has more
// decimals or is negative.
func units(p ewp.Decimal) (int64, bool) {
	coef, s := p.Coefficient()
	if s > scale || coef < 0 {
		return 0, false
	}
	for ; s < scale; s++ {
		coef *= 10
	}
	return coef, true
}

// band returns the cumulative band [low, high) of grade label in t,
// counted from the best grade, and the table's total; false when t lacks
// the label or a percentage cannot be counted.
func band(t GradingTable, label string) (low, high, total int64, ok bool) {
	found := false
	for _, gf := range t.Grades {
		u, good := units(gf.Percentage)
		if !good {
			return 0, 0, 0, false
		}
		if gf.Label == label && !found {
			low, high, found = total, total+u, true
		}
		total += u
	}
	return low, high, total, found && total > 0
}

// percentile converts label by the percentile method: the midpoint of the
// host grade's band, as a share of the host table's total, falls in the
// band of one home grade (a midpoint on a boundary goes to the lower
// grade). It reports false when a table lacks what it needs.
func percentile(label string, host, home GradingTable) (string, bool) {
	lo, hi, th, ok := band(host, label)
	if !ok {
		return "", false
	}
	// midpoint m = (lo+hi)/(2·th); home band [l/tk, h/tk): compare
	// (lo+hi)·tk with 2·l·th and 2·h·th, all whole numbers.
	var tk int64
	for _, gf := range home.Grades {
		u, good := units(gf.Percentage)
		if !good {
			return "", false
		}
		tk += u
	}
	if tk == 0 {
		return "", false
	}
	m := (lo + hi) * tk
	var l int64
	for i, gf := range home.Grades {
		u, _ := units(gf.Percentage)
		h := l + u
		if m >= 2*l*th && (m < 2*h*th || i == len(home.Grades)-1) {
			return gf.Label, true
		}
		l = h
	}
	return "", false
}

// MaxBytes is the largest transcript or grading DecodeTranscript and
// DecodeGrading read.
const MaxBytes = 256 << 10

// maxItems bounds the lists of a transcript or a grading.
const maxItems = 500

// DecodeTranscript reads a transcript from JSON the strict way
// (auhl.DecodeAndCheck) and checks it: every result titled and graded.
// It returns a *auhl.ValidationError listing every problem.
func DecodeTranscript(data []byte) (Transcript, error) {
	if len(data) > MaxBytes {
		return Transcript{}, tooLarge()
	}
	var t Transcript
	err := auhl.DecodeAndCheck(data, &t, func() *auhl.ValidationError {
		e := &auhl.ValidationError{}
		count(e, "/results", len(t.Results))
		for i, r := range t.Results {
			p := auhl.Index("/results", i)
			if strings.TrimSpace(r.Title) == "" {
				e.Add(p+"/title", auhl.CodeRequired, nil)
			}
			if strings.TrimSpace(r.Grade) == "" {
				e.Add(p+"/grade", auhl.CodeRequired, nil)
			}
			if r.Credits.Sign() < 0 {
				e.Add(p+"/credits", auhl.CodeNumberRange, auhl.Params{"value": auhl.Str(r.Credits.String()), "min": auhl.Int(0), "max": auhl.Int(1000)})
			}
		}
		return e
	})
	if err != nil {
		return Transcript{}, err
	}
	return t, nil
}

// DecodeGrading reads grading tables and a conversion list from JSON the
// strict way and checks them: every table of a field given once, its
// labels once each, its percentages from 0 to 100 with at most four
// decimals and not all 0. It returns a *auhl.ValidationError listing
// every problem.
func DecodeGrading(data []byte) (Grading, error) {
	if len(data) > MaxBytes {
		return Grading{}, tooLarge()
	}
	var g Grading
	err := auhl.DecodeAndCheck(data, &g, func() *auhl.ValidationError {
		e := &auhl.ValidationError{}
		checkTables(e, "/host", g.Host)
		checkTables(e, "/home", g.Home)
		count(e, "/conversions", len(g.Conversions))
		return e
	})
	if err != nil {
		return Grading{}, err
	}
	return g, nil
}

// checkTables records the problems of tables ts at path.
func checkTables(e *auhl.ValidationError, path string, ts []GradingTable) {
	count(e, path, len(ts))
	fields := map[string]bool{}
	for i, t := range ts {
		p := auhl.Index(path, i)
		if !mobilityISCED(t.ISCED) {
			e.Add(p+"/isced", CodeISCED, auhl.Params{"value": auhl.Str(auhl.Clip(t.ISCED))})
		}
		if fields[t.ISCED] {
			e.Add(p+"/isced", CodeTwice, auhl.Params{"value": auhl.Str(auhl.Clip(t.ISCED))})
		}
		fields[t.ISCED] = true
		count(e, p+"/grades", len(t.Grades))
		labels := map[string]bool{}
		var total int64
		for j, gf := range t.Grades {
			q := auhl.Index(p+"/grades", j)
			if labels[gf.Label] {
				e.Add(q+"/label", CodeTwice, auhl.Params{"value": auhl.Str(auhl.Clip(gf.Label))})
			}
			labels[gf.Label] = true
			u, ok := units(gf.Percentage)
			if !ok || u > 100*10000 {
				e.Add(q+"/percentage", CodePercentage, auhl.Params{"value": auhl.Str(auhl.Clip(gf.Percentage.String()))})
			}
			total += u
		}
		if total == 0 {
			e.Add(p+"/grades", auhl.CodeRequired, nil)
		}
	}
}

// mobilityISCED reports whether s is four digits.
func mobilityISCED(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// count records a problem when a list at path holds more than maxItems.
func count(e *auhl.ValidationError, path string, n int) {
	if n > maxItems {
		e.Add(path, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(n), "min": auhl.Int(0), "max": auhl.Int(maxItems)})
	}
}

// tooLarge is the problem of an input past MaxBytes.
func tooLarge() error {
	return &auhl.ValidationError{Problems: []auhl.Problem{{Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxBytes)}}}}
}
