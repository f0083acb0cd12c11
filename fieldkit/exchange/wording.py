"""How a merge report tells the lead what to do and when things happened: in the CLI's words
(its options, ISO timestamps) or in the app's (what to click, the local date and time).

The merge itself decides what happened; only these phrases differ between the two."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    # how to merge again trusting a key seen for the first time
    accept_new_key: str
    # how the key of a file was trusted on first sight, in brackets after the fact
    accepted_how: str
    # how to enrol a new key for an interviewer already known: (signer, interviewer) -> words
    enrol_new_key: Callable[[str, str], str]
    # an ISO 8601 timestamp as the reader reads it
    when: Callable[[str], str]


def _cli_enrol(signer: str, interviewer: str) -> str:
    return (f"enrol it with 'fieldkit merge enrol {signer} --interviewer {interviewer} "
            "--note REASON' and merge again")


CLI = Wording(accept_new_key="merge again with --accept-new-signer",
              accepted_how="--accept-new-signer", enrol_new_key=_cli_enrol,
              when=lambda iso: iso)
