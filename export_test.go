package newsfacts

// WithWindow sets the window size, so that a test can run a text of a few
// windows in milliseconds.
func WithWindow(n int) Option {
	return func(x *Extractor) error {
		x.window = n
		return nil
	}
}
