"""Key slots: the random database key wrapped by a passphrase (Argon2id) and sealed to the lead."""

from __future__ import annotations

import base64
import functools
import json
import secrets
import time
from dataclasses import asdict, dataclass, replace
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldkit.errors import WrongPassphrase

from . import age
from .errors import CryptoError

FORMAT = "fieldkit-keyslots/1"
KEY_BYTES = 32
TARGET_UNLOCK_SECONDS = 0.5
# 128 MiB: memory-hard enough to hurt GPUs, small enough for an old laptop; one lane because
# the machines this runs on are often two-core and busy.
PRODUCTION_MEMORY_KIB = 128 * 1024


class KeySlotsDamaged(CryptoError):
    """The key-slot file is not in the form this program writes."""


def new_database_key() -> bytes:
    """A fresh random 256-bit database key."""
    return secrets.token_bytes(KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, recorded in each slot so an unlock reuses them exactly."""

    time_cost: int
    memory_cost: int  # KiB
    parallelism: int = 1
    algorithm: str = "argon2id"
    version: int = 19

    def check(self) -> KdfParams:
        # A tampered file must not make an unlock allocate the machine away.
        ok = (
            self.algorithm == "argon2id"
            and self.version == 19
            and 1 <= self.time_cost <= 64
            and 8 * self.parallelism <= self.memory_cost <= 4 * 1024 * 1024
            and 1 <= self.parallelism <= 16
        )
        if not ok:
            raise KeySlotsDamaged("the key-slot file holds key-derivation settings this program refuses.")
        return self

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            passphrase.encode("utf-8"), salt, self.time_cost, self.memory_cost,
            self.parallelism, KEY_BYTES, Type.ID, self.version,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        try:
            return cls(**{k: data[k] for k in ("time_cost", "memory_cost", "parallelism",
                                                "algorithm", "version")}).check()
        except (KeyError, TypeError):
            raise KeySlotsDamaged("the key-slot file has incomplete key-derivation settings.") from None


def fast_params() -> KdfParams:
    """Tiny costs for throwaway stores (the smoke test, the test suite); never a default."""
    return KdfParams(time_cost=1, memory_cost=8, parallelism=1)


@functools.lru_cache(maxsize=1)
def calibrate(target_seconds: float = TARGET_UNLOCK_SECONDS,
              memory_cost: int = PRODUCTION_MEMORY_KIB) -> KdfParams:
    """Production costs: the fixed memory, and passes chosen so one unlock takes ~target here."""
    salt = secrets.token_bytes(16)
    probe = KdfParams(time_cost=1, memory_cost=memory_cost)
    best = float("inf")
    for _ in range(2):  # the faster of two runs: a busy machine should not inflate the cost
        start = time.perf_counter()
        probe.derive("calibration", salt)
        best = min(best, time.perf_counter() - start)
    passes = max(2, min(64, round(target_seconds / max(best, 1e-3))))
    return KdfParams(time_cost=passes, memory_cost=memory_cost)


def default_params() -> KdfParams:
    """The costs for a new key slot: calibrated here; the environment cannot lower them."""
    return calibrate()



@dataclass(frozen=True, repr=False)
class KeySlots:
    """The slots of one store: always a passphrase slot, and a recovery slot if a lead is known."""

    store_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    recovery: bytes | None = None  # the database key age-encrypted to the lead

    def __repr__(self) -> str:
        return f"KeySlots(store_id={self.store_id!r}, kdf={self.kdf}, recovery={self.has_recovery})"

    @property
    def has_recovery(self) -> bool:
        return self.recovery is not None

    # ---- making ------------------------------------------------------------------------
    @classmethod
    def create(cls, store_id: str, db_key: bytes, passphrase: str,
               lead_public_key: str | None = None, params: KdfParams | None = None) -> KeySlots:
        slots = cls._wrap(store_id, db_key, passphrase, params or default_params(), None)
        return slots.with_recovery(db_key, lead_public_key) if lead_public_key else slots

    @classmethod
    def _wrap(cls, store_id: str, db_key: bytes, passphrase: str, params: KdfParams,
              recovery: bytes | None) -> KeySlots:
        if len(db_key) != KEY_BYTES:
            raise CryptoError("the database key has the wrong length.")
        params.check()
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = params.derive(passphrase, salt)
        wrapped = AESGCM(kek).encrypt(nonce, bytes(db_key), _aad(store_id, params))
        return cls(store_id, params, salt, nonce, wrapped, recovery)

    def with_passphrase(self, db_key: bytes, passphrase: str,
                        params: KdfParams | None = None) -> KeySlots:
        """New slots where ``passphrase`` opens the same key (the database is not touched)."""
        return self._wrap(self.store_id, db_key, passphrase, params or default_params(),
                          self.recovery)

    def with_recovery(self, db_key: bytes, lead_public_key: str) -> KeySlots:
        return replace(self, recovery=age.encrypt(bytes(db_key), [lead_public_key]))

    # ---- opening -----------------------------------------------------------------------
    def unlock(self, passphrase: str) -> bytes:
        """The database key; raises :class:`WrongPassphrase` if the passphrase is not this one."""
        kek = self.kdf.derive(passphrase, self.salt)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped, _aad(self.store_id, self.kdf))
        except InvalidTag:
            raise WrongPassphrase("wrong passphrase.") from None

    def recover(self, identity: age.LeadIdentity) -> bytes:
        """The database key through the lead's identity (raises if no slot or another lead)."""
        if self.recovery is None:
            raise CryptoError("this store has no recovery slot: it was made without a lead key.")
        key = identity.decrypt(self.recovery)
        if len(key) != KEY_BYTES:
            raise KeySlotsDamaged("the recovery slot does not hold a database key.")
        return key

    # ---- the file ----------------------------------------------------------------------
    def to_json(self) -> str:
        slots: list[dict[str, Any]] = [{
            "kind": "passphrase", "cipher": "aes-256-gcm", "kdf": self.kdf.to_dict(),
            "salt": _b64(self.salt), "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped),
        }]
        if self.recovery is not None:
            slots.append({"kind": "recovery", "cipher": "age-x25519", "sealed": _b64(self.recovery)})
        return json.dumps({"format": FORMAT, "store_id": self.store_id, "slots": slots}, indent=2)

    @classmethod
    def from_json(cls, text: str) -> KeySlots:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise KeySlotsDamaged(
                    "the key-slot file is of an unknown format; a newer fieldkit may be needed.")
            by_kind = {slot["kind"]: slot for slot in data["slots"]}
            pw = by_kind["passphrase"]
            if pw.get("cipher") != "aes-256-gcm":
                raise KeySlotsDamaged("the passphrase slot uses a cipher this program does not know.")
            rec = by_kind.get("recovery")
            return cls(
                store_id=str(data["store_id"]), kdf=KdfParams.from_dict(pw["kdf"]),
                salt=_unb64(pw["salt"]), nonce=_unb64(pw["nonce"]), wrapped=_unb64(pw["wrapped"]),
                recovery=_unb64(rec["sealed"]) if rec else None,
            )
        except CryptoError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError):
            raise KeySlotsDamaged("the key-slot file is damaged.") from None


def _aad(store_id: str, params: KdfParams) -> bytes:
    # Binding the store id and costs means a slot cannot be moved to another store or relabelled.
    settings = json.dumps(params.to_dict(), sort_keys=True, separators=(",", ":"))
    return f"{FORMAT}|{store_id}|{settings}".encode()
