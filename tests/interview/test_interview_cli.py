"""``fieldkit interview`` and ``fieldkit protocol add`` on a real store, as a user runs them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
PASS = "synthetic orbit quarry violin staple"  # passes the gate; invented for the tests


def example() -> dict:
    text = (ROOT / "docs" / "interview-format.md").read_text(encoding="utf-8")
    return json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))


@pytest.fixture
def env(tmp_path):
    store = tmp_path / "store"
    Store.create(store, PASS, interviewer="INT-03").close()
    pf = tmp_path / "pass.txt"
    pf.write_text(PASS + "\n", encoding="utf-8")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "fieldkit", *args, "--store", str(store),
                               "--passphrase-file", str(pf)],
                              capture_output=True, text=True, cwd=ROOT)

    return run, tmp_path


def test_add_import_list_show(env):
    run, tmp = env
    r = run("protocol", "add", "forms/informal-relations.yaml")
    assert r.returncode == 0 and r.stdout.startswith("added informal-relations v1.3")
    good = tmp / "good.json"
    good.write_text(json.dumps(example()), encoding="utf-8")
    r = run("interview", "import", str(good))
    assert r.returncode == 0, r.stderr
    [line] = r.stdout.splitlines()
    uuid = line.removeprefix("imported ")
    assert re.fullmatch(r"[0-9a-f-]{36}", uuid)
    r = run("interview", "list", "--json")
    [row] = json.loads(r.stdout)
    assert row["id"] == uuid and row["protocol"] == "informal-relations"
    assert row["status"] == "completed" and row["sealed"] is False
    assert row["started_at"] == "2009-06-12T07:30:00.000Z"
    r = run("interview", "show", uuid[:8], "--json")
    shown = json.loads(r.stdout)
    values = {a["item"]: a["value"] for a in shown["answers"]}
    assert values["informal_contacts_week"] == 5
    assert shown["quotes"][0]["at"] == "37:56"


def test_bad_file_refused_with_item_named_and_nothing_written(env):
    run, tmp = env
    data = example()
    data["answers"]["organisation"] = "un"
    bad = tmp / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    r = run("interview", "import", "--protocol", "forms/informal-relations.yaml", str(bad))
    assert r.returncode == 1
    assert "answers.organisation: 'un' is not one of the choices" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert json.loads(run("interview", "list", "--json").stdout) == []


def test_protocol_not_in_store(env):
    run, tmp = env
    good = tmp / "good.json"
    good.write_text(json.dumps(example()), encoding="utf-8")
    r = run("interview", "import", str(good))
    assert r.returncode == 1
    assert "the store holds no protocol 'informal-relations'" in r.stderr


def test_wrong_passphrase_is_one_sentence(env, tmp_path):
    run, tmp = env
    (tmp / "pass.txt").write_text("not the passphrase at all", encoding="utf-8")
    r = run("interview", "list")
    assert r.returncode == 1 and "wrong passphrase" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_import_twice_is_one_interview(env):
    run, tmp = env
    assert run("protocol", "add", "forms/informal-relations.yaml").returncode == 0
    good = tmp / "good.json"
    good.write_text(json.dumps(example()), encoding="utf-8")
    first = run("interview", "import", str(good))
    assert first.returncode == 0, first.stderr
    # the same content, spaced and ordered differently, is the same file
    again = tmp / "again.json"
    again.write_text(json.dumps(example(), indent=3, sort_keys=True), encoding="utf-8")
    second = run("interview", "import", str(good), str(again))
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines() == [
        f"{good}: already imported as interview 1; nothing of it was imported again",
        f"{again}: already imported as interview 1; nothing of it was imported again"]
    assert len(json.loads(run("interview", "list", "--json").stdout)) == 1


def test_a_batch_names_the_file_that_failed_and_goes_on(env):
    run, tmp = env
    assert run("protocol", "add", "forms/informal-relations.yaml").returncode == 0
    other = tmp / "other.json"
    other.write_text(json.dumps({**example(), "protocol": "another-study"}), encoding="utf-8")
    good = tmp / "good.json"
    good.write_text(json.dumps(example()), encoding="utf-8")
    r = run("interview", "import", str(other), str(good))
    assert r.returncode == 1
    assert f"{other}: refused, the store holds no protocol 'another-study'" in r.stderr
    assert "Traceback" not in r.stderr
    assert r.stdout.startswith("imported ")
    assert len(json.loads(run("interview", "list", "--json").stdout)) == 1
