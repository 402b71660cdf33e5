"""Tokenization: underthesea word segmentation turned into a spaCy Doc with exact character offsets."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab
from underthesea import word_tokenize


def segment(text: str) -> list[str]:
    """underthesea words of `text`, line by line (multi-syllable words keep their inner spaces)."""
    words: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            words.extend(word_tokenize(line))
    return words


def align(text: str, words: list[str]) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags whose concatenation is exactly `text`.

    underthesea may drop or alter characters; whatever it skipped becomes its own token so that
    character offsets of the Doc are offsets into `text`.
    """
    out: list[str] = []
    spaces: list[bool] = []
    pos = 0

    def emit_gap(gap: str) -> None:
        # a gap is whitespace and/or characters the segmenter did not return
        i = 0
        while i < len(gap):
            j = i
            if gap[i].isspace():
                while j < len(gap) and gap[j].isspace():
                    j += 1
                chunk = gap[i:j]
                if out and not spaces[-1] and chunk == " ":
                    spaces[-1] = True
                else:
                    if chunk.startswith(" ") and out and not spaces[-1]:
                        spaces[-1] = True
                        chunk = chunk[1:]
                    if chunk:
                        out.append(chunk)
                        spaces.append(False)
            else:
                while j < len(gap) and not gap[j].isspace():
                    j += 1
                out.append(gap[i:j])
                spaces.append(False)
            i = j

    for word in words:
        found = text.find(word, pos)
        if found < 0 or found - pos > 200:
            continue
        if found - pos == 1 and text[pos] == " " and out:
            spaces[-1] = True
        elif found != pos:
            emit_gap(text[pos:found])
        out.append(word)
        spaces.append(False)
        pos = found + len(word)
    emit_gap(text[pos:])
    return out, spaces


class UndertheseaTokenizer:
    """A spaCy tokenizer that segments Vietnamese words with underthesea."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = align(text, segment(text))
        doc = Doc(self.vocab, words=words, spaces=spaces)
        # extractors read these instead of building a Token per word (see extractors.registry)
        doc.user_data["words"] = words
        doc.user_data["spaces"] = spaces
        return doc


def blank_pipeline() -> Language:
    """A blank Vietnamese spaCy pipeline whose tokenizer is underthesea."""
    nlp = Language()  # language-neutral defaults; Vietnamese punctuation rules are not needed
    nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)
    return nlp
