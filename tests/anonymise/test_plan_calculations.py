"""An XLSForm's calculations, device metadata and choices from a roster, as the default plan
treats them: what names a person is dropped or redacted, a moment is cut to the month, a
delegation goes out as its group, and a count stays a count."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "protocol"))

from test_xlsform import ROSTER, form, load  # noqa: E402

from fieldkit.anonymise import default_plan  # noqa: E402
from fieldkit.dataset.variables import protocol_variables  # noqa: E402

ROWS = [
    ["start", "began", None, None, None],
    ["end", "finished", None, None, None],
    ["today", "day", None, None, None],
    ["username", "who", None, None, None],
    ["deviceid", "device", None, None, None],
    ["text", "full_name", "Your name", None, None],
    ["calculate", "greeting", None, "concat('Dear ', ${full_name})", None],
    ["calculate", "name_length", None, "string-length(${full_name})", None],
    ["select_one_from_file committee.csv", "seat", "Your delegation", None, "committee"],
    ["calculate", "seat_name", None, "jr:choice-name(${seat}, '${seat}')", None],
    ["integer", "contacts", "Contacts a week", None, None],
    ["calculate", "per_day", None, "round(${contacts} div 7, 1)", None],
    ["date", "arrived", "When did you arrive in post?", None, None],
    ["integer", "staff_no", "Staff number", None, None],
    ["calculate", "staff_name", None, "pulldata('staff', 'name', 'no', ${staff_no})", None],
]


def test_calculations_metadata_and_roster_choices_in_the_default_plan(tmp_path):
    (tmp_path / "committee.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "staff.csv").write_text("no,name\n7,Synthetic Person\n", encoding="utf-8")
    path = form(tmp_path, *ROWS, head=("type", "name", "label", "calculation", "roster"))
    protocol = load(path).protocol
    plan = default_plan(protocol)

    def action(name: str) -> tuple[str, str | None]:
        entry = plan.variables[f"interviews.{name}"]
        return entry["action"], entry.get("to")

    classes = {v.name: (v.disclosure, v.type) for v in protocol_variables(protocol, "en")
               if v.table == "interviews"}
    assert action("device") == ("drop", None)  # the store's id names the interviewer's laptop
    for moment in ("began", "finished", "day"):  # the moment of the interview
        assert classes[moment] == ("quasi_identifier", "datetime")
        assert action(moment) == ("generalise", "month")
    assert action("who") == ("drop", None)  # interviewer(): the interviewer's name
    assert action("full_name") == ("redact", None)
    assert action("greeting") == ("redact", None)  # concat of a name is the name
    assert action("name_length") == ("keep", None)  # a number read from it is not
    assert action("seat") == ("generalise", "mapping")
    assert set(plan.variables["interviews.seat"]["mapping"].values()) == {"North Africa"}
    assert action("seat_name") == ("drop", None)  # the delegation's name
    assert action("per_day") == ("keep", None)
    assert action("staff_name") == ("drop", None)  # a lookup may return anyone's name
    assert classes["arrived"] == ("quasi_identifier", "date")
    assert action("arrived") == ("generalise", "month")  # a day identifies
