"""Suggestions: the cheapest combinations of ladder rungs (and suppression within the plan's
limit) that reach the k and l targets, searched level by level through the lattice as ARX
does. Cost is information loss: one per level raised plus one per record suppressed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from fieldkit.anonymise.frame import Levels, Outcome, RiskFrame

MAX_NODES = 4000
MAX_SECONDS = 5.0
MAX_SUGGESTIONS = 10


def _combinations(tops: list[int], depth: int, start: int = 0) -> Iterator[list[int]]:
    """Every way to raise the levels by ``depth`` in total, each at most its top."""
    if start == len(tops):
        if depth == 0:
            yield []
        return
    for lvl in range(min(depth, tops[start]), -1, -1):
        for rest in _combinations(tops, depth - lvl, start + 1):
            yield [lvl, *rest]


def _reach(frame: RiskFrame, levels: Levels) -> Outcome | None:
    plain = frame.evaluate(levels)
    if plain.reached:
        return plain
    if not frame.suppressible or not frame.targets.limit:
        return None
    if len(plain.at_risk) > frame.targets.limit:
        return None
    done = frame.suppress(levels)
    return done if done.reached else None


def search(frame: RiskFrame, *, max_nodes: int = MAX_NODES,
           max_seconds: float = MAX_SECONDS) -> list[dict[str, Any]]:
    """The cheapest ways to the targets, best first (empty when none is found)."""
    tops = [len(frame.ladders[q]) - 1 for q in frame.qis]
    if not frame.evaluate(tuple(tops)).reached:
        return []  # everything dropped is the most any combination can do: nothing reaches
    found: list[tuple[int, Levels, Outcome]] = []
    best: int | None = None
    seen = 0
    started = time.monotonic()
    for depth in range(1, sum(tops) + 1):
        if best is not None and depth > best:
            break
        for combo in _combinations(tops, depth):
            seen += 1
            if seen > max_nodes or time.monotonic() - started > max_seconds:
                break
            levels = tuple(combo)
            outcome = _reach(frame, levels)
            if outcome is None:
                continue
            cost = depth + outcome.records
            found.append((cost, levels, outcome))
            best = cost if best is None else min(best, cost)
        else:
            continue
        break
    found.sort(key=lambda f: (f[0], f[2].records, -(f[2].k or 0), -(f[2].k_map or 0), f[1]))
    return [suggestion(frame, levels, outcome, cost)
            for cost, levels, outcome in found[:MAX_SUGGESTIONS]]


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def suggestion(frame: RiskFrame, levels: Levels, outcome: Outcome, cost: int) -> dict[str, Any]:
    """One combination as the record keeps it: what changes, its cost and the figures."""
    changes = []
    for q, lvl in zip(frame.qis, levels, strict=True):
        if lvl:
            rung = frame.ladders[q][lvl]
            changes.append({"variable": q, "level": lvl, "change": rung.words,
                            "plan": dict(rung.entry or {})})
    words = [str(c["change"]) for c in changes]
    if outcome.records:
        words.append(f"suppress cells of {outcome.records} interview"
                     f"{'s' if outcome.records != 1 else ''}")
    figures = [f"k {outcome.k}"]
    if outcome.k_map is not None:
        figures.append(f"k-map {outcome.k_map}")
    figures += [f"l of {s} {_l(outcome.l_of(s))}" for s in outcome.counts
                if outcome.l_of(s) is not None]
    text = f"{_join(words)} ({', '.join(figures)}; cost {cost})"
    return {"action": "generalise" if changes else "suppress",
            "variables": [c["variable"] for c in changes], "changes": changes,
            "levels": sum(levels), "suppressed_records": outcome.records, "cost": cost,
            "k": outcome.k, "k_map": outcome.k_map,
            "l": {s: outcome.l_distinct.get(s) for s in outcome.counts},
            "l_entropy": {s: round(v, 3) for s, v in outcome.l_entropy.items()},
            "reaches_target": True, "text": text}


def _l(value: float | None) -> str:
    return "–" if value is None else (f"{value:g}" if float(value).is_integer()
                                      else f"{value:.2f}")


def sentence(suggestions: list[dict[str, Any]], count: int = 2) -> str:
    """The best suggestions in one readable sentence, for a refusal message."""
    if not suggestions:
        return ("No combination of coarser generalisations, dropped variables and suppression "
                "within the plan's limit reaches the targets")
    best = [s["text"] for s in suggestions[:count]]
    return "Cheapest fix: " + "; or ".join(best)
