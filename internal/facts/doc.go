// Package facts is the output contract of newsfacts: plain structs with JSON
// tags, one per kind of fact, gathered in a Document per input. Extractors
// fill these; renderers print them; nothing else is shared between the two.
//
// Every fact embeds a Span: the exact text, its byte offsets into the input
// (input[Start:End] == Text) and the index of the sentence it came from, so a
// reader can always check a fact against the article.
package facts
