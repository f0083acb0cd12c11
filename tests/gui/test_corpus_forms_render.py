"""Every item of every real field form that imports can be shown in the app (offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldkit.errors import ProtocolError
from fieldkit.gui.items import editor_for
from fieldkit.protocol.model import GROUP_TYPES
from fieldkit.protocol.xlsform import import_xlsform

SHARED = Path(os.environ.get("FIELDKIT_SHARED") or Path(__file__).resolve().parents[3] / "shared")
FORMS = sorted(p for folder in ("xlsform-real", "xlsform")
               for p in (SHARED / "corpus" / folder).glob("*")
               if p.suffix in (".xlsx", ".xls", ".ods")) if SHARED.is_dir() else []


def _imported():
    out = []
    for path in FORMS:
        try:
            out.append((path.name, import_xlsform(path)))
        except ProtocolError:
            continue  # refused row by row; tests/protocol checks the reasons
    return out


@pytest.mark.skipif(not FORMS, reason="the XLSForm corpus is not here")
def test_every_asked_item_of_every_imported_form_has_a_widget(qtbot):
    imported = _imported()
    assert len(imported) >= 10, [name for name, _ in imported]
    shown = 0
    for name, found in imported:
        protocol = found.protocol
        language = protocol.default_language
        for item in protocol.items_by_id.values():
            if not item.asked or item.type in GROUP_TYPES:
                continue
            try:
                editor = editor_for(item, protocol, language)
            except Exception as exc:  # noqa: BLE001 - name the form and item that fails
                pytest.fail(f"{name}: item '{item.id}' ({item.type.value}) cannot be shown: "
                            f"{exc}")
            qtbot.addWidget(editor)
            editor.deleteLater()
            shown += 1
    assert shown > 300
