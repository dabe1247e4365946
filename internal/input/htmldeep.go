package input

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxHTMLDepth is the element nesting past which a page is not given to
// readability. Both its cleaning pass and x/net/html's tree builder do work
// in proportion to the depth for every element (issue 18: 0.3 MB of nested
// <div>s took 33 s, 1.1 MB over two minutes), so a page nested deeper is
// read by stripTags instead: linear, and no real article comes near it
// (news pages nest a few dozen deep).
const MaxHTMLDepth = 256

// tooDeep reports whether page nests elements deeper than limit, counted
// on the token stream without building a tree: a start tag opens, its end
// tag closes. Void elements and those whose end tag may be left out (<p>,
// <li>, table cells) are not counted, so an old page of unclosed <p>s does
// not look deep; only a real pile of containers does.
func tooDeep(page []byte, limit int) bool {
	z := html.NewTokenizer(bytes.NewReader(page))
	depth := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			if counted(atom.Lookup(name)) {
				if depth++; depth > limit {
					return true
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if counted(atom.Lookup(name)) && depth > 0 {
				depth--
			}
		}
	}
}

// counted is false for the elements that never hold others (void
// elements) and for those whose end tag HTML lets a page omit.
func counted(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr,
		atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Optgroup, atom.Tr, atom.Td, atom.Th,
		atom.Tbody, atom.Thead, atom.Tfoot, atom.Colgroup, atom.Rb, atom.Rt, atom.Rp, atom.Html,
		atom.Head, atom.Body:
		return false
	}
	return true
}

// stripTags is the plain reading of a page too deep for readability: the
// title, a blank line, then the text of the body with every block element
// (and <br>) ending a paragraph, white space collapsed, and script, style
// and the like left out. Nothing is judged boilerplate: on such a page there
// is no trustworthy structure to judge by.
func stripTags(page []byte) (string, error) {
	z := html.NewTokenizer(bytes.NewReader(page))
	var title, body strings.Builder
	skip := 0 // depth inside script, style, template, noscript
	inTitle := false
	para := false // text written since the last paragraph break
	brk := func() {
		if para {
			body.WriteString("\n\n")
			para = false
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			text := strings.TrimSpace(body.String())
			t := strings.Join(strings.Fields(title.String()), " ")
			if text == "" && t == "" {
				return "", ErrNoArticle
			}
			switch {
			case t == "":
			case text == "":
				text = t
			case !strings.HasPrefix(text, t):
				text = t + "\n\n" + text
			}
			return strings.ToValidUTF8(text, "\uFFFD") + "\n", nil
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Math:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case atom.Title:
				inTitle = tt == html.StartTagToken
			}
			if block(a) {
				brk()
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			if inTitle {
				title.Write(z.Text())
				continue
			}
			for _, w := range strings.Fields(string(z.Text())) {
				if para {
					body.WriteByte(' ')
				}
				body.WriteString(w)
				para = true
			}
		}
	}
}

// block is true for the elements that end a paragraph of stripped text.
func block(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Tr, atom.Table, atom.Section,
		atom.Article, atom.Blockquote, atom.Pre, atom.Header, atom.Footer, atom.Nav, atom.Aside,
		atom.Figure, atom.Figcaption, atom.Hr, atom.Main, atom.Form, atom.Address, atom.Body:
		return true
	}
	return false
}
