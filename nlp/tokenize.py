"""Tokenization: underthesea word segmentation turned into a spaCy Doc with exact character offsets."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import joblib
from danvan.nlp.crfsuite_model import CRFSuiteModel
from danvan.nlp.segmentation_tagger import SegmentationTagger
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab
from underthesea import word_tokenize
from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
from underthesea.pipeline.text_normalize.text_normalizer import token_map
from underthesea.pipeline.word_tokenize import regex_tokenize
from underthesea_core import CRFFeaturizer, CRFTagger

_MODEL = "ws_crf_vlsp2013_20230727"  # the directory underthesea's word_tokenize loads its CRF from


def model_folder() -> Path:
    """The folder of underthesea's word-segmentation CRF (templates, dictionary, weights)."""
    import underthesea.pipeline.word_tokenize as segmentation

    return Path(segmentation.__file__).parent / "models" / _MODEL


class _UndertheseaTagger:
    """underthesea_core's own featurizer and CRF tagger, for a model folder laid out otherwise."""

    def __init__(self, featurizer: CRFFeaturizer, tagger: CRFTagger) -> None:
        self._featurizer = featurizer
        self._tagger = tagger

    def tag(self, syllables: list[str]) -> list[str]:
        return self._tagger.tag(self._featurizer.process([[[s] for s in syllables]])[0])


@cache
def _tagger() -> SegmentationTagger | _UndertheseaTagger:
    """underthesea's word-segmentation CRF: its templates, dictionary and weights run by SegmentationTagger
    (the same tags as underthesea_core's featurizer and tagger, in about a third of their time)."""
    import underthesea.pipeline.word_tokenize as segmentation

    folder = model_folder()
    try:
        templates = joblib.load(folder / "features.bin")
        dictionary = joblib.load(folder / "dictionary.bin")
        model = CRFSuiteModel.read(folder / "models.bin")
    except OSError:  # another underthesea layout: its own featurizer and tagger give the same words
        word_tokenize("Khởi động")
        loaded = segmentation.word_tokenize_model
        return _UndertheseaTagger(loaded.featurizer, loaded.estimator)
    return SegmentationTagger(templates, dictionary, model)


_CHUNKS: dict[str, tuple[str, ...]] = {}  # a whitespace-free chunk (+ " " unless it ends the line) -> tokens
_CHUNKS_KEPT = 50_000
_SPANS_SPACE = re.compile(r"Th\s[sS]")


def _tokens(text: str) -> tuple[str, ...]:
    """underthesea's tokens of already normalised `text`, each normalised as its tokenize does."""
    found = (m.group(0) for m in regex_tokenize.patterns.finditer(text))
    return tuple(token_map.get(t, t) if len(t) <= 6 else t for t in found)


def _syllables(line: str) -> list[str]:
    """What underthesea's tokenize gives for `line`, its characters normalised once for the whole line.

    Only one token pattern spans whitespace (the abbreviation "Th.s", whose dot is any character),
    and the only one that looks past a token (an abbreviation's final dot, "TP.", is not one at the
    end of the text) sees a space or the line's end: so, but for lines holding "Th s", each chunk
    between spaces is tokenized once, followed by a space unless it ends the line, and cached.
    """
    line = normalize_characters_in_text(line)
    if _SPANS_SPACE.search(line):
        return list(_tokens(line))
    chunks = line.split()
    if not chunks:
        return []
    last = len(chunks) - 1
    open_end = line[-1].isspace()
    syllables: list[str] = []
    for k, chunk in enumerate(chunks):
        key = chunk if k == last and not open_end else chunk + " "
        tokens = _CHUNKS.get(key)
        if tokens is None:
            tokens = _tokens(key)
            if len(_CHUNKS) >= _CHUNKS_KEPT:
                _CHUNKS.clear()
            _CHUNKS[key] = tokens
        syllables.extend(tokens)
    return syllables


def segment(text: str) -> list[str]:
    """underthesea words of `text`, line by line (multi-syllable words keep their inner spaces).

    The same words as `word_tokenize` on every line, with the syllables normalised once per line
    instead of once per syllable and the CRF run by SegmentationTagger.
    """
    tagger = _tagger()
    words: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        syllables = _syllables(line)
        first = len(words)
        for tag, syllable in zip(tagger.tag(syllables), syllables, strict=True):
            if tag == "I-W" and len(words) > first:
                words[-1] += " " + syllable
            else:
                words.append(syllable)
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
    # No lexical attributes (shape, prefix, like_num...) on new words: nothing reads them, and computing
    # them for every word the vocabulary has not seen yet cost a third of building each Doc.
    nlp.vocab.lex_attr_getters = {}
    nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)
    return nlp
