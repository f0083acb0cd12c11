"""Child process for the crash test: forks writers that append events until they are killed.

Protocol on stdin/stdout, one line each: ``go`` forks a writer, which prints ``OPEN`` once the
store is open and then each event id only after ``append_event`` returned (its commit synced);
``kill`` makes this process SIGKILL the writer and print ``DONE`` once it is reaped. Forking
from an already-imported process keeps each round to milliseconds.
"""

from __future__ import annotations

import os
import signal
import sys

from fieldkit.store import Store


def write_forever(store_dir: str, passphrase: str, interview_id: str) -> None:
    store = Store.open(store_dir, passphrase)
    out = sys.stdout
    out.write("OPEN\n")
    out.flush()
    n = 0
    while True:
        n += 1
        event = store.append_event(interview_id, "answer", item_id="q2", value=n,
                                   elapsed_ms=n * 10)
        out.write(event.id + "\n")
        out.flush()
        if n % 7 == 0:
            store.add_quote(interview_id, f"quote {n}", item_id="q2", elapsed_ms=n * 10)


def serve(store_dir: str, passphrase: str, interview_id: str) -> None:
    writer = 0
    for line in sys.stdin:
        command = line.strip()
        if command == "go":
            sys.stdout.flush()
            writer = os.fork()
            if writer == 0:
                try:
                    write_forever(store_dir, passphrase, interview_id)
                except BaseException as exc:  # tell the test, which would otherwise wait
                    sys.stdout.write(f"\nERROR {type(exc).__name__}: {exc}\n")
                    sys.stdout.flush()
                finally:
                    os._exit(1)
        elif command == "kill":
            os.kill(writer, signal.SIGKILL)
            _, status = os.waitpid(writer, 0)
            killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            sys.stdout.write(f"\nDONE {'killed' if killed else f'exited {status}'}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    serve(*sys.argv[1:4])
