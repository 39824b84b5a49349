package language

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

func TestEmbeddedLanguageRulesAreStrictlyValid(t *testing.T) {
	s, err := DecodeRules(rulesData)
	require.NoError(t, err)
	assert.Equal(t, Default(), s)
	for _, y := range []string{testkit.Y24, testkit.Y25, testkit.Y26} {
		r, err := s.For(testkit.Year(y))
		require.NoError(t, err, y)
		assert.Equal(t, testkit.Year(y), r.AcademicYear)
		levels := map[ProgrammeKind]CEFR{}
		for _, l := range r.Dutch.Levels {
			levels[l.Kind] = l.Level
			assert.Equal(t, l.Kind == KindBridging || l.Kind == KindPreparatory || l.Kind == KindAdvanced, l.Unconfirmed, "%s: only the kinds the notes say nothing about are unconfirmed", l.Kind)
		}
		assert.Equal(t, map[ProgrammeKind]CEFR{KindGraduaat: B1, KindBachelor: B2, KindMaster: B2, KindEducatieveMaster: C1,
			KindBridging: B2, KindPreparatory: B2, KindAdvanced: B2}, levels, y)
		assert.Equal(t, 4, r.Dutch.CertificateMaxAge.AcademicYears)
		assert.True(t, r.Dutch.CertificateMaxAge.Unconfirmed, "the 4-year rule is UGent's")
		assert.True(t, r.English.Default.Unconfirmed)
		assert.Equal(t, B2, r.English.Default.Level)
		assert.Empty(t, r.English.Programmes, "no per-programme English level is known")

		want := map[ProofKind]CEFR{ProofCNaVTFORM: B1, ProofCNaVTSTRT: B2, ProofCNaVTPROF: C1, ProofITNAB2: B2, ProofITNAC1: C1,
			ProofLanguageCentreB2: B2, ProofNT2ProgrammaII: B2, ProofArtsTandartsExam: B2, ProofCambridgeFCE: B2}
		for _, p := range r.Proofs {
			assert.Equal(t, want[p.Kind], p.Level, p.Kind)
			assert.Equal(t, p.Kind == ProofSecondaryYearDutch || p.Kind == ProofHigherEducation60Dutch || p.Kind == ProofAUHLPartnerCertificate, p.Exempts, p.Kind)
			assert.Equal(t, p.Kind == ProofCVOB2, p.Refused, p.Kind)
			assert.Equal(t, p.Kind == ProofCVOB2 || p.Kind == ProofArtsTandartsExam, p.Unconfirmed, p.Kind)
		}
		bands := map[string]float64{}
		for _, b := range r.Scores {
			bands[string(b.Kind)+" "+string(b.Level)] = b.Min
		}
		assert.Equal(t, map[string]float64{"toefl-ibt B2": 87, "toefl-ibt C1": 110, "toefl-pbt B2": 510, "toefl-pbt C1": 560, "ielts B2": 6}, bands)

		exams := map[CEFR]string{}
		for _, x := range r.Test.Exams {
			exams[x.Level] = x.Exam
		}
		assert.Equal(t, map[CEFR]string{B1: "FORM", B2: "STRT", C1: "PROF"}, exams)
		require.Len(t, r.Test.Sessions, 2)
		assert.Equal(t, 5, r.Test.Sessions[0].Month)
		assert.Equal(t, 9, r.Test.Sessions[1].Month)
		assert.True(t, r.Test.Sessions[1].Early)
		assert.Equal(t, 5, r.Test.OncePerPeriod.FromMonth)
		assert.Equal(t, 9, r.Test.OncePerPeriod.ToMonth)
		assert.Equal(t, "taalproef@pxl.be", r.Test.Registration.Contact)
		fees := map[CEFR]float64{}
		for _, f := range r.Test.Fees {
			fees[f.Level] = f.Euro
			assert.True(t, f.Unconfirmed, "which fee applies to which year is not known")
		}
		assert.Equal(t, map[CEFR]float64{B1: 0, B2: 105, C1: 125}, fees, "no B1 fee is known")
	}
	_, err = s.For(testkit.Year(testkit.Y27))
	testkit.AssertProblem(t, err, "/", rules.CodePeriodUnknown)
	_, err = s.For(auhl.AcademicYear{})
	testkit.AssertProblem(t, err, "/", rules.CodePeriodUnknown)
}

func TestParseLanguageRulesProblems(t *testing.T) {
	var doc map[string]any
	require.NoError(t, json.Unmarshal(rulesData, &doc))
	years := doc["years"].([]any)
	y0 := years[0].(map[string]any)
	dutch := y0["dutch"].(map[string]any)
	dutch["levels"] = dutch["levels"].([]any)[1:]
	dutch["certificateMaxAge"].(map[string]any)["academicYears"] = 0
	y0["proofs"].([]any)[3].(map[string]any)["level"] = "B3"
	y0["proofs"] = append(y0["proofs"].([]any), y0["proofs"].([]any)[0])
	y0["scores"].([]any)[0].(map[string]any)["kind"] = "cambridge-fce"
	y0["proofs"].([]any)[4].(map[string]any)["language"] = "en"
	test := y0["test"].(map[string]any)
	test["sessions"].([]any)[0].(map[string]any)["month"] = 13
	test["registration"].(map[string]any)["source"] = "nowhere"
	years[1].(map[string]any)["academicYear"] = testkit.Y24
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	_, err = DecodeRules(b)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.ErrorIs(t, err, auhl.ErrInvalid)
	got := map[string]string{}
	for _, p := range ve.Problems {
		got[p.Path] = p.Code
	}
	assert.Equal(t, map[string]string{
		"/years/0/dutch/levels":                          rules.CodeEntryMissing,
		"/years/0/dutch/certificateMaxAge/academicYears": auhl.CodeNumberRange,
		"/years/0/proofs/3/level":                        auhl.CodeEnum,
		"/years/0/proofs/4/language":                     CodeProofLanguage,
		"/years/0/proofs/18/kind":                        rules.CodeEntryDuplicate,
		"/years/0/scores/0/kind":                         auhl.CodeEnum,
		"/years/0/test/sessions/0/month":                 auhl.CodeNumberRange,
		"/years/0/test/registration/source":              rules.CodeSourceUnknown,
		"/years/1/academicYear":                          rules.CodePeriodDuplicate,
	}, got)
}

func TestCEFR(t *testing.T) {
	assert.True(t, B2.AtLeast(B2))
	assert.True(t, C1.AtLeast(B2))
	assert.False(t, B1.AtLeast(B2))
	assert.False(t, CEFR("").AtLeast(A1))
	assert.False(t, C2.AtLeast("D1"))
	assert.Equal(t, []string{"A1", "A2", "B1", "B2", "C1", "C2"}, CEFR("").Enum())
	var c CEFR
	require.NoError(t, c.UnmarshalText([]byte("C1")))
	assert.Equal(t, C1, c)
	testkit.AssertProblem(t, c.UnmarshalText([]byte("b2")), "/", auhl.CodeEnum)
	var k ProofKind
	testkit.AssertProblem(t, k.UnmarshalText([]byte("toeic")), "/", auhl.CodeEnum)
	var pk ProgrammeKind
	require.NoError(t, pk.UnmarshalText([]byte("educatieve-master")))
	assert.True(t, pk.Valid())
}

// rules26 returns the embedded rules of 2026-2027.
func rules26(t testing.TB) *Rules {
	r, err := Default().For(testkit.Year(testkit.Y26))
	require.NoError(t, err)
	return r
}

func programme(id string, level auhl.Level, nl string, langs ...auhl.Lang) catalog.Programme {
	return catalog.Programme{ID: id, Level: level, Name: auhl.Text{NL: nl, EN: nl}, Languages: langs}
}

func TestNeeds(t *testing.T) {
	r := rules26(t)
	tests := []struct {
		name        string
		p           catalog.Programme
		langs       []auhl.Lang
		levels      []CEFR
		kind        ProgrammeKind
		unconfirmed []bool
	}{
		{"graduaat B1", programme("pxl-gr-x", auhl.Graduaat, "Graduaat in de informatica", auhl.Dutch), []auhl.Lang{auhl.Dutch}, []CEFR{B1}, KindGraduaat, []bool{false}},
		{"professional bachelor B2", programme("pxl-ba-x", auhl.ProfessionalBachelor, "Bachelor in de verpleegkunde", auhl.Dutch), []auhl.Lang{auhl.Dutch}, []CEFR{B2}, KindBachelor, []bool{false}},
		{"academic bachelor B2", programme("uh-ba-x", auhl.AcademicBachelor, "Bachelor in de rechten", auhl.Dutch), []auhl.Lang{auhl.Dutch}, []CEFR{B2}, KindBachelor, []bool{false}},
		{"master B2 (derived)", programme("uh-ma-x", auhl.Master, "Master in de rechten", auhl.Dutch), []auhl.Lang{auhl.Dutch}, []CEFR{B2}, KindMaster, []bool{false}},
		{"educatieve master C1", programme("uh-ma-edu", auhl.Master, "Educatieve master in de wetenschappen en technologie", auhl.Dutch), []auhl.Lang{auhl.Dutch}, []CEFR{C1}, KindEducatieveMaster, []bool{false}},
		{"educatieve master, any case", programme("uh-ma-edu2", auhl.Master, "EDUCATIEVE Master in de gezondheidswetenschappen", auhl.Dutch), []auhl.Lang{auhl.Dutch}, []CEFR{C1}, KindEducatieveMaster, []bool{false}},
		{"not a master: no C1", programme("x", auhl.AcademicBachelor, "Educatieve master (sic)", auhl.Dutch), []auhl.Lang{auhl.Dutch}, []CEFR{B2}, KindBachelor, []bool{false}},
		{"bridging B2 unconfirmed", programme("uh-sch-x", auhl.Bridging, "Schakelprogramma", auhl.Dutch), []auhl.Lang{auhl.Dutch}, []CEFR{B2}, KindBridging, []bool{true}},
		{"preparatory B2 unconfirmed", programme("uh-vb-x", auhl.Preparatory, "Voorbereidingsprogramma", auhl.Dutch), []auhl.Lang{auhl.Dutch}, []CEFR{B2}, KindPreparatory, []bool{true}},
		{"advanced B2 unconfirmed", programme("uh-manama", auhl.Advanced, "Master of Laws", auhl.Dutch), []auhl.Lang{auhl.Dutch}, []CEFR{B2}, KindAdvanced, []bool{true}},
		{"English master: the unconfirmed default", programme("uh-ma-en", auhl.Master, "Master of Statistics", auhl.English), []auhl.Lang{auhl.English}, []CEFR{B2}, KindMaster, []bool{true}},
		{"taught in both", programme("uh-ma-both", auhl.Master, "Master in de biologie", auhl.Dutch, auhl.English), []auhl.Lang{auhl.Dutch, auhl.English}, []CEFR{B2, B2}, KindMaster, []bool{false, true}},
		{"unknown level", programme("x", "", "X", auhl.Dutch), nil, nil, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			needs := r.Needs(tt.p)
			var langs []auhl.Lang
			var levels []CEFR
			var unc []bool
			for _, n := range needs {
				langs, levels, unc = append(langs, n.Language), append(levels, n.Level), append(unc, n.Unconfirmed)
				assert.Equal(t, tt.kind, n.Kind)
				assert.Equal(t, tt.p.ID, n.Programme)
				assert.True(t, strings.HasPrefix(n.Source.URL, "https://"), n.Source.URL)
			}
			assert.Equal(t, tt.langs, langs)
			assert.Equal(t, tt.levels, levels)
			assert.Equal(t, tt.unconfirmed, unc)
		})
	}
}

func TestNeedsPerProgrammeEnglish(t *testing.T) {
	var doc map[string]any
	require.NoError(t, json.Unmarshal(rulesData, &doc))
	for _, y := range doc["years"].([]any) {
		y.(map[string]any)["english"].(map[string]any)["programmes"] = []any{
			map[string]any{"programme": "uh-ma-en", "level": "C1", "source": "uhasselt-language-requirements"},
		}
	}
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	s, err := DecodeRules(b)
	require.NoError(t, err)
	r, err := s.For(testkit.Year(testkit.Y25))
	require.NoError(t, err)
	n := r.Needs(programme("uh-ma-en", auhl.Master, "Master of Statistics", auhl.English))
	require.Len(t, n, 1)
	assert.Equal(t, C1, n[0].Level)
	assert.False(t, n[0].Unconfirmed)
	n = r.Needs(programme("uh-ma-other", auhl.Master, "Master of Other", auhl.English))
	require.Len(t, n, 1)
	assert.Equal(t, B2, n[0].Level, "a programme the data does not list falls back to the default")
	assert.True(t, n[0].Unconfirmed)
}

// need returns the Dutch need of kind k in 2026-2027.
func need(t testing.TB, k ProgrammeKind) Need {
	n, ok := rules26(t).NeedFor(k)
	require.True(t, ok)
	return n
}

func englishNeed(t testing.TB, l CEFR) Need {
	n := rules26(t).Needs(programme("uh-ma-en", auhl.Master, "Master of Statistics", auhl.English))[0]
	n.Level = l
	return n
}

func TestLanguageCheck(t *testing.T) {
	bachelor, graduaat, edu := need(t, KindBachelor), need(t, KindGraduaat), need(t, KindEducatieveMaster)
	y22, y21 := testkit.Year("2022-2023"), testkit.Year("2021-2022")
	dutchWays := func(fee ...string) []string {
		return append(append([]string{CodeNotMet, CodeTest, CodeTestSession, CodeTestSessionEarly, CodeTestOncePerPeriod},
			fee...), CodeTestRegistration, CodeOtherProofs, CodeOtherCommunities)
	}
	fee := []string{CodeTestFee, CodeUnconfirmed}
	tests := []struct {
		name   string
		need   Need
		proofs []Proof
		met    bool
		proof  int
		codes  []string
	}{
		{"one school year of Dutch secondary education exempts", bachelor, []Proof{{Kind: ProofSecondaryYearDutch}}, true, 0,
			[]string{CodeNeed, CodeMetExemption}},
		{"60 credits in Dutch higher education exempt", bachelor, []Proof{{Kind: ProofHigherEducation60Dutch}}, true, 0,
			[]string{CodeNeed, CodeMetExemption}},
		{"an AUHL partner's certificate exempts", graduaat, []Proof{{Kind: ProofAUHLPartnerCertificate}}, true, 0,
			[]string{CodeNeed, CodeMetExemption}},
		{"an exemption for the C1 of an educatieve master: unconfirmed", edu, []Proof{{Kind: ProofSecondaryYearDutch}}, true, 0,
			[]string{CodeNeed, CodeMetExemption, CodeExemptionAboveB2, CodeUnconfirmed}},
		{"CNaVT STRT is B2", bachelor, []Proof{{Kind: ProofCNaVTSTRT, Obtained: testkit.Year(testkit.Y25)}}, true, 0,
			[]string{CodeNeed, CodeMet}},
		{"CNaVT FORM is B1: too low for a bachelor", bachelor, []Proof{{Kind: ProofCNaVTFORM, Obtained: testkit.Year(testkit.Y25)}}, false, -1,
			append([]string{CodeNeed, CodeProofTooLow}, dutchWays(fee...)...)},
		{"CNaVT FORM is B1: enough for a graduaat", graduaat, []Proof{{Kind: ProofCNaVTFORM, Obtained: testkit.Year(testkit.Y25)}}, true, 0,
			[]string{CodeNeed, CodeMet}},
		{"CNaVT PROF is C1", edu, []Proof{{Kind: ProofCNaVTPROF, Obtained: testkit.Year(testkit.Y25)}}, true, 0,
			[]string{CodeNeed, CodeMet}},
		{"CNaVT STRT is too low for an educatieve master", edu, []Proof{{Kind: ProofCNaVTSTRT, Obtained: testkit.Year(testkit.Y25)}}, false, -1,
			append([]string{CodeNeed, CodeProofTooLow}, dutchWays(fee...)...)},
		{"ITNA B2", bachelor, []Proof{{Kind: ProofITNAB2, Obtained: testkit.Year(testkit.Y25)}}, true, 0, []string{CodeNeed, CodeMet}},
		{"ITNA B2 is too low for C1", edu, []Proof{{Kind: ProofITNAB2, Obtained: testkit.Year(testkit.Y25)}}, false, -1,
			append([]string{CodeNeed, CodeProofTooLow}, dutchWays(fee...)...)},
		{"ITNA C1", edu, []Proof{{Kind: ProofITNAC1, Obtained: testkit.Year(testkit.Y25)}}, true, 0, []string{CodeNeed, CodeMet}},
		{"a university language centre's B2", bachelor, []Proof{{Kind: ProofLanguageCentreB2, Obtained: testkit.Year(testkit.Y25)}}, true, 0, []string{CodeNeed, CodeMet}},
		{"Staatsexamen NT2 Programma II", bachelor, []Proof{{Kind: ProofNT2ProgrammaII, Obtained: testkit.Year(testkit.Y25)}}, true, 0, []string{CodeNeed, CodeMet}},
		{"the arts/tandarts exam: B2, unconfirmed for AUHL, no age limit", bachelor, []Proof{{Kind: ProofArtsTandartsExam, Obtained: testkit.Year("2015-2016")}}, true, 0,
			[]string{CodeNeed, CodeMet, CodeUnconfirmed}},
		{"the AUHL test at B2", bachelor, []Proof{{Kind: ProofAUHLLanguageTest, Level: B2, Obtained: testkit.Year(testkit.Y26)}}, true, 0, []string{CodeNeed, CodeMet}},
		{"the AUHL test at B1 is too low for a bachelor", bachelor, []Proof{{Kind: ProofAUHLLanguageTest, Level: B1, Obtained: testkit.Year(testkit.Y26)}}, false, -1,
			append([]string{CodeNeed, CodeProofTooLow}, dutchWays(fee...)...)},
		{"a generic Dutch certificate at C1", bachelor, []Proof{{Kind: ProofCertificate, Language: auhl.Dutch, Level: C1, Obtained: testkit.Year(testkit.Y26)}}, true, 0, []string{CodeNeed, CodeMet}},
		{"a certificate of the wrong language", bachelor, []Proof{{Kind: ProofCertificate, Language: auhl.English, Level: C1}, {Kind: ProofIELTS, Score: 7}}, false, -1,
			append([]string{CodeNeed, CodeProofWrongLanguage, CodeProofWrongLanguage}, dutchWays(fee...)...)},
		{"CVO B2 is not accepted (unconfirmed for AUHL)", bachelor, []Proof{{Kind: ProofCVOB2, Obtained: testkit.Year(testkit.Y25)}}, false, -1,
			append([]string{CodeNeed, CodeProofRefused, CodeUnconfirmed}, dutchWays(fee...)...)},
		{"exactly 4 academic years old counts", bachelor, []Proof{{Kind: ProofCNaVTSTRT, Obtained: y22}}, true, 0, []string{CodeNeed, CodeMet}},
		{"5 academic years old is too old (unconfirmed)", bachelor, []Proof{{Kind: ProofCNaVTSTRT, Obtained: y21}}, false, -1,
			append([]string{CodeNeed, CodeProofTooOld, CodeUnconfirmed}, dutchWays(fee...)...)},
		{"a validity date ending before the year", bachelor, []Proof{{Kind: ProofITNAB2, Obtained: y22, ValidUntil: testkit.Day("2026-08-31")}}, false, -1,
			append([]string{CodeNeed, CodeProofExpired}, dutchWays(fee...)...)},
		{"a validity date overrides the age", bachelor, []Proof{{Kind: ProofITNAB2, Obtained: testkit.Year("2015-2016"), ValidUntil: testkit.Day("2026-09-01")}}, true, 0,
			[]string{CodeNeed, CodeMet}},
		{"no year obtained: counts, with a warning", bachelor, []Proof{{Kind: ProofCNaVTSTRT}}, true, 0,
			[]string{CodeNeed, CodeProofAgeUnknown, CodeUnconfirmed, CodeMet}},
		{"the first proof that meets is named", bachelor, []Proof{{Kind: ProofCNaVTFORM, Obtained: y22}, {Kind: ProofCNaVTSTRT, Obtained: y22}, {Kind: ProofITNAB2, Obtained: y22}, {Kind: ProofCNaVTSTRT, Obtained: y21}}, true, 1,
			[]string{CodeNeed, CodeProofTooLow, CodeMet, CodeProofTooOld, CodeUnconfirmed}},
		{"an invalid proof does not count", bachelor, []Proof{{Kind: ProofCertificate, Level: B2}}, false, -1,
			append([]string{CodeNeed, CodeProofInvalid}, dutchWays(fee...)...)},
		{"no proof for a graduaat: the FORM test, fee unknown", graduaat, nil, false, -1,
			append([]string{CodeNeed}, dutchWays(CodeTestFeeUnknown, CodeUnconfirmed)...)},

		{"IELTS 6.0 is B2", englishNeed(t, B2), []Proof{{Kind: ProofIELTS, Score: 6}}, true, 0,
			[]string{CodeNeed, CodeUnconfirmed, CodeMet}},
		{"IELTS 5.5 is too low", englishNeed(t, B2), []Proof{{Kind: ProofIELTS, Score: 5.5}}, false, -1,
			[]string{CodeNeed, CodeUnconfirmed, CodeScoreTooLow, CodeNotMet, CodeScoreWay, CodeScoreWay, CodeScoreWay, CodeProofWay}},
		{"TOEFL iBT 86 is too low", englishNeed(t, B2), []Proof{{Kind: ProofTOEFLiBT, Score: 86}}, false, -1,
			[]string{CodeNeed, CodeUnconfirmed, CodeScoreTooLow, CodeNotMet, CodeScoreWay, CodeScoreWay, CodeScoreWay, CodeProofWay}},
		{"TOEFL iBT 87 is B2", englishNeed(t, B2), []Proof{{Kind: ProofTOEFLiBT, Score: 87}}, true, 0,
			[]string{CodeNeed, CodeUnconfirmed, CodeMet}},
		{"TOEFL iBT 109 is not C1", englishNeed(t, C1), []Proof{{Kind: ProofTOEFLiBT, Score: 109}}, false, -1,
			[]string{CodeNeed, CodeUnconfirmed, CodeScoreTooLow, CodeNotMet, CodeScoreWay, CodeScoreWay}},
		{"TOEFL iBT 110 is C1", englishNeed(t, C1), []Proof{{Kind: ProofTOEFLiBT, Score: 110}}, true, 0,
			[]string{CodeNeed, CodeUnconfirmed, CodeMet}},
		{"TOEFL iBT 120 is C1", englishNeed(t, C1), []Proof{{Kind: ProofTOEFLiBT, Score: 120}}, true, 0,
			[]string{CodeNeed, CodeUnconfirmed, CodeMet}},
		{"TOEFL PBT 510 is B2", englishNeed(t, B2), []Proof{{Kind: ProofTOEFLPBT, Score: 510}}, true, 0,
			[]string{CodeNeed, CodeUnconfirmed, CodeMet}},
		{"TOEFL PBT 559 is not C1", englishNeed(t, C1), []Proof{{Kind: ProofTOEFLPBT, Score: 559}}, false, -1,
			[]string{CodeNeed, CodeUnconfirmed, CodeScoreTooLow, CodeNotMet, CodeScoreWay, CodeScoreWay}},
		{"no IELTS band for C1", englishNeed(t, C1), []Proof{{Kind: ProofIELTS, Score: 8.5}}, false, -1,
			[]string{CodeNeed, CodeUnconfirmed, CodeScoreNoLevel, CodeNotMet, CodeScoreWay, CodeScoreWay}},
		{"Cambridge FCE is B2", englishNeed(t, B2), []Proof{{Kind: ProofCambridgeFCE}}, true, 0,
			[]string{CodeNeed, CodeUnconfirmed, CodeMet}},
		{"English certificates have no age limit in the notes", englishNeed(t, B2), []Proof{{Kind: ProofCertificate, Language: auhl.English, Level: B2, Obtained: testkit.Year("2010-2011")}}, true, 0,
			[]string{CodeNeed, CodeUnconfirmed, CodeMet}},
		{"a Dutch proof for an English need", englishNeed(t, B2), []Proof{{Kind: ProofCNaVTPROF}}, false, -1,
			[]string{CodeNeed, CodeUnconfirmed, CodeProofWrongLanguage, CodeNotMet, CodeScoreWay, CodeScoreWay, CodeScoreWay, CodeProofWay}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := rules26(t).Decide(tt.need, tt.proofs, testkit.Year(testkit.Y26))
			assert.Equal(t, tt.met, res.Met)
			assert.Equal(t, tt.proof, res.Proof)
			assert.Equal(t, tt.codes, testkit.Codes(res.Findings))
			assertLanguageFindings(t, res.Findings)
		})
	}
}

// TestLanguageCheckDetails checks the parameters that carry the rules:
// the exam, the months, the fee, the contact, the minimum scores.
func TestLanguageCheckDetails(t *testing.T) {
	r := rules26(t)
	res := r.Decide(need(t, KindBachelor), nil, auhl.AcademicYear{})
	byCode := map[string]auhl.Finding{}
	for _, f := range res.Findings {
		byCode[f.Code] = f
	}
	assert.Equal(t, "STRT", byCode[CodeTest].Params["exam"].String())
	assert.Equal(t, auhl.Num(105), byCode[CodeTestFee].Params["euro"])
	assert.Equal(t, "taalproef@pxl.be", byCode[CodeTestRegistration].Params["contact"].String())
	assert.Equal(t, "mei 2026", i18n.Render(auhl.Dutch, byCode[CodeTestSession])[len("Er is een zittijd in "):len("Er is een zittijd in mei 2026")])
	assert.Contains(t, i18n.Render(auhl.English, byCode[CodeTestSessionEarly]), "early September 2026")
	assert.Contains(t, i18n.Render(auhl.English, byCode[CodeTestFee]), "105 euro")

	res = r.Decide(need(t, KindEducatieveMaster), nil, testkit.Year(testkit.Y26))
	for _, f := range res.Findings {
		byCode[f.Code] = f
	}
	assert.Equal(t, "PROF", byCode[CodeTest].Params["exam"].String())
	assert.Equal(t, auhl.Num(125), byCode[CodeTestFee].Params["euro"])

	res = r.Decide(englishNeed(t, B2), []Proof{{Kind: ProofIELTS, Score: 5.5}}, testkit.Year(testkit.Y26))
	for _, f := range res.Findings {
		byCode[f.Code] = f
	}
	assert.Equal(t, auhl.Num(6), byCode[CodeScoreTooLow].Params["min"])
	assert.Contains(t, i18n.Render(auhl.Dutch, byCode[CodeScoreTooLow]), "score 5,5")

	res = r.Decide(need(t, KindBachelor), []Proof{{Kind: ProofCNaVTSTRT, Obtained: testkit.Year("2021-2022")}}, testkit.Year(testkit.Y26))
	for _, f := range res.Findings {
		byCode[f.Code] = f
	}
	assert.Equal(t, "Proof 1, CNaVT Educatief Startbekwaam (STRT), obtained in 2021-2022, is 5 academic years old; without a validity date it may be at most 4 academic years old.",
		i18n.Render(auhl.English, byCode[CodeProofTooOld]))
}

func TestLanguageCheckEachYear(t *testing.T) {
	for _, y := range []string{testkit.Y24, testkit.Y25, testkit.Y26} {
		r, err := Default().For(testkit.Year(y))
		require.NoError(t, err)
		n, ok := r.NeedFor(KindBachelor)
		require.True(t, ok)
		// A certificate of 2020-2021 is 4 years old in 2024-2025 only.
		res := r.Decide(n, []Proof{{Kind: ProofCNaVTSTRT, Obtained: testkit.Year("2020-2021")}}, testkit.Year(y))
		assert.Equal(t, y == testkit.Y24, res.Met, y)
		assertLanguageFindings(t, res.Findings)
		for _, f := range res.Findings {
			if f.Code == CodeUnconfirmed {
				assert.Equal(t, y, f.Params["year"].String())
			}
		}
	}
	_, err := Default().For(testkit.Year(testkit.Y29))
	testkit.AssertProblem(t, err, "", rules.CodePeriodUnknown)
}

func TestLanguageCheckInvalidNeed(t *testing.T) {
	r := rules26(t)
	for _, n := range []Need{{}, {Language: "fr", Level: B2}, {Language: auhl.Dutch, Level: "B3"}} {
		res := r.Decide(n, []Proof{{Kind: ProofCNaVTSTRT}}, testkit.Year(testkit.Y26))
		assert.False(t, res.Met)
		assert.Equal(t, -1, res.Proof)
		assert.Equal(t, []string{CodeNeedInvalid}, testkit.Codes(res.Findings))
		for _, l := range auhl.Langs() {
			assert.NotContains(t, i18n.Render(l, res.Findings[0]), "{")
		}
	}
	_, ok := r.NeedFor("phd")
	assert.False(t, ok)
}

// assertLanguageFindings checks that every finding has a declared code
// with its parameters, a source with its URL (but for an invalid proof or
// need) and a message in both languages.
func assertLanguageFindings(t testing.TB, fs []auhl.Finding) {
	t.Helper()
	specs := map[string]auhl.CodeSpec{}
	for _, s := range Codes() {
		specs[s.Code] = s
	}
	for _, f := range fs {
		spec, ok := specs[f.Code]
		if !assert.True(t, ok, "undeclared code %s", f.Code) {
			continue
		}
		assert.Len(t, f.Params, len(spec.Params), f.Code)
		for _, p := range spec.Params {
			assert.Contains(t, f.Params, p.Name, "%s lacks %s", f.Code, p.Name)
		}
		if f.Code != CodeProofInvalid && f.Code != CodeNeedInvalid {
			assert.True(t, strings.HasPrefix(f.Source.URL, "http"), "%s: source %v", f.Code, f.Source)
			assert.NotEmpty(t, f.Source.Title)
		}
		assert.True(t, f.Severity.Valid())
		for _, l := range auhl.Langs() {
			msg := i18n.Render(l, f)
			assert.NotEqual(t, f.Code, msg, "no message")
			assert.NotContains(t, msg, "–", "%s in %s misses a parameter: %s", f.Code, l, msg)
			assert.NotContains(t, msg, "{", msg)
		}
	}
}

func TestCheckLanguageTestRegistration(t *testing.T) {
	tests := []struct {
		name    string
		reg     TestRegistration
		allowed bool
		year    string
		codes   []string
	}{
		{"a first attempt in May", TestRegistration{Session: testkit.Day("2026-05-22")}, true, testkit.Y26,
			[]string{CodeTestAllowed, CodeTestRegistration}},
		{"May, then September of the same year: once per period", TestRegistration{Session: testkit.Day("2026-09-04"), Earlier: []auhl.Date{testkit.Day("2026-05-22")}}, false, testkit.Y26,
			[]string{CodeTestAlreadyTaken}},
		{"September of the year before does not count", TestRegistration{Session: testkit.Day("2026-05-22"), Earlier: []auhl.Date{testkit.Day("2025-09-05")}}, true, testkit.Y26,
			[]string{CodeTestAllowed, CodeTestRegistration}},
		{"September, then May of the next year", TestRegistration{Session: testkit.Day("2025-05-20"), Earlier: []auhl.Date{testkit.Day("2024-09-06")}}, true, testkit.Y25,
			[]string{CodeTestAllowed, CodeTestRegistration}},
		{"no session in March", TestRegistration{Session: testkit.Day("2026-03-10")}, false, testkit.Y26,
			[]string{CodeTestNoSession}},
		{"an attempt outside the period does not close it", TestRegistration{Session: testkit.Day("2024-09-06"), Earlier: []auhl.Date{testkit.Day("2024-03-01")}}, true, testkit.Y24,
			[]string{CodeTestAllowed, CodeTestRegistration}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := DecideRegistration(tt.reg)
			require.NoError(t, err)
			assert.Equal(t, tt.allowed, res.Allowed)
			assert.Equal(t, testkit.Year(tt.year), res.Year)
			assert.Equal(t, tt.codes, testkit.Codes(res.Findings))
			assertLanguageFindings(t, res.Findings)
		})
	}
	for _, tt := range []struct {
		name       string
		reg        TestRegistration
		path, code string
	}{
		{"no session", TestRegistration{}, "/session", auhl.CodeRequired},
		{"a year the rules do not cover", TestRegistration{Session: testkit.Day("2030-05-20")}, "/session", rules.CodePeriodUnknown},
		{"a year the format cannot write", TestRegistration{Session: testkit.Day("9999-05-20")}, "/session", rules.CodePeriodUnknown},
		{"an earlier attempt after the session", TestRegistration{Session: testkit.Day("2026-05-20"), Earlier: []auhl.Date{testkit.Day("2026-09-04")}}, "/earlier/0", CodeDateAfterOn},
		{"an earlier attempt without a day", TestRegistration{Session: testkit.Day("2026-05-20"), Earlier: []auhl.Date{{}}}, "/earlier/0", auhl.CodeRequired},
		{"too many attempts", TestRegistration{Session: testkit.Day("2026-05-20"), Earlier: make([]auhl.Date, 51)}, "/earlier", auhl.CodeNumberRange},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := DecideRegistration(tt.reg)
			testkit.AssertProblem(t, err, tt.path, tt.code)
			assert.Zero(t, res)
		})
	}
}

func TestDecodeLanguageProofs(t *testing.T) {
	d, err := DecodeProofs([]byte(`{"proofs": [
		{"kind": "cnavt-strt", "obtained": "2024-2025"},
		{"kind": "certificate", "language": "nl", "level": "B2", "validUntil": "2027-06-30"},
		{"kind": "ielts", "score": 6.5},
		{"kind": "secondary-year-dutch", "language": "nl"}
	]}`))
	require.NoError(t, err)
	require.Len(t, d.Proofs, 4)
	assert.Equal(t, testkit.Year(testkit.Y24), d.Proofs[0].Obtained)
	assert.Equal(t, testkit.Day("2027-06-30"), d.Proofs[1].ValidUntil)
	assert.Equal(t, 6.5, d.Proofs[2].Score)
	require.NoError(t, d.Validate())

	for _, tt := range []struct{ doc, path, code string }{
		{`{"proofs": [{"kind": "toeic"}]}`, "/proofs/0/kind", auhl.CodeEnum},
		{`{"proofs": [{}]}`, "/proofs/0/kind", auhl.CodeRequired},
		{`{"proofs": [{"kind": "certificate", "level": "B2"}]}`, "/proofs/0/language", auhl.CodeRequired},
		{`{"proofs": [{"kind": "certificate", "language": "nl"}]}`, "/proofs/0/level", auhl.CodeRequired},
		{`{"proofs": [{"kind": "auhl-language-test"}]}`, "/proofs/0/level", auhl.CodeRequired},
		{`{"proofs": [{"kind": "cnavt-strt", "level": "C1"}]}`, "/proofs/0/level", CodeFieldNotAllowed},
		{`{"proofs": [{"kind": "cnavt-strt", "language": "en"}]}`, "/proofs/0/language", CodeProofLanguage},
		{`{"proofs": [{"kind": "cnavt-strt", "language": "fr"}]}`, "/proofs/0/language", auhl.CodeEnum},
		{`{"proofs": [{"kind": "ielts"}]}`, "/proofs/0/score", auhl.CodeNumberRange},
		{`{"proofs": [{"kind": "ielts", "score": -1}]}`, "/proofs/0/score", auhl.CodeNumberRange},
		{`{"proofs": [{"kind": "cnavt-strt", "score": 6}]}`, "/proofs/0/score", CodeFieldNotAllowed},
		{`{"proofs": [{"kind": "certificate", "language": "nl", "level": "B5"}]}`, "/proofs/0/level", auhl.CodeEnum},
		{`{"proofs": [{"kind": "cnavt-strt", "validUntil": "2027-02-30"}]}`, "/proofs/0/validUntil", auhl.CodeDateFormat},
		{`{"proofs": [{"kind": "cnavt-strt", "obtained": "2024"}]}`, "/proofs/0/obtained", auhl.CodeYearFormat},
		{`{"proofs": [{"kind": "cnavt-strt", "photo": true}]}`, "/proofs/0/photo", auhl.CodeJSONUnknownField},
	} {
		_, err := DecodeProofs([]byte(tt.doc))
		testkit.AssertProblem(t, err, tt.path, tt.code)
	}
	many := Proofs{Proofs: make([]Proof, MaxProofs+1)}
	for i := range many.Proofs {
		many.Proofs[i].Kind = ProofCambridgeFCE
	}
	testkit.AssertProblem(t, many.Validate(), "/proofs", auhl.CodeNumberRange)
	_, err = DecodeProofs(make([]byte, MaxProofsBytes+1))
	testkit.AssertProblem(t, err, "", auhl.CodeJSONTooLarge)
}

func FuzzDecodeLanguageProofs(f *testing.F) {
	for _, s := range []string{
		`{"proofs": [{"kind": "cnavt-strt", "obtained": "2022-2023"}]}`,
		`{"proofs": [{"kind": "certificate", "language": "en", "level": "C1", "validUntil": "2027-01-31"}, {"kind": "toefl-ibt", "score": 110}]}`,
		`{"proofs": [{"kind": "ielts", "score": 5.5}, {"kind": "secondary-year-dutch"}, {"kind": "cvo-b2"}]}`,
		`{"proofs": [{"kind": "auhl-language-test", "level": "B1"}]}`,
		`{"proofs": []}`, `[]`, `null`, `{"proofs": [{"kind": "ielts", "score": 1e400}]}`,
	} {
		f.Add([]byte(s))
	}
	r, err := Default().For(testkit.Year(testkit.Y26))
	require.NoError(f, err)
	needs := []Need{}
	for _, k := range programmeKinds {
		n, _ := r.NeedFor(k)
		needs = append(needs, n)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := DecodeProofs(data)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("DecodeLanguageProofs: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		for _, n := range needs {
			res := r.Decide(n, d.Proofs, testkit.Year(testkit.Y26))
			require.NotEmpty(t, res.Findings)
			require.True(t, res.Proof >= -1 && res.Proof < len(d.Proofs))
			require.Equal(t, res.Met, res.Proof >= 0)
		}
		again, err := json.Marshal(d)
		require.NoError(t, err)
		d2, err := DecodeProofs(again)
		require.NoError(t, err, "a valid document encodes to a valid document: %s", again)
		assert.Equal(t, d, d2)
	})
}

// BenchmarkLanguageCheck checks a bachelor's B2 against four proofs: one
// too low, one too old, one of another language, and one that meets it.
func BenchmarkLanguageCheck(b *testing.B) {
	r := rules26(b)
	n := need(b, KindBachelor)
	proofs := []Proof{
		{Kind: ProofCNaVTFORM, Obtained: testkit.Year(testkit.Y25)},
		{Kind: ProofITNAB2, Obtained: testkit.Year("2019-2020")},
		{Kind: ProofIELTS, Score: 7},
		{Kind: ProofCNaVTSTRT, Obtained: testkit.Year(testkit.Y25)},
	}
	b.ReportAllocs()
	for b.Loop() {
		if res := r.Decide(n, proofs, testkit.Year(testkit.Y26)); !res.Met {
			b.Fatal("not met")
		}
	}
}
