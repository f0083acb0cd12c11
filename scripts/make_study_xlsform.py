"""Write fieldkit/data/forms/informal-relations.xlsx: Study A as an XLSForm, built row by row with openpyxl."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from fieldkit.data import forms_dir

ROOT = Path(__file__).resolve().parent.parent
OUT = forms_dir() / "informal-relations.xlsx"

EN, FR = "English (en)", "French (fr)"
SURVEY_COLUMNS = [
    "type", "name", f"label::{EN}", f"label::{FR}", f"hint::{EN}", f"hint::{FR}", "required",
    "relevant", "constraint", f"constraint_message::{EN}", f"constraint_message::{FR}",
    "appearance", "disclosure", "roster", "choice_filter",
]
CHOICE_COLUMNS = ["list_name", "name", f"label::{EN}", f"label::{FR}"]
SETTINGS = {
    "form_id": "informal-relations",
    "version": "1.3-xlsform",  # the YAML 1.3's questions; its own version, as its content differs
    "default_language": "en",
    f"form_title::{EN}": "Decision-making in regional peace and security committees",
    f"form_title::{FR}": "La prise de décision au sein des comités régionaux de paix et de "
                         "sécurité",
    # the cover is what respondents hear; the research aim is for the team and the ethics
    # reviewer only, so that answers about informal relations are not coloured by it
    f"cover::{EN}": (
        "This interview is part of an independent academic study of how decisions are made in "
        "the peace and security committees of regional organisations. We would like to hear "
        "about your experience of the committee's work: how meetings run, how positions are "
        "formed and how decisions are reached. The interview takes about an hour. Your name "
        "will not appear in any publication; quotations, if you allow them, are attributed only "
        "to a role and an organisation. You may decline any question and stop at any time."),
    f"cover::{FR}": (
        "Cet entretien s'inscrit dans une étude universitaire indépendante sur la manière dont "
        "les décisions sont prises au sein des comités de paix et de sécurité des organisations "
        "régionales. Nous souhaitons connaître votre expérience des travaux du comité : le "
        "déroulement des réunions, la formation des positions et la façon dont les décisions "
        "sont arrêtées. L'entretien dure environ une heure. Votre nom n'apparaîtra dans aucune "
        "publication ; les citations, si vous les autorisez, ne seront attribuées qu'à une "
        "fonction et à une organisation. Vous pouvez refuser de répondre à toute question et "
        "interrompre l'entretien à tout moment."),
    f"research_aim::{EN}": (
        "For the research team and the ethics reviewer only; never read to respondents. The "
        "study asks whether informal relations between ambassadors (friendships, informal "
        "contacts outside formal meetings, informal groups) speed up decisions on peace "
        "operations in the AU Peace and Security Council, the EU Political and Security "
        "Committee, the OAS Permanent Council and the OSCE Permanent Council. Respondents are "
        "told only that the interview concerns decision-making, to limit bias in what they say "
        "about informal relations. Key measures: weekly informal contacts with other "
        "ambassadors, whether friendships matter for decisions in a crisis, where the most "
        "important negotiations happen, whom respondents call first when a crisis breaks, and "
        "the friendship network over each committee's roster, compared with sub-regional and "
        "alliance ties."),
    f"research_aim::{FR}": (
        "Réservé à l'équipe de recherche et à l'évaluateur éthique ; jamais lu aux personnes "
        "interrogées. L'étude cherche à savoir si les relations informelles entre ambassadeurs "
        "(amitiés, contacts informels en dehors des réunions formelles, groupes informels) "
        "accélèrent les décisions relatives aux opérations de paix au Conseil de paix et de "
        "sécurité de l'UA, au Comité politique et de sécurité de l'UE, au Conseil permanent de "
        "l'OEA et au Conseil permanent de l'OSCE. On indique seulement aux personnes "
        "interrogées que l'entretien porte sur la prise de décision, afin de limiter les biais "
        "dans ce qu'elles disent des relations informelles. Mesures principales : contacts "
        "informels hebdomadaires avec les autres ambassadeurs, rôle des amitiés dans les "
        "décisions en temps de crise, lieu des négociations les plus importantes, premier appel "
        "après le déclenchement d'une crise, et réseau d'amitiés sur la liste de chaque comité, "
        "comparé aux liens sous-régionaux et aux alliances."),
}


def q(kind: str, name: str, en: str = "", fr: str = "", **cols: str) -> dict[str, str]:
    """One survey row; keyword names are survey columns (hint, hint_fr, message, message_fr)."""
    row = {"type": kind, "name": name, f"label::{EN}": en, f"label::{FR}": fr}
    rename = {"hint": f"hint::{EN}", "hint_fr": f"hint::{FR}",
              "message": f"constraint_message::{EN}", "message_fr": f"constraint_message::{FR}"}
    row.update({rename.get(k, k): v for k, v in cols.items()})
    return row


def group(name: str, en: str, fr: str, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [q("begin_group", name, en, fr), *rows, q("end_group", name)]


def likert(name: str, list_name: str, en: str, fr: str, **cols: str) -> dict[str, str]:
    return q(f"select_one {list_name}", name, en, fr, appearance="likert", **cols)


def long_text(name: str, en: str, fr: str, **cols: str) -> dict[str, str]:
    return q("text", name, en, fr, appearance="multiline", disclosure="free_text", **cols)


CHOICES: dict[str, list[tuple[str, str, str]]] = {
    "yes_no": [("yes", "Yes", "Oui"), ("no", "No", "Non")],
    "organisation": [
        ("au", "African Union (Peace and Security Council)",
         "Union africaine (Conseil de paix et de sécurité)"),
        ("eu", "European Union (Political and Security Committee)",
         "Union européenne (Comité politique et de sécurité)"),
        ("oas", "Organization of American States (Permanent Council)",
         "Organisation des États américains (Conseil permanent)"),
        ("osce", "OSCE (Permanent Council)", "OSCE (Conseil permanent)"),
    ],
    "role": [
        ("ambassador", "Ambassador (permanent representative)",
         "Ambassadeur ou ambassadrice (représentant permanent)"),
        ("charge_d_affaires", "Chargé d'affaires", "Chargé(e) d'affaires"),
        ("deputy", "Deputy head of delegation", "Chef adjoint ou cheffe adjointe de délégation"),
        ("secretariat", "Secretariat staff (no member state)",
         "Personnel du secrétariat (sans État membre)"),
        ("other", "Other", "Autre"),
    ],
    "instructions": [
        ("detailed", "Detailed instructions on most items",
         "Des instructions détaillées sur la plupart des points"),
        ("general", "General guidance; the details are left to me",
         "Des orientations générales ; les détails me sont laissés"),
        ("rarely", "Rarely any instructions", "Rarement des instructions"),
        ("depends", "It depends on the issue", "Cela dépend du sujet"),
    ],
    "room5": [("1", "No room at all", "Aucune marge"), ("2", "Little room", "Peu de marge"),
              ("3", "Some room", "Une certaine marge"), ("4", "Much room", "Beaucoup de marge"),
              ("5", "Complete freedom", "Une liberté totale")],
    "gender": [("female", "Woman", "Femme"), ("male", "Man", "Homme"),
               ("other", "Another gender", "Autre genre")],
    "city": [("addis_ababa", "Addis Ababa", "Addis-Abeba"), ("brussels", "Brussels", "Bruxelles"),
             ("vienna", "Vienna", "Vienne"), ("washington", "Washington, D.C.", "Washington")],
    "interview_language": [("en", "English", "Anglais"), ("fr", "French", "Français"),
                           ("other", "Another language", "Une autre langue")],
    "first_call": [
        ("capital", "The capital (ministry or government)",
         "La capitale (ministère ou gouvernement)"),
        ("fellow_ambassador", "A fellow ambassador on the committee",
         "Un ou une collègue ambassadeur du comité"),
        ("other", "Someone else", "Quelqu'un d'autre"),
    ],
    "how_met": [
        ("this_committee", "On this committee", "Au sein de ce comité"),
        ("earlier_posting", "At an earlier posting", "Lors d'une affectation précédente"),
        ("capitals", "Through work in the capitals", "Par le travail dans les capitales"),
        ("studies", "During studies or diplomatic training",
         "Pendant les études ou la formation diplomatique"),
        ("social", "Socially or through family", "Dans un cadre social ou familial"),
        ("other", "Other", "Autre"),
    ],
    "trust5": [("1", "No trust at all", "Aucune confiance"), ("2", "Little trust", "Peu de confiance"),
               ("3", "Some trust", "Une certaine confiance"), ("4", "Much trust", "Beaucoup de confiance"),
               ("5", "Complete trust", "Une confiance totale")],
    "speed5": [("1", "Very slowly", "Très lentement"), ("2", "Slowly", "Lentement"),
               ("3", "Neither quickly nor slowly", "Ni vite ni lentement"),
               ("4", "Quickly", "Rapidement"), ("5", "Very quickly", "Très rapidement")],
    "agree5": [("1", "Strongly disagree", "Pas du tout d'accord"),
               ("2", "Disagree", "Plutôt pas d'accord"),
               ("3", "Neither agree nor disagree", "Ni d'accord ni pas d'accord"),
               ("4", "Agree", "Plutôt d'accord"), ("5", "Strongly agree", "Tout à fait d'accord")],
    "informal_group": [
        ("sub_regional_caucus", "A sub-regional caucus", "Un caucus sous-régional"),
        ("language", "A language group (e.g. francophone or lusophone)",
         "Un groupe linguistique (p. ex. francophone ou lusophone)"),
        ("gender", "A women's group (e.g. a monthly ladies' luncheon)",
         "Un groupe de femmes (p. ex. un déjeuner mensuel des ambassadrices)"),
        ("sport", "A sports group (e.g. golf, tennis, running)",
         "Un groupe sportif (p. ex. golf, tennis, course à pied)"),
        ("like_minded", "A group of like-minded states", "Un groupe d'États aux vues similaires"),
        ("other", "Another group", "Un autre groupe"),
        ("none", "None", "Aucun"),
    ],
    "meeting_frequency": [
        ("weekly", "Weekly or more often", "Chaque semaine ou plus souvent"),
        ("fortnightly", "Every two weeks", "Toutes les deux semaines"),
        ("monthly", "Monthly", "Chaque mois"),
        ("few_per_year", "A few times a year", "Quelques fois par an"),
        ("irregular", "Irregularly, when needed", "Irrégulièrement, selon les besoins"),
    ],
}

OPENING = group("opening", "Opening", "Ouverture", [
    q("note", "intro_note",
      "Thank you for your time. This interview is about how decisions are made in your "
      "committee. There are no right or wrong answers, and you may skip any question.",
      "Merci de nous accorder ce temps. Cet entretien porte sur la manière dont les décisions "
      "sont prises au sein de votre comité. Il n'y a ni bonnes ni mauvaises réponses, et vous "
      "pouvez passer toute question.",
      hint="Read the cover description and the consent text aloud before this.",
      hint_fr="Lire à voix haute la présentation et le texte de consentement avant ceci."),
    q("date", "interview_date", "Date of the interview", "Date de l'entretien",
      required="yes", disclosure="quasi_identifier"),
    q("select_one interview_language", "interview_language", "Language of the interview",
      "Langue de l'entretien", required="yes", disclosure="quasi_identifier"),
    q("select_one yes_no", "consent_quotes",
      "May short quotations from this interview be used, attributed only to your role and "
      "organisation and never to your name?",
      "Pouvons-nous utiliser de courtes citations de cet entretien, attribuées uniquement à "
      "votre fonction et à votre organisation, jamais à votre nom ?",
      required="yes", disclosure="none"),
])

COMMITTEES = [("au", "au_psc"), ("eu", "eu_psc"), ("oas", "oas_pc"), ("osce", "osce_pc")]

RESPONDENT = group("respondent", "About you", "À propos de vous", [
    q("select_one organisation", "organisation", "Which committee do you sit on?",
      "À quel comité siégez-vous ?", required="yes", disclosure="quasi_identifier"),
    q("select_one role", "role", "What is your position in the delegation?",
      "Quelle est votre fonction au sein de la délégation ?", required="yes",
      disclosure="quasi_identifier"),
    q("text", "role_other", "Other position: please specify",
      "Autre fonction : veuillez préciser", relevant="${role} = 'other'",
      disclosure="quasi_identifier"),
    q("select_one_from_file rosters/au_psc.csv", "member_state", "Which state do you represent?",
      "Quel État représentez-vous ?", required="yes", disclosure="quasi_identifier",
      roster=" ".join(roster for _, roster in COMMITTEES), relevant="${role} != 'secretariat'",
      choice_filter="translate(organisation, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                    "'abcdefghijklmnopqrstuvwxyz') = ${organisation}",
      hint="Choose the delegation from the committee's list.",
      hint_fr="Choisissez la délégation dans la liste du comité."),
    q("select_one gender", "gender", "Gender", "Genre", disclosure="quasi_identifier",
      hint="Record as the respondent describes themselves; ask only if needed.",
      hint_fr="Noter selon la manière dont la personne se décrit ; ne demander que si nécessaire."),
    q("select_one city", "city", "City of the interview", "Ville de l'entretien",
      required="yes", disclosure="quasi_identifier"),
    q("decimal", "years_in_post", "How long have you held this post?",
      "Depuis combien de temps occupez-vous ce poste ?", disclosure="quasi_identifier",
      constraint=". >= 0 and . <= 50",
      message="Give the time in post in years, from 0 to 50.",
      message_fr="Indiquez la durée en poste en années, de 0 à 50.",
      hint="In years; 1.5 for eighteen months.", hint_fr="En années ; 1,5 pour dix-huit mois."),
    q("text", "respondent_name", "Respondent's name", "Nom de la personne interrogée",
      disclosure="identifier", constraint="string-length(.) <= 120",
      message="A name of at most 120 characters.", message_fr="Un nom de 120 caractères au plus.",
      hint="For the team's contact records only; never exported and never quoted.",
      hint_fr="Uniquement pour le suivi des contacts par l'équipe ; jamais exporté ni cité."),
])

FORMAL = group("formal_meetings", "Formal meetings", "Les réunions formelles", [
    q("integer", "formal_meetings_month",
      "How many formal meetings does the committee hold in an ordinary month?",
      "Combien de réunions formelles le comité tient-il au cours d'un mois ordinaire ?",
      disclosure="none",
      constraint=". >= 0 and . <= if(${organisation} = 'eu', 40, 20)",
      message="That is more formal meetings a month than this committee holds; please check "
              "the number.",
      message_fr="C'est plus de réunions formelles par mois que ce comité n'en tient ; veuillez "
                 "vérifier le nombre.",
      hint="Regular and extraordinary sessions together.",
      hint_fr="Séances ordinaires et extraordinaires confondues."),
    long_text("formal_preparation",
              "How are decisions on peace operations prepared before they reach a formal meeting?",
              "Comment les décisions relatives aux opérations de paix sont-elles préparées avant "
              "d'arriver en réunion formelle ?"),
    likert("decision_speed", "speed5",
           "In general, how quickly does the committee reach decisions on peace operations?",
           "En général, à quelle vitesse le comité parvient-il à des décisions sur les opérations "
           "de paix ?", disclosure="none"),
    likert("agreed_before_meeting", "agree5",
           "Agreement is usually reached before the formal meeting, which then confirms it.",
           "L'accord est généralement trouvé avant la réunion formelle, qui ne fait que le "
           "confirmer.", disclosure="none"),
])

INFORMAL = group("informal_communication", "Informal communication",
                 "La communication informelle", [
    q("integer", "informal_contacts_week",
      "In an ordinary week, how often are you in informal contact with other ambassadors of the "
      "committee, outside the formal meetings?",
      "Au cours d'une semaine ordinaire, combien de fois êtes-vous en contact informel avec "
      "d'autres ambassadeurs du comité, en dehors des réunions formelles ?",
      required="yes", disclosure="none", constraint=". >= 0 and . <= 100",
      message="Give a whole number of contacts per week, from 0 to 100.",
      message_fr="Indiquez un nombre entier de contacts par semaine, de 0 à 100.",
      hint="Calls, messages, lunches, dinners, receptions, corridor conversations. One "
           "conversation with one ambassador counts as one contact.",
      hint_fr="Appels, messages, déjeuners, dîners, réceptions, conversations de couloir. Une "
              "conversation avec un ambassadeur compte pour un contact."),
    q("integer", "informal_contacts_crisis",
      "And in a week when a crisis is before the committee, how often are you in informal "
      "contact with other ambassadors of the committee, outside the formal meetings?",
      "Et au cours d'une semaine où le comité traite d'une crise, combien de fois êtes-vous en "
      "contact informel avec d'autres ambassadeurs du comité, en dehors des réunions formelles ?",
      disclosure="none", constraint=". >= 0 and . <= 100",
      hint="Counted as for an ordinary week. Not applicable if no crisis arose while in post.",
      hint_fr="Compté comme pour une semaine ordinaire. Sans objet si aucune crise n'est "
              "survenue pendant le poste."),
    q("integer", "negotiations_outside_share",
      "Of the negotiations that decide the committee's positions, roughly what share takes "
      "place outside the formal meetings?",
      "Parmi les négociations qui déterminent les positions du comité, quelle part environ se "
      "déroule en dehors des réunions formelles ?", disclosure="none",
      constraint=". >= 0 and . <= 100", hint="A percentage from 0 to 100.",
      hint_fr="Un pourcentage de 0 à 100."),
    q("select_one yes_no", "friendships_matter",
      "Do friendships with other ambassadors significantly matter for the committee's "
      "decisions, above all in a crisis?",
      "Les amitiés avec d'autres ambassadeurs comptent-elles de manière significative dans les "
      "décisions du comité, surtout en temps de crise ?", required="yes", disclosure="none"),
    long_text("friendships_example",
              "How do they matter? Can you give an example, for instance from a crisis?",
              "De quelle manière comptent-elles ? Pouvez-vous donner un exemple, par exemple "
              "lors d'une crise ?", relevant="${friendships_matter} = 'yes'"),
    q("select_one yes_no", "negotiations_informal",
      "Do the most important negotiations happen informally, bilaterally or in sub-regional "
      "groups, rather than in the formal meetings?",
      "Les négociations les plus importantes se déroulent-elles de manière informelle, "
      "bilatérale ou au sein de groupes sous-régionaux, plutôt qu'en réunion formelle ?",
      required="yes", disclosure="none"),
    long_text("negotiations_where", "Where and how do these negotiations take place?",
              "Où et comment ces négociations ont-elles lieu ?",
              relevant="${negotiations_informal} = 'yes'"),
    q("select_one first_call", "first_call", "When a crisis breaks, whom do you call first?",
      "Lorsqu'une crise éclate, qui appelez-vous en premier ?", disclosure="sensitive",
      hint="Not applicable if no crisis arose while the respondent was in post.",
      hint_fr="Sans objet si aucune crise n'est survenue pendant que la personne était en poste."),
    q("text", "first_call_other", "Someone else: please specify (a role, not a name)",
      "Quelqu'un d'autre : veuillez préciser (une fonction, pas un nom)",
      relevant="${first_call} = 'other'", disclosure="free_text"),
    long_text("first_call_why", "Why that person first?", "Pourquoi cette personne en premier ?",
              relevant="${first_call} = 'fellow_ambassador' or ${first_call} = 'other'"),
])

#: One name generator per committee: a roster belongs to one name generator.


def name_generator(org: str, roster: str) -> list[dict[str, str]]:
    name = f"friends_{org}"
    return [
        q("begin_repeat", name, "Which ambassadors on the committee do you count as friends?",
          "Quels ambassadeurs du comité comptez-vous parmi vos amis ?",
          appearance="name_generator", roster=roster, relevant=f"${{organisation}} = '{org}'",
          disclosure="sensitive",
          hint="A friend is someone you spend time with outside meetings and trust. Choose the "
               "delegation from the list; type a description only for someone who is not on it.",
          hint_fr="Un ami est une personne avec qui vous passez du temps en dehors des réunions "
                  "et en qui vous avez confiance. Choisissez la délégation dans la liste ; ne "
                  "saisissez une description que pour une personne qui n'y figure pas."),
        q("integer", f"friend_contacts_{org}",
          "In an ordinary week, how often are you in informal contact with this ambassador?",
          "Au cours d'une semaine ordinaire, combien de fois êtes-vous en contact informel avec "
          "cet ambassadeur ?", disclosure="sensitive", constraint=". >= 0 and . <= 50",
          message="Give a whole number of contacts per week, from 0 to 50.",
          message_fr="Indiquez un nombre entier de contacts par semaine, de 0 à 50."),
        q("select_one yes_no", f"friend_close_{org}",
          "Do you consider this ambassador a personal friend, not only a close colleague?",
          "Considérez-vous cet ambassadeur comme un ami personnel, et pas seulement comme un "
          "proche collègue ?", disclosure="sensitive"),
        likert(f"friend_trust_{org}", "trust5", "How much do you trust this ambassador?",
               "Quel degré de confiance accordez-vous à cet ambassadeur ?", disclosure="sensitive"),
        q("select_one how_met", f"friend_met_{org}", "How did you first meet?",
          "Comment vous êtes-vous rencontrés ?", disclosure="none"),
        q("text", f"friend_met_other_{org}", "How, then? Please specify",
          "Comment, alors ? Veuillez préciser", relevant=f"${{friend_met_{org}}} = 'other'",
          disclosure="free_text"),
        q(f"select_multiple_from_file rosters/{roster}.csv", f"friend_knows_{org}",
          "Which of the other ambassadors you named is this ambassador also close to?",
          "De quels autres ambassadeurs que vous avez cités cet ambassadeur est-il également "
          "proche ?", roster=roster, relevant=f"count(${{{name}}}) >= 2", disclosure="sensitive",
          choice_filter=f"selected(${{{name}}}, name)",
          hint="Tick only among the ambassadors named above; none if none.",
          hint_fr="Ne cocher que parmi les ambassadeurs cités plus haut ; aucun si aucun."),
        q("end_repeat", name),
    ]


def roster_generator(name: str, org: str, roster: str, en: str, fr: str) -> list[dict[str, str]]:
    """A name generator over the committee's roster that asks nothing about each person."""
    return [q("begin_repeat", f"{name}_{org}", en, fr, appearance="name_generator",
              roster=roster, relevant=f"${{organisation}} = '{org}'", disclosure="sensitive"),
            q("end_repeat", f"{name}_{org}")]


CAPITAL = group("capital", "The capital and the room", "La capitale et la salle", [
    q("select_one instructions", "capital_instructions",
      "What instructions do you usually receive from your capital before a meeting?",
      "Quelles instructions recevez-vous habituellement de votre capitale avant une réunion ?",
      disclosure="sensitive"),
    likert("room_for_manoeuvre", "room5",
           "How much room for manoeuvre do you have to agree to a compromise without going back "
           "to your capital?",
           "De quelle marge de manœuvre disposez-vous pour accepter un compromis sans en référer "
           "à votre capitale ?", disclosure="sensitive"),
    likert("prestige_weight", "agree5",
           "Some ambassadors carry more weight on the committee because of their personal "
           "standing, whatever the state they represent.",
           "Certains ambassadeurs pèsent davantage au sein du comité du fait de leur prestige "
           "personnel, quel que soit l'État qu'ils représentent.", disclosure="none"),
    likert("peer_pressure", "agree5",
           "I have moved my delegation's position because colleagues on the committee expected "
           "it of me.",
           "J'ai fait évoluer la position de ma délégation parce que mes collègues du comité "
           "l'attendaient de moi.", disclosure="sensitive"),
])


FRIENDS = group("friends", "Friends on the committee", "Les amis au sein du comité", [
    *[row for org, roster in COMMITTEES for row in roster_generator(
        "players", org, roster,
        "Who are the biggest players on the committee, the delegations whose views most shape "
        "its decisions?",
        "Qui sont les acteurs les plus importants du comité, les délégations dont les vues pèsent "
        "le plus sur ses décisions ?")],
    q("note", "friends_intro",
      "Now a few questions about the ambassadors on the committee you are closest to. By a "
      "friend we mean someone you spend time with outside meetings and whom you trust.",
      "Voici maintenant quelques questions sur les ambassadeurs du comité dont vous êtes le plus "
      "proche. Par ami, nous entendons une personne avec qui vous passez du temps en dehors des "
      "réunions et en qui vous avez confiance."),
    *[row for org, roster in COMMITTEES for row in name_generator(org, roster)],
    *[row for org, roster in COMMITTEES for row in roster_generator(
        "difficult", org, roster,
        "With which delegations on the committee are relations difficult, so that you avoid or "
        "distrust them?",
        "Avec quelles délégations du comité les relations sont-elles difficiles, au point de les "
        "éviter ou de vous en méfier ?")],
])

#: (choice in informal_group, item suffix, English and French name of the group)
GROUP_KINDS = [
    ("sub_regional_caucus", "caucus", "the sub-regional caucus", "le caucus sous-régional"),
    ("language", "language", "the language group", "le groupe linguistique"),
    ("gender", "gender", "the women's group", "le groupe de femmes"),
    ("sport", "sport", "the sports group", "le groupe sportif"),
    ("like_minded", "like_minded", "the group of like-minded states",
     "le groupe d'États aux vues similaires"),
    ("other", "other", "that other group", "cet autre groupe"),
]

GROUPS = group("informal_groups", "Informal groups", "Les groupes informels", [
    q("select_multiple informal_group", "informal_groups",
      "Which informal groups of ambassadors do you take part in?",
      "À quels groupes informels d'ambassadeurs participez-vous ?",
      disclosure="quasi_identifier",
      constraint="not(selected(., 'none') and count-selected(.) > 1)",
      message='"None" cannot be combined with a group; untick one or the other.',
      message_fr="« Aucun » ne peut pas être combiné avec un groupe ; décochez l'un ou l'autre.",
      hint="Groups that meet outside the formal meetings: a sub-regional caucus, a language "
           "group, a monthly ladies' luncheon, a sports group, a group of like-minded states.",
      hint_fr="Des groupes qui se réunissent en dehors des réunions formelles : un caucus "
              "sous-régional, un groupe linguistique, un déjeuner mensuel des ambassadrices, un "
              "groupe sportif, un groupe d'États aux vues similaires."),
    q("text", "informal_groups_other", "Another group: please specify",
      "Un autre groupe : veuillez préciser",
      relevant="selected(${informal_groups}, 'other')", disclosure="free_text"),
    *[q("select_one meeting_frequency", f"group_freq_{suffix}", f"How often does {en} meet?",
        f"À quelle fréquence {fr} se réunit-il ?", disclosure="none",
        relevant=f"selected(${{informal_groups}}, '{choice}')")
      for choice, suffix, en, fr in GROUP_KINDS],
    long_text("groups_role",
              "What is discussed in these groups, and do they shape the committee's decisions?",
              "De quoi parle-t-on dans ces groupes, et influencent-ils les décisions du comité ?",
              relevant="count-selected(${informal_groups}) > 0 and "
                       "not(selected(${informal_groups}, 'none'))"),
])

PRACTICES = group("practices", "Routines, practices and trust", "Routines, pratiques et confiance", [
    long_text("routines",
              "Describe an ordinary week. When, where and with whom do you meet other "
              "ambassadors outside the formal meetings?",
              "Décrivez une semaine ordinaire. Quand, où et avec qui rencontrez-vous d'autres "
              "ambassadeurs en dehors des réunions formelles ?"),
    long_text("practices_informal",
              "Which informal practices (lunches, receptions, calls, text messages, retreats) "
              "matter most for the committee's work?",
              "Quelles pratiques informelles (déjeuners, réceptions, appels, messages, séminaires "
              "de réflexion) comptent le plus pour les travaux du comité ?"),
    long_text("trust_building", "How is trust between ambassadors built, and how can it be lost?",
              "Comment la confiance entre ambassadeurs se construit-elle, et comment peut-elle "
              "se perdre ?"),
    likert("trust_overall", "trust5",
           "Overall, how much do you trust the other ambassadors on the committee?",
           "Dans l'ensemble, quel degré de confiance accordez-vous aux autres ambassadeurs du "
           "comité ?", disclosure="none"),
    long_text("privacy_informal",
              "How private are informal conversations? What may be passed on to your capital or "
              "to others, and what not?",
              "Dans quelle mesure les conversations informelles restent-elles privées ? Que "
              "peut-on transmettre à sa capitale ou à d'autres, et que garde-t-on pour soi ?"),
    long_text("delegation_relations",
              "Which delegations have especially close or especially difficult relations with "
              "each other, and why?",
              "Quelles délégations entretiennent des relations particulièrement étroites ou "
              "particulièrement difficiles entre elles, et pourquoi ?"),
])

CLOSING = group("closing", "Closing", "Conclusion", [
    long_text("anything_else",
              "Is there anything else about how the committee works that we should know?",
              "Y a-t-il autre chose sur le fonctionnement du comité que nous devrions savoir ?"),
    q("note", "closing_note",
      "Thank you very much. You will not be named; any quotation will be attributed only to "
      "your role and organisation.",
      "Merci beaucoup. Vous ne serez pas nommé(e) ; toute citation ne sera attribuée qu'à votre "
      "fonction et à votre organisation."),
    long_text("interviewer_notes",
              "Interviewer's notes: setting, interruptions, the tone of the interview",
              "Notes de l'enquêteur : cadre, interruptions, ton de l'entretien"),
])

SURVEY = [*OPENING, *RESPONDENT, *FORMAL, *INFORMAL, *CAPITAL, *FRIENDS, *GROUPS, *PRACTICES, *CLOSING]


def build() -> Workbook:
    """The workbook: survey, choices and settings sheets."""
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(SURVEY_COLUMNS)
    for row in SURVEY:
        unknown = set(row) - set(SURVEY_COLUMNS)
        if unknown:
            raise ValueError(f"row '{row['name']}' has unknown columns {sorted(unknown)}")
        survey.append([row.get(col) or None for col in SURVEY_COLUMNS])
    choices = book.create_sheet("choices")
    choices.append(CHOICE_COLUMNS)
    for list_name, entries in CHOICES.items():
        for name, en, fr in entries:
            choices.append([list_name, name, en, fr])
    settings = book.create_sheet("settings")
    settings.append(list(SETTINGS))
    settings.append(list(SETTINGS.values()))
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    # fixed document dates keep the committed file from changing on every run
    fixed = dt.datetime(2009, 3, 1)
    book.properties.created = fixed
    book.properties.modified = fixed
    return book


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-o", "--output", type=Path, default=OUT,
                        help=f"where to write the workbook (default: {OUT.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    build().save(args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
