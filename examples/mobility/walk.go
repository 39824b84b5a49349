package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/mobility"
	"github.com/auhl/auhl-go/mobility/ewp"
	"github.com/auhl/auhl-go/mobility/grant"
	"github.com/auhl/auhl-go/mobility/recognition"
)

// printer writes the walk in one language and gathers the warnings about
// rules to confirm for the end, each once.
type printer struct {
	w       io.Writer
	lang    auhl.Lang
	confirm []auhl.Finding
	seen    map[string]bool
}

func (p *printer) heading(t auhl.Text, args ...any) {
	fmt.Fprintf(p.w, "\n== "+t.In(p.lang)+"\n", args...)
}

func (p *printer) line(t auhl.Text, args ...any) {
	fmt.Fprintln(p.w, term.OneLine(fmt.Sprintf(t.In(p.lang), args...)))
}

// findings writes fs, one a line with a mark for its severity, and keeps
// the warnings about unconfirmed rules for the end.
func (p *printer) findings(fs []auhl.Finding) {
	for _, f := range fs {
		if f.Code == mobility.CodeUnconfirmed || f.Code == grant.CodeUnconfirmed {
			key := f.Code + f.Params["path"].String()
			if !p.seen[key] {
				p.seen[key] = true
				p.confirm = append(p.confirm, f)
			}
			continue
		}
		mark := "  -"
		switch f.Severity {
		case auhl.Warning:
			mark = "  !"
		case auhl.Error:
			mark = "  x"
		}
		fmt.Fprintln(p.w, mark, render(p.lang, f))
	}
}

// euro writes an amount for people: "€ 1.456,77" in Dutch, "€1,456.77"
// in English.
func euro(l auhl.Lang, a grant.Amount) string {
	s := a.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, cents, _ := strings.Cut(s, ".")
	group, dec := ".", ","
	if l == auhl.English {
		group, dec = ",", "."
	}
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(r)
	}
	out := b.String() + dec + cents
	if l == auhl.English {
		out = "€" + out
	} else {
		out = "€ " + out
	}
	if neg {
		return "-" + out
	}
	return out
}

// walk walks the scenario, printing each step, and returns the case's
// four EWP documents.
func walk(w io.Writer, lang auhl.Lang) ([]ewp.Document, error) {
	p := &printer{w: w, lang: lang, seen: map[string]bool{}}
	c := newCase()
	p.line(ui.Title, c.Participant, c.ReceivingHEI, c.CallYear)
	move := func(s mobility.Stage, date, actor, comment string) error {
		if err := c.Move(s, day(date), actor, comment); err != nil {
			return err
		}
		p.line(ui.Moved, date, ui.Stages[s].In(lang), actor)
		return nil
	}

	p.heading(ui.Eligibility)
	el, err := mobility.Default().Check(application())
	if err != nil {
		return nil, err
	}
	p.line(ui.EligibleLine, yes(lang, el.Eligible), el.Duration.Months, el.Duration.Days)
	p.findings(el.Findings)
	if err := move(mobility.Applied, "2025-02-10", "Lotte Janssens", ""); err != nil {
		return nil, err
	}

	if err := p.checklist(c, "2025-03-10"); err != nil {
		return nil, err
	}

	p.heading(ui.Nomination)
	nom := nomination(ewp.MobilityPending)
	if err := move(mobility.Nominated, "2025-03-20", "International Office UHasselt", ""); err != nil {
		return nil, err
	}
	p.line(ui.NominationStatus, c.NominationStatus(), short(nom.Mobilities[0].Nomination.ProposalID))
	nomApproval := &ewp.OMobilitiesUpdateRequest{Approve: &ewp.ApproveNomination{OMobilityID: omobilityID, ProposalID: nom.Mobilities[0].Nomination.ProposalID}}
	if err := move(mobility.Accepted, "2025-04-10", receivingHEI, ""); err != nil {
		return nil, err
	}
	p.line(ui.NominationStatus, c.NominationStatus(), short(nom.Mobilities[0].Nomination.ProposalID))

	p.heading(ui.Agreement)
	la := &mobility.Agreement{LA: draftLA()}
	id, err := la.Propose(firstVersion(), nil)
	if err != nil {
		return nil, err
	}
	p.line(ui.Proposed, short(id))
	if err := la.Approve(id, receiving("2025-06-10T12:00:00Z")); err != nil {
		return nil, err
	}
	p.line(ui.ApprovedLA, short(id))
	if err := move(mobility.Agreed, "2025-06-10", receivingHEI, ""); err != nil {
		return nil, err
	}
	id, err = la.Propose(changes(), nil)
	if err != nil {
		return nil, err
	}
	p.line(ui.ProposedChanges, short(id))
	laGet := &ewp.LAsGetResponse{LAs: []ewp.LearningAgreement{la.LA}}
	laApproval, _ := la.ApproveRequest(receiving("2025-10-03T10:00:00+02:00"))
	if err := la.Apply(laApproval); err != nil {
		return nil, err
	}
	p.line(ui.ApprovedLA, short(id))
	final := la.Final()
	studied, _ := mobility.ECTS(final.Studied)
	recognised, _ := mobility.ECTS(final.Recognized)
	p.line(ui.Tables, studied, recognised)
	for _, comp := range final.Studied.Components {
		p.line(ui.Component, comp.LosCode, comp.Title, comp.Credits[0].Value)
	}

	p.heading(ui.Grant)
	g, err := grant.Default().Calculate(grantInput())
	if err != nil {
		return nil, err
	}
	p.grant(g)

	if err := p.checklist(c, "2025-09-01"); err != nil {
		return nil, err
	}

	p.heading(ui.Stay)
	act := actual()
	c.Actual = act
	if err := move(mobility.Arrived, act.Start.String(), receivingHEI, ""); err != nil {
		return nil, err
	}
	if err := move(mobility.Departed, act.End.String(), receivingHEI, ""); err != nil {
		return nil, err
	}
	p.heading(ui.Recalculated)
	g, err = grant.Default().Recalculate(grantInput(), act)
	if err != nil {
		return nil, err
	}
	p.grant(g)

	p.heading(ui.Recognition)
	tor := transcript()
	if err := move(mobility.Transcript, tor.Issued.String(), receivingHEI, ""); err != nil {
		return nil, err
	}
	d, err := recognition.Recognise(final, links(), tor, grading(), day("2026-03-01"), "Examination board, School of Arts")
	if err != nil {
		return nil, err
	}
	for _, cd := range d.Components {
		p.line(ui.Decided, cd.LosCode, cd.Title, cd.Credits, ui.Outcomes[cd.Outcome].In(lang))
		p.findings(cd.Trail)
	}
	p.findings(d.Findings)
	if err := move(mobility.Recognised, "2026-03-01", d.Actor, ""); err != nil {
		return nil, err
	}

	p.heading(ui.History)
	for _, t := range c.History {
		p.line(ui.HistoryLine, t.Date, ui.Stages[t.To].In(lang), t.Actor)
	}
	p.line(ui.StatusLine, c.NominationStatus(), c.StatusV2())

	p.heading(ui.ToConfirm)
	for _, f := range p.confirm {
		fmt.Fprintln(w, "  ?", render(lang, f))
	}
	return []ewp.Document{laGet, laApproval, nom, nomApproval}, nil
}

// checklist writes the case's checklist on day.
func (p *printer) checklist(c *mobility.Case, on string) error {
	p.heading(ui.Checklist, on)
	cl, err := mobility.Default().ChecklistFor(c, factsheet(), mobility.Autumn, auhl.UHasselt, evidence(), day(on))
	if err != nil {
		return err
	}
	for _, d := range cl.Documents {
		forms := make([]string, len(d.Forms))
		for i, f := range d.Forms {
			forms[i] = strings.ToUpper(string(f))
		}
		switch {
		case d.Forms == nil:
			p.line(ui.DocInfo, d.Requirement)
		case d.Evidence != nil:
			p.line(ui.DocGiven, d.Requirement, strings.Join(forms, "/"), d.Evidence.Reference)
		default:
			p.line(ui.DocMissing, d.Requirement, strings.Join(forms, "/"))
		}
	}
	for _, t := range cl.Tasks {
		due := "–"
		if !t.Due.IsZero() {
			due = t.Due.String()
		}
		p.line(ui.TaskLine, ui.TaskStates[t.State].In(p.lang), due, i18n.Message(p.lang, t.Code, nil))
	}
	p.findings(cl.Findings)
	return nil
}

// grant writes a grant's lines, its total and its findings.
func (p *printer) grant(g grant.Grant) {
	for _, l := range g.Lines {
		qty := ""
		switch {
		case l.Months > 0:
			qty = fmt.Sprintf(ui.MonthsDays.In(p.lang), l.Months, l.Days)
		case l.Days > 0:
			qty = fmt.Sprintf(ui.DaysOnly.In(p.lang), l.Days)
		}
		rate := euro(p.lang, l.Rate)
		if l.Percent != 100 {
			rate += " × " + strconv.Itoa(l.Percent) + " %"
		}
		p.line(ui.GrantLine, ui.LineKinds[l.Kind].In(p.lang), qty, rate, euro(p.lang, l.Amount))
	}
	p.line(ui.Total, euro(p.lang, g.Total))
	if g.Planned != 0 {
		p.line(ui.PlannedTotal, euro(p.lang, g.Planned))
	}
	p.findings(g.Findings)
}

// short shortens a proposal id for reading.
func short(id string) string {
	if len(id) > 12 {
		return id[:12] + "…"
	}
	return id
}

// yes writes a boolean for people.
func yes(l auhl.Lang, b bool) string {
	if b {
		return ui.Yes.In(l)
	}
	return ui.No.In(l)
}
