package studychoice

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/procedures/admission"
)

// Advisor gives study-choice advice over one catalogue and one
// questionnaire. Its only state that changes is a bounded cache of the
// admission decisions of the backgrounds it has seen, which changes no
// advice: one Advisor serves any number of goroutines.
type Advisor struct {
	cat *catalog.Catalog
	q   *Questionnaire
	r   *advisorRules
	// items are the scale (its index in scaleIDs) and direction of every
	// item, by its ID.
	items map[string]itemScale
	progs []programme
	// Params of the findings whose values come from a small domain, built
	// once and shared, read-only, by every advice: allocating them for
	// every programme of every advice was most of the advisor's cost.
	fitParams    [101]auhl.Params
	hoursParams  [11]auhl.Params
	trackParams  map[trackLevel]auhl.Params
	levelParams  map[auhl.Level]auhl.Params
	domainParams map[StudyDomain]auhl.Params
	// topParams are the params of CodeInterestTop, and codes the Holland
	// codes, by the RIASEC indexes of the three strongest scales.
	topParams [6][6][6]auhl.Params
	codes     [6][6][6]catalog.HollandCode
	// byRank are the indexes in progs of the programmes in the order of
	// their IDs: the last key of the ranking.
	byRank []int
	// src are the sources the scoring of every programme cites, looked
	// up once.
	src struct {
		columbus, trackSuccess, ijkingBands, ijkingLow, maths auhl.Source
	}
	// nameParams are {"programme": name} by programme ID.
	nameParams map[string]auhl.Params
	// yearParams are {"year": the catalogue's academic year}.
	yearParams auhl.Params
	// fitCodes are the distinct RIASEC codes of the programmes, as
	// codeVector gives them; cities the distinct cities they are taught
	// in; langs the languages (auhl.Langs).
	fitCodes [][6]float64
	cities   []string
	langs    []auhl.Lang
	// entries are the admission decisions of recent backgrounds.
	entries entryCache
}

// itemScale is what scoring reads of an item.
type itemScale struct {
	scale   int // the index of the item's scale in scaleIDs
	reverse bool
}

type trackLevel struct {
	finaliteit Finaliteit
	track      Track
	level      auhl.Level
}

// programme is what the advisor precomputes of a catalogue programme:
// whatever its scoring needs that does not depend on the profile. The
// fields the scoring reads come first, close together; the catalogue's
// programme, which gives the ProgrammeScore its ID, name, institution,
// level and URL, stays apart.
type programme struct {
	// code is the index in the advisor's fitCodes of the programme's
	// RIASEC code.
	code int
	// level is the index of the programme's level in entryLevels, or -1.
	level int
	// rank is the place of the programme's ID among the catalogue's IDs
	// in order.
	rank     int
	entry    bool // open to a first-year student
	mathsy   bool // an academic programme where maths decides
	ijkingOK bool // has an ijkingstoets
	// hasGentler says whether a gentler start exists.
	hasGentler bool
	// domains has the bits of the study domains (by their index in
	// studyDomains) whose study areas hold the programme's.
	domains uint16
	// langs, inst and cities have the bits of the programme's languages
	// (by their index in the advisor's langs), of its institution (by its
	// index in institutions) and of the first 64 of the advisor's cities
	// it is taught in; farCities are the indexes of the others, and
	// hasCities says whether it names any city.
	langs, inst, cities uint64
	farCities           []int
	hasCities           bool
	// flags are the programme's own findings, for its ProgrammeScore.
	flags []auhl.Finding
	// notEntry is the reason of a programme closed to a first-year
	// student, and instParams the params of a missed institution.
	notEntry   auhl.Finding
	instParams auhl.Params
	// summer, ijkingPrep and gentler are the next steps a programme
	// whose preparation asks for more may get.
	summer, ijkingPrep, gentler auhl.Finding
	// p is the catalogue's programme, in the advisor's copy.
	p *catalog.Programme
}

// NewAdvisor returns an advisor over the catalogue cat (nil means
// catalog.Default()) and the default questionnaire.
func NewAdvisor(cat *catalog.Catalog) *Advisor {
	if cat == nil {
		cat = catalog.Default()
	}
	a := &Advisor{cat: cat, q: DefaultQuestionnaire(), r: loadedRules(), langs: auhl.Langs()}
	a.items = make(map[string]itemScale, len(a.q.Items))
	for _, it := range a.q.Items {
		a.items[it.ID] = itemScale{scale: slices.Index(scaleIDs, it.Scale), reverse: it.Reverse}
	}
	for i := range a.fitParams {
		a.fitParams[i] = auhl.Params{"fit": auhl.Int(i)}
	}
	for i := range a.hoursParams {
		a.hoursParams[i] = auhl.Params{"hours": auhl.Int(i)}
	}
	a.domainParams = map[StudyDomain]auhl.Params{}
	for _, d := range studyDomains {
		a.domainParams[d] = auhl.Params{"domain": auhl.Txt(d.Name())}
	}
	a.levelParams = map[auhl.Level]auhl.Params{}
	for _, l := range auhl.Levels() {
		a.levelParams[l] = auhl.Params{"level": auhl.Txt(l.Name())}
	}
	a.yearParams = auhl.Params{"year": auhl.Str(cat.AcademicYear.String())}
	a.nameParams = make(map[string]auhl.Params, len(cat.Programmes))
	codes := map[catalog.HollandCode]int{}
	// The advisor's own copy of the programmes, as it found them.
	ps := slices.Clone(cat.Programmes)
	for i := range ps {
		a.progs = append(a.progs, a.prepare(&ps[i], codes))
		a.nameParams[ps[i].ID] = auhl.Params{"programme": auhl.Txt(ps[i].Name)}
	}
	a.byRank = make([]int, len(a.progs))
	for i := range a.byRank {
		a.byRank[i] = i
	}
	sort.Slice(a.byRank, func(x, y int) bool { return a.progs[a.byRank[x]].p.ID < a.progs[a.byRank[y]].p.ID })
	for k, i := range a.byRank {
		a.progs[i].rank = k
	}
	r := a.r
	a.src.columbus, a.src.trackSuccess = r.source("columbus-2019"), r.source("track-success")
	a.src.ijkingBands, a.src.ijkingLow = r.source("ijkingstoets-bands"), r.source("ijkingstoets-low")
	a.src.maths = r.source("uhasselt-maths")
	for i := range a.progs {
		a.prepareSteps(&a.progs[i])
	}
	scaleName := func(id ScaleID) auhl.Text {
		for _, s := range a.q.Scales {
			if s.ID == id {
				return s.Name
			}
		}
		return auhl.Text{}
	}
	for i, x := range RIASEC {
		for j, y := range RIASEC {
			for k, z := range RIASEC {
				if i != j && i != k && j != k {
					a.codes[i][j][k] = catalog.HollandCode(string(x) + string(y) + string(z))
					a.topParams[i][j][k] = auhl.Params{"first": auhl.Txt(scaleName(x)), "second": auhl.Txt(scaleName(y)), "third": auhl.Txt(scaleName(z))}
				}
			}
		}
	}
	// trackParams are {"track"} by the finaliteit or track alone, and
	// {"track", "level"} by those and an entry level.
	a.trackParams = map[trackLevel]auhl.Params{}
	for _, f := range finaliteiten {
		t, _ := trackOf(Background{Finaliteit: f})
		a.trackParams[trackLevel{finaliteit: f}] = auhl.Params{"track": auhl.Txt(t)}
	}
	for _, tr := range tracks {
		t, _ := trackOf(Background{Track: tr})
		a.trackParams[trackLevel{track: tr}] = auhl.Params{"track": auhl.Txt(t)}
	}
	for _, l := range entryLevels {
		for _, f := range finaliteiten {
			t, _ := trackOf(Background{Finaliteit: f})
			a.trackParams[trackLevel{finaliteit: f, level: l}] = auhl.Params{"track": auhl.Txt(t), "level": auhl.Txt(l.Name())}
		}
		for _, tr := range tracks {
			t, _ := trackOf(Background{Track: tr})
			a.trackParams[trackLevel{track: tr, level: l}] = auhl.Params{"track": auhl.Txt(t), "level": auhl.Txt(l.Name())}
		}
	}
	return a
}

// Questionnaire returns the questionnaire the advisor scores.
func (a *Advisor) Questionnaire() *Questionnaire { return a.q }

// prepare prepares programme p for scoring; codes are the indexes in
// a.fitCodes of the codes seen so far, which it adds to.
func (a *Advisor) prepare(p *catalog.Programme, codes map[catalog.HollandCode]int) programme {
	pr := programme{p: p}
	// The code vector depends on the first three letters only: codes are
	// told apart by those, of which there are at most maxCodes.
	c := p.Interest.Code[:min(len(p.Interest.Code), 3)]
	k, ok := codes[c]
	if !ok {
		k = len(a.fitCodes)
		codes[c] = k
		a.fitCodes = append(a.fitCodes, codeVector(c))
	}
	pr.code = k
	pr.entry = p.Level == auhl.Graduaat || p.Level.Bachelor()
	pr.level = slices.Index(entryLevels, p.Level)
	pr.ijkingOK = p.Admission.Ijkingstoets != catalog.IjkingstoetsNone
	// Programmes with an ijkingstoets or the entrance exam test maths and
	// science at entry; so do the academic programmes in the sciences,
	// engineering and ICT.
	pr.mathsy = p.Level == auhl.AcademicBachelor && (pr.ijkingOK || p.Admission.EntranceExam ||
		p.StudyArea == "sciences" || p.StudyArea == "engineering" || p.StudyArea == "ict")
	for _, id := range p.Campuses {
		c, ok := a.cat.Campus(id)
		if !ok {
			continue
		}
		k := slices.Index(a.cities, c.City)
		if k < 0 {
			k = len(a.cities)
			a.cities = append(a.cities, c.City)
		}
		pr.hasCities = true
		switch {
		case k < 64:
			pr.cities |= 1 << k
		case !slices.Contains(pr.farCities, k):
			pr.farCities = append(pr.farCities, k)
		}
	}
	for _, l := range p.Languages {
		if k := slices.Index(a.langs, l); k >= 0 {
			pr.langs |= 1 << k
		}
	}
	if k := slices.Index(institutions, p.Institution); k >= 0 {
		pr.inst = 1 << k
	}
	for k, d := range studyDomains {
		if slices.Contains(a.r.DomainAreas.Areas[d], p.StudyArea) {
			pr.domains |= 1 << k
		}
	}
	pr.notEntry = auhl.Finding{Code: CodeNotEntry, Severity: auhl.Info, Params: a.levelParams[p.Level]}
	pr.instParams = auhl.Params{"institution": auhl.Txt(p.Institution.Name())}
	r := a.r
	add := func(code, src string, params auhl.Params) {
		pr.flags = append(pr.flags, auhl.Finding{Code: code, Severity: auhl.Info, Params: params, Source: r.source(src)})
	}
	if p.Admission.EntranceExam {
		add(CodeFlagEntranceExam, "toelatingsexamen", nil)
	}
	switch p.Admission.Ijkingstoets {
	case catalog.IjkingstoetsMandatory:
		add(CodeFlagIjkingMandatory, "uhasselt-toelating", nil)
	case catalog.IjkingstoetsOptional:
		add(CodeFlagIjkingOptional, "uhasselt-toelating", nil)
	}
	if p.Admission.ArtisticTest {
		add(CodeFlagArtisticTest, "artistic-test", nil)
	}
	if p.Admission.TeacherTest {
		add(CodeFlagTeacherTest, "starttoets", nil)
	}
	for _, l := range p.Languages {
		pr.flags = append(pr.flags, auhl.Finding{Code: CodeFlagTaughtIn, Severity: auhl.Info, Params: auhl.Params{"language": auhl.Txt(langName(l))}})
	}
	pr.flags = append(pr.flags, p.Verification()...)
	return pr
}

// prepareSteps prepares the next steps of programme pr that depend on
// nothing but the programme; see steps.
func (a *Advisor) prepareSteps(pr *programme) {
	r := a.r
	pr.summer = auhl.Finding{Code: CodeStepSummerCourse, Severity: auhl.Info, Source: r.source("uhasselt-maths")}
	pr.ijkingPrep = auhl.Finding{Code: CodeStepIjkingPrep, Severity: auhl.Info,
		Params: auhl.Params{"programme": auhl.Txt(pr.p.Name)}, Source: r.source("uhasselt-toelating")}
	if pr.p.Level == auhl.AcademicBachelor {
		if alt, ok := a.gentler(pr); ok {
			pr.hasGentler = true
			pr.gentler = auhl.Finding{Code: CodeStepGentlerStart, Severity: auhl.Info,
				Params: auhl.Params{"programme": auhl.Txt(alt.Name)}, Source: auhl.Source{Title: alt.Name.NL, URL: alt.URL}}
		}
	}
}

// compareScores orders the programmes of an advice: those not excluded
// first, then by overall fit, interest fit and ID.
func compareScores(x, y *ProgrammeScore) int {
	switch {
	case x.Excluded != y.Excluded:
		if !x.Excluded {
			return -1
		}
		return 1
	case x.Overall != y.Overall:
		return y.Overall - x.Overall
	case x.InterestFit != y.InterestFit:
		return y.InterestFit - x.InterestFit
	}
	return strings.Compare(x.ID, y.ID)
}

// codeVector turns a Holland code into weights 3, 2, 1 for its letters,
// centred and scaled to unit length.
func codeVector(c catalog.HollandCode) [6]float64 {
	var v [6]float64
	for i := 0; i < len(c) && i < 3; i++ {
		v[strings.IndexByte("RIASEC", c[i])] = float64(3 - i)
	}
	var mean, norm float64
	for _, x := range v {
		mean += x / 6
	}
	for i := range v {
		v[i] -= mean
		norm += v[i] * v[i]
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i] /= norm
	}
	return v
}

func langName(l auhl.Lang) auhl.Text {
	if l == auhl.English {
		return auhl.Text{NL: "Engels", EN: "English"}
	}
	return auhl.Text{NL: "Nederlands", EN: "Dutch"}
}

// Advise checks the profile and returns the advice: the interest profile,
// the level advice, every programme of the catalogue scored and sorted, the
// findings about the profile and the next steps. An invalid profile gives a
// *auhl.ValidationError with every problem and no advice. The same profile
// always gives the same advice.
func (a *Advisor) Advise(p Profile) (Advice, error) {
	var adv Advice
	if err := a.advise(&adv, p, true); err != nil {
		return Advice{}, err
	}
	return adv, nil
}

// AdviseInto is Advise for advising many profiles in a row, such as a
// school's whole year group: it writes the advice into *dst and reuses the
// memory of the advice *dst held (its programmes, their reasons, its
// findings and next steps, the maps of its scores and the reasons of its
// level advice), so that a batch allocates little. Read or copy
// each advice before the next call overwrites it, and keep one Advice per
// goroutine. The advice is the one Advise gives; on an error (an invalid
// profile gives a *auhl.ValidationError) *dst is the zero Advice.
func (a *Advisor) AdviseInto(dst *Advice, p Profile) error {
	if err := a.advise(dst, p, false); err != nil {
		*dst = Advice{}
		return err
	}
	return nil
}

// typicalReasons and maxReasons are the number of reasons most
// programmes get and a bound on what one gets, by which advise sizes the
// backing arrays of a new advice's reasons: a programme with more than
// maxReasons only costs an allocation of its own.
const typicalReasons, maxReasons = 3, 16

// findingsRoom, stepsRoom and levelRoom are the room a new advice makes
// for its findings (most profiles give two to four), its next steps (at
// most three programme pages, an ijkingstoets and Studiepoort) and the
// reasons of its level advice (the headline and at most seven reasons).
const findingsRoom, stepsRoom, levelRoom = 4, 5, 8

// maxCodes bounds the number of distinct code vectors: codeVector reads
// up to three RIASEC letters.
const maxCodes = 1 + 6 + 6*6 + 6*6*6

// advise is AdviseInto; on an error *dst may hold part of an advice. For
// a new advice (tight, *dst the zero Advice) it packs the programmes'
// reasons tightly, for an advice to be reused it leaves room in each.
func (a *Advisor) advise(dst *Advice, p Profile, tight bool) error {
	// The answers are tallied once, for the check and for the interests.
	t := a.tally(p.Answers)
	var ve auhl.ValidationError
	a.checkProfile(&ve, &p, t.valid)
	if len(ve.Problems) > 0 {
		invalid := ve // on the heap only for an invalid profile
		return &invalid
	}
	r := a.r
	year := a.year(p)
	decs, err := a.decisions(p.Background, year)
	if err != nil {
		return err
	}
	prev := *dst
	adv := Advice{Questionnaire: a.q.Version, Catalog: a.cat.Version, AcademicYear: year,
		Findings: prev.Findings[:0], NextSteps: prev.NextSteps[:0]}
	levelReasons := prev.Level.Reasons[:0]
	if tight {
		// The findings, the next steps and the level's reasons of a new
		// advice share one small backing array; a longer list grows its
		// own.
		fs := make([]auhl.Finding, 0, findingsRoom+stepsRoom+levelRoom)
		adv.Findings, adv.NextSteps = fs[:0:findingsRoom], fs[findingsRoom:findingsRoom:findingsRoom+stepsRoom]
		levelReasons = fs[findingsRoom+stepsRoom : findingsRoom+stepsRoom]
	}
	in, usable := a.interests(&t, prev.Interests.Scores, &adv)
	adv.Interests = in
	adv.Level = a.level(p, in, usable, levelReasons, prev.Level.Scores)
	sc := a.scoring(&p, &adv, usable)

	n := len(a.progs)
	all := prev.Programmes
	if cap(all) < n {
		all = make([]ProgrammeScore, n)
	}
	all = all[:n]
	// The programmes are scored first, each into a small record on the
	// stack (for a catalogue of up to maxStack programmes) with its
	// ranking key; the keys are sorted, and each ProgrammeScore is then
	// written once, in its place. Writing the large structs once, rather
	// than scoring them in place and moving them into order, saves most
	// of the memory traffic (and, while the collector runs, its write
	// barriers).
	const maxStack = 256
	var keyBuf [maxStack]uint64
	var recBuf [maxStack]scored
	keys, recs := keyBuf[:0], recBuf[:0]
	if n > maxStack {
		keys, recs = make([]uint64, 0, n), make([]scored, 0, n)
	}
	// For a new advice (tight), the reasons of the programmes are packed
	// one after another in a few large backing arrays, each programme's
	// clipped to its length. For an advice written over an older one,
	// the reasons of each programme go where the older advice held a
	// programme's reasons, or else in one backing array for the rest with
	// room for share reasons each, so that the next advice written over
	// this one finds room; a programme with more reasons than its room
	// grows its own.
	const share = 6
	var buf []auhl.Finding
	for i := range a.progs {
		dec, flags, err := a.decide(i, p.Background, year, decs)
		if err != nil {
			return err
		}
		var reasons []auhl.Finding
		switch {
		case tight:
			if cap(buf)-len(buf) < maxReasons {
				// Grow rounds the capacity up to the allocator's size
				// class: the room it adds is free.
				buf = slices.Grow([]auhl.Finding(nil), (n-i)*typicalReasons+maxReasons)
			}
			reasons = buf[len(buf):]
		case cap(all[i].Reasons) >= share:
			reasons = all[i].Reasons[:0]
		default:
			if len(buf) == 0 {
				buf = make([]auhl.Finding, (n-i)*share)
			}
			reasons, buf = buf[:0:share], buf[share:]
		}
		recs = recs[:i+1]
		ps := &recs[i]
		a.score(ps, &a.progs[i], &sc, dec, flags, reasons)
		if got := ps.Reasons; tight && len(got) <= cap(reasons) {
			// Still in buf: keep them there.
			buf = buf[:len(buf)+len(got)]
			ps.Reasons = got[:len(got):len(got)]
		}
		keys = append(keys, rankKey(ps.Excluded, int(ps.Overall), int(ps.InterestFit), a.progs[i].rank))
	}
	heapSort(keys)
	for k, key := range keys {
		i := a.byRank[key&rankMask]
		pr, ps := &a.progs[i], &recs[i]
		all[k] = ProgrammeScore{ID: pr.p.ID, Name: pr.p.Name, Institution: pr.p.Institution, Level: pr.p.Level, URL: pr.p.URL,
			InterestFit: int(ps.InterestFit), Preparation: ps.Preparation, PreferenceFit: int(ps.PreferenceFit),
			Overall: int(ps.Overall), Excluded: ps.Excluded, Reasons: ps.Reasons, Flags: pr.flags, Admission: ps.Admission}
	}
	adv.Programmes = all

	a.routes(p, &adv)
	a.entryLimits(p, &adv)
	a.nextSteps(p, &adv)
	adv.Findings = append(adv.Findings, auhl.Finding{Code: CodeDisclaimer, Severity: auhl.Info, Source: r.source("orientation")})
	*dst = adv
	return nil
}

// scored is a scored programme: the fields of its ProgrammeScore that
// depend on the profile, which the ranking keeps until it writes the
// ProgrammeScore in its place. The scores are from 0 to 100.
type scored struct {
	Reasons                             []auhl.Finding
	Admission                           *admission.Decision
	Preparation                         Band
	InterestFit, PreferenceFit, Overall int32
	Excluded                            bool
}

// rankMask keeps the rank of a programme's ID in a ranking key.
const rankMask = 1<<32 - 1

// rankKey is the key that orders a programme as compareScores does, the
// smallest first: whether it is excluded, then its overall fit and
// interest fit (both 0 to 100), highest first, then the rank of its ID,
// which is unique and makes the order total.
func rankKey(excluded bool, overall, interestFit, rank int) uint64 {
	var ex uint64
	if excluded {
		ex = 1
	}
	return ex<<63 | uint64(0x7fff-(overall&0x7fff))<<47 | uint64(0x7fff-(interestFit&0x7fff))<<32 | uint64(rank)&rankMask
}

// heapSort sorts keys in increasing order, in place and without
// allocating. The widget links it rather than slices.Sort, whose
// instantiation for uint64 costs about 5 KB of its gzip; slices.Sort is
// only a little faster for the catalogue's 110 keys.
func heapSort(keys []uint64) {
	n := len(keys)
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(keys, i, n)
	}
	for end := n - 1; end > 0; end-- {
		keys[0], keys[end] = keys[end], keys[0]
		siftDown(keys, 0, end)
	}
}

// siftDown moves keys[i] down the max-heap keys[:n] to its place.
func siftDown(keys []uint64, i, n int) {
	for {
		child := 2*i + 1
		if child >= n {
			return
		}
		if child+1 < n && keys[child+1] > keys[child] {
			child++
		}
		if keys[i] >= keys[child] {
			return
		}
		keys[i], keys[child] = keys[child], keys[i]
		i = child
	}
}

// scoring is what the scoring of every programme reads of one profile,
// worked out once per advice.
type scoring struct {
	// p is the profile, copied: the scoring of a programme keeps no
	// pointer to it, so that it stays on the stack.
	p Profile
	// usable says whether the interests rank programmes; fits are then
	// the interest fits of the advisor's distinct code vectors, by their
	// index in fitCodes. A table in the struct, not a slice, keeps it on
	// the stack.
	usable bool
	fits   [maxCodes]uint8
	// levelFit is the fit of each entry level, by its index in
	// entryLevels; other levels fit 0.
	levelFit [3]int
	// hasTrack says whether the background names a prior education;
	// trackFinding is then the finding of each entry level about it.
	hasTrack     bool
	trackFinding [3]auhl.Finding
	// band is the preparation band of an entry programme by the index of
	// its level and whether its maths counts (a mathsy programme and the
	// maths hours given), unless an ijkingstoets score decides.
	band [3][2]Band
	// maths is the finding about the maths hours, and mathsStep whether
	// they call for the summer course.
	maths     auhl.Finding
	mathsStep bool
	// council is the rank (levelRank) of the class council's advice and
	// its finding.
	council        int
	councilFinding auhl.Finding
	// domain has the bit of the background's study domain (by its index
	// in studyDomains), or none; domainFinding is its finding.
	domain        uint16
	domainFinding auhl.Finding
	// langs and insts have the bits of the preferred languages (by their
	// index in the advisor's langs) and institutions (in institutions);
	// cities those of the preferred cities among the first 64 of the
	// advisor's cities (see inPreferredCity).
	langs, insts, cities uint64
	// The params of the preferences a programme misses and of a closed
	// year, the same for every programme of the advice, made when first
	// needed.
	langParams, cityParams auhl.Params
	durationParams         [8]auhl.Params
	closedYear             auhl.AcademicYear
	closedParams           auhl.Params
}

// scoring works out sc for profile p, whose advice adv holds the level
// advice.
func (a *Advisor) scoring(p *Profile, adv *Advice, usable bool) scoring {
	r := a.r
	sc := scoring{p: *p, usable: usable}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, l := range entryLevels {
		lo, hi = math.Min(lo, adv.Level.Scores[l]), math.Max(hi, adv.Level.Scores[l])
	}
	for k, l := range entryLevels {
		sc.levelFit[k] = 100
		if hi > lo {
			sc.levelFit[k] = int(math.Round(100 * (adv.Level.Scores[l] - lo) / (hi - lo)))
		}
	}
	if usable {
		var mean float64
		for _, s := range RIASEC {
			mean += adv.Interests.Scores[s] / 6
		}
		var centred [6]float64
		for i, s := range RIASEC {
			centred[i] = adv.Interests.Scores[s] - mean
		}
		for i := range a.fitCodes {
			sc.fits[i] = uint8(interestFit(&centred, &a.fitCodes[i]))
		}
	}
	b := p.Background
	var trackBands [3]Band
	for k, l := range entryLevels {
		tb, ok := trackBand(b, l)
		if !ok {
			break
		}
		sc.hasTrack = true
		trackBands[k] = tb
		key := trackLevel{finaliteit: b.Finaliteit, level: l}
		if b.Finaliteit == "" {
			key.track = b.Track
		}
		code, src := CodePrepTrackStretch, a.src.columbus
		if tb == BandSolid {
			code = CodePrepTrackFits
		}
		if l == auhl.AcademicBachelor {
			src = a.src.trackSuccess
		}
		sc.trackFinding[k] = auhl.Finding{Code: code, Severity: auhl.Info, Params: a.trackParams[key], Source: src}
	}
	var mathsBand Band
	if h := b.MathsHours; h > 0 {
		code := CodePrepMathsStrong
		switch {
		case h <= r.MathsHours.Low:
			code, mathsBand = CodePrepMathsLow, BandExtra
		case h < r.MathsHours.Strong:
			code, mathsBand = CodePrepMathsFair, BandFair
		default:
			mathsBand = BandSolid
		}
		sc.maths = auhl.Finding{Code: code, Severity: auhl.Info, Params: a.hoursParams[h], Source: a.src.maths}
		sc.mathsStep = h < r.MathsHours.Strong
	}
	if cc := b.ClassCouncil; levelRank(cc) > 0 {
		sc.council = levelRank(cc)
		sc.councilFinding = auhl.Finding{Code: CodePrepClassCouncil, Severity: auhl.Info, Params: a.levelParams[cc]}
	}
	// The band of each entry level, with and without the maths: the
	// prior education, lowered by the maths and capped at fair by a class
	// council that advised a lower level.
	for k := range entryLevels {
		for m := range 2 {
			band := BandUnknown
			if sc.hasTrack {
				band = trackBands[k]
			}
			if m == 1 && mathsBand != "" {
				band = lower(band, mathsBand)
			}
			if sc.council > 0 && sc.council < k+1 {
				band = lower(band, BandFair)
			}
			sc.band[k][m] = band
		}
	}
	if d := b.StudyDomain; d != "" {
		if k := slices.Index(studyDomains, d); k >= 0 {
			sc.domain = 1 << k
		}
		sc.domainFinding = auhl.Finding{Code: CodePrepDomain, Severity: auhl.Info, Params: a.domainParams[d]}
	}
	pref := &p.Preferences
	for _, l := range pref.Languages {
		if k := slices.Index(a.langs, l); k >= 0 {
			sc.langs |= 1 << k
		}
	}
	for _, inst := range pref.Institutions {
		if k := slices.Index(institutions, inst); k >= 0 {
			sc.insts |= 1 << k
		}
	}
	for k, c := range a.cities[:min(len(a.cities), 64)] {
		if containsFold(pref.Cities, c) {
			sc.cities |= 1 << k
		}
	}
	return sc
}

// inPreferredCity reports whether programme pr is taught in a city the
// student of sc prefers: by their bits among the first 64 of a.cities, by
// name after those.
func (a *Advisor) inPreferredCity(pr *programme, sc *scoring) bool {
	return pr.cities&sc.cities != 0 ||
		slices.ContainsFunc(pr.farCities, func(k int) bool { return containsFold(sc.p.Preferences.Cities, a.cities[k]) })
}

var entryLevels = []auhl.Level{auhl.Graduaat, auhl.ProfessionalBachelor, auhl.AcademicBachelor}

// tally is the sum and the number of the answers of each scale, by its
// index in scaleIDs, the number of answers to the RIASEC scales, and
// whether every answer is to a known item and from 1 to 5 (if not, the
// rest is incomplete).
type tally struct {
	sum      [len(RIASEC) + 1]float64
	n        [len(RIASEC) + 1]int
	answered int
	valid    bool
}

// tally adds up answers.
func (a *Advisor) tally(answers map[string]int) tally {
	t := tally{valid: true}
	for id, v := range answers {
		it, ok := a.items[id]
		if !ok || v < 1 || v > 5 {
			t.valid = false
			return t
		}
		x := float64(v - 1) // 0..4
		if it.reverse {
			x = 4 - x
		}
		t.sum[it.scale] += x
		t.n[it.scale]++
		if scaleIDs[it.scale] != Academic {
			t.answered++
		}
	}
	return t
}

// interests scores the scales from 0 to 40 from the tally of valid
// answers t and says whether the profile can rank programmes. It writes
// the scores into scores, cleared, unless that is nil.
func (a *Advisor) interests(t *tally, scores map[ScaleID]float64, adv *Advice) (Interests, bool) {
	if scores == nil {
		scores = make(map[ScaleID]float64, len(scaleIDs))
	}
	clear(scores)
	in := Interests{Scores: scores}
	// The scores by the scale's index in scaleIDs, which starts with
	// RIASEC; 0 for a scale without answers.
	var score [len(RIASEC) + 1]float64
	for k, s := range scaleIDs {
		if t.n[k] > 0 {
			score[k] = math.Round(t.sum[k]/float64(t.n[k])*10*10) / 10
			in.Scores[s] = score[k]
		}
	}
	answered := t.answered
	enough := answered >= a.r.MinAnswered
	for k := range RIASEC {
		enough = enough && t.n[k] > 0
	}
	if !enough {
		adv.Findings = append(adv.Findings, auhl.Finding{Code: CodeInterestFew, Severity: auhl.Warning,
			Params: auhl.Params{"answered": auhl.Int(answered), "needed": auhl.Int(a.r.MinAnswered)}})
		return in, false
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, x := range score[:len(RIASEC)] {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	if hi-lo < a.r.FlatSpread {
		in.Flat = true
		adv.Findings = append(adv.Findings, auhl.Finding{Code: CodeInterestFlat, Severity: auhl.Warning, Source: a.r.source("simon-i")})
		return in, false
	}
	// A stable insertion sort of the six scales' indexes, highest score
	// first: no allocation, unlike sort.SliceStable.
	order := [6]int{0, 1, 2, 3, 4, 5}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && score[order[j]] > score[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	in.Code = a.codes[order[0]][order[1]][order[2]]
	adv.Findings = append(adv.Findings, auhl.Finding{Code: CodeInterestTop, Severity: auhl.Info,
		Params: a.topParams[order[0]][order[1]][order[2]], Source: a.r.source("simon-i")})
	return in, true
}

// interestFit is the congruence of the profile's shape with the programme's
// code: the covariance of the centred scores with the centred, unit-length
// code vector, divided by the largest value it can take (a profile of three
// scales at 40 and three at 0), mapped to 0..100 with 50 neutral. Unlike a
// correlation it does not divide by the profile's own spread, so raising
// one interest never lowers the fit of a programme whose code starts with
// it. centred are the scores minus their mean.
func interestFit(centred, code *[6]float64) int {
	var x float64
	for i, v := range centred {
		x += v * code[i]
	}
	x /= 20 * math.Sqrt(6)
	return int(math.Round(50 + 50*max(-1, min(1, x))))
}

// trackOf names the prior education for findings.
func trackOf(b Background) (auhl.Text, bool) {
	switch {
	case b.Finaliteit == Doorstroom:
		return auhl.Text{NL: "doorstroomfinaliteit", EN: "transition finality (doorstroom)"}, true
	case b.Finaliteit == Dubbele:
		return auhl.Text{NL: "dubbele finaliteit", EN: "dual finality (dubbele finaliteit)"}, true
	case b.Finaliteit == Arbeidsmarkt:
		return auhl.Text{NL: "arbeidsmarktfinaliteit", EN: "labour-market finality (arbeidsmarkt)"}, true
	case b.Track != "":
		return auhl.Text{NL: string(b.Track), EN: string(b.Track)}, true
	}
	return auhl.Text{}, false
}

// trackBand is how well the prior education prepares for a level.
func trackBand(b Background, l auhl.Level) (Band, bool) {
	var kind int // 2: transition, 1: dual, 0: labour market
	switch {
	case b.Finaliteit == Doorstroom || b.Track == ASO:
		kind = 2
	case b.Finaliteit == Dubbele || b.Track == TSO || b.Track == KSO:
		kind = 1
	case b.Finaliteit == Arbeidsmarkt || b.Track == BSO:
		kind = 0
	default:
		return BandUnknown, false
	}
	switch l {
	case auhl.AcademicBachelor:
		return [...]Band{BandExtra, BandFair, BandSolid}[kind], true
	case auhl.ProfessionalBachelor:
		return [...]Band{BandFair, BandSolid, BandSolid}[kind], true
	case auhl.Graduaat:
		return BandSolid, true
	}
	return BandUnknown, false
}

var bandRank = map[Band]int{BandExtra: 0, BandFair: 1, BandSolid: 2}

// levelRank orders the entry levels from 1 (graduaat) to 3 (academic
// bachelor); other levels are 0.
func levelRank(l auhl.Level) int {
	switch l {
	case auhl.Graduaat:
		return 1
	case auhl.ProfessionalBachelor:
		return 2
	case auhl.AcademicBachelor:
		return 3
	}
	return 0
}

func lower(a, b Band) Band {
	if a == BandUnknown {
		return b
	}
	if b == BandUnknown {
		return a
	}
	if bandRank[b] < bandRank[a] {
		return b
	}
	return a
}

// bandScore is the points a band gives the overall score.
func bandScore(b Band) int {
	switch b {
	case BandSolid:
		return 100
	case BandExtra:
		return 40
	}
	return 70 // fair, unknown
}

// score scores programme pr for the profile of sc, whose admission
// decision for it is dec with flags f, into ps: the scores, the reasons (appended to
// reasons) and the admission. The programme's own fields (its ID, name,
// institution, level, URL and flags) are left empty: the advice writes
// them with the ranked programme.
func (a *Advisor) score(ps *scored, pr *programme, sc *scoring, dec *admission.Decision, f admitFlags, reasons []auhl.Finding) {
	*ps = scored{InterestFit: 50, Preparation: BandUnknown, PreferenceFit: 100, Reasons: reasons, Admission: dec}
	if sc.usable {
		ps.InterestFit = int32(sc.fits[pr.code])
		ps.Reasons = append(ps.Reasons, auhl.Finding{Code: CodeFitInterest, Severity: auhl.Info, Params: a.fitParams[ps.InterestFit]})
	}
	switch {
	case f&admitNone != 0 && !pr.entry:
		ps.Excluded = true
		ps.Reasons = append(ps.Reasons, pr.notEntry)
	case f&admitNone != 0 || f&admitWorkFirst != 0 && !sc.p.Background.WorkExperience:
		ps.Excluded = true
		ps.Reasons = append(ps.Reasons, auhl.Finding{Code: CodeEntryClosed, Severity: auhl.Warning, Params: a.closedParams(sc, dec.AcademicYear)})
	}
	if pr.entry {
		ps.Preparation = a.preparation(pr, sc, ps)
	}
	a.preferences(pr, sc, ps)

	lf := 0
	if pr.level >= 0 {
		lf = sc.levelFit[pr.level]
	}
	w := &a.r.Weights
	total := w.Interest*int(ps.InterestFit) + w.Preparation*bandScore(ps.Preparation) + w.Level*lf + w.Preference*int(ps.PreferenceFit)
	ps.Overall = int32(math.Round(float64(total) / float64(w.Interest+w.Preparation+w.Level+w.Preference)))
}

// closedParams are the params of CodeEntryClosed for year: those of the
// catalogue's year, or else made once for the advice of sc.
func (a *Advisor) closedParams(sc *scoring, year auhl.AcademicYear) auhl.Params {
	if year == a.cat.AcademicYear {
		return a.yearParams
	}
	if sc.closedParams == nil || sc.closedYear != year {
		sc.closedYear, sc.closedParams = year, auhl.Params{"year": auhl.Str(year.String())}
	}
	return sc.closedParams
}

// year is the academic year the advice decides admission for: the
// profile's, or the catalogue's.
func (a *Advisor) year(p Profile) auhl.AcademicYear {
	if !p.AcademicYear.IsZero() {
		return p.AcademicYear
	}
	return a.cat.AcademicYear
}

// preparation says how well the background of sc prepares for programme
// pr, an entry programme, and adds the reasons to ps.
func (a *Advisor) preparation(pr *programme, sc *scoring, ps *scored) Band {
	r := a.r
	b := &sc.p.Background
	add := func(code string, sev auhl.Severity, params auhl.Params, src auhl.Source) {
		ps.Reasons = append(ps.Reasons, auhl.Finding{Code: code, Severity: sev, Params: params, Source: src})
	}
	// A score on this programme's own ijkingstoets is the most specific
	// evidence: it decides the band.
	for _, s := range b.Ijkingstoetsen {
		if s.Programme != pr.p.ID {
			continue
		}
		params := auhl.Params{"score": auhl.Num(s.Score)}
		switch {
		case s.Score >= r.Ijkingstoets.Good:
			add(CodePrepIjkingGood, auhl.Info, params, a.src.ijkingBands)
			return BandSolid
		case s.Score >= r.Ijkingstoets.Average:
			add(CodePrepIjkingAverage, auhl.Info, params, a.src.ijkingBands)
			a.steps(pr, ps, true, true)
			return BandFair
		default:
			add(CodePrepIjkingLow, auhl.Warning, params, a.src.ijkingLow)
			a.steps(pr, ps, true, true)
			return BandExtra
		}
	}
	// The findings and the bands that depend on the profile alone are
	// worked out once, by scoring.
	if sc.hasTrack {
		ps.Reasons = append(ps.Reasons, sc.trackFinding[pr.level])
	}
	maths := 0
	if pr.mathsy && b.MathsHours > 0 {
		maths = 1
		ps.Reasons = append(ps.Reasons, sc.maths)
	}
	// The class council knows the student's work: advice for a lower level
	// than this programme's caps the band at fair.
	if sc.council > 0 && sc.council < pr.level+1 {
		ps.Reasons = append(ps.Reasons, sc.councilFinding)
	}
	if pr.domains&sc.domain != 0 {
		ps.Reasons = append(ps.Reasons, sc.domainFinding)
	}
	band := sc.band[pr.level][maths]
	if band == BandUnknown {
		ps.Reasons = append(ps.Reasons, auhl.Finding{Code: CodePrepUnknown, Severity: auhl.Info})
	}
	if band == BandExtra || band == BandFair {
		a.steps(pr, ps, maths == 1 && sc.mathsStep, false)
	}
	return band
}

// steps adds the constructive next steps to a programme whose preparation
// asks for more: a maths course, the ijkingstoets unless the student took
// it already (took; the score's finding then says what it means and what
// helps), and a programme with the same interests and a gentler start.
// The findings are prepared with the programme, by prepareSteps.
func (a *Advisor) steps(pr *programme, ps *scored, maths, took bool) {
	if maths {
		ps.Reasons = append(ps.Reasons, pr.summer)
	}
	if pr.ijkingOK && !took {
		ps.Reasons = append(ps.Reasons, pr.ijkingPrep)
	}
	if pr.hasGentler {
		ps.Reasons = append(ps.Reasons, pr.gentler)
	}
}

// gentler finds a professional bachelor in the same study area whose
// interest code starts with the same letter; the first in catalogue order.
func (a *Advisor) gentler(pr *programme) (catalog.Programme, bool) {
	for i := range a.progs {
		q := a.progs[i].p
		if q.Level == auhl.ProfessionalBachelor && q.StudyArea == pr.p.StudyArea && len(q.Interest.Code) > 0 &&
			q.Interest.Code[0] == pr.p.Interest.Code[0] && !q.IsUnverified(catalog.FactProgramme) {
			return *q, true
		}
	}
	return catalog.Programme{}, false
}

// preferences scores how well programme pr meets the preferences of sc
// into ps.
func (a *Advisor) preferences(pr *programme, sc *scoring, ps *scored) {
	pref := &sc.p.Preferences
	stated, met := 0, 0
	miss := func(code string, params auhl.Params) {
		ps.Excluded = true
		ps.Reasons = append(ps.Reasons, auhl.Finding{Code: code, Severity: auhl.Info, Params: params})
	}
	unknown := func(code string) {
		met++
		ps.Reasons = append(ps.Reasons, auhl.Finding{Code: code, Severity: auhl.Info})
	}
	if len(pref.Languages) > 0 {
		stated++
		if pr.langs&sc.langs != 0 {
			met++
		} else {
			if sc.langParams == nil {
				sc.langParams = auhl.Params{"languages": auhl.Txt(langNames(pref.Languages))}
			}
			miss(CodePrefLanguage, sc.langParams)
		}
	}
	if len(pref.Cities) > 0 {
		stated++
		switch {
		case !pr.hasCities:
			unknown(CodePrefCityUnknown)
		case a.inPreferredCity(pr, sc):
			met++
		default:
			if sc.cityParams == nil {
				sc.cityParams = auhl.Params{"cities": auhl.Str(strings.Join(pref.Cities, ", "))}
			}
			miss(CodePrefCity, sc.cityParams)
		}
	}
	if pref.MaxYears > 0 {
		stated++
		// The nominal duration, at 60 credits a year.
		switch years := (int(pr.p.Credits) + 59) / 60; {
		case pr.p.Credits == 0:
			unknown(CodePrefDurationUnknown)
		case years <= pref.MaxYears:
			met++
		default:
			miss(CodePrefDuration, sc.duration(years))
		}
	}
	if len(pref.Institutions) > 0 {
		stated++
		if pr.inst&sc.insts != 0 {
			met++
		} else {
			miss(CodePrefInstitution, pr.instParams)
		}
	}
	if stated > 0 {
		ps.PreferenceFit = int32(100 * met / stated)
	}
}

// duration returns the params of CodePrefDuration for a programme of
// years, made once per advice for the usual durations.
func (sc *scoring) duration(years int) auhl.Params {
	if years >= len(sc.durationParams) {
		return auhl.Params{"years": auhl.Int(years), "max": auhl.Int(sc.p.Preferences.MaxYears)}
	}
	if sc.durationParams[years] == nil {
		sc.durationParams[years] = auhl.Params{"years": auhl.Int(years), "max": auhl.Int(sc.p.Preferences.MaxYears)}
	}
	return sc.durationParams[years]
}

// langNames names languages in both languages: "Engels, Nederlands".
func langNames(ls []auhl.Lang) auhl.Text {
	ts := make([]auhl.Text, len(ls))
	for i, l := range ls {
		ts[i] = langName(l)
	}
	return joinTexts(ts)
}

// joinTexts lists texts in both languages, separated by commas.
func joinTexts(ts []auhl.Text) auhl.Text {
	var nl, en []string
	for _, t := range ts {
		nl, en = append(nl, t.NL), append(en, t.EN)
	}
	return auhl.Text{NL: strings.Join(nl, ", "), EN: strings.Join(en, ", ")}
}

func containsFold(list []string, v string) bool {
	for _, x := range list {
		if strings.EqualFold(strings.TrimSpace(x), v) {
			return true
		}
	}
	return false
}
