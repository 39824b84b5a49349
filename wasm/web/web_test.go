package web_test

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
	"github.com/auhl/auhl-go/wasm"
	"github.com/auhl/auhl-go/wasm/web"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// needNode returns the node command, or skips the test without it (CI
// installs it).
func needNode(t *testing.T) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("node is needed; CI must install it")
		}
		t.Skip("no node on PATH")
	}
	return node
}

// TestTheScriptIsOneModule: the joined script is valid JavaScript (node
// parses it as a module), names its files once each, keeps only the
// element's export, and holds the first screen's mark once.
func TestTheScriptIsOneModule(t *testing.T) {
	script := string(web.Script)
	for _, lit := range []string{`"./auhl-advisor.wasm"`, `"./wasm_exec.js"`, `/*auhl:first-screen*/null`} {
		assert.Equal(t, 1, strings.Count(script, lit), lit)
	}
	assert.Equal(t, 1, strings.Count(script, "\nexport "), "only the element is exported")
	assert.NotContains(t, script, "\nimport ")
	assert.True(t, strings.HasPrefix(script, "/**\n * <auhl-studiekeuze>"), "the element's documentation on top")

	node := needNode(t)
	file := filepath.Join(t.TempDir(), "auhl-advisor.mjs")
	require.NoError(t, os.WriteFile(file, web.Script, 0o644))
	out, err := exec.Command(node, "--check", file).CombinedOutput()
	require.NoError(t, err, "%s", out)
}

func TestJoinRefuses(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
	}{
		{"a default import", map[string]string{"a.js": "export const A = 1;", "b.js": `import A from "./a.js";`}},
		{"an import of a later module", map[string]string{"a.js": `import { B } from "./b.js";`, "b.js": "export const B = 1;"}},
		{"an import of another file", map[string]string{"a.js": "export const A = 1;", "b.js": `import { A } from "./c.js";`}},
		{"an import over lines", map[string]string{"a.js": "export const A = 1;", "b.js": "import {\n  A,\n} from \"./a.js\";"}},
		{"an export list", map[string]string{"a.js": "const A = 1;\nexport { A };", "b.js": ""}},
		{"a default export", map[string]string{"a.js": "export default 1;", "b.js": ""}},
		{"a missing module", map[string]string{"a.js": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := func(name string) ([]byte, error) {
				src, ok := tt.files[name]
				if !ok {
					return nil, errors.New("no " + name)
				}
				return []byte(src), nil
			}
			_, err := web.Join(files, []string{"a.js", "b.js"})
			assert.ErrorIs(t, err, web.ErrJoin)
		})
	}
	_, err := web.Join(nil, nil)
	assert.ErrorIs(t, err, web.ErrJoin)
}

func TestJoin(t *testing.T) {
	files := map[string]string{
		"a.js": "// a\nexport const A = 1;\nexport function f() { return A; }\n",
		"b.js": "/**\n * The element.\n */\nimport { A, f } from \"./a.js\";\nexport class B { x = A + f(); }\n",
	}
	out, err := web.Join(func(name string) ([]byte, error) { return []byte(files[name]), nil }, []string{"a.js", "b.js"})
	require.NoError(t, err)
	want := "/**\n * The element.\n */\n\n// auhl-advisor.js: wasm/web's modules joined by wasm/build (a.js, b.js).\n\n" +
		"// ---- a.js\n\n// a\nconst A = 1;\nfunction f() { return A; }\n\n// ---- b.js\n\nexport class B { x = A + f(); }\n"
	assert.Equal(t, want, string(out))
}

// TestMatchLangAgreesWithGo: lang.js's matchLang, with the table the
// build writes, picks the language Go's matcher picks, on every primary
// language subtag and on lists of tags with regions and scripts.
func TestMatchLangAgreesWithGo(t *testing.T) {
	node := needNode(t)
	first, err := wasm.New().FirstScreen()
	require.NoError(t, err)
	var fs struct {
		Close map[string]string `json:"close"`
	}
	require.NoError(t, json.Unmarshal(first, &fs))
	require.NotEmpty(t, fs.Close)

	var cases [][]string
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			cases = append(cases, []string{string([]rune{a, b})})
			for c := 'a'; c <= 'z'; c++ {
				cases = append(cases, []string{string([]rune{a, b, c})})
			}
		}
	}
	some := []string{"nl", "nl-BE", "NL", "en-GB", "en_IE", "fy", "af", "cy", "zu", "fr-BE", "de", "", "@@", "x-klingon",
		"zh-Hant", "nl-Latn-BE", "en-u-ca-gregory", "li", "sw", "dut", "eng", "en-", "-en", "en--GB", "e1", "toolongsubtag-en", " en "}
	for _, a := range some {
		for _, b := range some {
			cases = append(cases, []string{a, b}, []string{a, b, "fy"}, []string{a, b, "cy"})
		}
	}
	dir := t.TempDir()
	input, err := json.Marshal(map[string]any{"close": fs.Close, "cases": cases})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "cases.json"), input, 0o644))
	lang, err := filepath.Abs("lang.js")
	require.NoError(t, err)
	script := `import { matchLang } from ` + strconvQuote("file://"+lang) + `;
import { readFileSync } from "node:fs";
const { close, cases } = JSON.parse(readFileSync(process.argv[1], "utf8"));
process.stdout.write(JSON.stringify(cases.map((c) => matchLang(c, close))));`
	out, err := exec.Command(node, "--input-type=module", "-e", script, filepath.Join(dir, "cases.json")).Output()
	require.NoError(t, err)
	var got []string
	require.NoError(t, json.Unmarshal(out, &got))
	require.Len(t, got, len(cases))
	for i, tags := range cases {
		require.Equal(t, string(negotiate.Match(tags...)), got[i], "%q", tags)
	}
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
