package studychoice

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/procedures/admission"
)

// Questionnaire is the advisor's interest questionnaire: versioned data, so
// that a front end renders whatever it says. Its JSON encoding is the format
// of the embedded file data/questionnaire.json.
type Questionnaire struct {
	// Version identifies the questionnaire, such as "2025.1".
	Version string `json:"version"`
	// Title is the questionnaire's title.
	Title auhl.Text `json:"title"`
	// Intro tells the student what the questionnaire is for and how to
	// answer.
	Intro auhl.Text `json:"intro"`
	// Scales are the scales the items measure: the six RIASEC interests and
	// the academic-versus-practical preference.
	Scales []Scale `json:"scales"`
	// Options are the answers every item offers, from 1 to 5.
	Options []Option `json:"options"`
	// Items are the statements the student rates, in the order to ask them.
	Items []Item `json:"items"`
	// Sources are the instruments and studies the questionnaire follows.
	Sources []auhl.Source `json:"sources"`
}

// ScaleID identifies a scale: one of the RIASEC letters or "academic".
type ScaleID string

// The scales of the questionnaire.
const (
	Realistic     ScaleID = "R"
	Investigative ScaleID = "I"
	Artistic      ScaleID = "A"
	Social        ScaleID = "S"
	Enterprising  ScaleID = "E"
	Conventional  ScaleID = "C"
	// Academic is the preference for theory and research over practice and
	// application, the idea of SIMON-I's academic-track scale: high means
	// academic, low means practical.
	Academic ScaleID = "academic"
)

// RIASEC are the six interest scales in Holland's order.
var RIASEC = [6]ScaleID{Realistic, Investigative, Artistic, Social, Enterprising, Conventional}

var scaleIDs = []ScaleID{Realistic, Investigative, Artistic, Social, Enterprising, Conventional, Academic}

// Enum lists every valid ScaleID.
func (ScaleID) Enum() []string { return auhl.Strings(scaleIDs) }

// Valid reports whether s is a known scale.
func (s ScaleID) Valid() bool { return slices.Contains(scaleIDs, s) }

// Scale is one scale of the questionnaire.
type Scale struct {
	// ID identifies the scale.
	ID ScaleID `json:"id"`
	// Name is the scale's name, such as "Onderzoekend" / "Investigative".
	Name auhl.Text `json:"name"`
	// Description says in one line what a high score on the scale means.
	Description auhl.Text `json:"description"`
}

// Option is one answer an item offers.
type Option struct {
	// Value is the answer's value, 1 (not at all) to 5 (very much).
	Value int `json:"value"`
	// Label is the answer as the student reads it.
	Label auhl.Text `json:"label"`
}

// Item is one statement of the questionnaire: a study activity the student
// rates from 1 to 5.
type Item struct {
	// ID identifies the item in a Profile's answers, such as "I3".
	ID string `json:"id"`
	// Scale is the scale the item counts towards.
	Scale ScaleID `json:"scale"`
	// Text is the statement.
	Text auhl.Text `json:"text"`
	// Reverse is true for an item whose agreement counts against its scale
	// (on the academic scale: a practical preference).
	Reverse bool `json:"reverse,omitempty"`
}

// Profile is what the advisor knows of a student: the answers to the
// questionnaire, the background and the preferences. It holds no name, no
// contact details and nothing else that identifies a person.
type Profile struct {
	// Answers maps item IDs to answers from 1 to 5. Items left out are
	// unanswered.
	Answers map[string]int `json:"answers"`
	// Background is the student's prior education and situation.
	Background Background `json:"background"`
	// Preferences filter or reorder the programmes.
	Preferences Preferences `json:"preferences,omitzero"`
	// AcademicYear is the academic year the student wants to start in;
	// the zero value means the catalogue's year. It picks the admission
	// rules, which must cover it.
	AcademicYear auhl.AcademicYear `json:"academicYear,omitzero"`
}

// Background is a student's prior education and situation.
type Background struct {
	// Diploma says whether the student has, or expects this school year, a
	// secondary-education diploma.
	Diploma DiplomaStatus `json:"diploma"`
	// Finaliteit is the finality of a secondary programme in the reformed
	// structure (diplomas from 2024-2025 on); Track is the old onderwijsvorm
	// for earlier diplomas. One of the two is required with a Flemish
	// diploma.
	Finaliteit Finaliteit `json:"finaliteit,omitempty"`
	// Track is the onderwijsvorm (aso, tso, kso, bso) of a diploma from
	// before the reform.
	Track Track `json:"track,omitempty"`
	// StudyDomain is the studiedomein of the secondary programme, where
	// known.
	StudyDomain StudyDomain `json:"studyDomain,omitempty"`
	// MathsHours is the number of hours of mathematics a week in the third
	// grade of secondary education, 1 to 10; 0 when not given.
	MathsHours int `json:"mathsHours,omitempty"`
	// Ijkingstoetsen are the ijkingstoets scores the student already has.
	Ijkingstoetsen []IjkingstoetsScore `json:"ijkingstoetsen,omitempty"`
	// ClassCouncil is the level the class council (klassenraad) advised,
	// where known: graduaat, professional-bachelor or academic-bachelor.
	ClassCouncil auhl.Level `json:"classCouncil,omitempty"`
	// Dutch says how the student meets the Dutch-language requirement of a
	// Dutch-taught programme.
	Dutch DutchStatus `json:"dutch,omitempty"`
	// ForeignDiploma is true when the secondary diploma is from outside
	// Flanders.
	ForeignDiploma bool `json:"foreignDiploma,omitempty"`
	// WorkExperience is true for an adult with work experience that might
	// be recognised (EVC).
	WorkExperience bool `json:"workExperience,omitempty"`
	// Age is the student's age on 31 December of the year of enrolment,
	// where given; 0 when not given.
	Age int `json:"age,omitempty"`
}

// DiplomaStatus says whether a student has a secondary diploma.
type DiplomaStatus string

// The diploma statuses.
const (
	// DiplomaObtained: the student has a secondary diploma.
	DiplomaObtained DiplomaStatus = "obtained"
	// DiplomaExpected: the student expects the diploma this school year.
	DiplomaExpected DiplomaStatus = "expected"
	// DiplomaNone: the student has no secondary diploma.
	DiplomaNone DiplomaStatus = "none"
)

var diplomaStatuses = []DiplomaStatus{DiplomaObtained, DiplomaExpected, DiplomaNone}

// Enum lists every valid DiplomaStatus.
func (DiplomaStatus) Enum() []string { return auhl.Strings(diplomaStatuses) }

// Finaliteit is the finality of a reformed secondary programme.
type Finaliteit string

// The finaliteiten of Flemish secondary education.
const (
	// Doorstroom prepares for higher education.
	Doorstroom Finaliteit = "doorstroom"
	// Dubbele prepares for higher education and for the labour market.
	Dubbele Finaliteit = "dubbele"
	// Arbeidsmarkt prepares for work.
	Arbeidsmarkt Finaliteit = "arbeidsmarkt"
)

var finaliteiten = []Finaliteit{Doorstroom, Dubbele, Arbeidsmarkt}

// Enum lists every valid Finaliteit.
func (Finaliteit) Enum() []string { return auhl.Strings(finaliteiten) }

// Track is the onderwijsvorm of a secondary diploma from before the reform.
type Track string

// The old onderwijsvormen.
const (
	ASO Track = "aso"
	TSO Track = "tso"
	KSO Track = "kso"
	BSO Track = "bso"
)

var tracks = []Track{ASO, TSO, KSO, BSO}

// Enum lists every valid Track.
func (Track) Enum() []string { return auhl.Strings(tracks) }

// StudyDomain is one of the eight studiedomeinen of reformed secondary
// education.
type StudyDomain string

// The studiedomeinen.
const (
	DomainSTEM            StudyDomain = "stem"
	DomainLanguage        StudyDomain = "taal-en-cultuur"
	DomainEconomics       StudyDomain = "economie-en-organisatie"
	DomainSociety         StudyDomain = "maatschappij-en-welzijn"
	DomainArts            StudyDomain = "kunst-en-creatie"
	DomainAgriculture     StudyDomain = "land-en-tuinbouw"
	DomainSport           StudyDomain = "sport"
	DomainFoodHospitality StudyDomain = "voeding-en-horeca"
)

var studyDomains = []StudyDomain{DomainSTEM, DomainLanguage, DomainEconomics, DomainSociety, DomainArts, DomainAgriculture, DomainSport, DomainFoodHospitality}

// Enum lists every valid StudyDomain.
func (StudyDomain) Enum() []string { return auhl.Strings(studyDomains) }

// Name returns the studiedomein's name in Dutch and English.
func (d StudyDomain) Name() auhl.Text {
	switch d {
	case DomainSTEM:
		return auhl.Text{NL: "STEM", EN: "STEM"}
	case DomainLanguage:
		return auhl.Text{NL: "Taal en cultuur", EN: "Language and culture"}
	case DomainEconomics:
		return auhl.Text{NL: "Economie en organisatie", EN: "Economics and organisation"}
	case DomainSociety:
		return auhl.Text{NL: "Maatschappij en welzijn", EN: "Society and welfare"}
	case DomainArts:
		return auhl.Text{NL: "Kunst en creatie", EN: "Arts and creation"}
	case DomainAgriculture:
		return auhl.Text{NL: "Land- en tuinbouw", EN: "Agriculture and horticulture"}
	case DomainSport:
		return auhl.Text{NL: "Sport", EN: "Sport"}
	case DomainFoodHospitality:
		return auhl.Text{NL: "Voeding en horeca", EN: "Food and hospitality"}
	}
	return auhl.Text{}
}

// DutchStatus says how a student meets the Dutch-language requirement.
type DutchStatus string

// The Dutch-language statuses.
const (
	// DutchSchooled: at least one successful school year of Dutch-language
	// secondary education (exempt from the language test).
	DutchSchooled DutchStatus = "schooled"
	// DutchCertificate: a Dutch-language certificate (B2 for a bachelor, B1
	// for a graduaat).
	DutchCertificate DutchStatus = "certificate"
	// DutchNone: neither; the language test applies.
	DutchNone DutchStatus = "none"
)

var dutchStatuses = []DutchStatus{DutchSchooled, DutchCertificate, DutchNone}

// Enum lists every valid DutchStatus.
func (DutchStatus) Enum() []string { return auhl.Strings(dutchStatuses) }

// IjkingstoetsScore is a student's score on the ijkingstoets of one
// programme.
type IjkingstoetsScore struct {
	// Programme is the catalogue ID of the programme the test was for.
	Programme string `json:"programme"`
	// Score is the score out of 20.
	Score float64 `json:"score"`
}

// Preferences filter or reorder the programmes. A programme that does not
// meet one stays in the advice, after those that do, with the reason.
type Preferences struct {
	// Cities keeps the programmes taught in one of these cities (such as
	// "Hasselt", "Diepenbeek").
	Cities []string `json:"cities,omitempty"`
	// Languages keeps the programmes taught in one of these languages.
	Languages []auhl.Lang `json:"languages,omitempty"`
	// MaxYears keeps the programmes whose nominal duration (60 credits a
	// year) is at most this many years; 0 means no limit.
	MaxYears int `json:"maxYears,omitempty"`
	// Institutions keeps the programmes of these institutions.
	Institutions []auhl.Institution `json:"institutions,omitempty"`
}

// Advice is the advisor's answer for one profile. Treat it as read-only:
// the Params of its findings may be shared with other advices.
type Advice struct {
	// Questionnaire is the version of the questionnaire the answers belong
	// to.
	Questionnaire string `json:"questionnaire"`
	// Catalog is the version of the catalogue the programmes come from.
	Catalog string `json:"catalog"`
	// AcademicYear is the academic year the admission of every programme
	// is decided for: the profile's, or the catalogue's.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Interests is the student's interest profile.
	Interests Interests `json:"interests"`
	// Level is the advice on the level: graduaat, professional or academic
	// bachelor ("hogeschool of universiteit?").
	Level LevelAdvice `json:"level"`
	// Programmes are all programmes of the catalogue, scored and sorted:
	// those that fit the preferences and that the student can enter in
	// the year (the admission decision finds a route) first, best overall
	// score first.
	Programmes []ProgrammeScore `json:"programmes"`
	// Findings are the findings about the whole profile: routes outside
	// the usual path, a flat interest profile, the disclaimer.
	Findings []auhl.Finding `json:"findings"`
	// NextSteps are what the student can do next, each with its page.
	NextSteps []auhl.Finding `json:"nextSteps"`
}

// Interests is a student's interest profile.
type Interests struct {
	// Scores are the scale scores from 0 to 40, as the O*NET Interest
	// Profiler reports them, whatever the number of items per scale;
	// scales without an answer are left out.
	Scores map[ScaleID]float64 `json:"scores"`
	// Code is the student's Holland code: the three strongest interests,
	// strongest first; empty when the profile is flat.
	Code catalog.HollandCode `json:"code,omitempty"`
	// Flat is true when the answers are too alike to tell interests apart;
	// the interest fit then plays no part in the ranking.
	Flat bool `json:"flat,omitempty"`
}

// Clarity says how clear the level advice is.
type Clarity string

// The clarities of the level advice.
const (
	// Clear: the reasons point one way.
	Clear Clarity = "clear"
	// Leaning: the reasons favour one level, not strongly.
	Leaning Clarity = "leaning"
	// Open: the reasons do not separate the levels; both remain good
	// options to explore.
	Open Clarity = "open"
)

var clarities = []Clarity{Clear, Leaning, Open}

// Enum lists every valid Clarity.
func (Clarity) Enum() []string { return auhl.Strings(clarities) }

// LevelAdvice is the advice on the level of the first programme.
type LevelAdvice struct {
	// Recommended is the level the reasons favour: graduaat,
	// professional-bachelor or academic-bachelor.
	Recommended auhl.Level `json:"recommended"`
	// Runner is the next level, the one to consider too.
	Runner auhl.Level `json:"runner"`
	// Clarity says how clearly the reasons favour Recommended.
	Clarity Clarity `json:"clarity"`
	// Scores are the points each level got from the reasons.
	Scores map[auhl.Level]float64 `json:"scores"`
	// Reasons are the findings behind the advice. The first is always the
	// headline (CodeLevelClear, CodeLevelLeaning or CodeLevelOpen); the
	// others are the reasons that gave the levels their points.
	Reasons []auhl.Finding `json:"reasons"`
}

// Band is how well a student's background prepares for a programme. It is
// orientation, never a verdict: every band comes with its evidence and a
// next step.
type Band string

// The preparation bands.
const (
	// BandSolid: the background matches what the programme expects.
	BandSolid Band = "solid"
	// BandFair: the background covers most of it; some catching up helps.
	BandFair Band = "fair"
	// BandExtra: extra preparation is recommended before or during the
	// first year.
	BandExtra Band = "extra-preparation"
	// BandUnknown: the profile says too little to tell.
	BandUnknown Band = "unknown"
)

var bands = []Band{BandSolid, BandFair, BandExtra, BandUnknown}

// Enum lists every valid Band.
func (Band) Enum() []string { return auhl.Strings(bands) }

// ProgrammeScore is one programme's place in the advice.
type ProgrammeScore struct {
	// ID is the programme's catalogue ID.
	ID string `json:"id"`
	// Name is the programme's name.
	Name auhl.Text `json:"name"`
	// Institution organises the programme.
	Institution auhl.Institution `json:"institution"`
	// Level is the programme's level.
	Level auhl.Level `json:"level"`
	// URL is the programme's official page.
	URL string `json:"url"`
	// InterestFit is how well the programme's interest profile fits the
	// student's, 0 to 100 (50 is neutral); 50 for a flat profile.
	InterestFit int `json:"interestFit"`
	// Preparation is how well the background prepares for the programme.
	Preparation Band `json:"preparation"`
	// PreferenceFit is the share of the stated preferences the programme
	// meets, 0 to 100; 100 when none is stated.
	PreferenceFit int `json:"preferenceFit"`
	// Overall is the score the ranking uses, 0 to 100.
	Overall int `json:"overall"`
	// Excluded is true when the programme does not meet a preference or
	// the student cannot enter it in the year: the admission decision
	// finds no route (as for a master after secondary school), or asks
	// first the work experience the student does not have. Reasons says
	// why.
	Excluded bool `json:"excluded,omitempty"`
	// Reasons explain the scores and any exclusion.
	Reasons []auhl.Finding `json:"reasons"`
	// Flags are the programme's admission specifics and unverified facts.
	Flags []auhl.Finding `json:"flags,omitempty"`
	// Admission is whether this student can enter the programme in the
	// year, decided by package procedures/admission from the background
	// (a diploma contract; the secondary diploma, the age, the proof of
	// Dutch and the ijkingstoets taken): the outcome, the route
	// (diploma, afwijkende toelating, graduaat test, schakel- or
	// voorbereidingsprogramma), every requirement (the entrance exam, an
	// artistic test, the ijkingstoets, the starttoets, the language) with
	// whether it comes before the enrolment, and the findings, each with
	// the admission rule and source it rests on.
	// Treat it as read-only: advices for the same background share it.
	Admission *admission.Decision `json:"admission,omitempty"`
}
