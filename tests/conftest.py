"""Test set-up shared by every part: Qt offscreen, a private temp dir, fast key slots."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests unlock stores many times: the key slot's Argon2id cost is lowered for them only
# (the production cost is chosen by calibration and recorded in each slot).
os.environ.setdefault("FIELDKIT_TEST_FAST_KDF", "1")
