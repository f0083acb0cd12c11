"""Back-entry of interviews recorded elsewhere: which protocol an interview file follows, by
the same rule for the command and the app (one content per protocol id and version)."""

from __future__ import annotations

from typing import Any

from fieldkit.errors import FieldkitError
from fieldkit.protocol.model import Protocol
from fieldkit.store import Store
from fieldkit.store.protocol_identity import clash_sentence


def given_protocol(store: Store, protocol: Protocol, source: str) -> Protocol:
    """``protocol`` (read from ``source``), refused when the store holds another content under
    its id and version: the interviews would follow one content and the store show another."""
    held = store.protocol_clash(protocol)
    if held is not None:
        raise FieldkitError(clash_sentence(protocol, held, source) + "; import with the "
                            "protocol the store holds, or give the changed one a new version.")
    return protocol


def protocol_for(store: Store, data: Any, given: Protocol | None = None) -> Protocol:
    """The protocol an interview file follows: ``given`` (checked by :func:`given_protocol`),
    else the latest version the store holds of the id the file names; two contents held
    under that version (merged from laptops given different files) are named, not guessed."""
    if given is not None:
        return given
    protocol_id = str(data.get("protocol", "")).split("@")[0] if isinstance(data, dict) else ""
    records = store.protocols(protocol_id)
    if not records:
        raise FieldkitError(f"the store holds no protocol '{protocol_id}'; add it with "
                            "'fieldkit protocol add FILE' or pass --protocol FILE")
    latest = records[-1]
    same = [r.hash[:12] for r in records if r.version == latest.version]
    if len(same) > 1:
        raise FieldkitError(f"the store holds protocol '{protocol_id}' version {latest.version} "
                            f"with {len(same)} different contents ({', '.join(same)}); pass "
                            "--protocol FILE to say which one the interviews follow")
    return store.protocol(latest.hash)
