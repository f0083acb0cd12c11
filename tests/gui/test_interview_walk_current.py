"""Every item of the protocols as released now (Study A's informal-relations.yaml, with the state
chosen from the roster, the biggest players, friends with whom each is close, difficult
relations and Secretariat staff; Study B's field-cooperation.yaml, with its repeated
episodes) walked by keyboard only on the interview screen, then read back from the store.

The walk is led by the protocol: each question shown is answered by the keys its kind takes
(digits, Y/N, typed letters in a long list, typed numbers and text, names added to a list and
their follow-ups in the people table), so an item added to a study is walked too. At the end
every question asked has the answer the keys gave, and none other is recorded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldkit.protocol.loader import load_protocol
from fieldkit.protocol.model import ItemType
from fieldkit.store.content import replay

from .helpers import Rig, focused, key, settle, type_text

K, M = Qt.Key, Qt.KeyboardModifier
CTRL, ALT, SHIFT = M.ControlModifier, M.AltModifier, M.ShiftModifier
FORMS = Path(__file__).resolve().parents[2] / "fieldkit" / "data" / "forms"
GROUPS = (ItemType.name_generator, ItemType.repeat)


class Walk:
    """Keys on the interview screen, with what each answer should have recorded."""

    def __init__(self, qtbot: Any, rig: Rig, screen: Any):
        self.qtbot, self.rig, self.s = qtbot, rig, screen
        self.protocol = rig.protocol
        self.expected: dict[tuple[str, str | None], Any] = {}
        self.seen: list[str] = []

    def press(self, k: Qt.Key, mods: Qt.KeyboardModifier = M.NoModifier) -> None:
        key(self.qtbot, k, mods)
        settle(self.qtbot, self.s)

    def type(self, text: str) -> None:
        type_text(self.qtbot, text)
        settle(self.qtbot, self.s)

    def at(self) -> Any:
        """The item shown, with the keys in its answer field."""
        settle(self.qtbot, self.s)
        item = self.protocol.item(self.s.shown_id)
        target = self.s.editor.focus_target()
        assert focused() is target, (item.id, focused().objectName(), target.objectName())
        return item

    # ---- one question ------------------------------------------------------------------
    def answer(self, item: Any, plan: dict[str, Any]) -> None:
        want = plan.get(item.id)
        self.seen.append(item.id)
        kind = item.type
        if kind == ItemType.note:
            self.press(K.Key_Return)
        elif isinstance(want, tuple) and want[0] == "special":  # ("special", key, value)
            self.press(want[1], CTRL)
            self.expected[(item.id, None)] = want[2]
            self.press(K.Key_Return)
        elif kind in (ItemType.select_one, ItemType.likert, ItemType.yes_no):
            self.pick(item, want)
            self.press(K.Key_Return)
        elif kind == ItemType.select_multiple:
            shown = self.s.editor.shown()
            names = [self.s.editor.choices[self.s.editor.buttons.index(b)].name for b in shown]
            wanted = want or names[:1]
            for name in wanted:
                self.press(getattr(K, f"Key_{names.index(name) + 1}"))
            self.expected[(item.id, None)] = [n for n in names if n in wanted]
            self.press(K.Key_Return)
        elif kind == ItemType.date:
            self.type(want or "20090315")
            self.expected[(item.id, None)] = "-".join(
                ((want or "20090315")[:4], (want or "20090315")[4:6], (want or "20090315")[6:]))
            self.press(K.Key_Return)
        elif kind in (ItemType.integer, ItemType.decimal):
            typed = str(want if want is not None else (item.min or 0) + 2)
            self.type(typed)
            self.expected[(item.id, None)] = int(typed) if kind == ItemType.integer \
                else float(typed)
            self.press(K.Key_Return)
        elif kind == ItemType.text:
            text = want or f"Typed for {item.id}"
            self.type(text)
            self.expected[(item.id, None)] = text
            self.press(K.Key_Return)
        elif kind == ItemType.long_text:
            text = want or f"Notes on {item.id}: the working group met twice."
            self.type(text)
            self.expected[(item.id, None)] = text
            self.press(K.Key_Right, ALT)  # Enter is a new line in notes
        elif kind in GROUPS:
            self.people(item, want or {})
            self.press(K.Key_Right, ALT)
        else:
            raise AssertionError(f"no keys for {item.id} ({kind})")

    def pick(self, item: Any, name: str | None) -> None:
        """A choice by its digit, or by typing its first letters where the list is longer
        than the digits reach (then Enter picks it)."""
        editor = self.s.editor
        shown = editor.shown()
        names = [editor.choices[editor.buttons.index(b)].name for b in shown]
        name = name or names[0]
        n = names.index(name)
        if n < 9:
            self.press(getattr(K, f"Key_{n + 1}"))
            assert editor.raw() == name
        else:
            label = self.protocol.text(editor.choices[editor.buttons.index(shown[n])].label)
            self.type(label.split()[0])
            assert focused() is shown[n], (item.id, label, focused().objectName())
        self.expected[(item.id, None)] = name

    # ---- a list of people or episodes and its table ------------------------------------
    def people(self, item: Any, want: dict[str, Any]) -> None:
        gen, session = self.s.editor, self.s.session
        assert focused() is gen.filter
        for typed in want.get("roster", []):
            self.type(typed)
            self.press(K.Key_Return)
        for name in want.get("free", []):
            self.type(name)
            self.press(K.Key_Return, SHIFT)
        people = session.content.people_of(item.id)
        labels = [session.person_label(p) for p in people]
        assert labels == want.get("labels", labels), labels
        assert len(people) == len(want.get("roster", [])) + len(want.get("free", []))
        self.expected[(item.id, "people")] = labels
        if not item.items:
            return
        self.press(K.Key_Tab)
        table, model = gen.table, gen.model
        done: set[tuple[int, int]] = set()
        for _ in range(len(people) * len(item.items) + 4):
            if focused() is not table:
                break
            here = table.currentIndex()
            cell = (here.row(), here.column())
            if cell in done or not here.isValid():
                break
            done.add(cell)
            follow = model.followup(here)
            iid = people[here.row()].instance_id
            self.cell(follow, iid, labels, here.row(), want.get("cells", {}))
            self.qtbot.waitUntil(lambda: model.writing == 0, timeout=5000)
            assert gen.error.text() == "", (follow.id, gen.error.text())
        asked = {(f.id, p.instance_id) for f in item.items for p in people
                 if session.is_relevant(f, p.instance_id)}
        answered = {(f, i) for (f, i) in self.expected if i in {p.instance_id for p in people}}
        assert asked <= answered, sorted(asked - answered)

    def cell(self, follow: Any, iid: str, labels: list[str], row: int,
             cells: dict[str, Any]) -> None:
        kind = follow.type
        planned = cells.get(follow.id, {}).get(row)
        if kind == ItemType.yes_no:
            self.press(K.Key_Y if planned != "no" else K.Key_N)
            self.expected[(follow.id, iid)] = planned or "yes"
        elif kind in (ItemType.likert, ItemType.select_one):
            names = [c.name for c in self.s.session.choices(follow, iid)]
            name = planned or names[0]
            self.press(getattr(K, f"Key_{names.index(name) + 1}"))
            self.expected[(follow.id, iid)] = name
        elif kind == ItemType.select_multiple:  # the others named, by their first letters
            offered = {c.name: self.protocol.text(c.label)
                       for c in self.s.session.choices(follow, iid)}
            others = [n for n, label in offered.items()
                      if label in labels and label != labels[row]]
            self.type(", ".join(offered[n][:5] for n in others))
            self.press(K.Key_Return)
            self.expected[(follow.id, iid)] = others or None
        elif kind in (ItemType.integer, ItemType.decimal):
            typed = str(planned if planned is not None else int(follow.min or 0) + row + 1)
            self.type(typed)
            self.press(K.Key_Return)
            self.expected[(follow.id, iid)] = int(typed) if kind == ItemType.integer \
                else float(typed)
        else:
            text = planned or f"{follow.id} for row {row + 1}"
            self.type(text)
            self.press(K.Key_Return)
            self.expected[(follow.id, iid)] = text

    # ---- the whole interview -----------------------------------------------------------
    def run(self, plan: dict[str, Any], last: str, back: tuple[str, Any] | None) -> None:
        self.press(K.Key_Return)  # consent given: the first question
        for _ in range(200):
            item = self.at()
            self.answer(item, plan)
            if back is not None and item.id == back[0]:
                # back to the answer just given, changed by its own keys; Enter goes on again
                ahead = self.s.shown_id
                self.press(K.Key_Left, ALT)
                assert self.at().id == item.id
                plan = {**plan, item.id: back[1]}
                self.answer(item, plan)
                assert self.s.shown_id == ahead
                self.seen.pop()
                back = None
                continue
            if item.id == last:
                return
        raise AssertionError(f"the walk never reached {last}: {self.seen[-5:]}")

    def check_store(self) -> None:
        content = replay(self.rig.events())
        got: dict[tuple[str, str | None], Any] = {
            key: (a.special or a.value) for key, a in content.answers.items()}
        for (item_id, which), labels in list(self.expected.items()):
            if which == "people":
                people = content.people_of(item_id)
                assert [self.s.session.person_label(p) for p in people] == labels, item_id
                del self.expected[(item_id, which)]
        want = {k: v for k, v in self.expected.items() if v is not None}
        assert got == want, {k: (got.get(k), want.get(k)) for k in set(got) | set(want)
                             if got.get(k) != want.get(k)}


def walk(qtbot: Any, tmp_path: Path, form: str, plan: dict[str, Any], last: str,
         back: tuple[str, Any] | None = None) -> Walk:
    rig = Rig(tmp_path, load_protocol(FORMS / form))
    rig.start(consent=False)
    screen = rig.show(qtbot, 1366, 768)
    assert focused().objectName() == "consent_given"
    w = Walk(qtbot, rig, screen)
    try:
        w.run(plan, last, back)
        w.check_store()
    finally:
        rig.close()
    print(f"\n{form}: {len(w.seen)} questions walked, {len(w.expected)} answers checked")
    return w


STUDY_A = {
    "interview_language": "fr",
    "consent_quotes": "yes",
    "organisation": "eu",
    "role": "ambassador",
    "member_state": "eu-lu",  # the 17th of 27: typed, "Luxembourg"
    "gender": ("special", K.Key_R, "refused"),
    "city": "brussels",
    "years_in_post": "2.5",
    "respondent_name": "Anna Testperson",
    "agreed_before_meeting": ("special", K.Key_D, "dont_know"),
    "informal_contacts_week": 12,
    "friendships_matter": "yes",
    "negotiations_informal": "yes",
    "first_call": "fellow_ambassador",
    "capital_instructions": "general",
    "players_eu": {"roster": ["fra", "germ"], "labels": ["France", "Germany"]},
    "friends_eu": {"roster": ["pol", "swe", "slovenia"], "free": ["Former Swiss deputy"],
                   "labels": ["Poland", "Sweden", "Slovenia", "Former Swiss deputy"],
                   "cells": {"friend_close_eu": {1: "no"}}},
    "difficult_eu": {"roster": ["hung"], "labels": ["Hungary"]},
    "informal_groups": ["sub_regional_caucus", "like_minded"],
}


def test_every_item_of_study_a_as_released_by_keyboard(qtbot, tmp_path):
    w = walk(qtbot, tmp_path, "informal-relations.yaml", STUDY_A, "interviewer_notes",
             back=("city", "washington"))
    asked = set(w.seen)
    # the new questions of 1.2 were all asked, in the EU's branch
    assert {"member_state", "informal_contacts_crisis", "negotiations_outside_share",
            "capital_instructions", "room_for_manoeuvre", "prestige_weight", "peer_pressure",
            "players_eu", "friends_eu", "difficult_eu", "first_call_why",
            "group_freq_caucus", "group_freq_like_minded", "groups_role"} <= asked
    assert not asked & {"players_au", "friends_osce", "role_other", "first_call_other",
                        "informal_groups_other"}
    got = w.expected
    assert got[("member_state", None)] == "eu-lu"
    assert got[("gender", None)] == "refused"
    assert got[("city", None)] == "washington"  # Brussels first, changed on going back
    close = [v for (item, _iid), v in got.items() if item == "friend_close_eu"]
    assert close == ["yes", "no", "yes", "yes"]
    knows = [v for (item, _iid), v in got.items() if item == "friend_knows_eu"]
    assert len(knows) == 4 and all(knows[:3])  # each ambassador with the others named


STUDY_B = {
    "interview_month": "may",
    "interview_year": 2010,
    "consent_citation": "yes",
    "formal_agreements": "yes",
    "episodes": {"free": ["Joint patrols after the riots", "A shared fuel depot"]},
}


def test_every_item_of_study_b_by_keyboard_with_its_episodes(qtbot, tmp_path):
    w = walk(qtbot, tmp_path, "field-cooperation.yaml", STUDY_B, "interviewer_notes")
    assert {"case", "posting", "episodes", "formal_agreements_which"} <= set(w.seen)
    episodes = [k for k in w.expected if k[0] in ("episode_summary", "episode_year",
                                                  "episode_outcome")]
    assert len(episodes) == 6  # two episodes, each with its three follow-ups


def test_ctrl_enter_again_on_the_review_asks_to_finish_and_not_yet_stays(qtbot, tmp_path):
    """Ctrl+Enter shows what is missing; pressed again there it asks whether to finish (the
    question, "Not yet" first, is the only way to finish), instead of doing nothing."""
    rig = Rig(tmp_path, load_protocol(FORMS / "field-cooperation.yaml"))
    with rig:
        rig.start()
        screen = rig.show(qtbot, 1366, 768)
        screen.jump("interview_month")
        settle(qtbot, screen)
        asked: list[bool] = []
        answers = iter([False, True])

        def confirm() -> bool:
            asked.append(True)
            return next(answers)

        screen.review_page.confirm = confirm
        key(qtbot, K.Key_Return, CTRL)
        settle(qtbot, screen)
        assert screen.pages.currentWidget() is screen.review_page and asked == []
        key(qtbot, K.Key_Return, CTRL)  # "Not yet": still on the review, nothing finished
        settle(qtbot, screen)
        assert asked == [True] and rig.session.status == "in_progress"
        assert screen.pages.currentWidget() is screen.review_page
        assert focused() is screen.review_page.list
        key(qtbot, K.Key_Return, CTRL)  # "Finish"
        settle(qtbot, screen)
        assert asked == [True, True]
        assert screen.pages.currentWidget() is screen.result_page
        assert rig.session.status == "completed"
