"""NLP stage: a spaCy pipeline per language (the project's own Dutch model by default)."""
