"""The lead's age X25519 identity and recipients; encryption and decryption in memory only."""

from __future__ import annotations

from dataclasses import dataclass

import pyrage
from pyrage import x25519

from .errors import DecryptionFailed, InvalidKey

AGE_KEY_LENGTH = 62  # "age1" and 58 bech32 characters
# pyrage.decrypt_file leaves partial plaintext on disk when its input is truncated, so only
# the in-memory calls are used here.


def parse_recipient(public_key: str) -> x25519.Recipient:
    """The age recipient for ``age1...``; raises :class:`InvalidKey` with a sentence if not one."""
    text = (public_key or "").strip()
    try:
        return x25519.Recipient.from_str(text)
    except Exception:  # noqa: BLE001 - pyrage raises several types for one user mistake
        shown = text if len(text) <= 24 else text[:21] + "..."
        if text.lower().startswith("age1"):  # the right kind, mistyped or cut short
            why = ("a character is wrong" if len(text) == AGE_KEY_LENGTH else
                   f"it has {len(text)} characters, not {AGE_KEY_LENGTH}")
            raise InvalidKey(
                f"'{shown}' is not a valid age public key ({why}); copy it again from the "
                "lead's key file, or load that file."
            ) from None
        raise InvalidKey(
            f"'{shown}' is not an age public key; a lead key starts with 'age1' "
            "(the project lead gets it from 'fieldkit store init --role lead')."
        ) from None


def check_recipient(public_key: str) -> str:
    """The recipient string normalised (stripped), after checking it parses."""
    parse_recipient(public_key)
    return public_key.strip()


@dataclass(frozen=True, repr=False)
class LeadIdentity:
    """A project lead's age identity (the secret half); ``public_key`` is its ``age1...`` key."""

    secret: str

    def __repr__(self) -> str:  # never show the secret in logs or tracebacks
        return f"LeadIdentity({self.public_key})"

    @classmethod
    def generate(cls) -> LeadIdentity:
        return cls(str(x25519.Identity.generate()))

    @classmethod
    def from_string(cls, text: str) -> LeadIdentity:
        """Parse an identity from its ``AGE-SECRET-KEY-1...`` form (comment lines allowed)."""
        lines = [ln.strip() for ln in (text or "").splitlines()]
        keys = [ln for ln in lines if ln.startswith("AGE-SECRET-KEY-")]
        if len(keys) != 1:
            raise InvalidKey(
                "the lead identity must hold exactly one 'AGE-SECRET-KEY-1...' line; "
                "use the identity file written by 'fieldkit store init --role lead'."
            )
        try:
            x25519.Identity.from_str(keys[0])
        except Exception:  # noqa: BLE001
            raise InvalidKey("the lead identity is not a valid age secret key.") from None
        return cls(keys[0])

    @property
    def public_key(self) -> str:
        return str(self._identity().to_public())

    def to_string(self) -> str:
        """The identity file text (as age-keygen writes it), for an offline backup."""
        return f"# public key: {self.public_key}\n{self.secret}\n"

    def _identity(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.secret)

    def decrypt(self, ciphertext: bytes) -> bytes:
        """Decrypt in memory; raises :class:`DecryptionFailed` if not for this key or damaged."""
        try:
            plaintext: bytes = pyrage.decrypt(bytes(ciphertext), [self._identity()])
            return plaintext
        except Exception:  # noqa: BLE001
            raise DecryptionFailed(
                "the data could not be decrypted with this lead identity: "
                "it was sealed to another key, or it is damaged."
            ) from None


def encrypt(plaintext: bytes, public_keys: list[str]) -> bytes:
    """age-encrypt ``plaintext`` to every ``age1...`` key given (in memory)."""
    if not public_keys:
        raise InvalidKey("there is no age public key to encrypt to.")
    sealed: bytes = pyrage.encrypt(bytes(plaintext), [parse_recipient(k) for k in public_keys])
    return sealed
