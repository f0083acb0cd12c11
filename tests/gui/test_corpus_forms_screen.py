"""Every imported corpus form, run in the app's interview screen (offscreen): each of its items
is shown with its question, its answer widget and, for a repeat or name generator, a column
per follow-up. Choice files a form names but does not bring are given one synthetic choice."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fieldkit.errors import ProtocolError
from fieldkit.gui.name_generator import NameGenerator
from fieldkit.protocol.media import add_media, missing_media
from fieldkit.protocol.model import GROUP_TYPES
from fieldkit.protocol.xlsform import import_xlsform

from .helpers import Rig

SHARED = Path(os.environ.get("FIELDKIT_SHARED") or Path(__file__).resolve().parents[3] / "shared")
FORMS = sorted(p for folder in ("xlsform-real", "xlsform")
               for p in (SHARED / "corpus" / folder).glob("*")
               if p.suffix in (".xlsx", ".xls", ".ods")) if SHARED.is_dir() else []


def _with_media(protocol, folder: Path):
    files = []
    for _, name in missing_media(protocol):
        path = folder / name
        if path.suffix.lower() in (".geojson", ".json"):
            path.write_text(json.dumps({"type": "FeatureCollection", "features": [
                {"type": "Feature", "properties": {"id": "1", "label": "Synthetic place"},
                 "geometry": {"type": "Point", "coordinates": [0, 0]}}]}), encoding="utf-8")
        else:
            path = path.with_suffix(".csv") if path.suffix.lower() != ".csv" else path
            path.write_text("name,label\nx,Synthetic choice\n", encoding="utf-8")
        files.append(path)
    return add_media(protocol, files) if files else protocol


@pytest.mark.skipif(not FORMS, reason="the XLSForm corpus is not here")
@pytest.mark.parametrize("path", FORMS, ids=[p.name for p in FORMS])
def test_every_item_of_an_imported_form_is_shown_on_the_interview_screen(qtbot, tmp_path, path):
    try:
        protocol = import_xlsform(path).protocol
    except ProtocolError:
        pytest.skip("refused, each reason at its row")
    protocol = _with_media(protocol, tmp_path)
    with Rig(tmp_path, protocol) as rig:
        s = rig.start()
        screen = rig.show(qtbot)
        screen.pages.setCurrentWidget(screen.item_page)  # past the cover, on the questions
        shown = 0
        for item in protocol.iter_items():
            if not item.asked:
                continue
            screen._set_editor(item)  # the screen's own path to an item, relevant or not
            QApplication.processEvents()
            editor = screen.editor
            assert editor is not None and editor.item.id == item.id, (path.name, item.id)
            assert editor.isVisible(), (path.name, item.id)
            label = protocol.text(item.label, s.language)
            assert screen.question.text() == s.piped(label), (path.name, item.id)
            if item.type in GROUP_TYPES:
                assert isinstance(editor, NameGenerator)
                asked = {c.id for c in item.items if c.asked}
                columns = {f.id for f in editor.model.followups}
                assert asked <= columns, (path.name, item.id, asked - columns)
                assert editor.model.columnCount() == 1 + len(columns)
            shown += 1
        assert shown == sum(1 for i in protocol.iter_items() if i.asked)
