"""Tests for geomap.lexicon: reading, checking and compiling the phrase files.

The phrase-syntax tests compile small made-up lexicons in a temporary folder, so they
say what the syntax means whatever the bundled files hold; how the extractor uses the
matches is tested in test_events.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geomap import lexicon as lexicon_module
from geomap.errors import InputError
from geomap.lexicon import Lexicon, TriggerType, load_lexicon, stem_map

TRIGGERS = """
[sets]
envoy = ["envoy", "ambassador", "charge d'affaires", "high commissioner"]

[types.summon]
family = "diplomatic"
rank = 1
phrases = ["summon|summoned ...3 {envoy}", "{envoy} ...2 was|were summoned"]

[types."missile strike"]
family = "strike"
rank = 1
phrases = ["missile strike*"]

[types.airstrike]
family = "strike"
rank = 1
phrases = ["air-strike*"]

[types.strike]
family = "strike"
rank = 4
phrases = ["strike*", "missile", "missile strike"]

[modality]
phrases = ["will", "plans to"]
"""

ACTORS = """
[organisations]
UN = ["UN", "United Nations"]

[anaphora]
phrases = ["the government"]
"""


@pytest.fixture
def small(tmp_path: Path) -> Lexicon:
    (tmp_path / "triggers.toml").write_text(TRIGGERS, "utf-8")
    (tmp_path / "actors.toml").write_text(ACTORS, "utf-8")
    return load_lexicon.__wrapped__(str(tmp_path))


def triggers_in(lex: Lexicon, text: str) -> list[tuple[str, str]]:
    """(matched text, type) of every trigger phrase in ``text``."""
    low = text.lower()
    by_stem = stem_map(low, lex.stems(low) & lex.triggers.keys)
    out: list[tuple[str, str]] = []
    for a, b, ph in lex.triggers.matches(low, low, by_stem):
        assert isinstance(ph.payload, TriggerType)
        out.append((text[a:b], ph.payload.type))
    return out


def actors_in(lex: Lexicon, text: str) -> list[tuple[str, object]]:
    low = text.lower()
    by_stem = stem_map(low, lex.stems(low) & lex.all_keys)
    return [(text[a:b], ph.payload) for a, b, ph in lex.actors.matches(low, text, by_stem)]


# ------------------------------------------------------------------ phrase syntax


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "air-strike*": the hyphen is optional, the star takes any ending
        ("Jets carried out airstrikes.", [("airstrikes", "airstrike")]),
        ("an air-strike", [("air-strike", "airstrike"), ("strike", "strike")]),
        ("an air strike", [("air strike", "airstrike"), ("strike", "strike")]),
        # whole words only: no phrase starts inside a word
        ("the strikers", [("strikers", "strike")]),
        ("a counterstrike", []),
        # a|b and {set}, with at most three words between
        ("Delhi summoned Pakistan's high commissioner", [
            ("summoned Pakistan's high commissioner", "summon"),
        ]),
        ("summoned the acting charge d'affaires", [
            ("summoned the acting charge d'affaires", "summon"),
        ]),
        ("summoned one two three four envoy", []),
        # a bracketed abbreviation is one word of a gap
        ("summoned the UN (UNSC) envoy", [("summoned the UN (UNSC) envoy", "summon")]),
        ("summoned the UN (in haste) envoy", []),
        ("The ambassador was summoned", [("ambassador was summoned", "summon")]),
        # where phrases start at one word, the lower rank wins, then the longer phrase
        ("a missile strike", [("missile strike", "missile strike"), ("strike", "strike")]),
        ("a missile", [("missile", "strike")]),
    ],
)  # fmt: skip
def test_phrase_syntax(small: Lexicon, text: str, expected: list[tuple[str, str]]) -> None:
    assert triggers_in(small, text) == expected


def test_abbreviations_match_as_written_other_names_in_any_case(small: Lexicon) -> None:
    assert actors_in(small, "The UN said") == [("UN", ("org", "UN"))]
    assert actors_in(small, "they run un-official talks") == []
    assert actors_in(small, "the united nations and the Government") == [
        ("united nations", ("org", "UN")),
        ("the Government", ("anaphor", None)),
    ]


def test_rules_compile_when_first_used_and_are_none_without_phrases(small: Lexicon) -> None:
    assert small.is_modal("the army will")
    assert not small.is_modal("the army willingly")
    assert isinstance(small.modality, re.Pattern)
    assert small.speech is None and small.target_nouns is None and small.reference is None


def test_loading_compiles_no_pattern(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A load only reads and checks: patterns are compiled when a sentence needs them."""
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(lexicon_module.re, "compile", counting)
    lex = load_lexicon.__wrapped__()
    assert compiled == []
    assert triggers_in(lex, "Warplanes carried out air strikes on Monday")
    assert compiled


# ---------------------------------------------------------------------- the files


def test_lexicon_has_every_type_in_its_family() -> None:
    lex = load_lexicon()
    strikes = {
        "airstrike", "missile strike", "drone strike", "raid", "shelling", "cross-border attack",
        "clash", "gunmen attack", "bombing", "incursion", "strike", "shoot-down",
    }  # fmt: skip
    diplomatic = {
        "visit", "meeting", "phone call", "summon", "recall ambassador", "expel",
        "ambassadors return", "statement", "restraint appeal", "mediation offer", "agreement",
        "request", "protest",
    }  # fmt: skip
    assert {n for n, t in lex.types.items() if t.family == "strike"} == strikes
    assert {n for n, t in lex.types.items() if t.family == "diplomatic"} == diplomatic
    assert all(t.phrases for t in lex.types.values())


def test_user_folders_extend_lists_and_override_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, extra = tmp_path / "base", tmp_path / "extra"
    base.mkdir()
    extra.mkdir()
    (base / "triggers.toml").write_text(
        '[types.raid]\nfamily = "strike"\nrank = 2\nphrases = ["raid", "raids"]\n', "utf-8"
    )
    (extra / "triggers.toml").write_text(
        '[types.raid]\nrank = 3\nphrases = ["raids", "raided"]\n', "utf-8"
    )
    monkeypatch.setenv("GEOMAP_LEXICONS", str(extra))
    raid = load_lexicon.__wrapped__(str(base)).types["raid"]
    assert (raid.family, raid.rank, raid.phrases) == ("strike", 3, ("raid", "raids", "raided"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[types.raid]\nfamily = "strike"\nphrases = ["raid ... {nosuchset}"]\n', "nosuchset"),
        (
            '[sets]\nforces = ["{nosuchset} troops"]\n'
            '[types.raid]\nfamily = "strike"\nphrases = ["{forces} raided"]\n',
            "nosuchset",
        ),
        ('[types.raid]\nfamily = "weather"\nphrases = ["storm"]\n', "expected one of"),
        ("[types.raid\n", "not a readable TOML lexicon"),
        (
            '[types.raid]\nfamily = "strike"\ntarget = "whoever"\nphrases = ["raid"]\n',
            "has target 'whoever'; expected 'object', 'destination'",
        ),
        (
            '[types.raid]\nfamily = "strike"\nof_party = "both"\nphrases = ["raid"]\n',
            "has of_party 'both'",
        ),
    ],
    ids=[
        "unknown-set",
        "unknown-set-in-a-set",
        "unknown-family",
        "bad-toml",
        "unknown-target-rule",
        "unknown-of-party",
    ],
)
def test_a_broken_user_lexicon_says_what_is_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, message: str
) -> None:
    (tmp_path / "triggers.toml").write_text(content, "utf-8")
    monkeypatch.setenv("GEOMAP_LEXICONS", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        with pytest.raises(InputError, match=message):
            load_lexicon()
    finally:
        monkeypatch.delenv("GEOMAP_LEXICONS")
        load_lexicon.cache_clear()


def test_what_a_type_does_is_data(tmp_path: Path) -> None:
    """A type's target rule, its "of", its sides and its looseness come from the file;
    a type that says nothing gets the defaults."""
    (tmp_path / "triggers.toml").write_text(
        '[types.parley]\nfamily = "diplomatic"\ntarget = "counterpart"\nthird_party = true\n'
        'phrases = ["parleyed"]\n'
        '[types.skirmish]\nfamily = "strike"\ntwo_sided = true\nof_party = "actor"\n'
        'phrases = ["skirmished"]\n'
        '[types.poke]\nfamily = "strike"\nvague = true\ndistinct = true\nphrases = ["poked"]\n',
        "utf-8",
    )
    types = load_lexicon.__wrapped__(str(tmp_path)).types
    assert types["parley"].target == "counterpart" and not types["parley"].two_sided
    assert types["parley"].third_party
    assert types["skirmish"].two_sided and types["skirmish"].of_party == "actor"
    assert types["poke"].vague and types["poke"].target == "object" and types["poke"].distinct
    assert not types["skirmish"].distinct and not types["skirmish"].third_party
