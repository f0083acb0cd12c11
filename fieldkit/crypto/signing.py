"""Ed25519 signing keys: each store signs what it sends so the lead knows who made it."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .errors import InvalidKey

_RAW = serialization.Encoding.Raw


@dataclass(frozen=True, repr=False)
class SigningKey:
    """An Ed25519 private key held as its 32 raw bytes."""

    private_bytes: bytes

    def __repr__(self) -> str:
        return f"SigningKey(public={self.public_key.hex()})"

    @classmethod
    def generate(cls) -> SigningKey:
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
        return cls(raw)

    def _key(self) -> Ed25519PrivateKey:
        try:
            return Ed25519PrivateKey.from_private_bytes(bytes(self.private_bytes))
        except ValueError:
            raise InvalidKey("the signing key is not a valid Ed25519 key.") from None

    @property
    def public_key(self) -> bytes:
        """The 32 raw bytes of the public key."""
        return self._key().public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)

    def sign(self, data: bytes) -> bytes:
        return self._key().sign(bytes(data))


def verify(public_key: bytes, data: bytes, signature: bytes) -> bool:
    """True if ``signature`` is ``public_key``'s signature of ``data``; False otherwise."""
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public_key)).verify(bytes(signature), bytes(data))
    except (InvalidSignature, ValueError):
        return False
    return True
