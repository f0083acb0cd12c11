"""The main red-team corpus: invented ambassadors of a Study-A-like committee, with identifiers
of every kind planted in English, French and Spanish answers, and ordinary-word probes."""

from __future__ import annotations

import itertools

from harness import KNOWN, OTHER, PATTERN, Cell, Corpus, Interview, Person, Plant, Probe

R = [
    Person("r01", "Zorana Mrkvička", "Serbia", "OSCE"),
    Person("r02", "Dragomir Petrović", "Montenegro", "OSCE"),
    Person("r03", "Jelisaveta Nováková", "Slovakia", "EU"),
    Person("r04", "Bogumił Wróblewski", "Poland", "EU"),
    Person("r05", "Konstantinos Papadakis", "Greece", "EU"),
    Person("r06", "Eleni Stavridou", "Cyprus", "EU"),
    Person("r07", "Youssef El-Amrani", "Morocco", "AU"),
    Person("r08", "Mohammed Al-Tahiri", "Egypt", "AU"),
    Person("r09", "Said Haddad", "Algeria", "AU"),
    Person("r10", "Karim Benslimane", "Tunisia", "AU"),
    Person("r11", "Mei Wu", "Canada", "OAS"),
    Person("r12", "Kevin Ng", "Jamaica", "OAS"),
    Person("r13", "Anna Li", "Suriname", "OAS"),
    Person("r14", "Hans-Jürgen Müller", "Germany", "EU"),
    Person("r15", "Grete Schönfeld", "Austria", "OSCE"),
    Person("r16", "William Hartcastle", "United Kingdom", "OSCE"),
    Person("r17", "Aleksandr Volkonov", "Russian Federation", "OSCE"),
    Person("r18", "Katherine Odegaard", "Norway", "OSCE"),
    Person("r19", "Roberto Quintanilla", "Mexico", "OAS"),
    Person("r20", "Grace Long", "Barbados", "OAS"),
    Person("r21", "Chad Mercer", "Bahamas", "OAS"),
    Person("r22", "Sofia Andersen", "Denmark", "EU"),
    Person("r23", "Mark Lindqvist", "Sweden", "EU"),
    Person("r24", "Amara Okonkwo", "Nigeria", "AU"),
    Person("r25", "Wanjiru Kamau", "Kenya", "AU"),
    Person("r26", "Tendai Moyo", "Zimbabwe", "AU"),
    Person("r27", "Fatou Diallo-Sow", "Senegal", "AU"),
    Person("r28", "Ignacio Arrechea", "Argentina", "OAS"),
    Person("r29", "Dolores Villaseñor", "Paraguay", "OAS"),
    Person("r30", "Jovan Jovanović", "North Macedonia", "OSCE"),
    Person("r31", "Dmitrij Kovalenko", "Ukraine", "OSCE"),
    Person("r32", "Ioana Brătianu", "Romania", "EU"),
    Person("r33", "Piotr Zieliński", "Poland", "OSCE"),
    Person("r34", "Tariq Nasser", "Libya", "AU"),
    Person("r35", "Lucia Ferreira Ramos", "Brazil", "OAS"),
    Person("r36", "Ruslan Abdykadyrov", "Kyrgyzstan", "OSCE"),
]
# Chargés d'affaires: respondents who are not on the roster (known from the name item only).
CHARGES = ["Anneliese Vogt", "Oluwaseun Adeyemi", "Thorbjørn Lykke", "Marisol Echeverría",
           "Radovan Šimek", "Nikolaos Galanis", "Abdelkader Bouzid", "Priya Ramdin",
           "Ciarán Ó Súilleabháin", "Yusuf Mwangi", "Agnieszka Dąbrowska", "Tomás Irigoyen",
           "Hélène Dufresne-Morel", "Bakhyt Seitkali", "Nkosana Dlamini", "Violeta Ramírez",
           "Grzegorz Pawlak", "Ewa Lindgren", "Adebayo Oyelaran", "Matteo Ricciardelli",
           "Svetlana Baranova", "Joaquín Larrañaga", "Aminata Keïta", "Lars Udvardy"]
FREE = ["Oleksandr Hrytsenko", "Ximena Cárdenas", "Birgitta Sjöholm", "Kwabena Asante",
        "Ludmila Horáková", "Esteban Iturralde"]

SCRIPT = {  # other-script spellings of roster names, as interviewers typed them
    "r01": ["Зорана Мрквичка", "Мрквичка"], "r02": ["Драгомир Петровић", "Петровић"],
    "r17": ["Александр Волконов", "Волконов"], "r30": ["Јован Јовановић", "Јовановић"],
    "r31": ["Дмитрий Коваленко"], "r05": ["Κωνσταντίνος Παπαδάκης", "Παπαδάκης"],
    "r06": ["Ελένη Σταυρίδου"], "r07": ["يوسف العمراني"], "r08": ["محمد الطاهري"],
    "r09": ["سعيد حداد"], "r10": ["كريم بن سليمان"],
}
VARIANT = {"r02": ["Petrovich", "Petrovic"], "r14": ["Mueller", "Hans-Juergen Mueller"],
           "r15": ["Schoenfeld"], "r08": ["Muhammad Al-Tahiri", "Mohamed Al Tahiri"],
           "r30": ["Yovanovich"], "r29": ["Villasenor"], "r07": ["Yusuf El Amrani"],
           "r31": ["Dmitry Kovalenko"], "r32": ["Bratianu"], "r33": ["Zielinski"]}
CASES = {"r02": ["Petrovića", "Petroviću", "Petrovićem"], "r01": ["Mrkvičkou", "Mrkvičke"],
         "r03": ["Novákovou", "Novákové"], "r04": ["Wróblewskiego", "Wróblewskim"],
         "r33": ["Zielińskiego"], "r30": ["Jovanovića"], "r17": ["Volkonovem"]}
NICK = {"r16": ["Bill", "Will"], "r17": ["Sasha"], "r18": ["Kate"], "r05": ["Kostas"],
        "r28": ["Nacho"], "r29": ["Lola"], "r31": ["Dima"], "r19": ["Beto"]}
INITIALS = {"r01": ["Z.M.", "ZM"], "r04": ["B.W."], "r16": ["W.H.", "WH"], "r25": ["W. K."],
            "r03": ["J.N."], "r27": ["F.D.S."], "r36": ["RA"]}
TWO = {"r11": "Wu", "r12": "Ng", "r13": "Li"}
HYPHEN = {"r01": "Mrkvič-\nka", "r04": "Wróblew-\nski", "r26": "Mo-\nyo", "r35": "Ferrei-\nra"}
# Third parties named after a title once, and later alone.
TITLED = [("Ambassador", "Linnea Fjellstad", "Fjellstad"), ("Mme", "Héloïse Carpentier",
           "Carpentier"), ("Sra.", "Ximena Cárdenas", "Cárdenas"), ("Dr", "Abebe Girma", "Girma"),
          ("Mr", "Rutger Vandenbroucke", "Vandenbroucke"), ("Minister", "Ngozi Eze", "Eze"),
          ("l'ambassadrice", "Margit Halvorsen", "Halvorsen"), ("el embajador", "Rodrigo Saavedra",
           "Saavedra"), ("Ambassador", "Gunnar Thorsteinsson", "Thorsteinsson"),
          ("Mrs", "Bettina Kreuzer", "Kreuzer")]
THIRD = ["Halvard Ruud", "Ottilie Brandauer", "Emeka Nwosu", "Sergiu Lupescu",
         "Inés Montalbán", "Corentin Le Gall"]
EMAIL_OBF = ["z.mrkvicka (at) mzv dot rs", "zorana[at]mzv[dot]rs", "kamau at mfa.go.ke",
             "dpetrovic AT gov DOT me", "jnovakova arroba mzv punto sk",
             "h.mueller arobase diplo point de", "w.hartcastle {at} fco {dot} gov {dot} uk",
             "lindqvist @ gov.se", "a.okonkwo(at)mfa.gov.ng", "moyo [at] zimfa [dot] gov [dot] zw"]
EMAIL = ["g.schoenfeld@bmeia.gv.at", "sofia.andersen@um.dk", "i.arrechea@mrecic.gob.ar"]
PHONE = {"SK": ["0905 123 456", "+421 2 5978 3111", "02/5978 3111"],
         "RS": ["011 3061 234", "064 123 4567", "+381 11 306 1234"],
         "KE": ["0712 345 678", "020 2713 401"], "US": ["(202) 555-0143", "202.555.0187"],
         "AT": ["01 53115 4444", "0664 123 4567"], "FR": ["01 43 17 53 53", "06 12 34 56 78"],
         "ES": ["913 79 97 00", "612 34 56 78"], "BE": ["02 501 81 11", "0475 12 34 56"],
         "AR": ["011 4819-7000"], "MX": ["55 3686 5100"], "NG": ["0803 123 4567"]}
DOMAINS = ["mzv.sk/en/embassy", "www.mfa.gov.rs", "bmeia.gv.at/botschaft", "mfa.go.ke",
           "diplo.de", "um.dk/en", "mrecic.gob.ar/es", "gov.me/mvp", "mfa.gov.ng/missions"]
HANDLES = ["@zmrkvicka", "@DiploKamau", "@amb_hartcastle", "@VillasenorPY", "@mfa_mw"]
ADDRESSES = {"en": ["1600 Pennsylvania Avenue NW", "27 Harcourt Street", "4 Belgrave Square"],
             "fr": ["12 Rue de la Loi", "Avenue Louise 149", "3 boulevard du Régent"],
             "es": ["Calle Mayor 5", "Paseo de la Castellana 99", "Avenida Libertador 1020"]}
DOB = {"en": [("She was born on 3 March 1961 in a small town.", "3 March 1961"),
              ("His date of birth, 14/07/1959, was on the list.", "14/07/1959"),
              ("He was born in 1962, I think.", "1962")],
       "fr": [("Elle est née le 12 février 1958 à la campagne.", "12 février 1958"),
              ("Date de naissance : 02.05.1960, selon la liste.", "02.05.1960")],
       "es": [("Nació el 5 de mayo de 1960 en el norte.", "5 de mayo de 1960"),
              ("Fecha de nacimiento: 21/11/1957, según la lista.", "21/11/1957")]}
PASSPORT = {"en": [("His passport no. AB1234567 was kept at the desk.", "AB1234567")],
            "fr": [("Le numéro de passeport 12AB34567 était sur la fiche.", "12AB34567")],
            "es": [("El pasaporte número XA7654321 quedó en la mesa.", "XA7654321")]}
MRZ = ["P<SVKNOVAKOVA<<JELISAVETA<<<<<<<<<<<<<<<<<<<<<",
       "AB12345674SVK6103125F2012314<<<<<<<<<<<<<<06",
       "P<SRBMRKVICKA<<ZORANA<<<<<<<<<<<<<<<<<<<<<<<<"]
DEMONYMS = {"en": ["the Slovak ambassador", "my Kenyan colleague", "the Senegalese deputy",
                   "the Norwegian envoy", "a Paraguayan diplomat"],
            "fr": ["l'ambassadeur slovaque", "ma collègue kényane", "le représentant sénégalais",
                   "l'ambassadrice norvégienne"],
            "es": ["el embajador eslovaco", "mi colega keniana", "la embajadora paraguaya",
                   "el delegado senegalés"]}
DEMONYM_WORD = {"the Slovak ambassador": "Slovak", "my Kenyan colleague": "Kenyan",
                "the Senegalese deputy": "Senegalese", "the Norwegian envoy": "Norwegian",
                "a Paraguayan diplomat": "Paraguayan", "l'ambassadeur slovaque": "slovaque",
                "ma collègue kényane": "kényane", "le représentant sénégalais": "sénégalais",
                "l'ambassadrice norvégienne": "norvégienne", "el embajador eslovaco": "eslovaco",
                "mi colega keniana": "keniana", "la embajadora paraguaya": "paraguaya",
                "el delegado senegalés": "senegalés"}
ROLES = {"en": ["the chair of the committee in 2009", "the dean of the diplomatic corps",
                "the only woman ambassador"],
         "fr": ["la présidente du comité en 2009", "le doyen du corps diplomatique"],
         "es": ["el presidente del comité en 2009", "la única embajadora"]}
PLACES = {"en": ["Slovak Republic", "Ivory Coast", "Russia", "Praia", "Skopje", "Czechia",
                 "Macedonia", "Bratislava"],
          "fr": ["République slovaque", "Côte d'Ivoire", "Russie", "Macédoine du Nord",
                 "Tbilissi"],
          "es": ["Eslovaquia", "Costa de Marfil", "Rusia", "Macedonia del Norte", "Bruselas",
                 "Viena"]}

T = {  # sentence frames per language; {x} is the identifier
    "met": {"en": "I first met {x} in the corridor after a meeting.",
            "fr": "J'ai rencontré {x} dans le couloir après la séance.",
            "es": "Conocí a {x} en el pasillo después de la reunión."},
    "drafts": {"en": "Between us, the one who drafts the texts is {x}.",
               "fr": "Entre nous, c'est {x} qui rédige les textes.",
               "es": "Entre nosotros, quien redacta los textos es {x}."},
    "case": {"en": "In their language the note said: dogovor s {x}.",
             "fr": "Dans leur langue, la note disait : dogovor s {x}.",
             "es": "En su idioma la nota decía: dogovor s {x}."},
    "phoned": {"en": "I phoned {x} the same night.", "fr": "J'ai appelé {x} le soir même.",
               "es": "Llamé a {x} esa misma noche."},
    "initials": {"en": "In my notes I wrote {x} for that ambassador.",
                 "fr": "Dans mes notes j'ai écrit {x} pour cet ambassadeur.",
                 "es": "En mis notas escribí {x} para ese embajador."},
    "two": {"en": "We asked {x} about the draft before lunch.",
            "fr": "Nous avons demandé à {x} ce qu'il pensait du projet.",
            "es": "Le preguntamos a {x} por el borrador."},
    "hyphen": {"en": "The proposal of {x} was accepted.",
               "fr": "La proposition de {x} a été acceptée.",
               "es": "La propuesta de {x} fue aceptada."},
    "titled": {"en": "{t} {x} hosted the dinner that week.",
               "fr": "{t} {x} a organisé le dîner cette semaine-là.",
               "es": "{t} {x} organizó la cena esa semana."},
    "later": {"en": "Later, {x} was right about the timing.",
              "fr": "Plus tard, {x} avait raison sur le calendrier.",
              "es": "Más tarde, {x} tenía razón sobre el calendario."},
    "third": {"en": "I often call {x} before the meetings.",
              "fr": "J'appelle souvent {x} avant les réunions.",
              "es": "A menudo llamo a {x} antes de las reuniones."},
    "email": {"en": "Write to {x} if you need the text.", "fr": "Écrivez à {x} pour le texte.",
              "es": "Escriba a {x} si necesita el texto."},
    "phone": {"en": "Her mobile is {x}, call after six.",
              "fr": "Son portable : {x}, appelez après six heures.",
              "es": "Su móvil es {x}, llame después de las seis."},
    "domain": {"en": "Everything is on {x} anyway.", "fr": "Tout est sur {x} de toute façon.",
               "es": "Todo está en {x} de todos modos."},
    "handle": {"en": "He posts as {x} almost daily.", "fr": "Il publie sous {x} presque chaque jour.",
               "es": "Publica como {x} casi a diario."},
    "address": {"en": "We met at {x}, in the small room.", "fr": "Nous nous sommes vus au {x}.",
                "es": "Nos vimos en {x}, en la sala pequeña."},
    "mrz": {"en": "The scan showed:\n{x}\nand nothing else.",
            "fr": "Le scan montrait :\n{x}\net rien d'autre.",
            "es": "El escaneo mostraba:\n{x}\ny nada más."},
    "demonym": {"en": "I trust {x} more than anyone.", "fr": "Je fais confiance à {x}.",
                "es": "Confío en {x} más que en nadie."},
    "role": {"en": "The person who helped most was {x}.",
             "fr": "La personne qui a le plus aidé était {x}.",
             "es": "Quien más ayudó fue {x}."},
    "place": {"en": "The delegation of {x} was divided.", "fr": "La délégation de {x} était divisée.",
              "es": "La delegación de {x} estaba dividida."},
    "plain": {"en": "{x} and I speak every week.", "fr": "{x} et moi parlons chaque semaine.",
              "es": "{x} y yo hablamos cada semana."},
}
PROBES = {
    "en": [("He said the text was fine.", "said"), ("We will see what happens.", "will"),
           ("It took a long time to agree.", "long"), ("We had turkey at the reception.", "turkey"),
           ("Nobody wanted another hanging chad.", "chad"),
           ("Brussels sprouts were served at the dinner.", "Brussels sprouts"),
           ("Will the council agree? Nobody knew.", "Will the council"),
           ("Said differently, nobody wanted it.", "Said differently"),
           ("They served tea in fine china.", "china"),
           ("The French fries were cold.", "French fries"),
           ("We spoke in French most of the time.", "in French"),
           ("Under the Vienna Convention that is clear.", "Vienna Convention"),
           ("Latin America was not on the agenda.", "Latin America"),
           ("Mark my words, it will fail.", "Mark my words"),
           ("In the long run it helped.", "long run"),
           ("There was a grace period of a week.", "grace period"),
           ("Long live the informal lunch!", "Long live"),
           ("May I add something?", "May I"),
           ("The bill was adopted in March.", "bill"),
           ("That left a mark on everyone.", "mark"),
           ("We ordered Turkish coffee afterwards.", "Turkish coffee"),
           ("The English version was late.", "English version"),
           ("Nice weather helped, honestly.", "Nice weather"),
           ("Reading the draft took hours.", "Reading the draft"),
           ("Will you join us? he asked.", "Will you join"),
           ("Long story short, they agreed.", "Long story short"),
           ("Turkey sandwiches were served at noon.", "Turkey sandwiches"),
           ("The Bill passed without a debate.", "The Bill passed"),
           ("We spoke in Spanish and English that day.", "in Spanish and English"),
           ("English is the working language here.", "English is"),
           ("Grace under pressure mattered most.", "Grace under pressure"),
           ("I said long ago that it would not last.", "said long ago")],
    "fr": [("Il a dit que le texte était prêt.", "a dit"),
           ("Sur le long terme, cela a aidé.", "long terme"),
           ("On a servi des choux de Bruxelles.", "choux de Bruxelles"),
           ("Nous parlions en français entre nous.", "en français"),
           ("Selon la Convention de Vienne, c'est clair.", "Convention de Vienne"),
           ("L'Amérique latine n'était pas à l'ordre du jour.", "Amérique latine"),
           ("Nous avons pris un café turc ensuite.", "café turc"),
           ("La cuisine chinoise était excellente.", "cuisine chinoise"),
           ("Le dessert était une omelette norvégienne.", "omelette norvégienne"),
           ("Il a filé à l'anglaise.", "à l'anglaise"),
           ("Le mois de mai était chargé.", "mai"),
           ("Nous avons mangé des frites belges.", "frites belges"),
           ("Le français est difficile pour eux.", "Le français est"),
           ("Selon l'accord de Paris, rien ne change.", "accord de Paris"),
           ("Ils ont longtemps hésité, il a dit non.", "il a dit non"),
           ("C'était comme la grippe espagnole.", "grippe espagnole")],
    "es": [("Dijo que el texto estaba listo.", "Dijo que"),
           ("A largo plazo, eso ayudó.", "largo plazo"),
           ("Sirvieron coles de Bruselas en la cena.", "coles de Bruselas"),
           ("Hablábamos en español entre nosotros.", "en español"),
           ("Según la Convención de Viena, está claro.", "Convención de Viena"),
           ("América Latina no estaba en la agenda.", "América Latina"),
           ("Comimos tortilla española y ensaladilla rusa.", "tortilla española"),
           ("La montaña rusa de las negociaciones.", "montaña rusa"),
           ("Tomamos café turco después.", "café turco"),
           ("El mayor problema era el tiempo.", "mayor"),
           ("Pusimos los papeles en la mesa.", "mesa"),
           ("Lo hicimos a la francesa.", "a la francesa"),
           ("La paz era el tema de fondo.", "La paz"),
           ("Lo propuso la Mesa del Consejo.", "la Mesa del Consejo"),
           ("El español es difícil para ellos.", "El español es"),
           ("Fue como la gripe española.", "gripe española"),
           ("Lo dijo en inglés y en francés.", "en inglés y en francés")],
}
PERSON_PROBES = {"en": ("My daughter Sofia joined us later.", r"daughter \[PERSON-\d+\]"),
                 "fr": ("Ma fille Sofia nous a rejoints.", r"fille \[PERSON-\d+\]"),
                 "es": ("Mi hija Sofía vino después.", r"hija \[PERSON-\d+\]")}
LANGS = ("en", "fr", "es")
N_INTERVIEWS = 60


def _frame(kind: str, lang: str, x: str, t: str = "") -> str:
    return T[kind][lang].format(x=x, t=t)


def build(n_interviews: int = N_INTERVIEWS) -> Corpus:
    """The corpus: ``n_interviews`` interviews (a smaller slice keeps every kind)."""
    people = {p.id: p for p in R}
    respondents = [(p.name, p.id, p.org) for p in R] + \
        [(c, R[i % len(R)].id, R[i % len(R)].org) for i, c in enumerate(CHARGES)]
    ivs: list[Interview] = []
    for n in range(1, n_interviews + 1):
        name, own, org = respondents[(n - 1) % len(respondents)]
        ivs.append(Interview(n, name, own, org, LANGS[(n - 1) % 3]))
    cyc = itertools.count()

    def put(kind: str, sentence: str, plants: list[Plant], where: str | None = None,
            probes: list[Probe] | None = None, lang: str | None = None) -> None:
        k = next(cyc)
        candidates = [iv for iv in ivs if lang is None or iv.language == lang]
        iv = candidates[k % len(candidates)]
        iv.cells.append(Cell(where or ("why", "routines", "trust", "crisis", "quote",
                                       "note")[k % 6], sentence, plants, probes or []))

    for lang in LANGS:
        for forms in SCRIPT.values():
            for form in forms:
                put("script", _frame("met", lang, form), [Plant("script", form, KNOWN)],
                    lang=lang)
        for forms in VARIANT.values():
            for form in forms:
                put("variant", _frame("drafts", lang, form), [Plant("variant", form, KNOWN)],
                    lang=lang)
        for forms in CASES.values():
            for form in forms[:2 if lang != "en" else 3]:
                put("case", _frame("case", lang, form), [Plant("case", form, KNOWN)], lang=lang)
        for nicks in NICK.values():
            for nick in nicks:
                put("nickname", _frame("phoned", lang, nick), [Plant("nickname", nick, KNOWN)],
                    lang=lang)
        for forms in INITIALS.values():
            for form in forms:
                put("initials", _frame("initials", lang, form), [Plant("initials", form, KNOWN)],
                    lang=lang)
        for two in TWO.values():
            put("two", _frame("two", lang, two), [Plant("two-letter surname", two, KNOWN)],
                lang=lang)
            put("two", f"{two} called me the next morning.",
                [Plant("two-letter surname", two, KNOWN)], lang=lang)
        for form in HYPHEN.values():
            put("hyphen", _frame("hyphen", lang, form), [Plant("hyphenated", form, KNOWN)],
                lang=lang)
        for k, (title, full, last) in enumerate(TITLED):
            if k % 3 == LANGS.index(lang):
                put("titled", _frame("titled", lang, full, title),
                    [Plant("after a title", full, KNOWN)], lang=lang)
                for later_lang in LANGS:
                    put("later", _frame("later", later_lang, last),
                        [Plant("later alone", last, KNOWN)], lang=later_lang)
        for p in R[::4]:
            put("plain", _frame("plain", lang, p.name), [Plant("roster name", p.name, KNOWN)],
                lang=lang)
        for name in FREE[LANGS.index(lang)::3]:
            put("plain", _frame("met", lang, name), [Plant("free-entry name", name, KNOWN)],
                lang=lang)
        for x in THIRD[LANGS.index(lang)::3]:
            put("third", _frame("third", lang, x), [Plant("third party", x, OTHER)], lang=lang)
        for x in EMAIL_OBF[LANGS.index(lang)::2] + EMAIL[LANGS.index(lang)::3]:
            put("email", _frame("email", lang, x), [Plant("e-mail", x, PATTERN)], lang=lang)
        for region, nums in PHONE.items():
            for x in nums[LANGS.index(lang) % len(nums)::2]:
                put("phone", _frame("phone", lang, x), [Plant(f"phone {region}", x, PATTERN)],
                    lang=lang)
        for x in DOMAINS[LANGS.index(lang)::2]:
            put("domain", _frame("domain", lang, x), [Plant("domain", x, PATTERN)], lang=lang)
        for x in HANDLES[LANGS.index(lang)::2]:
            put("handle", _frame("handle", lang, x), [Plant("handle", x, PATTERN)], lang=lang)
        for x in ADDRESSES[lang]:
            put("address", _frame("address", lang, x), [Plant("address", x, PATTERN)],
                lang=lang)
        for sentence, x in DOB[lang]:
            put("dob", sentence, [Plant("date of birth", x, PATTERN)], lang=lang)
        for sentence, x in PASSPORT[lang]:
            put("passport", sentence, [Plant("passport", x, PATTERN)], lang=lang)
        for x in MRZ[LANGS.index(lang)::3]:
            put("mrz", _frame("mrz", lang, x), [Plant("MRZ", x, PATTERN)], lang=lang)
        for x in DEMONYMS[lang]:
            put("demonym", _frame("demonym", lang, x),
                [Plant("nationality", DEMONYM_WORD[x], OTHER)], lang=lang)
        for x in ROLES[lang]:
            put("role", _frame("role", lang, x), [Plant("unique role", x, OTHER)], lang=lang)
        for x in PLACES[lang]:
            put("place", _frame("place", lang, x), [Plant("state or capital", x, OTHER)],
                lang=lang)
        for sentence, word in PROBES[lang]:
            put("probe", sentence, [], probes=[Probe(word)], lang=lang)
        sentence, expect = PERSON_PROBES[lang]
        put("probe", sentence, [], probes=[Probe("Sofia", expect)], lang=lang)
    # Free entries in the name generators (their names are known people).
    for k, iv in enumerate(ivs):
        iv.friends = [(R[(k + 3) % len(R)].id, None)]
        if k < len(FREE):
            iv.friends.append((None, FREE[k]))
        notes = [c for c in iv.cells if c.where == "note"]
        for c in notes[:len(iv.friends)]:
            c.where = "friend_note"
    del people
    return Corpus(R, ivs)
