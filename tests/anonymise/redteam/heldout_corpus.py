"""A held-out red-team corpus, written after the main one passed: other invented people,
other countries, other phrasings, other spellings; the same kinds of identifier."""

from __future__ import annotations

import itertools

from harness import KNOWN, OTHER, PATTERN, Cell, Corpus, Interview, Person, Plant, Probe

R = [
    Person("h01", "Svetoslav Kirilov", "Bulgaria", "EU"),
    Person("h02", "Oksana Melnyk", "Ukraine", "OSCE"),
    Person("h03", "Georgios Antoniou", "Greece", "OSCE"),
    Person("h04", "Abdelrahman Al-Sharif", "Jordan", "OSCE"),
    Person("h05", "Nadia Belkacem", "Algeria", "AU"),
    Person("h06", "Dieter Schröder", "Germany", "OSCE"),
    Person("h07", "Milica Đorđević", "Serbia", "EU"),
    Person("h08", "Ahmed Mansour", "Egypt", "AU"),
    Person("h09", "Věra Horáková", "Czechia", "EU"),
    Person("h10", "Tomasz Kowalczyk", "Poland", "OSCE"),
    Person("h11", "Margaret Ellison", "Ireland", "EU"),
    Person("h12", "Mikhail Orlov", "Russian Federation", "OSCE"),
    Person("h13", "Francisco Larraín", "Chile", "OAS"),
    Person("h14", "José Antonio Urrutia", "Peru", "OAS"),
    Person("h15", "Elizabeth Carrow", "Canada", "OAS"),
    Person("h16", "James Whitcombe", "United States", "OAS"),
    Person("h17", "Tatiana Volkova", "Kazakhstan", "OSCE"),
    Person("h18", "Wen Ho", "Trinidad and Tobago", "OAS"),
    Person("h19", "Daniel Yu", "Guyana", "OAS"),
    Person("h20", "Lin Lu", "Belize", "OAS"),
    Person("h21", "Frank Osei", "Ghana", "AU"),
    Person("h22", "Hope Ndlovu", "South Africa", "AU"),
    Person("h23", "Victor Price", "Jamaica", "OAS"),
    Person("h24", "Guy Fontaine", "Belgium", "EU"),
    Person("h25", "Joy Nakamura", "Brazil", "OAS"),
    Person("h26", "Ingrid Aasland", "Norway", "OSCE"),
    Person("h27", "Kofi Boateng", "Ghana", "AU"),
    Person("h28", "Dalia Jurkštienė", "Lithuania", "EU"),
    Person("h29", "Habib Trabelsi", "Tunisia", "AU"),
    Person("h30", "Gábor Szalai", "Hungary", "EU"),
]
CHARGES = ["Petra Lindholm", "Chidi Okafor", "Raúl Benavides", "Annika Strand", "Mateus Lobo",
           "Yasmina Ferhat", "Oskar Wiegand", "Sipho Khumalo", "Leila Haddadi", "Niamh Brennan"]
FREE = ["Gideon Marwick", "Olamide Bakare", "Rosalind Tey", "Zdeněk Pokorný"]
SCRIPT = {"h01": ["Светослав Кирилов", "Кирилов"], "h02": ["Оксана Мельник"],
          "h12": ["Михаил Орлов", "Орлову"], "h07": ["Милица Ђорђевић"],
          "h03": ["Γεώργιος Αντωνίου", "Αντωνίου"], "h04": ["عبد الرحمن الشريف"],
          "h05": ["نادية بلقاسم"], "h08": ["أحمد منصور"], "h29": ["حبيب الطرابلسي"]}
VARIANT = {"h06": ["Schroeder", "Schroder"], "h07": ["Djordjevic", "Dordevic"],
           "h08": ["Ahmad Mansour"], "h04": ["Abdul Rahman Al Sharif"], "h12": ["Mikhail Orloff"],
           "h17": ["Tatyana Volkova"], "h30": ["Szalay"], "h02": ["Melnik"]}
CASES = {"h09": ["Horákovou", "Horákové"], "h10": ["Kowalczykiem", "Kowalczyka"],
         "h01": ["Kirilova"], "h07": ["Đorđevića"], "h12": ["Orlovem"]}
NICK = {"h11": ["Peggy", "Maggie"], "h12": ["Misha"], "h13": ["Paco"], "h14": ["Pepe"],
        "h15": ["Liz"], "h16": ["Jim", "Jimmy"], "h17": ["Tanya"]}
INITIALS = {"h01": ["S.K."], "h03": ["G.A.", "GA"], "h16": ["J.W."], "h22": ["H. N."],
            "h30": ["GS"]}
TWO = {"h18": "Ho", "h19": "Yu", "h20": "Lu"}
HYPHEN = ["Anto-\nniou", "Kiri-\nlov", "Trabel-\nsi", "Nakamu-\nra"]
TITLED = [("Ambassador", "Ingrid Solheim", "Solheim"), ("M.", "Baptiste Lefort", "Lefort"),
          ("Dra.", "Paloma Ruiz-Tagle", "Ruiz-Tagle"), ("Prof.", "Kofi Mensah", "Mensah"),
          ("Counsellor", "Dagny Berg", "Berg"), ("Madame", "Aurélie Vasseur", "Vasseur"),
          ("Sr.", "Emilio Zubizarreta", "Zubizarreta"), ("Ms", "Thandiwe Mokoena", "Mokoena"),
          ("l'ambassadeur", "Jérôme Castaing", "Castaing")]
THIRD = ["Anselm Drăgulescu", "Fiorella Cattaneo", "Bertrand Okoye", "Saskia Verhoeven"]
EMAIL_OBF = ["svetoslav dot kirilov at mfa dot bg", "o.melnyk[@]mfa.gov.ua",
             "nadia (arobase) mae point dz", "orlov AT mid DOT ru", "larrain (arroba) minrel.gob.cl",
             "ellison[at]dfa[dot]ie", "whitcombe at state dot gov"]
EMAIL = ["v.horakova@mzv.cz", "ingrid.aasland@mfa.no"]
PHONE = ["043 012 345", "+359 2 948 2999", "050 123 4567", "0551 23 45 67", "40 61 23 45",
         "601 123 456", "+1 202-647-4000", "023 123 4567", "912 345 678", "06 20 123 4567",
         "20 123 456", "+56 2 2123 4567", "085 012 3456", "(506) 234-5678", "21 234 5678"]
DOMAINS = ["mfa.bg/en/embassies", "mzv.cz", "regjeringen.no/en/dep/ud", "dfa.ie/embassies",
           "minrel.gob.cl", "state.gov/bureaus"]
HANDLES = ["@SvetoKirilov", "@OrlovMID", "@liz_carrow", "@GaborSzalai_HU"]
ADDRESSES = {"en": ["221B Baker Street", "3100 Massachusetts Avenue NW"],
             "fr": ["18 avenue de Tervueren", "Rue Belliard 20"],
             "es": ["Calle de Serrano 45", "Avenida Diagonal 640"]}
DOB = {"en": [("He was born 4 June 1963 in the capital.", "4 June 1963"),
              ("Her DOB: 1962-09-30, per the list.", "1962-09-30")],
       "fr": [("Il est né en 1955, je crois.", "1955"),
              ("Née le 1er avril 1961, d'après la fiche.", "1er avril 1961")],
       "es": [("Nacido en 1964, según me dijo.", "1964"),
              ("Nació el 30 de junio de 1959.", "30 de junio de 1959")]}
PASSPORT = {"en": [("Her passport number C03005988 was noted.", "C03005988"),
                   ("The ID card 123456789 was copied.", "123456789")],
            "fr": [("N° de passeport : 15FV12345, noté à l'entrée.", "15FV12345")],
            "es": [("Su pasaporte PAA123456 quedó registrado.", "PAA123456")]}
MRZ = ["IDBGR1234567890<<<<<<<<<<<<<<<", "P<UKRMELNYK<<OKSANA<<<<<<<<<<<<<<<<<<<<<<<<<<"]
DEMONYMS = {"en": [("the Bulgarian ambassador", "Bulgarian"),
                   ("our Ukrainian counterpart", "Ukrainian"), ("the Czech delegate", "Czech"),
                   ("a Ghanaian diplomat", "Ghanaian")],
            "fr": [("l'ambassadeur algérien", "algérien"), ("mon homologue tchèque", "tchèque"),
                   ("la déléguée irlandaise", "irlandaise")],
            "es": [("la embajadora noruega", "noruega"), ("el colega chileno", "chileno"),
                   ("los diplomáticos peruanos", "peruanos")]}
ROLES = {"en": ["the chairman of the working group in 2009", "the longest-serving ambassador"],
         "fr": ["le président du groupe de travail en 2008"],
         "es": ["la decana del cuerpo diplomático"]}
PLACES = {"en": ["Republic of Korea", "Holland", "Burma", "Chisinau", "Kyiv"],
          "fr": ["Biélorussie", "Pékin", "République tchèque"],
          "es": ["Bielorrusia", "Moldavia", "Países Bajos"]}
FRAMES = {
    "seen": {"en": "Over coffee, {x} told us what the capital wanted.",
             "fr": "Autour d'un café, {x} nous a dit ce que voulait la capitale.",
             "es": "Durante el café, {x} nos contó lo que quería la capital."},
    "blame": {"en": "Most of the delays were blamed on {x}.",
              "fr": "On a reproché la plupart des retards à {x}.",
              "es": "La mayoría de los retrasos se atribuyeron a {x}."},
    "case": {"en": "The Czech note thanked {x} by name.",
             "fr": "La note tchèque remerciait {x} nommément.",
             "es": "La nota checa agradecía a {x} por su nombre."},
    "nick": {"en": "At the bar it was always {x} who paid.",
             "fr": "Au bar, c'était toujours {x} qui payait.",
             "es": "En el bar siempre pagaba {x}."},
    "initials": {"en": "Notes: {x} against, two abstentions.",
                 "fr": "Notes : {x} contre, deux abstentions.",
                 "es": "Notas: {x} en contra, dos abstenciones."},
    "two": {"en": "Only {x} had read the annex.", "fr": "Seul {x} avait lu l'annexe.",
            "es": "Solo {x} había leído el anexo."},
    "hyphen": {"en": "A paper by {x} circulated.", "fr": "Un papier de {x} a circulé.",
               "es": "Circuló un documento de {x}."},
    "titled": {"en": "I sat next to {t} {x} at the retreat.",
               "fr": "J'étais assis à côté de {t} {x} pendant la retraite.",
               "es": "Me senté junto a {t} {x} en el retiro."},
    "later": {"en": "{x} disagreed, as usual.", "fr": "{x} n'était pas d'accord, comme d'habitude.",
              "es": "{x} no estaba de acuerdo, como siempre."},
    "third": {"en": "The real broker was {x}, not the chair.",
              "fr": "Le vrai médiateur était {x}, pas la présidence.",
              "es": "El verdadero mediador era {x}, no la presidencia."},
    "email": {"en": "Contact: {x}.", "fr": "Contact : {x}.", "es": "Contacto: {x}."},
    "phone": {"en": "Reach the residence on {x}.", "fr": "On joint la résidence au {x}.",
              "es": "La residencia responde en el {x}."},
    "domain": {"en": "The statement went up on {x} the next day.",
               "fr": "Le communiqué est paru sur {x} le lendemain.",
               "es": "El comunicado salió en {x} al día siguiente."},
    "handle": {"en": "Follow {x} for the gossip.", "fr": "Suivez {x} pour les rumeurs.",
               "es": "Siga a {x} para los rumores."},
    "address": {"en": "Dinner was at {x}.", "fr": "Le dîner avait lieu {x}.",
                "es": "La cena fue en {x}."},
    "mrz": {"en": "Copied from the card: {x}", "fr": "Copié de la carte : {x}",
            "es": "Copiado de la tarjeta: {x}"},
    "demonym": {"en": "Nothing moved until {x} agreed.",
                "fr": "Rien n'a bougé avant l'accord de {x}.",
                "es": "Nada avanzó hasta que {x} aceptó."},
    "role": {"en": "You should really ask {x}.", "fr": "Il faudrait demander à {x}.",
             "es": "Debería preguntar a {x}."},
    "place": {"en": "The line from {x} hardened in spring.",
              "fr": "La ligne de {x} s'est durcie au printemps.",
              "es": "La línea de {x} se endureció en primavera."},
    "plain": {"en": "With {x} it was always easy.", "fr": "Avec {x}, c'était toujours facile.",
              "es": "Con {x} siempre fue fácil."},
}
PROBES = {
    "en": [("It was a frank exchange of views.", "frank exchange"),
           ("We hope the text holds.", "hope the text"),
           ("The price of a deal was high.", "price of a deal"),
           ("A guy from the secretariat came.", "guy from"),
           ("To our joy, they signed.", "joy"),
           ("Prices rose sharply that year.", "rose sharply"),
           ("Hope is not a strategy, he said.", "Hope is not"),
           ("Victor's justice was the fear.", "Victor's justice"),
           ("The bill came to forty euros.", "bill came"),
           ("They will meet in June.", "will meet"),
           ("It was a long and frank night.", "long and frank"),
           ("We ate Greek salad and drank Italian wine.", "Greek salad"),
           ("She spoke fluent Russian and Polish.", "fluent Russian"),
           ("Dutch courage helped before the vote.", "Dutch courage"),
           ("The Paris Agreement came up twice.", "Paris Agreement"),
           ("South America and North America were absent.", "South America"),
           ("Young diplomats learn fast.", "Young diplomats"),
           ("Frankly, the guy had a point.", "Frankly, the guy"),
           ("The prices were frank and fair.", "frank and fair"),
           ("It was a joy to work there.", "a joy to work"),
           ("Guy ropes held the tent at the retreat.", "Guy ropes"),
           ("We did not lose hope.", "lose hope"),
           ("The victor takes it all, they say.", "The victor"),
           ("At any price, said the chair.", "At any price"),
           ("He will hope for the best.", "will hope"),
           ("We held a long debate on Chinese investment.", "Chinese investment"),
           ("The Japanese garden was closed.", "Japanese garden"),
           ("A Danish pastry and a Turkish bath.", "Danish pastry"),
           ("The German measles story was a joke.", "German measles"),
           ("Paris Club creditors were mentioned.", "Paris Club"),
           ("Scotch tape held the map together.", "Scotch tape"),
           ("My son Florence? No, my daughter Florence.", "daughter [PERSON")],
    "fr": [("Il faisait froid et il a dit non.", "a dit non"),
           ("La rose était sur la table.", "La rose"),
           ("Nous espérons une paix durable.", "paix durable"),
           ("Une salade grecque et du vin italien.", "salade grecque"),
           ("Il parle couramment le russe.", "couramment le russe"),
           ("Le traité de Lisbonne était cité.", "traité de Lisbonne"),
           ("Sa fille Victoria était là.", "fille [PERSON"),
           ("Il a parlé franchement, avec joie.", "avec joie"),
           ("Le prix était trop élevé.", "Le prix"),
           ("Nous avons mangé une pizza italienne.", "pizza italienne"),
           ("Un guide en espagnol et en anglais.", "en espagnol et en anglais"),
           ("La Convention de Genève était citée.", "Convention de Genève"),
           ("Le style anglais du compte rendu.", "style anglais"),
           ("Il a dit franchement que non.", "a dit franchement")],
    "es": [("Dijo que no, sin más.", "Dijo que no"),
           ("Fue un intercambio franco.", "franco"),
           ("La esperanza era poca.", "esperanza"),
           ("Tomamos vino chileno y queso.", "vino chileno"),
           ("Habla inglés y ruso con soltura.", "inglés y ruso"),
           ("El Tratado de Lisboa salió en la conversación.", "Tratado de Lisboa"),
           ("Su hija Victoria nos acompañó.", "hija [PERSON"),
           ("Con mucha esperanza y alegría.", "esperanza y alegría"),
           ("El precio era alto.", "El precio"),
           ("Comimos comida china y tacos.", "comida china"),
           ("Un café americano, por favor.", "café americano"),
           ("La Convención de Ginebra se mencionó.", "Convención de Ginebra"),
           ("Dijo que sí, con franqueza.", "Dijo que sí"),
           ("La ensalada griega estaba fría.", "ensalada griega")],
}
LANGS = ("en", "fr", "es")


def build() -> Corpus:
    respondents = [(p.name, p.id, p.org) for p in R] + \
        [(c, R[i % len(R)].id, R[i % len(R)].org) for i, c in enumerate(CHARGES)]
    ivs = [Interview(n, *respondents[n - 1], LANGS[(n + 1) % 3])
           for n in range(1, len(respondents) + 1)]
    cyc = itertools.count()

    def put(sentence: str, plants: list[Plant], lang: str, probes: list[Probe] | None = None):
        k = next(cyc)
        pool = [iv for iv in ivs if iv.language == lang]
        iv = pool[(k * 7) % len(pool)]
        where = ("crisis", "trust", "routines", "why", "note", "quote")[k % 6]
        iv.cells.append(Cell(where, sentence, plants, probes or []))

    def f(kind: str, lang: str, x: str, t: str = "") -> str:
        return FRAMES[kind][lang].format(x=x, t=t)

    for li, lang in enumerate(LANGS):
        for forms in SCRIPT.values():
            for x in forms:
                put(f("seen", lang, x), [Plant("script", x, KNOWN)], lang)
        for forms in VARIANT.values():
            for x in forms:
                put(f("blame", lang, x), [Plant("variant", x, KNOWN)], lang)
        for forms in CASES.values():
            for x in forms:
                put(f("case", lang, x), [Plant("case", x, KNOWN)], lang)
        for forms in NICK.values():
            for x in forms:
                put(f("nick", lang, x), [Plant("nickname", x, KNOWN)], lang)
        for forms in INITIALS.values():
            for x in forms:
                put(f("initials", lang, x), [Plant("initials", x, KNOWN)], lang)
        for x in TWO.values():
            put(f("two", lang, x), [Plant("two-letter surname", x, KNOWN)], lang)
        for x in HYPHEN:
            put(f("hyphen", lang, x), [Plant("hyphenated", x, KNOWN)], lang)
        for k, (title, full, last) in enumerate(TITLED):
            if k % 3 == li:
                put(f("titled", lang, full, title), [Plant("after a title", full, KNOWN)], lang)
                for other in LANGS:
                    put(f("later", other, last), [Plant("later alone", last, KNOWN)], other)
        for p in R[li::5]:
            put(f("plain", lang, p.name), [Plant("roster name", p.name, KNOWN)], lang)
        for x in FREE[li::2]:
            put(f("blame", lang, x), [Plant("free-entry name", x, KNOWN)], lang)
        for x in THIRD[li::3]:
            put(f("third", lang, x), [Plant("third party", x, OTHER)], lang)
        for x in EMAIL_OBF[li::2] + EMAIL[li::3]:
            put(f("email", lang, x), [Plant("e-mail", x, PATTERN)], lang)
        for x in PHONE[li::2]:
            put(f("phone", lang, x), [Plant("phone", x, PATTERN)], lang)
        for x in DOMAINS[li::2]:
            put(f("domain", lang, x), [Plant("domain", x, PATTERN)], lang)
        for x in HANDLES[li::2]:
            put(f("handle", lang, x), [Plant("handle", x, PATTERN)], lang)
        for x in ADDRESSES[lang]:
            put(f("address", lang, x), [Plant("address", x, PATTERN)], lang)
        for sentence, x in DOB[lang] + PASSPORT[lang]:
            put(sentence, [Plant("date or document", x, PATTERN)], lang)
        for x in MRZ[li::3]:
            put(f("mrz", lang, x), [Plant("MRZ", x, PATTERN)], lang)
        for x, word in DEMONYMS[lang]:
            put(f("demonym", lang, x), [Plant("nationality", word, OTHER)], lang)
        for x in ROLES[lang]:
            put(f("role", lang, x), [Plant("unique role", x, OTHER)], lang)
        for x in PLACES[lang]:
            put(f("place", lang, x), [Plant("state or capital", x, OTHER)], lang)
        for sentence, word in PROBES[lang]:
            expect = "keep"
            if word.endswith("[PERSON"):
                expect = word.split()[0] + r" \[PERSON-\d+\]"
                word = "Florence" if "Florence" in sentence else "Victoria"
            put(sentence, [], lang, [Probe(word, expect)])
    for k, iv in enumerate(ivs):
        iv.friends = [(R[(k + 5) % len(R)].id, None)]
        if k < len(FREE):
            iv.friends.append((None, FREE[k]))
        for c in [c for c in iv.cells if c.where == "note"][:len(iv.friends)]:
            c.where = "friend_note"
    return Corpus(R, ivs)
