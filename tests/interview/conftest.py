"""A small protocol with every kind of logic the engine must follow."""

from __future__ import annotations

import pytest

from fieldkit.protocol.loader import protocol_from_data

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
