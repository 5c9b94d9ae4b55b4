"""The wheel carries the bundled decks and resources/, and the app finds them once installed.

The wheel is built without build isolation (setuptools comes with the test extra) from a copy
of the files it is made from, so the checkout gets no build/ folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "trainer", "decks", "resources")


@pytest.fixture(scope="module")
def src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout's files the wheel is made from; the tests compare against it."""
    src = tmp_path_factory.mktemp("src")
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=junk)
        else:
            shutil.copy2(ROOT / name, src / name)
    return src


@pytest.fixture(scope="module")
def wheel(src: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheelhouse")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", "-w", str(out), str(src)],
        capture_output=True, text=True, timeout=180,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("trainer-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def test_wheel_holds_the_bundled_decks(src: Path, names: set[str]) -> None:
    decks = sorted((src / "decks").glob("*.yaml"))
    assert decks
    for deck in decks:
        assert f"trainer/bundled_decks/{deck.name}" in names


def test_wheel_holds_the_lexicon_schema_and_phase_order(src: Path, names: set[str]) -> None:
    lexicon = sorted((src / "resources" / "lexicon").glob("*.yaml"))
    assert any(p.name == "drugs.yaml" for p in lexicon)
    for path in lexicon:
        assert f"trainer/resources/lexicon/{path.name}" in names
    assert "trainer/resources/deck.schema.json" in names
    assert "trainer/resources/phase_order.json" in names


def test_wheel_holds_every_module_of_the_package(src: Path, names: set[str]) -> None:
    """pyproject.toml lists the subpackages by hand: a new one must not be left out."""
    for path in (src / "trainer").rglob("*"):
        if path.is_file() and path.suffix in {".py", ".mako", ".typed"}:
            assert path.relative_to(src).as_posix() in names


def test_installed_wheel_finds_its_data(src: Path, wheel: Path, tmp_path: Path) -> None:
    """Unpacked like pip installs it, outside the checkout: decks and lexicon load from it."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    # -S: no .pth files, so the editable install of this checkout is not imported instead
    path = os.pathsep.join([str(site), sysconfig.get_paths()["purelib"],
                            sysconfig.get_paths()["platlib"]])
    code = (
        "import trainer.config as c\n"
        "from trainer.generator.lexicon_load import load_lexicon\n"
        "from trainer.templates.phases import phase_order\n"
        "print(c.__file__)\n"
        "print(c.bundled_decks_dir())\n"
        "print(len(list(c.bundled_decks_dir().glob('*.yaml'))))\n"
        "print(len(load_lexicon().entries) > 0, len(phase_order().names))\n"
    )
    result = subprocess.run([sys.executable, "-S", "-c", code], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": path})
    assert result.returncode == 0, result.stderr
    module, decks_dir, count, loaded = result.stdout.splitlines()
    assert Path(module).is_relative_to(site)
    assert Path(decks_dir) == site / "trainer" / "bundled_decks"
    assert int(count) == len(list((src / "decks").glob("*.yaml")))
    assert loaded.startswith("True "), "the lexicon did not load from the installed wheel"
