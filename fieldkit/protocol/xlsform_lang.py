"""XLSForm language names ('English (en)', 'Français', 'en') as protocol language codes."""

from __future__ import annotations

import re
import unicodedata

from .model import LANG_PATTERN

#: Language names that forms commonly use without a code, in lower case.
NAMES = {
    "english": "en", "anglais": "en", "inglés": "en", "ingles": "en",
    "french": "fr", "français": "fr", "francais": "fr", "francés": "fr", "frances": "fr",
    "spanish": "es", "español": "es", "espanol": "es", "espagnol": "es",
    "portuguese": "pt", "português": "pt", "portugues": "pt",
    "arabic": "ar", "العربية": "ar", "arabe": "ar", "russian": "ru", "русский": "ru",
    "chinese": "zh", "中文": "zh", "german": "de", "deutsch": "de", "italian": "it",
    "italiano": "it", "dutch": "nl", "swahili": "sw", "kiswahili": "sw", "turkish": "tr",
    "persian": "fa", "farsi": "fa", "dari": "prs", "pashto": "ps", "albanian": "sq",
    "serbian": "sr", "ukrainian": "uk", "polish": "pl", "hindi": "hi", "urdu": "ur",
    "amharic": "am", "hausa": "ha", "somali": "so",
}

_CODE_IN_NAME = re.compile(r"\(([^()]*)\)\s*$")


def language_code(name: str) -> tuple[str | None, str]:
    """The code for a language as an XLSForm writes it, and a note when it was guessed.

    Returns ``(code, "")`` when the code is certain, ``(code, note)`` when it was made up
    from the name, and ``(None, reason)`` when no valid code can be had.
    """
    text = name.strip()
    match = _CODE_IN_NAME.search(text)
    if match:
        code = match.group(1).strip()
        low = code.lower()
        if re.match(LANG_PATTERN, low):
            return low, ""
        if re.match(LANG_PATTERN, code):
            return code, ""
        return None, (f"'{code}' in language '{text}' is not a language code "
                      "(two or three letters, such as en or fr)")
    low = text.casefold()
    if low in NAMES:
        return NAMES[low], ""
    if re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]{2,8})?", low):
        return low, ""
    ascii_name = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    letters = re.sub(r"[^a-z]", "", ascii_name)
    if len(letters) >= 2:
        code = letters[:3]
        return code, (f"language '{text}' has no known code, so it is carried as '{code}'; "
                      f"write it as '{text} (code)' to choose the code")
    return None, (f"language '{text}' has no code; write the column as "
                  f"'label::{text} (code)' with a two- or three-letter code such as en")
