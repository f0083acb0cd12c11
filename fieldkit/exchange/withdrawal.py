"""Withdrawing a respondent on the lead's master: every version and its provenance go."""

from __future__ import annotations

from fieldkit.errors import ExchangeError
from fieldkit.store import Store
from fieldkit.store.clock import utc_now


def withdraw(master: Store, interview_id: str) -> str:
    """Destroy an interview's content on the master, keep its tombstone; returns its time.

    Unlike ``Store.withdraw`` this also removes the versions kept aside by conflicts and the
    record of which files brought it, and a tombstone stops any session file, old or new,
    from bringing it back. Withdrawing twice is harmless (the first time is kept)."""
    ex = master.exchange
    if ex.interview_row(interview_id) is None and ex.tombstone(interview_id) is None:
        raise ExchangeError(f"there is no interview {interview_id} in the master at "
                            f"{master.path}; see 'fieldkit interview list' for its interviews.")
    return ex.withdraw_interview(interview_id, utc_now())

