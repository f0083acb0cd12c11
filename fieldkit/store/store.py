"""The Store: one unlocked, locked-to-this-process encrypted store and everything it offers."""

from __future__ import annotations

import contextlib
import functools
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from fieldkit.crypto import (
    DecryptionFailed,
    KdfParams,
    KeySlots,
    LeadIdentity,
    SigningKey,
    WeakPassphrase,
    check_passphrase,
    check_recipient,
    new_database_key,
)
from fieldkit.errors import StoreError, WrongPassphrase

from . import events as event_log
from . import imports, metadata, protocol_identity, redaction_log, sealing, texts
from . import interviews as interview_rows
from .clock import new_id, utc_now
from .connection import Database, DatabaseError, cipher_settings, connect, translate
from .exchange_tables import ExchangeTables
from .guard import Guard
from .location import make_private_dir
from .lockfile import StoreLock
from .migrations import migrate
from .records import (
    AuditEntry,
    CheckResult,
    Event,
    Interview,
    ProtocolRecord,
    StoreInfo,
    TextEntry,
    Tombstone,
)
from .redaction_log import Decision, RedactionEntry
from .schema import SCHEMA_VERSION
from .slotfile import (
    LOCK_NAME,
    db_path,
    drop_pending_slots,
    promote_pending_slots,
    read_pending_slots,
    read_slots,
    require_store,
    store_exists,
    write_pending_slots,
    write_slots,
)
from .transactions import transaction

if TYPE_CHECKING:
    from fieldkit.protocol.model import Protocol

ROLES = ("interviewer", "lead")
SIGNING_KEY = "signing_ed25519"
LEAD_IDENTITY = "lead_age_identity"


P = ParamSpec("P")
R = TypeVar("R")


def _guarded(method: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """Run a method under the store's mutex, with database failures turned into sentences."""
    @functools.wraps(method)
    def wrapper(self: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._mutex:
            if self._db is None:
                raise StoreError(f"the store at {self.path} is closed; open it again.")
            try:
                return method(self, *args, **kwargs)
            except DatabaseError as exc:
                raise translate(exc, db_path(self.path)) from None
    return wrapper


class Store:
    """An open store. Make one with :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(self, path: Path, db: Database, key: bytes, slots: KeySlots,
                 lock: StoreLock):
        self.path = path
        self._db: Database | None = db
        self._key = bytearray(key)
        self._slots = slots
        self._lock = lock
        self._mutex = threading.RLock()
        #: The mutex and database as the store's components use them (``exchange``...).
        self.guard = Guard(path, self._mutex, lambda: self.db)

    # ---- making and opening ------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, passphrase: str, *, role: str = "interviewer",
               lead_public_key: str | None = None, interviewer: str | None = None,
               lead_identity: LeadIdentity | None = None, kdf: KdfParams | None = None,
               enforce_strength: bool = True) -> Store:
        """Make a new store at ``path``. A lead store makes (or keeps) the lead's age identity."""
        path = Path(path).absolute()
        if role not in ROLES:
            raise StoreError(f"the role must be 'interviewer' or 'lead', not '{role}'.")
        if enforce_strength:
            reason = check_passphrase(passphrase, interviewer)
            if reason:
                raise WeakPassphrase(reason)
        if role == "lead":
            lead_identity = lead_identity or LeadIdentity.generate()
            lead_public_key = lead_public_key or lead_identity.public_key
        elif lead_identity is not None:
            raise StoreError("only a lead store holds the lead's identity.")
        if lead_public_key:
            lead_public_key = check_recipient(lead_public_key)
        make_private_dir(path)
        if store_exists(path):
            raise StoreError(f"there is already a store at {path}; open it, or choose another "
                             "--store directory.")
        lock = StoreLock(path / LOCK_NAME).acquire(path)
        try:
            key = new_database_key()
            slots = KeySlots.create(new_id(), key, passphrase, lead_public_key, kdf)
            db = cls._initialise(path, key, slots, role, interviewer, lead_public_key,
                                 lead_identity)
            write_slots(path, slots)
        except BaseException:
            for leftover in path.glob(db_path(path).name + "*"):
                leftover.unlink(missing_ok=True)
            lock.release()
            raise
        return cls(path, db, key, slots, lock)

    @staticmethod
    def _initialise(path: Path, key: bytes, slots: KeySlots, role: str, interviewer: str | None,
                    lead_public_key: str | None,
                    lead_identity: LeadIdentity | None) -> Database:
        db = connect(db_path(path), key, create=True)
        try:
            migrate(db, path)
            meta = {
                "store_id": slots.store_id, "role": role, "created_at": utc_now(),
                "interviewer": interviewer or "", "lead_public_key": lead_public_key or "",
                "kdf": json.dumps(slots.kdf.to_dict()),
                "cipher_settings": json.dumps(cipher_settings(db.conn)),
                # SQLCipher's kdf_iter above is unused: the key is given raw, after Argon2id.
                "database_key": "raw 256-bit key, wrapped by key slots (keyslots.json)",
            }
            signing = SigningKey.generate()
            meta["signing_public_key"] = signing.public_key.hex()
            for name, value in meta.items():
                metadata.set_meta(db, name, value)
            metadata.put_key(db, SIGNING_KEY, signing.private_bytes)
            if lead_identity is not None:
                metadata.put_key(db, LEAD_IDENTITY, lead_identity.secret.encode("ascii"))
            metadata.audit(db, "store_created", role)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def require(path: str | Path) -> Path:
        """``path`` as absolute, if a store is there; else the sentence saying what is missing."""
        path = Path(path).absolute()
        require_store(path)
        return path

    @classmethod
    def open(cls, path: str | Path, passphrase: str) -> Store:
        """Unlock the store at ``path``. Raises WrongPassphrase, StoreLocked or StoreError."""
        path = Path(path).absolute()
        require_store(path)
        lock = StoreLock(path / LOCK_NAME).acquire(path)
        try:
            slots, pending = read_slots(path), read_pending_slots(path)
            try:
                store = cls._unlock(path, slots, passphrase, lock)
            except (WrongPassphrase, StoreError):
                if pending is None:
                    raise
                # a re-key was cut short after the database took its new key
                store = cls._unlock(path, pending, passphrase, lock)
                promote_pending_slots(path)
                return store
            drop_pending_slots(path)  # a re-key cut short before the database changed
            return store
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _unlock(cls, path: Path, slots: KeySlots, passphrase: str, lock: StoreLock) -> Store:
        try:
            key = slots.unlock(passphrase)
        except WrongPassphrase:
            raise WrongPassphrase(
                f"wrong passphrase for the store at {path}; try again, or have the project "
                "lead recover it with 'fieldkit store recover'.") from None
        return cls._open_with_key(path, key, slots, lock)

    @classmethod
    def _open_with_key(cls, path: Path, key: bytes, slots: KeySlots, lock: StoreLock) -> Store:
        db = connect(db_path(path), key, create=False)
        try:
            integrity = db.conn.execute("PRAGMA quick_check").fetchall()
            if [row[0] for row in integrity] != ["ok"]:
                raise DatabaseError("database disk image is malformed")
            migrate(db, path)
            if metadata.get_meta(db, "store_id") != slots.store_id:
                raise StoreError(f"the key-slot file in {path} belongs to another store; "
                                 "restore the store from a backup.")
            # A crash between a seal (or withdrawal) and its checkpoint left old page copies
            # in the WAL; fold them in now that the file has passed its checks.
            sealing.checkpoint(db)
        except DatabaseError as exc:
            db.close()
            raise translate(exc, db_path(path)) from None
        except BaseException:
            db.close()
            raise
        return cls(path, db, key, slots, lock)

    @classmethod
    def recover(cls, path: str | Path, identity: LeadIdentity, new_passphrase: str,
                enforce_strength: bool = True) -> None:
        """Set a new passphrase through the lead's identity (the recovery slot)."""
        path = Path(path).absolute()
        require_store(path)
        lock = StoreLock(path / LOCK_NAME).acquire(path)
        try:
            slots = read_slots(path)
            if not slots.has_recovery:
                raise StoreError(f"the store at {path} has no recovery slot (it was made without "
                                 "a lead key), so only its passphrase opens it.")
            try:
                key = slots.recover(identity)
            except DecryptionFailed:
                raise StoreError(
                    f"this lead identity does not open the recovery slot of the store at {path}; "
                    "use the identity of the lead whose key the store was made with.") from None
            store = cls._open_with_key(path, key, slots, lock)
        except BaseException:
            lock.release()
            raise
        with store:
            store.change_passphrase(new_passphrase, enforce_strength=enforce_strength)
            store.audit("passphrase_recovered")

    def close(self) -> None:
        with self._mutex:
            if self._db is not None:
                db, self._db = self._db, None
                try:
                    db.close()
                finally:
                    self._key[:] = bytes(len(self._key))
                    self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._db is None

    @property
    def db(self) -> Database:
        """The underlying sqlite_utils.Database (for the store package and tests only)."""
        if self._db is None:
            raise StoreError(f"the store at {self.path} is closed; open it again.")
        return self._db

    # ---- keys and facts ------------------------------------------------------------------
    @_guarded
    def change_passphrase(self, new_passphrase: str, enforce_strength: bool = True) -> None:
        """Re-key the database with a new random key wrapped under the new passphrase (and
        to the lead, if the store has a recovery slot), so an old key-slot file opens nothing.

        Crash-safe: the new slots are written aside first, then the database is re-keyed, then
        the new slots replace the old; opening finishes a change cut short either way."""
        if enforce_strength:
            reason = check_passphrase(new_passphrase, self._meta("interviewer") or None)
            if reason:
                raise WeakPassphrase(reason)
        key = new_database_key()
        lead = self.lead_public_key if self._slots.has_recovery else None
        slots = KeySlots.create(self._slots.store_id, key, new_passphrase, lead)
        write_pending_slots(self.path, slots)
        conn = self.db.conn
        sealing.checkpoint(self.db)
        conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"").fetchall()
        sealing.checkpoint(self.db)
        promote_pending_slots(self.path)
        self._key[:] = key
        self._slots = slots
        metadata.set_meta(self.db, "kdf", json.dumps(slots.kdf.to_dict()))
        metadata.audit(self.db, "passphrase_changed")

    def _meta(self, key: str) -> str | None:
        return metadata.get_meta(self.db, key)

    @property
    def store_id(self) -> str:
        """This store's id: XLSForm's deviceid in the interviews made here."""
        return self._slots.store_id

    @property
    @_guarded
    def info(self) -> StoreInfo:
        counts = self.db.conn.execute(
            "SELECT count(*), coalesce(sum(sealed), 0), "
            "coalesce(sum(status = 'withdrawn'), 0) FROM interviews").fetchone()
        return StoreInfo(
            path=str(self.path), store_id=self._slots.store_id, role=self.role,
            schema_version=int(self._meta("schema_version") or 0),
            interviewer=self._meta("interviewer") or None,
            lead_public_key=self.lead_public_key, recovery_slot=self._slots.has_recovery,
            signing_public_key=self._meta("signing_public_key") or "",
            created_at=self._meta("created_at") or "", kdf=self._slots.kdf.to_dict(),
            cipher_settings=cipher_settings(self.db.conn), interviews=counts[0],
            sealed=counts[1], withdrawn=counts[2])

    @property
    @_guarded
    def role(self) -> str:
        return self._meta("role") or "interviewer"

    @property
    @_guarded
    def interviewer(self) -> str | None:
        return self._meta("interviewer") or None

    @property
    @_guarded
    def lead_public_key(self) -> str | None:
        return self._meta("lead_public_key") or None

    @property
    def can_seal(self) -> bool:
        """Whether finished interviews are sealed to the lead: on an interviewer's store. The
        lead's own store holds the identity that opens them, so sealing there hides nothing
        and would only keep back-entered interviews from the lead's exports and reports."""
        return self.lead_public_key is not None and self.role != "lead"

    @property
    @_guarded
    def signing_key(self) -> SigningKey:
        return SigningKey(metadata.get_key(self.db, SIGNING_KEY) or b"")

    @property
    @_guarded
    def lead_identity(self) -> LeadIdentity | None:
        secret = metadata.get_key(self.db, LEAD_IDENTITY)
        return LeadIdentity(secret.decode("ascii")) if secret else None

    @_guarded
    def check(self) -> CheckResult:
        """Every row of integrity_check and cipher_integrity_check, and the hash chains."""
        conn = self.db.conn
        return CheckResult(
            integrity=[str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()],
            cipher_integrity=[str(r[0]) for r in
                              conn.execute("PRAGMA cipher_integrity_check").fetchall()],
            chain_problems=event_log.verify_store_chains(self.db))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group several writes into one commit (an import); nothing is kept if it fails."""
        with self._mutex:
            try:
                with transaction(self.db):
                    yield self
            except DatabaseError as exc:
                raise translate(exc, db_path(self.path)) from None

    # ---- protocols and interviews --------------------------------------------------------
    @_guarded
    def add_protocol(self, protocol: Protocol) -> ProtocolRecord:
        return interview_rows.add_protocol(self.db, protocol)

    @_guarded
    def import_protocol(self, protocol: Protocol, *, source: str = "the file given",
                        replace: bool = False) -> tuple[ProtocolRecord, list[str]]:
        """Add a protocol a person gives (one content per id and version); the record and the
        hashes of unused older contents it replaced (by its media added, or ``replace``)."""
        return protocol_identity.import_protocol(self.db, protocol, source=source,
                                                 replace=replace)

    @_guarded
    def protocol_clash(self, protocol: Protocol) -> str | None:
        """The hash of another content held under ``protocol``'s id and version, if any."""
        return protocol_identity.clash(self.db, protocol)

    @_guarded
    def remove_protocol(self, protocol_id: str, version: str) -> list[str]:
        """Remove a protocol no interview uses; the hashes removed."""
        return protocol_identity.remove_protocol(self.db, protocol_id, version)

    @_guarded
    def protocol(self, content_hash: str) -> Protocol:
        from fieldkit.protocol.model import Protocol

        return Protocol.from_snapshot(interview_rows.get_protocol_record(self.db, content_hash).snapshot)

    @_guarded
    def protocols(self, protocol_id: str | None = None) -> list[ProtocolRecord]:
        return interview_rows.find_protocols(self.db, protocol_id)

    @_guarded
    def create_interview(self, protocol: Protocol, *, interviewer: str | None = None,
                         language: str | None = None, respondent_code: str | None = None,
                         interview_id: str | None = None, started_at: str | None = None,
                         status: str = "in_progress") -> Interview:
        interview = interview_rows.create_interview(
            self.db, protocol, interviewer=interviewer or self.interviewer, language=language,
            respondent_code=respondent_code, interview_id=interview_id, started_at=started_at,
            status=status)
        metadata.audit(self.db, "interview_created", interview.id)
        return interview

    @_guarded
    def update_interview(self, /, interview_id: str, **fields: Any) -> Interview:
        """Change status, language, respondent_code, started_at, ended_at, last_item, elapsed_ms."""
        return interview_rows.update_interview(self.db, interview_id, **fields)

    @_guarded
    def interview(self, interview_id: str) -> Interview:
        return interview_rows.get_interview(self.db, interview_id)

    @_guarded
    def interviews(self, status: str | None = None) -> list[Interview]:
        return interview_rows.list_interviews(self.db, status)

    @_guarded
    def imported_as(self, digest: str) -> str | None:
        """The interview a back-entry file with this content digest became, or None."""
        return imports.imported_as(self.db, digest)

    @_guarded
    def record_import(self, digest: str, interview_id: str) -> None:
        imports.record(self.db, digest, interview_id)

    # ---- events, quotes, notes -----------------------------------------------------------
    @_guarded
    def append_event(self, interview_id: str, kind: str, *, item_id: str | None = None,
                     instance_id: str | None = None, value: Any = None,
                     special: str | None = None, reason: str | None = None,
                     elapsed_ms: int | None = None, event_id: str | None = None,
                     recorded_at: str | None = None) -> Event:
        """Record one event durably; returns only after its commit (outside a transaction)."""
        return event_log.append_event(
            self.db, interview_id, kind, item_id=item_id, instance_id=instance_id, value=value,
            special=special, reason=reason, elapsed_ms=elapsed_ms, event_id=event_id,
            recorded_at=recorded_at)

    @_guarded
    def events(self, interview_id: str) -> list[Event]:
        return event_log.list_events(self.db, interview_id)

    @_guarded
    def add_quote(self, /, interview_id: str, text: str, **where: Any) -> TextEntry:
        """``where``: item_id, instance_id, elapsed_ms, entry_id, recorded_at."""
        return texts.add_text(self.db, "quotes", interview_id, text, **where)

    @_guarded
    def quotes(self, interview_id: str) -> list[TextEntry]:
        return texts.list_texts(self.db, "quotes", interview_id)

    @_guarded
    def add_note(self, /, interview_id: str, text: str, **where: Any) -> TextEntry:
        return texts.add_text(self.db, "notes", interview_id, text, **where)

    @_guarded
    def notes(self, interview_id: str) -> list[TextEntry]:
        return texts.list_texts(self.db, "notes", interview_id)

    # ---- sealing and withdrawal ----------------------------------------------------------
    @_guarded
    def seal(self, interview_id: str) -> Interview:
        """Encrypt the interview to the lead and remove its readable rows."""
        return sealing.seal(self.db, interview_id, self.lead_public_key)

    @_guarded
    def unseal(self, interview_id: str, identity: LeadIdentity | None = None) -> Interview:
        identity = identity or self.lead_identity
        if identity is None:
            raise StoreError("this store does not hold the lead's identity, so it cannot unseal "
                             "interviews; unseal them on the lead's store.")
        return sealing.unseal(self.db, interview_id, identity)

    @_guarded
    def sealed_blob(self, interview_id: str) -> bytes:
        """The age ciphertext of a sealed interview (for session files)."""
        return sealing.sealed_blob(self.db, interview_id)

    @_guarded
    def export_content(self, interview_id: str) -> dict[str, Any]:
        """A readable interview in full, as plain JSON data (row, protocol, events, texts)."""
        return sealing.export_content(self.db, interview_id)

    @_guarded
    def withdraw(self, interview_id: str) -> Tombstone:
        return sealing.withdraw(self.db, interview_id)

    @_guarded
    def tombstones(self) -> list[Tombstone]:
        return sealing.tombstones(self.db)

    # ---- session files -------------------------------------------------------------------
    @property
    def exchange(self) -> ExchangeTables:
        """The session-file tables (hand-over marks, signers, provenance, versions)."""
        return ExchangeTables(self)

    # ---- redaction log (the team's, never in an output) ---------------------------------
    @_guarded
    def record_redactions(self, /, plan_hash: str, output: str, mapping: Any,
                          **where: Any) -> int:
        """Keep an output's original-to-placeholder mappings; ``where``: protocol_hash, kind."""
        return redaction_log.record_redactions(self.db, plan_hash, output, mapping, **where)

    @_guarded
    def redaction_log(self, /, **which: Any) -> list[RedactionEntry]:
        """Every recorded output with its mappings; ``which``: plan_hash, output."""
        return redaction_log.redaction_log(self.db, **which)

    @_guarded
    def record_decisions(self, decisions: Any, decided_by: str = "") -> int:
        """Keep the team's redact-or-keep decisions on residual-scan candidates."""
        return redaction_log.record_decisions(self.db, decisions, decided_by)

    @_guarded
    def redaction_decisions(self) -> list[Decision]:
        return redaction_log.decisions(self.db)

    # ---- audit ---------------------------------------------------------------------------
    @_guarded
    def audit(self, action: str, detail: str = "", *, day_only: bool = False) -> None:
        """Record an action (never answer content) in the audit log."""
        metadata.audit(self.db, action, detail, day_only=day_only)

    @_guarded
    def audit_log(self, limit: int | None = None) -> list[AuditEntry]:
        return metadata.audit_log(self.db, limit)


__all__ = ["SCHEMA_VERSION", "Store"]
