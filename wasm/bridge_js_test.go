//go:build js && wasm

package wasm

import (
	"encoding/json"
	"os"
	"strings"
	"syscall/js"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// await waits for a Promise: its value, or the message of its rejection.
func await(t *testing.T, p js.Value) (value js.Value, rejected string) {
	t.Helper()
	require.Equal(t, "Promise", p.Get("constructor").Get("name").String(), "every call returns a Promise")
	done := make(chan struct{})
	then := js.FuncOf(func(_ js.Value, args []js.Value) any {
		value = args[0]
		close(done)
		return nil
	})
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		rejected = args[0].Get("message").String()
		if rejected == "" {
			rejected = "rejected"
		}
		close(done)
		return nil
	})
	defer then.Release()
	defer catch.Release()
	p.Call("then", then, catch)
	<-done
	return value, rejected
}

func array(s ...string) js.Value {
	a := js.Global().Get("Array").New()
	for _, v := range s {
		a.Call("push", v)
	}
	return a
}

func TestAPIObject(t *testing.T) {
	api := register(New())
	for _, name := range []string{"ui", "advise", "loadCatalog", "decode", "warmUp"} {
		assert.Equal(t, js.TypeFunction, api.Get(name).Type(), name)
	}
	v, rej := await(t, api.Call("warmUp"))
	require.Empty(t, rej)
	assert.Equal(t, "", v.String(), "warmUp resolves to nothing")

	v, rej = await(t, api.Call("ui", array("en-GB", "nl"), 0))
	require.Empty(t, rej)
	var ui UI
	require.NoError(t, json.Unmarshal([]byte(v.String()), &ui))
	assert.Equal(t, "en", string(ui.Lang))
	assert.NotEmpty(t, ui.Questions)

	// A single tag is accepted as well as an array.
	v, rej = await(t, api.Call("ui", "nl-BE"))
	require.Empty(t, rej)
	assert.Contains(t, v.String(), `"lang":"nl"`)

	v, rej = await(t, api.Call("advise", `{"diploma": 3}`, "en", 0))
	require.Empty(t, rej)
	var res AdviseResult
	require.NoError(t, json.Unmarshal([]byte(v.String()), &res))
	require.True(t, res.OK, res.Errors)
	assert.NotEmpty(t, res.Result.Level.Lines)

	v, rej = await(t, api.Call("decode", res.Fragment, "en"))
	require.Empty(t, rej)
	assert.Contains(t, v.String(), `"ok":true`)

	// A link that restores nothing resolves with the fixed text, and
	// nothing of the link.
	v, rej = await(t, api.Call("decode", "q=\x00\u202eversie\u202c&i=1", "en"))
	require.Empty(t, rej)
	var dr DecodeResult
	require.NoError(t, json.Unmarshal([]byte(v.String()), &dr))
	assert.False(t, dr.OK)
	assert.Equal(t, words["restoreFailed"].EN, dr.Message)
	assert.NotContains(t, v.String(), "versie")

	v, rej = await(t, api.Call("loadCatalog", "{", "nl"))
	require.Empty(t, rej)
	assert.Contains(t, v.String(), `"ok":false`)
}

func TestWrongArgumentsReject(t *testing.T) {
	api := register(New())
	tests := []struct {
		name string
		args []any
	}{
		{"ui without tags", []any{}},
		{"ui with a number", []any{7}},
		{"advise with an object", []any{map[string]any{"diploma": 1}, "nl", 0}},
		{"advise with nothing", nil},
		{"loadCatalog with null", []any{js.Null()}},
		{"decode with undefined", []any{js.Undefined()}},
	}
	fn := map[string]string{"ui": "ui", "advise": "advise", "loadCatalog": "loadCatalog", "decode": "decode"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := fn[strings.Fields(tt.name)[0]]
			_, rej := await(t, api.Call(name, tt.args...))
			assert.Contains(t, rej, "wrong argument")
		})
	}
	// The runtime still works.
	_, rej := await(t, api.Call("ui", array("nl")))
	assert.Empty(t, rej)
}

func TestPanicsRejectAndTheRuntimeGoesOn(t *testing.T) {
	boom := promised(func([]js.Value) (string, error) { panic("boom") })
	defer boom.Release()
	_, rej := await(t, boom.Invoke())
	assert.Contains(t, rej, "internal error")
	assert.Contains(t, rej, "boom")

	ok := promised(func([]js.Value) (string, error) { return "fine", nil })
	defer ok.Release()
	v, rej := await(t, ok.Invoke())
	assert.Empty(t, rej)
	assert.Equal(t, "fine", v.String())
}

func TestHandOver(t *testing.T) {
	const name = "__auhl_handover_test"
	var got js.Value
	cb := js.FuncOf(func(_ js.Value, args []js.Value) any {
		got = args[0]
		return nil
	})
	defer cb.Release()
	js.Global().Set(name, cb)
	require.NoError(t, handOver(name, register(New())))
	assert.Equal(t, js.TypeFunction, got.Get("advise").Type(), "the callback received the API")
	assert.True(t, js.Global().Get(name).IsUndefined(), "the hand-over is deleted: no global API remains")
	for _, k := range []string{"auhl", "api", "ui", "advise"} {
		assert.True(t, js.Global().Get(k).IsUndefined(), "no global %q", k)
	}

	assert.Error(t, handOver(name, js.Null()), "a second hand-over finds nothing")
	assert.Error(t, handOver("", js.Null()))
	js.Global().Set(name, 5)
	assert.Error(t, handOver(name, js.Null()), "not a function")
	js.Global().Delete(name)
}

func TestServeNeedsAHandOver(t *testing.T) {
	old, had := os.LookupEnv(HandOverEnv)
	require.NoError(t, os.Unsetenv(HandOverEnv))
	defer func() {
		if had {
			os.Setenv(HandOverEnv, old)
		}
	}()
	assert.ErrorContains(t, Serve(), HandOverEnv)
}
