"""Study A's shipped protocol with synthetic rosters: the heads of delegation's gender, year of
accreditation and rank are invented (tests/fixtures/rosters-synthetic), since the shipped
rosters leave them blank until they are filled from a public source."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fieldkit.data import forms_dir
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.protocol.model import Protocol
from fieldkit.protocol.validate import read_roster_csv
from fieldkit.protocol.yaml_io import read_yaml

FORM = forms_dir() / "informal-relations.yaml"
SYNTHETIC = Path(__file__).resolve().parents[1] / "fixtures" / "rosters-synthetic"


@cache
def study_a_synthetic() -> Protocol:
    """Study A as shipped, each roster's entries read from its synthetic twin."""
    data, _ = read_yaml(FORM)
    rosters = {}
    for name, roster in data["rosters"].items():
        path = SYNTHETIC / Path(roster["file"]).name
        rows, problems = read_roster_csv(path, str(path), name)
        assert not problems, problems
        rosters[name] = {**roster, "entries": rows}
    return protocol_from_data({**data, "rosters": rosters}, file=str(FORM),
                              base_dir=FORM.parent)
