"""Theme tagging hook: loads the packaged classifier when one is installed."""

from __future__ import annotations


def load_default_tagger():
    """The packaged theme model, or None while none ships."""
    try:
        from models.themes.tagger import ThemeTagger
    except ImportError:
        return None
    return ThemeTagger.load_default()
