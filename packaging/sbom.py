"""The CycloneDX SBOM of the bundle: what `cyclonedx-py environment` reads from the build venv,
cut down to the distributions whose modules the bundle holds (what PyInstaller collected: no
test or build tool), with the Python interpreter it embeds.

    python packaging/sbom.py ENVIRONMENT_SBOM.json BUNDLE_FOLDER OUT.json
"""

from __future__ import annotations

import json
import platform
import re
import sys
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def top_level(dist: Distribution) -> set[str]:
    """The importable top-level names a distribution installs."""
    names = set()
    for file in dist.files or []:
        first = file.parts[0]
        if first.endswith((".dist-info", ".egg-info", ".pth")) or first in ("..", "__pycache__"):
            continue
        names.add(first.split(".")[0])
    return names


def bundled_modules(bundle: Path) -> set[str]:
    """Top-level names in the bundle: its programs' module archives and its _internal folder."""
    from PyInstaller.archive.readers import CArchiveReader

    names = {p.name.split(".")[0] for p in (bundle / "_internal").iterdir()}
    for program in bundle.iterdir():
        if program.is_file() and program.stat().st_mode & 0o111:
            pyz = CArchiveReader(str(program)).open_embedded_archive("PYZ.pyz")
            names |= {name.split(".")[0] for name in pyz.toc}
    return names


def main(source: Path, bundle: Path, out: Path) -> None:
    bom = json.loads(source.read_text(encoding="utf-8"))
    bom["metadata"]["component"]["version"] = distribution("fieldkit").version
    present = bundled_modules(bundle)
    keep = set()
    for component in bom.get("components", []):
        try:
            if top_level(distribution(component["name"])) & present:
                keep.add(canonical(component["name"]))
        except PackageNotFoundError:
            continue
    components = [c for c in bom.get("components", []) if canonical(c["name"]) in keep]
    refs = {c["bom-ref"] for c in components} | {bom["metadata"]["component"]["bom-ref"]}
    components.append({
        "type": "platform", "bom-ref": "cpython-interpreter", "name": "CPython",
        "version": platform.python_version(),
        "description": "The Python interpreter and standard library frozen into the bundle",
        "licenses": [{"license": {"id": "PSF-2.0"}}],
        "purl": f"pkg:generic/cpython@{platform.python_version()}"})
    bom["components"] = sorted(components, key=lambda c: c["bom-ref"])
    bom["dependencies"] = sorted(
        ({**d, "dependsOn": sorted(x for x in d.get("dependsOn", []) if x in refs)}
         for d in bom.get("dependencies", []) if d["ref"] in refs), key=lambda d: d["ref"])
    out.write_text(json.dumps(bom, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for needed in ("pyside6-essentials", "sqlcipher3", "reportlab", "cryptography"):
        if needed not in keep:
            sys.exit(f"sbom: {needed} is not in the bundle {bundle}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
