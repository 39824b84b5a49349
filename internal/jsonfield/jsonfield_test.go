package jsonfield

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

type Inner struct{ X int }

type outer struct {
	A      int `json:"a,omitempty"`
	B      string
	hidden int
	Skip   int `json:"-"`
	Inner
	Named Inner  `json:"named"`
	Ptr   *Inner `json:"ptr"`
	*Other
}

type Other struct{ Y int }

// unexported is left out by Each whatever it holds.
var unexported = outer{hidden: 1}

func TestEach(t *testing.T) {
	type field struct {
		i    int
		name string
	}
	var got []field
	Each(reflect.TypeFor[outer](), func(i int, name string) { got = append(got, field{i, name}) })
	assert.Equal(t, 1, unexported.hidden)
	assert.Equal(t, []field{{0, "a"}, {1, "B"}, {4, ""}, {5, "named"}, {6, "ptr"}, {7, ""}}, got)
}
