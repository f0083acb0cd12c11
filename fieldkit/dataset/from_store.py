"""Read a store (interviews, events, quotes, notes, protocol snapshots) into a Dataset."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from fieldkit.dataset.build import build_dataset
from fieldkit.dataset.inputs import InterviewInput, InterviewMeta
from fieldkit.dataset.tables import Dataset, NumberBlocks
from fieldkit.errors import FieldkitError
from fieldkit.store.coders import forked_analysis, replay_with_coders
from fieldkit.store.master_codings import MasterCodings
from fieldkit.store.memos import Memos

PSEUDONYM_CONTEXT = b"fieldkit pseudonym key v1"


def _choose_protocol(store: Any, protocol_id: str | None, interviews: list[Any]) -> str:
    ids: list[str] = sorted({i.protocol_id for i in interviews})
    if protocol_id is not None:
        if protocol_id not in ids:
            raise FieldkitError(f"the store has no readable interviews of protocol "
                                f"'{protocol_id}'; it has: {', '.join(ids) or 'none'}")
        return protocol_id
    if len(ids) != 1:
        raise FieldkitError(f"the store holds interviews of {len(ids)} protocols "
                            f"({', '.join(ids) or 'none'}); choose one with --protocol")
    return ids[0]


def dataset_from_store(store: Any, protocol_id: str | None = None, *,
                       language: str | None = None) -> Dataset:
    """The dataset of one protocol's readable (not sealed, not withdrawn) interviews.

    Interviews made with several versions of the protocol are read with the newest
    snapshot among them (by protocol version, then hash), so every item has a column. On a
    lead's master ``number`` is the study number (``store.exchange.study_numbers()``)."""
    readable = [i for i in store.interviews() if not i.sealed and i.status != "withdrawn"]
    chosen = _choose_protocol(store, protocol_id, readable)
    mine = [i for i in readable if i.protocol_id == chosen]
    latest = max(mine, key=lambda i: (i.protocol_version, i.protocol_hash))
    protocol = store.protocol(latest.protocol_hash)
    numbers = study_numbers(store)
    inputs = []
    for i in mine:
        events = store.events(i.id)
        meta = InterviewMeta(interview_id=i.id, number=numbers.get(i.id, i.number),
                             protocol_id=i.protocol_id,
                             protocol_version=i.protocol_version,
                             protocol_hash=i.protocol_hash, interviewer=i.interviewer,
                             language=i.language, status=i.status, started_at=i.started_at,
                             ended_at=i.ended_at, elapsed_ms=i.elapsed_ms)
        # the lead's codings beside the chain; each coding with its coder
        forks = forked_analysis(events, store.exchange.versions(i.id)) \
            if getattr(store, "role", None) == "lead" else []
        content = replay_with_coders(events, MasterCodings(store).events(i.id), i.interviewer,
                                     forks)
        inputs.append(InterviewInput(meta, content, list(events), store.quotes(i.id),
                                     store.notes(i.id)))
    data = build_dataset(protocol, inputs, language=language, memos=Memos(store).listed())
    data.number_blocks = number_blocks(store, chosen)
    return data


def number_blocks(store: Any, protocol_id: str) -> NumberBlocks | None:
    """On the lead's master, the scheme a protocol's study numbers were given by, if any (one
    cleared since included: the numbers given under it keep its blocks)."""
    if getattr(store, "role", None) != "lead":
        return None
    scheme = store.exchange.scheme_numbers_follow(protocol_id)
    if scheme is None:
        return None
    return NumberBlocks(scheme.item_id, tuple((b.value, b.start, b.end) for b in scheme.blocks))


def study_numbers(store: Any) -> dict[str, int]:
    """On the lead's master, the study-wide numbers (laptops each count from 1, so their own
    numbers collide); on an interviewer's store, its own numbers."""
    if getattr(store, "role", None) != "lead":
        return {}
    return {e.interview_id: e.study_number for e in store.exchange.study_numbers()}


def pseudonym_key(store: Any) -> bytes | None:
    """The lead's pseudonym key, derived from the lead's identity held in the store, so the
    same person gets the same code in every export of every store the lead opens; None when
    the store holds no lead identity."""
    identity = store.lead_identity
    if identity is None:
        return None
    return hmac.new(identity.secret.encode("ascii"), PSEUDONYM_CONTEXT, hashlib.sha256).digest()
