package report

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/admission"
	"github.com/auhl/auhl-go/studychoice"
)

// Report is an advice arranged for reading in one language: every finding
// rendered, the programmes that are not excluded in order, each block with
// its heading. Front ends lay it out; they do not compose sentences.
// Every string is plain text, never markup.
type Report struct {
	// Lang is the language of every text.
	Lang auhl.Lang `json:"lang"`
	// Level answers "hogeschool of universiteit?".
	Level LevelReport `json:"level"`
	// Interests is the interest profile.
	Interests InterestReport `json:"interests"`
	// Programmes are the best-fitting programmes.
	Programmes ProgrammeList `json:"programmes"`
	// Routes are the other ways in (afwijkende toelating, EVC, …); it has
	// no lines when none applies.
	Routes Block `json:"routes"`
	// NextSteps are what to do next.
	NextSteps Block `json:"nextSteps"`
	// Disclaimer says what the advice is and is not.
	Disclaimer []Line `json:"disclaimer"`
	// Versions names the catalogue and the questionnaire the advice used.
	Versions string `json:"versions"`
}

// Line is one rendered finding.
type Line struct {
	// Text is the finding in words.
	Text string `json:"text"`
	// URL is the page it rests on, if any.
	URL string `json:"url,omitempty"`
	// Warning marks a finding the reader should not miss.
	Warning bool `json:"warning,omitempty"`
}

// LevelReport is the level advice.
type LevelReport struct {
	// Heading names the block.
	Heading string `json:"heading"`
	// Recommended names the recommended level.
	Recommended string `json:"recommended"`
	// Lines are the recommendation in a sentence, then its reasons.
	Lines []Line `json:"lines"`
}

// Block is a heading with its lines.
type Block struct {
	// Heading names the block.
	Heading string `json:"heading"`
	// Lines are its findings.
	Lines []Line `json:"lines"`
}

// InterestReport is the interest profile in words and numbers.
type InterestReport struct {
	// Heading names the block.
	Heading string `json:"heading"`
	// Lines are the interest findings.
	Lines []Line `json:"lines"`
	// Code is the Holland code, such as "IAS"; empty for a flat profile.
	Code string `json:"code,omitempty"`
	// CodeText says the code in a sentence; empty without a code.
	CodeText string `json:"codeText,omitempty"`
	// Scales are the scale scores in the questionnaire's order.
	Scales []ScaleScore `json:"scales"`
}

// ScaleScore is the score of one interest scale.
type ScaleScore struct {
	// ID is the scale, such as "I".
	ID studychoice.ScaleID `json:"id"`
	// Name is its name.
	Name string `json:"name"`
	// Score is the rounded score, from 0 to Max.
	Score int `json:"score"`
	// Max is the highest score.
	Max int `json:"max"`
}

// ProgrammeList is the best-fitting programmes. What holds for every
// programme listed is said once, in Common, and what no official source
// confirms is counted once, in Unconfirmed; each programme keeps what is
// particular to it.
type ProgrammeList struct {
	// Heading names the block.
	Heading string `json:"heading"`
	// Empty says why there are none; empty when there are.
	Empty string `json:"empty,omitempty"`
	// CommonLead introduces Common; empty when Common is.
	CommonLead string `json:"commonLead,omitempty"`
	// Common are the reasons and flags that every programme listed has,
	// word for word, in the first programme's order: said once here and
	// left out of the programmes' own. Empty with fewer than two
	// programmes.
	Common []Line `json:"common"`
	// Unconfirmed says once for the whole list how many facts of the
	// programmes listed no official source confirms yet, which kinds,
	// why, and where to check them; empty when there are none. Each
	// programme names its own in its Unconfirmed.
	Unconfirmed string `json:"unconfirmed,omitempty"`
	// Items are the programmes, best first.
	Items []ProgrammeReport `json:"items"`
}

// ProgrammeReport is one programme of the advice.
type ProgrammeReport struct {
	// ID is the catalogue's identifier.
	ID string `json:"id"`
	// Name is the programme's name.
	Name string `json:"name"`
	// Institution is the institution that offers it.
	Institution auhl.Institution `json:"institution"`
	// InstitutionName is its name.
	InstitutionName string `json:"institutionName"`
	// Level is the programme's level in words.
	Level string `json:"level"`
	// URL is its official page.
	URL string `json:"url,omitempty"`
	// Overall is the overall fit from 0 to 100.
	Overall int `json:"overall"`
	// Fit is the overall fit in words, such as "Fits well".
	Fit string `json:"fit"`
	// Preparation names the preparation band, such as "well prepared".
	Preparation string `json:"preparation"`
	// Admission names in a few words each what admission asks beyond the
	// diploma: an entrance exam, an artistic test, a compulsory test; empty
	// when it asks nothing more.
	Admission []string `json:"admission"`
	// Overview is the programme in one line: the fit in words and as a
	// figure, the preparation, the share of the preferences met when not
	// all are, and what admission asks.
	Overview string `json:"overview"`
	// Reasons explain the fit, and the steps that help; those in the
	// list's Common are left out.
	Reasons []Line `json:"reasons"`
	// Flags are what to know about the programme (its admission, its
	// language); those in the list's Common, and the facts still to be
	// confirmed, are left out.
	Flags []Line `json:"flags"`
	// Access says in a few words whether the student can enter the
	// programme in the advice's academic year, and on which route when it
	// is not the diploma, as the admission decision has it: "toelaatbaar",
	// "nog niet toelaatbaar, via afwijkende toelating"; empty without a
	// decision.
	Access string `json:"access,omitempty"`
	// Entry are the admission decision's findings the student must read:
	// the outcome, then every warning (what must happen before the
	// enrolment, what failed, a rule the sources do not confirm), each
	// with the page of its rule. They are the decision for this programme
	// and stay on its card, even where another card has the same line.
	Entry []Line `json:"entry"`
	// Unconfirmed names the facts of this programme that no official
	// source confirms yet, in one sentence, with the programme's page;
	// zero when every fact is confirmed.
	Unconfirmed Line `json:"unconfirmed,omitzero"`
}

// New arranges advice a for reading in language l, with at most top
// programmes (0 or less means every programme that is not excluded). qn is
// the questionnaire the advice scored (nil means the default), for the
// names of the scales.
func New(l auhl.Lang, qn *studychoice.Questionnaire, a studychoice.Advice, top int) Report {
	if qn == nil {
		qn = studychoice.DefaultQuestionnaire()
	}
	if !l.Valid() {
		l = auhl.Dutch
	}
	r := Report{
		Lang:       l,
		Level:      LevelReport{Heading: text.LevelHeading.In(l), Lines: lines(l, a.Level.Reasons)},
		Interests:  InterestReport{Heading: text.InterestHeading.In(l), Lines: []Line{}, Scales: []ScaleScore{}},
		Programmes: ProgrammeList{Heading: programmesHeading(a).In(l), Items: []ProgrammeReport{}},
		Routes:     Block{Heading: text.RoutesHeading.In(l), Lines: []Line{}},
		NextSteps:  Block{Heading: text.StepsHeading.In(l), Lines: lines(l, a.NextSteps)},
		Disclaimer: []Line{},
		Versions:   fill(text.Versions.In(l), a.Catalog, a.Questionnaire),
	}
	if a.Level.Recommended != "" {
		r.Level.Recommended = a.Level.Recommended.Name().In(l)
	}
	for _, f := range a.Findings {
		switch {
		case f.Code == studychoice.CodeDisclaimer:
			r.Disclaimer = append(r.Disclaimer, line(l, f))
		case strings.HasPrefix(f.Code, "studychoice.interest."):
			r.Interests.Lines = append(r.Interests.Lines, line(l, f))
		default:
			r.Routes.Lines = append(r.Routes.Lines, line(l, f))
		}
	}
	if a.Interests.Code != "" {
		r.Interests.Code = string(a.Interests.Code)
		r.Interests.CodeText = fill(text.HollandCode.In(l), string(a.Interests.Code))
	}
	for _, s := range qn.Scales {
		if score, ok := a.Interests.Scores[s.ID]; ok {
			r.Interests.Scales = append(r.Interests.Scales, ScaleScore{ID: s.ID, Name: s.Name.In(l),
				Score: int(math.Round(math.Max(0, math.Min(40, score)))), Max: 40})
		}
	}
	unconfirmed := 0
	var kinds []string
	for _, p := range a.Programmes {
		if p.Excluded {
			continue
		}
		if top > 0 && len(r.Programmes.Items) == top {
			break
		}
		item := programme(l, p)
		for _, f := range p.Flags {
			if label, ok := unconfirmedLabel(l, f); ok {
				unconfirmed++
				if !slices.Contains(kinds, label) {
					kinds = append(kinds, label)
				}
			}
		}
		r.Programmes.Items = append(r.Programmes.Items, item)
	}
	r.Programmes.Common = common(r.Programmes.Items)
	if len(r.Programmes.Common) > 0 {
		r.Programmes.CommonLead = text.CommonLead.In(l)
	}
	switch {
	case unconfirmed == 1:
		r.Programmes.Unconfirmed = fill(text.UnconfirmedOne.In(l), kinds[0])
	case unconfirmed > 1:
		r.Programmes.Unconfirmed = fill(text.UnconfirmedMany.In(l), strconv.Itoa(unconfirmed), and(l, kinds))
	}
	if len(r.Programmes.Items) == 0 {
		r.Programmes.Empty = text.NoProgrammes.In(l)
	}
	return r
}

// programmesHeading titles the list as what it is: the programmes that
// fit best when the interests could rank them, else the programmes ranked
// by level and preparation alone (a flat profile, too few answers).
func programmesHeading(a studychoice.Advice) auhl.Text {
	if a.Interests.Code == "" {
		return text.ProgrammesWithoutInterests
	}
	return text.ProgrammesHeading
}

// programme is one programme in words: its overview, its reasons, its
// flags, and its facts still to be confirmed apart.
func programme(l auhl.Lang, p studychoice.ProgrammeScore) ProgrammeReport {
	item := ProgrammeReport{
		ID: p.ID, Name: p.Name.In(l), Institution: p.Institution, InstitutionName: p.Institution.Name().In(l),
		Level: p.Level.Name().In(l), URL: p.URL, Overall: p.Overall, Fit: fitLabel(p.Overall).In(l),
		Preparation: bandLabel[p.Preparation].In(l), Admission: []string{}, Reasons: lines(l, p.Reasons), Flags: []Line{},
		Entry: []Line{},
	}
	if d := p.Admission; d != nil {
		item.Access = d.Outcome.Name().In(l)
		if d.Route != "" && d.Route != admission.RouteDiploma {
			item.Access = fill(text.AccessRoute.In(l), item.Access, d.Route.Name().In(l))
		}
		for i, f := range d.Findings {
			if i == 0 || f.Severity == auhl.Warning || f.Severity == auhl.Error {
				item.Entry = append(item.Entry, line(l, f))
			}
		}
	}
	var facts []string
	for _, f := range p.Flags {
		if label, ok := unconfirmedLabel(l, f); ok {
			facts = append(facts, label)
			continue
		}
		if t, ok := admissionLabel[f.Code]; ok {
			item.Admission = append(item.Admission, t.In(l))
		}
		item.Flags = append(item.Flags, line(l, f))
	}
	if len(facts) > 0 {
		item.Unconfirmed = Line{Text: fill(text.ProgrammeUnconfirmed.In(l), and(l, facts)), URL: p.URL, Warning: true}
	}
	// A band speaks for itself ("well prepared"), except the unknown one.
	prep := item.Preparation
	if p.Preparation == studychoice.BandUnknown || prep == "" {
		prep = fill(text.Preparation.In(l), prep)
	}
	parts := []string{fill(text.FitFigure.In(l), item.Fit, strconv.Itoa(p.Overall)), prep}
	if p.PreferenceFit < 100 {
		parts = append(parts, fill(text.PreferenceFit.In(l), strconv.Itoa(p.PreferenceFit)))
	}
	if item.Access != "" {
		parts = append(parts, item.Access)
	}
	item.Overview = strings.Join(append(parts, item.Admission...), " · ")
	return item
}

// unconfirmedLabel is the fact that an unconfirmed-fact finding names, in
// language l.
func unconfirmedLabel(l auhl.Lang, f auhl.Finding) (string, bool) {
	if f.Code != catalog.CodeFactUnverified {
		return "", false
	}
	if label, _ := f.Params["label"].Text(); label.In(l) != "" {
		return label.In(l), true
	}
	return f.Params["fact"].String(), true
}

// common takes out of the programmes' reasons and flags the lines that
// every programme has, and returns them in the first programme's order.
// The admission lines stay on each card: they are the decision for that
// programme, and above the list they would push the programmes down.
func common(items []ProgrammeReport) []Line {
	out := []Line{}
	if len(items) < 2 {
		return out
	}
	for _, c := range slices.Concat(items[0].Reasons, items[0].Flags) {
		every := !slices.Contains(out, c)
		for _, it := range items[1:] {
			every = every && (slices.Contains(it.Reasons, c) || slices.Contains(it.Flags, c))
		}
		if every {
			out = append(out, c)
		}
	}
	for i := range items {
		keep := func(x Line) bool { return slices.Contains(out, x) }
		items[i].Reasons = slices.DeleteFunc(items[i].Reasons, keep)
		items[i].Flags = slices.DeleteFunc(items[i].Flags, keep)
	}
	return out
}

// and joins items as a reader lists them: "a, b and c".
func and(l auhl.Lang, items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + text.And.In(l) + items[len(items)-1]
}

func line(l auhl.Lang, f auhl.Finding) Line {
	return Line{Text: i18n.Render(l, f), URL: f.Source.URL, Warning: f.Severity == auhl.Warning || f.Severity == auhl.Error}
}

func lines(l auhl.Lang, fs []auhl.Finding) []Line {
	out := make([]Line, 0, len(fs))
	for _, f := range fs {
		out = append(out, line(l, f))
	}
	return out
}

// FitLabel says an overall fit from 0 to 100 in words.
func FitLabel(overall int) auhl.Text { return fitLabel(overall) }

func fitLabel(overall int) auhl.Text {
	switch {
	case overall >= 80:
		return auhl.Text{NL: "Past heel goed", EN: "Fits very well"}
	case overall >= 70:
		return auhl.Text{NL: "Past goed", EN: "Fits well"}
	case overall >= 55:
		return auhl.Text{NL: "Past redelijk", EN: "Fits fairly well"}
	}
	return auhl.Text{NL: "Past minder", EN: "Fits less well"}
}

// AdmissionLabel names in a few words what the finding with code asks of
// an applicant before admission; zero for a code that asks nothing.
func AdmissionLabel(code string) auhl.Text { return admissionLabel[code] }

var admissionLabel = map[string]auhl.Text{
	studychoice.CodeFlagEntranceExam:    {NL: "toelatingsexamen", EN: "entrance exam"},
	studychoice.CodeFlagIjkingMandatory: {NL: "verplichte ijkingstoets (niet bindend)", EN: "compulsory ijkingstoets (not binding)"},
	studychoice.CodeFlagArtisticTest:    {NL: "artistieke toelatingsproef", EN: "artistic admission test"},
	studychoice.CodeFlagTeacherTest:     {NL: "verplichte starttoets (niet bindend)", EN: "compulsory starttoets (not binding)"},
}

// BandLabel names a preparation band for a reader.
func BandLabel(b studychoice.Band) auhl.Text { return bandLabel[b] }

var bandLabel = map[studychoice.Band]auhl.Text{
	studychoice.BandSolid:   {NL: "goed voorbereid", EN: "well prepared"},
	studychoice.BandFair:    {NL: "grotendeels voorbereid", EN: "mostly prepared"},
	studychoice.BandExtra:   {NL: "extra voorbereiding aanbevolen", EN: "extra preparation recommended"},
	studychoice.BandUnknown: {NL: "niet in te schatten", EN: "cannot tell"},
}

// fill writes format with its verbs %s and %d replaced by args, in order,
// and %% by %: the texts of this package use no other verbs. It stands in
// for fmt.Sprintf, which the WebAssembly widget does not link.
func fill(format string, args ...string) string {
	var b strings.Builder
	b.Grow(len(format) + 32)
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case '%':
			b.WriteByte('%')
		case 's', 'd':
			if len(args) > 0 {
				b.WriteString(args[0])
				args = args[1:]
			}
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
