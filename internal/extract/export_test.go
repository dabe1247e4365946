package extract

// TBAQTexts gives the external tests the corpus reader.
var TBAQTexts = tbaqTexts
