package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/interview"
)

// ending is how an interview ended.
type ending int

const (
	// finished: every question was seen; the profile is ready.
	finished ending = iota
	// quit: the student typed q.
	quit
	// inputEnded: the input ended before the last question.
	inputEnded
	// lineTooLong: a line of the input is longer than maxLine bytes.
	lineTooLong
	// readFailed: reading the input failed.
	readFailed
)

// parse reads an answer to q; ok is false for anything the question does
// not take.
func parse(q interview.Question, s string) (v int, ok bool) {
	if q.Kind == interview.YesNo {
		return parseYesNo(s)
	}
	n, err := strconv.Atoi(s)
	if err != nil || !q.Accepts(n) {
		return 0, false
	}
	return n, true
}

func parseYesNo(s string) (int, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "j", "ja", "y", "yes":
		return interview.Yes, true
	case "n", "nee", "no":
		return interview.No, true
	}
	return 0, false
}

// interviewer asks the questions on a line-based terminal.
type interviewer struct {
	in    *bufio.Scanner
	end   ending // why read stopped: inputEnded, lineTooLong or readFailed
	out   io.Writer
	lang  auhl.Lang
	iv    *interview.Interview
	qs    []interview.Question
	ans   interview.Answers
	items int // how many items the questionnaire has
}

func newInterviewer(stdin io.Reader, out io.Writer, lang auhl.Lang, qn *studychoice.Questionnaire, cat *catalog.Catalog) *interviewer {
	iv := interview.New(qn, cat)
	in := bufio.NewScanner(stdin)
	// Room for a line of maxLine bytes with its "\r\n": read checks the
	// length itself.
	in.Buffer(make([]byte, 0, 512), maxLine+2)
	return &interviewer{in: in, out: out, lang: lang, iv: iv, qs: iv.Questions,
		ans: interview.Answers{}, items: len(qn.Items)}
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
	shown := interview.Section("")
	for i := iv.next(-1); i < len(iv.qs); {
		q := iv.qs[i]
		if q.Section != shown {
			shown = q.Section
			h, intro := iv.iv.Heading(iv.lang, shown)
			switch shown {
			case interview.Preferences:
				intro = ui.PreferencesIntro.In(iv.lang)
			case interview.Interests:
				h, intro = term.OneLine(h), term.OneLine(intro)
			}
			heading(iv.out, h)
			fmt.Fprintln(iv.out, intro)
		}
		iv.show(i, q)
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
			shown = ""
			i = iv.next(-1)
		}
	}
	return iv.profile(), finished
}

// next is the index of the first question after i that applies, or
// len(qs).
func (iv *interviewer) next(i int) int {
	for i++; i < len(iv.qs) && !iv.qs[i].Asked(iv.ans); i++ {
	}
	return i
}

// prev is the index of the last question before i that applies, or -1.
func (iv *interviewer) prev(i int) int {
	for i--; i >= 0 && !iv.qs[i].Asked(iv.ans); i-- {
	}
	return i
}

func (iv *interviewer) show(i int, q interview.Question) {
	l := iv.lang
	fmt.Fprintln(iv.out)
	if q.Section == interview.Interests {
		// The items follow the background questions.
		first := slices.IndexFunc(iv.qs, func(q interview.Question) bool { return q.Section == interview.Interests })
		fmt.Fprintf(iv.out, ui.Progress.In(l)+"\n", i-first+1, iv.items)
	}
	text := term.OneLine(q.Text.In(l))
	switch {
	case q.Kind == interview.YesNo:
		text += " " + ui.YesNo.In(l)
	case q.Kind == interview.Number && q.Required:
		text += " " + fmt.Sprintf(ui.RangeRequired.In(l), q.Min, q.Max)
	case q.Kind == interview.Number:
		text += " " + fmt.Sprintf(ui.RangeOptional.In(l), q.Min, q.Max)
	case !q.Required && q.Section != interview.Interests:
		// The questionnaire's intro and the commands say it once for
		// the items.
		text += " " + ui.OptionalNote.In(l)
	}
	fmt.Fprintln(iv.out, text)
	if q.Kind == interview.Pick {
		for _, c := range q.Choices {
			fmt.Fprintf(iv.out, "  %d. %s\n", c.Value, term.OneLine(c.Label.In(l)))
		}
	}
	if v := iv.ans[q.Key]; v != 0 {
		fmt.Fprintf(iv.out, ui.Current.In(l)+"\n", iv.label(q, v))
	}
}

// label shows an answer given before.
func (iv *interviewer) label(q interview.Question, v int) string {
	switch q.Kind {
	case interview.YesNo:
		return q.Label(iv.lang, v)
	case interview.Pick:
		return strconv.Itoa(v) + ". " + term.OneLine(q.Label(iv.lang, v))
	}
	return strconv.Itoa(v)
}

// answer reads lines until one answers question i or moves the interview.
func (iv *interviewer) answer(i int) (move, ending) {
	q := iv.qs[i]
	for {
		s, ok := iv.read()
		if !ok {
			return stop, iv.end
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
				return stop, iv.end
			}
			if v, _ := parseYesNo(s); v == interview.Yes {
				fmt.Fprintln(iv.out, ui.Restarted.In(iv.lang))
				return restart, finished
			}
			return again, finished
		case "":
			if q.Required && iv.ans[q.Key] == 0 {
				iv.hint(ui.HintRequired.In(iv.lang), iv.expect(q))
				continue
			}
			return forward, finished
		}
		if v, ok := parse(q, s); ok {
			iv.ans[q.Key] = v
			return forward, finished
		}
		iv.hint(iv.expect(q), ui.HintCommand.In(iv.lang))
	}
}

// expect says what the question takes.
func (iv *interviewer) expect(q interview.Question) string {
	if q.Kind == interview.YesNo {
		return ui.HintYesNo.In(iv.lang)
	}
	lo, hi := q.Bounds()
	return fmt.Sprintf(ui.HintRange.In(iv.lang), lo, hi)
}

func (iv *interviewer) hint(sentences ...string) {
	fmt.Fprintln(iv.out, strings.Join(sentences, " "))
}

// read prompts and reads one line, trimmed; ok is false at the end of the
// input, on a line longer than maxLine bytes and on a failure to read, and
// iv.end then says which.
func (iv *interviewer) read() (string, bool) {
	fmt.Fprint(iv.out, "> ")
	if !iv.in.Scan() {
		fmt.Fprintln(iv.out)
		switch err := iv.in.Err(); {
		case errors.Is(err, bufio.ErrTooLong):
			iv.end = lineTooLong
		case err != nil:
			iv.end = readFailed
		default:
			iv.end = inputEnded
		}
		return "", false
	}
	if len(iv.in.Bytes()) > maxLine {
		fmt.Fprintln(iv.out)
		iv.end = lineTooLong
		return "", false
	}
	return strings.TrimSpace(iv.in.Text()), true
}

// profile builds the profile from the answers to the questions that apply.
func (iv *interviewer) profile() studychoice.Profile { return iv.iv.Profile(iv.ans) }
