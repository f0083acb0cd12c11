"""Every key and cipher: passphrase key slots, the lead's age identity, signatures.

Public API:
- ``KeySlots.create(store_id, db_key, passphrase, lead_public_key=None, params=None)``,
  ``.unlock(passphrase) -> bytes``, ``.recover(identity) -> bytes``,
  ``.with_passphrase(db_key, passphrase)``, ``.with_recovery(db_key, lead_public_key)``,
  ``.to_json()``, ``KeySlots.from_json(text)``; ``new_database_key()``; ``KdfParams``;
  ``calibrate()``, ``default_params()``, ``fast_params()``.
- ``check_passphrase(passphrase, interviewer=None) -> str | None``; ``suggest_passphrase()``.
- ``LeadIdentity.generate()``, ``.from_string(text)``, ``.public_key``, ``.to_string()``,
  ``.decrypt(data) -> bytes``; ``encrypt(data, [age1...]) -> bytes``; ``check_recipient(key)``.
- ``SigningKey.generate()``, ``.public_key``, ``.sign(data)``; ``verify(public_key, data, sig)``.
"""

from .age import LeadIdentity, check_recipient, encrypt
from .errors import CryptoError, DecryptionFailed, InvalidKey, WeakPassphrase
from .keyslots import (
    KdfParams,
    KeySlots,
    KeySlotsDamaged,
    calibrate,
    default_params,
    fast_params,
    new_database_key,
)
from .passphrase_gate import check_passphrase, suggest_passphrase
from .signing import SigningKey, verify

__all__ = [
    "CryptoError", "DecryptionFailed", "InvalidKey", "KdfParams", "KeySlots", "KeySlotsDamaged",
    "LeadIdentity", "SigningKey", "WeakPassphrase", "calibrate", "check_passphrase",
    "check_recipient", "default_params", "encrypt", "fast_params", "new_database_key",
    "suggest_passphrase", "verify",
]
