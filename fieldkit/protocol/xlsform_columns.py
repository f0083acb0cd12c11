"""Survey columns and expression features of XLSForm that fieldkit carries, drops or refuses."""

from __future__ import annotations

import difflib
import re

from fieldkit.errors import ExpressionError

from .expr_parse import WORD_OPERATORS, tokenize
from .xlsform_context import Context
from .xlsform_read import Sheet
from .xlsform_types import parse_type

CARRIED = frozenset({"type", "name", "label", "hint", "required", "relevant", "constraint",
                     "constraint_message", "appearance", "disclosure", "roster", "calculation",
                     "choice_filter", "repeat_count", "default", "read_only",
                     "required_message", "guidance_hint", "parameters",
                     # fieldkit's own, which ODK ignores (protocol export --xlsform writes them)
                     "min", "max", "units", "special"})

#: Columns whose value changes what a question does: a value is an error on its row.
REFUSED: dict[str, str] = {}

#: Columns fieldkit drops with a warning: presentation or extras that change no answer.
DROPPED = {
    "image": "media files", "audio": "media files", "video": "media files",
    "big-image": "media files", "media": "media files",
    "autoplay": "media autoplay", "rows": "text box sizes",
    "instance_name": "instance names", "trigger": "recalculation triggers",
    "save_to": "saving answers to ODK entities, a server-side dataset with no meaning offline",
}

#: XPath and ODK features that fieldkit expressions do not have, by what gives them away.
_FEATURES = [
    (re.compile(r"\bpulldata\s*\(", re.I), "pulldata() with other than four plain arguments"),
    (re.compile(r"\binstance\s*\(", re.I), "instance() lookups"),
    (re.compile(r"\bcurrent\s*\(", re.I), "current()"),
    (re.compile(r"\blast-saved#", re.I), "last-saved values"),
]
#: XPath paths to a field (``../name``, ``/data/group/name``), written as ``${name}``.
_PATH = re.compile(r"(?<![\w$}])(?:\.\./)+([A-Za-z_][\w.\-]*)|(?<![\w$}.])"
                   r"/[A-Za-z_][\w.\-]*(?:/[A-Za-z_][\w.\-]*)*/([A-Za-z_][\w.\-]*)")


#: ``instance('LIST')/root/item[KEY = VALUE]/FIELD``: one column of a choice found by another.
_LOOKUP = re.compile(r"instance\s*\(\s*(['\"])([^'\"]+)\1\s*\)\s*/\s*root\s*/\s*item\s*"
                     r"\[\s*([A-Za-z_][\w.:\-]*)\s*=\s*([^\]\[]+?)\s*\]\s*/\s*"
                     r"([A-Za-z_][\w.:\-]*)")


def xpath_to_refs(text: str) -> str:
    """An XLSForm expression with XPath paths as ``${name}``, ``position(..)`` as position()
    and instance() lookups of one choice column by another as ``instance-lookup()``."""
    text = re.sub(r"position\s*\(\s*\.\.\s*\)", "position()", text)
    text = _LOOKUP.sub(_lookup_call, text)
    text = _PULLDATA.sub(_pulldata_call, text)  # the same lookup, in a CSV table
    return _PATH.sub(lambda m: "${" + (m.group(1) or m.group(2)) + "}", text)


#: ``pulldata('TABLE', 'FIELD', 'KEY', VALUE)``: a column of a CSV table beside the form.
_PULLDATA = re.compile(r"pulldata\s*\(\s*(['\"])([^'\"]+)\1\s*,\s*(['\"])([^'\"]+)\3\s*,\s*"
                       r"(['\"])([^'\"]+)\5\s*,\s*([^(),]+|[A-Za-z-]+\([^()]*\))\s*\)")


def _pulldata_call(m: re.Match[str]) -> str:
    return f"instance-lookup('{m.group(2)}', '{m.group(6)}', {m.group(7).strip()}, " \
           f"'{m.group(4)}')"


def _lookup_call(m: re.Match[str]) -> str:
    if re.search(r"\b(and|or)\b|[<>!]|=", m.group(4)):
        return m.group(0)  # a filter of more than one test stays an instance() lookup
    return f"instance-lookup('{m.group(2)}', '{m.group(3)}', {m.group(4)}, '{m.group(5)}')"


def choice_filter_expression(text: str) -> str:
    """An XLSForm choice_filter as a protocol expression: a bare name is a column of the
    choice being filtered (``cf`` -> ``choice-column('cf')``), ``current()/../x`` the answer
    ``${x}``. Text that does not tokenize is returned for validation to name the error."""
    text = xpath_to_refs(re.sub(r"current\s*\(\s*\)\s*/\s*", "", text))
    text = re.sub(r"\blabel::[^\s=!<>()',]+", "label", text)  # the label shown, as piped
    try:
        tokens = tokenize(text)
    except ExpressionError:
        return text
    out, last = [], 0
    for token, following in zip(tokens, tokens[1:], strict=False):
        if token.kind == "name" and following.kind != "(" and token.text not in WORD_OPERATORS:
            out.append(text[last:token.pos])
            out.append(f"choice-column('{token.text}')")
            last = token.pos + len(token.text)
    out.append(text[last:])
    return "".join(out)


def lookup_lists(text: str) -> list[str]:
    """The choice lists an expression (as :func:`xpath_to_refs` writes it) looks up."""
    return re.findall(r"instance-lookup\('([^']+)'", text)


def expression_feature(text: str) -> str | None:
    """The first XLSForm-only feature an expression uses, named for a person, or None."""
    for pattern, feature in _FEATURES:
        if pattern.search(text):
            return feature
    return None


def _unknown(sheet: Sheet, ctx: Context) -> None:
    header = sheet.where(sheet.header_row)
    known = sorted(CARRIED | set(REFUSED) | set(DROPPED))
    for col in sheet.columns:
        if col.base in CARRIED or col.base in REFUSED or col.base in DROPPED:
            continue
        if col.base.startswith(("bind::", "body::", "instance::", "media::", "control::")):
            if any(col.key in row.cells for row in sheet.rows):
                ctx.warn(header, f"column '{col.header}' (an XForm attribute) is not carried, "
                         "so its values are ignored")
            continue
        near = difflib.get_close_matches(col.base, known, n=1, cutoff=0.75)
        ctx.warn(header, f"column '{col.header}' is not an XLSForm column fieldkit knows, so "
                 "its values are ignored" + (f"; did you mean '{near[0]}'?" if near else ""))


def check_survey_columns(ctx: Context, sheet: Sheet) -> None:
    """Warn about dropped and unknown columns; refuse rows that use a refused column."""
    _unknown(sheet, ctx)
    for col in sheet.columns:
        if col.base not in DROPPED:
            continue
        rows = [row.number for row in sheet.rows if col.key in row.cells]
        if rows:
            ctx.warn(sheet.where(rows[0]), f"column '{col.header}' ({DROPPED[col.base]}) is "
                     f"not carried, so its values in {len(rows)} row"
                     f"{'s' if len(rows) > 1 else ''} are ignored")
    for row in sheet.rows:
        kind = parse_type(row.get("type")).kind if row.get("type") else "question"
        if kind in ("refused", "unknown"):
            continue  # the row is refused already; one error per row is enough
        for key, feature in REFUSED.items():
            if row.get(key):
                ctx.error(sheet.where(row.number), f"'{row.get('name') or row.get('type')}' "
                          f"uses {feature}, which fieldkit cannot carry")
