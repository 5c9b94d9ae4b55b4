"""Before Qt starts: are the system libraries it needs to draw a window on this computer?

On Linux, Qt loads its screen plugin (xcb, for X11) when the QApplication is created. If a
library the plugin needs is missing, Qt prints a hint that names only libxcb-cursor0 and
aborts the process with signal 6, which a learner cannot act on. This module asks the
system's dynamic linker whether the plugin loads, and if not ``ldd`` which libraries it
cannot find, without importing Qt, so ``trainer`` can name them and the apt line that
installs them instead.

It does not import PySide6: it runs before anything loads Qt's libraries.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

#: Library file -> the Debian/Ubuntu package that holds it (for the apt line we print).
DEBIAN_PACKAGES: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
}

#: What a minimal Debian or Ubuntu needs for the window, as the README gives it.
README_PACKAGES = (
    "libgl1", "libegl1", "libfontconfig1", "libglib2.0-0", "libdbus-1-3", "libxkbcommon0",
    "libxkbcommon-x11-0", "libx11-xcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1",
)  # fmt: skip

Ldd = Callable[[Path], str | None]


@dataclass(frozen=True)
class MissingLibraries:
    """Libraries Qt's screen plugin needs that this computer lacks."""

    plugin: Path
    files: tuple[str, ...]

    @property
    def packages(self) -> tuple[str, ...]:
        """The Debian packages to install, in a stable order, each once."""
        found = {DEBIAN_PACKAGES[f] for f in self.files if f in DEBIAN_PACKAGES}
        return tuple(sorted(found))

    def message(self) -> str:
        """What went wrong, and what to do, in words a learner can pass on or act on."""
        lines = [
            "Trainer cannot open its window: this computer lacks system libraries that Qt "
            "needs to draw on the screen (X11):",
            "  " + ", ".join(self.files),
        ]
        if self.packages:
            lines += ["On Debian or Ubuntu, install them with:",
                      "  sudo apt-get install " + " ".join(self.packages)]
        unknown = [f for f in self.files if f not in DEBIAN_PACKAGES]
        if unknown:
            lines.append("Ask whoever looks after this computer to install the packages "
                         "that hold " + ", ".join(unknown) + ".")
        lines.append("Then start Trainer again. The command-line tools (trainer validate, "
                     "import, extract, generate) work without them.")
        return "\n".join(lines)


def uses_xcb(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt will draw through X11: Linux, a DISPLAY, and no other platform chosen."""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen and chosen != "xcb":
        return False
    if not chosen and env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return False  # Qt prefers Wayland in a Wayland session
    return bool(env.get("DISPLAY"))


def xcb_plugin() -> Path | None:
    """PySide6's X11 platform plugin, found without importing PySide6 (None if absent)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def run_ldd(path: Path) -> str | None:
    """``ldd``'s report on ``path``, or None when ldd is not there or fails to run."""
    try:
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                                timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout


def not_found(ldd_output: str) -> tuple[str, ...]:
    """The library files ldd could not find ("libxcb-icccm.so.4 => not found"), each once."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, _, where = line.strip().partition("=>")
        if where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return tuple(missing)


def loads(path: Path) -> str | None:
    """None when the library at ``path`` and all it needs load, else the linker's complaint.

    The libraries loaded are the ones Qt loads a moment later, so a start that has them
    all pays only for this call (ldd, a second process, runs only when one is missing).
    """
    try:
        ctypes.CDLL(str(path))
    except OSError as exc:
        return str(exc)
    return None


def missing_for_window(env: Mapping[str, str] | None = None, *,
                       plugin: Path | None = None, load: Callable[[Path], str | None] = loads,
                       ldd: Ldd = run_ldd) -> MissingLibraries | None:
    """What the X11 plugin lacks, or None when nothing is missing or X11 is not used.

    When ldd cannot be run, the one library the linker named is reported.
    """
    if not uses_xcb(env):
        return None
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    complaint = load(plugin)
    if complaint is None:
        return None
    report = ldd(plugin)
    files = not_found(report) if report else ()
    if not files:  # "libxcb-icccm.so.4: cannot open shared object file: ..."
        first = complaint.split(":")[0].strip()
        files = (first,) if first.startswith("lib") else ()
    return MissingLibraries(plugin, files) if files else None


def no_screen(env: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """A plain message when Linux has no screen to draw on and no platform was chosen.

    Qt would otherwise abort with "could not connect to display".
    """
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return ("Trainer cannot open its window: there is no screen to draw on (neither DISPLAY "
            "nor WAYLAND_DISPLAY is set, as on a server or over ssh).\n"
            "Start it from a desktop session, or without a screen with "
            "`xvfb-run trainer`, or set QT_QPA_PLATFORM=offscreen to check that it starts.")


def display_unreachable(env: Mapping[str, str] | None = None) -> str | None:
    """A plain message when X11 is to be used but its DISPLAY cannot be reached.

    Qt would otherwise abort with "could not connect to display". Asked of libxcb, which
    the check above found; None when it cannot be asked.
    """
    env = os.environ if env is None else env
    if not uses_xcb(env):
        return None
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    display = env.get("DISPLAY", "")
    connection = xcb.xcb_connect(display.encode(), None)
    failed = xcb.xcb_connection_has_error(connection) != 0
    xcb.xcb_disconnect(connection)
    if not failed:
        return None
    return (f"Trainer cannot open its window: the screen DISPLAY={display} does not answer "
            "(the desktop session has ended, or the ssh connection does not forward X11).\n"
            "Start it from a desktop session, or without a screen with `xvfb-run trainer`.")
