"""``fieldkit export`` on a real encrypted store: anonymised by default, identified on request."""

from __future__ import annotations

import json

import pytest
import synth_study as s

from fieldkit.cli import main
from fieldkit.store import Store

PASSPHRASE = "synthetic-correct-horse-battery-staple-42"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("st") / "store"
    protocol = s.protocol()
    with Store.create(path, PASSPHRASE, role="lead") as store:
        store.add_protocol(protocol)
        for item in s.interviews():
            m = item.meta
            store.create_interview(protocol, interviewer=m.interviewer, language=m.language,
                                   interview_id=m.interview_id, started_at=m.started_at)
            for ev in item.events:
                store.append_event(m.interview_id, ev.kind, item_id=ev.item_id,
                                   instance_id=ev.instance_id, value=ev.value,
                                   special=ev.special, elapsed_ms=ev.elapsed_ms,
                                   recorded_at=ev.recorded_at)
            for q in item.quotes:
                store.add_quote(m.interview_id, q.text, item_id=q.item_id,
                                elapsed_ms=q.elapsed_ms)
            for n in item.notes:
                store.add_note(m.interview_id, n.text, elapsed_ms=n.elapsed_ms)
            store.update_interview(m.interview_id, status="completed", ended_at=m.ended_at,
                                   elapsed_ms=m.elapsed_ms)
    return path


@pytest.fixture
def passfile(tmp_path):
    f = tmp_path / "pass.txt"
    f.write_text(PASSPHRASE + "\n")
    return str(f)


def test_anonymised_export_is_refused_below_k_then_overridden(store_dir, passfile, tmp_path,
                                                              capsys):
    out = tmp_path / "anon"
    args = ["export", "--store", str(store_dir), "--out", str(out), "--passphrase-file", passfile]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldkit: the anonymised data have k=1") and "Traceback" not in err
    assert not out.exists()
    assert main([*args, "--override-k", "synthetic check"]) == 0
    report = json.loads((out / "anonymisation.json").read_text(encoding="utf-8"))
    assert report["overridden"] is True
    assert not any("synthetic check" in p.read_bytes().decode("latin-1") for p in out.iterdir())
    for path in out.iterdir():
        text = path.read_bytes().decode("latin-1").lower()
        assert not any(m.lower() in text for m in s.MARKERS), path.name


def test_identified_export_warns(store_dir, passfile, tmp_path, capsys):
    out = tmp_path / "ident"
    assert main(["export", "--store", str(store_dir), "--out", str(out), "--format", "csv",
                 "--passphrase-file", passfile, "--identified"]) == 0
    assert "IDENTIFIED" in capsys.readouterr().err
    assert "Quenthorpe" in (out / "interviews.csv").read_text(encoding="utf-8")
    assert not (out / "interviews.dta").exists()


def test_plan_command_writes_the_default_plan_that_export_uses(store_dir, passfile, tmp_path):
    proto = tmp_path / "synth.yaml"
    import yaml
    proto.write_text(yaml.safe_dump(s.PROTOCOL, allow_unicode=True), encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    assert main(["export", "plan", "--protocol", str(proto), "-o", str(plan)]) == 0
    text = plan.read_text(encoding="utf-8")
    text = text.replace("interviews.gender:\n    class: quasi_identifier\n    action: keep",
                        "interviews.gender:\n    class: quasi_identifier\n    action: drop")
    for name in ("language", "started_at", "ended_at", "years_in_post"):
        text = text.replace(f"interviews.{name}:\n    class: quasi_identifier\n    action: ",
                            f"interviews.{name}:\n    class: quasi_identifier\n    action: drop\n"
                            f"    was: ")
    plan.write_text(text, encoding="utf-8")
    out = tmp_path / "planned"
    assert main(["export", "--store", str(store_dir), "--out", str(out), "--format", "csv",
                 "--passphrase-file", passfile, "--plan", str(plan)]) == 0
    header = (out / "interviews.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "gender" not in header and "state" in header
