"""Crash reports: versions and the code locations of a failure, never a value it held.

An internal error's message and the local variables of its frames can hold answers, names or
passphrases, so a report keeps only what the program's own code says: the exception's type,
and for each frame the file (relative to the package or the Python installation, so the user's
home folder is not in it), the line and the function. It is written owner-only to the user's
log folder, for the user to read and send.
"""

from __future__ import annotations

import datetime as _dt
import faulthandler
import os
import platform
import secrets
import sys
import sysconfig
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import TracebackType

import platformdirs

from fieldkit import __version__

LOG_DIR_ENV = "FIELDKIT_LOG_DIR"
REPORT_PREFIX = "crash-"
FAULT_PREFIX = "faults-"
FAULT_MARK = "faults (Python's faulthandler, code locations only):\n"
MAX_FRAMES = 200
MAX_CHAIN = 5

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_fault_file: object | None = None
_fault_path: Path | None = None  # os.fdopen names the file by its descriptor, not its path
_versions: dict[str, str] = {}


def log_dir(env: Mapping[str, str] | None = None) -> Path:
    """The folder crash reports go to: $FIELDKIT_LOG_DIR, else the user's log folder."""
    env = os.environ if env is None else env
    if env.get(LOG_DIR_ENV):
        return Path(env[LOG_DIR_ENV]).expanduser().absolute()
    return Path(platformdirs.user_log_dir("fieldkit", appauthor=False))


def add_version(name: str, version: str) -> None:
    """Name a component whose version belongs in every report from now on (Qt, for the app)."""
    _versions[name] = version


def versions() -> dict[str, str]:
    return {
        "fieldkit": __version__,
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        **_versions,
        "os": platform.platform(),
    }


def _roots() -> list[tuple[Path, str]]:
    paths = sysconfig.get_paths()
    roots = [(_PACKAGE_ROOT / "fieldkit", "fieldkit"), (_PACKAGE_ROOT / "tests", "tests")]
    for key in ("purelib", "platlib"):
        roots.append((Path(paths[key]).resolve(), "site-packages"))
    roots.append((Path(paths["stdlib"]).resolve(), "python"))
    return roots


def code_path(filename: str) -> str:
    """A frame's file without the folders above the package, installation or library."""
    try:
        path = Path(filename).resolve()
    except (OSError, ValueError):
        return Path(filename).name
    for root, label in _roots():
        if path.is_relative_to(root):
            return f"{label}/{path.relative_to(root).as_posix()}"
    if filename.startswith("<"):
        return filename  # <string>, <frozen importlib._bootstrap>: no folder in it
    return f".../{path.name}"


def _type_name(kind: type[BaseException]) -> str:
    module = getattr(kind, "__module__", "") or ""
    name = getattr(kind, "__qualname__", kind.__name__)
    return name if module in ("builtins", "") else f"{module}.{name}"


def _frames(tb: TracebackType | None) -> Iterator[str]:
    for frame, line in list(traceback.walk_tb(tb))[-MAX_FRAMES:]:
        code = frame.f_code
        yield f"  {code_path(code.co_filename)}:{line} in {code.co_name}"


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and up to MAX_CHAIN causes or contexts, outermost last (as Python prints)."""
    chain = [exc]
    seen = {id(exc)}
    while len(chain) <= MAX_CHAIN:
        link = chain[-1].__cause__ or chain[-1].__context__
        if link is None or id(link) in seen:
            break
        seen.add(id(link))
        chain.append(link)
    return list(reversed(chain))


def report_text(where: str, kind: type[BaseException] | None,
                exc: BaseException | None, tb: TracebackType | None,
                extra: list[str] | None = None) -> str:
    """The report: versions, where it happened, and each exception's type and code locations."""
    lines = ["fieldkit crash report",
             "It holds versions and code locations only: no message, no value, no answer.", ""]
    lines += [f"{name}: {value}" for name, value in versions().items()]
    lines += [f"where: {where}", f"thread: {threading.current_thread().name}", ""]
    if exc is not None:
        chained = _chain(exc)
        for number, item in enumerate(chained):
            item_tb = tb if item is exc else item.__traceback__
            lines.append(f"exception: {_type_name(type(item))}")
            lines.append("traceback (most recent call last):")
            lines.extend(_frames(item_tb))
            if number < len(chained) - 1:
                lines += ["", "which led to:"]
    elif kind is not None:
        lines.append(f"exception: {_type_name(kind)}")
    lines.extend(extra or [])
    return "\n".join(lines) + "\n"


def write_report(text: str, directory: Path | None = None) -> Path:
    """Write ``text`` owner-only as a new report file in the log folder; return its path."""
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d")
    path = folder / f"{REPORT_PREFIX}{stamp}-{secrets.token_hex(4)}.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    return path


def report_exception(where: str, exc: BaseException) -> Path | None:
    """Write a report about ``exc``; None if even that failed (a full disk): nothing to add."""
    try:
        return write_report(report_text(where, type(exc), exc, exc.__traceback__))
    except Exception:  # noqa: BLE001 - reporting a crash must never raise another one
        return None


def report_sentence(exc: BaseException, path: Path | None) -> str:
    """What the user is told: that it is the program's fault, and the report to send."""
    head = f"internal error ({type(exc).__name__}); this is a fault in fieldkit, not in your input"
    if path is None:
        return f"{head}, and no report could be written; please tell the project's maintainers."
    return (f"{head}. A report holding no interview content was written to {path}; "
            "please send it to the project's maintainers.")


Shown = Callable[[BaseException, Path | None], None]


def install(where: str, show: Shown) -> None:
    """Route uncaught exceptions (main and other threads) to a report, told by ``show``.

    Also turns on faulthandler, writing into the log folder, for crashes Python cannot catch
    (a segfault in a library); its file is removed at a clean exit and when empty at start-up.
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show(exc, report_exception(where, exc.with_traceback(tb)))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        show(args.exc_value, report_exception(f"{where} (thread {getattr(args.thread, 'name', '?')})",
                                              args.exc_value))

    sys.excepthook = hook
    threading.excepthook = thread_hook
    enable_faulthandler()


def enable_faulthandler(directory: Path | None = None) -> Path | None:
    """Let faulthandler write (code locations only) into a file of this process in the log folder."""
    global _fault_file, _fault_path
    if _fault_file is not None:
        return _fault_path  # installed already (the command line, then the app)
    try:
        folder = directory or log_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_empty_fault_files(folder)
        path = folder / f"{FAULT_PREFIX}{os.getpid()}.txt"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        handle = os.fdopen(fd, "w", encoding="utf-8")
        handle.write(report_text("fault (a crash Python could not catch)", None, None, None)
                     + FAULT_MARK)
        handle.flush()
    except OSError:
        return None
    _fault_file, _fault_path = handle, path
    faulthandler.enable(handle, all_threads=True)
    import atexit

    atexit.register(_close_fault_file, path)
    return path


def _close_fault_file(path: Path) -> None:
    global _fault_file
    faulthandler.disable()
    if _fault_file is not None:
        _fault_file.close()  # type: ignore[attr-defined]
        _fault_file = None
    path.unlink(missing_ok=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_empty_fault_files(folder: Path) -> None:
    """Fault files of processes that are gone and wrote nothing but their header (killed runs)."""
    for path in folder.glob(f"{FAULT_PREFIX}*.txt"):
        pid = path.stem.removeprefix(FAULT_PREFIX)
        if not pid.isdigit() or _pid_alive(int(pid)):
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            if not text.partition(FAULT_MARK)[2].strip():
                path.unlink()
            else:
                path.rename(folder / f"{REPORT_PREFIX}fault-{pid}.txt")
        except OSError:
            continue
