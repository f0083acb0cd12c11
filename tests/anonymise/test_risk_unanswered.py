"""l-diversity counts only classes where the sensitive answer is known."""

from fieldkit.anonymise.risk import l_diversity


def test_classes_without_a_known_sensitive_value_do_not_count():
    rows = [{"org": "au", "trust": "high"}, {"org": "au", "trust": "low"},
            {"org": "eu", "trust": None}, {"org": "eu", "trust": None}]
    assert l_diversity(rows, ["org"], "trust") == 2
    assert l_diversity([{"org": "eu", "trust": None}], ["org"], "trust") is None
    rows.append({"org": "eu", "trust": "high"})
    assert l_diversity(rows, ["org"], "trust") == 1
