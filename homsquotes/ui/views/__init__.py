"""The window's views: article list, quote table (model, view, delegates, columns), detail
editor, reader, filter bar, speakers, sources, provenance and review panels. Layout only:
what they show comes from homsquotes.core."""
