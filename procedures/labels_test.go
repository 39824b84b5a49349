package procedures

import (
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/admission"
	"github.com/auhl/auhl-go/procedures/afwijkend"
	"github.com/auhl/auhl-go/procedures/evc"
	"github.com/auhl/auhl-go/procedures/language"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
	"github.com/auhl/auhl-go/procedures/progress"
)

// TestRuleLabelsAreDistinct: every rule of a file has a label of its own
// kind, and no two kinds share a message.
func TestRuleLabelsAreDistinct(t *testing.T) {
	texts := map[string]string{}
	for _, codes := range [][]auhl.CodeSpec{admission.Codes(), language.Codes(), afwijkend.Codes(), evc.Codes(), leerkrediet.Codes(), progress.Codes()} {
		for _, c := range codes {
			if !strings.Contains(c.Code, ".rule.") {
				continue
			}
			require.True(t, i18n.HasMessage(c.Code), c.Code)
			en := i18n.Message(auhl.English, c.Code, nil)
			assert.Empty(t, texts[en], "%s and %s share %q", c.Code, texts[en], en)
			texts[en] = c.Code
		}
	}
	var codes []string
	for _, c := range texts {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	assert.NotEmpty(t, codes)
}
