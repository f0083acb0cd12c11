"""Withdrawing a respondent on the lead's master, and enrolling an interviewer's new key."""

from __future__ import annotations

import re

from fieldkit.errors import ExchangeError
from fieldkit.store import Store
from fieldkit.store.clock import utc_now

_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_.\-]{0,63}$")


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



def enrol(master: Store, public_key: str, interviewer: str, reason: str) -> None:
    """Vouch for an interviewer's signing key (a new laptop, a lost key), with the reason why.

    A key enrolled here is accepted at its first merge without --accept-new-signer, and is
    the only way a new key can speak for an interviewer code the master already knows."""
    key = public_key.strip().lower()
    if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
        raise ExchangeError(f"'{public_key[:80]}' is not a signing key: it should be the 64 hex "
                            "characters the interviewer's laptop shows for its key.")
    if not _CODE.match(interviewer):
        raise ExchangeError(f"'{interviewer[:80]}' is not an interviewer code (letters, digits, "
                            "'-', '_' or '.', at most 64).")
    if not reason.strip() or len(reason) > 1000:
        raise ExchangeError("an enrolment needs its reason (--note), at most 1000 characters, "
                            "so that the audit log says why this key may speak for "
                            f"{interviewer}.")
    master.exchange.enrol(key, interviewer, reason.strip())
