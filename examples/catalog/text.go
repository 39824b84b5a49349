package main

import "github.com/auhl/auhl-go/auhl"

// ui holds every text the command shows, in Dutch and English.
var ui = struct {
	ColProgramme, ColInstitution, ColLevel, ColCredits, ColCampus, ColTaught, ColID auhl.Text
	AcademicYear, Legend, InvalidCatalogue                                          auhl.Text
	FlagFile, FlagInstitution, FlagLevel, FlagCampus, FlagTaught, FlagArea          auhl.Text
	FlagLang, FlagJSON                                                              auhl.Text
}{
	ColProgramme:     auhl.Text{NL: "OPLEIDING", EN: "PROGRAMME"},
	ColInstitution:   auhl.Text{NL: "INSTELLING", EN: "INSTITUTION"},
	ColLevel:         auhl.Text{NL: "NIVEAU", EN: "LEVEL"},
	ColCredits:       auhl.Text{NL: "STUDIEPUNTEN", EN: "CREDITS"},
	ColCampus:        auhl.Text{NL: "CAMPUS", EN: "CAMPUS"},
	ColTaught:        auhl.Text{NL: "TAAL", EN: "LANGUAGE"},
	ColID:            auhl.Text{NL: "ID", EN: "ID"},
	AcademicYear:     auhl.Text{NL: "Academiejaar", EN: "Academic year"},
	Legend:           auhl.Text{NL: "* niet bevestigd door een officiële bron: kijk het na op de officiële pagina van de opleiding.", EN: "* not confirmed by an official source: check it on the programme's official page."},
	InvalidCatalogue: auhl.Text{NL: "De catalogus uit %s klopt niet:", EN: "The catalogue from %s is not valid:"},
	FlagFile:         auhl.Text{NL: "lees deze catalogus in plaats van de ingebouwde", EN: "read this catalogue instead of the embedded one"},
	FlagInstitution:  auhl.Text{NL: "alleen deze instelling: uhasselt of pxl", EN: "only this institution: uhasselt or pxl"},
	FlagLevel:        auhl.Text{NL: "alleen dit niveau", EN: "only this level"},
	FlagCampus:       auhl.Text{NL: "alleen deze campus (id, bv. uhasselt-diepenbeek)", EN: "only this campus (id, e.g. uhasselt-diepenbeek)"},
	FlagTaught:       auhl.Text{NL: "alleen opleidingen in deze taal: nl of en", EN: "only programmes taught in this language: nl or en"},
	FlagArea:         auhl.Text{NL: "alleen dit studiegebied (id, bv. sciences)", EN: "only this study area (id, e.g. sciences)"},
	FlagLang:         auhl.Text{NL: "taal van de uitvoer: nl of en", EN: "language of the output: nl or en"},
	FlagJSON:         auhl.Text{NL: "schrijf de catalogus als JSON in zijn eigen formaat", EN: "write the catalogue as JSON in its own format"},
}

// levelShort are the short level names of the table.
var levelShort = map[auhl.Level]auhl.Text{
	auhl.Graduaat:             {NL: "graduaat", EN: "graduaat"},
	auhl.ProfessionalBachelor: {NL: "prof. bachelor", EN: "prof. bachelor"},
	auhl.AcademicBachelor:     {NL: "acad. bachelor", EN: "acad. bachelor"},
	auhl.Master:               {NL: "master", EN: "master"},
	auhl.Bridging:             {NL: "schakelprogramma", EN: "bridging"},
	auhl.Preparatory:          {NL: "voorbereiding", EN: "preparatory"},
	auhl.Advanced:             {NL: "banaba/manama/postgr.", EN: "advanced/postgrad."},
}
