"""Study B: what a respondent types after 'other' (another organisation, another city) is a
quasi-identifier the protocol declares, and still typed text: a name or an address in it is
redacted in shared outputs like any open answer, while the value enters the k figures."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))

import coding_study as cs  # noqa: E402

from fieldkit.anonymise import default_plan  # noqa: E402
from fieldkit.interview.importer import plan_interview, write_interview  # noqa: E402
from fieldkit.operations.outputs import (  # noqa: E402
    OutputRequest,
    decide,
    list_candidates,
    produce,
    write_export,
)
from fieldkit.store import Store  # noqa: E402

OTHER_ORGANISATION = "Office of Ambassador Wenceslas Thorngrove, Slovak embassy"
OTHER_CITY = "Panská 33, Bratislava"


def test_text_typed_after_other_is_redacted_in_shared_outputs(tmp_path):
    protocol = cs.protocol()
    for item in ("organisation_other", "posting_other"):
        entry = default_plan(protocol).variables[f"interviews.{item}"]
        assert entry["class"] == "quasi_identifier" and entry["action"] == "redact"
    interviews = copy.deepcopy(cs.INTERVIEWS)
    interviews[1]["answers"].update(organisation="other", organisation_other=OTHER_ORGANISATION,
                                    posting="other", posting_other=OTHER_CITY)
    path = tmp_path / "lead"
    with Store.create(path, cs.PASS, role="lead", enforce_strength=False) as store:
        for n, data in enumerate(interviews, 1):
            write_interview(store, plan_interview(data, protocol, f"b{n}.json"))
        for _ in range(3):
            found = list_candidates(store, OutputRequest("export"))
            decide(store, [{"key": c.key, "text": c.text, "kind": c.kind, "decision": "redact"}
                           for c in found])
        produce(store, OutputRequest("export", override=cs.OVERRIDE),
                lambda p: write_export(p, tmp_path / "shared", ["csv"]))
        produce(store, OutputRequest("export", identified=True),
                lambda p: write_export(p, tmp_path / "team", ["csv"]))
    shared = (tmp_path / "shared" / "interviews.csv").read_text(encoding="utf-8-sig")
    for word in ("Thorngrove", "Slovak", "Panská", "Bratislava"):
        assert word not in shared
    assert "Office of Ambassador" in shared  # the rest of what was typed is kept
    team = (tmp_path / "team" / "interviews.csv").read_text(encoding="utf-8-sig")
    assert OTHER_ORGANISATION in team and OTHER_CITY in team
