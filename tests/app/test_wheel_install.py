"""The built wheel: `danvan` is its only top-level name, and it installs and runs with Python's own pip."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (found,) = out.glob("danvan-*.whl")
    return found


def test_only_top_level_name_is_danvan(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        tops = {name.split("/")[0] for name in zf.namelist()}
        assert {t for t in tops if not t.endswith(".dist-info")} == {"danvan"}
        names = set(zf.namelist())
    for data in (
        "danvan/nlp/data/provinces.tsv",
        "danvan/models/themes/default.skops",
        "danvan/crawler/sites.toml",
    ):
        assert data in names


def test_installs_with_pythons_own_pip_and_extracts(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)  # the pip that ships with this Python, not upgraded
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            str(ROOT / "requirements.lock"),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    sample = SAMPLES / "soc-trang-dan-van-kheo.txt"
    done = subprocess.run(
        [str(env_dir / "bin" / "danvan"), "extract", str(sample)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,  # away from the repository's folders
    )
    assert done.returncode == 0, done.stderr[-3000:]
    row = json.loads(done.stdout)
    assert row["id"] == "soc-trang-dan-van-kheo" and row["provinces"] and row["themes"]
