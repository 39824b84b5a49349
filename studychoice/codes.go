package studychoice

import "github.com/auhl/auhl-go/auhl"

// The codes of the findings this package emits. Package auhl/i18n renders
// each in Dutch and English; Codes lists their parameters.
const (
	// CodeDisclaimer: the advice is orientation, not selection.
	CodeDisclaimer = "studychoice.disclaimer"
	// CodeInterestTop: the student's strongest interests. Params: first,
	// second, third (text: scale names).
	CodeInterestTop = "studychoice.interest.top"
	// CodeInterestFlat: the answers are too alike to tell interests apart.
	CodeInterestFlat = "studychoice.interest.flat"
	// CodeInterestFew: too few items answered for an interest profile.
	// Params: answered, needed (int).
	CodeInterestFew = "studychoice.interest.few-answers"

	// CodeLevelClear, CodeLevelLeaning, CodeLevelOpen: the level advice and
	// how clear it is. Params: level, runner (text: level names).
	CodeLevelClear   = "studychoice.level.clear"
	CodeLevelLeaning = "studychoice.level.leaning"
	CodeLevelOpen    = "studychoice.level.open"
	// CodeLevelTrack: the prior education and where students from it go.
	// Params: track (text).
	CodeLevelTrack = "studychoice.level.track"
	// CodeLevelMathsHigh / CodeLevelMathsLow: the maths hours favour or
	// do not favour an academic bachelor. Params: hours (int).
	CodeLevelMathsHigh = "studychoice.level.maths-high"
	CodeLevelMathsLow  = "studychoice.level.maths-low"
	// CodeLevelAcademic / CodeLevelPractical: the academic-versus-practical
	// preference. Params: score (int, 0 to 40).
	CodeLevelAcademic  = "studychoice.level.academic-preference"
	CodeLevelPractical = "studychoice.level.practical-preference"
	// CodeLevelInvestigative: a strong investigative interest favours an
	// academic bachelor. CodeLevelHandsOn: strong realistic or
	// conventional interests favour a practical programme.
	CodeLevelInvestigative = "studychoice.level.investigative"
	CodeLevelHandsOn       = "studychoice.level.hands-on"
	// CodeLevelClassCouncil: the class council's advice. Params: level
	// (text).
	CodeLevelClassCouncil = "studychoice.level.class-council"
	// CodeLevelNoDiploma: without a diploma, the graduaat route is the
	// usual start.
	CodeLevelNoDiploma = "studychoice.level.no-diploma"

	// CodeFitInterest: how the programme's interest profile fits. Params:
	// fit (int, 0 to 100).
	CodeFitInterest = "studychoice.fit.interest"
	// CodePrepMathsLow: few maths hours for a maths-heavy academic
	// programme; UHasselt's reported first-year pass rate. Params: hours
	// (int).
	CodePrepMathsLow = "studychoice.prep.maths-low"
	// CodePrepMathsFair: maths hours in the middle range. Params: hours
	// (int).
	CodePrepMathsFair = "studychoice.prep.maths-fair"
	// CodePrepMathsStrong: maths hours that match. Params: hours (int).
	CodePrepMathsStrong = "studychoice.prep.maths-strong"
	// CodePrepTrackFits / CodePrepTrackStretch: the prior education prepares
	// for this level, or less so. Params: track, level (text).
	CodePrepTrackFits    = "studychoice.prep.track-fits"
	CodePrepTrackStretch = "studychoice.prep.track-stretch"
	// CodePrepIjkingGood, CodePrepIjkingAverage, CodePrepIjkingLow: the
	// programme's ijkingstoets band. Params: score (number).
	CodePrepIjkingGood    = "studychoice.prep.ijkingstoets-good"
	CodePrepIjkingAverage = "studychoice.prep.ijkingstoets-average"
	CodePrepIjkingLow     = "studychoice.prep.ijkingstoets-low"
	// CodePrepDomain: the studiedomein of the secondary programme continues
	// into this programme's field. Params: domain (text).
	CodePrepDomain = "studychoice.prep.domain"
	// CodePrepClassCouncil: the class council advised a level below this
	// programme's. Params: level (text).
	CodePrepClassCouncil = "studychoice.prep.class-council"
	// CodePrepUnknown: the profile says too little about the background.
	CodePrepUnknown = "studychoice.prep.unknown"

	// CodeStepSummerCourse: a summer or bridging course in mathematics.
	CodeStepSummerCourse = "studychoice.step.summer-course"
	// CodeStepIjkingPrep: prepare for and take the ijkingstoets. Params:
	// programme (text).
	CodeStepIjkingPrep = "studychoice.step.ijkingstoets"
	// CodeStepGentlerStart: a programme with the same interests and a
	// gentler start. Params: programme (text).
	CodeStepGentlerStart = "studychoice.step.gentler-start"
	// CodeStepProgrammePage: read the programme's official page. Params:
	// programme (text).
	CodeStepProgrammePage = "studychoice.step.programme-page"
	// CodeStepStudiepoort: the association's study-choice help.
	CodeStepStudiepoort = "studychoice.step.studiepoort"

	// CodeFlagEntranceExam: a binding entrance exam (arts/tandarts).
	CodeFlagEntranceExam = "studychoice.flag.entrance-exam"
	// CodeFlagIjkingMandatory / CodeFlagIjkingOptional: the ijkingstoets.
	CodeFlagIjkingMandatory = "studychoice.flag.ijkingstoets-mandatory"
	CodeFlagIjkingOptional  = "studychoice.flag.ijkingstoets-optional"
	// CodeFlagArtisticTest: an artistic admission test before enrolment.
	CodeFlagArtisticTest = "studychoice.flag.artistic-test"
	// CodeFlagTeacherTest: the compulsory, non-binding starttoets of
	// teacher training.
	CodeFlagTeacherTest = "studychoice.flag.teacher-test"
	// CodeFlagTaughtIn: the language of instruction. Params: language
	// (text).
	CodeFlagTaughtIn = "studychoice.flag.taught-in"

	// CodePrefLanguage: not taught in a preferred language. Params:
	// languages (text: the preferred languages' names).
	CodePrefLanguage = "studychoice.pref.language"
	// CodePrefCity: not taught in a preferred city. Params: cities (string).
	CodePrefCity = "studychoice.pref.city"
	// CodePrefCityUnknown: the campus is not confirmed, so the city
	// preference cannot be checked.
	CodePrefCityUnknown = "studychoice.pref.city-unknown"
	// CodePrefDuration: longer than the preferred duration. Params: years,
	// max (int).
	CodePrefDuration = "studychoice.pref.duration"
	// CodePrefDurationUnknown: the credits are not confirmed, so the
	// duration preference cannot be checked.
	CodePrefDurationUnknown = "studychoice.pref.duration-unknown"
	// CodePrefInstitution: at an institution not preferred. Params:
	// institution (text).
	CodePrefInstitution = "studychoice.pref.institution"
	// CodeNotEntry: the programme needs a prior higher-education diploma.
	// Params: level (text).
	CodeNotEntry = "studychoice.programme.not-entry"
	// CodeEntryClosed: the admission decision finds no way into this
	// graduaat or bachelor for the student in the year. Params: year
	// (year).
	CodeEntryClosed = "studychoice.entry.closed"
	// CodeEntryLimits: the student's diploma opens some levels directly,
	// not others, where other routes remain (as for an arbeidsmarkt
	// diploma). Params: year (year), opens, closed (text: level names),
	// routes (text: route names).
	CodeEntryLimits = "studychoice.entry.limits"

	// CodeRouteAfwijkend: no diploma: afwijkende toelating through the
	// association.
	CodeRouteAfwijkend = "studychoice.route.afwijkende-toelating"
	// CodeRouteGraduaatTest: no diploma: a graduaat through the
	// Flanders-wide admission test, from age 18. Params: age (int, 0 when
	// unknown).
	CodeRouteGraduaatTest = "studychoice.route.graduaat-test"
	// CodeRouteLanguageTest: the association's Dutch language test (B2 for a
	// bachelor, B1 for a graduaat).
	CodeRouteLanguageTest = "studychoice.route.language-test"
	// CodeRouteEVC: recognition of prior learning (EVC) for adults with
	// work experience.
	CodeRouteEVC = "studychoice.route.evc"
	// CodeRouteForeignDiploma: admission with a foreign diploma.
	CodeRouteForeignDiploma = "studychoice.route.foreign-diploma"

	// Validation problems of a Profile.

	// CodeUnknownItem: an answer for an item the questionnaire does not
	// have. Params: id (string).
	CodeUnknownItem = "studychoice.profile.unknown-item"
	// CodeUnknownProgramme: an ijkingstoets score for a programme the
	// catalogue does not have. Params: id (string).
	CodeUnknownProgramme = "studychoice.profile.unknown-programme"
	// CodeTrackMissing: a Flemish diploma without finaliteit or track.
	CodeTrackMissing = "studychoice.profile.track-missing"
	// CodeDuplicateItem: a questionnaire lists an item ID twice. Params: id
	// (string).
	CodeDuplicateItem = "studychoice.questionnaire.duplicate-item"
	// CodeFewItems: a questionnaire has fewer than five items on a RIASEC
	// scale. Params: scale (string), count (int).
	CodeFewItems = "studychoice.questionnaire.few-items"
)

// Codes lists the codes this package emits, with their parameters.
func Codes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	text := func(name string) auhl.ParamSpec { return p(name, auhl.KindText) }
	num := func(name string) auhl.ParamSpec { return p(name, auhl.KindInt) }
	str := func(name string) auhl.ParamSpec { return p(name, auhl.KindString) }
	return []auhl.CodeSpec{
		{Code: CodeDisclaimer},
		{Code: CodeInterestTop, Params: []auhl.ParamSpec{text("first"), text("second"), text("third")}},
		{Code: CodeInterestFlat},
		{Code: CodeInterestFew, Params: []auhl.ParamSpec{num("answered"), num("needed")}},
		{Code: CodeLevelClear, Params: []auhl.ParamSpec{text("level"), text("runner")}},
		{Code: CodeLevelLeaning, Params: []auhl.ParamSpec{text("level"), text("runner")}},
		{Code: CodeLevelOpen, Params: []auhl.ParamSpec{text("level"), text("runner")}},
		{Code: CodeLevelTrack, Params: []auhl.ParamSpec{text("track")}},
		{Code: CodeLevelMathsHigh, Params: []auhl.ParamSpec{num("hours")}},
		{Code: CodeLevelMathsLow, Params: []auhl.ParamSpec{num("hours")}},
		{Code: CodeLevelAcademic, Params: []auhl.ParamSpec{num("score")}},
		{Code: CodeLevelPractical, Params: []auhl.ParamSpec{num("score")}},
		{Code: CodeLevelInvestigative},
		{Code: CodeLevelHandsOn},
		{Code: CodeLevelClassCouncil, Params: []auhl.ParamSpec{text("level")}},
		{Code: CodeLevelNoDiploma},
		{Code: CodeFitInterest, Params: []auhl.ParamSpec{num("fit")}},
		{Code: CodePrepMathsLow, Params: []auhl.ParamSpec{num("hours")}},
		{Code: CodePrepMathsFair, Params: []auhl.ParamSpec{num("hours")}},
		{Code: CodePrepMathsStrong, Params: []auhl.ParamSpec{num("hours")}},
		{Code: CodePrepTrackFits, Params: []auhl.ParamSpec{text("track"), text("level")}},
		{Code: CodePrepTrackStretch, Params: []auhl.ParamSpec{text("track"), text("level")}},
		{Code: CodePrepIjkingGood, Params: []auhl.ParamSpec{p("score", auhl.KindNumber)}},
		{Code: CodePrepIjkingAverage, Params: []auhl.ParamSpec{p("score", auhl.KindNumber)}},
		{Code: CodePrepIjkingLow, Params: []auhl.ParamSpec{p("score", auhl.KindNumber)}},
		{Code: CodePrepDomain, Params: []auhl.ParamSpec{text("domain")}},
		{Code: CodePrepClassCouncil, Params: []auhl.ParamSpec{text("level")}},
		{Code: CodePrepUnknown},
		{Code: CodeStepSummerCourse},
		{Code: CodeStepIjkingPrep, Params: []auhl.ParamSpec{text("programme")}},
		{Code: CodeStepGentlerStart, Params: []auhl.ParamSpec{text("programme")}},
		{Code: CodeStepProgrammePage, Params: []auhl.ParamSpec{text("programme")}},
		{Code: CodeStepStudiepoort},
		{Code: CodeFlagEntranceExam},
		{Code: CodeFlagIjkingMandatory},
		{Code: CodeFlagIjkingOptional},
		{Code: CodeFlagArtisticTest},
		{Code: CodeFlagTeacherTest},
		{Code: CodeFlagTaughtIn, Params: []auhl.ParamSpec{text("language")}},
		{Code: CodePrefLanguage, Params: []auhl.ParamSpec{text("languages")}},
		{Code: CodePrefCity, Params: []auhl.ParamSpec{str("cities")}},
		{Code: CodePrefCityUnknown},
		{Code: CodePrefDuration, Params: []auhl.ParamSpec{num("years"), num("max")}},
		{Code: CodePrefDurationUnknown},
		{Code: CodePrefInstitution, Params: []auhl.ParamSpec{text("institution")}},
		{Code: CodeNotEntry, Params: []auhl.ParamSpec{text("level")}},
		{Code: CodeEntryClosed, Params: []auhl.ParamSpec{p("year", auhl.KindYear)}},
		{Code: CodeEntryLimits, Params: []auhl.ParamSpec{p("year", auhl.KindYear), text("opens"), text("closed"), text("routes")}},
		{Code: CodeRouteAfwijkend},
		{Code: CodeRouteGraduaatTest, Params: []auhl.ParamSpec{num("age")}},
		{Code: CodeRouteLanguageTest},
		{Code: CodeRouteEVC},
		{Code: CodeRouteForeignDiploma},
		{Code: CodeUnknownItem, Params: []auhl.ParamSpec{str("id")}},
		{Code: CodeUnknownProgramme, Params: []auhl.ParamSpec{str("id")}},
		{Code: CodeTrackMissing},
		{Code: CodeDuplicateItem, Params: []auhl.ParamSpec{str("id")}},
		{Code: CodeFewItems, Params: []auhl.ParamSpec{str("scale"), num("count")}},
	}
}
