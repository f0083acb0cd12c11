"""Child process of the fuzzing suite: feeds one reader N generated inputs, within limits.

Usage: ``python fuzz_child.py TARGET CASES SEED OUT.json``. Each case runs under a 5 s alarm;
the address space is capped at what the process had before the first case plus 500 MB, so a
case that would take more ends in MemoryError (counted) rather than in the kernel's killer.
Any exception that is not one of fieldkit's own errors is a failure; its input is kept.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

import psutil
from hypothesis import HealthCheck, Phase, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from targets import TARGETS  # noqa: E402

from fieldkit.errors import FieldkitError  # noqa: E402

CASE_SECONDS = 5.0
CASE_BYTES = 500 * 1024 * 1024


class CaseTimeout(BaseException):
    """A case ran past its time (a BaseException, so no reader's ``except`` swallows it)."""


def _alarm(signum, frame):  # noqa: ANN001 - signal handler
    raise CaseTimeout


def main(name: str, cases: int, draw_seed: int, out: Path) -> None:
    target = TARGETS[name]()
    work = Path(tempfile.mkdtemp(prefix=f"fieldkit-fuzz-{name}-"))
    failures_dir = out.parent / f"failures-{name}"
    proc = psutil.Process()
    base_rss = proc.memory_info().rss
    base_vms = proc.memory_info().vms
    resource.setrlimit(resource.RLIMIT_AS, (base_vms + CASE_BYTES, resource.RLIM_INFINITY))
    signal.signal(signal.SIGALRM, _alarm)
    stats: dict = {"reader": target.name, "cases": 0, "ok": 0, "refused": Counter(),
                   "failures": Counter(), "slowest_s": 0.0, "peak_rss_mb": 0.0,
                   "baseline_rss_mb": round(base_rss / 2**20, 1), "examples": []}

    @seed(draw_seed)
    @settings(max_examples=cases, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(target.inputs)
    def case(data: bytes) -> None:
        stats["cases"] += 1
        started = time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
        failure = None
        try:
            target.read(data, work)
            stats["ok"] += 1
        except FieldkitError as exc:
            stats["refused"][type(exc).__name__] += 1
            if "internal error" in str(exc):
                failure = "internal error sentence"
        except CaseTimeout:
            failure = "over 5 s"
        except MemoryError:
            failure = "over 500 MB"
        except Exception as exc:  # noqa: BLE001 - what the suite is looking for
            failure = f"{type(exc).__name__} at {_where(exc)}"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        took = time.monotonic() - started
        if took > stats["slowest_s"]:
            stats["slowest_s"] = round(took, 3)
        rss = proc.memory_info().rss
        stats["peak_rss_mb"] = max(stats["peak_rss_mb"], round((rss - base_rss) / 2**20, 1))
        if failure:
            stats["failures"][failure] += 1
            if len(stats["examples"]) < 5:
                failures_dir.mkdir(parents=True, exist_ok=True)
                kept = failures_dir / f"case-{stats['cases']}.bin"
                kept.write_bytes(data)
                stats["examples"].append(f"{failure}: {kept}")

    case()
    peak = _high_water_bytes()
    stats["peak_rss_mb"] = max(stats["peak_rss_mb"], round((peak - base_rss) / 2**20, 1))
    out.write_text(json.dumps(stats, default=dict), encoding="utf-8")


def _high_water_bytes() -> int:
    """This process's peak resident memory. Linux's VmHWM belongs to this program's memory
    alone; ru_maxrss survives exec, so a child of a large test run would report its parent's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if "/fieldkit/" in f.filename] or frames
    last = inside[-1]
    return f"{Path(last.filename).name}:{last.lineno} {last.name}"


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
