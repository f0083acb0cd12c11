"""A synthetic anonymisation record in the JSON shape of AnonymisationRecord.to_dict()."""

from __future__ import annotations

PLACEHOLDER_TEXT = "I called [DELEGATION-1] and [PERSON-1] before the meeting in Vienna."


def record() -> dict:
    text = PLACEHOLDER_TEXT
    spans = [[text.index("[DELEGATION-1]"), text.index("[DELEGATION-1]") + 14, "[DELEGATION-1]"],
             [text.index("[PERSON-1]"), text.index("[PERSON-1]") + 10, "[PERSON-1]"]]
    risk = {"quasi_identifiers": ["organisation", "gender", "city"], "sensitive": ["first_call"],
            "k": 1, "k_map": 2, "l": {"first_call": 1}, "classes": 31,
            "at_risk": [3, 7, 20], "k_map_at_risk": [20]}
    after = {**risk, "k": 4, "k_map": 9, "l": {"first_call": 2}, "classes": 6, "at_risk": [],
             "k_map_at_risk": []}
    return {
        "plan": {"format": "fieldkit-plan/1"}, "plan_hash": "9f2c" * 16,
        "protocol": {"id": "informal-relations", "version": "1.0", "hash": "d1d2" * 16},
        "k_threshold": 3, "l_threshold": 2,
        "actions": [
            {"table": "interviews", "name": "respondent_name", "action": "drop",
             "disclosure": "identifier", "params": {}, "changed": 50, "warning": ""},
            {"table": "interviews", "name": "member_state", "action": "generalise",
             "disclosure": "quasi_identifier", "params": {"to": "group"}, "changed": 48,
             "warning": ""},
            {"table": "quotes", "name": "text", "action": "redact", "disclosure": "free_text",
             "params": {}, "changed": 12, "warning": ""},
        ],
        "replacements": {"DELEGATION": 7, "PERSON": 5},
        "risk_before": risk, "risk_after": after,
        "suppressed": [{"number": 20, "variables": ["gender"]}],
        "suggestions": [],
        "redacted_texts": [{"table": "quotes", "column": "text", "number": 20,
                            "item_id": "friendships_example", "record_id": "Q-1",
                            "text": text, "spans": spans}],
        "residual_names": [{"table": "notes", "column": "text", "number": 4,
                            "candidate": "Kasimir"}],
        "warnings": ["gender was suppressed in 1 interview to reach k = 3"],
        "override": None,
        # A caller may hand over the full record: the original must never reach the PDF.
        "mapping": [{"original": "Ambassador Zyxwvuta", "placeholder": "[PERSON-1]"}],
    }
