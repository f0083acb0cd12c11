"""XLSForm's choice_filter and piping on the interview screen: only the choices the filter
keeps are offered (and numbered), and ${name} in a question shows the answer given."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.interview.session import InvalidAnswer
from fieldkit.protocol.loader import protocol_from_data

from .helpers import Rig, settle

COUNTIES = [{"name": "king", "label": "King", "extra": {"cf": "washington"}},
            {"name": "pierce", "label": "Pierce", "extra": {"cf": "washington"}},
            {"name": "king", "label": "King", "extra": {"cf": "texas"}},
            {"name": "cameron", "label": "Cameron", "extra": {"cf": "texas"}}]
PROTOCOL = {
    "id": "cf", "version": "1", "title": "CF", "cover": "c", "research_aim": "a",
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "state", "type": "select_one", "label": "State",
         "choices": [{"name": "texas", "label": "Texas"},
                     {"name": "washington", "label": "Washington"}]},
        {"id": "county", "type": "select_one", "label": "Which county of ${state}?",
         "hint": "Counties of ${state} only", "choices": COUNTIES,
         "choice_filter": "${state} = choice-column('cf')"},
    ]}],
}


def test_the_filter_narrows_the_choices_shown_and_recorded(qtbot, tmp_path):
    protocol = protocol_from_data(PROTOCOL, file="cf.yaml", base_dir=tmp_path)
    with Rig(tmp_path, protocol) as rig:
        s = rig.start()
        rig.writer.call(s.answer, "state", "texas")
        assert [c.name for c in s.choices(protocol.item("county"))] == ["king", "cameron"]
        try:
            rig.writer.call(s.answer, "county", "pierce")
            raise AssertionError("a choice the filter leaves out was recorded")
        except InvalidAnswer as exc:
            assert "'pierce' is not among the choices offered now" in str(exc)
        screen = rig.show(qtbot)
        screen.jump("county")
        settle(qtbot, screen)
        assert screen.question.text() == "Which county of texas?"
        assert screen.hint.text() == "Counties of texas only"
        editor = screen.editor
        shown = [b.text() for b in editor.shown()]
        assert shown == ["1   King", "2   Cameron"]
        qtbot.keyClick(editor.focus_target(), Qt.Key.Key_2)  # the second choice shown
        settle(qtbot, screen)
        assert s.content.value("county") == "cameron"
        screen.jump("state")
        settle(qtbot, screen)
        rig.writer.call(s.answer, "state", "washington")
        screen.jump("county")
        settle(qtbot, screen)
        assert [b.text() for b in screen.editor.shown()] == ["1   King", "2   Pierce"]
        assert screen.question.text() == "Which county of washington?"
