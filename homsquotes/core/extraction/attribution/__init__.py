"""Stage 3, attribution: the word lists and the parser, the plain surface patterns, and the
sieves over a parsed snippet that find each quotation's cue and speaker mention."""
