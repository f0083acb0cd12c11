"""Given names and their nicknames and language forms, so a known person's short name is caught."""

from __future__ import annotations

from functools import lru_cache

from fieldkit.anonymise.translit import key

# One group per line: forms of one given name that people use for the same person
# (English, French, Spanish, Slavic, Greek and Arabic forms and their common short names).
_TABLE = """
william bill billy will willy willie liam guillaume guillermo memo
robert bob bobby rob robbie bert roberto beto
alexander alexandre alejandro aleksandr aleksandar alexandros alessandro alex sasha sacha sanya shura alejo alexis sandy sandro alekos jandro
alexandra alessandra aleksandra sasha sandra alexa
katherine catherine kathryn katharine catalina katarina ekaterina yekaterina kate katie kathy cathy kat katya katia katja
elizabeth elisabeth isabel isabelle elizabete liz lizzie beth betty bette eliza lisa elsa
margaret margarita marguerite maggie meg peggy marge greta rita
james jim jimmy jamie jaime diego santiago
john jack johnny jon juan jean ivan vanya ioannis giannis yannis jovan johan jan hans johannes giovanni gianni
jonathan jon jonny
michael mike mikey mick mickey michel miguel mikhail misha mihail mihajlo mihalis michalis
richard rick ricky rich richie dick ricardo
thomas tom tommy tomas tomasz thomaz
anthony tony antoine antonio anton antoni toni
christopher chris kit cristobal christophe kristof
daniel dan danny dani
david dave davy davide
edward ed eddie ted teddy ned eduardo edouard
henry harry hank henri enrique quique heinrich
nicholas nick nicky nicolas nicola nikolai nikolay nikola nikolaos nikos kolya nico
patrick pat paddy patricio
patricia pat patty trish patricia
peter pete pierre pedro petr pyotr petar petros petya piotr
samuel sam sammy
stephen steven steve stefan stephane esteban stepan stjepan stavros
timothy tim timmy
benjamin ben benny benji
charles charlie chuck carlos carl karl karel charly
andrew andy drew andre andres andrei andrey andrej andreas andrzej
matthew matt matty mathieu matthieu mateo matteo matej matija
gregory greg gregoire gregorio grigory grisha
frederick fred freddie frederic federico fritz
albert al bert albertino alberto
jennifer jen jenny
susan sue susie suzanne susana
deborah debbie debra deb
rebecca becky becca
victoria vicky vicki victoire
christine chris tina christina kristina cristina
josephine jo josie josefina pepita
joseph joe joey jose pepe giuseppe josef jozef josip
francis frank frankie francois francisco paco pancho franz franjo francesco frantisek
frances fran francesca francoise francisca paquita
manuel manolo manu emmanuel
dolores lola loles
concepcion concha conchita
rosario charo
guadalupe lupe lupita
ignacio nacho inaki
jesus chucho chuy
dmitry dmitri dimitri dmitrij dima mitya dimitrios dimitris mitja
vladimir volodya vova vlado vladi
nikita
yevgeny evgeny evgeni evgenij zhenya eugene eugenio eugen
sergei sergey sergej serge sergio seryozha
aleksei alexei aleksey alexey alyosha lyosha
mariya maria marija marie mary masha marusya mari maruska mariela
tatiana tatyana tatjana tanya tania
natalia natalya natalie nathalie natasha nata
anastasia nastya asya stacy
olga olya olia
svetlana sveta lana
yelena elena jelena helena helene hélène lena elene eleni
anna ana anya ania annie anne ann hanna hannah anita
irina ira irene irini
galina galya
lyudmila ludmila luda mila
valentina valya
georgios giorgos yorgos george georges jorge yuri yura jurij juraj jiri georgi gogo
konstantinos kostas konstantin kostya constantin costin dinos
ioannis yannis giannis
panagiotis panos takis
evangelos vangelis
athanasios thanasis
vasileios vasilis basil vasily vasiliy vasil vasko
mohammed muhammad mohamed mohamad mehmet mohammad mo hamada
abdullah abdallah abdulla
youssef yusuf yousef joseph
ibrahim abraham ibro
ahmed ahmad
hussein husein hussain
mustafa mustapha moustafa
omar umar
ali aly
fatima fatma
aisha aicha ayesha
khadija khadidja
zoran zoki
zorana zoka
milos misa
slobodan boban
dragan gaga
branislav brane
miroslav mirek miro
jaroslav jarek
stanislav stanislaw stan stas stasik
wojciech wojtek
malgorzata gosia
katarzyna kasia
agnieszka agnes agnese ines ines
barbara basia babs
theodoros theodore theo ted teddy thodoris todor teodor
dimitrios dimitris mitsos takis
emmanouil manolis
christos chris
anthony tony toni antonio antonin anton tonio
rafael rafa raphael
eduardo lalo edu
fernando nando fer
santiago santi
sebastian sebas seb sebastien
nicolas nico
joaquin juaco quino
carmen menchu
isabel isa chabela isabelle
teresa tere tess theresa
beatriz bea beatrice
mercedes merche
frederic fred freddy federico
philippe phil philip felipe pipe
stephane steph stephanie
dominique dom
valerie val
veronique vero veronica
raymond ray ramon moncho
ronald ron ronnie
donald don donnie
gerald gerry
lawrence larry lorenzo laurent
leonard len leo leonardo
nathaniel nate nat
samantha sam
jessica jess
abigail abby
caroline carrie carolina
eleanor ellie nell leonor
jacqueline jackie
kimberly kim
pamela pam
zachary zach
joshua josh
gabriel gabe gabi
kenneth ken kenny
douglas doug
harold harry hal
walter walt
wolfgang wolf
pavel pasha paul pablo paolo pavlo
boris borya
vladislav vlad vladek
yaroslav slava
abdelaziz aziz
abderrahmane abdou abdu abdelrahman abdulrahman
giuseppe beppe peppe pino
"""


@lru_cache(maxsize=1)
def _groups() -> list[frozenset[str]]:
    return [frozenset(key(w) for w in line.split()) for line in _TABLE.strip().splitlines()]


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in _groups():
        for k in group:
            out.setdefault(k, set()).update(group)
    return {k: frozenset(v) for k, v in out.items()}


def variants(given: str) -> frozenset[str]:
    """Keys of the other forms of a given name (William -> bill, will, guillermo...)."""
    k = key(given)
    return _index().get(k, frozenset()) - {k}
