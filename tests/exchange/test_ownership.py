"""An interview belongs to the laptop that first sent it: no other signer withdraws or replaces it."""

from __future__ import annotations

import subprocess
import sys

from fieldkit.crypto import encrypt
from fieldkit.exchange import enrol, merge_files
from fieldkit.exchange.export import build, collect, pending
from fieldkit.interview.session import InterviewSession
from fieldkit.store import Store

from .conftest import PASSPHRASE, dump


def _signed_by(f, content_from: Store, signer: Store, *, tombstones=(), name: str) -> object:
    """A well-formed file with ``content_from``'s interviews, signed as ``signer``'s laptop."""
    payload = collect(content_from, *pending(content_from, everything=True))
    payload.tombstones.extend(tombstones)
    info = signer.info
    plain, _ = build(payload, signer.signing_key, store_id=info.store_id,
                     interviewer=info.interviewer, project=f.lead.public_key, sequence=50,
                     previous="", scope="all", store_heads=[])
    path = f.root / "files" / name
    path.write_bytes(encrypt(plain, [f.lead.public_key]))
    return path


def _set_aside(master, path, reason: str, **kw) -> None:
    before = dump(master)
    (r,) = merge_files(master, [path], **kw).files
    assert r.status == "rejected" and reason in r.reason, r.reason
    assert r.reason.endswith(".") and "\n" not in r.reason
    assert dump(master) == before
    assert master.check().ok


def _merged_master(f):
    master = f.master()
    report = merge_files(master, list(f.files.values()), accept_new_signer=True)
    assert all(r.status == "merged" for r in report.files)
    return master


def test_another_laptops_tombstone_is_set_aside(three):
    f = three
    master = _merged_master(f)
    victim = f.interviews["B"][1]
    empty = f.master("C-alone")  # a store with no interviews: the file carries only the tombstone
    path = _signed_by(f, empty, f.laptops["C"], name="evil-tomb.fksession",
                      tombstones=[{"interview_id": victim, "withdrawn_at": "2026-01-01T00:00:00Z"}])
    _set_aside(master, path, f"withdraws interview {victim}, which belongs to another laptop")
    assert master.exchange.tombstone(victim) is None
    assert master.exchange.interview_row(victim)["status"] == "completed"


def test_a_longer_fabricated_chain_under_anothers_id_is_set_aside(three):
    f = three
    master = _merged_master(f)
    victim = f.interviews["B"][1]  # B's readable interview
    twin = f.copy_laptop("B", "B-stolen")
    s = InterviewSession.resume(twin, victim, running=False)
    s.answer("contacts", 99, reason="fabricated")
    s.answer("org", "au", reason="fabricated")
    path = _signed_by(f, twin, f.laptops["C"], name="evil-chain.fksession")
    before = master.exchange.versions(victim)
    _set_aside(master, path, "carries a version of interview")
    assert master.exchange.versions(victim) == before
    # the owner's own longer chain still merges
    s2 = InterviewSession.resume(f.laptops["B"], victim, running=False)
    s2.answer("contacts", 12, reason="corrected")
    (r,) = merge_files(master, [f.export("B", "B2.fksession")]).files
    assert r.status == "merged" and r.updated == 1, r.reason


def test_a_known_signer_cannot_claim_another_store(three):
    f = three
    master = _merged_master(f)
    path = f.root / "files" / "evil-store.fksession"
    info = f.laptops["A"].info
    payload = collect(f.laptops["A"], *pending(f.laptops["A"], everything=True))
    plain, _ = build(payload, f.laptops["C"].signing_key, store_id=info.store_id,
                     interviewer=info.interviewer, project=f.lead.public_key, sequence=51,
                     previous="", scope="all", store_heads=[])
    path.write_bytes(encrypt(plain, [f.lead.public_key]))
    _set_aside(master, path, "claims to come from store")


def test_a_new_key_claiming_a_known_interviewer_needs_enrolment(three, tmp_path):
    f = three
    master = _merged_master(f)
    impostor = Store.create(tmp_path / "new-B", PASSPHRASE, interviewer="B",
                            lead_public_key=f.lead.public_key)
    f.laptops["B-new"] = impostor
    f.interview("B-new")
    path = f.export("B-new", "Bnew.fksession")
    _set_aside(master, path, "a new key for an interviewer already enrolled",
               accept_new_signer=True)
    key = impostor.signing_key.public_key.hex()
    enrol(master, key, "B", "B's laptop was stolen on 3 May; new laptop issued")
    (r,) = merge_files(master, [path]).files
    assert r.status == "merged" and r.new == 1, r.reason
    assert any("enrolled" in n for n in r.notes)
    assert any(e.action == "signer_enrolled" and "stolen" in e.detail for e in master.audit_log())
    assert master.check().ok


def test_a_truly_new_interviewer_is_accepted_with_a_warning(three):
    f = three
    master = f.master()
    (r,) = merge_files(master, [f.files["A"]], accept_new_signer=True).files
    assert r.status == "merged"
    assert any("first sight" in n for n in r.notes)


def test_enrol_from_the_cli_refuses_a_malformed_key(three, tmp_path):
    f = three
    master = f.master("cli-master")
    path = master.path
    master.close()
    f.masters.remove(master)
    env_pass = tmp_path / "pass"
    env_pass.write_text(PASSPHRASE)
    base = [sys.executable, "-m", "fieldkit", "merge", "enrol"]
    opts = ["--store", str(path), "--passphrase-file", str(env_pass)]
    bad = subprocess.run([*base, "not-a-key", "--interviewer", "B", "--note", "x", *opts],
                         capture_output=True, text=True)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert "is not a signing key" in bad.stderr
    good = subprocess.run([*base, "ab" * 32, "--interviewer", "B", "--note", "new laptop", *opts],
                          capture_output=True, text=True)
    assert good.returncode == 0, good.stderr
    assert "enrolled for B" in good.stdout
