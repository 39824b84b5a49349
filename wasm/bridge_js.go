//go:build js && wasm

package wasm

import (
	"errors"
	"strconv"
	"syscall"
	"syscall/js"
)

// HandOverEnv is the environment variable through which the loader names
// the one-shot callback that receives the API object.
const HandOverEnv = "AUHL_HANDOVER"

// Serve hands the API to the page and keeps the runtime alive for every
// element that uses it. The loader defines a global function, passes its
// name in the environment variable HandOverEnv, and runs the module; Serve
// calls that function once with the API object and deletes it, so that
// no global API object remains. Serve returns only when there is no
// callback to hand over to.
//
// Serve does no work before the hand-over that the page did not ask for:
// the embedded catalogue is read on the first call that needs it, and the
// messages and the advisor are prepared when the element calls warmUp, in
// the page's idle time.
func Serve() error {
	name, _ := syscall.Getenv(HandOverEnv)
	if err := handOver(name, register(New())); err != nil {
		return err
	}
	select {}
}

// handOver calls the global function name with api and deletes it.
func handOver(name string, api js.Value) error {
	if name == "" {
		return errors.New("auhl: no " + HandOverEnv + " in the environment: load the module through auhl-advisor.js")
	}
	cb := js.Global().Get(name)
	if cb.Type() != js.TypeFunction {
		return errors.New("auhl: the hand-over " + strconv.Quote(name) + " is not a function")
	}
	js.Global().Delete(name)
	cb.Invoke(api)
	return nil
}

// register builds the object the page receives: ui, advise, loadCatalog
// and decode, each returning a Promise of a JSON string, and warmUp,
// returning a Promise of "".
func register(a *API) js.Value {
	obj := js.Global().Get("Object").New()
	obj.Set("warmUp", promised(func([]js.Value) (string, error) {
		a.WarmUp()
		return "", nil
	}))
	obj.Set("ui", promised(func(args []js.Value) (string, error) {
		tags, err := stringsArg(args, 0)
		if err != nil {
			return "", err
		}
		b, err := a.UI(tags, intArg(args, 1))
		return string(b), err
	}))
	obj.Set("advise", promised(func(args []js.Value) (string, error) {
		answers, err := stringArg(args, 0)
		if err != nil {
			return "", err
		}
		l, _ := stringArg(args, 1)
		b, err := a.Advise(answers, l, intArg(args, 2))
		return string(b), err
	}))
	obj.Set("loadCatalog", promised(func(args []js.Value) (string, error) {
		text, err := stringArg(args, 0)
		if err != nil {
			return "", err
		}
		l, _ := stringArg(args, 1)
		b, err := a.LoadCatalog(text, l)
		return string(b), err
	}))
	obj.Set("decode", promised(func(args []js.Value) (string, error) {
		fragment, err := stringArg(args, 0)
		if err != nil {
			return "", err
		}
		l, _ := stringArg(args, 1)
		b, err := a.Decode(fragment, l, intArg(args, 2))
		return string(b), err
	}))
	return obj
}

// promised wraps f as a JavaScript function that returns a Promise and runs
// f in a goroutine, never blocking the caller (a blocked callback would
// deadlock the runtime). An error rejects the Promise with an Error; a
// panic in f is recovered and rejects it too, so that one bad call never
// stops the runtime every element on the page shares. The executor
// function is released as soon as the Promise holds it.
func promised(f func(args []js.Value) (string, error)) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		// Copy the arguments: the slice is reused after the callback
		// returns.
		args = append([]js.Value(nil), args...)
		executor := js.FuncOf(func(_ js.Value, pa []js.Value) any {
			resolve, reject := pa[0], pa[1]
			go func() {
				defer func() {
					if r := recover(); r != nil {
						reject.Invoke(jsError("auhl: internal error: " + panicText(r)))
					}
				}()
				out, err := f(args)
				if err != nil {
					reject.Invoke(jsError(err.Error()))
					return
				}
				resolve.Invoke(out)
			}()
			return nil
		})
		defer executor.Release()
		return js.Global().Get("Promise").New(executor)
	})
}

func jsError(msg string) js.Value { return js.Global().Get("Error").New(msg) }

// panicText is what a recovered panic says, without fmt.
func panicText(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	default:
		return "a panic"
	}
}

// argumentError is a call whose argument N has the wrong type; it matches
// errArgument.
type argumentError struct {
	n    int
	want string
}

func (e *argumentError) Error() string {
	return errArgument.Error() + " " + strconv.Itoa(e.n) + ": " + e.want + " is expected"
}

func (e *argumentError) Unwrap() error { return errArgument }

// errArgument rejects a call whose arguments have the wrong type.
var errArgument = errors.New("auhl: wrong argument")

func stringArg(args []js.Value, i int) (string, error) {
	if i >= len(args) || args[i].Type() != js.TypeString {
		return "", &argumentError{n: i + 1, want: "a string"}
	}
	return args[i].String(), nil
}

// intArg reads a whole number; anything else is 0.
func intArg(args []js.Value, i int) int {
	if i >= len(args) || args[i].Type() != js.TypeNumber {
		return 0
	}
	f := args[i].Float()
	if f != f || f < 0 || f > 1<<20 {
		return 0
	}
	return int(f)
}

// stringsArg reads an array of strings (at most maxTags; other elements
// are skipped) or a single string.
func stringsArg(args []js.Value, i int) ([]string, error) {
	if i < len(args) && args[i].Type() == js.TypeString {
		return []string{args[i].String()}, nil
	}
	if i >= len(args) || !js.Global().Get("Array").Call("isArray", args[i]).Bool() {
		return nil, &argumentError{n: i + 1, want: "an array of strings"}
	}
	var out []string
	n := args[i].Length()
	for j := 0; j < n && len(out) < maxTags; j++ {
		if v := args[i].Index(j); v.Type() == js.TypeString {
			out = append(out, v.String())
		}
	}
	return out, nil
}
