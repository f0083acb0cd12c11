"""XLSForm loops ('begin loop over LIST'), expanded as pyxform expands them: one group per
choice, %(name)s and %(label)s replaced in names, labels and expressions; compared with
pyxform's own expansion."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from fieldkit.errors import ProtocolError
from fieldkit.protocol.xlsform import import_xlsform

from .test_xlsform import write_form

pyxform = pytest.importorskip("pyxform.xls2xform")

CORPUS_LOOP = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "xlsform" / "loop.xlsx"

SURVEY = [["type", "name", "label::English (en)", "label::Français (fr)", "relevant"],
          ["select_multiple animals", "kept", "Animals kept", "Animaux gardés", None],
          ["begin loop over animals", "per_animal", "Per animal", "Par animal", None],
          ["integer", "count", "How many %(label)s?", "Combien de %(label)s ?",
           "selected(${kept}, '%(name)s')"],
          ["text", "where", "Where are the %(label)s kept?", "Où sont les %(label)s ?", None],
          ["end loop", None, None, None, None]]
CHOICES = [["list_name", "name", "label::English (en)", "label::Français (fr)"],
           ["animals", "cow", "cows", "vaches"],
           ["animals", "goat", "goats", "chèvres"],
           ["animals", "none", "none", "aucun"]]


def _pyxform_loop_questions(path: Path) -> list[tuple[str, str, dict, str | None]]:
    """(choice, name, label by language, relevant) of each question pyxform puts in a loop."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        survey = pyxform.convert(xlsform=str(path), validate=False)._survey
    out = []
    for loop in survey.children:
        if loop.type != "loop":
            continue
        for group in loop.children:
            for q in group.children:
                label = q.label if isinstance(q.label, dict) else {"default": q.label}
                out.append((group.name, q.name, label, (q.bind or {}).get("relevant")))
    return out


def _fieldkit_id(choice: str, name: str, repeated: set[str]) -> str:
    return f"{choice}_{name}" if name in repeated else name


@pytest.mark.parametrize("which", ["bilingual", "corpus"])
def test_a_loop_has_pyxforms_groups_names_labels_and_logic(tmp_path, which):
    if which == "corpus":
        if not CORPUS_LOOP.is_file():
            pytest.skip("the corpus is not here")
        path = CORPUS_LOOP
    else:
        path = write_form(tmp_path / "loop.xlsx", SURVEY, CHOICES)
    theirs = _pyxform_loop_questions(path)
    assert theirs, "pyxform expanded the loop"
    names = [name for _, name, _, _ in theirs]
    repeated = {n for n in names if names.count(n) > 1}  # written without %(name)s
    result = import_xlsform(path)
    p = result.protocol
    for choice, name, label, relevant in theirs:
        item = p.item(_fieldkit_id(choice, name, repeated))
        for lang, text in label.items():
            code = re.search(r"\((\w+)\)$", lang)  # pyxform: 'Français (fr)'
            ours = p.text(item.label, code.group(1) if code else p.default_language)
            assert ours == text, (choice, name, lang)
        if relevant:
            assert relevant.replace(" ", "") in (item.relevant or "").replace(" ", ""), \
                (choice, name)
    ids = {_fieldkit_id(c, n, repeated) for c, n, _, _ in theirs}
    assert len(ids) == len(theirs)  # one question of fieldkit for each of pyxform's


def test_the_bilingual_loop_in_detail(tmp_path):
    # pyxform refuses ${count} here (several questions are named 'count'); fieldkit reads it
    # as the question asked for the same choice
    survey = [*SURVEY[:4], [*SURVEY[4][:4], "${count} > 0"], SURVEY[5]]
    path = write_form(tmp_path / "loop.xlsx", survey, CHOICES)
    result = import_xlsform(path)
    p = result.protocol
    assert list(p.items_by_id) == ["kept", "cow_count", "cow_where", "goat_count", "goat_where"]
    assert p.text(p.item("goat_count").label, "fr") == "Combien de chèvres ?"
    assert p.item("goat_where").relevant == "${goat_count} > 0"  # the same goat's count
    assert p.item("cow_count").relevant == "selected(${kept}, 'cow')"
    assert [s.id for s in p.sections][-1] == "per_animal"
    said = [(w.location, w.message) for w in result.warnings]
    assert ("survey row 4", "'count' of loop 'per_animal' is asked once per choice of "
            "'animals' (2), named after each (e.g. 'cow_count'), as question ids are unique in "
            "fieldkit, with %(name)s and %(label)s in its label and relevant replaced by the "
            "choice's name and label") in said


@pytest.mark.parametrize("rows,message", [
    ([["begin loop over birds", "l", "L"], ["text", "t", "T"], ["end loop", None, None]],
     "survey row 2: the loop is over choice list 'birds', which is not in the choices sheet"),
    ([["begin loop over animals", "l", "L"], ["text", "t", "T"]],
     "survey row 2: begin loop 'l' has no matching end loop"),
    ([["text", "t", "T"], ["end loop", None, None]],
     "survey row 3: end loop has no begin loop above it"),
    ([["begin loop", "l", "L"], ["end loop", None, None]],
     "survey row 2: the loop names no choice list"),
])
def test_a_broken_loop_is_refused_at_its_row(tmp_path, rows, message):
    path = write_form(tmp_path / "bad.xlsx", [["type", "name", "label"], *rows],
                      [["list_name", "name", "label"], ["animals", "cow", "Cow"]])
    with pytest.raises(ProtocolError) as caught:
        import_xlsform(path)
    assert any(message in str(problem) for problem in caught.value.problems), \
        [str(x) for x in caught.value.problems]
