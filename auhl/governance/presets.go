package governance

import (
	_ "embed" // for the presets
	"slices"

	"github.com/auhl/auhl-go/auhl"
)

// The embedded presets, one file per framework.
var (
	//go:embed data/frameworks/auhl-board.json
	auhlBoardData []byte
	//go:embed data/frameworks/esg.json
	esgData []byte
	//go:embed data/frameworks/efqm.json
	efqmData []byte
	//go:embed data/frameworks/charter.json
	charterData []byte
)

// The IDs of the presets.
const (
	// PresetAUHLBoard is the board self-evaluation of the association,
	// built on the reference charter's principles and theme 10 of the
	// policy plan.
	PresetAUHLBoard = "auhl-board"
	// PresetESG is part 1 of the ESG 2015: ten standards, each judged on
	// EQAR's four levels of compliance.
	PresetESG = "esg"
	// PresetEFQM is the EFQM Model 2020: seven criteria, 1000 points,
	// RADAR bands.
	PresetEFQM = "efqm"
	// PresetCharter is the reference charter for good governance of the
	// Flemish universities (GUBERNA, 2013), for an apply-or-explain
	// register.
	PresetCharter = "charter"
)

// presets maps every preset ID to its embedded file, read once.
var presets = map[string]func() *FrameworkFile{
	PresetAUHLBoard: frameworkFormat.Embedded(auhlBoardData, new(FrameworkFile)),
	PresetESG:       frameworkFormat.Embedded(esgData, new(FrameworkFile)),
	PresetEFQM:      frameworkFormat.Embedded(efqmData, new(FrameworkFile)),
	PresetCharter:   frameworkFormat.Embedded(charterData, new(FrameworkFile)),
}

// Presets lists the IDs of the embedded presets, sorted.
func Presets() []string {
	out := make([]string, 0, len(presets))
	for id := range presets {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// Preset returns the embedded framework file id, parsed once and shared:
// treat it as read-only. An unknown id is a *auhl.ValidationError with a
// CodePresetUnknown problem.
func Preset(id string) (*FrameworkFile, error) {
	f, ok := presets[id]
	if !ok {
		return nil, &auhl.ValidationError{Problems: []auhl.Problem{{Code: CodePresetUnknown, Params: auhl.Params{
			"value": auhl.Str(auhl.Clip(id)), "allowed": auhl.Str(joinEnum(Presets())),
		}}}}
	}
	return f(), nil
}
