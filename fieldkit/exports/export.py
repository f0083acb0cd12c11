"""Write a dataset's export folder: CSV and codebook, Stata, SPSS, GraphML, the report JSON."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from fieldkit.anonymise.record import AnonymisationRecord
from fieldkit.dataset.tables import TABLES, Dataset
from fieldkit.errors import UsageError
from fieldkit.exports.atomic import atomic_dir
from fieldkit.exports.columns import table_columns
from fieldkit.exports.csv_out import write_codebook, write_edges, write_table
from fieldkit.exports.network import write_graphml
from fieldkit.exports.stats import write_dta, write_sav

FORMATS = ("csv", "dta", "sav", "graphml")
MANIFEST_FORMAT = "fieldkit-export/1"


def _json(value: object) -> str:
    return json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _named_attachments(data: Dataset) -> list[str]:
    """The attached files a cell of the exported tables still names (none once the plan
    drops the item, as it does by default)."""
    if not data.attachments:
        return []
    named = {value for table in TABLES for row in data.table(table) for value in row.values()
             if isinstance(value, str) and value in data.attachments}
    return sorted(named)


def export(data: Dataset, out_dir: Path, formats: Iterable[str] = FORMATS,
           record: AnonymisationRecord | None = None, *, overwrite: bool = False,
           networks: Sequence[Any] | None = None) -> list[str]:
    """Write the chosen formats into ``out_dir`` (all or nothing); returns the file names.

    An anonymised dataset needs its ``record`` (written as ``anonymisation.json``); the same
    dataset and record always give byte-identical files. ``networks`` (the name generators'
    networks as computed on identities) make the GraphML the one-mode committee network."""
    chosen = sorted(set(formats))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise UsageError(f"unknown export format '{(unknown or [''])[0]}'; "
                         f"choose from {', '.join(FORMATS)}")
    if data.anonymised and (record is None or record.plan_hash != data.plan_hash):
        raise UsageError("an anonymised dataset must be exported with the record of its own "
                         "anonymisation")
    title = f"{data.protocol_id} {data.protocol_version}"
    with atomic_dir(Path(out_dir), overwrite=overwrite) as tmp:
        for name in TABLES:
            variables = data.variables_of(name)
            rows = data.table(name)
            if "csv" in chosen:
                write_table(tmp / f"{name}.csv", [v.name for v in variables], rows)
            if {"dta", "sav"} & set(chosen) and variables:
                columns = table_columns(variables, rows)
                if "dta" in chosen:
                    write_dta(tmp / f"{name}.dta", columns, f"{title} {name}")
                if "sav" in chosen:
                    write_sav(tmp / f"{name}.sav", columns, f"{title} {name}")
        if "csv" in chosen:
            write_codebook(tmp / "codebook.csv", data, record)
        if "graphml" in chosen:
            write_graphml(tmp / "network.graphml", data, networks)
            write_edges(tmp / "network_edges.csv", data)
        if record is not None:
            (tmp / "anonymisation.json").write_text(_json(record.to_dict()), encoding="utf-8")
        for name in _named_attachments(data):
            (tmp / name).parent.mkdir(exist_ok=True)
            (tmp / name).write_bytes(data.attachments[name])
        files = sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*") if p.is_file())
        manifest = {
            "format": MANIFEST_FORMAT, "identified": not data.anonymised,
            "plan_hash": data.plan_hash,
            "protocol": {"id": data.protocol_id, "version": data.protocol_version,
                         "hash": data.protocol_hash},
            "files": {f: hashlib.sha256((tmp / f).read_bytes()).hexdigest() for f in files},
        }
        (tmp / "manifest.json").write_text(_json(manifest), encoding="utf-8")
    return [*files, "manifest.json"]
