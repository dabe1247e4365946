package stress

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Limits bound one run of the binary.
type Limits struct {
	// AddressSpace is the RLIMIT_AS of the child, in bytes: an allocation
	// beyond it fails, and the Go runtime dies with "out of memory", which
	// counts as a crash, so a runaway case cannot take the machine down.
	AddressSpace uint64
	// RSS is the peak resident memory allowed, in bytes.
	RSS int64
	// Wall is the time after which the child is killed.
	Wall time.Duration
	// OutputPerByte bounds the output: at most this many bytes per input
	// byte, plus 1 MiB. Ordinary news writes about 6.
	OutputPerByte int64
	// Growth is the largest ratio of CPU time, large over small, allowed
	// for 4x the input.
	Growth float64
}

// DefaultLimits are the limits of `make stress`.
var DefaultLimits = Limits{AddressSpace: 4 << 30, RSS: 1 << 30, Wall: 60 * time.Second, OutputPerByte: 64, Growth: 8}

// Result is one run of the binary on one input.
type Result struct {
	Size     int
	Exit     int // -1 when killed by a signal
	Stderr   string
	CPU      time.Duration // user + system time of the child
	Wall     time.Duration
	PeakRSS  int64 // bytes
	Output   int64 // bytes written to stdout
	TimedOut bool
}

// ShimFlag is the first argument under which the harness re-executes
// itself to apply the limit: Setrlimit then exec, so only the child is
// limited (no cgroup, no prlimit(1) needed) and its rusage is the binary's.
const ShimFlag = "-stress-exec-limited"

// Shim runs the shim when args ask for it (args[1] == ShimFlag): args[2] is
// the address-space limit, args[3:] the command. It returns only on error.
func Shim(args []string) error {
	limit, err := strconv.ParseUint(args[2], 10, 64)
	if err != nil {
		return err
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
		return fmt.Errorf("setrlimit: %w", err)
	}
	return syscall.Exec(args[3], args[3:], os.Environ())
}

// countWriter counts and discards the child's output.
type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// Run runs bin with args under lim, through the shim at self.
func Run(self, bin string, args []string, lim Limits) (Result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), lim.Wall)
	defer cancel()
	argv := append([]string{ShimFlag, strconv.FormatUint(lim.AddressSpace, 10), bin}, args...)
	cmd := exec.CommandContext(ctx, self, argv...)
	out := &countWriter{}
	var stderr bytes.Buffer
	cmd.Stdout = out
	cmd.Stderr = &limitedBuffer{b: &stderr, max: 64 << 10}
	// GOMAXPROCS is left alone: the binary runs as users run it.
	start := time.Now()
	err := cmd.Run()
	r := Result{Wall: time.Since(start), Output: out.n, Stderr: stderr.String(), TimedOut: ctx.Err() != nil}
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		return r, err
	}
	st := cmd.ProcessState
	r.Exit = st.ExitCode()
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		r.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		r.PeakRSS = ru.Maxrss << 10 // kilobytes on Linux
	}
	return r, nil
}

// limitedBuffer keeps the first max bytes of stderr: a crash's goroutine
// dump can be large, and only its start matters.
type limitedBuffer struct {
	b   *bytes.Buffer
	max int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.max - l.b.Len(); room > 0 {
		l.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

var _ io.Writer = (*limitedBuffer)(nil)

// Judge returns what is wrong with one run of input name (empty when it
// passed): the binary must finish with exit 0, or exit 1 with one line on
// stderr that names the input, within the limits.
func Judge(r Result, name string, lim Limits) []string {
	var bad []string
	switch {
	case r.TimedOut:
		bad = append(bad, fmt.Sprintf("killed after %s", lim.Wall))
	case strings.Contains(r.Stderr, "out of memory") || strings.Contains(r.Stderr, "cannot allocate memory"):
		bad = append(bad, "out of memory under the address-space limit")
	case strings.Contains(r.Stderr, "panic:") || strings.Contains(r.Stderr, "fatal error:") || r.Exit < 0:
		bad = append(bad, "crashed: "+firstLine(r.Stderr))
	case r.Exit == 1:
		if lines := strings.Count(strings.TrimRight(r.Stderr, "\n"), "\n") + 1; lines != 1 || !strings.Contains(r.Stderr, name) {
			bad = append(bad, "exit 1 without a one-line error naming the input: "+firstLine(r.Stderr))
		}
	case r.Exit != 0:
		bad = append(bad, fmt.Sprintf("exit %d: %s", r.Exit, firstLine(r.Stderr)))
	}
	if r.PeakRSS > lim.RSS {
		bad = append(bad, fmt.Sprintf("peak RSS %d MB over %d MB", r.PeakRSS>>20, lim.RSS>>20))
	}
	if r.Output > lim.OutputPerByte*int64(r.Size)+1<<20 {
		bad = append(bad, fmt.Sprintf("output %d bytes for %d bytes of input", r.Output, r.Size))
	}
	return bad
}

// Growth is the ratio of the work done on the large input to the work on
// the small one: CPU time less the start-up cost base (model loading, which
// does not grow with the input), the small one floored at floor so that a
// case too fast to time is not judged on noise.
func Growth(small, large, base, floor time.Duration) float64 {
	s := max(small-base, floor)
	l := max(large-base, 0)
	return float64(l) / float64(s)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if len(s) > 160 {
		s = s[:160] + "..."
	}
	return s
}
