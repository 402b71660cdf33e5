"""danvan: the app that wires crawler, nlp, models and corpus into one pipeline and CLI."""

__version__ = "0.1.0"
