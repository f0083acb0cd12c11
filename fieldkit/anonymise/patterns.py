"""Identifiers with a shape: e-mails, URLs and domains, phones, handles, births, IDs, addresses.

E-mails plain and obfuscated, URLs and bare domains, handles, dates of birth, passport and
ID numbers, MRZ lines and street addresses in English, French and Spanish. Phones are validated with ``phonenumbers`` against the regions of the roster's member
states (so "0905 123 456" is a Slovak mobile and "2009-2011" is a span of years); domains
with ``tldextract`` using only its bundled public-suffix snapshot (no network, no cache).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from fieldkit.anonymise.lexicon import words, zipf

if TYPE_CHECKING:
    from tldextract import TLDExtract

PRIORITY = 100
# Regions a local number is tried in when the roster says nothing more.
DEFAULT_REGIONS = ("US", "GB", "FR", "BE", "AT", "ET", "ES", "DE", "CH", "IT", "NL")

EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_AT = (r"(?:\s*[\(\[\{<]\s*(?:at|AT|@|arobase|arroba)\s*[\)\]\}>]\s*"
       r"|\s+(?:at|AT|arobase|arroba)\s+|\s*@\s*)")
_DOT = (r"(?:\s*[\(\[\{<]\s*(?:dot|DOT|point|punto|\.)\s*[\)\]\}>]\s*"
        r"|\s+(?:dot|DOT|point|punto)\s+|\.)")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
OBFUSCATED_EMAIL = re.compile(rf"(?<![\w.+\-])([A-Za-z0-9][\w.+\-]*)({_AT})({_LABEL}(?:{_DOT}{_LABEL})+)")
_DOT_SPLIT = re.compile(_DOT)
URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'\[\]{}]+", re.IGNORECASE)
DOMAIN = re.compile(r"(?<![\w@.\-/])((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+"
                    r"[A-Za-z]{2,24})(?::\d{2,5})?(/[^\s<>\"'\[\]{}]*)?(?![\w@\-])")
# Suffixes that are also file extensions: a bare "notes.md" is a file, not a site.
FILE_SUFFIXES = frozenset(words("zip mov"))
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
PHONE = re.compile(r"(?<![\w+/.,\-])(?:\+|00)?\(?\d[\d \t\u00a0().\-/–]{5,22}\d(?![\w])")
YEARS = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d")
NUMERIC_DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}")
THOUSANDS = re.compile(r"\d{1,3}(?:[ .,\u00a0]\d{3})+")
UNITS = re.compile(r"\s*(?:%|‰|percent|per cent|pour cent|por ciento|euros?|eur|dollars?|usd|"
                   r"\$|€|£|francs?|pesos?|pounds?|people|persons|personnes|personas|"
                   r"inhabitants|habitants|habitantes|refugees|réfugiés|refugiados|troops|"
                   r"soldiers|soldats|soldados|km|kg|tonnes?|tons?|barrels?|votes?|voix|votos|"
                   r"years|ans|años|million|millions|millones|billion|milliards)\b")
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_IN_BRACKETS = re.compile(r"\(\s*(?:19|20)\d\d\b")
LEGAL_ACT = re.compile(r"(?<!\d)(?:19|20)\d\d\s*/\s*\d")
TEL = re.compile(r"(?:tel|tél|phone|teléfono|telefono|fax|mobile|móvil|portable|cell)\.?\s*"
                 r"(?:no\.?|n[º°o]\.?)?\s*[:.]?\s*$", re.IGNORECASE)
UNITS_BEFORE = re.compile(r"(?:\$|€|£|usd|eur|chf|gbp)\s*$")
PHONE_WORDS = re.compile(
    r"(?:tel|tél|phone|telephone|téléphone|teléfono|telefono|mobile|mobil|cell|cellphone|"
    r"fax|call|ring|dial|portable|numéro|número|numero|number|appeler|appelez|llamar|"
    r"llame|móvil|movil|celular|whatsapp|signal|viber|contact)\W{0,20}$", re.IGNORECASE)

_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|"
           r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|janvier|février|"
           r"fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
           r"décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|setiembre|"
           r"octubre|noviembre|diciembre")
_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?\s+(?:de\s+)?(?:{_MONTHS})\.?,?\s+"
         rf"(?:de\s+|del\s+)?\d{{4}}"
         rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         rf"|\d{{1,2}}[./\-]\d{{1,2}}[./\-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
         rf"|(?:{_MONTHS})\.?\s+(?:de\s+)?\d{{4}}"
         rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|°)?\s+(?:de\s+)?(?:{_MONTHS})\b"
         rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b)")
_BIRTH = (r"born|birth|birthday|birthdate|dob|d\.o\.b\.?|née?s?|naissance|anniversaire|"
          r"nacid[oa]s?|nació|nacimiento|cumpleaños|f\.\s?n\.")
# The birth word and the date in one sentence: "DOB was on the form by mistake: 15/09/1966".
BIRTH_DATE = re.compile(rf"\b(?:{_BIRTH})\b(?:[^.!?\n]|\.(?=\S)){{0,100}}?({_DATE})",
                        re.IGNORECASE)
BORN_ABBREVIATED = re.compile(rf"(?:\(|\b)b\.\s*((?:19|20)\d\d\b|{_DATE})")
BIRTH_YEAR_LATER = re.compile(rf"\b(?:{_BIRTH})\b[^.\n;]{{0,30}}?\b(?:in|en)\s+((?:19|20)\d\d)\b",
                              re.IGNORECASE)
BIRTH_YEAR = re.compile(rf"\b(?:{_BIRTH})\b\s*(?:in|en|el\s+año|en\s+el\s+año|en\s+l'an)?\s*"
                        rf"((?:19|20)\d\d)\b", re.IGNORECASE)
DATE_THEN_BIRTH = re.compile(rf"({_DATE})\s*[(\[,]?\s*(?:DOB|D\.O\.B\.|date of birth|"
                             rf"date de naissance|fecha de nacimiento)", re.IGNORECASE)

_ID_WORDS = (r"passports?|passeports?|pasaportes?|ID|I\.D\.|identity\s+card|ID\s+card|"
             r"carte\s+d['’]identité|c[ée]dula|DNI|NIE|NIF|SSN|documento|document|"
             r"national\s+insurance|social\s+security|permis|licen[cs]e|visa|laissez-passer")
_ID_VALUE = (r"(?=[A-Z0-9<\-/ ]{0,24}\d)[A-Z0-9](?:[A-Z0-9\-/]|\s(?=[A-Z0-9]{0,12}\d)){4,18}"
             r"[A-Z0-9]")
ID_NUMBER = re.compile(
    rf"\b(?:{_ID_WORDS})\b[^\n.;]{{0,25}}?(?:n[º°o]\.?|no\.|number|numéro|número|#|:)?\s*"
    rf"({_ID_VALUE})(?![\w])", re.IGNORECASE)
NUMBER_WORD_ID = re.compile(
    rf"\b(?:numéro|número|number|n[º°o]\.?|no\.)\s*[:#]?\s*({_ID_VALUE})(?![\w])",
    re.IGNORECASE)
MRZ = re.compile(r"(?<![A-Z0-9<])[A-Z0-9<]{2}[A-Z0-9<]*<[A-Z0-9<]*(?![A-Z0-9<])")

_STREET_EN = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Place|Pl|Square|Sq|"
              r"Way|Terrace|Crescent|Highway|Parkway|Circle|Row|Close|Gardens|Plaza")
_STREET_FR = (r"rue|avenue|av\.|boulevard|bd|chaussée|place|quai|allée|impasse|chemin|"
              r"square|rond-point")
_STREET_ES = (r"(?i:calle|c/|avenida|av\.|avda\.?|paseo|plaza|pza\.?|carrera|cra\.?|calzada|"
              r"camino|ronda|glorieta|travesía|jirón|pasaje|bulevar|carretera|ulica|ul\.|"
              r"ulice|námestie|náměstí|nám\.|trieda|cesta|utca|rua)|"
              r"Rue|Avenue|Boulevard|Chaussée|Place|Square|Strasse|Straße|Via|Viale")
_CAPWORD = r"[A-ZÀ-ÝĀ-Ž][\w'’.\-]*"
_LINKS = r"(?:de|del|de\s+la|de\s+las|de\s+los|du|des|de\s+l['’]|d['’]|la|le|les|y|et|of|the)"
ADDRESS_EN = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?(?:[-–]\d{{1,5}})?,?\s+(?:{_CAPWORD}\s+){{1,4}}(?:{_STREET_EN})\b\.?"
    rf"(?:,?\s+(?:NW|NE|SW|SE|N\.W\.|N\.E\.|S\.W\.|S\.E\.))?")
ADDRESS_NUMBER_FIRST = re.compile(
    rf"\b\d{{1,4}}(?:\s?(?:bis|ter|[A-Za-z]))?,?\s+(?i:{_STREET_FR})\s+"
    rf"(?:{_LINKS}\s*)?(?:[\w'’\-]+)(?:\s+(?:{_CAPWORD}|{_LINKS}\s*{_CAPWORD})){{0,4}}")
ADDRESS_NUMBER_AFTER = re.compile(
    rf"\b(?:{_STREET_ES})\s+(?:{_LINKS}\s*)?(?:{_CAPWORD}|\d{{1,3}})"
    rf"(?:\s+(?:{_CAPWORD}|{_LINKS})){{0,5}}?,?\s+(?:[nN][º°o]\.?\s*|#\s*|número\s+)?\d{{1,5}}[A-Za-z]?\b")
ADDRESS_NAME_FIRST = re.compile(
    rf"\b{_CAPWORD}\s+(?i:cesta|ulica|ulice|trieda|námestie|náměstí|utca|út|tér|sokak|"
    rf"caddesi|bulvar|prospekt|prospekt)\s+\d{{1,4}}[a-z]?\b")
ADDRESS_DE = re.compile(
    r"\b(?:[A-ZÄÖÜ][\wäöüß\-]*\s+)?[A-ZÄÖÜ][\wäöüß\-]*(?:straße|strasse|gasse|platz|ring|weg|"
    r"allee|kai|ufer|damm|straat|laan|plein|gracht|kade|steenweg)\s+\d{1,4}[a-z]?\b")

_HOUSE = (r"(?:House|Plot|Villa|Maison|Parcelle|Casa|Woreda|Kebele|Apt\.?|Apartment|Flat)"
          r"\s*(?:No\.?|N[º°o]\.?|#|n[º°o]\.?)?\s*\d{1,5}[A-Za-z]?\b")
_TOWN = r"[A-ZÀ-ÝĀ-Ž][\w'’]*"
_PLACE_WORDS = rf"{_TOWN}(?:(?: |-){_TOWN}){{0,3}}"
# House, plot and flat numbers and estates on their own: House No. 12, Plot 7, Cité Keur X
ADDRESS_HOUSE = re.compile(rf"\b{_HOUSE}|\bCité\s+{_PLACE_WORDS}|\b{_TOWN}\s+Sub-City\b")
# What may follow an address and goes with it: a postcode and town, a state and ZIP code,
# a flat, a house or plot number, an estate (1050 Ixelles, Washington DC 20016, Apt 4B).
ADDRESS_TAIL = re.compile(
    rf",?\s*(?:\d{{4,5}}\s+{_PLACE_WORDS}|(?:{_TOWN}\s+)?[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?"
    rf"|(?:Suite|Unit|Box|BP|B\.P\.)\s*#?\s*\w{{1,6}}\b|{_HOUSE}|Cité\s+{_PLACE_WORDS}"
    rf"|{_TOWN}\s+Sub-City\b)")


@lru_cache(maxsize=1)
def _extractor() -> TLDExtract:
    import tldextract

    # Only the bundled snapshot: no fetch, and no cache directory written.
    return tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


@lru_cache(maxsize=20_000)
def public_suffix(host: str) -> tuple[str, str]:
    """(registrable domain label, public suffix) of a host name, '' when it has none."""
    parts = _extractor()(host.lower())
    return parts.domain, parts.suffix


def _is_domain(host: str, path: str | None, www: bool, mailbox: bool = False) -> bool:
    labels = host.split(".")
    if labels[-1] != labels[-1].lower() and host != host.upper():
        return False  # "agreed.It was": a missing space, not a site
    domain, suffix = public_suffix(host)
    if not suffix or (not domain and ("." not in suffix or suffix != host.lower())):
        return False  # gov.me, gob.ar: a public suffix that is itself a site
    if suffix in FILE_SUFFIXES and not (path or www or mailbox) and len(labels) == 2:
        return False
    return not (len(labels) == 2 and len(domain) == 1)


# A lower-case word at the head of an ID value: "is", "es", "est", "was" (IDs are capitals).
LEADING_WORD = re.compile(r"[a-z]+\s+(?=[A-Z0-9])")


class Patterns:
    """The pattern layer: spans of identifiers with a shape, each with its placeholder kind."""

    def __init__(self, *, emails: bool = True, phones: bool = True, urls: bool = True,
                 handles: bool = True, dates: bool = True, ids: bool = True,
                 addresses: bool = True, regions: Iterable[str] = ()):
        self.emails, self.phones, self.urls, self.handles = emails, phones, urls, handles
        self.dates, self.ids, self.addresses = dates, ids, addresses
        self.regions = tuple(dict.fromkeys([*regions, *DEFAULT_REGIONS]))

    def find(self, text: str, lang: str = "en") -> list[tuple[int, int, str, str, int]]:
        out: list[tuple[int, int, str, str, int]] = []

        def add(start: int, end: int, kind: str) -> None:
            while end > start and text[end - 1] in ".,;:!?)]}'\"»”":
                if text[end - 1] == ")" and "(" in text[start:end - 1]:
                    break
                end -= 1
            if end > start:
                out.append((start, end, kind, "", PRIORITY))

        if self.emails:
            for m in EMAIL.finditer(text):
                add(m.start(), m.end(), "EMAIL")
            for m in OBFUSCATED_EMAIL.finditer(text):
                if self._obfuscated(m, lang):
                    add(m.start(), m.end(), "EMAIL")
        if self.urls:
            for m in URL.finditer(text):
                add(m.start(), m.end(), "URL")
            for m in DOMAIN.finditer(text):
                www = m.group(1).lower().startswith("www.")
                if _is_domain(m.group(1), m.group(2), www):
                    add(m.start(), m.end(), "URL")
        if self.handles:
            for m in HANDLE.finditer(text):
                if any(c.isalpha() for c in m.group()) and len(m.group()) > 2:
                    add(m.start(), m.end(), "HANDLE")
        if self.ids:
            for m in MRZ.finditer(text):
                if len(m.group()) >= 20 and m.group().count("<") >= 2:
                    add(m.start(), m.end(), "IDNUMBER")
            for rx in (ID_NUMBER, NUMBER_WORD_ID):
                for m in rx.finditer(text):
                    value, at = m.group(1).strip(), m.start(1)
                    lead = LEADING_WORD.match(value)
                    if lead:  # "number is 0043 664 ...": the verb is no part of the number
                        value = value[lead.end():]
                        if not value:
                            continue
                        at += lead.end()
                    digits = sum(c.isdigit() for c in value)
                    letters = sum(c.isalpha() for c in value)
                    coded = letters >= 1 and digits >= 3 and len(value) >= 6
                    enough = digits >= 5 if rx is ID_NUMBER else digits >= 7
                    if (coded or enough) and not YEARS.fullmatch(value):
                        add(at, at + len(value), "IDNUMBER")
        if self.dates:
            for rx in (BIRTH_DATE, BIRTH_YEAR, BIRTH_YEAR_LATER, DATE_THEN_BIRTH,
                       BORN_ABBREVIATED):
                for m in rx.finditer(text):
                    add(m.start(1), m.end(1), "BIRTHDATE")
        if self.addresses:
            for rx in (ADDRESS_EN, ADDRESS_NUMBER_FIRST, ADDRESS_NUMBER_AFTER, ADDRESS_DE,
                       ADDRESS_NAME_FIRST, ADDRESS_HOUSE):
                for m in rx.finditer(text):
                    end = m.end()
                    while (tail := ADDRESS_TAIL.match(text, end)) and tail.end() > end:
                        end = tail.end()  # the postcode, town or flat goes with the address
                    add(m.start(), end, "ADDRESS")
        if self.phones:
            for m in PHONE.finditer(text):
                span = self._phone(text, m)
                if span:
                    add(*span, "PHONE")
        return out

    def _obfuscated(self, m: re.Match[str], lang: str) -> bool:
        local, sep, domain = m.group(1), m.group(2), m.group(3)
        labels = [lb for lb in _DOT_SPLIT.split(domain) if lb]
        if len(labels) < 2:
            return False
        host = ".".join(labels)
        if not _is_domain(host, None, False, mailbox=True):
            return False
        if sep.strip() == "@" and sep != "@" and local.isalpha() and local.islower() \
                and max(zipf(local, lg) for lg in ("en", "fr", "es", lang)) >= 5.0:
            return False  # "my Skype is @eleni.p": a word before a handle, not a mailbox
        bracketed = any(c in sep for c in "([{<@") or "arobase" in sep or "arroba" in sep
        # "looked at google.com": a word before "at", not a mailbox
        return bracketed or any(c in local for c in "._0123456789") \
            or max(zipf(local.lower(), lg) for lg in ("en", lang)) < 4.0

    def _phone(self, text: str, m: re.Match[str]) -> tuple[int, int] | None:
        raw = m.group().strip()
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        digits = sum(c.isdigit() for c in raw)
        if digits < 7 or digits > 17:
            return None
        core = raw.strip("()")
        before = text[max(0, m.start() - 40):m.start()]
        context = PHONE_WORDS.search(before) is not None
        if (YEARS.fullmatch(core) or NUMERIC_DATE.fullmatch(core)) and not (
                context and TEL.search(text[max(0, m.start() - 12):m.start()])):
            return None  # 2009-2011 is years, unless it follows "tel." or "phone:"
        if not context and not raw.startswith(("+", "00")):
            groups = re.findall(r"\d+", raw)
            if digits < 8 or YEAR_IN_BRACKETS.search(raw) or LEGAL_ACT.search(raw) \
                    or all(YEAR.fullmatch(g) for g in groups):
                return None  # resolution 1325 (2000), Decision 2010/413, 1999 2000 2001
        if THOUSANDS.fullmatch(core) and not context:
            # 1 200 000 or 912 345 678? A sum has a unit beside it and rarely eight digits.
            after = text[m.end():m.end() + 12].lower()
            if digits < 8 and not core.startswith("0") or UNITS.match(after) \
                    or UNITS_BEFORE.search(text[max(0, m.start() - 6):m.start()].lower()):
                return None
        if _valid_phone(raw, self.regions) or (context and digits >= 7):
            return start, start + len(raw)
        return None


@lru_cache(maxsize=20_000)
def _valid_phone(raw: str, regions: tuple[str, ...]) -> bool:
    import phonenumbers

    number = raw.replace("\u00a0", " ")
    if number.startswith("00"):
        number = "+" + number[2:]
    tries = [None] if number.startswith("+") else list(regions)
    for region in tries:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return True
    return False
