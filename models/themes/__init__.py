"""Campaign-theme classifier: labeling rules, a linear TF-IDF model, its artefact and the tagger."""
