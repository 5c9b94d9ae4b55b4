"""Before Qt loads: missing screen libraries are named with the apt line, not an abort."""

from __future__ import annotations

from pathlib import Path

from trainer.gui.platform_libs import (
    README_PACKAGES,
    display_unreachable,
    missing_for_window,
    no_screen,
    not_found,
    uses_xcb,
)

LDD_REPORT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""
X11 = {"DISPLAY": ":0"}
MISSING = "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"


def _missing(_plugin: Path) -> str:
    return MISSING


def test_ldd_report_gives_each_missing_library_once() -> None:
    assert not_found(LDD_REPORT) == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")


def test_message_names_the_missing_libraries_and_the_apt_line() -> None:
    missing = missing_for_window(X11, plugin=Path("libqxcb.so"), load=_missing,
                                 ldd=lambda _p: LDD_REPORT)
    assert missing is not None
    text = missing.message()
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text
    assert "libxcb-cursor" not in text  # installed: not named, unlike Qt's own hint


def test_nothing_reported_when_the_plugin_loads_and_ldd_is_not_asked() -> None:
    def ldd(_plugin: Path) -> str:
        raise AssertionError("ldd runs only when the plugin does not load")

    assert missing_for_window(X11, plugin=Path("p"), load=lambda _p: None, ldd=ldd) is None


def test_without_ldd_the_library_the_linker_named_is_reported() -> None:
    missing = missing_for_window(X11, plugin=Path("p"), load=_missing, ldd=lambda _p: None)
    assert missing is not None and missing.files == ("libxcb-icccm.so.4",)
    assert "sudo apt-get install libxcb-icccm4" in missing.message()


def test_only_an_x11_start_is_checked() -> None:
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({}, "linux")
    assert not uses_xcb({"DISPLAY": ":0"}, "darwin")
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0",
                         "XDG_SESSION_TYPE": "wayland"}, "linux")
    assert missing_for_window({"QT_QPA_PLATFORM": "offscreen"}, plugin=Path("p"),
                              load=_missing, ldd=lambda _p: LDD_REPORT) is None


def test_no_screen_says_how_to_start_without_one() -> None:
    text = no_screen({}, "linux")
    assert text is not None and "xvfb-run trainer" in text
    assert no_screen({"DISPLAY": ":0"}, "linux") is None
    assert no_screen({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None


def test_readme_gives_the_packages_as_one_apt_line() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(ln for ln in readme.splitlines() if ln.startswith("sudo apt-get install"))
    for package in README_PACKAGES:
        assert f" {package}" in line


def test_a_display_that_does_not_answer_is_named() -> None:
    text = display_unreachable({"DISPLAY": ":4711"})  # no X server listens there
    assert text is not None and "DISPLAY=:4711 does not answer" in text
    assert display_unreachable({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":4711"}) is None
