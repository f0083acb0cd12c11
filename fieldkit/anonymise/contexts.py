"""Words around a name or a place that say what it is: titles, person words, roles, verbs."""

from __future__ import annotations

from fieldkit.anonymise.lexicon import words

# A capitalised word after one of these is a person's name (Ambassador Wu, Mme Dubois,
# Sra. Gómez). Lower-case forms count too: "l'ambassadeur Dupont", "el embajador Ruiz".
TITLES = frozenset(words("""
ambassador ambassadors amb mr mrs ms mx miss mister dr doctor prof professor sir dame lord lady
minister president general gen colonel col admiral captain capt major senator counsellor
councillor consul judge sheikh excellency madam chargé chargée ambassador-designate
madame monsieur mme mmes mlle mlles messieurs ambassadeur ambassadrice ministre président
présidente général docteur professeur conseiller conseillère consule pr
embajador embajadora embajadores sr sra sres srta señor señora señorita don doña dña dra doctora
ministro ministra presidente presidenta coronel consejero consejera cónsul licenciado
licenciada lic ing ingeniero excmo excma
herr frau
"""))
# Titles that are also ordinary words: only a title when written with a capital.
WEAK_TITLES = frozenset(words(
    "miss major general judge lady lord sir don president minister captain doctor mister "
    "madam gen col capt prof dr pr ing lic"))
# A capitalised word after one of these is a person (my daughter Sofia, mon collègue Karim).
PERSON_WORDS = frozenset(words("""
colleague colleagues counterpart counterparts friend friends daughter son wife husband
mother father brother sister cousin uncle aunt deputy assistant secretary aide driver
interpreter predecessor successor boss named called spouse partner
collègue collègues homologue homologues ami amie amis fille fils épouse mari femme mère père
frère sœur soeur adjoint adjointe assistante secrétaire chauffeur interprète prédécesseur
successeur nommé nommée appelé appelée conjoint conjointe
colega colegas homólogo homóloga amigo amiga amigos hija hijo esposa esposo marido madre
padre hermano hermana adjunto adjunta asistente secretario secretaria conductor intérprete
predecesor predecesora sucesor sucesora jefe jefa llamado llamada
"""))
# Roles a nationality word stands beside when it names a person (the Slovak ambassador,
# l'ambassadeur slovaque, el embajador eslovaco, my Kenyan colleague).
ROLE_WORDS = frozenset(words("""
ambassador ambassadors ambassadress amb ambs pr dpr dcm hom envoy envoys representative
representatives delegate
delegates delegation delegations diplomat diplomats colleague colleagues counterpart
counterparts minister ministers chargé chargée deputy mission embassy permanent
counsellor consul attaché attache president foreign chair chairman chairwoman head
spokesperson spokesman spokeswoman friend friends national nationals official officials
ambassadeur ambassadeurs ambassadrice ambassadrices représentant représentante représentants
délégué déléguée délégués délégation délégations diplomate diplomates collègue collègues
homologue homologues ministre ministres mission ambassade conseiller conseillère consul
président présidente ami amie amis fonctionnaire
embajador embajadora embajadores embajadoras representante representantes delegado
delegada delegados delegación delegaciones diplomático diplomática diplomáticos colega
colegas homólogo homóloga ministro ministra ministros misión embajada consejero consejera
cónsul presidente presidenta amigo amiga amigos funcionario funcionaria
"""))
# Words that follow a title without being a name (Mr President, Madam Chair).
NOT_NAMES = frozenset(words("""
president chair chairman chairwoman chairperson secretary general assembly council
committee commission minister ambassador ambassadors excellency excellencies speaker
director deputy head chief of the and or for to a an in on at by with from
vice co acting interim designate emeritus prime foreign defence defense affairs staff
presidency permanent representative representatives delegation embassy mission union
le la les de du des et en au aux un une el los las del y para con por
présidente président secrétaire ministre ambassadeur presidente presidenta secretario
ministro embajador señor señora monsieur madame
"""))
# Words right after a name that make a sentence-opening ordinary word a name (Said told me,
# Will and I, Long était là) rather than the word (Said differently, Will the council agree).
# Reporting and contact verbs only: a copula follows ordinary nouns too (Hope is not...).
VERB_CUES = {
    "en": frozenset(words("""
said says told tells asked asks called calls phoned rang wrote writes agreed agrees explained
added insisted replied answered suggested noted recalled remembered argued warned admitted
confirmed thinks thought believes believed knows knew met invited hosted joined proposed
objected insisted mentioned promised refused spoke speaks sent sends came comes went goes
left leaves took takes gave gives got gets saw sees meets felt feels kept keeps brought brings
stood stands led leads paid pays became becomes held holds heard hears showed shows spent
spends won wins lost loses chose chooses flew flies sat sits ran runs drove drives sold sells
taught teaches understood understands suggests proposes wonders wondered""")),
    "fr": frozenset(words("""
a m lui nous m'a dit disait pense pensait croit croyait répondait répond voulait avait
appelle appelait écrit écrivait propose proposait parle parlait vient venait savait sait
arrive arrivait part partait""")),
    "es": frozenset(words("""
dijo decía me nos le piensa pensaba cree creía llamó llama escribió escribe respondió
propuso quería había habla hablaba vino viene sabía sabe llegó llega salió sale""")),
}
# Determiners before a noun: "the Bill", "la Paz" are not people (per language; the Spanish
# "a" in "llamé a Sasha" is a preposition).
ARTICLES = {"en": frozenset(words("the a an this that these those")),
            "fr": frozenset(words("le la les l un une ce cet cette ces du des")),
            "es": frozenset(words("el la los las lo un una unos unas este esta del"))}


def is_article(word: str, lang: str) -> bool:
    return word.lower() in ARTICLES.get(lang, ARTICLES["en"])


def is_title(word: str, capitalised: bool) -> bool:
    w = word.lower().rstrip(".")
    if w not in TITLES:
        return False
    return capitalised or w not in WEAK_TITLES


def is_person_word(word: str) -> bool:
    return word.lower() in PERSON_WORDS


def is_role(word: str) -> bool:
    return word.lower() in ROLE_WORDS


# Words after a frequent name-like word that make it a subject (Frank was, Maria and I).
WEAK_CUES = {
    "en": frozenset(words("is was has had and or will would could should can might must did "
                          "does wants wanted")),
    "fr": frozenset(words("est était sera a avait et ou veut voulait")),
    "es": frozenset(words("es era fue será estaba ha había y o quiere quería")),
}
# Capitalised in English whatever they name: a month or a day alone is no one's name.
CALENDAR = frozenset(words("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday"""))


def weak_cue(word: str, lang: str = "en") -> bool:
    w = word.lower()
    return w in WEAK_CUES["en"] or w in WEAK_CUES.get(lang, frozenset())


def verb_cue(word: str, lang: str = "en") -> bool:
    """A word after which a sentence-opening common word reads as a person's name
    (Said told me, Will phoned; not Said differently, Will the council agree)."""
    w = word.lower()
    if w in VERB_CUES["en"] or w in VERB_CUES.get(lang, frozenset()):
        return True
    # A past tense: Maria disagreed, Cárdenas insistió, los eslovacos votaron.
    if len(w) <= 4 or not w.isalpha():
        return False
    endings = {"es": ("ó", "aron", "ieron", "aban"), "fr": ("èrent", "irent")}
    return w.endswith(("ed", *endings.get(lang, ())))
