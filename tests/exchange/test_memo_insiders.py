"""Memos in session files from a laptop that lies: about another laptop's interview, of 10 MB,
by a 'coder' named like a formula, or reusing another memo's id. A lie sets the whole file
aside in one sentence and changes nothing; a reused id never replaces the memo already held."""

from __future__ import annotations

from fieldkit.crypto import encrypt
from fieldkit.exchange import merge_files
from fieldkit.exchange.export import build, collect, pending
from fieldkit.store import Store
from fieldkit.store.memos import Memos

from .conftest import dump


def _forged(f, laptop: Store, name: str, change) -> object:
    """A file of ``laptop``'s own, signed with its own key, its payload changed by ``change``."""
    payload = collect(laptop, *pending(laptop, everything=True))
    change(payload)
    info = laptop.info
    plain, _ = build(payload, laptop.signing_key, store_id=info.store_id,
                     interviewer=info.interviewer, project=f.lead.public_key, sequence=40,
                     previous="", scope="all", store_heads=[])
    path = f.root / "files" / name
    path.write_bytes(encrypt(plain, [f.lead.public_key]))
    return path


def _merged(f) -> Store:
    master = f.master()
    report = merge_files(master, list(f.files.values()), accept_new_signer=True)
    assert all(r.status == "merged" for r in report.files)
    return master


def _set_aside(master: Store, path, reason: str) -> None:
    before = dump(master)
    memos_before = Memos(master).listed()
    (r,) = merge_files(master, [path]).files
    assert r.status == "rejected" and reason in r.reason, r.reason
    assert "\n" not in r.reason and len(r.reason) < 400
    assert dump(master) == before and Memos(master).listed() == memos_before


def _memo(**kw) -> dict:
    return {"id": "0b6c2a7e-9d1f-4c55-8a31-6f0e2d4b9c11", "scope": "project", "target": "",
            "author": "C", "text": "a memo", "written_at": "2026-11-30T10:00:00Z", **kw}


def test_a_memo_about_another_laptops_interview_sets_the_file_aside(three):
    f = three
    master = _merged(f)
    victim = f.interviews["B"][1]
    path = _forged(f, f.laptops["C"], "C-claims.fksession", lambda p: p.memos.append(
        _memo(scope="interview", target=victim, text="B's respondent lied throughout")))
    _set_aside(master, path, f"holds a memo about interview {victim} outside that "
                             "interview's own record")


def test_a_memo_of_ten_megabytes_or_of_fifty_thousand_characters_sets_the_file_aside(three):
    f = three
    master = _merged(f)
    path = _forged(f, f.laptops["C"], "C-huge.fksession",
                   lambda p: p.memos.append(_memo(text="m" * 10_000_000)))
    _set_aside(master, path, "Its part 'memos.json' holds a text longer than 1,000,000 "
                             "characters")
    path = _forged(f, f.laptops["C"], "C-long.fksession",
                   lambda p: p.memos.append(_memo(text="m" * 50_000)))
    _set_aside(master, path, "holds a memo longer than 20,000 characters")


def test_a_memo_by_a_formula_named_author_sets_the_file_aside(three):
    f = three
    master = _merged(f)
    path = _forged(f, f.laptops["C"], "C-formula.fksession",
                   lambda p: p.memos.append(_memo(author='=HYPERLINK("http://x","y")')))
    _set_aside(master, path, "holds a memo that is malformed")


def test_a_ten_megabyte_memo_in_an_interviews_own_chain_sets_the_file_aside(three):
    f = three
    master = _merged(f)
    laptop = f.laptops["B"]
    own = f.interviews["B"][1]  # B's readable interview: a memo event in its chain
    laptop.append_event(own, "memo", value={"memo_id": "6e2f8d1b-3c4a-4f0e-9d7b-2a3b4c5d6e7f",
                                            "author": "B", "text": "m" * 50_000})
    _set_aside(master, f.export("B", "B-long.fksession"),
               "holds a memo longer than 20,000 characters")
    laptop.append_event(own, "memo", value={"memo_id": "5d1e7c0a-2b3f-4e9d-8c6a-1f2e3d4c5b6a",
                                            "author": "B", "text": "m" * 10_000_000})
    _set_aside(master, f.export("B", "B-huge.fksession"),
               f"Its interview {own} holds a text longer than 1,000,000 characters")


def test_a_memo_reusing_another_memos_id_replaces_nothing(three):
    f = three
    Memos(f.laptops["B"]).add("project", "", "B", "B's own memo")
    f.files["B"] = f.export("B", "B2.fksession", everything=True)
    master = _merged(f)
    (held,) = Memos(master).listed()
    path = _forged(f, f.laptops["C"], "C-same-id.fksession", lambda p: p.memos.append(
        _memo(id=held.id, text="C's words under B's memo")))
    (r,) = merge_files(master, [path]).files
    assert r.status == "merged", r.reason
    assert [(m.author, m.text) for m in Memos(master).listed()] == [("B", "B's own memo")]
