"""YAML protocols: every item type loads; broken protocols each give their own message."""

from __future__ import annotations

import copy

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.errors import ProtocolError
from fieldkit.protocol.loader import load_protocol, protocol_from_data
from fieldkit.protocol.model import ItemType, Protocol

BASE = {
    "format": "fieldkit-protocol/1",
    "id": "demo",
    "version": "1",
    "title": {"en": "Demo", "fr": "Démo"},
    "languages": ["en", "fr"],
    "default_language": "en",
    "cover": {"en": "About decision-making.", "fr": "Sur la prise de décision."},
    "research_aim": {"en": "Informal ties.", "fr": "Liens informels."},
    "choice_lists": {"org": [{"name": "au", "label": "AU"}, {"name": "eu", "label": "EU"}]},
    "rosters": {"committee": {"label": "Committee", "file": "committee.csv"}},
    "codebook": {"codes": [{"id": "emergence", "label": "Emergence",
                            "codes": [{"id": "mutual_benefit", "label": "Mutual benefit"}]}]},
    "sections": [
        {"id": "about", "title": {"en": "About you", "fr": "Vous"}, "items": [
            {"id": "intro", "type": "note", "label": {"en": "Welcome", "fr": "Bienvenue"}},
            {"id": "org", "type": "select_one", "choices": "org",
             "label": {"en": "Organisation", "fr": "Organisation"}, "disclosure": "quasi_identifier"},
            {"id": "contacts", "type": "integer", "min": 0, "max": 100,
             "label": {"en": "Contacts per week", "fr": "Contacts par semaine"},
             "constraint": ". <= 70", "constraint_message": {"en": "Too many", "fr": "Trop"},
             "special": ["refused", "dont_know"]},
            {"id": "years", "type": "decimal", "label": {"en": "Years", "fr": "Années"}},
            {"id": "friends_matter", "type": "yes_no", "label": {"en": "Matter?", "fr": "Compte?"}},
            {"id": "groups", "type": "select_multiple", "label": {"en": "Groups", "fr": "Groupes"},
             "choices": [{"name": "caucus", "label": "Caucus"}, {"name": "sport", "label": "Sport"}]},
            {"id": "trust", "type": "likert", "label": {"en": "Trust", "fr": "Confiance"},
             "choices": [{"name": "1", "label": "Low"}, {"name": "2", "label": "Mid"},
                         {"name": "3", "label": "High"}]},
            {"id": "why", "type": "text", "label": {"en": "Why", "fr": "Pourquoi"},
             "relevant": "${friends_matter} = 'yes' and selected(${groups}, 'sport')"},
            {"id": "routines", "type": "long_text", "label": {"en": "Routines", "fr": "Routines"}},
            {"id": "when", "type": "date", "label": {"en": "Date", "fr": "Date"}},
            {"id": "meetings", "type": "repeat", "label": {"en": "Meetings", "fr": "Réunions"},
             "items": [{"id": "meeting_place", "type": "text",
                        "label": {"en": "Place", "fr": "Lieu"}}]},
            {"id": "friends", "type": "name_generator", "roster": "committee",
             "label": {"en": "Friends", "fr": "Amis"}, "items": [
                 {"id": "friend_contacts", "type": "integer", "min": 0,
                  "label": {"en": "Contacts", "fr": "Contacts"}},
                 {"id": "friend_close", "type": "yes_no", "label": {"en": "Close", "fr": "Proche"},
                  "relevant": "${friend_contacts} > 2"}]},
            {"id": "n_friends_ok", "type": "yes_no", "label": {"en": "Ok", "fr": "Ok"},
             "relevant": "count(${friends}) >= 1 and string-length(${why}) < 200"},
        ]},
    ],
}

ROSTER = "id,label,organisation,member_state,group,alliance\nd1,Alpha,AU,Alpha,West,X\nd2,Béta,AU,Beta,East,Y\n"


@pytest.fixture
def write(tmp_path):
    (tmp_path / "committee.csv").write_text(ROSTER, encoding="utf-8")

    def _write(data=None, text=None, name="p.yaml"):
        path = tmp_path / name
        path.write_text(text if text is not None else yaml.safe_dump(data, allow_unicode=True),
                        encoding="utf-8")
        return path

    return _write


def test_every_item_type_loads(write):
    p = load_protocol(write(BASE))
    assert isinstance(p, Protocol)
    types = {item.type for item in p.items_by_id.values()}
    # the types carried from XLSForm are loaded in tests/protocol/test_xlsform.py
    from_xlsform = {ItemType.calculate, ItemType.time, ItemType.datetime, ItemType.geopoint,
                    ItemType.geotrace, ItemType.geoshape, ItemType.attachment, ItemType.rank}
    assert types == set(ItemType) - from_xlsform
    assert [e.label for e in p.rosters["committee"].entries] == ["Alpha", "Béta"]
    assert p.item("routines").disclosure_class.value == "free_text"
    assert p.item("org").disclosure_class.value == "quasi_identifier"
    assert p.item("contacts").disclosure_class.value == "none"
    assert p.parent_of["friend_close"] == "friends"
    assert [c.name for c in p.choices_for(p.item("org"))] == ["au", "eu"]
    assert p.text(p.item("why").label, "fr") == "Pourquoi"
    assert len(p.content_hash) == 64
    assert Protocol.from_snapshot(p.canonical_json()).content_hash == p.content_hash


def mutate(path_and_value):
    data = copy.deepcopy(BASE)
    for path, value in path_and_value:
        node = data
        for key in path[:-1]:
            node = node[key]
        if value is DELETE:
            del node[path[-1]]
        else:
            node[path[-1]] = value
    return data


DELETE = object()
ITEMS = ("sections", 0, "items")

BROKEN = [
    ("unknown top key", [(("titel",), "x")], "unknown key 'titel'; did you mean 'title'?"),
    ("unknown item key", [((*ITEMS, 1, "lable"), "x")], "unknown key 'lable'; did you mean 'label'?"),
    ("missing id", [(("id",), DELETE)], "'id' is required here"),
    ("missing sections", [(("sections",), DELETE)], "'sections' is required here"),
    ("bad type", [((*ITEMS, 3, "type"), "numeric")], "'numeric' is not allowed; expected"),
    ("bad disclosure", [((*ITEMS, 1, "disclosure"), "secret")], "'secret' is not allowed"),
    ("bad item id", [((*ITEMS, 3, "id"), "3years")], "'3years' is not a valid name"),
    ("duplicate item id", [((*ITEMS, 3, "id"), "contacts")], "item id 'contacts' is used twice"),
    ("duplicate follow-up id", [((*ITEMS, 11, "items", 1, "id"), "friend_contacts")],
     "item id 'friend_contacts' is used twice"),
    ("select without choices", [((*ITEMS, 5, "choices"), DELETE)],
     "item 'groups' is a select_multiple item and needs choices"),
    ("choices on integer", [((*ITEMS, 2, "choices"), [{"name": "a", "label": "A"}])],
     "item 'contacts' is a integer item and cannot have choices"),
    ("undefined choice list", [((*ITEMS, 1, "choices"), "orgs")],
     "choice list 'orgs', which is not defined in choice_lists; did you mean 'org'?"),
    ("min > max", [((*ITEMS, 2, "min"), 200)], "has min (200) greater than max (100)"),
    ("min on text", [((*ITEMS, 7, "min"), 1)], "is a text item and cannot have min or max"),
    ("label missing", [((*ITEMS, 3, "label"), DELETE)], "item 'years' needs a label"),
    ("unknown reference", [((*ITEMS, 7, "relevant"), "${friend_matter} = 'yes'")],
     "unknown item '${friend_matter}'"),
    ("syntax error", [((*ITEMS, 7, "relevant"), "${friends_matter} = ")], "relevant of item 'why'"),
    ("unknown function", [((*ITEMS, 7, "relevant"), "selekted(${groups}, 'a')")], "selekted"),
    ("self outside constraint", [((*ITEMS, 7, "relevant"), ". > 3")], "'.'"),
    ("undefined roster", [((*ITEMS, 11, "roster"), "comittee")],
     "roster 'comittee', which is not defined in rosters; did you mean 'committee'?"),
    ("missing roster file", [(("rosters", "committee", "file"), "nope.csv")],
     "roster file"),
    ("language not declared", [((*ITEMS, 3, "label"), {"en": "Years", "de": "Jahre"})],
     "has a text in 'de', which is not one of the protocol's languages"),
    ("default language text missing", [((*ITEMS, 3, "label"), {"fr": "Années"})],
     "has no text in the default language 'en'"),
    ("default language not listed", [(("default_language",), "es")],
     "default_language 'es' is not one of languages"),
    ("note required", [((*ITEMS, 0, "required"), True)], "is a note; it takes no answer"),
    ("soft constraint syntax", [((*ITEMS, 2, "soft_constraint"), ". <= ")],
     "soft_constraint of item 'contacts'"),
    ("soft constraint unknown item", [((*ITEMS, 2, "soft_constraint"), ". < ${nope}")],
     "unknown item '${nope}'"),
    ("soft constraint on a note", [((*ITEMS, 0, "soft_constraint"), ". < 3")],
     "cannot have a soft constraint"),
    ("bad special", [((*ITEMS, 2, "special"), ["maybe"])], "'maybe' is not allowed"),
    ("nested group", [((*ITEMS, 10, "items", 0), {"id": "inner", "type": "repeat", "label": "x",
                                                   "items": [{"id": "z", "type": "text",
                                                              "label": "z"}]})],
     "nesting is not supported"),
    ("duplicate choice", [(("choice_lists", "org", 1, "name"), "au")],
     "choice 'au' appears twice in list 'org'"),
    ("duplicate code", [(("codebook", "codes", 0, "codes", 0, "id"), "emergence")],
     "code 'emergence' appears twice"),
    ("backreference in a constraint", [((*ITEMS, 7, "constraint"), r"regex(., '(a)\1')")],
     "constraint of item 'why'"),
    ("lookahead in relevance", [((*ITEMS, 7, "relevant"), "regex(${routines}, '(?=a)')")],
     "uses a backreference or lookaround"),
    ("count of non-group", [((*ITEMS, 12, "relevant"), "count(${contacts}) > 1")], "count"),
    ("empty sections", [(("sections",), [])], "sections"),
    ("wrong format", [(("format",), "odk/1")], "'odk/1' is not allowed"),
]


@pytest.mark.parametrize("name,changes,message", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_protocol_gives_its_message(write, name, changes, message):
    path = write(mutate(changes))
    with pytest.raises(ProtocolError) as info:
        load_protocol(path)
    text = "\n".join(str(p) for p in info.value.problems)
    assert message in text, text
    assert all(str(p).startswith(str(path)) for p in info.value.problems)


def test_location_names_path_and_line(write):
    path = write(mutate([((*ITEMS, 7, "relevant"), "${nope} = 1")]))
    with pytest.raises(ProtocolError) as info:
        load_protocol(path)
    problem = info.value.problems[0]
    assert problem.location.startswith("sections[0].items[7].relevant (line ")


@pytest.mark.parametrize("text,message", [
    ("id: [unclosed", "YAML syntax error"),
    ("", "is empty"),
    ("id: a\nid: b\n", "key 'id' appears twice"),
    ("- just\n- a list\n", "must be a mapping"),
])
def test_broken_yaml_text(write, text, message):
    with pytest.raises(ProtocolError) as info:
        load_protocol(write(text=text))
    assert message in str(info.value)


def test_wrong_suffix_and_missing_file(tmp_path):
    with pytest.raises(ProtocolError, match="neither a YAML protocol"):
        load_protocol(tmp_path / "p.txt")
    with pytest.raises(ProtocolError, match="no such file"):
        load_protocol(tmp_path / "p.yaml")


# ---- property: loading only ever fails with the project's own error ----------------------
def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


ALL_PATHS = [p for p in _paths(BASE) if p]
garbage = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=30), st.lists(st.text(max_size=5), max_size=3),
                    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3),
                    st.sampled_from(["${contacts}", "${", ". >", "count(", "yes_no", "repeat",
                                     "note", "au", "1e999", "-1"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), st.one_of(garbage, st.just(DELETE))),
                min_size=1, max_size=4))
def test_mutated_protocols_fail_only_with_protocol_error(tmp_path_factory, changes):
    base = tmp_path_factory.getbasetemp() / "mut"
    base.mkdir(exist_ok=True)
    (base / "committee.csv").write_text(ROSTER, encoding="utf-8")
    data = copy.deepcopy(BASE)
    for path, value in changes:
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            if value is DELETE:
                del node[path[-1]]
            else:
                node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    try:
        protocol_from_data(data, file="m.yaml", base_dir=base)
    except ProtocolError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
