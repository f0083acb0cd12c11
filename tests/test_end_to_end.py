"""The whole way through, as people run it: laptops record, the lead merges, exports, reports."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyreadstat
from pypdf import PdfReader

from fieldkit.data import forms_dir

ROOT = Path(__file__).resolve().parents[1]
PASS = "synthetic orbit quarry violin staple"  # passes the gate; invented for the tests


def example() -> dict:
    text = (ROOT / "docs" / "interview-format.md").read_text(encoding="utf-8")
    return json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))


def test_laptop_to_lead_to_outputs(tmp_path):
    env = {**os.environ, "FIELDKIT_PASSPHRASE": PASS}

    def fk(*args, ok=True):
        done = subprocess.run([sys.executable, "-m", "fieldkit", *map(str, args)], cwd=tmp_path,
                              env=env, capture_output=True, text=True)
        assert "Traceback" not in done.stderr
        if ok:
            assert done.returncode == 0, done.stderr
        return done

    fk("store", "init", "--role", "lead", "--store", "lead")
    key = json.loads(fk("store", "info", "--store", "lead", "--json").stdout)["lead_public_key"]
    fk("store", "init", "--store", "laptop", "--interviewer", "INT-03", "--lead-key", key)
    fk("protocol", "add", forms_dir() / "informal-relations.yaml", "--store", "laptop")
    first = example()
    first["answers"]["informal_groups"] = ["sub_regional_caucus", "sport"]
    first["answers"]["respondent_name"] = "Marker Respondentname"
    second = example()
    second["answers"].update(organisation="oas", city="washington",
                             friends_oas=[{"person": "oas-ca", "friend_contacts_oas": 4}])
    del second["answers"]["friends_eu"]
    for n, data in enumerate((first, second)):
        (tmp_path / f"i{n}.json").write_text(json.dumps(data), encoding="utf-8")
    imported = fk("interview", "import", "i0.json", "i1.json", "--store", "laptop").stdout
    assert imported.count("imported ") == 2
    listed = json.loads(fk("interview", "list", "--json", "--store", "laptop").stdout)
    assert all(row["sealed"] for row in listed)  # finished interviews leave nothing readable

    fk("session", "export", "--out", tmp_path, "--store", "laptop")
    [session] = tmp_path.glob("*.fksession")
    fk("merge", session, "--store", "lead", "--accept-new-signer")
    merged = json.loads(fk("interview", "list", "--json", "--store", "lead").stdout)
    assert sorted(r["id"] for r in merged) == sorted(r["id"] for r in listed)

    refused = fk("export", "--store", "lead", "--out", "out", ok=False)
    assert refused.returncode == 1 and "below the plan's threshold" in refused.stderr
    fk("export", "--store", "lead", "--out", "out", "--override-k", "two-interview pilot")
    _, meta = pyreadstat.read_dta(str(tmp_path / "out" / "interviews.dta"))
    assert any(name.startswith("informal_groups_") for name in meta.column_names)
    for path in (tmp_path / "out").iterdir():
        assert b"Respondentname" not in path.read_bytes(), path.name

    fk("report", "study", "--store", "lead", "--out", "study.pdf", "--override-k", "pilot")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "study.pdf").pages)
    assert "Respondentname" not in text and "informal-relations" in text
