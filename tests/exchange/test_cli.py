"""The session and merge commands, end to end through ``fieldkit.cli.main``."""

from __future__ import annotations

import json

from fieldkit.cli import main

from .conftest import PASSPHRASE


def test_export_merge_and_report(three, monkeypatch, capsys):
    f = three
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    f.interview("A")
    a = f.laptops["A"]
    a.close()
    out = f.root / "files"
    assert main(["session", "export", "--store", str(a.path), "--out", str(out), "--purge",
                 "--yes"]) == 0
    printed = capsys.readouterr().out
    assert "session file 2: 1 interview, 0 withdrawals" in printed and "removed 3 interviews" in printed
    (written,) = out.glob("session-*-00002.fksession")
    assert main(["session", "export", "--store", str(a.path), "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith("fieldkit: there is nothing new to hand over")
    master = f.master("master")
    master.close()
    broken = out / "broken.fksession"
    broken.write_bytes(written.read_bytes()[:-5])
    files = [str(p) for p in (*f.files.values(), written, broken)]
    assert main(["merge", *files, "--store", str(master.path)]) == 1
    captured = capsys.readouterr()
    assert "has not accepted" in captured.err and "0 merged, 5 rejected" in captured.out
    assert "merge again with --accept-new-signer" in captured.err  # the CLI's own wording
    assert main(["merge", *files, "--store", str(master.path), "--accept-new-signer",
                 "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [x["status"] for x in report["files"]] == ["merged"] * 4 + ["rejected"]
    assert report["totals"]["new"] == 6 and "cannot be decrypted" in report["files"][4]["reason"]
    assert main(["merge", "conflicts", "--store", str(master.path)]) == 0
    assert "no open conflicts" in capsys.readouterr().out
    assert main(["merge", "resolve", "x", "--store", str(master.path)]) == 2
    assert "--keep" in capsys.readouterr().err
