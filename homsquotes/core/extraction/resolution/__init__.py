"""Stage 4, resolution: from a mention to a speaker (the fullest name, pronouns, documents
and their owners), the article's names, affiliations, and whether a speaker can speak."""
