"""Which words are ordinary words of a language (wordfreq), and which language a text is in."""

from __future__ import annotations

import re
import statistics
from functools import lru_cache

LANGUAGES = ("en", "fr", "es")
# Languages a word's frequency is compared against: a name (Wang, Maria, Petrovic) is about
# as frequent in all of them, an ordinary word (said, will, long) far more in its own.
_SPREAD = ("en", "fr", "es", "de", "it", "pt", "nl", "pl")
WORD_ZIPF = 3.5  # frequent enough to be a word of the language
COMMON_MARGIN = 1.0  # how much more frequent in its language than elsewhere
DICTIONARY_ZIPF = 2.5  # rare but real words



def words(text: str) -> list[str]:
    """The words of a table written as one string (for word lists in the source)."""
    return text.split()


_STOP = {
    "en": set(words("the and of to is was we he she it that with for not they in are have had this "
              "but you our there were been would which their his her very what when")),
    "fr": set(words("le la les des est et une du que qui pas nous il elle dans avec pour sur au "
              "ce sont était très mais aux ont leur je ne se cette ses")),
    "es": set(words("el la los las es y una del que no con por para se lo su pero muy al fue "
              "era como más sus yo le nos está son")),
}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=400_000)
def zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency  # loaded only when text is redacted
    return zipf_frequency(word, lang)


@lru_cache(maxsize=200_000)
def is_word(word: str, lang: str = "en") -> bool:
    """A frequent word of ``lang`` (or of English, which diplomats mix into every language)."""
    w = word.lower()
    return zipf(w, lang) >= WORD_ZIPF or (lang != "en" and zipf(w, "en") >= WORD_ZIPF + 1)


@lru_cache(maxsize=200_000)
def is_common(word: str, lang: str = "en") -> bool:
    """An ordinary word whose ordinary use dominates in ``lang`` (said, will, long, turkey):
    frequent there and clearly more frequent than in other languages. Names are about as
    frequent everywhere (Wang, Maria, Smith), so they are not common words."""
    w = word.lower()
    for lg in dict.fromkeys((lang, "en")):
        own = zipf(w, lg)
        if own < WORD_ZIPF:
            continue
        others = [zipf(w, o) for o in _SPREAD if o != lg]
        if own - statistics.median(others) >= COMMON_MARGIN:
            return True
    return False


def spread(word: str, lang: str) -> float:
    """How much more frequent ``word`` is in ``lang`` than in the other languages (median)."""
    w = word.lower()
    return zipf(w, lang) - statistics.median(zipf(w, o) for o in _SPREAD if o != lang)


@lru_cache(maxsize=200_000)
def is_opener_word(word: str, lang: str = "en") -> bool:
    """A word that opens sentences as itself rather than as a name: common (said, will,
    long) or very frequent and clearly of this language (Mark my words, Grace under
    pressure); not Wang, Maria, Cárdenas, John."""
    if is_common(word, lang):
        return True
    return any(zipf(word.lower(), lg) >= 4.5 and spread(word, lg) > 0.55
               for lg in dict.fromkeys((lang, "en")))


@lru_cache(maxsize=200_000)
def is_dictionary(word: str, lang: str = "en") -> bool:
    """A word of ``lang``'s dictionary, even a rare one (respondent, caucus, informally): it
    is written there clearly more than in other languages. Names are written about as often
    everywhere, so rare names (Petrovski, Tulliver) are not dictionary words."""
    w = word.lower()
    own = zipf(w, lang)
    if own < DICTIONARY_ZIPF:
        return False
    return own - statistics.median(zipf(w, o) for o in _SPREAD if o != lang) >= COMMON_MARGIN


def is_function_word(word: str, lang: str = "en") -> bool:
    """A short, very frequent word (le, la, de, el, do, an): never a name on its own."""
    w = word.lower()
    return len(w) <= 3 and any(zipf(w, lg) >= 5.5 for lg in LANGUAGES)


def detect_language(text: str, default: str = "en") -> str:
    """en, fr or es by counting their commonest words; ``default`` when nothing tells."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for m in _WORD.finditer(text[:4000]):
        w = m.group().lower()
        for lang in LANGUAGES:
            if w in _STOP[lang]:
                counts[lang] += 1
    best = max(LANGUAGES, key=lambda lg: (counts[lg], lg == default))
    return best if counts[best] >= 2 and counts[best] > counts.get(default, 0) else \
        (default if default in LANGUAGES else best)
