"""Study B's episodes (year, cooperation or friction) counted by year and kind and by case."""

from __future__ import annotations

import coding_study as cs
import pytest
from pdf_text import pages

from fieldkit.analysis.episodes import episode_tables
from fieldkit.dataset.from_store import dataset_from_store
from fieldkit.operations.outputs import OutputRequest, produce, write_report
from fieldkit.store import Store


@pytest.fixture(scope="module")
def lead(tmp_path_factory):
    return cs.make_store(tmp_path_factory.mktemp("episodes") / "lead")


def test_episodes_by_year_and_kind_and_by_case(lead):
    with Store.open(lead, cs.PASS) as store:
        data = dataset_from_store(store, None)
    (t,) = episode_tables(data, cs.protocol())
    assert t.item_id == "episodes" and t.by == "case"
    assert [label for _, label in t.kinds] == ["Cooperation", "Friction", "Mixed"]
    assert t.by_year == [("2003", [2, 0, 0]), ("2004", [0, 1, 0]), ("2008", [0, 1, 0])]
    assert t.total == [2, 2, 0] and t.interviews == 3
    assert t.by_group == [("Kosovo", 2, [2, 1, 0]), ("Afghanistan", 1, [0, 1, 0])]


def test_the_study_report_has_the_episodes_section(lead, tmp_path):
    out = tmp_path / "study.pdf"
    with Store.open(lead, cs.PASS) as store:
        produce(store, OutputRequest("study", override=cs.OVERRIDE),
                lambda p: [write_report(p, out)])
    text = " ".join(pages(out))
    assert "Episodes of cooperation or friction" in text
    assert "4 episodes described in 3 interviews" in text
