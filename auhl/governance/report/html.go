package report

import (
	_ "embed" // for the page's template
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

//go:embed page.html
var pageHTML string

var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"svg": svg,
	"indent": func(d int) template.CSS {
		return template.CSS(fmt.Sprintf("padding-left:%.1fem", 0.4+1.2*float64(d)))
	},
}).Parse(pageHTML))

// HTML writes the report as one self-contained HTML page in lang: no
// script, nothing loaded from elsewhere, charts as inline SVG each with a
// table of the same figures, and a print style sheet. A document without
// its report, evaluation or framework is a *auhl.ValidationError, and
// nothing is written.
func HTML(w io.Writer, lang auhl.Lang, d Document) error {
	if err := d.check(); err != nil {
		return err
	}
	return page.Execute(w, newView(lang, d))
}

// palette are the series' colours: dark enough for text-like contrast
// on white (at least 4.5:1) and told apart by their legend and labels.
var palette = []string{"#1f4e79", "#a33d00", "#2e6b30", "#6a1b9a", "#4d4d4d"}

// Geometry of a chart, in SVG units.
const (
	labelWidth = 300
	barWidth   = 360
	barHeight  = 14
	rowGap     = 12
	legendH    = 28
)

// svg draws a chart as an inline SVG: one row per label, one bar per
// series, on a scale of 0 to 100 with lines at 0, 50 and 100; every value
// is written beside its bar. Every text is escaped.
func svg(lang auhl.Lang, c chart) template.HTML {
	esc := template.HTMLEscapeString
	n := max(1, len(c.Series))
	rowH := n*barHeight + rowGap
	width := labelWidth + barWidth + 60
	height := legendH + len(c.Rows)*rowH + 20
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="%[1]s-t %[1]s-d" viewBox="0 0 %d %d" width="100%%" preserveAspectRatio="xMinYMin meet">`, c.ID, width, height)
	fmt.Fprintf(&b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, c.ID, esc(c.Title), c.ID, esc(c.Desc))
	x := 0
	for i, s := range c.Series {
		fmt.Fprintf(&b, `<rect x="%d" y="4" width="12" height="12" fill="%s"/><text x="%d" y="15" class="legend">%s</text>`, x, palette[i%len(palette)], x+16, esc(s))
		x += 24 + 8*len([]rune(s))
	}
	top := legendH
	for _, tick := range []int{0, 50, 100} {
		tx := labelWidth + barWidth*tick/100
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" class="tick"/><text x="%d" y="%d" class="axis" text-anchor="middle">%d %%</text>`, tx, top-4, tx, height-14, tx, height-2, tick)
	}
	for i, r := range c.Rows {
		y := top + i*rowH
		label := []rune(r.Label)
		if len(label) > 44 {
			label = append(label[:43], '…')
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="label" text-anchor="end"><title>%s</title>%s</text>`, labelWidth-8, y+n*barHeight/2+4, esc(r.Label), esc(string(label)))
		for k, val := range r.Values {
			by := y + k*barHeight
			if math.IsNaN(val) {
				fmt.Fprintf(&b, `<text x="%d" y="%d" class="value">–</text>`, labelWidth+4, by+barHeight-3)
				continue
			}
			w := barWidth * math.Max(0, math.Min(100, val)) / 100
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>`, labelWidth, by+1, w, barHeight-2, palette[k%len(palette)])
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="value">%s</text>`, float64(labelWidth)+w+4, by+barHeight-3, esc(pct(lang, val)))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
