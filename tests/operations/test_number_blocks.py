"""Interview numbers given in blocks by organisation never tell the organisation an anonymised
output hides: they are reassigned 1..n in a keyed order, the same in every output; a plan that
publishes the organisation as answered keeps the study numbers."""

from __future__ import annotations

import csv
import hashlib
import hmac
import re
import shutil
import zipfile
from pathlib import Path

import pyreadstat
import pytest
from pypdf import PdfReader

from fieldkit.anonymise import default_plan
from fieldkit.anonymise.pseudonym import pseudonym
from fieldkit.dataset.from_store import dataset_from_store, pseudonym_key
from fieldkit.exchange import merge_files
from fieldkit.operations.outputs import (
    OutputRequest,
    produce,
    write_export,
    write_qdpx,
    write_quotes,
    write_report,
)
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store import Store
from tests.exchange.conftest import PASSPHRASE, Field
from tests.exchange.test_numbering_scheme import STUDY, record

OVERRIDE = "synthetic reason: eight test interviews are below any k"
ORGS = [("A", "eu"), ("B", "au"), ("A", "osce"), ("C", "oas"), ("B", "eu"), ("C", "au"),
        ("A", "oas"), ("B", "osce"), ("C", "au"), ("A", "eu")]


@pytest.fixture(scope="module")
def master(tmp_path_factory):
    """A lead's master numbered AU from 1, EU from 20, OAS from 40, OSCE from 60, through the
    program's own scheme and merge; the organisation of each interview id."""
    from fieldkit.crypto import LeadIdentity

    root = tmp_path_factory.mktemp("blocks")
    f = Field(root, LeadIdentity.generate(),
              protocol_from_data(STUDY, file="field.yaml", base_dir=root))
    org = {}
    for code in "ABC":
        f.laptop(code)
    for code, answer in ORGS:
        org[record(f.laptops[code], f.protocol, answer)] = answer
    lead = f.master("master")
    lead.add_protocol(f.protocol)
    lead.exchange.set_numbering_scheme("field", "org", "AU=1,EU=20,OAS=40,OSCE=60")
    merge_files(lead, [f.export(c, f"{c}.fksession") for c in "ABC"], accept_new_signer=True)
    lead.close()
    yield lead.path, org
    f.close()


BLOCKS = {"au": range(1, 20), "eu": range(20, 40), "oas": range(40, 60), "osce": range(60, 80)}


def plan_file(store_path: Path, root: Path, entry: dict) -> Path:
    with Store.open(store_path, PASSPHRASE) as store:
        protocol = store.protocol(dataset_from_store(store).protocol_hash)
    plan = default_plan(protocol)
    plan.variables["interviews.org"] = {**entry, "class": "quasi_identifier"}
    path = root / "plan.yaml"
    path.write_text(plan.to_yaml(), encoding="utf-8")
    return path


def outputs(store_path: Path, out: Path, plan: Path) -> None:
    with Store.open(store_path, PASSPHRASE) as store:
        def make(what: str, write) -> None:
            produce(store, OutputRequest(what, plan_path=plan, override=OVERRIDE), write)
        make("export", lambda p: write_export(p, out / "export", ("csv", "dta")))
        make("study", lambda p: [write_report(p, out / "study.pdf")])
        make("anonymisation", lambda p: [write_report(p, out / "anonymisation.pdf")])
        make("quotes", lambda p: [write_quotes(p, out / "quotes.csv")])
        make("qdpx", lambda p: [write_qdpx(p, out / "project.qdpx")])


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def published(store_path: Path, out: Path) -> dict[str, int]:
    """Interview id -> the number the data export gives it (its interview code decoded)."""
    with Store.open(store_path, PASSPHRASE) as store:
        key = pseudonym_key(store)
        ids = [e.interview_id for e in store.exchange.study_numbers()]
    assert key is not None
    by_code = {pseudonym(key, "interview", i, "I"): i for i in ids}
    return {by_code[r["interview_id"]]: int(r["number"])
            for r in rows(next((out / "export").rglob("interviews.csv")))}


def study_numbers(store_path: Path) -> dict[str, int]:
    with Store.open(store_path, PASSPHRASE) as store:
        return {e.interview_id: e.study_number for e in store.exchange.study_numbers()}


def every_output_agrees(out: Path, numbers: dict[str, int]) -> None:
    """The .dta, the quotes CSV, the study report's citations and the .qdpx cases carry the
    numbers the data CSV does, each interview's quote under its interview's number."""
    dta, _ = pyreadstat.read_dta(str(next((out / "export").rglob("interviews.dta"))))
    assert sorted(int(n) for n in dta["number"]) == sorted(numbers.values())
    export_quotes = {int(r["number"]): r["text"]
                     for r in rows(next((out / "export").rglob("quotes.csv")))}
    assert sorted(export_quotes) == sorted(numbers.values())
    cited = rows(out / "quotes.csv")
    assert {int(r["number"]): r["text"] for r in cited} == export_quotes
    assert all(f"Interview {r['number']}" in r["citation"] for r in cited)
    report = {int(n) for n in re.findall(r"Interview (\d+)", pdf_text(out / "study.pdf"))}
    assert report and report <= set(numbers.values())
    with zipfile.ZipFile(out / "project.qdpx") as z:
        project = z.read("project.qde").decode("utf-8")
    cases = {int(n) for n in re.findall(r'name="Interview (\d+)"', project)}
    assert cases == set(numbers.values())


@pytest.mark.parametrize("entry", [
    {"action": "drop"},
    {"action": "generalise", "to": "mapping",
     "mapping": {"au": "regional", "eu": "regional", "oas": "regional", "osce": "regional"}},
], ids=["dropped", "generalised"])
def test_block_numbers_are_reassigned_where_the_plan_hides_the_organisation(
        master, tmp_path, entry):
    store_path, org = master
    real = study_numbers(store_path)
    assert all(real[i] in BLOCKS[org[i]] for i in real)  # the blocks the numbers would give away
    out = tmp_path / "out"
    out.mkdir()
    outputs(store_path, out, plan_file(store_path, tmp_path, entry))
    numbers = published(store_path, out)
    assert sorted(numbers.values()) == list(range(1, len(org) + 1))  # no block start, no gap
    # the order is keyed by the lead's pseudonym key alone: neither block nor time of merge
    with Store.open(store_path, PASSPHRASE) as store:
        key = pseudonym_key(store)
    assert key is not None
    keyed = sorted(org, key=lambda i: hmac.new(key, f"interview number\x1f{i}".encode(),
                                               hashlib.sha256).hexdigest())
    assert numbers == {i: n for n, i in enumerate(keyed, start=1)}
    every_output_agrees(out, numbers)
    # the same numbers again from a second run of the same plan and data
    again = tmp_path / "again"
    again.mkdir()
    outputs(store_path, again, tmp_path / "plan.yaml")
    assert published(store_path, again) == numbers
    # the lead names an interview by its study number; the report shows the one published
    eu = max((i for i in org if org[i] == "eu"), key=real.__getitem__)
    with Store.open(store_path, PASSPHRASE) as store:
        produce(store, OutputRequest("interview", plan_path=tmp_path / "plan.yaml",
                                     override=OVERRIDE),
                lambda p: [write_report(p, out / "interview.pdf", interview=str(real[eu]))])
    shown = re.search(r"Interview number\s*(\d+)", pdf_text(out / "interview.pdf"))
    assert shown and int(shown[1]) == numbers[eu] and real[eu] >= 20
    said = " ".join(pdf_text(out / "anonymisation.pdf").split())
    verb = "removes" if entry["action"] == "drop" else "generalises"
    assert (f"Interview numbers were reassigned because they were given in blocks by org, "
            f"which this plan {verb}") in said
    # the team's identified data keep the study numbers
    with Store.open(store_path, PASSPHRASE) as store:
        assert {r["interview_id"]: r["number"] for r in dataset_from_store(store).interviews} \
            == real


def test_a_plan_that_publishes_the_organisation_keeps_the_study_numbers(master, tmp_path):
    store_path, _ = master
    out = tmp_path / "out"
    out.mkdir()
    outputs(store_path, out, plan_file(store_path, tmp_path, {"action": "keep"}))
    numbers = published(store_path, out)
    assert numbers == study_numbers(store_path)
    every_output_agrees(out, numbers)
    said = " ".join(pdf_text(out / "anonymisation.pdf").split())
    assert "Interview numbers are the study's own: they were given in blocks by org, which " \
           "this plan publishes as answered" in said


def test_numbers_given_under_a_scheme_cleared_since_are_still_reassigned(master, tmp_path):
    store_path, org = master
    copy = tmp_path / "cleared"
    shutil.copytree(store_path, copy)
    with Store.open(copy, PASSPHRASE) as store:
        assert store.exchange.clear_numbering_scheme("field")
        assert store.exchange.numbering_scheme("field") is None
    out = tmp_path / "out"
    out.mkdir()
    plan = plan_file(copy, tmp_path, {"action": "drop"})
    with Store.open(copy, PASSPHRASE) as store:
        produce(store, OutputRequest("export", plan_path=plan, override=OVERRIDE),
                lambda p: write_export(p, out / "export", ("csv",)))
    assert sorted(published(copy, out).values()) == list(range(1, len(org) + 1))


def test_the_risk_figures_do_not_depend_on_the_interview_numbers(master, tmp_path):
    """k, k-map, l and who is at risk are measured on the answers: reassigning the numbers
    changes only the labels of the records at risk."""
    import dataclasses

    from fieldkit.anonymise import anonymise, load_plan

    store_path, _ = master
    plan = load_plan(plan_file(store_path, tmp_path, {
        "action": "generalise", "to": "mapping",
        "mapping": {"au": "africa", "eu": "europe", "oas": "americas", "osce": "europe"}}))
    with Store.open(store_path, PASSPHRASE) as store:
        data, key = dataset_from_store(store), pseudonym_key(store)
    assert key is not None
    runs = {}
    for name, given in (("reassigned", data),
                        ("as given", dataclasses.replace(data, number_blocks=None))):
        out, record = anonymise(given, plan, key, override=OVERRIDE)
        by_number = {r["number"]: r["interview_id"] for r in out.interviews}
        risk = record.risk_after.to_dict()
        runs[name] = (risk["k"], risk["k_map"], risk["classes"], risk["l"],
                      sorted(by_number[n] for n in risk["at_risk"]),
                      sorted((by_number[r["number"]], r["k"]) for r in risk["records"]))
    assert runs["reassigned"][4], "some interviews are at risk, so the labels are compared"
    assert runs["reassigned"] == runs["as given"]
