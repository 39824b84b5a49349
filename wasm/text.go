package wasm

import "github.com/auhl/auhl-go/auhl"

// words are the widget's own words, by the key the element looks them up
// with, in Dutch and English. The questions, the advice and the errors come
// from studychoice/interview and auhl/i18n. "{n}", "{total}" and
// "{institution}" are filled in by the element.
var words = map[string]auhl.Text{
	"title":                {NL: "Welke studie past bij jou?", EN: "Which programme suits you?"},
	"intro":                {NL: "Beantwoord enkele vragen over je vooropleiding, je interesses en je voorkeuren, en krijg een advies over hogeschool of universiteit en de opleidingen van UHasselt en Hogeschool PXL die het best bij je passen. Je antwoorden blijven op je eigen toestel.", EN: "Answer a few questions about your prior education, your interests and your preferences, and get advice on university college or university and on the UHasselt and Hogeschool PXL programmes that fit you best. Your answers stay on your own device."},
	"stepOf":               {NL: "Stap {n} van {total}", EN: "Step {n} of {total}"},
	"steps":                {NL: "Stappen", EN: "Steps"},
	"stepBackground":       {NL: "Vooropleiding", EN: "Prior education"},
	"stepInterests":        {NL: "Interesses", EN: "Interests"},
	"stepPreferences":      {NL: "Voorkeuren", EN: "Preferences"},
	"stepResult":           {NL: "Advies", EN: "Advice"},
	"next":                 {NL: "Volgende", EN: "Next"},
	"back":                 {NL: "Vorige", EN: "Back"},
	"showAdvice":           {NL: "Toon mijn advies", EN: "Show my advice"},
	"restart":              {NL: "Opnieuw beginnen", EN: "Start again"},
	"print":                {NL: "Advies afdrukken", EN: "Print the advice"},
	"copyLink":             {NL: "Link naar dit advies kopiëren", EN: "Copy a link to this advice"},
	"linkCopied":           {NL: "De link staat op je klembord. Wie hem opent, ziet je antwoorden en dit advies; er werd niets opgeslagen of verstuurd.", EN: "The link is on your clipboard. Whoever opens it sees your answers and this advice; nothing was stored or sent."},
	"linkLabel":            {NL: "Link naar dit advies (kopieer hem zelf)", EN: "Link to this advice (copy it yourself)"},
	"loadingAdvice":        {NL: "Je advies wordt berekend…", EN: "Working out your advice…"},
	"required":             {NL: "Beantwoord deze vraag.", EN: "Please answer this question."},
	"fixErrors":            {NL: "Nog niet alles is ingevuld. Bekijk de gemarkeerde vragen.", EN: "Not everything is filled in yet. Please look at the marked questions."},
	"restored":             {NL: "Je antwoorden zijn hersteld uit de link.", EN: "Your answers were restored from the link."},
	"restoreFailed":        {NL: "De antwoorden uit de link konden niet worden hersteld: de link is beschadigd of hoort bij een andere versie van de vragen. Je kunt de vragen gewoon zelf beantwoorden.", EN: "The answers in the link could not be restored: the link is damaged or belongs to another version of the questions. You can simply answer the questions yourself."},
	"catalogFailed":        {NL: "De nieuwste opleidingslijst kon niet worden geladen; het advies gebruikt de ingebouwde lijst.", EN: "The newest list of programmes could not be loaded; the advice uses the built-in list."},
	"optional":             {NL: "(niet verplicht)", EN: "(optional)"},
	"noAnswer":             {NL: "Geen antwoord", EN: "No answer"},
	"institutionHighlight": {NL: "Opleiding van {institution}", EN: "A {institution} programme"},
	"interestsProgress":    {NL: "{n} van {total} beantwoord", EN: "{n} of {total} answered"},
	"resultHeading":        {NL: "Je advies", EN: "Your advice"},
	"recommended":          {NL: "Ons advies", EN: "Our advice"},
	"source":               {NL: "bron", EN: "source"},
	"whyLevel":             {NL: "Waarom dit advies?", EN: "Why this advice?"},
	"allScores":            {NL: "Al je scores", EN: "All your scores"},
	"programmeDetails":     {NL: "Waarom en hoe verder", EN: "Why, and what next"},
	"moreProgrammes":       {NL: "Nog {n} opleidingen", EN: "{n} more programmes"},
	"moreProgramme":        {NL: "Nog {n} opleiding", EN: "{n} more programme"},
	"officialPage":         {NL: "Officiële pagina van de opleiding", EN: "The programme's official page"},
}

// Text returns the widget's text for key in language l, and whether the
// key exists.
func Text(l auhl.Lang, key string) (string, bool) {
	t, ok := words[key]
	return t.In(l), ok
}

// TextKeys lists the keys of the widget's own texts.
func TextKeys() []string {
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	return keys
}
