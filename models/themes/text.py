"""Text the theme rules and model read: lowercased normalised text, tokens joined for the model.

Text reaching this stage went through nlp normalisation (`danvan.nlp.normalize`), once, at the boundary:
the nlp stage for articles, `features.raw_model_input` and the rules for documents read from elsewhere.
"""

from __future__ import annotations

import re

# every whitespace run becomes one space; a lone " " already is one, and matching it would cost a
# replacement per word
_SPACES = re.compile(r"\s{2,}|[^\S ]")


_LETTER = re.compile(r"[^\W\d_]")
# "\n" then a token without a letter, up to the next "\n" (a literal first: searched line by line)
_LETTERLESS_LINE = re.compile(r"\n(?:[\d_]|[^\w\n])*(?=\n)")


def normalize(text: str) -> str:
    """Lowercased, collapsed whitespace, no space before commas (of nlp-normalised text)."""
    text = text.lower()
    # every whitespace character but " " is non-printable: most texts need no regex pass at all
    if "  " in text or not text.isprintable():
        text = _SPACES.sub(" ", text)
    return text.replace(" ,", ",")


def model_document(tokens: list[str]) -> str:
    """The model's input: word tokens joined by spaces, inner spaces as "_", lowercased.

    Tokens without a letter (punctuation, numbers) are dropped.
    """
    return normalize(joined_words(tokens))


def joined_words(tokens: list[str]) -> str:
    """The word tokens with a letter, inner spaces as "_", joined by spaces (case and text as given)."""
    lines = "\n".join(tokens)
    if _regular(lines, len(tokens)):
        # one token a line: drop the letterless lines in one regex pass, then join the rest
        words = _LETTERLESS_LINE.sub("", f"\n{lines}\n").strip("\n").replace(" ", "_").replace("\n", " ")
        return words
    return " ".join(t.strip().replace(" ", "_") for t in tokens if _LETTER.search(t))


def _regular(lines: str, n_tokens: int) -> bool:
    """True when `lines` ("\n"-joined tokens) holds no whitespace but the "\n" and tokens' inner spaces."""
    return (
        lines.count("\n") == max(n_tokens - 1, 0)
        and lines.replace("\n", " ").isprintable()
        and not (lines.startswith(" ") or lines.endswith(" ") or " \n" in lines or "\n " in lines)
    )


def rule_text(tokens: list[str]) -> str:
    """The text the labeling rules read, rebuilt from tokens (multi-syllable words keep spaces)."""
    return " ".join(tokens)
