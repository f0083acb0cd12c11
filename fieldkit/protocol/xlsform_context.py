"""What an XLSForm conversion shares: problems, locations, languages, settings and texts."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from fieldkit.errors import Problem

from .model import NAME_PATTERN
from .xlsform_lang import language_code
from .xlsform_read import TRANSLATABLE, Row, Sheet

SETTINGS = ("form_id", "version", "form_title", "default_language", "cover", "research_aim")
#: Data keys of the protocol that come from the settings sheet.
SETTINGS_KEYS = ("id", "version", "title", "default_language", "languages", "cover",
                 "research_aim")
#: Columns of text shown to people (media columns are files, not texts).
_TEXTS = frozenset({"label", "hint", "constraint_message", "required_message", "guidance_hint"})
OTHER_SHEETS = {
    "osm": "OpenStreetMap questions",
}
#: Sheets that only tell a server what to do with a submission: meaningless offline, ignored.
SERVER_SHEETS = {
    "entities": "ODK entities (a dataset the server updates from each submission, which has "
                "no meaning in an offline store)",
}


class Context:
    """The form being converted: its sheets, what was found wrong, and where things came from."""

    def __init__(self, path: Path, sheets: dict[str, Sheet], problems: list[Problem]):
        self.path = path
        self.file = str(path)
        self.sheets = sheets
        self.problems = problems
        self.where: dict[tuple[Any, ...], str] = {}
        # locations whose validation problems only follow from an error already reported
        self.quiet: set[str] = set()
        self.languages: list[str] = []
        self.default = "en"
        # (sheet title, column key) -> language code, for every translatable column
        self.column_lang: dict[tuple[str, str], str] = {}
        self.settings: dict[str, Any] = {}
        self.settings_where = "settings"

    # ---- problems ----------------------------------------------------------------------
    def error(self, location: str, message: str) -> None:
        self.problems.append(Problem(self.file, location, message))

    def warn(self, location: str, message: str) -> None:
        self.problems.append(Problem(self.file, location, message, "warning"))

    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def locate(self, loc: tuple[Any, ...]) -> str:
        """Where in the workbook a path of the protocol data came from."""
        for cut in range(len(loc), 0, -1):
            if loc[:cut] in self.where:
                return self.where[loc[:cut]]
        if loc and loc[0] in SETTINGS_KEYS:
            return self.settings_where
        return self.sheets["survey"].title if "survey" in self.sheets else "survey"

    # ---- languages ---------------------------------------------------------------------
    def collect_languages(self) -> None:
        """Map every ``label::X`` (and hint, ...) column to a code; settle the default."""
        found: list[str] = []
        for key in ("survey", "choices", "settings"):
            sheet = self.sheets.get(key)
            if sheet is None:
                continue
            seen: dict[tuple[str, str], str] = {}
            for col in sheet.columns:
                if col.base not in TRANSLATABLE or not col.lang:
                    continue
                code, note = language_code(col.lang)
                where = sheet.where(sheet.header_row)
                if code is None:
                    self.error(where, f"column '{col.header}': {note}")
                    continue
                if note:
                    self.warn(where, note)
                if (col.base, code) in seen:
                    self.error(where, f"columns '{seen[(col.base, code)]}' and '{col.header}' "
                               f"are both in language '{code}'; keep only one")
                    continue
                seen[(col.base, code)] = col.header
                self.column_lang[(sheet.title, col.key)] = code
                if code not in found and key != "settings":
                    found.append(code)
        default = self.settings.get("default_language", "")
        plain = self._plain_text_column()
        if plain and found and not default:
            # pyxform's "default" language: the plain column beside label::X columns
            code = "und"
            self.warn(self.sheets["survey"].title, f"column '{plain}' names no language, "
                      f"so its texts are kept as language 'und' (undetermined), the default, "
                      f"beside {', '.join(found)}; set default_language in the settings sheet "
                      "to name it")
            self.default = code
            self.languages = [code, *[c for c in found if c != code]]
            return
        if default:
            code, note = language_code(default)
            if code is None:
                self.error(self.settings_where, f"default_language: {note}")
                code = found[0] if found else "en"
            elif note:
                self.warn(self.settings_where, note)
        elif found:
            code = found[0]
        else:
            code = "en"
            self.warn(self.sheets["survey"].title, "the form names no language, so its texts "
                      "are taken as English (en); set default_language in the settings sheet "
                      "to choose another")
        self.default = code
        self.languages = [code, *[c for c in found if c != code]]

    def _plain_text_column(self) -> str | None:
        """The header of a text column with no language that holds texts, if any."""
        for key in ("survey", "choices"):
            sheet = self.sheets.get(key)
            if sheet is None:
                continue
            for col in sheet.columns:
                if col.base in _TEXTS and not col.lang and any(
                        col.key in row.cells for row in sheet.rows):
                    return col.header
        return None

    def text(self, sheet: Sheet, row: Row, base: str) -> str | dict[str, str] | None:
        """A translatable cell as protocol text: plain when there is one language."""
        out: dict[str, str] = {}
        plain = row.get(base)
        for key, value in row.cells.items():
            code = self.column_lang.get((sheet.title, key))
            if code and key.startswith(base + "::"):
                out[code] = value
        if plain and self.default not in out:
            out[self.default] = plain
        elif plain and out[self.default] != plain:
            self.warn(sheet.where(row.number), f"the plain '{base}' text and the "
                      f"'{base}' text in language '{self.default}' differ; only the second "
                      "is carried")
        if not out:
            return None
        if self.default not in out:
            first = next(iter(out))
            out[self.default] = out[first]
            self.warn(sheet.where(row.number), f"the {base} has no text in the default "
                      f"language '{self.default}', so its '{first}' text stands in for it")
        if len(self.languages) == 1 and set(out) == {self.default}:
            return out[self.default]
        return out

    # ---- settings ----------------------------------------------------------------------
    def read_settings(self) -> None:
        sheet = self.sheets.get("settings")
        if sheet is None or not sheet.rows:
            return
        row = sheet.rows[0]
        self.settings_where = sheet.where(row.number)
        self.settings = {k: v for k, v in row.cells.items() if k in SETTINGS}
        for key, value in row.cells.items():
            if key.split("::")[0] not in SETTINGS:
                self.warn(self.settings_where, f"setting '{key}' ('{value[:40]}') is not carried "
                          "into fieldkit protocols, so it is ignored")
        for extra in sheet.rows[1:]:
            self.warn(sheet.where(extra.number), "the settings sheet has more than one row "
                      "of values; only the first is read")

    def protocol_header(self) -> dict[str, Any]:
        """id, version, title, languages, cover and research aim for the protocol data."""
        where = self.settings_where
        raw_id = self.settings.get("form_id", "")
        if not raw_id:
            form_id = _safe_id(self.path.stem)
            self.warn(where, f"the settings have no form_id, so the protocol id is "
                      f"'{form_id}', from the file name")
        else:
            form_id = _safe_id(raw_id)
            if form_id != raw_id:
                self.warn(where, f"form_id '{raw_id}' is not a valid protocol id, so it is "
                          f"carried as '{form_id}'")
        version = self.settings.get("version", "")
        if not version:
            version = "1"
            self.warn(where, "the settings have no version, so the protocol version is '1'")
        settings_sheet = self.sheets.get("settings")
        settings_row = settings_sheet.rows[0] if settings_sheet and settings_sheet.rows else None

        def setting_text(base: str) -> str | dict[str, str] | None:
            if settings_sheet is None or settings_row is None:
                return None
            return self.text(settings_sheet, settings_row, base)

        title = setting_text("form_title")
        if title is None:
            title = raw_id or self.path.stem
            self.warn(where, f"the settings have no form_title, so the title is '{title}'")
        cover, aim = setting_text("cover"), setting_text("research_aim")
        if cover is None or aim is None:
            missing = " or ".join(n for n, v in (("cover", cover), ("research_aim", aim))
                                   if v is None)
            self.warn(where, f"the form has no {missing} (XLSForm has no place for them), "
                      "so they are left empty; write them in the protocol before interviewing")
        return {"id": form_id, "version": version, "title": title, "languages": self.languages,
                "default_language": self.default, "cover": cover or "", "research_aim": aim or ""}

    def check_sheets(self) -> None:
        """Warn about sheets fieldkit does not read; refuse the ones that carry features."""
        for key, sheet in self.sheets.items():
            if key in ("survey", "choices", "settings", "external_choices"):
                continue
            if key in OTHER_SHEETS and sheet.rows:
                self.error(sheet.title, f"the '{sheet.title}' sheet holds {OTHER_SHEETS[key]}, "
                           "which fieldkit cannot carry")
                continue
            if key in SERVER_SHEETS:
                if sheet.rows:
                    self.warn(sheet.title, f"the '{sheet.title}' sheet holds "
                              f"{SERVER_SHEETS[key]}, so it is ignored; the questions import")
                continue
            near = difflib.get_close_matches(key, ["survey", "choices", "settings"], n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            self.warn(sheet.title, f"sheet '{sheet.title}' is not an XLSForm sheet fieldkit "
                      f"reads{hint}, so it is ignored")


def _safe_id(text: str) -> str:
    out = re.sub(r"[^A-Za-z0-9_.\-]+", "_", text.strip()).strip("_.-")[:64]
    return out if out and out[0].isalnum() else "form"


def is_name(text: str) -> bool:
    return bool(re.match(NAME_PATTERN, text)) and len(text) <= 64
