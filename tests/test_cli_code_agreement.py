"""Two coders' codings from two laptops, merged in the master, give the agreement report;
the lead resolves the disagreements into a master coding that survives later merges."""

from __future__ import annotations

import csv

import pytest

from fieldkit.cli import main
from fieldkit.crypto import LeadIdentity
from fieldkit.data import forms_dir
from fieldkit.exchange import export_session, merge_files
from fieldkit.interview.coding import Coder
from fieldkit.interview.session import InterviewSession
from fieldkit.operations.codings import coding_rows
from fieldkit.protocol.loader import load_protocol
from fieldkit.store import Store

PASSPHRASE = "synthetic-correct-horse-battery-staple-42"
STUDY_B = load_protocol(forms_dir() / "field-cooperation.yaml")
TEXTS = {"K1": "MARKER-AGREE We needed their trucks; trust came from the mission.",
         "K2": "MARKER-AGREE Headquarters in Brussels pushed, the field followed."}


def _read(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def master(tmp_path):
    """Interview 1 taken and coded by K1 on one laptop, interview 2 by K2 on another; each
    laptop's session file merged; then each coder codes the other's interview in the master."""
    lead = LeadIdentity.generate()
    files, ids = [], {}
    for name, text in TEXTS.items():
        with Store.create(tmp_path / name, PASSPHRASE, interviewer=name,
                          lead_public_key=lead.public_key) as laptop:
            s = InterviewSession.start(laptop, STUDY_B)
            s.record_consent(True)
            s.answer("emergence_start", text)
            s.finish(force=True, seal=False)
            own = Coder(laptop, s.interview_id)
            if name == "K1":
                own.code_answer("emergence_start", "mutual_benefit", start=13, end=35)
                own.code_answer("emergence_start", "identity", start=37, end=65)
            else:
                own.code_answer("emergence_start", "headquarters", start=13, end=40)
                own.code_answer("emergence_start", "field_staff_partners")
            files.append(export_session(laptop, tmp_path / f"{name}.fksession").path)
            ids[name] = s.interview_id
    with Store.create(tmp_path / "master", PASSPHRASE, role="lead", lead_identity=lead) as m:
        merge_files(m, files, accept_new_signer=True)
        # K2 codes K1's interview: agrees on mutual benefit (another span), not on identity
        k2 = Coder(m, ids["K1"], coder="K2")
        k2.code_answer("emergence_start", "mutual_benefit", start=13, end=24)
        k2.code_answer("emergence_start", "psychological_dispositions", start=37, end=65)
        # K1 codes K2's interview: agrees on both
        k1 = Coder(m, ids["K2"], coder="K1")
        k1.code_answer("emergence_start", "headquarters", start=13, end=40)
        k1.code_answer("emergence_start", "field_staff_partners", start=42, end=65)
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    return ["--store", str(tmp_path / "master"), "--passphrase-file", str(passfile)], files, ids


def test_agreement_report_and_resolution_from_two_laptops(master, tmp_path, capsys):
    store_args, files, ids = master
    out = tmp_path / "agreement.csv"
    assert main(["code", "agreement", "--coders", "K1,K2", "-o", str(out), *store_args]) == 0
    printed = capsys.readouterr().out
    assert "2 passages coded by both K1 and K2" in printed and "2 disagreements" in printed
    table = {r["code"]: r for r in _read(out)}
    # two units; mutual_benefit: both in unit 1, neither in unit 2 -> p_o 1, kappa 1
    assert (table["mutual_benefit"]["both"], table["mutual_benefit"]["neither"]) == ("1", "1")
    assert table["mutual_benefit"]["cohen_kappa"] == "1.0000"
    # identity: K1 only in unit 1, neither in unit 2: p_o 1/2, p_e = (1*0 + 1*2)/4 = 1/2,
    # kappa = 0
    assert (table["identity"]["first_only"], table["identity"]["cohen_kappa"]) == \
        ("1", "0.0000")
    assert table["environment"]["cohen_kappa"] == ""  # nobody used it: undefined
    disagreements = _read(tmp_path / "agreement-disagreements.csv")
    assert sorted((d["interview"], d["code"], d["coded_by"]) for d in disagreements) == [
        ("1", "identity", "K1"), ("1", "psychological_dispositions", "K2")]
    assert all(d["decision"] == "" for d in disagreements)

    # an undecided disagreement refuses the choices file, and nothing is written
    status = main(["code", "resolve", "--coders", "K1,K2", "--choices",
                   str(tmp_path / "agreement-disagreements.csv"), *store_args])
    err = capsys.readouterr().err
    assert status == 1 and "decision must be keep or drop" in err and "Traceback" not in err
    for d in disagreements:
        d["decision"] = "keep" if d["code"] == "identity" else "drop"
    choices = tmp_path / "decided.csv"
    with choices.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(disagreements[0]))
        writer.writeheader()
        writer.writerows(disagreements)
    assert main(["code", "resolve", "--coders", "K1,K2", "--choices", str(choices),
                 *store_args]) == 0
    assert "written as resolved: 6 codings" in capsys.readouterr().out
    # writing it again changes nothing
    assert main(["code", "resolve", "--coders", "K1,K2", "--choices", str(choices),
                 *store_args]) == 0
    capsys.readouterr()
    with Store.open(tmp_path / "master", PASSPHRASE) as m:
        resolved = coding_rows(m, coder="resolved")
        # agreed: each coder's span once; kept: identity; dropped: psychological_dispositions
        assert sorted((r.number, r.code, r.start, r.end) for r in resolved
                      if r.start is not None) == [
            (1, "identity", 37, 65), (1, "mutual_benefit", 13, 24),
            (1, "mutual_benefit", 13, 35), (2, "field_staff_partners", 42, 65),
            (2, "headquarters", 13, 40)]
        assert [(r.number, r.code) for r in resolved if r.start is None] == \
            [(2, "field_staff_partners")]
        # the resolved coding, and each coder's, survive the laptops' files merged again
        assert all(r.status == "already merged" for r in merge_files(m, files).files)
        assert len(coding_rows(m, coder="resolved")) == 6
        assert {r.coder for r in coding_rows(m)} == {"K1", "K2", "resolved"}
    status = main(["code", "agreement", "--coders", "K1,K3", *store_args])
    assert status == 1 and "no codings by K3" in capsys.readouterr().err


def test_a_second_coder_on_a_copy_of_the_laptops_store_survives_the_merge(tmp_path, capsys):
    """The interviewer's store copied to a second laptop: each coder codes the same interview
    on their own laptop; both session files merged, both coders' codings and memos count."""
    import shutil

    from fieldkit.operations import memos

    lead = LeadIdentity.generate()
    with Store.create(tmp_path / "one", PASSPHRASE, interviewer="K1",
                      lead_public_key=lead.public_key) as laptop:
        s = InterviewSession.start(laptop, STUDY_B)
        s.record_consent(True)
        s.answer("emergence_start", TEXTS["K1"])
        s.answer("dynamics_change", TEXTS["K2"])
        s.finish(force=True, seal=False)
    shutil.copytree(tmp_path / "one", tmp_path / "two")
    with Store.open(tmp_path / "one", PASSPHRASE) as one:
        mine = Coder(one, s.interview_id)
        mine.code_answer("emergence_start", "mutual_benefit", start=13, end=35)
        mine.code_answer("dynamics_change", "headquarters", start=13, end=40)
        first = export_session(one, tmp_path / "one.fksession").path
    with Store.open(tmp_path / "two", PASSPHRASE) as two:
        second = Coder(two, s.interview_id, coder="RA")
        second.code_answer("emergence_start", "mutual_benefit", start=13, end=24)
        second.code_answer("dynamics_change", "environment")
        memos.write(two, "interview", 1, "MARKER-AGREE ask K1 about the trucks", author="RA")
        other = export_session(two, tmp_path / "two.fksession").path
    with Store.create(tmp_path / "master", PASSPHRASE, role="lead", lead_identity=lead) as m:
        report = merge_files(m, [first, other], accept_new_signer=True)
        assert [f.status for f in report.files] == ["merged", "merged"]
        assert report.files[1].summary().get("conflicting") == 1  # two versions kept
        rows = coding_rows(m)
        assert sorted((r.coder, r.code, r.start) for r in rows) == [
            ("K1", "headquarters", 13), ("K1", "mutual_benefit", 13),
            ("RA", "environment", None), ("RA", "mutual_benefit", 13)]
        assert [memo.author for memo in memos.read(m, "interview", 1)] == ["RA"]
        # merged again in the other order, the master ends the same
        assert all(f.status == "already merged" for f in merge_files(m, [other, first]).files)
        assert len(coding_rows(m)) == 4
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    store_args = ["--store", str(tmp_path / "master"), "--passphrase-file", str(passfile)]
    assert main(["code", "agreement", "--coders", "K1,RA", *store_args]) == 0
    out = capsys.readouterr().out
    assert "2 passages coded by both K1 and RA" in out and "2 disagreements" in out
