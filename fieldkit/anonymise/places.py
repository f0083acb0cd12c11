"""Places, nationalities and organisations in a text, with the contexts that make them words.

:class:`Places` finds countries (every spelling in English, French and Spanish), capitals
and large cities, nationality words (the Slovak ambassador, l'ambassadeur slovaque, el
embajador eslovaco, my Kenyan colleague) and organisations, plus the plan's own place
terms. It leaves alone what only looks like a place: Brussels sprouts, French fries, the
Vienna Convention, Latin America, "in French", a lower-case turkey, a sentence-opening
"Nice", and a place word that is part of a person's name (Sofia Petrova).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fieldkit.anonymise import contexts
from fieldkit.anonymise.demonyms import demonyms
from fieldkit.anonymise.gazetteer import cities, countries, organisations, phrase
from fieldkit.anonymise.lexicon import is_common, is_function_word, is_word, words
from fieldkit.anonymise.names import Hit
from fieldkit.anonymise.tokens import Token

PRIORITY_ORGANISATION, PRIORITY_KEEP, PRIORITY_TERM = 90, 75, 65
PRIORITY_PHRASE, PRIORITY_PLACE, PRIORITY_NATIONALITY = 60, 55, 45
KEEP = "KEEP"  # a span that stays as written and that no other layer may take
ASK = "ASK"  # a span that stays as written and is listed for a person to decide
# Nouns after (English) or before (French, Spanish) a place or nationality word that make
# a fixed phrase naming no one: French fries, Brussels sprouts, café turco, choux de Bruxelles.
FIXED_NOUNS = frozenset(words("""
fries fry toast kiss horn windows doors door press dressing bread cuisine food foods cooking
restaurant restaurants wine wines beer beers coffee tea cheese cheeses chocolate chocolates
waffle waffles breakfast delight bath roulette whispers courage auction oven measles flu
omelette omelet yoghurt yogurt salad pastry pastries sauna massage cotton rug rugs carpet
carpets cat cats numerals blinds knife sprouts sprout hat hats nut nuts pig pigs sausage
sausages beef lamb mustard vodka whisky whiskey gin rum cake cakes dish dishes wave summer
gulf tape egg eggs poodle shepherd terrier setter style accent
frites pain vin vins fromage fromages café thé chocolat gaufre gaufres omelette salade bière
moutarde choux chou cuisine crème fondue tortilla ensaladilla montaña café pan
queso quesos cerveza chocolate gofres cocina comida baño tortilla ensalada tarta salsa
coles col grippe gripe vino vinos
almond almonds nutmeg nutmegs pepper peppers spice spices rice beans olives olive oil figs
lemons oranges pie pies pudding buns biscuits butter ham salami stew soup curry sugar
honey mint lace linen silk tweed porcelain vase vases cigar cigars tobacco
amandes muscade riz huile soupe miel almendras nuez arroz aceite sopa miel
"""))
# Words before a place that make a dish or a thing: Chicken Kiev, cochon d'Inde.
FIXED_HEADS = frozenset(words("chicken poulet pollo cochon conejillo"))
# Country and capital names that are also ordinary words (a turkey, a chad, china, nice):
# only these need a verb after them to be the place at the start of a sentence.
ORDINARY_PLACES = frozenset(words("chad turkey china jordan guinea chile jersey lima granada "
                                  "nice split bath reading mobile sofia victoria"))
# Documents and events named after a place: the Vienna Convention, Treaty of Lisbon.
DOCUMENTS = frozenset(words("""
convention conventions agreement agreements accord accords treaty treaties protocol protocols
final
statute consensus process declaration document charter act club format wall conference
congress rules principles criteria mechanism initiative
traité traités protocole déclaration charte processus critères
convención acuerdo acuerdos tratado tratados protocolo declaración documento carta proceso
criterios
"""))
# Words before America/American that make a region, not the United States.
REGIONS = frozenset(words("latin north south central latine latina latino sud nord centrale "
                    "central"))
# Words around a nationality word that make it a language: in French, en français.
LANGUAGE_BEFORE = frozenset(words("""
in into speak speaks spoke spoken speaking fluent learn learned learning learnt native study
studied studying understand understands read reads write writes translate translated
translating translation from
en parle parlent parler parlé parlait parlons parlez traduit traduire traduction langue
habla hablan hablar hablaba hablo hablamos hablé hablaban traducido traducir traducción
idioma lengua
"""))
LANGUAGE_AFTER = frozenset(words("""
language languages speaker speakers speaking text texts version versions translation
translations lesson lessons class classes course courses teacher interpreter translator
dictionary literature grammar accent word words expression phrase term terms spelling
langue courant idioma lengua
"""))
# Words after a nationality word that make it a noun for people (the Slovaks were, a Kenyan
# and a Czech, los peruanos dijeron).
NOUN_FOLLOWERS = frozenset(words("""
is was are were has have had and or who which whom wanted want wants did do does will would
et ou qui que sont était étaient ont avaient voulaient
y o que quien quienes son eran fueron tenían querían estaban"""))
POSSESSIVES = frozenset(words("my our his her their your mon ma mes notre nos son sa ses leur "
                              "leurs mi mis nuestro nuestra su sus"))
ROLE_MODIFIERS = frozenset(words("deputy permanent former new acting vice foreign first second "
                           "senior junior chief interim then current outgoing incoming "
                           "adjoint adjointe permanent permanente ancien ancienne nouveau "
                           "nouvelle adjunto adjunta permanente antiguo antigua nuevo nueva "
                           "actual"))
ABBREVIATIONS = re.compile(r"(?<![\w.])(?:U\.S\.A\.?|U\.S\.|USA|US|U\.K\.|UK|EE\.\s?UU\.?|"
                           r"EEUU|UAE|DRC|RDC|PRC)(?![\w])")
_MAX_WORDS = 7
# Small words inside a place name that keep their lower case (Côte d'Ivoire, Costa de Marfil).
LINKS = frozenset(words("de del la le les los las of the and et y e d l da do du des el al "
                        "en sur upon on am an der"))


class Places:
    """The place, nationality and organisation layer (see the module docstring)."""

    def __init__(self, *, countries_on: bool = True, cities_on: bool = True,
                 nationalities: bool = True, organisations_action: str = "redact",
                 keep_organisations: Iterable[str] = (),
                 terms: Iterable[tuple[str, str, str]] = ()):
        self.index: dict[str, list[tuple[tuple[str, ...], str, str, frozenset[str]]]] = {}
        self.nationalities = nationalities
        keep = {phrase(o) for o in keep_organisations}
        for text, kind, entity in terms:  # the plan's and roster's own terms first
            if kind == "ORGANISATION":
                self._add(phrase(text), KEEP if organisations_action == "keep"
                          or phrase(text) in keep else kind, entity, frozenset({"exact"}))
            else:
                self._add(phrase(text), kind, entity, frozenset({"term"}))
        for name in organisations():
            action = KEEP if organisations_action == "keep" or phrase(name) in keep \
                else "ORGANISATION"
            flags = frozenset({"exact"}) if name.isupper() else frozenset()
            self._add(phrase(name), action, "", flags)
        if countries_on:
            for words, code in countries().items():
                self._add(words, "COUNTRY", code, frozenset())
        if cities_on:
            for words, gid in cities().items():
                self._add(words, "CITY", gid, frozenset())
        if nationalities:
            for text, (code, langs) in demonyms().items():
                self._add(tuple(text.split()), "NATIONALITY", code, langs)
        for entries in self.index.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.countries_on = countries_on

    def _add(self, words: tuple[str, ...], kind: str, entity: str,
             flags: frozenset[str]) -> None:
        if not words or len(words) > _MAX_WORDS:
            return
        entries = self.index.setdefault(words[0], [])
        if not any(e[0] == words and e[1] == kind for e in entries):
            entries.append((words, kind, entity, flags))

    # -- single words, for the names layer ----------------------------------------------

    def is_place(self, tok: Token) -> bool:
        return any(len(e[0]) == 1 for e in self.index.get(tok.fold, ())
                   if e[1] in ("COUNTRY", "CITY", "NATIONALITY", "ORGANISATION", KEEP))

    def is_country(self, tok: Token) -> bool:
        return any(len(e[0]) == 1 and e[1] in ("COUNTRY", "NATIONALITY", "ORGANISATION", KEEP)
                   for e in self.index.get(tok.fold, ()))

    # -- finding --------------------------------------------------------------------------

    def find(self, text: str, toks: list[Token], blocked: set[int], lang: str) -> list[Hit]:
        hits: list[Hit] = []
        for i, tok in enumerate(toks):
            if i in blocked:
                continue
            for seq, kind, entity, flags in self.index.get(tok.fold, ()):
                j = i + len(seq) - 1
                if j >= len(toks) or any(k in blocked for k in range(i, j + 1)):
                    continue
                if tuple(toks[k].fold for k in range(i, j + 1)) != seq:
                    continue
                if not all(_near(text, toks[k], toks[k + 1]) for k in range(i, j)):
                    continue
                hit = self._judge(text, toks, i, j, kind, entity, flags, lang)
                if hit is not None:
                    hits.append(hit)
                    break
        if self.countries_on:
            for m in ABBREVIATIONS.finditer(text):
                inside = [t for t in toks if m.start() <= t.start < m.end()]
                if inside and not any(t.caseless or t.index in blocked for t in inside):
                    hits.append((m.start(), m.end(), "COUNTRY", "abbreviation", PRIORITY_PLACE))
        return hits

    def _judge(self, text: str, toks: list[Token], i: int, j: int, kind: str, entity: str,
               flags: frozenset[str], lang: str) -> Hit | None:
        span = toks[i:j + 1]
        start, end = span[0].start, span[-1].end
        if kind in ("ORGANISATION", KEEP):
            if "exact" in flags and not all(t.text.isupper() for t in span):
                return None  # AU is not the French "au"
            if "exact" not in flags and not (span[0].capitalised or span[0].caseless):
                return None
            return start, end, kind, entity, PRIORITY_ORGANISATION
        if "term" in flags:
            if not any(t.name_shaped or not is_word(t.text, lang) for t in span):
                return None
            if self._fixed(toks, i, j):
                return start, end, KEEP, "", PRIORITY_KEEP
            return start, end, kind, entity, PRIORITY_TERM
        if kind == "NATIONALITY":
            return self._nationality(text, toks, i, j, entity, flags, lang)
        if not self._shaped(span, lang) and not self._opens_as_subject(toks, i, j, lang):
            return None
        if self._fixed(toks, i, j):
            return start, end, KEEP, "", PRIORITY_KEEP
        if len(span) == 1 and self._beside_a_name(text, toks, i, lang):
            return None
        if kind == "CITY" and len(span) == 1 and i > 0 \
                and contexts.is_article(toks[i - 1].text, lang) and is_common(span[0].text, lang):
            return None  # la Mesa del Consejo: a word that a city is also named
        return start, end, kind, entity, PRIORITY_PHRASE if len(span) > 1 else PRIORITY_PLACE

    def _shaped(self, span: list[Token], lang: str) -> bool:
        """Written like a place name: capitalised (where case tells), or in another script."""
        if len(span) == 1:
            t = span[0]
            if not t.latin:
                return True
            if t.caseless:
                return not is_word(t.text, lang)
            if not t.capitalised or is_function_word(t.text, lang):
                return False
            # Russia and Moldova...: a proper noun, even at the start of a sentence
            return not (t.initial and is_common(t.text, lang) and t.fold in ORDINARY_PLACES)
        # The first real word is capitalised; later ones may not be (République slovaque,
        # Émirats arabes unis) but "la paz" is no city.
        first = next((t for t in span if t.lower not in LINKS), span[0])
        if first.capitalised or not first.latin:
            return not (first.caseless and all(is_word(t.text, lang) for t in span))
        return False

    def _opens_as_subject(self, toks: list[Token], i: int, j: int, lang: str) -> bool:
        """A sentence-opening place that is also a word, acting: Turkey voted against."""
        t = toks[i]
        return t.initial and t.capitalised and not t.caseless and j + 1 < len(toks) \
            and contexts.verb_cue(toks[j + 1].text, lang)

    def _fixed(self, toks: list[Token], i: int, j: int) -> bool:
        """Brussels sprouts, choux de Bruxelles, Vienna Convention, Treaty of Lisbon,
        Latin America."""
        nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
        prev = toks[i - 1].lower if i > 0 else ""
        prev2 = toks[i - 2].lower if i > 1 else ""
        if nxt in FIXED_NOUNS or nxt in DOCUMENTS:
            return True
        if prev in ("of", "de", "d", "del", "des", "du") and prev2 in DOCUMENTS | FIXED_NOUNS:
            return True
        if prev in FIXED_NOUNS and toks[i].lower == toks[i].text:  # café turco, vin français
            return True
        if prev in FIXED_HEADS or prev in ("d", "de") and prev2 in FIXED_HEADS:
            return True  # Chicken Kiev, cochon d'Inde, conejillo de Indias
        if prev in ("la", "l") and prev2 in ("a", "à"):  # a la francesa, à l'anglaise
            return True
        word = toks[i].fold
        return word.startswith(("americ", "amerique")) and (prev in REGIONS or nxt in REGIONS)

    def _beside_a_name(self, text: str, toks: list[Token], i: int, lang: str) -> bool:
        """A place word that is part of a person's name: Sofia Petrova, Victoria Horvat."""
        for k in (i - 1, i + 1):
            if 0 <= k < len(toks):
                a, b = (toks[k], toks[i]) if k < i else (toks[i], toks[k])
                t = toks[k]
                if _near(text, a, b, strict=True) and t.capitalised and not t.caseless \
                        and t.latin and not is_common(t.text, lang) and not t.upper \
                        and not self.is_place(t) and t.lower not in contexts.NOT_NAMES \
                        and not contexts.is_title(t.text, True) and not (k > i and t.initial):
                    if k < i and toks[i].initial:
                        continue
                    return True
        return False

    def _nationality(self, text: str, toks: list[Token], i: int, j: int, code: str,
                     langs: frozenset[str], lang: str) -> Hit | None:
        span = toks[i:j + 1]
        first = span[0]
        role = self._role_beside(toks, i, j)
        capitalised = all(t.capitalised and not t.caseless for t in span)
        start, end = first.start, span[-1].end
        if "en" in langs and capitalised and not (first.initial and is_common(first.text, lang)
                                                  and not role) or langs & {"fr", "es"} and (lang in langs or role):
            ok = True
        else:
            ok = role and (capitalised or first.latin)
        if not ok:
            if "en" in langs and first.latin and first.text == first.lower and not first.initial \
                    and not self._fixed(toks, i, j) and not self._language(toks, i, j, langs):
                return start, end, ASK, code, PRIORITY_NATIONALITY  # the croatian position
            return None
        if self._fixed(toks, i, j):
            return start, end, KEEP, "", PRIORITY_KEEP
        if not role and self._language(toks, i, j, langs):
            return start, end, KEEP, "", PRIORITY_KEEP
        if role or self._noun_use(text, toks, i, j, lang):
            return start, end, "NATIONALITY", code, PRIORITY_NATIONALITY
        # Chinese investment, une pizza italienne: no one named, yet it may point to a
        # delegation; a person decides.
        return start, end, ASK, code, PRIORITY_NATIONALITY

    def _noun_use(self, text: str, toks: list[Token], i: int, j: int, lang: str) -> bool:
        """A nationality word standing for people: the Slovaks, a Kenyan said, les Slovaques."""
        word = toks[j].fold
        if word.endswith("s") and word[:-1] in demonyms() and toks[j].capitalised:
            return True  # an English or French plural noun
        if toks[i].capitalised and not toks[i].initial and lang == "fr":
            return True  # French writes the noun, not the adjective, with a capital
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and contexts.verb_cue(nxt.text, lang):
            return True  # the Slovak said, el eslovaco dijo
        prev = toks[i - 1].text if i > 0 else ""
        if not (contexts.is_article(prev, lang) or prev.lower() in POSSESSIVES):
            return False  # une pizza italienne.
        if nxt is None or any(c in text[toks[j].end:nxt.start] for c in ".,;:!?)\"»”"):
            return True  # I asked the Slovak.
        return nxt.lower in NOUN_FOLLOWERS

    def _role_beside(self, toks: list[Token], i: int, j: int) -> bool:
        """A role word after (up to two modifiers on) or before the nationality word."""
        for ks in (range(j + 1, min(j + 4, len(toks))), range(i - 1, max(i - 4, -1), -1)):
            for k in ks:
                if contexts.is_role(toks[k].text):
                    return True
                if toks[k].lower not in ROLE_MODIFIERS:
                    break
        return False

    def _language(self, toks: list[Token], i: int, j: int, langs: frozenset[str]) -> bool:
        """in French, en français, hablar español, the English version, le français."""
        prev = toks[i - 1].lower if i > 0 else ""
        nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
        if prev in LANGUAGE_BEFORE or nxt in LANGUAGE_AFTER:
            return True
        if prev in ("and", "or", "et", "ou", "y", "o", "e") and i >= 2 \
                and toks[i - 2].fold in demonyms():  # in Spanish and English
            return self._language(toks, i - 2, i - 2, langs)
        lower = toks[i].text == toks[i].lower
        return lower and prev in ("le", "l", "el", "du", "del") and bool(langs & {"fr", "es"})


def _near(text: str, a: Token, b: Token, strict: bool = False) -> bool:
    """Two words of one name: spaces, a hyphen, an apostrophe or a full stop between."""
    g = text[a.end:b.start]
    if strict:
        return g in (" ", "\u00a0", "-")
    return len(g) <= 4 and g.count("\n") <= 1 and all(c in " \t\n\u00a0-'’.\u2010" for c in g)
