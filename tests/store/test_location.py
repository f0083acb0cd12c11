"""Where the store lives: --store, then $FIELDKIT_STORE, then portable mode, then user data."""

from __future__ import annotations

import os

from fieldkit.store import resolve_store_dir
from fieldkit.store.location import make_private_dir


def test_order_of_precedence(tmp_path):
    prog, cwd = tmp_path / "prog", tmp_path / "cwd"
    prog.mkdir()
    cwd.mkdir()
    env = {"FIELDKIT_STORE": str(tmp_path / "env")}
    assert resolve_store_dir(tmp_path / "arg", env, cwd, prog) == tmp_path / "arg"
    assert resolve_store_dir(None, env, cwd, prog) == tmp_path / "env"
    assert resolve_store_dir(None, {"FIELDKIT_PORTABLE": "1"}, cwd, prog) == \
        cwd / "fieldkit-data" / "store"
    (prog / "fieldkit-portable").touch()  # a USB stick: the marker beside the program
    assert resolve_store_dir(None, {}, cwd, prog) == prog / "fieldkit-data" / "store"
    assert resolve_store_dir(None, {}, cwd, tmp_path) != cwd / "fieldkit-data" / "store"
    (cwd / "fieldkit-portable").touch()
    assert resolve_store_dir(None, {}, cwd, tmp_path) == cwd / "fieldkit-data" / "store"


def test_default_is_the_user_data_folder(tmp_path):
    path = resolve_store_dir(None, {}, tmp_path, tmp_path)
    assert path.name == "store" and "fieldkit" in str(path) and not str(path).startswith(str(tmp_path))


def test_private_dir_is_owner_only_even_if_it_existed(tmp_path):
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    os.chmod(loose, 0o755)
    make_private_dir(loose)
    assert loose.stat().st_mode & 0o777 == 0o700
    made = make_private_dir(tmp_path / "a" / "b")
    assert made.stat().st_mode & 0o777 == 0o700
