"""Input readers: files, directories, stdin, archives, JSONL and WARC become RawDocuments or rejects."""

from __future__ import annotations

import json
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from danvan.nlp.record import RawDocument

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar", ".zip")
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(slots=True)
class Reject:
    """An input that could not be read, and why."""

    source: str
    reason: str


class InputError(ValueError):
    pass


def decode(data: bytes, source: str) -> str:
    """Text of `data`: UTF-8, else a confidently detected charset; binary or empty is an error."""
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:4096]:
        raise InputError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in {"ascii"} or (best.chaos or 0) > 0.2:
        raise InputError("not valid UTF-8 and no reliable encoding detected")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"not valid UTF-8 and not valid {best.encoding} either ({exc.reason})") from exc


def _kind(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if lower.endswith(ARCHIVE_SUFFIXES):
        return "archive"
    suffix = PurePosixPath(lower).suffix
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def document_id(name: str) -> str:
    """The id of a file or archive member: its name without the last extension ("a.b.txt" -> "a.b")."""
    path = PurePosixPath(name)
    return path.stem or path.name or name


def _document(data: bytes, name: str, source: str, kind: str) -> RawDocument:
    content = decode(data, source)
    if kind == "text" and content.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        kind = "html"
    return RawDocument(
        id=document_id(name),
        source=source,
        content=content,
        content_type="text/html" if kind == "html" else "text/plain",
    )


def _jsonl(data: bytes, source: str) -> Iterator[RawDocument | Reject]:
    text = decode(data, source)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(where, f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            yield Reject(where, 'no "text" field with article text')
            continue
        yield RawDocument(
            id=str(obj.get("id") or f"{document_id(source)}-{n}"),
            source=where,
            content=obj["text"],
            url=obj.get("url"),
            title=obj.get("title"),
            published=obj.get("published"),
            author=obj.get("author"),
            outlet=obj.get("source") or obj.get("outlet"),
            content_type="text/html" if obj.get("content_type") == "text/html" else "text/plain",
        )


def _archive(path: Path) -> Iterator[RawDocument | Reject]:
    source = str(path)
    try:
        if path.name.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if info.is_dir():
                        continue
                    yield from _member(zf.read(info), info.filename, f"{source}!{info.filename}")
            return
        with tarfile.open(path, "r|*") as tf:  # a stream: members before any damage are read
            for member in tf:
                if not member.isfile():
                    continue
                handle = tf.extractfile(member)
                if handle is None:
                    continue
                yield from _member(handle.read(), member.name, f"{source}!{member.name}")
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, OSError) as exc:
        yield Reject(
            source,
            f"broken archive ({type(exc).__name__}: {exc}); members before the damage were read",
        )


def _member(data: bytes, name: str, source: str) -> Iterator[RawDocument | Reject]:
    kind = _kind(name)
    if kind is None or kind == "archive":
        return
    try:
        if kind == "jsonl":
            yield from _jsonl(data, source)
        elif kind == "warc":
            yield Reject(source, "WARC files inside archives are not read; extract them first")
        else:
            yield _document(data, name, source, kind)
    except InputError as exc:
        yield Reject(source, str(exc))


def _warc(path: Path) -> Iterator[RawDocument | Reject]:
    from danvan.warc_input import read_warc_file

    try:
        yield from read_warc_file(path)
    except Exception as exc:  # warcio raises several types on damaged files
        yield Reject(str(path), f"broken WARC file ({type(exc).__name__}: {exc})")


def read_inputs(paths: list[str]) -> Iterator[RawDocument | Reject]:
    """Every document in the given paths ("-" is stdin), in order, with rejects in place.

    Ids are unique within one call: a second document whose name gives an id already seen takes its
    path (without the last extension) as id, so neither overwrites the other.
    """
    seen: set[str] = set()
    for item in _read(paths):
        if isinstance(item, RawDocument):
            if item.id in seen:
                item.id = _path_id(item.source, seen)
            seen.add(item.id)
        yield item


def _path_id(source: str, seen: set[str]) -> str:
    member = source.rsplit("!", 1)[-1]
    base = str(PurePosixPath(member.replace("\\", "/")).with_suffix("")).lstrip("/")
    candidate, n = base, 2
    while candidate in seen:
        candidate, n = f"{base}~{n}", n + 1
    return candidate


def _read(paths: list[str]) -> Iterator[RawDocument | Reject]:
    for arg in paths:
        if arg == "-":
            data = sys.stdin.buffer.read()
            try:
                yield _document(data, "stdin", "<stdin>", "text")
            except InputError as exc:
                yield Reject("<stdin>", str(exc))
            continue
        path = Path(arg)
        if not path.exists():
            yield Reject(arg, "no such file or directory")
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _kind(child.name):
                    yield from _read([str(child)])
        else:
            kind = _kind(path.name) or "text"
            if kind == "archive":
                yield from _archive(path)
                continue
            if kind == "warc":
                yield from _warc(path)
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                yield Reject(arg, f"cannot read ({exc.strerror})")
                continue
            yield from _member(data, path.name if _kind(path.name) else path.name + ".txt", arg)
