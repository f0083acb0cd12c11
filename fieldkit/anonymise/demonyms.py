"""Nationality words of every country in English, French and Spanish, with their inflections."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from fieldkit.anonymise.translit import fold

# ISO code | English adjectives and nouns | French masculine singular | Spanish masculine
# singular. Feminine and plural forms are made by :func:`forms`.
_TABLE = """
AD|Andorran|andorran|andorrano
AE|Emirati,Emiratis|émirien,émirati|emiratí
AF|Afghan,Afghani|afghan|afgano
AG|Antiguan,Barbudan|antiguais|antiguano
AL|Albanian|albanais|albanés
AM|Armenian|arménien|armenio
AO|Angolan|angolais|angoleño
AR|Argentine,Argentinian,Argentinean|argentin|argentino
AT|Austrian|autrichien|austriaco,austríaco
AU|Australian,Aussie|australien|australiano
AZ|Azerbaijani,Azeri|azerbaïdjanais,azéri|azerbaiyano,azerí
BA|Bosnian,Herzegovinian|bosnien,bosniaque|bosnio
BB|Barbadian,Bajan|barbadien|barbadense
BD|Bangladeshi|bangladais|bangladesí
BE|Belgian|belge|belga
BF|Burkinabe,Burkinabè|burkinabé|burkinés
BG|Bulgarian|bulgare|búlgaro
BH|Bahraini|bahreïnien|bareiní
BI|Burundian|burundais|burundés
BJ|Beninese|béninois|beninés
BN|Bruneian|brunéien|bruneano
BO|Bolivian|bolivien|boliviano
BR|Brazilian|brésilien|brasileño
BS|Bahamian|bahaméen|bahameño
BT|Bhutanese|bhoutanais|butanés
BW|Botswanan,Motswana,Batswana|botswanais|botsuano
BY|Belarusian,Belarussian,Byelorussian|biélorusse,bélarusse|bielorruso
BZ|Belizean|bélizien|beliceño
CA|Canadian|canadien|canadiense
CD|Congolese|congolais|congoleño
CF|Central African|centrafricain|centroafricano
CG|Congolese|congolais|congoleño
CH|Swiss|suisse|suizo
CI|Ivorian|ivoirien|marfileño
CL|Chilean|chilien|chileno
CM|Cameroonian|camerounais|camerunés
CN|Chinese|chinois|chino
CO|Colombian|colombien|colombiano
CR|Costa Rican|costaricien,costaricain|costarricense
CU|Cuban|cubain|cubano
CV|Cape Verdean,Cabo Verdean|cap-verdien|caboverdiano
CY|Cypriot|chypriote,cypriote|chipriota
CZ|Czech|tchèque|checo
DE|German|allemand|alemán
DJ|Djiboutian|djiboutien|yibutiano
DK|Danish,Dane|danois|danés
DM|Dominican|dominiquais|dominiqués
DO|Dominican|dominicain|dominicano
DZ|Algerian|algérien|argelino
EC|Ecuadorian,Ecuadorean|équatorien|ecuatoriano
EE|Estonian|estonien|estonio
EG|Egyptian|égyptien|egipcio
ER|Eritrean|érythréen|eritreo
ES|Spanish,Spaniard|espagnol|español
ET|Ethiopian|éthiopien|etíope
FI|Finnish,Finn|finlandais|finlandés
FJ|Fijian|fidjien|fiyiano
FM|Micronesian|micronésien|micronesio
FR|French,Frenchman,Frenchwoman,Frenchmen,Frenchwomen|français|francés
GA|Gabonese|gabonais|gabonés
GB|British,Briton,Brit,English,Englishman,Englishwoman,Englishmen,Scottish,Scot,Welsh,Welshman|britannique,anglais,écossais,gallois|británico,inglés,escocés,galés
GD|Grenadian|grenadien|granadino
GE|Georgian|géorgien|georgiano
GH|Ghanaian|ghanéen|ghanés
GM|Gambian|gambien|gambiano
GN|Guinean|guinéen|guineano
GQ|Equatorial Guinean,Equatoguinean|équato-guinéen|ecuatoguineano
GR|Greek,Hellenic|grec,hellène|griego,heleno
GT|Guatemalan|guatémaltèque|guatemalteco
GW|Bissau-Guinean|bissau-guinéen|guineano
GY|Guyanese|guyanien|guyanés
HN|Honduran|hondurien|hondureño
HR|Croatian,Croat|croate|croata
HT|Haitian|haïtien|haitiano
HU|Hungarian|hongrois|húngaro
ID|Indonesian|indonésien|indonesio
IE|Irish,Irishman,Irishwoman|irlandais|irlandés
IL|Israeli|israélien|israelí
IN|Indian|indien|indio
IQ|Iraqi|irakien,iraquien|iraquí
IR|Iranian|iranien|iraní
IS|Icelandic,Icelander|islandais|islandés
IT|Italian|italien|italiano
JM|Jamaican|jamaïcain|jamaicano,jamaiquino
JO|Jordanian|jordanien|jordano
JP|Japanese|japonais|japonés
KE|Kenyan|kényan,kenyan|keniano,keniata
KG|Kyrgyz,Kirghiz,Kyrgyzstani|kirghiz,kirghize|kirguís,kirguiso
KH|Cambodian|cambodgien|camboyano
KI|I-Kiribati|kiribatien|kiribatiano
KM|Comorian|comorien|comorense
KN|Kittitian,Nevisian|kittitien|sancristobaleño
KP|North Korean|nord-coréen|norcoreano
KR|South Korean,Korean|sud-coréen,coréen|surcoreano,coreano
KW|Kuwaiti|koweïtien|kuwaití
KZ|Kazakh,Kazakhstani|kazakh,kazakhstanais|kazajo,kazajistano
LA|Lao,Laotian|laotien|laosiano
LB|Lebanese|libanais|libanés
LC|Saint Lucian|saint-lucien|santalucense
LI|Liechtensteiner|liechtensteinois|liechtensteiniano
LK|Sri Lankan|sri-lankais|esrilanqués,ceilanés
LR|Liberian|libérien|liberiano
LS|Basotho,Mosotho,Lesothan|lesothan|lesotense
LT|Lithuanian|lituanien|lituano
LU|Luxembourgish,Luxembourger|luxembourgeois|luxemburgués
LV|Latvian|letton|letón
LY|Libyan|libyen|libio
MA|Moroccan|marocain|marroquí
MC|Monegasque,Monacan|monégasque|monegasco
MD|Moldovan|moldave|moldavo
ME|Montenegrin|monténégrin|montenegrino
MG|Malagasy,Madagascan|malgache|malgache
MH|Marshallese|marshallais|marshalés
MK|Macedonian,North Macedonian|macédonien|macedonio,norte-macedonio
ML|Malian|malien|maliense
MM|Burmese,Myanmarese|birman|birmano
MN|Mongolian|mongol|mongol
MR|Mauritanian|mauritanien|mauritano
MT|Maltese|maltais|maltés
MU|Mauritian|mauricien|mauriciano
MV|Maldivian|maldivien|maldivo
MW|Malawian|malawite,malawien|malauí,malawiano
MX|Mexican|mexicain|mexicano
MY|Malaysian|malaisien,malaysien|malasio
MZ|Mozambican|mozambicain|mozambiqueño
NA|Namibian|namibien|namibio
NE|Nigerien|nigérien|nigerino
NG|Nigerian|nigérian|nigeriano
NI|Nicaraguan|nicaraguayen|nicaragüense
NL|Dutch,Dutchman,Dutchwoman,Netherlander|néerlandais,hollandais|neerlandés,holandés
NO|Norwegian|norvégien|noruego
NP|Nepalese,Nepali|népalais|nepalí,nepalés
NR|Nauruan|nauruan|nauruano
NZ|New Zealander,Kiwi|néo-zélandais|neozelandés
OM|Omani|omanais|omaní
PA|Panamanian|panaméen|panameño
PE|Peruvian|péruvien|peruano
PG|Papua New Guinean|papouasien|papú
PH|Filipino,Philippine,Filipina|philippin|filipino
PK|Pakistani|pakistanais|pakistaní
PL|Polish,Pole|polonais|polaco
PS|Palestinian|palestinien|palestino
PT|Portuguese|portugais|portugués
PW|Palauan|palaosien|palauano
PY|Paraguayan|paraguayen|paraguayo
QA|Qatari|qatarien|catarí,qatarí
RO|Romanian,Rumanian|roumain|rumano
RS|Serbian,Serb|serbe|serbio
RU|Russian|russe|ruso
RW|Rwandan,Rwandese|rwandais|ruandés
SA|Saudi,Saudi Arabian|saoudien|saudí,saudita
SB|Solomon Islander|salomonais|salomonense
SC|Seychellois|seychellois|seychellense
SD|Sudanese|soudanais|sudanés
SE|Swedish,Swede|suédois|sueco
SG|Singaporean|singapourien|singapurense
SI|Slovenian,Slovene|slovène|esloveno
SK|Slovak,Slovakian|slovaque|eslovaco
SL|Sierra Leonean|sierra-léonais|sierraleonés
SM|Sammarinese|saint-marinais|sanmarinense
SN|Senegalese|sénégalais|senegalés
SO|Somali,Somalian|somalien|somalí
SR|Surinamese|surinamais|surinamés
SS|South Sudanese|sud-soudanais|sursudanés
ST|Santomean|santoméen|santotomense
SV|Salvadoran,Salvadorean|salvadorien|salvadoreño
SY|Syrian|syrien|sirio
SZ|Swazi,Eswatini|swazi|suazi
TD|Chadian|tchadien|chadiano
TG|Togolese|togolais|togolés
TH|Thai|thaïlandais|tailandés
TJ|Tajik,Tajikistani|tadjik|tayiko
TL|Timorese|timorais|timorense
TM|Turkmen|turkmène|turkmeno
TN|Tunisian|tunisien|tunecino
TO|Tongan|tongien|tongano
TR|Turkish,Turk|turc|turco
TT|Trinidadian,Tobagonian|trinidadien|trinitense
TV|Tuvaluan|tuvaluan|tuvaluano
TW|Taiwanese|taïwanais|taiwanés
TZ|Tanzanian|tanzanien|tanzano
UA|Ukrainian|ukrainien|ucraniano
UG|Ugandan|ougandais|ugandés
US|American,US|américain,étasunien|estadounidense,norteamericano,americano
UY|Uruguayan|uruguayen|uruguayo
UZ|Uzbek,Uzbekistani|ouzbek|uzbeko
VA|Vatican|vatican|vaticano
VC|Vincentian|vincentais|sanvicentino
VE|Venezuelan|vénézuélien|venezolano
VN|Vietnamese|vietnamien|vietnamita
VU|Ni-Vanuatu,Vanuatuan|vanuatais|vanuatuense
WS|Samoan|samoan|samoano
XK|Kosovar,Kosovan|kosovar|kosovar
YE|Yemeni|yéménite|yemení
ZA|South African|sud-africain|sudafricano
ZM|Zambian|zambien|zambiano
ZW|Zimbabwean|zimbabwéen|zimbabuense
"""
# Irregular feminines of French nationality words (the rest add -e or -enne).
_FR_FEMININE = {"grec": "grecque", "turc": "turque", "kirghiz": "kirghize"}


def _en_forms(word: str) -> set[str]:
    invariant = word.endswith(("ese", "ish", "ch", "sh", "ss", "s", "x", "z"))
    return {word} if invariant else {word, word + "s"}


def _fr_forms(word: str) -> set[str]:
    w = fold(word)
    if w in _FR_FEMININE:
        fem = fold(_FR_FEMININE[w])
    elif w.endswith("e"):
        fem = w
    elif w.endswith(("en", "on")):
        fem = w + "ne"
    else:
        fem = w + "e"
    masc_pl = w if w.endswith(("s", "x")) else w + "s"
    return {w, fem, masc_pl, fem + "s"}


def _es_forms(word: str) -> set[str]:
    w = fold(word)
    if w.endswith("o"):
        return {w, w[:-1] + "a", w + "s", w[:-1] + "as"}
    if w.endswith(("es", "an", "ol", "in")) and not w.endswith("ses"):  # frances, aleman
        return {w, w + "a", w + "es", w + "as"}
    if w.endswith(("i", "u")):  # israeli
        return {w, w + "es", w + "s"}
    if w.endswith(("e", "a")):
        return {w, w + "s"}
    return {w, w + "es"}


def _phrases(word: str, make: Callable[[str], set[str]]) -> set[str]:
    """Forms of a possibly hyphenated or two-word nationality (sud-africain, Costa Rican):
    the last word inflects, the others stay."""
    parts = word.replace("-", " ").split()
    head = " ".join(fold(p) for p in parts[:-1])
    return {f"{head} {fold(form)}".strip() for form in make(parts[-1])}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, tuple[str, frozenset[str]]]:
    """Folded nationality word or phrase -> (ISO code, languages it is written in)."""
    out: dict[str, tuple[str, set[str]]] = {}
    for line in _TABLE.strip().splitlines():
        code, en, fr, es = line.split("|")
        for lang, words, make in (("en", en, _en_forms), ("fr", fr, _fr_forms),
                                  ("es", es, _es_forms)):
            for word in words.split(","):
                for phrase in _phrases(word.strip(), make):
                    entry = out.setdefault(phrase, (code, set()))
                    entry[1].add(lang)
    out.pop("us", None)  # "US" is matched case-sensitively with the country abbreviations
    return {k: (c, frozenset(langs)) for k, (c, langs) in out.items()}
