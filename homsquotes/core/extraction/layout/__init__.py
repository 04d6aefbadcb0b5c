"""Stage 2, layout: page furniture and title, the sentence units of the text, and the short
snippets handed to the parser (quotations replaced by a stand-in)."""
