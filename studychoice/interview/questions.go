package interview

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/studychoice"
)

// choices numbers the labels from 1.
func choices(labels ...auhl.Text) []Choice {
	out := make([]Choice, len(labels))
	for i, l := range labels {
		out[i] = Choice{Value: i + 1, Label: l}
	}
	return out
}

// pick maps answer v (from 1) onto the values it stands for.
func pick[T any](values ...T) func(v int) T {
	return func(v int) T { return values[v-1] }
}

// The conditions of the background questions: a diploma (obtained or
// expected); a Flemish one, which needs its finaliteit or onderwijsvorm
// (a foreign one does not, so the foreign question comes first).
var (
	hasDiploma = Condition{Key: KeyDiploma, Values: []int{1, 2}}
	flemish    = []Condition{hasDiploma, {Key: KeyForeign, Values: []int{0, No}}}
)

func yesNo() []Choice {
	return []Choice{{Value: Yes, Label: text.Yes}, {Value: No, Label: text.No}}
}

func background() []Question {
	diploma := pick(studychoice.DiplomaObtained, studychoice.DiplomaExpected, studychoice.DiplomaNone)
	finaliteit := pick(studychoice.Doorstroom, studychoice.Dubbele, studychoice.Arbeidsmarkt)
	track := pick(studychoice.ASO, studychoice.TSO, studychoice.KSO, studychoice.BSO)
	council := pick(auhl.Graduaat, auhl.ProfessionalBachelor, auhl.AcademicBachelor)
	dutch := pick(studychoice.DutchSchooled, studychoice.DutchCertificate, studychoice.DutchNone)
	return []Question{
		{Key: KeyDiploma, Section: Background, Text: text.QDiploma, Kind: Pick, Required: true,
			Choices: choices(text.DiplomaObtained, text.DiplomaExpected, text.DiplomaNone),
			set:     func(p *studychoice.Profile, v int) { p.Background.Diploma = diploma(v) }},
		{Key: KeyForeign, Section: Background, Text: text.QForeign, Kind: YesNo, Choices: yesNo(),
			When: []Condition{hasDiploma},
			set:  func(p *studychoice.Profile, v int) { p.Background.ForeignDiploma = v == Yes }},
		{Key: KeyStructure, Section: Background, Text: text.QStructure, Kind: Pick, Required: true, When: flemish,
			Choices: choices(text.StructureReformed, text.StructureOld)},
		{Key: KeyFinaliteit, Section: Background, Text: text.QFinaliteit, Kind: Pick, Required: true,
			When:    append(slices.Clone(flemish), Condition{Key: KeyStructure, Values: []int{1}}),
			Choices: choices(text.FinaliteitDoorstroom, text.FinaliteitDubbele, text.FinaliteitAM),
			set:     func(p *studychoice.Profile, v int) { p.Background.Finaliteit = finaliteit(v) }},
		{Key: KeyTrack, Section: Background, Text: text.QTrack, Kind: Pick, Required: true,
			When:    append(slices.Clone(flemish), Condition{Key: KeyStructure, Values: []int{2}}),
			Choices: choices(text.TrackASO, text.TrackTSO, text.TrackKSO, text.TrackBSO),
			set:     func(p *studychoice.Profile, v int) { p.Background.Track = track(v) }},
		{Key: KeyMaths, Section: Background, Text: text.QMaths, Kind: Number, Min: 1, Max: 10,
			set: func(p *studychoice.Profile, v int) { p.Background.MathsHours = v }},
		{Key: KeyClassCouncil, Section: Background, Text: text.QClassCouncil, Kind: Pick, When: flemish,
			Choices: choices(auhl.Graduaat.Name(), auhl.ProfessionalBachelor.Name(), auhl.AcademicBachelor.Name()),
			set:     func(p *studychoice.Profile, v int) { p.Background.ClassCouncil = council(v) }},
		{Key: KeyDutch, Section: Background, Text: text.QDutch, Kind: Pick,
			Choices: choices(text.DutchSchooled, text.DutchCertificate, text.DutchNone),
			set:     func(p *studychoice.Profile, v int) { p.Background.Dutch = dutch(v) }},
		{Key: KeyWork, Section: Background, Text: text.QWork, Kind: YesNo, Choices: yesNo(),
			set: func(p *studychoice.Profile, v int) { p.Background.WorkExperience = v == Yes }},
		// The advisor's range for the age.
		{Key: KeyAge, Section: Background, Text: text.QAge, Kind: Number, Min: 14, Max: 99,
			set: func(p *studychoice.Profile, v int) { p.Background.Age = v }},
	}
}

// Cities lists the cities of the catalogue's campuses, each once, in the
// catalogue's order.
func Cities(cat *catalog.Catalog) []string {
	var cities []string
	for _, c := range cat.Campuses {
		if c.City != "" && !slices.Contains(cities, c.City) {
			cities = append(cities, c.City)
		}
	}
	return cities
}

func preferences(cat *catalog.Catalog) []Question {
	// The cities are the catalogue's, so that a newer catalogue brings its
	// own; the last choice is "any".
	cities := Cities(cat)
	labels := make([]auhl.Text, 0, len(cities)+1)
	for _, c := range cities {
		labels = append(labels, auhl.Text{NL: c, EN: c})
	}
	labels = append(labels, text.AnyCity)
	langs := []auhl.Lang{auhl.Dutch, auhl.English}
	insts := []auhl.Institution{auhl.UHasselt, auhl.PXL}
	return []Question{
		{Key: KeyCities, Section: Preferences, Text: text.QCities, Kind: Pick, Choices: choices(labels...),
			set: func(p *studychoice.Profile, v int) {
				if v <= len(cities) {
					p.Preferences.Cities = []string{cities[v-1]}
				}
			}},
		{Key: KeyLanguages, Section: Preferences, Text: text.QLanguages, Kind: Pick,
			Choices: choices(text.LangDutch, text.LangEnglish, text.LangBoth),
			set: func(p *studychoice.Profile, v int) {
				if v <= len(langs) {
					p.Preferences.Languages = []auhl.Lang{langs[v-1]}
				}
			}},
		{Key: KeyMaxYears, Section: Preferences, Text: text.QMaxYears, Kind: Number, Min: 1, Max: 10,
			set: func(p *studychoice.Profile, v int) { p.Preferences.MaxYears = v }},
		{Key: KeyInstitutions, Section: Preferences, Text: text.QInstitutions, Kind: Pick,
			Choices: choices(auhl.UHasselt.Name(), auhl.PXL.Name(), text.InstitutionBoth),
			set: func(p *studychoice.Profile, v int) {
				if v <= len(insts) {
					p.Preferences.Institutions = []auhl.Institution{insts[v-1]}
				}
			}},
	}
}
