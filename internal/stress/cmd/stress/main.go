// Command stress runs the stress harness of `make stress`: every family of
// internal/stress at two sizes 4x apart, through the built binary, under
// limits. It prints a table of time and peak memory per case and exits 1
// when any case fails. See package stress for the design.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/stress"
)

func main() {
	if len(os.Args) > 3 && os.Args[1] == stress.ShimFlag {
		err := stress.Shim(os.Args)
		fmt.Fprintf(os.Stderr, "stress: %v\n", err)
		os.Exit(3)
	}
	os.Exit(run())
}

func run() int {
	lim := stress.DefaultLimits
	bin := flag.String("bin", "bin/newsfacts", "the newsfacts binary")
	news := flag.String("news", "../shared/data/news-tbaq.jsonl", "JSONL news corpus for the news families (falls back to testdata/*.txt)")
	only := flag.String("run", "", "run only the families whose name matches this regexp")
	scale := flag.Float64("scale", 1, "multiply every size by this")
	flag.DurationVar(&lim.Wall, "timeout", lim.Wall, "kill a run after this long")
	flag.Int64Var(&lim.RSS, "rss", lim.RSS, "peak resident memory allowed per run, bytes")
	flag.Uint64Var(&lim.AddressSpace, "as", lim.AddressSpace, "address-space limit (RLIMIT_AS) per run, bytes")
	flag.Parse()
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "stress:", err)
		return 2
	}
	binPath, err := filepath.Abs(*bin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "stress:", err)
		return 2
	}
	articles, err := loadNews(*news)
	if err != nil {
		fmt.Fprintln(os.Stderr, "stress:", err)
		return 2
	}
	re, err := regexp.Compile(*only)
	if err != nil {
		fmt.Fprintln(os.Stderr, "stress: -run:", err)
		return 2
	}
	dir, err := os.MkdirTemp("", "newsfacts-stress-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "stress:", err)
		return 2
	}
	defer os.RemoveAll(dir)

	// The start-up cost (loading the models) is timed on a one-line
	// article and taken off every run before growth is judged.
	basePath := filepath.Join(dir, "base.txt")
	if err := os.WriteFile(basePath, []byte("The talks went on in Pristina on Tuesday, officials said.\n"), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "stress:", err)
		return 2
	}
	base := time.Duration(1 << 62)
	for range 3 {
		r, err := stress.Run(self, binPath, []string{"--format", "jsonl", basePath}, lim)
		if err != nil || r.Exit != 0 {
			fmt.Fprintf(os.Stderr, "stress: the binary fails on a one-line article: %v %s\n", err, r.Stderr)
			return 2
		}
		base = min(base, r.CPU)
	}
	fmt.Printf("start-up CPU time %.2fs (taken off before growth is judged); limits: RSS %d MB, address space %d MB, %s per run, growth %.0fx for 4x input\n\n",
		base.Seconds(), lim.RSS>>20, lim.AddressSpace>>20, lim.Wall, lim.Growth)

	const row = "%-15s %8s %4s %7s %7s %7s %8s %6s  %s\n"
	fmt.Printf(row, "case", "size KB", "exit", "CPU s", "wall s", "peak MB", "out KB", "growth", "verdict")
	failed := 0
	start := time.Now()
	for _, f := range stress.Families {
		if !re.MatchString(f.Name) {
			continue
		}
		var res [2]stress.Result
		var problems []string
		for i, size := range []int{int(float64(f.Small) * *scale), 4 * int(float64(f.Small)**scale)} {
			name := filepath.Join(dir, fmt.Sprintf("%s-%d%s", f.Name, i, f.Ext))
			data := f.Gen(size, articles)
			if err := os.WriteFile(name, data, 0o644); err != nil {
				fmt.Fprintln(os.Stderr, "stress:", err)
				return 2
			}
			r, err := stress.Run(self, binPath, []string{"--format", "jsonl", name}, lim)
			os.Remove(name)
			if err != nil {
				fmt.Fprintln(os.Stderr, "stress:", err)
				return 2
			}
			r.Size = len(data)
			res[i] = r
			bad := stress.Judge(r, name, lim)
			problems = append(problems, bad...)
			growth := ""
			if i == 1 {
				g := stress.Growth(res[0].CPU, r.CPU, base, 100*time.Millisecond)
				growth = fmt.Sprintf("%.1fx", g)
				if g > lim.Growth {
					problems = append(problems, fmt.Sprintf("CPU time grew %.1fx for 4x input", g))
				}
			}
			verdict := "ok"
			switch {
			case len(bad) > 0:
				verdict = strings.Join(bad, "; ")
			case r.Exit == 1:
				verdict = "ok, error: " + strings.TrimSpace(r.Stderr)
			}
			fmt.Printf(row, f.Name, fmt.Sprint(r.Size>>10), fmt.Sprint(r.Exit), fmt.Sprintf("%.2f", r.CPU.Seconds()),
				fmt.Sprintf("%.2f", r.Wall.Seconds()), fmt.Sprint(r.PeakRSS>>20), fmt.Sprint(r.Output>>10), growth, verdict)
			if r.TimedOut {
				// The large input would only take longer.
				problems = append(problems, "large size skipped")
				break
			}
		}
		if len(problems) > 0 {
			failed++
			fmt.Printf("%-15s FAIL: %s\n", f.Name, strings.Join(problems, "; "))
		}
	}
	fmt.Printf("\n%d families failed; %s\n", failed, time.Since(start).Round(time.Second))
	if failed > 0 {
		return 1
	}
	return 0
}

// loadNews reads the texts of a JSONL news corpus, or the sample articles
// in testdata when it is not there.
func loadNews(path string) ([]string, error) {
	var out []string
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err == nil && rec.Text != "" {
				out = append(out, rec.Text)
			}
		}
		if len(out) > 0 {
			return out, sc.Err()
		}
	}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		out = append(out, strings.TrimPrefix(string(b), "\uFEFF"))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no news text: neither %s nor testdata/*.txt", path)
	}
	return out, nil
}
