"""``fieldkit export`` writes codings.csv: the interviewer's and the lead's codings, with passages."""

from __future__ import annotations

import csv

from fieldkit.cli import main
from fieldkit.crypto import LeadIdentity
from fieldkit.data import forms_dir
from fieldkit.exchange import export_session, merge_files
from fieldkit.interview.coding import Coder
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import load_protocol
from fieldkit.store import Store

PASSPHRASE = "synthetic-correct-horse-battery-staple-42"
FORMS = forms_dir()
TEXT = "Headquarters in Brussels agreed first; the field staff in Pristina followed."


def test_codings_csv_from_laptop_and_master_codings(tmp_path, capsys):
    protocol = load_protocol(FORMS / "field-cooperation.yaml")
    lead = LeadIdentity.generate()
    with Store.create(tmp_path / "laptop", PASSPHRASE, interviewer="K1",
                      lead_public_key=lead.public_key) as laptop:
        s = InterviewSession.start(laptop, protocol)
        s.record_consent(True)
        s.answer("case", "kosovo")
        s.answer("institutionalisation_how", TEXT)
        s.add_quote("We met every Tuesday.")
        s.finish(force=True, seal=True)
        session_file = export_session(laptop, tmp_path / "k1.fksession").path
    master_dir = tmp_path / "master"
    with Store.create(master_dir, PASSPHRASE, role="lead", lead_identity=lead) as master:
        merge_files(master, [session_file], accept_new_signer=True)
        coder = Coder(master, s.interview_id)
        coder.code_answer("institutionalisation_how", "headquarters", start=0, end=12)
        coder.code_answer("institutionalisation_how", "field_staff_partners",
                          start=TEXT.index("the field"), end=TEXT.index(" followed"))
        coder.code_quote(master.quotes(s.interview_id)[0].id, "individual_mediators")
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    out = tmp_path / "out"
    assert main(["export", "--store", str(master_dir), "--out", str(out), "--format", "csv",
                 "--passphrase-file", str(passfile), "--identified"]) == 0
    capsys.readouterr()
    with (out / "codings.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    spans = sorted((r["code"], r["passage"]) for r in rows if not r["quote_id"])
    assert spans == [("field_staff_partners", "the field staff in Pristina"),
                     ("headquarters", "Headquarters")]
    (quote,) = [r for r in rows if r["quote_id"]]
    assert (quote["code"], quote["passage"]) == ("individual_mediators", "We met every Tuesday.")
    assert all(r["interview_id"] == s.interview_id for r in rows)
    assert {r["item_id"] for r in rows if not r["quote_id"]} == {"institutionalisation_how"}
