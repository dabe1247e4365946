package lang

import (
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
)

func TestGuess(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // a substring of the reason; "" for English
	}{
		{"English news", "NATO said on Tuesday that it would send 700 more troops to Kosovo after at least 30 of its soldiers were injured in clashes with Serb protesters in the north of the country.", ""},
		{"English with foreign names", "Mayor Corine Mauch of Zürich told reporters that the council had backed the plan, which the Grünen and the Sozialdemokratische Partei had proposed in the spring.", ""},
		{"too short to tell", "Réunion à Paris", ""},
		{"French", "Le président de la République a annoncé mardi que la France enverrait sept cents soldats supplémentaires au Kosovo après des affrontements dans le nord du pays entre manifestants serbes et forces de maintien de la paix.", "function words"},
		{"German", "Die Nato schickt nach den schweren Zusammenstößen im Norden des Landes weitere siebenhundert Soldaten in den Kosovo, teilte Generalsekretär Stoltenberg am Dienstag in Oslo mit.", "function words"},
		{"Spanish", "El secretario general de la alianza anunció el martes que enviará setecientos soldados más a Kosovo tras los enfrentamientos en el norte del país entre manifestantes serbios y tropas.", "function words"},
		{"Russian: Cyrillic script", "НАТО направит в Косово ещё семьсот военнослужащих после столкновений на севере страны, заявил во вторник генеральный секретарь альянса Йенс Столтенберг.", "Cyrillic"},
		{"Chinese: Han script", "北约秘书长斯托尔滕贝格周二表示，在科索沃北部发生冲突后，北约将向科索沃增派七百名士兵，以维持当地的安全与稳定。", "Han"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Guess(tt.text)
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("Guess = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGuessLongText(t *testing.T) {
	// Only the opening counts, and cutting it never splits a rune.
	text := strings.Repeat("Der Präsident sagte am Dienstag, dass die Soldaten bleiben würden. ", 500)
	if got := Guess(text); !strings.Contains(got, "function words") {
		t.Errorf("long German text: %q", got)
	}
}

func FuzzGuess(f *testing.F) {
	f.Add("NATO said on Tuesday")
	f.Add(strings.Repeat("é", 5000))
	f.Fuzz(func(t *testing.T, s string) { _ = Guess(s) })
}

// TestNoFalseAlarmOnEnglishNews: no article of the TempEval-3 news corpus
// (256 English articles) is taken for another language.
func TestNoFalseAlarmOnEnglishNews(t *testing.T) {
	texts, _ := devdata.TBAQ(t)
	for i, text := range texts {
		if got := Guess(text); got != "" {
			t.Errorf("article %d flagged: %s\n%.200s", i, got, text)
		}
	}
}

func BenchmarkGuess(b *testing.B) {
	texts, _ := devdata.TBAQ(b)
	var n int64
	for _, t := range texts {
		n += int64(min(len(t), sample))
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, t := range texts {
			_ = Guess(t)
		}
	}
}
