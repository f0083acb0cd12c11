"""The coding report and the REFI-QDA project go through the one outputs operation: refused
below k without a reason, audited with their files' hashes, consent applied to every file."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))

import coding_study as cs  # noqa: E402
from pdf_text import pages  # noqa: E402

from fieldkit.operations.outputs import (  # noqa: E402
    OutputRefused,
    OutputRequest,
    produce,
    write_coding,
    write_qdpx,
)
from fieldkit.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def lead(tmp_path_factory):
    return cs.make_store(tmp_path_factory.mktemp("ops") / "lead")


def audit(path: Path) -> list[dict]:
    with Store.open(path, cs.PASS) as store:
        return [json.loads(e.detail) for e in store.audit_log()
                if e.action.startswith("output_")]


def everything(folder: Path) -> str:
    parts = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".pdf":
            parts += pages(path)
        elif path.suffix == ".qdpx":
            with zipfile.ZipFile(path) as z:
                parts += [z.read(n).decode("utf-8") for n in z.namelist()]
        elif path.is_file():
            parts.append(path.read_text(encoding="utf-8-sig"))
    return "\n".join(parts)


def test_below_k_both_are_refused_and_audited_then_written_with_the_reason(lead, tmp_path):
    writers = {"coding": lambda p: write_coding(p, tmp_path / "c.pdf"),
               "qdpx": lambda p: [write_qdpx(p, tmp_path / "p.qdpx")]}
    with Store.open(lead, cs.PASS) as store:
        for what, write in writers.items():
            with pytest.raises(OutputRefused) as refused:
                produce(store, OutputRequest(what), write)
            assert refused.value.can_override
    assert not list(tmp_path.iterdir())
    with Store.open(lead, cs.PASS) as store:
        for what, write in writers.items():
            produce(store, OutputRequest(what, override=cs.OVERRIDE), write)
    rows = audit(lead)[-4:]
    assert [(r["output"], r["outcome"]) for r in rows] == [
        ("coding", "refused"), ("qdpx", "refused"), ("coding", "overridden"),
        ("qdpx", "overridden")]
    assert set(rows[2]["files"]) == {"c.pdf"} and set(rows[3]["files"]) == {"p.qdpx"}
    assert all(r["override_reason"] == cs.OVERRIDE for r in rows[2:])


def test_shared_coding_outputs_hold_no_words_of_who_refused_quotation(lead, tmp_path):
    shared, team = tmp_path / "shared", tmp_path / "team"
    with Store.open(lead, cs.PASS) as store:
        for folder, request in ((shared, {"override": cs.OVERRIDE}),
                                (team, {"identified": True})):
            produce(store, OutputRequest("coding", **request), lambda p, f=folder: write_coding(
                p, f / "coding.pdf", csv_dir=f / "tables"))
            produce(store, OutputRequest("qdpx", **request),
                    lambda p, f=folder: [write_qdpx(p, f / "project.qdpx")])
    assert "pilot parking" not in everything(shared)
    assert "trucks and mandate" in everything(shared)
    assert everything(team).count(cs.SECRET) >= 3  # the team's own outputs keep it, marked
    assert audit(lead)[-1]["data"] == "identified"
