"""Answer widgets, one small module per family, and the one place that picks the right one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fieldkit.protocol.model import CHOICE_TYPES, Item, ItemType, Protocol

from .attachment import AttachmentEditor
from .base import ItemEditor
from .choices import ChoiceEditor, choice_editor_class
from .date import DateEditor
from .formatted import FormattedEditor, RankEditor
from .note import NoteDisplay
from .numeric import NumberEditor
from .text import LongTextEditor, ShortTextEditor

__all__ = ["ChoiceEditor", "ItemEditor", "LongTextEditor", "editor_for"]


def editor_for(item: Item, protocol: Protocol, language: str,
               parent: QWidget | None = None) -> ItemEditor:
    """The widget an item's type needs (name generators have their own page)."""
    t = item.type
    if t == ItemType.rank:
        cls: type[ItemEditor] = RankEditor
    elif t in CHOICE_TYPES or t == ItemType.yes_no:
        cls = choice_editor_class(t)
    elif t in (ItemType.integer, ItemType.decimal):
        cls = NumberEditor
    elif t == ItemType.text:
        cls = ShortTextEditor
    elif t == ItemType.long_text:
        cls = LongTextEditor
    elif t == ItemType.date:
        cls = DateEditor
    elif t in (ItemType.time, ItemType.datetime, ItemType.geopoint, ItemType.geotrace,
               ItemType.geoshape):
        cls = FormattedEditor
    elif t == ItemType.attachment:
        cls = AttachmentEditor
    elif t == ItemType.note:
        cls = NoteDisplay
    else:
        raise ValueError(f"no answer widget for a {t.value} item")
    return cls(item, protocol, language, parent)
