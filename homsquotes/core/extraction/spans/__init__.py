"""Stage 1, spans: where quotations are (pairing marks), whether each is speech or a term,
which pieces form one quotation in parts, and the context around it."""
