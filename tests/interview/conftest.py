"""A small protocol with every kind of logic the engine must follow; an interviewer's laptop
and the lead's master for coding across session files."""

from __future__ import annotations

import pytest

from fieldkit.crypto.age import LeadIdentity
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store.store import Store

PASS = "synthetic-correct-horse-battery-staple-42"

PROTOCOL = {
    "id": "t", "version": "1", "title": "T", "cover": "c", "research_aim": "a",
    "rosters": {"c": {"entries": [{"id": "d1", "label": "Alpha"}, {"id": "d2", "label": "Beta"}]}},
    "sections": [
        {"id": "s1", "title": "S1", "items": [
            {"id": "org", "type": "select_one", "label": "Org", "required": True,
             "choices": [{"name": "au", "label": "AU"}, {"name": "eu", "label": "EU"}]},
            {"id": "contacts", "type": "integer", "label": "Contacts", "min": 0, "max": 100,
             "constraint": ". <= 70", "constraint_message": "Seventy at most", "required": True},
            {"id": "matter", "type": "yes_no", "label": "Matter", "required": True},
            {"id": "why", "type": "long_text", "label": "Why", "required": True,
             "relevant": "${matter} = 'yes'"},
            {"id": "why_more", "type": "text", "label": "More", "relevant": "${why} != ''"},
            {"id": "friends", "type": "name_generator", "label": "Friends", "roster": "c",
             "items": [{"id": "f_contacts", "type": "integer", "label": "C", "required": True,
                        "special": ["dont_know"]},
                       {"id": "f_close", "type": "yes_no", "label": "Close", "required": True,
                        "relevant": "${f_contacts} > 2"}]},
        ]},
        {"id": "s2", "title": "S2", "relevant": "${org} = 'eu'", "items": [
            {"id": "eu_only", "type": "text", "label": "EU only", "required": True}]},
    ],
}



@pytest.fixture
def p(tmp_path):
    return protocol_from_data(PROTOCOL, file="t.yaml", base_dir=tmp_path)


@pytest.fixture
def stores(tmp_path):
    """(laptop of K1 with the lead's key, the lead's master, the folder they are in)."""
    lead = LeadIdentity.generate()
    laptop = Store.create(tmp_path / "laptop", PASS, interviewer="K1",
                          lead_public_key=lead.public_key)
    master = Store.create(tmp_path / "master", PASS, role="lead", lead_identity=lead)
    yield laptop, master, tmp_path
    for s in (laptop, master):
        if not s.closed:
            s.close()


def one_section(tmp_path, *items: dict):
    """A protocol of one section holding ``items``."""
    return protocol_from_data({"id": "p", "version": "1", "title": "T", "cover": "c",
                               "research_aim": "a",
                               "sections": [{"id": "s", "title": "S", "items": list(items)}]},
                              file="p.yaml", base_dir=tmp_path)


@pytest.fixture
def store(tmp_path):
    """An interviewer's store (INT1) with no protocol in it yet."""
    opened = Store.create(tmp_path / "store", PASS, interviewer="INT1", enforce_strength=False)
    yield opened
    opened.close()
