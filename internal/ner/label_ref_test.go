package ner

// labelReference is Label as it was before the word cache: every feature
// key of every token computed by features.token and looked up one by one.
// The differential tests hold Label to it.
func (m *Model) labelReference(toks []Token, sents []Span, out []Label) {
	s := new(scratch)
	var score [2][NumLabels]int32
	clear(out[:len(toks)])
	s.f.lex, s.f.clusters, s.f.lists, s.f.noLayout, s.f.noAgg = m.lex, m.clusters, m.lists, m.noLayout, m.noAgg
	s.f.reset(toks, sents)
	for _, sent := range sents {
		n := sent.Last - sent.First
		if n <= 0 {
			continue
		}
		s.emit = grow(s.emit, n*int(NumLabels))
		s.f.match(m.gaz, sent, nil)
		for i := sent.First; i < sent.Last; i++ {
			e := s.emit[(i-sent.First)*int(NumLabels):][:NumLabels]
			clear(e)
			for _, k := range s.f.token(i, sent) {
				r := m.row(k)
				if r < 0 {
					continue
				}
				ws := m.w[int(r)*int(NumLabels):][:NumLabels]
				for y := range NumLabels {
					e[y] += int32(ws[y])
				}
			}
		}
		s.back = grow(s.back, n*int(NumLabels))
		viterbiReference(s.emit, &m.trans, s.back, &score, out[sent.First:sent.Last])
		s.f.record(sent, out[sent.First:sent.Last])
	}
}

// viterbiReference is viterbi as it was before its rewrite over arrays.
func viterbiReference[T int32 | float32](emit []T, trans *[NumLabels + 1][NumLabels]T, back []uint8, score *[2][NumLabels]T, out []Label) {
	n := len(out)
	cur := &score[0]
	for y := range NumLabels {
		cur[y] = trans[NumLabels][y] + emit[y]
	}
	for t := 1; t < n; t++ {
		prev := cur
		cur = &score[t%2]
		e := emit[t*int(NumLabels):][:NumLabels]
		b := back[t*int(NumLabels):][:NumLabels]
		for y := range NumLabels {
			best, arg := prev[0]+trans[0][y], 0
			for p := 1; p < int(NumLabels); p++ {
				if v := prev[p] + trans[p][y]; v > best {
					best, arg = v, p
				}
			}
			cur[y] = best + e[y]
			b[y] = uint8(arg)
		}
	}
	best, arg := cur[0], 0
	for y := 1; y < int(NumLabels); y++ {
		if cur[y] > best {
			best, arg = cur[y], y
		}
	}
	for t := n - 1; t >= 0; t-- {
		out[t] = Label(arg)
		if t > 0 {
			arg = int(back[t*int(NumLabels)+arg])
		}
	}
}
