"""A second held-out corpus, written after the first one passed: denser, messier answers
(several identifiers per sentence, lists, possessives, brackets, lower-case field notes,
abbreviated titles), other invented people and other probes."""

from __future__ import annotations

from harness import KNOWN, OTHER, PATTERN, Cell, Corpus, Interview, Person, Plant, Probe

R = [
    Person("k01", "Branimir Lukić", "Croatia", "OSCE"),
    Person("k02", "Olga Sidorenko", "Belarus", "OSCE"),
    Person("k03", "Theodoros Makris", "Greece", "EU"),
    Person("k04", "Khalid Benjelloun", "Morocco", "AU"),
    Person("k05", "Siew Ling Ng", "Trinidad and Tobago", "OAS"),
    Person("k06", "Peter Vandermeulen", "Belgium", "EU"),
    Person("k07", "Rosa Ibáñez", "Uruguay", "OAS"),
    Person("k08", "Chukwuemeka Eze", "Nigeria", "AU"),
    Person("k09", "Ilse Gruber", "Austria", "OSCE"),
    Person("k10", "Said Ouattara", "Burkina Faso", "AU"),
    Person("k11", "Jan Dvořák", "Czechia", "EU"),
    Person("k12", "Nikolai Smirnov", "Russian Federation", "OSCE"),
    Person("k13", "Christopher Long", "Canada", "OAS"),
    Person("k14", "Amina Yusuf", "Kenya", "AU"),
    Person("k15", "Anastasia Papadopoulou", "Cyprus", "EU"),
]
ROLE = "Ambassador"


def _iv(n: int, who: int, lang: str, cells: list[Cell], free: str | None = None) -> Interview:
    p = R[who]
    iv = Interview(n, p.name, p.id, p.org, lang, cells)
    iv.friends = [(R[(who + 1) % len(R)].id, None)] + ([(None, free)] if free else [])
    return iv


def K(kind: str, text: str) -> Plant:
    return Plant(kind, text, KNOWN)


def P(kind: str, text: str) -> Plant:
    return Plant(kind, text, PATTERN)


def X(kind: str, text: str) -> Plant:
    return Plant(kind, text, OTHER)


def build() -> Corpus:
    ivs = [
        _iv(1, 0, "en", [
            Cell("why", "Call Sidorenko on 017 327 63 44 or write to o.sidorenko at mfa dot by; "
                        "Makris's office has the text.",
                 [K("name", "Sidorenko"), P("phone", "017 327 63 44"),
                  P("e-mail", "o.sidorenko at mfa dot by"), K("possessive", "Makris")]),
            Cell("note", "- met w/ lukic + the croatian amb. re: mandate\n- ng absent",
                 [K("lower-case", "lukic"), X("nationality", "croatian"), K("lower-case", "ng")],
                 []),
            Cell("trust", "We trust the Greeks, Ibáñez and Amb. Vandermeulen most.",
                 [X("nationality", "Greeks"), K("name", "Ibáñez"),
                  K("after a title", "Vandermeulen")],
                 [])]),
        _iv(2, 1, "fr", [
            Cell("why", "J'ai parlé avec H.E. Eze et avec Mme Gruber (Vienne) hier.",
                 [K("after a title", "Eze"), K("after a title", "Gruber"),
                  X("city", "Vienne")]),
            Cell("trust", "L'ambassadeur d'Algérie et celui du Maroc ont bloqué le texte.",
                 [X("country", "Algérie"), X("country", "Maroc")]),
            Cell("quote", "« Lukić a raison », disait Khalid.",
                 [K("name", "Lukić"), K("given name", "Khalid")])]),
        _iv(3, 2, "es", [
            Cell("why", "El embajador de Chile y la señora Ibáñez cenaron en Avenida 18 de "
                        "Julio 1205, Montevideo.",
                 [X("country", "Chile"), K("after a title", "Ibáñez"),
                  P("address", "Avenida 18 de Julio 1205"), X("city", "Montevideo")]),
            Cell("note", "Tel. de la residencia: 2901 4470; correo: ribanez(at)mrree.gub.uy.",
                 [P("phone", "2901 4470"), P("e-mail", "ribanez(at)mrree.gub.uy")]),
            Cell("crisis", "Dvořákovi jsem volal hned. Luego llamé a Smirnov.",
                 [K("case", "Dvořákovi"), K("name", "Smirnov")])]),
        _iv(4, 3, "en", [
            Cell("why", "Bill of rights aside, Long's paper (see www.international.gc.ca/x) "
                        "was decisive.",
                 [K("possessive", "Long"), P("url", "www.international.gc.ca/x")],
                 [Probe("Bill of rights")]),
            Cell("routines", "Born 12.03.61 in Mombasa, Yusuf knows everyone; passport "
                             "no. A2096457.",
                 [P("date of birth", "12.03.61"), X("city", "Mombasa"), K("name", "Yusuf"),
                  P("passport", "A2096457")]),
            Cell("trust", "Смирнов and Παπαδοπούλου were the only ones who called.",
                 [K("script", "Смирнов"), K("script", "Παπαδοπούλου")])]),
        _iv(5, 4, "fr", [
            Cell("why", "Selon Chris (Christopher, le Canadien), rien ne bougera.",
                 [K("nickname", "Chris"), K("given name", "Christopher"),
                  X("nationality", "Canadien")]),
            Cell("crisis", "Le numéro de Gruber : +43 1 53115 0, poste 4411.",
                 [K("name", "Gruber"), P("phone", "+43 1 53115 0")]),
            Cell("note", "Voir @ilse_gruber et mfa.gov.by/fr/ pour le communiqué.",
                 [P("handle", "@ilse_gruber"), P("domain", "mfa.gov.by/fr/")])]),
        _iv(6, 5, "es", [
            Cell("why", "Anastasia y Theo (Makris) siempre votan juntos; la embajadora "
                        "chipriota lo confirmó.",
                 [K("given name", "Anastasia"), K("nickname", "Theo"), K("name", "Makris"),
                  X("nationality", "chipriota")]),
            Cell("note", "Dirección: Rue de la Science 14, 1040 Bruselas.",
                 [P("address", "Rue de la Science 14"), X("city", "Bruselas")]),
            Cell("quote", "Ouattara dijo que no.", [K("name", "Ouattara")])]),
        _iv(7, 6, "en", [
            Cell("why", "Khalid B. and S. Ouattara drafted it; K.B. later denied that.",
                 [K("given name", "Khalid"), K("name", "Ouattara"), K("initials", "K.B.")]),
            Cell("crisis", "In 2009 the dean of the diplomatic corps, a Moroccan, called "
                           "Benjelloun.",
                 [X("unique role", "dean of the diplomatic corps"), X("nationality", "Moroccan"),
                  K("name", "Benjelloun")]),
            Cell("note", "MRZ: P<BELVANDERMEULEN<<PETER<<<<<<<<<<<<<<<<<<<<<",
                 [P("MRZ", "P<BELVANDERMEULEN<<PETER<<<<<<<<<<<<<<<<<<<<<")])]),
        _iv(8, 7, "fr", [
            Cell("why", "Papadopoulou-\nMakris ? Non, Papadopoulou tout court.",
                 [K("hyphenated", "Papadopoulou-\nMakris"), K("name", "Papadopoulou")]),
            Cell("routines", "Le doyen, Benjelloun, habite 7 avenue Franklin-Roosevelt.",
                 [K("name", "Benjelloun"), P("address", "7 avenue Franklin-Roosevelt")]),
            Cell("trust", "On appelle Nikolaï « Kolya » entre nous.",
                 [K("given name", "Nikolaï"), K("nickname", "Kolya")])]),
    ]
    probes = {
        "en": ["It was a long shot, he said.", "Will power matters more than rules.",
               "They said the peter-out clause was fine.", "We reached a long-term deal.",
               "The rose garden was closed for the summit.", "Christmas came early that year.",
               "We had Belgian waffles and Irish coffee.", "The Geneva Conventions applied.",
               "Latin American states abstained.", "She spoke Greek to the waiter.",
               "The Long Telegram was our model.", "Said the chair: order!",
               "Turkey, cranberries and pie were served.", "May the best text win.",
               "The mark-up was long."],
        "fr": ["Il a dit non, longuement.", "Une salade niçoise et des frites.",
               "En anglais et en russe, c'était plus simple.", "La rose était fanée.",
               "Le traité de Rome était cité.", "Amérique latine et Europe étaient d'accord.",
               "Le long du couloir, personne.", "Des moules-frites belges."],
        "es": ["Dijo que sí, largo y tendido.", "Habló en inglés con el chef.",
               "La paz fue larga.", "Comimos queso suizo y pan francés.",
               "La Convención de Viena es clara.", "Un café americano y un té.",
               "América Latina votó en bloque.", "El mayor obstáculo fue el tiempo."],
    }
    n = 9
    for lang, texts in probes.items():
        for k in range(0, len(texts), 3):
            cells = [Cell(("why", "routines", "trust")[m], t, [], [Probe(t)])
                     for m, t in enumerate(texts[k:k + 3])]
            ivs.append(_iv(n, n % len(R), lang, cells))
            n += 1
    return Corpus(R, ivs)
