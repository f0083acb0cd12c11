"""XLSForm's typed answers: times, moments, coordinates, rankings, calculations, files."""

from __future__ import annotations

import pytest

from fieldkit.interview.session import InterviewSession, InvalidAnswer
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store.store import Store

PASS = "synthetic formats test passphrase"
CHOICES = [{"name": n, "label": n.title()} for n in ("trust", "speed", "secrecy")]
PROTOCOL = {
    "id": "fmt", "version": "1", "title": "F", "cover": "c", "research_aim": "a",
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "contacts", "type": "integer", "label": "Contacts a week"},
        {"id": "per_day", "type": "calculate", "calculation": "round(${contacts} div 7, 1)"},
        {"id": "busy", "type": "yes_no", "label": "Busy?", "relevant": "${per_day} > 2"},
        {"id": "met_at", "type": "time", "label": "When did you meet?"},
        {"id": "since", "type": "datetime", "label": "Since when?"},
        {"id": "embassy", "type": "geopoint", "label": "Where is the embassy?"},
        {"id": "route", "type": "geotrace", "label": "Route"},
        {"id": "order", "type": "rank", "label": "Rank these", "choices": CHOICES},
        {"id": "photo", "type": "attachment", "label": "A photo"},
    ]}],
}


@pytest.fixture
def session(tmp_path):
    protocol = protocol_from_data(PROTOCOL, file="f.yaml", base_dir=tmp_path)
    store = Store.create(tmp_path / "store", PASS, interviewer="INT1", enforce_strength=False)
    yield InterviewSession.start(store, protocol), protocol
    store.close()


def test_typed_forms_are_checked_and_kept_as_written(session):
    s, _ = session
    assert s.answer("met_at", "9:05") == "09:05"
    assert s.answer("since", "2009-06-12T14:30") == "2009-06-12 14:30"
    assert s.answer("embassy", "9.0108 38.7613") == "9.0108 38.7613"
    assert s.answer("route", "9.01 38.76; 9.02 38.77") == "9.01 38.76; 9.02 38.77"
    assert s.answer("order", "speed trust secrecy") == ["speed", "trust", "secrecy"]
    for item, bad, says in (("met_at", "25:00", "not a time"), ("since", "June", "date and time"),
                            ("embassy", "91 10", "off the globe"),
                            ("embassy", "Addis Ababa", "not a location"),
                            ("route", "9 38", "at least two points"),
                            ("order", "speed trust", "rank every choice once"),
                            ("order", "speed trust money", "not one of the choices"),
                            ("photo", "x.jpg", "does not exist")):
        with pytest.raises(InvalidAnswer, match=says):
            s.answer(item, bad)


def test_a_calculation_is_never_asked_drives_relevance_and_reaches_the_dataset(session):
    s, protocol = session
    assert "per_day" not in [i.id for i in s.positions()]
    assert "busy" not in [i.id for i in s.positions()]
    s.answer("contacts", 21)
    assert "busy" in [i.id for i in s.positions()]  # 21 / 7 = 3 > 2
    s.finish(force=True, seal=False)
    from fieldkit.dataset.from_store import dataset_from_store

    data = dataset_from_store(s.store)
    row = data.interviews[0]
    assert row["per_day"] == 3 and row["contacts"] == 21
    var = data.variable("interviews", "embassy")
    assert var is not None and var.disclosure == "identifier"  # a place names the embassy
