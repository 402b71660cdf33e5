"""Reads a CRFsuite model file (underthesea's word segmentation CRF): labels, attributes and weights."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, 3 counts, 5 chunk offsets
_CQDB_HEADER = struct.Struct("<4sIIIII")  # magic, size, flag, byte order, backward-array size and offset
_RECORD = struct.Struct("<II")  # id, key size (the key follows, NUL-terminated)
_FEATURES = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


@dataclass(frozen=True)
class CRFSuiteModel:
    """A linear-chain CRF: `state[a, y]` is attribute a's weight for label y, `transition[y, z]` y→z's."""

    labels: list[str]
    attributes: list[str]
    state: np.ndarray
    transition: np.ndarray

    @classmethod
    def read(cls, path: Path) -> CRFSuiteModel:
        data = path.read_bytes()
        magic, _, kind, _, _, n_labels, n_attributes, at_features, at_labels, at_attributes, *_ = (
            _HEADER.unpack_from(data, 0)
        )
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"{path} is not a CRFsuite first-order CRF model")
        labels = _strings(data, at_labels)
        attributes = _strings(data, at_attributes)
        if len(labels) != n_labels or len(attributes) != n_attributes:
            raise ValueError(f"{path}: the label or attribute table does not match the header")
        chunk, _, count = struct.unpack_from("<4sII", data, at_features)
        if chunk != b"FEAT":
            raise ValueError(f"{path}: no feature table where the header says")
        features = np.frombuffer(data, dtype=_FEATURES, count=count, offset=at_features + 12)
        state = np.zeros((n_attributes, n_labels))
        transition = np.zeros((n_labels, n_labels))
        for kind_id, table in ((_STATE, state), (_TRANSITION, transition)):
            chosen = features[features["type"] == kind_id]
            np.add.at(table, (chosen["source"], chosen["target"]), chosen["weight"])
        return cls(labels, attributes, state, transition)


def _strings(data: bytes, offset: int) -> list[str]:
    """The keys of the CQDB string table at `offset`, in id order."""
    magic, _, _, _, size, backward = _CQDB_HEADER.unpack_from(data, offset)
    if magic != b"CQDB":
        raise ValueError("no CQDB string table where the header says")
    keys = []
    for expected, at in enumerate(struct.unpack_from(f"<{size}I", data, offset + backward)):
        record_id, key_size = _RECORD.unpack_from(data, offset + at)
        if record_id != expected:
            raise ValueError("a CQDB string table out of order")
        start = offset + at + _RECORD.size
        keys.append(data[start : start + key_size - 1].decode())
    return keys
