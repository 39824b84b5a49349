package main

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/studychoice"
)

// ending is how an interview ended.
type ending int

const (
	// finished: every question was seen; the profile is ready.
	finished ending = iota
	// quit: the student typed q.
	quit
	// inputEnded: the input ended (or failed) before the last question.
	inputEnded
)

// kind is the kind of answer a question takes.
type kind int

const (
	// pick: the number of one of the choices.
	pick kind = iota
	// number: a whole number from min to max.
	number
	// yesNo: y or n (j or n in Dutch; both are understood in both
	// languages).
	yesNo
)

// The stored values of a yes/no answer; 0, as for every question, is "not
// answered".
const (
	yes = 1
	no  = 2
)

// section groups the questions under one heading.
type section int

const (
	background section = iota
	interests
	preferences
)

// answers holds the answer to each question by key; 0 is unanswered.
type answers map[string]int

// choice is one numbered answer of a pick question.
type choice struct {
	value int
	label string
}

// question is one step of the interview.
type question struct {
	key      string
	section  section
	progress string // "Vraag 7 van 42" for an item of the questionnaire
	text     string
	kind     kind
	choices  []choice // of a pick question
	min, max int      // of a number question
	required bool
	// applies says whether the question is asked, given the answers so
	// far; nil means always.
	applies func(answers) bool
	// set writes an answer into the profile.
	set func(p *studychoice.Profile, v int)
}

func (q question) asked(a answers) bool { return q.applies == nil || q.applies(a) }

// parse reads an answer; ok is false for anything the question does not
// take.
func (q question) parse(s string) (v int, ok bool) {
	if q.kind == yesNo {
		return parseYesNo(s)
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, false
	}
	switch q.kind {
	case pick:
		for _, c := range q.choices {
			if c.value == n {
				return n, true
			}
		}
		return 0, false
	default:
		return n, n >= q.min && n <= q.max
	}
}

// bounds are the lowest and highest number the question takes.
func (q question) bounds() (lo, hi int) {
	if q.kind == number {
		return q.min, q.max
	}
	lo, hi = q.choices[0].value, q.choices[0].value
	for _, c := range q.choices {
		lo, hi = min(lo, c.value), max(hi, c.value)
	}
	return lo, hi
}

func parseYesNo(s string) (int, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "j", "ja", "y", "yes":
		return yes, true
	case "n", "nee", "no":
		return no, true
	}
	return 0, false
}

// The keys of the background and preference questions; the items of the
// questionnaire are keyed "item/" and their ID.
const (
	keyDiploma      = "diploma"
	keyForeign      = "foreign"
	keyStructure    = "structure"
	keyFinaliteit   = "finaliteit"
	keyTrack        = "track"
	keyMaths        = "maths"
	keyClassCouncil = "class-council"
	keyDutch        = "dutch"
	keyWork         = "work"
	keyAge          = "age"
	keyCities       = "cities"
	keyLanguages    = "languages"
	keyMaxYears     = "max-years"
	keyInstitutions = "institutions"
)

// questions lists the whole interview in order: the background, every item
// of the questionnaire, the preferences.
func questions(lang auhl.Lang, qn *studychoice.Questionnaire, cat *catalog.Catalog) []question {
	in := func(t auhl.Text) string { return t.In(lang) }
	choices := func(labels ...string) []choice {
		out := make([]choice, len(labels))
		for i, l := range labels {
			out[i] = choice{value: i + 1, label: l}
		}
		return out
	}
	hasDiploma := func(a answers) bool { return a[keyDiploma] == 1 || a[keyDiploma] == 2 }
	// A Flemish diploma needs its finaliteit or onderwijsvorm; a foreign one
	// does not, so the foreign question comes first.
	flemish := func(a answers) bool { return hasDiploma(a) && a[keyForeign] != yes }

	qs := []question{
		{key: keyDiploma, text: in(ui.QDiploma), kind: pick, required: true,
			choices: choices(in(ui.DiplomaObtained), in(ui.DiplomaExpected), in(ui.DiplomaNone)),
			set: func(p *studychoice.Profile, v int) {
				p.Background.Diploma = []studychoice.DiplomaStatus{studychoice.DiplomaObtained, studychoice.DiplomaExpected, studychoice.DiplomaNone}[v-1]
			}},
		{key: keyForeign, text: in(ui.QForeign), kind: yesNo, applies: hasDiploma,
			set: func(p *studychoice.Profile, v int) { p.Background.ForeignDiploma = v == yes }},
		{key: keyStructure, text: in(ui.QStructure), kind: pick, required: true, applies: flemish,
			choices: choices(in(ui.StructureReformed), in(ui.StructureOld))},
		{key: keyFinaliteit, text: in(ui.QFinaliteit), kind: pick, required: true,
			applies: func(a answers) bool { return flemish(a) && a[keyStructure] == 1 },
			choices: choices(in(ui.FinaliteitDoorstroom), in(ui.FinaliteitDubbele), in(ui.FinaliteitAM)),
			set: func(p *studychoice.Profile, v int) {
				p.Background.Finaliteit = []studychoice.Finaliteit{studychoice.Doorstroom, studychoice.Dubbele, studychoice.Arbeidsmarkt}[v-1]
			}},
		{key: keyTrack, text: in(ui.QTrack), kind: pick, required: true,
			applies: func(a answers) bool { return flemish(a) && a[keyStructure] == 2 },
			choices: choices(in(ui.TrackASO), in(ui.TrackTSO), in(ui.TrackKSO), in(ui.TrackBSO)),
			set: func(p *studychoice.Profile, v int) {
				p.Background.Track = []studychoice.Track{studychoice.ASO, studychoice.TSO, studychoice.KSO, studychoice.BSO}[v-1]
			}},
		{key: keyMaths, text: in(ui.QMaths), kind: number, min: 1, max: 10,
			set: func(p *studychoice.Profile, v int) { p.Background.MathsHours = v }},
		{key: keyClassCouncil, text: in(ui.QClassCouncil), kind: pick, applies: flemish,
			choices: choices(in(auhl.Graduaat.Name()), in(auhl.ProfessionalBachelor.Name()), in(auhl.AcademicBachelor.Name())),
			set: func(p *studychoice.Profile, v int) {
				p.Background.ClassCouncil = []auhl.Level{auhl.Graduaat, auhl.ProfessionalBachelor, auhl.AcademicBachelor}[v-1]
			}},
		{key: keyDutch, text: in(ui.QDutch), kind: pick,
			choices: choices(in(ui.DutchSchooled), in(ui.DutchCertificate), in(ui.DutchNone)),
			set: func(p *studychoice.Profile, v int) {
				p.Background.Dutch = []studychoice.DutchStatus{studychoice.DutchSchooled, studychoice.DutchCertificate, studychoice.DutchNone}[v-1]
			}},
		{key: keyWork, text: in(ui.QWork), kind: yesNo,
			set: func(p *studychoice.Profile, v int) { p.Background.WorkExperience = v == yes }},
		// The advisor's range for the age.
		{key: keyAge, text: in(ui.QAge), kind: number, min: 14, max: 99,
			set: func(p *studychoice.Profile, v int) { p.Background.Age = v }},
	}

	var options []choice
	for _, o := range qn.Options {
		options = append(options, choice{value: o.Value, label: term.OneLine(o.Label.In(lang))})
	}
	for i, it := range qn.Items {
		id := it.ID
		qs = append(qs, question{key: "item/" + id, section: interests, kind: pick, choices: options,
			progress: fmt.Sprintf(ui.Progress.In(lang), i+1, len(qn.Items)),
			text:     term.OneLine(it.Text.In(lang)),
			set:      func(p *studychoice.Profile, v int) { p.Answers[id] = v }})
	}

	// The cities are the catalogue's, so that a newer catalogue brings its
	// own.
	var cities []string
	for _, c := range cat.Campuses {
		if c.City != "" && !slices.Contains(cities, c.City) {
			cities = append(cities, c.City)
		}
	}
	cityLabels := make([]string, 0, len(cities)+1)
	for _, c := range cities {
		cityLabels = append(cityLabels, term.OneLine(c))
	}
	cityLabels = append(cityLabels, in(ui.AnyCity))
	qs = append(qs,
		question{key: keyCities, section: preferences, text: in(ui.QCities), kind: pick, choices: choices(cityLabels...),
			set: func(p *studychoice.Profile, v int) {
				if v <= len(cities) {
					p.Preferences.Cities = []string{cities[v-1]}
				}
			}},
		question{key: keyLanguages, section: preferences, text: in(ui.QLanguages), kind: pick,
			choices: choices(in(ui.LangDutch), in(ui.LangEnglish), in(ui.LangBoth)),
			set: func(p *studychoice.Profile, v int) {
				if v <= 2 {
					p.Preferences.Languages = []auhl.Lang{[]auhl.Lang{auhl.Dutch, auhl.English}[v-1]}
				}
			}},
		question{key: keyMaxYears, section: preferences, text: in(ui.QMaxYears), kind: number, min: 1, max: 10,
			set: func(p *studychoice.Profile, v int) { p.Preferences.MaxYears = v }},
		question{key: keyInstitutions, section: preferences, text: in(ui.QInstitutions), kind: pick,
			choices: choices(in(auhl.UHasselt.Name()), in(auhl.PXL.Name()), in(ui.InstitutionBoth)),
			set: func(p *studychoice.Profile, v int) {
				if v <= 2 {
					p.Preferences.Institutions = []auhl.Institution{[]auhl.Institution{auhl.UHasselt, auhl.PXL}[v-1]}
				}
			}},
	)
	return qs
}

// interviewer asks the questions on a line-based terminal.
type interviewer struct {
	in       *bufio.Scanner
	out      io.Writer
	lang     auhl.Lang
	qs       []question
	ans      answers
	headings [3][2]string // per section: heading and introduction
}

func newInterviewer(stdin io.Reader, out io.Writer, lang auhl.Lang, qn *studychoice.Questionnaire, cat *catalog.Catalog) *interviewer {
	return &interviewer{
		in:   bufio.NewScanner(stdin),
		out:  out,
		lang: lang,
		qs:   questions(lang, qn, cat),
		ans:  answers{},
		headings: [3][2]string{
			background:  {ui.BackgroundHeading.In(lang), ui.BackgroundIntro.In(lang)},
			interests:   {term.OneLine(qn.Title.In(lang)), term.OneLine(qn.Intro.In(lang))},
			preferences: {ui.PreferencesHeading.In(lang), ui.PreferencesIntro.In(lang)},
		},
	}
}

// move is what an answer does to the interview.
type move int

const (
	forward move = iota
	backward
	restart
	again
	stop
)

// interview asks every question that applies, in order, and returns the
// profile of the answers.
func (iv *interviewer) interview() (studychoice.Profile, ending) {
	fmt.Fprintln(iv.out, ui.Welcome.In(iv.lang))
	fmt.Fprintln(iv.out, ui.Commands.In(iv.lang))
	shown := section(-1)
	for i := iv.next(-1); i < len(iv.qs); {
		q := iv.qs[i]
		if q.section != shown {
			shown = q.section
			heading(iv.out, iv.headings[shown][0])
			fmt.Fprintln(iv.out, iv.headings[shown][1])
		}
		iv.show(q)
		m, end := iv.answer(i)
		switch m {
		case stop:
			return studychoice.Profile{}, end
		case forward:
			i = iv.next(i)
		case backward:
			i = iv.prev(i)
		case restart:
			clear(iv.ans)
			shown = -1
			i = iv.next(-1)
		}
	}
	return iv.profile(), finished
}

// next is the index of the first question after i that applies, or
// len(qs).
func (iv *interviewer) next(i int) int {
	for i++; i < len(iv.qs) && !iv.qs[i].asked(iv.ans); i++ {
	}
	return i
}

// prev is the index of the last question before i that applies, or -1.
func (iv *interviewer) prev(i int) int {
	for i--; i >= 0 && !iv.qs[i].asked(iv.ans); i-- {
	}
	return i
}

func (iv *interviewer) show(q question) {
	l := iv.lang
	fmt.Fprintln(iv.out)
	if q.progress != "" {
		fmt.Fprintln(iv.out, q.progress)
	}
	text := q.text
	switch {
	case q.kind == yesNo:
		text += " " + ui.YesNo.In(l)
	case q.kind == number && q.required:
		text += " " + fmt.Sprintf(ui.RangeRequired.In(l), q.min, q.max)
	case q.kind == number:
		text += " " + fmt.Sprintf(ui.RangeOptional.In(l), q.min, q.max)
	case !q.required && q.section != interests:
		// The questionnaire's intro and the commands say it once for
		// the items.
		text += " " + ui.OptionalNote.In(l)
	}
	fmt.Fprintln(iv.out, text)
	for _, c := range q.choices {
		fmt.Fprintf(iv.out, "  %d. %s\n", c.value, c.label)
	}
	if v := iv.ans[q.key]; v != 0 {
		fmt.Fprintf(iv.out, ui.Current.In(l)+"\n", iv.label(q, v))
	}
}

// label shows an answer given before.
func (iv *interviewer) label(q question, v int) string {
	switch q.kind {
	case yesNo:
		if v == yes {
			return ui.Yes.In(iv.lang)
		}
		return ui.No.In(iv.lang)
	case pick:
		for _, c := range q.choices {
			if c.value == v {
				return strconv.Itoa(v) + ". " + c.label
			}
		}
	}
	return strconv.Itoa(v)
}

// answer reads lines until one answers question i or moves the interview.
func (iv *interviewer) answer(i int) (move, ending) {
	q := iv.qs[i]
	for {
		s, ok := iv.read()
		if !ok {
			return stop, inputEnded
		}
		switch strings.ToLower(s) {
		case "q":
			return stop, quit
		case "b":
			if iv.prev(i) < 0 {
				iv.hint(ui.HintFirst.In(iv.lang))
				continue
			}
			return backward, finished
		case "r":
			fmt.Fprintln(iv.out, ui.ConfirmRestart.In(iv.lang))
			s, ok := iv.read()
			if !ok {
				return stop, inputEnded
			}
			if v, _ := parseYesNo(s); v == yes {
				fmt.Fprintln(iv.out, ui.Restarted.In(iv.lang))
				return restart, finished
			}
			return again, finished
		case "":
			if q.required && iv.ans[q.key] == 0 {
				iv.hint(ui.HintRequired.In(iv.lang), iv.expect(q))
				continue
			}
			return forward, finished
		}
		if v, ok := q.parse(s); ok {
			iv.ans[q.key] = v
			return forward, finished
		}
		iv.hint(iv.expect(q), ui.HintCommand.In(iv.lang))
	}
}

// expect says what the question takes.
func (iv *interviewer) expect(q question) string {
	if q.kind == yesNo {
		return ui.HintYesNo.In(iv.lang)
	}
	lo, hi := q.bounds()
	return fmt.Sprintf(ui.HintRange.In(iv.lang), lo, hi)
}

func (iv *interviewer) hint(sentences ...string) {
	fmt.Fprintln(iv.out, strings.Join(sentences, " "))
}

// read prompts and reads one line, trimmed; ok is false at the end of the
// input or on a failure to read it.
func (iv *interviewer) read() (string, bool) {
	fmt.Fprint(iv.out, "> ")
	if !iv.in.Scan() {
		fmt.Fprintln(iv.out)
		return "", false
	}
	return strings.TrimSpace(iv.in.Text()), true
}

// profile builds the profile from the answers to the questions that apply.
func (iv *interviewer) profile() studychoice.Profile {
	p := studychoice.Profile{Answers: map[string]int{}}
	for _, q := range iv.qs {
		if v := iv.ans[q.key]; v != 0 && q.set != nil && q.asked(iv.ans) {
			q.set(&p, v)
		}
	}
	return p
}
