package gen

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var updateMessages = flag.Bool("update", false, "rewrite the messages_gen.go files from their message files")

// messagePackages are the packages the widget links whose message files
// are held as Go strings (messages_gen.go): the module imports no embed,
// whose io/fs and time cost about 44 KB of its gzip. For each, the
// variables and the file, relative to the package, that each holds.
var messagePackages = []struct {
	dir, name string
	vars      [][2]string
}{
	{"auhl/i18n", "i18n", [][2]string{
		{"auhlMessages", "messages/auhl.json"}, {"i18nMessages", "messages/i18n.json"},
		{"interviewMessages", "messages/interview.json"}, {"studychoiceMessages", "messages/studychoice.json"},
	}},
	{"auhl/catalog", "catalog", [][2]string{{"messages", "messages.json"}}},
	{"auhl/rules", "rules", [][2]string{{"messages", "messages.json"}}},
	{"procedures/admission", "admission", [][2]string{{"messages", "messages.json"}}},
	{"procedures/language", "language", [][2]string{{"messages", "messages.json"}}},
}

// TestGeneratedMessages holds every messages_gen.go equal to the message
// files it holds; -update (go generate in the package) rewrites them.
func TestGeneratedMessages(t *testing.T) {
	for _, p := range messagePackages {
		t.Run(p.name, func(t *testing.T) {
			dir := filepath.Join("..", "..", filepath.FromSlash(p.dir))
			f := File{Package: "github.com/auhl/auhl-go/" + p.dir, Name: p.name, Command: "go generate ./" + p.dir}
			var files []string
			for _, v := range p.vars {
				data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(v[1])))
				require.NoError(t, err)
				f.Decls = append(f.Decls, Decl{Name: v[0], Doc: v[0] + " is " + v[1] + ".", Value: string(data)})
				files = append(files, v[1])
			}
			f.Source = strings.Join(files, ", ")
			Golden(t, filepath.Join(dir, "messages_gen.go"), f, *updateMessages)
		})
	}
}
