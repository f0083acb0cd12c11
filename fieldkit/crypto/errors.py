"""The crypto part's own failures, each one sentence a person can act on."""

from __future__ import annotations

from fieldkit.errors import FieldkitError


class CryptoError(FieldkitError):
    """A key or ciphertext could not be used as asked."""


class InvalidKey(CryptoError):
    """A key or identity string is not in the expected form."""


class DecryptionFailed(CryptoError):
    """A ciphertext could not be opened with the key given (wrong key, or damaged)."""


class WeakPassphrase(FieldkitError):
    """A new passphrase was refused by the passphrase gate."""
