package corpus

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// Progress shows input bytes done on a terminal. The total is known only
// when every input is a regular file given by name; otherwise (stdin, a
// directory) the bar is a spinner with the bytes done and the rate.
type Progress struct {
	bar *progressbar.ProgressBar
}

// NewProgress draws on w; total is the input size in bytes, or -1.
func NewProgress(w io.Writer, total int64) *Progress {
	return &Progress{bar: progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("newsfacts"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionUseANSICodes(true),
	)}
}

// Add counts n more bytes done.
func (p *Progress) Add(n int64) {
	if p != nil {
		_ = p.bar.Add64(n)
	}
}

// Finish clears the bar so the --stats line and errors start on a clean line.
func (p *Progress) Finish() {
	if p != nil {
		_ = p.bar.Finish()
		_ = p.bar.Clear()
	}
}

// Clear takes the bar off the screen before a message is printed; it is
// drawn again on the next Add.
func (p *Progress) Clear() {
	if p != nil {
		_ = p.bar.Clear()
	}
}
