package auhl

import "io"

// ReadLimited reads r to its end, but at most limit bytes: a longer input
// gives a *ValidationError with a CodeJSONTooLarge problem, and a failure of
// r itself a wrapped error that is not an ErrInvalid.
func ReadLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, &readError{err}
	}
	if int64(len(data)) > limit {
		return nil, &ValidationError{Problems: []Problem{{Code: CodeJSONTooLarge, Params: Params{"limit": Int(int(limit))}}}}
	}
	return data, nil
}

// readError is a failure of the reader ReadLimited reads.
type readError struct{ err error }

func (e *readError) Error() string { return "auhl: reading the input: " + e.err.Error() }
func (e *readError) Unwrap() error { return e.err }
