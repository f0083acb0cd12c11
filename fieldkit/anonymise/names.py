"""Known people and their names in any script and spelling; names learned after titles.

A :class:`People` index holds every word of every known name (respondents, roster labels,
free-entry names, plan terms, names marked by a person, names learned after a title) under
its spelling key, its case-ending stems and its consonant skeleton, plus nicknames and
initials. :meth:`People.find` returns the spans of a text that name one of them, deciding
for ordinary words (Said, Will, Long) by context: capitalised inside a sentence, next to
another part of the name, after a title or a person word, or marked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fieldkit.anonymise import contexts
from fieldkit.anonymise.lexicon import (
    is_common,
    is_dictionary,
    is_function_word,
    is_opener_word,
    is_word,
    words,
    zipf,
)
from fieldkit.anonymise.nicknames import variants
from fieldkit.anonymise.tokens import ABBREVIATIONS, WORD, Token, joined_by_space, tokenize
from fieldkit.anonymise.translit import (
    abjad,
    arabic_article,
    ending_bases,
    fold,
    key,
    script_of,
    skeleton,
    stem_forms,
)

PARTICLES = frozenset(words("de da di du del della des der den van von la le el al bin ben ibn "
                      "abu bint dos das do y e ter ten"))
# Capitals that are words or acronyms, never someone's initials.
NOT_INITIALS = frozenset(words("""
AU EU UN US UK OK TV ID PM AM HQ IT CV VIP CEO NGO DC GDP OAS OSCE NATO USA UAE DRC RDC UE UA
ONU OEA OTAN EEAS PSC PSI CFSP CSDP ECOWAS SADC IGAD SICA MP MEP PR IR PS NB RE FYI AKA
CIA FBI KGB BBC CNN AFP UNSC UNGA UNHCR UNDP WFP WHO IMF WTO ICC ICJ OHCHR
"""))

FREQUENT_ZIPF = 4.0  # a name this frequent as a word needs a cue at the start of a sentence
TITLE_MODIFIERS = frozenset(words("designate elect emeritus désigné désignée electo electa"))
# (start, end, kind, entity, priority)
Hit = tuple[int, int, str, str, int]
PRIORITY_CONTEXT, PRIORITY_RUN, PRIORITY_WORD, PRIORITY_INITIALS = 80, 70, 50, 40


@dataclass(frozen=True)
class Part:
    """One word of a known person's name (or a nickname of it)."""

    entity: str
    weak: bool = False  # a nickname or other language form, not written in the name
    surname: bool = False  # the last word of the name
    strong: bool = False  # marked or decided by a person: a name wherever it stands


#: Known-name matches by token index: (the parts matched, their level, the last token).
Found = dict[int, tuple[list[Part], str, int]]


def _initial(tok: Token, text: str) -> bool:
    """A single capital letter followed by a full stop (the Z. of Z. Mrkvička)."""
    return len(tok.text) == 1 and tok.text.isupper() and text[tok.end:tok.end + 1] == "."


def _broken(text: str, a: Token, b: Token) -> bool:
    """A word cut by a hyphen (at a line end or not), a soft hyphen, or a bare line break
    before a lower-case rest (Mrkvič-\\nka, Mrkvič- ka, Mrkvič\\nka)."""
    g = text[a.end:b.start]
    if g in ("\u00ad", "-", "\u2010"):
        return True
    if g[:1] in "-\u00ad\u2010" and not g[1:].strip() and len(g) <= 4:
        return b.text[:1].islower() or "\n" in g
    return "\n" in g and not g.strip() and g.count("\n") == 1 and b.text[:1].islower()


class People:
    """Known people, indexed for matching in texts (see the module docstring)."""

    def __init__(self) -> None:
        self.exact: dict[str, list[Part]] = {}
        self.endings: dict[str, list[Part]] = {}
        self.skeletons: dict[str, list[Part]] = {}
        self.abjads: dict[str, list[Part]] = {}
        self.initials: dict[str, list[str]] = {}  # ZM, written without full stops
        self.dotted: dict[str, list[str]] = {}  # Z.M., Z. M., J.-B.
        self.names: dict[str, str] = {}  # entity -> the name first given for it
        self.order: dict[str, int] = {}  # entity -> when it became known (ties go to the first)
        self.is_place: Callable[[Token], bool] = lambda tok: False
        self.is_country: Callable[[Token], bool] = lambda tok: False

    def __bool__(self) -> bool:
        return bool(self.exact)

    # -- building ------------------------------------------------------------------------

    def _put(self, table: dict[str, list[Part]], k: str, part: Part) -> None:
        entries = table.setdefault(k, [])
        if part not in entries:
            entries.append(part)

    def add(self, name: str, entity: str, *, strong: bool = False) -> None:
        """Every word of ``name`` (and nicknames of its first word) now names ``entity``."""
        words = [w for w in WORD.findall(name) if len(w) >= 2 or script_of(w) != "latin"]
        parts = [w for w in words if w.lower() not in PARTICLES] or words
        if not parts:
            return
        if entity not in self.names:
            self.names[entity] = name
            self.order[entity] = len(self.order)
        for j, word in enumerate(parts):
            k = key(word)
            if not k:
                continue
            part = Part(entity, surname=j == len(parts) - 1 and len(parts) > 1, strong=strong)
            self._put(self.exact, k, part)
            for form in stem_forms(k):
                if len(form) >= 4:
                    self._put(self.endings, form, part)
            sk = skeleton(word)
            if len(sk) >= 2:
                self._put(self.skeletons, sk, part)
            ab = abjad(word)
            if len(ab) >= 2:
                self._put(self.abjads, ab, part)
            if j == 0 and (len(parts) > 1 or not strong):
                for nick in variants(word):
                    self._put(self.exact, nick, Part(entity, weak=True, strong=strong))
        if len(parts) >= 2:
            letters = [fold(w)[:1].upper() for w in parts[:5]]
            # every two of them in order (PK, PM and KM of Peter Kiprono Mark; JB of
            # Jean-Baptiste), and all of them: dotted (T.V.) always, bare (TV) unless a word
            forms = {a + b for n, a in enumerate(letters) for b in letters[n + 1:]}
            for form in forms | {"".join(letters)}:
                for table in (self.dotted, self.initials):
                    if table is self.initials and form in NOT_INITIALS:
                        continue
                    if entity not in table.setdefault(form, []):
                        table[form].append(entity)

    # -- matching one word ---------------------------------------------------------------

    def match(self, word: str, *, shaped: bool, lang: str) -> tuple[list[Part], str]:
        """The known name parts ``word`` may be, and how: 'exact', 'ending' or 'skeleton'."""
        k = key(word)
        if len(k) < 2:
            return [], ""
        if k in self.exact:
            return self.exact[k], "exact"
        latin = script_of(word) == "latin"
        if shaped or not is_word(word, lang):
            for base in ending_bases(k):
                if base in self.endings:
                    return self.endings[base], "ending"
        if script_of(word) == "cjk" and len(word) >= 2:
            # 吴梅 -> wu, mei: each character a syllable of a known name
            syllables = [key(c) for c in word]
            parts = [p for s in syllables for p in self.exact.get(s, [])]
            if all(s in self.exact for s in syllables):
                entities = {p.entity for p in parts}
                shared = [e for e in entities
                          if all(any(p.entity == e for p in self.exact[s]) for s in syllables)]
                if shared:
                    return [p for p in parts if p.entity in shared], "skeleton"
        if not latin:
            semitic = script_of(word) in ("arabic", "hebrew")
            table, shape = (self.abjads, abjad) if semitic else (self.skeletons, skeleton)
            for w in filter(None, (word, arabic_article(word))):
                sk = shape(w)
                if len(sk) >= 2 and sk in table:
                    return table[sk], "skeleton"
        elif shaped and not is_word(word, lang):
            sk = skeleton(word)
            if len(sk) >= 4 and sk in self.skeletons:
                parts = [p for p in self.skeletons[sk] if self._first_letter(p, k)]
                if parts:
                    return parts, "skeleton"
        return [], ""

    def _known(self, word: str, lang: str) -> bool:
        parts, _level = self.match(word, shaped=True, lang=lang)
        return any(not p.weak for p in parts)

    def _first_letter(self, part: Part, k: str) -> bool:
        name = self.names.get(part.entity, "")
        return any(key(w)[:1] == k[:1] for w in WORD.findall(name))

    # -- learning -------------------------------------------------------------------------

    def learn(self, text: str, lang: str = "en") -> None:
        """Names after a title or a person word in ``text`` become known people."""
        toks = tokenize(text)
        for run, _ctx in self._context_runs(text, toks, set(), lang):
            name = " ".join(toks[i].text for i in run if not _initial(toks[i], text))
            words = [toks[i].text for i in run if not _initial(toks[i], text)]
            if all(self._known(w, lang) for w in words):
                continue  # already a known person
            self.add(name, "learned:" + " ".join(key(w) for w in name.split()))

    def _context_runs(self, text: str, toks: list[Token], blocked: set[int],
                      lang: str) -> list[tuple[list[int], str]]:
        """Name-shaped words right after a title or a person word: (token indices, context)."""
        out: list[tuple[list[int], str]] = []
        for i, tok in enumerate(toks[:-1]):
            if i in blocked:
                continue
            title = contexts.is_title(tok.text, tok.capitalised) or (
                tok.text in ("M", "E") and text[tok.end:tok.end + 1] == "."
                and (tok.text == "M" or text[max(0, tok.start - 2):tok.start] in ("S.", "H.")))
            person = not title and contexts.is_person_word(tok.text)
            if not (title or person):
                continue
            run: list[int] = []
            j = i + 1
            if not joined_by_space(text, tok, toks[j]) and not (
                    text[tok.end:toks[j].start] in (". ", ".\u00a0")
                    and (tok.lower in ABBREVIATIONS or len(tok.text) <= 3)):
                continue  # Amb. Horvat, but not "a new chargé. Will I forget that?"
            while j < len(toks) and not run and toks[j].lower in TITLE_MODIFIERS \
                    and joined_by_space(text, toks[j - 1], toks[j]):
                j += 1  # Ambassador-designate Horvat, President-elect Kovač
            while j < len(toks) and len(run) < 4 and j not in blocked:
                t = toks[j]
                if run and not (joined_by_space(text, toks[j - 1], t)
                                or text[toks[j - 1].end:t.start] == ". "):
                    break
                if t.text == "I" and not _initial(t, text) or is_function_word(t.text, lang) \
                        and not self._known(t.text, lang):
                    break  # the pronoun I, My, The: never a part of a name
                if _initial(t, text) or (run and t.lower in PARTICLES and j + 1 < len(toks)
                                         and toks[j + 1].capitalised) or t.name_shaped and t.lower not in contexts.NOT_NAMES \
                        and not contexts.is_title(t.text, True) \
                        and not (person and (self.is_country(t) or t.caseless)):
                    run.append(j)
                else:
                    break
                j += 1
            while run and (toks[run[-1]].lower in PARTICLES):
                run.pop()
            if run and not all(_initial(toks[k], text) for k in run):
                out.append((run, "title" if title else "person"))
                # Ambassadors Kovač and Horvat: the title covers the second name too
                k = run[-1] + 1
                if k + 1 < len(toks) and toks[k].lower in ("and", "et", "y", "e") \
                        and tok.lower.endswith("s") and toks[k + 1].name_shaped \
                        and not toks[k + 1].initial and toks[k + 1].lower not in contexts.NOT_NAMES \
                        and not is_common(toks[k + 1].text, lang) and k + 1 not in blocked:
                    out.append(([k + 1], "title"))
        return out

    # -- finding in a text ----------------------------------------------------------------

    def find(self, text: str, toks: list[Token], blocked: set[int], lang: str) -> list[Hit]:
        """Spans of ``text`` that name a known person (or a person after a title)."""
        hits: list[Hit] = []
        n = len(toks)
        found: dict[int, tuple[list[Part], str, int]] = {}  # token -> parts, level, last token
        i = 0
        while i < n:
            if i in blocked:
                i += 1
                continue
            t = toks[i]
            parts, level = self.match(t.text, shaped=t.name_shaped, lang=lang)
            last = i
            if i + 1 < n and i + 1 not in blocked and _broken(text, t, toks[i + 1]):
                joined, jl = self.match(t.text + toks[i + 1].text, shaped=t.name_shaped,
                                        lang=lang)
                if joined and (not parts or level != "exact" or all(p.weak for p in parts)):
                    parts, level, last = joined, jl, i + 1
            if not t.latin and i + 1 < n and i + 1 not in blocked and not toks[i + 1].latin \
                    and not text[t.end:toks[i + 1].start].strip():
                joined, jl = self.match(t.text + toks[i + 1].text, shaped=True, lang=lang)
                if joined and not parts:
                    parts, level, last = joined, jl, i + 1
            if parts:
                found[i] = (parts, level, last)
            i = last + 1
        used: set[int] = set()
        for run, _ctx in self._context_runs(text, toks, blocked, lang):
            if any(k in used for k in run):
                continue
            named = [k for k in run if not _initial(toks[k], text)]
            entity = self._run_entity(run, found, toks, text)
            if entity is None or not all(k in found for k in named):
                entity = "learned:" + " ".join(toks[k].key for k in named)
            used.update(run)
            hits.append((toks[run[0]].start, toks[run[-1]].end, "PERSON", entity,
                         PRIORITY_CONTEXT))
        for i in sorted(found):
            if i in used:
                continue
            run = self._grow(i, found, toks, text, blocked)
            used.update(run)
            hit = self._judge(run, found, toks, text, lang)
            if hit:
                hits.append(hit)
        hits += self._initials(text, toks, blocked | used)
        return hits

    def _grow(self, i: int, found: Found, toks: list[Token], text: str,
              blocked: set[int]) -> list[int]:
        """The run of name words around word ``i``: known parts, initials and particles."""
        last = found[i][2]
        run = list(range(i, last + 1))
        j = last + 1
        shaped = toks[i].name_shaped
        entities = {p.entity for p in found[i][0]}
        while j < len(toks) and j not in blocked and joined_by_space(text, toks[j - 1], toks[j]):
            if j in found and toks[j].name_shaped == shaped and (
                    shaped or entities & {p.entity for p in found[j][0]}):
                # Will Turner said: "said" is written as a word, not as a name part
                run += list(range(j, found[j][2] + 1))
                entities |= {p.entity for p in found[j][0]}
                j = found[j][2] + 1
            elif toks[j].lower in PARTICLES and j + 1 in found \
                    and joined_by_space(text, toks[j], toks[j + 1]):
                run.append(j)
                j += 1
            else:
                break
        k = i - 1
        while k >= 0 and k not in blocked and _initial(toks[k], text) \
                and text[toks[k].end:toks[k + 1].start] in (".", ". ", ".\u00a0"):
            run.insert(0, k)
            k -= 1
        return run

    def _run_entity(self, run: list[int], found: Found, toks: list[Token],
                    text: str) -> str | None:
        score: dict[str, int] = {}
        for k in run:
            if k in found:
                for p in found[k][0]:
                    score[p.entity] = score.get(p.entity, 0) + (1 if p.weak else 2)
        if not score:
            return None
        order = self.order
        return max(sorted(score, key=lambda e: order.get(e, len(order))), key=lambda e: score[e])

    def _alone(self, i: int, found: Found, toks: list[Token], text: str, lang: str) -> bool:
        """Whether the known word ``i`` names its person without another part beside it."""
        t = toks[i]
        parts, level, last = found[i]
        word = text[t.start:toks[last].end]
        strong = any(p.strong for p in parts)
        weak = all(p.weak for p in parts)
        if not t.latin:
            return True
        if not t.capitalised or t.caseless:
            if level == "skeleton" or (weak and not strong):
                return False
            if len(word) <= 3 and not is_function_word(word, lang):
                # a short surname typed in lower case (ng, wu): unless it is a word here
                return not (is_dictionary(word, lang) or is_opener_word(word, lang))
            return not is_word(word, lang) or (strong and t.capitalised)
        if is_function_word(t.text, lang) or (len(t.text) <= 2 and weak):
            return False
        if not t.initial:
            if strong:
                return True
            prev = toks[i - 1].lower if i > 0 else ""
            # the Bill, in June: words written with a capital anyway are no names alone
            return not contexts.is_article(prev, lang) and t.lower not in contexts.CALENDAR
        # A sentence opener: a common word (Said, Will, Hope) needs a reporting verb after
        # it; a frequent name-like word (Frank, Maria, Li) a verb, a comma or a possessive.
        if is_common(t.text, lang):
            return self._cue(text, toks, last, lang, weak=False)
        if max(zipf(t.lower, lang), zipf(t.lower, "en")) >= FREQUENT_ZIPF:
            return self._cue(text, toks, last, lang, weak=True)
        return True

    @staticmethod
    def _cue(text: str, toks: list[Token], last: int, lang: str, weak: bool) -> bool:
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        gap = text[toks[last].end:nxt.start] if nxt is not None else ""
        if weak and (gap.startswith(",") or (gap in ("'", "’") and nxt is not None
                                             and nxt.lower == "s")):
            return True
        if nxt is None or not joined_by_space(text, toks[last], nxt):
            return False
        return contexts.verb_cue(nxt.text, lang) or (weak and contexts.weak_cue(nxt.text, lang))

    def _judge(self, run: list[int], found: Found, toks: list[Token], text: str,
               lang: str) -> Hit | None:
        known = [k for k in run if k in found]
        entity = self._run_entity(run, found, toks, text)
        if entity is None:
            return None
        sharing = [k for k in known if any(p.entity == entity for p in found[k][0])]
        alone = any(self._alone(k, found, toks, text, lang) for k in known)
        if not alone and not (len(sharing) >= 2 and (
                any(toks[k].name_shaped for k in sharing)
                or self._in_order(sharing, found, entity))):
            return None
        first, last = run[0], run[-1]
        # Unknown name words beside the run (Abdul Rahman Al Sharif, Tomas Novak) belong to
        # the same name: beside a known surname they are that person's other names; beside a
        # given name only they make someone else; beside a nickname only, nothing is known.
        before = self._strangers(text, toks, first, -1, lang)
        after = self._strangers(text, toks, last, 1, lang)
        if before or after:
            parts = [p for k in known for p in found[k][0]]
            if all(p.weak for p in parts):
                return None  # Ivan Petrov is not John Smith's nickname: left for review
            first, last = (before or [first])[-1], (after or [last])[-1]
            if not any(p.surname and p.entity == entity for p in parts):
                entity = "run:" + key(text[toks[first].start:toks[last].end])
        priority = PRIORITY_RUN if len(sharing) >= 2 else PRIORITY_WORD
        following = toks[last + 1] if last + 1 < len(toks) else None
        if following is not None and joined_by_space(text, toks[last], following) \
                and contexts.verb_cue(following.text, lang):
            priority = PRIORITY_RUN  # Chad said: the person, not the country
        if any(p.strong for k in known for p in found[k][0]):
            priority = PRIORITY_CONTEXT
        return toks[first].start, toks[last].end, "PERSON", entity, priority

    @staticmethod
    def _in_order(sharing: list[int], found: Found, entity: str) -> bool:
        """Given name then surname of one person (GRACE LONG, grace long), in any case."""
        last = found[sharing[-1]][0]
        first = found[sharing[0]][0]
        return any(p.entity == entity and p.surname for p in last) \
            and any(p.entity == entity and not p.surname and not p.weak for p in first)

    def _stranger(self, tok: Token, lang: str, opener: bool = False) -> bool:
        """A capitalised unknown word that looks like another part of a name."""
        if tok.initial and not (opener and not is_word(tok.text, lang)):
            return False
        return tok.latin and tok.capitalised and not tok.caseless \
            and not is_common(tok.text, lang) and tok.lower not in contexts.NOT_NAMES \
            and not contexts.is_title(tok.text, True) and not self.is_place(tok) \
            and not tok.upper

    def _strangers(self, text: str, toks: list[Token], edge: int, step: int,
                   lang: str) -> list[int]:
        """Up to three unknown name words (and particles between them) beside a run."""
        out: list[int] = []
        k = edge
        while len(out) < 3:
            nxt = k + step
            if not 0 <= nxt < len(toks):
                break
            a, b = (toks[k], toks[nxt]) if step > 0 else (toks[nxt], toks[k])
            if text[a.end:b.start] not in (" ", "-", "\u00a0") or (step > 0 and b.initial) \
                    or (step < 0 and a.initial and not self._stranger(a, lang, True)
                        and a.lower not in PARTICLES):
                break
            t = toks[nxt]
            beyond = nxt + step
            if t.lower in PARTICLES and not t.initial and 0 <= beyond < len(toks) \
                    and self._stranger(toks[beyond], lang, step < 0):
                out.append(nxt)
            elif self._stranger(t, lang, step < 0):
                out.append(nxt)
                if t.initial:
                    break
            else:
                break
            k = nxt
        while out and toks[out[-1]].lower in PARTICLES:
            out.pop()
        return out

    def _initials(self, text: str, toks: list[Token], blocked: set[int]) -> list[Hit]:
        """Z.M., Z. M. and ZM for a known person's initials."""
        hits: list[Hit] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if i in blocked:
                i += 1
                continue
            if t.upper and 2 <= len(t.text) <= 3 and t.latin and not t.caseless:
                entities = self.initials.get(t.text)
                if entities:
                    hits.append((t.start, t.end, "PERSON", entities[0], PRIORITY_INITIALS))
                i += 1
                continue
            if _initial(t, text):
                j = i
                while j + 1 < len(toks) and _initial(toks[j + 1], text) and j + 1 not in blocked \
                        and text[toks[j].end:toks[j + 1].start].replace(" ", "") in (".", ".-") \
                        and not (toks[j + 1].text == "I" and text[toks[j].end + 1] == " "):
                    j += 1
                letters = "".join(toks[k].text for k in range(i, j + 1))
                entities = self.dotted.get(letters) if j > i and not (
                    t.text == "I" and text[t.end + 1:t.end + 2] == " ") else None
                if entities:
                    hits.append((t.start, toks[j].end + 1, "PERSON", entities[0],
                                 PRIORITY_INITIALS))
                i = j + 1
                continue
            i += 1
        return hits
