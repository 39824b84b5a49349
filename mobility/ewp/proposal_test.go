package ewp

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mutations returns one copy of v per leaf field reachable from it, each
// with that field changed; the paths name the fields.
func mutations(v any) (paths []string, variants []reflect.Value) {
	var walk func(path string, get func(root reflect.Value) reflect.Value, t reflect.Type, sample reflect.Value)
	root := reflect.ValueOf(v).Elem()
	clone := func() reflect.Value {
		// A deep copy through the encoder would hide what the id must
		// see, so copy by value and re-point every pointer on the way.
		return deepCopy(root)
	}
	add := func(path string, get func(reflect.Value) reflect.Value, change func(reflect.Value)) {
		c := clone()
		change(get(c))
		paths = append(paths, path)
		variants = append(variants, c)
	}
	walk = func(path string, get func(reflect.Value) reflect.Value, t reflect.Type, sample reflect.Value) {
		switch {
		case t == reflect.TypeFor[time.Time]():
			add(path, get, func(f reflect.Value) { f.Set(reflect.ValueOf(f.Interface().(time.Time).Add(time.Second))) })
		case t == reflect.TypeFor[Decimal]():
			add(path, get, func(f reflect.Value) {
				d, _ := f.Interface().(Decimal).Add(MustDecimal("0.1"))
				f.Set(reflect.ValueOf(d))
			})
		case t == reflect.TypeFor[Date]() || t == reflect.TypeFor[PlannedDate]():
			add(path, get, func(f reflect.Value) { f.Field(0).SetInt(f.Field(0).Int() + 1) })
		case t.Kind() == reflect.String:
			add(path, get, func(f reflect.Value) { f.SetString(f.String() + "x") })
		case t.Kind() == reflect.Int || t.Kind() == reflect.Int64:
			add(path, get, func(f reflect.Value) { f.SetInt(f.Int() + 1) })
		case t.Kind() == reflect.Bool:
			add(path, get, func(f reflect.Value) { f.SetBool(!f.Bool()) })
		case t.Kind() == reflect.Pointer:
			if sample.IsNil() {
				add(path+"=new", get, func(f reflect.Value) { f.Set(reflect.New(t.Elem())) })
				return
			}
			add(path+"=nil", get, func(f reflect.Value) { f.Set(reflect.Zero(t)) })
			walk(path, func(r reflect.Value) reflect.Value { return get(r).Elem() }, t.Elem(), sample.Elem())
		case t.Kind() == reflect.Slice:
			add(path+"+", get, func(f reflect.Value) { f.Set(reflect.Append(f, reflect.New(t.Elem()).Elem())) })
			for i := range sample.Len() {
				walk(path+"["+string(rune('0'+i))+"]", func(r reflect.Value) reflect.Value { return get(r).Index(i) }, t.Elem(), sample.Index(i))
			}
		case t.Kind() == reflect.Struct:
			for i := range t.NumField() {
				walk(path+"."+t.Field(i).Name, func(r reflect.Value) reflect.Value { return get(r).Field(i) }, t.Field(i).Type, sample.Field(i))
			}
		}
	}
	walk("", func(r reflect.Value) reflect.Value { return r }, root.Type(), root)
	return paths, variants
}

func deepCopy(v reflect.Value) reflect.Value {
	out := reflect.New(v.Type()).Elem()
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			p := reflect.New(v.Type().Elem())
			p.Elem().Set(deepCopy(v.Elem()))
			out.Set(p)
		}
	case reflect.Slice:
		if !v.IsNil() {
			s := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			for i := range v.Len() {
				s.Index(i).Set(deepCopy(v.Index(i)))
			}
			out.Set(s)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() || !v.Field(0).CanSet() && v.NumField() > 0 && !v.Type().Field(0).IsExported() {
			out.Set(v)
			return out
		}
		for i := range v.NumField() {
			out.Field(i).Set(deepCopy(v.Field(i)))
		}
	default:
		out.Set(v)
	}
	return out
}

// The id changes when any part of the content changes, and only then.
func TestChangesProposalID(t *testing.T) {
	la := testLA()
	p := la.ChangesProposal
	// Give every optional part a value, so every field is reached.
	p.Studied = la.ApprovedChanges.Studied
	sig := heiSig("Paweł Kowalski", "2025-11-05T10:00:00+01:00")
	p.ReceivingHEISignature = &sig
	p.Student = &la.Student
	id := ChangesProposalID(p)
	require.Len(t, id, 64)

	same := deepCopy(reflect.ValueOf(p).Elem()).Interface().(ChangesProposal)
	same.ID = "another id"
	assert.Equal(t, id, ChangesProposalID(&same), "the id does not depend on the id")

	// The same content after a round trip through XML gets the same id.
	out, err := Marshal(&LAsGetResponse{LAs: []LearningAgreement{la}})
	require.NoError(t, err)
	again, err := DecodeLAsGetResponse(bytes.NewReader(out))
	require.NoError(t, err)
	assert.Equal(t, id, ChangesProposalID(again.LAs[0].ChangesProposal))

	n := assertEveryChangeChangesID(t, p, ".ID", func(v reflect.Value) string {
		c := v.Interface().(ChangesProposal)
		return ChangesProposalID(&c)
	})
	assert.Greater(t, n, 60)
	assert.Empty(t, ChangesProposalID(nil))
}

func TestChangesProposalIDSeesEveryCharacter(t *testing.T) {
	base := ChangesProposal{ComponentLists: ComponentLists{Studied: Components(Component{Title: "a"})}}
	ids := map[string]string{}
	for _, title := range []string{"a", "a\x00", "a\uFFFD", "a\xff", "a&amp;", "a&", "a\r", "a\n", "a ", "a&#x0;", "a&!ff;"} {
		c := base
		c.Studied = Components(Component{Title: title})
		id := ChangesProposalID(&c)
		if prev, dup := ids[id]; dup {
			t.Errorf("titles %q and %q give the same id", prev, title)
		}
		ids[id] = title
	}
	// An empty list and an absent one differ.
	c := base
	c.Virtual = Components()
	assert.NotEqual(t, ChangesProposalID(&base), ChangesProposalID(&c))
}

func TestNominationProposalID(t *testing.T) {
	m := testMobility()
	n := &m.Nomination
	id := NominationProposalID(n)
	require.Len(t, id, 64)
	assert.Equal(t, id, n.ProposalID)
	same := *n
	same.ProposalID = "x"
	assert.Equal(t, id, NominationProposalID(&same))

	assertEveryChangeChangesID(t, n, ".ProposalID", func(v reflect.Value) string {
		c := v.Interface().(Nomination)
		return NominationProposalID(&c)
	})
	assert.Empty(t, NominationProposalID(nil))
}

// assertEveryChangeChangesID changes each field of *v in turn and checks
// that the id changes, to a value no other change gives, except for the
// field idField, the id itself. It returns the number of changes tried.
func assertEveryChangeChangesID(t *testing.T, v any, idField string, idOf func(reflect.Value) string) int {
	t.Helper()
	id := idOf(reflect.ValueOf(v).Elem())
	paths, variants := mutations(v)
	seen := map[string]string{id: "(original)"}
	for i, variant := range variants {
		got := idOf(variant)
		if paths[i] == idField {
			assert.Equal(t, id, got, "the id does not depend on itself")
			continue
		}
		if prev, dup := seen[got]; dup {
			t.Errorf("changing %s gives the id of %s", paths[i], prev)
		}
		seen[got] = paths[i]
	}
	return len(paths)
}
