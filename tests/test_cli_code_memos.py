"""Memos about a code, an interview and the project: encrypted, and those written on a laptop
reach the lead's master with the session file."""

from __future__ import annotations

import json

from fieldkit.cli import main
from fieldkit.crypto import LeadIdentity
from fieldkit.data import forms_dir
from fieldkit.exchange import export_session, merge_files
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store import Store

PASSPHRASE = "synthetic-correct-horse-battery-staple-42"
STUDY_B = load_protocol(forms_dir() / "field-cooperation.yaml")


def test_memos_written_on_a_laptop_and_in_the_master(tmp_path, capsys):
    lead = LeadIdentity.generate()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    with Store.create(tmp_path / "laptop", PASSPHRASE, interviewer="K1",
                      lead_public_key=lead.public_key) as laptop:
        s = InterviewSession.start(laptop, STUDY_B)
        s.record_consent(True)
        s.answer("emergence_start", "MARKER-MEMO an answer")
        s.finish(force=True, seal=False)
    on_laptop = ["--store", str(tmp_path / "laptop"), "--passphrase-file", str(passfile)]
    assert main(["code", "memo", "add", "--interview", "1", "MARKER-MEMO tired, ask again",
                 *on_laptop]) == 0
    assert "written by K1 about the interview 1" in capsys.readouterr().out
    assert main(["code", "memo", "add", "--code", "identity", "MARKER-MEMO identity or "
                 "culture?", "--author", "RA", *on_laptop]) == 0
    assert main(["code", "memo", "add", "--project", "MARKER-MEMO first round", *on_laptop]) == 0
    capsys.readouterr()
    assert main(["code", "memo", "add", "--code", "identiti", "x", *on_laptop]) == 1
    assert "no code 'identiti'" in capsys.readouterr().err
    assert main(["code", "memo", "add", "--project", "   ", *on_laptop]) == 1
    assert "write something first" in capsys.readouterr().err
    assert main(["code", "memo", "list", "--json", *on_laptop]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted((m["about"], str(m["target"]), m["author"]) for m in listed) == [
        ("code", "identity", "RA"), ("interview", "1", "K1"), ("project", "", "K1")]

    with Store.open(tmp_path / "laptop", PASSPHRASE) as laptop:
        session = export_session(laptop, tmp_path / "s.fksession").path
    with Store.create(tmp_path / "master", PASSPHRASE, role="lead", lead_identity=lead) as m:
        assert merge_files(m, [session], accept_new_signer=True).files[0].status == "merged"
    on_master = ["--store", str(tmp_path / "master"), "--passphrase-file", str(passfile)]
    assert main(["code", "memo", "add", "--interview", "1", "MARKER-MEMO the lead's view",
                 *on_master]) == 0
    capsys.readouterr()
    assert main(["code", "memo", "list", "--interview", "1", *on_master]) == 0
    out = capsys.readouterr().out
    assert "interview 1 (K1): MARKER-MEMO tired, ask again" in out  # travelled in the file
    assert "interview 1 (lead): MARKER-MEMO the lead's view" in out
    # the laptop's memos about a code and the project came in the session file too, once
    with Store.open(tmp_path / "master", PASSPHRASE) as m:
        assert merge_files(m, [session]).files[0].status == "already merged"
    assert main(["code", "memo", "list", "--json", *on_master]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted((m["about"], str(m["target"]), m["author"]) for m in listed) == [
        ("code", "identity", "RA"), ("interview", "1", "K1"), ("interview", "1", "lead"),
        ("project", "", "K1")]
    raw = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert b"MARKER-MEMO" not in raw


def test_a_session_file_with_a_malformed_memo_is_set_aside_whole(tmp_path):
    from fieldkit.crypto import encrypt
    from fieldkit.exchange.export import build, collect, pending
    from fieldkit.store.memos import Memos

    lead = LeadIdentity.generate()
    with Store.create(tmp_path / "laptop", PASSPHRASE, interviewer="K1",
                      lead_public_key=lead.public_key) as laptop:
        s = InterviewSession.start(laptop, STUDY_B)
        s.record_consent(True)
        s.finish(force=True, seal=False)
        Memos(laptop).add("project", "", "K1", "a memo")
        payload = collect(laptop, *pending(laptop, everything=True))
        assert [m["scope"] for m in payload.memos] == ["project"]
        payload.memos[0]["scope"] = "interview"  # memos about an interview travel in its chain
        info = laptop.info
        plain, _ = build(payload, laptop.signing_key, store_id=info.store_id,
                         interviewer=info.interviewer, project=lead.public_key, sequence=1,
                         previous="", scope="all", store_heads=[])
    path = tmp_path / "forged.fksession"
    path.write_bytes(encrypt(plain, [lead.public_key]))
    with Store.create(tmp_path / "master", PASSPHRASE, role="lead", lead_identity=lead) as m:
        (report,) = merge_files(m, [path], accept_new_signer=True).files
        assert report.status == "rejected" and "memo about interview" in report.reason
        assert m.interviews() == [] and Memos(m).listed() == []
