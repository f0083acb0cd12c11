"""Hostile protocol and plan YAML: one sentence naming the file, within 5 s, never an internal error."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from fieldkit.anonymise.plan import load_plan
from fieldkit.data import forms_dir
from fieldkit.errors import AnonymisationError, ProtocolError
from fieldkit.protocol.loader import load_protocol

LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))


def _deep(n: int) -> str:
    return "x: " + "[" * n + "]" * n + "\n"


HOSTILE = {
    "laughs": (LAUGHS, "aliases"),
    "deep-flow": (_deep(2000), "nests deeper than 64"),
    "deep-block": ("".join("  " * i + f"k{i}:\n" for i in range(2000)) + "  " * 2000 + "v: 1\n",
                   "nests deeper than 64"),
    "huge-int": ("id: x\nversion: " + "9" * 6000 + "\n", "too large"),
    "big-int": ("id: x\nversion: 1\nn: " + str(2**70) + "\n", "beyond"),
    "surrogate": ('id: "\\ud800"\n', "surrogate"),
    "many-aliases": ("a: &a 1\nb: [" + ", ".join(["*a"] * 300) + "]\n", "more than 200 aliases"),
    "recursive": ("a: &a [*a]\n", ""),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_protocol_yaml_is_one_sentence(tmp_path, name):
    text, clause = HOSTILE[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    tracemalloc.start()
    started = time.monotonic()
    with pytest.raises(ProtocolError) as caught:
        load_protocol(path)
    elapsed = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 5 and peak < 500 * 1024 * 1024
    message = str(caught.value)
    assert str(path) in message and clause in message, message


def test_a_large_protocol_is_refused_before_parsing(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("x: " + "a" * (6 * 1024 * 1024) + "\n")
    started = time.monotonic()
    with pytest.raises(ProtocolError, match="larger than 5 MB"):
        load_protocol(path)
    assert time.monotonic() - started < 5


def test_the_shipped_forms_with_a_few_aliases_still_load():

    forms = forms_dir()
    assert load_protocol(forms / "informal-relations.yaml").id


@pytest.mark.parametrize("name", ["laughs", "deep-flow", "huge-int", "surrogate"])
def test_hostile_plan_yaml_is_one_sentence(tmp_path, name):
    text, clause = HOSTILE[name]
    path = tmp_path / f"plan-{name}.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    started = time.monotonic()
    with pytest.raises(AnonymisationError) as caught:
        load_plan(path)
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert str(path) in message and clause in message and "\n" not in message, message
