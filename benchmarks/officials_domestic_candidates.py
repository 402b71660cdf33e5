"""Candidate order for a blind domestic officials group: archive articles of provincial public life."""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOMESTIC = [
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy", "UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân",
    "MTTQ", "Mặt trận Tổ quốc", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh",
    "Đoàn Thanh niên", "Liên đoàn Lao động", "dân vận", "nông thôn mới", "giảm nghèo", "Đại hội", "bổ nhiệm",
    "hiệp thương",
]  # fmt: skip
FOREIGN = ["Tổng thống", "Ngoại trưởng", "Quốc vương", "Thượng nghị sĩ", "Nhà Trắng", "Điện Kremlin"]
_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_RUN = re.compile(rf"\b[{_UPPER}][a-zà-ỹđ]+(?:\s+[{_UPPER}][a-zà-ỹđ]+){{1,3}}\b")


def excluded() -> set[str]:
    """Ids already annotated, or read while selecting an earlier group."""
    out = {str(json.loads(ln)["id"]) for f in (REPO / "annotations").glob("extract-*.jsonl")
           for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()}  # fmt: skip
    read = REPO / "annotations" / "officials-read-ids.txt"
    out |= {ln.strip() for ln in read.read_text().splitlines() if ln.strip() and not ln.startswith("#")}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archive", type=Path, default=Path("/tmp/baomoi/data"), help="the archive's texts")
    parser.add_argument("--markers", type=int, default=2, help="distinct domestic markers an article needs")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True, help="one id a line, the order to read them in")
    args = parser.parse_args()
    skip = excluded()
    ids = []
    for path in sorted(args.archive.glob("*.txt")):
        if path.stem in skip:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if sum(m in text for m in DOMESTIC) < args.markers or any(m in text for m in FOREIGN):
            continue
        if len(set(_RUN.findall(text))) >= 3:
            ids.append(path.stem)
    random.Random(args.seed).shuffle(ids)
    args.out.write_text("\n".join(ids) + "\n")
    print(f"{len(skip)} ids excluded, {len(ids)} candidates -> {args.out}")


if __name__ == "__main__":
    main()
