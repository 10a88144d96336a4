"""Tests for geomap.articles: files to Article records (text, boilerplate, dates, sentences)."""

from __future__ import annotations

import json
import logging
import os
import re
import socket
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geomap.articles as articles_module
from geomap.articles import article_from_text, read_articles, split_sentences
from geomap.errors import InputError
from geomap.models import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
GOLD = Path(
    os.environ.get(
        "GEOMAP_SEEDS_GOLD",
        Path(__file__).resolve().parent / "data" / "seeds.gold.json",
    )
)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs offline: any socket connect fails."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def removed_text(article: Article) -> list[str]:
    return [article.text[r.start : r.end] for r in article.removed]


def kept_sentences(article: Article) -> list[str]:
    return [s.text for s in article.sentences if not article.is_removed(s.start, s.end)]


def find_loose(text: str, needle: str) -> tuple[int, int]:
    """Span of ``needle`` in ``text``, any run of whitespace matching any other."""
    pattern = r"\s+".join(re.escape(word) for word in needle.split())
    match = re.search(pattern, text)
    assert match, needle
    return match.span()


def covered(article: Article, start: int, end: int) -> bool:
    """True when every character of [start, end) lies inside some removed span."""
    return all(any(r.start <= i < r.end for r in article.removed) for i in range(start, end))


def one_line_boilerplate(line: str) -> str | None:
    """The reason a line, put inside a short news story, is removed (None if kept)."""
    text = f"Army says border post attacked\n\n{line}\n\nThe army said the post was attacked."
    article = article_from_text("t", text)
    start = text.index(line.strip())
    reasons = [r.reason for r in article.removed if r.start <= start < r.end]
    if reasons:
        assert covered(article, start, start + len(line.strip())), "only part of the line removed"
    return reasons[0] if reasons else None


# ---------------------------------------------------------------- the seeds and the gold


def _gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))["articles"]


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return {a.id: a for a in read_articles([SEEDS])}


def test_seeds_are_read_in_order(seeds: dict[str, Article]) -> None:
    assert list(seeds) == ["000_c10cb973be8d9878.txt", "003_291d4a9e0459453a.txt"]
    assert all(a.path and a.path.endswith(a.id) for a in seeds.values())


def test_seed_published_facts_match_gold(seeds: dict[str, Article]) -> None:
    """000 has no date anywhere a publisher prints one; 003 has a timestamp line."""
    gold = _gold()
    for article_id, facts in gold.items():
        article = seeds[article_id]
        expected = date.fromisoformat(facts["published"]) if facts["published"] else None
        assert article.published == expected, article_id
        assert article.published_source == ("text" if expected else None)


def test_seed_published_facts_without_gold(seeds: dict[str, Article]) -> None:
    assert seeds["000_c10cb973be8d9878.txt"].published is None
    assert seeds["003_291d4a9e0459453a.txt"].published == date(2024, 1, 20)
    assert seeds["003_291d4a9e0459453a.txt"].published_source == "text"


def test_every_gold_boilerplate_line_is_removed(seeds: dict[str, Article]) -> None:
    for article_id, facts in _gold().items():
        article = seeds[article_id]
        for line in facts["boilerplate_lines"]:
            assert covered(article, *find_loose(article.text, line)), (article_id, line)


def test_no_evidence_sentence_is_removed(seeds: dict[str, Article]) -> None:
    checked = 0
    for article_id, facts in _gold().items():
        article = seeds[article_id]
        for event in facts["events"]:
            start, end = find_loose(article.text, event["evidence"])
            hit = [s for s in article.sentences if s.start < end and start < s.end]
            assert hit, event["id"]
            for sentence in hit:
                assert not article.is_removed(sentence.start, sentence.end), (
                    article_id,
                    event["id"],
                )
                checked += 1
    assert checked >= 15


def test_seed_dateline_and_title(seeds: dict[str, Article]) -> None:
    first = seeds["000_c10cb973be8d9878.txt"]
    assert first.title == "Iran, Pakistan step up dialogue after tit-for-tat airstrikes"
    assert first.dateline is not None
    assert first.text[first.dateline[0] : first.dateline[1]] == "Islamabad"
    second = seeds["003_291d4a9e0459453a.txt"]
    assert second.title is None  # its first line is a byline, not a headline
    assert second.dateline is None


def test_seed_header_block_is_removed(seeds: dict[str, Article]) -> None:
    """The byline, timestamp and source bullets at the head of 003 are boilerplate."""
    article = seeds["003_291d4a9e0459453a.txt"]
    assert [r.reason for r in article.removed[:3]] == ["byline", "timestamp", "source"]


def test_glued_seed_lines_remove_the_whole_line() -> None:
    """The two seeds glued end to start make one line "Follow us ... .in• By <name>"."""
    glued = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    article = article_from_text("glued", glued)
    follow = glued.index("Follow us on")
    line_end = glued.index("\n", follow)
    assert covered(article, follow, line_end)
    assert article.published == date(2024, 1, 20)


def test_seed_sentences_split_glued_quote() -> None:
    text = (SEEDS / "003_291d4a9e0459453a.txt").read_text(encoding="utf-8")
    sentences = [s.text for s in article_from_text("x", text).sentences]
    assert any(s.endswith('"exercise maximum restraint".') for s in sentences)
    assert any(s.startswith('"The secretary-general is deeply concerned') for s in sentences)


def test_rules_name_nothing_from_the_seeds() -> None:
    """Rules must be general: the module names no outlet, person or line of the seeds."""
    source = Path(articles_module.__file__).read_text(encoding="utf-8").lower()
    for word in ("thelocalreport", "ndtv", "kamal", "jnd", "lalla", "suryakumar", "babar"):
        assert word not in source


# ---------------------------------------------------------------- boilerplate rules

BOILERPLATE = [
    ("See also  Cricket team tops the rankings, captain moves ahead… | cricket news", "teaser"),
    ("Also Read: Ten things to know about the new budget", "teaser"),
    ("ALSO READ | Minister resigns over remarks", "teaser"),
    ("Read more: Army chief visits troops on the frontier", "teaser"),
    ("READ | Envoy summoned over remarks", "teaser"),
    ("Related: What we know about the armed group", "teaser"),
    ("Follow us on Twitter and Facebook for the latest updates.", "social"),
    ("Join our WhatsApp channel for breaking news alerts", "social"),
    ("Subscribe to our newsletter for a daily briefing.", "social"),
    (
        "Follow us on Google news ,Twitter , and Join Whatsapp Group of frontierpost.example"
        "• By Nadia Khan",
        "social",
    ),
    ("Click here to share on social media", "social"),
    ("(With agency inputs)", "syndication"),
    ("(With inputs from Reuters)", "syndication"),
    ("With inputs from PTI", "syndication"),
    (
        "(Except for the headline, this story has not been edited by Example TV staff and is "
        "published from a syndicated feed.)",
        "syndication",
    ),
    (
        "(This story has been published from a wire agency feed without modifications to the "
        "text.)",
        "syndication",
    ),
    ("Reporting by Asif Shahzad; Editing by Jane Merriman", "syndication"),
    (
        "Additional reporting by Jane Doe in Kabul and John Roe in Tehran; Editing by Alex Poe",
        "syndication",
    ),
    ("This story has been updated with the latest toll.", "syndication"),
    ("Download the Example News app for the latest updates", "social"),
    ("Stay tuned for more updates", "social"),
    ("By Jane Doe", "byline"),
    ("• By Jane Doe", "byline"),
    ("BY JOHN SMITH AND MARIA GARCIA", "byline"),
    ("By Jane Doe, Reuters", "byline"),
    ("Sat, 20 Jan 2024 08:34 AM (IST)", "timestamp"),
    ("  • Sat, 20 Jan 2024 08:34 AM (IST)", "timestamp"),
    ("Updated: Jan 20, 2024 10:12 PM IST", "timestamp"),
    ("January 17, 2024 7:15 AM GMT Updated 2 hours ago", "timestamp"),
    ("Jane Doe Published January 18, 2024 Updated January 18, 2024 10:45am", "timestamp"),
    ("Desk Team / EXAMPLE.COM / Updated: Jan 20, 2024, 10:15 IST", "timestamp"),
    ("By Jane Doe | Sat, 20 Jan 2024 08:34 AM (IST) | Source: PTI", "byline"),
    ("Edited By: Jane Doe", "byline"),
    ("Last Updated : Jan 20 2024 | 10:15 AM IST", "timestamp"),
    ("Source: PTI", "source"),
    ("Image Source : PTI", "source"),
    ("• Source:ABC", "source"),
    ("Tags: Pakistan, Iran, airstrike", "tags"),
    ("•", "bullet"),
    ("* * *", "bullet"),
    ("Advertisement", "advertisement"),
    ("ADVERTISEMENT - Scroll to continue", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("© 2024 Example Media Group. All rights reserved.", "copyright"),
]


@pytest.mark.parametrize(("line", "reason"), BOILERPLATE, ids=[b[0][:40] for b in BOILERPLATE])
def test_boilerplate_line_is_removed(line: str, reason: str) -> None:
    """Page furniture is flagged with its reason, and the whole line is covered."""
    assert one_line_boilerplate(line) == reason


NEWS = [
    "Pakistan said Iran's initial attack killed two children, a move followed by the recall "
    "of its ambassador.",
    "Follow-up talks will be held in Doha next week, officials said.",
    "By Tuesday, the army had sealed the border.",
    "By late Monday the death toll had risen to nine.",
    "Joint patrols will resume after the talks, the ministry said.",
    "Share prices fell 3% after the strike on the app maker's plant in the border region.",
    "Source of the blast remains unclear, police said.",
    "Updated figures released on January 20, 2024 showed 12 people were killed.",
    "Reading the statement, the spokesman said both sides would show restraint.",
    "See you in court, the minister told the envoy.",
    "Iran Strikes Militant Bases In Pakistan",
    "On January 16, Tehran struck an armed group in Pakistan.",
    "Related talks in Geneva ended without agreement on Monday.",
    "Subscribers to the agency feed were told of the strike at 10:30.",
    "The army said it was following the situation closely on social media and elsewhere.",
    "Tap water supplies were cut across the city, state news agency said.",
    "This report was published by the UN on Monday and says 12 people died.",
    "Reporting by state television showed damage to the border post.",
    "Download speeds fell after the strike hit the app maker's data centre.",
    "Watch towers along the border were hit, the army said on its Twitter account.",
]


@pytest.mark.parametrize("line", NEWS, ids=[n[:40] for n in NEWS])
def test_news_line_is_kept(line: str) -> None:
    """Sentences that merely start or look like boilerplate stay."""
    assert one_line_boilerplate(line) is None


def test_removed_text_is_not_deleted() -> None:
    text = "Title line here\n\nAlso Read: Another story\n\nThe army said nine died."
    article = article_from_text("t", text)
    assert article.text == text
    assert removed_text(article) == ["Also Read: Another story"]
    assert kept_sentences(article) == ["Title line here", "The army said nine died."]


# ---------------------------------------------------------------- fixtures of other outlets


@pytest.fixture(scope="module")
def fixtures() -> dict[str, Article]:
    return {a.id: a for a in read_articles([FIXTURES])}


def test_fixture_folder_reads_every_kind(fixtures: dict[str, Article]) -> None:
    assert list(fixtures) == [
        "aljazeera_style.txt",
        "wire-001",
        "wire-002",
        "3",
        "dawn_style.txt",
        "frontier_page.html",
        "reuters_style.txt",
        "toi_style.md",
        "wire_feed.txt",
    ]


def test_reuters_style(fixtures: dict[str, Article]) -> None:
    article = fixtures["reuters_style.txt"]
    assert article.title == "Pakistan says strike near Afghan border killed two soldiers"
    assert (article.published, article.published_source) == (date(2024, 1, 17), "text")
    assert article.text[slice(*article.dateline)] == "ISLAMABAD"
    assert [r.reason for r in article.removed] == ["byline", "timestamp", "teaser", "syndication"]
    kept = kept_sentences(article)
    assert "The U.S. State Department urged both sides to show restraint." in kept
    assert "Lt. Gen. Ahmed Sharif said the militants fled across the border." in kept


def test_dawn_style(fixtures: dict[str, Article]) -> None:
    """The timestamp line dates the story; the event date in the text does not."""
    article = fixtures["dawn_style.txt"]
    assert article.published == date(2024, 1, 18)
    assert article.text[slice(*article.dateline)] == "ISLAMABAD"
    assert [r.reason for r in article.removed] == [
        "timestamp",
        "advertisement",
        "social",
        "timestamp",
    ]
    assert any(s.startswith("On January 16, 2024, missiles hit") for s in kept_sentences(article))


def test_times_of_india_style_markdown(fixtures: dict[str, Article]) -> None:
    article = fixtures["toi_style.md"]
    assert article.title == "India calls for restraint after strikes in the region"
    assert article.published == date(2024, 1, 20)
    assert article.text[slice(*article.dateline)] == "NEW DELHI"
    assert [r.reason for r in article.removed] == [
        "timestamp",
        "teaser",
        "bullet",
        "social",
        "syndication",
        "tags",
    ]


def test_al_jazeera_style(fixtures: dict[str, Article]) -> None:
    article = fixtures["aljazeera_style.txt"]
    assert article.published == date(2024, 1, 19)
    assert article.text[slice(*article.dateline)] == "Islamabad"
    assert {r.reason for r in article.removed} == {"timestamp", "social", "source"}


def test_wire_feed_style(fixtures: dict[str, Article]) -> None:
    article = fixtures["wire_feed.txt"]
    assert article.title is None  # "Islamabad, Jan 20:" is a dateline, not a headline
    assert article.published is None  # a dateline without a year fixes no date
    assert article.text[slice(*article.dateline)] == "Islamabad"
    assert [r.reason for r in article.removed] == [
        "teaser",
        "social",
        "syndication",
        "advertisement",
        "social",
    ]
    kept = kept_sentences(article)
    assert any(s.startswith("The U.N. secretary-general's spokesman") for s in kept)
    assert any(
        s.startswith("Dr. J. R. Mehta, an analyst at a think-tank in St. Louis,") for s in kept
    )
    assert '"Neither side wants a war," he said.' in kept


def test_html_page_uses_trafilatura_and_metadata(fixtures: dict[str, Article]) -> None:
    article = fixtures["frontier_page.html"]
    assert article.title == "Border clash kills three soldiers"
    assert (article.published, article.published_source) == (date(2024, 3, 5), "metadata")
    assert article.url == "https://frontier.example/news/border-clash"
    for chrome in ("Home", "Sport", "Most read", "Privacy policy", "All rights reserved"):
        assert chrome not in article.text
    assert article.text[slice(*article.dateline)] == "QUETTA"
    assert [r.reason for r in article.removed] == ["teaser", "social"]
    assert any(
        s.text.startswith("Three soldiers") or "Three soldiers" in s.text for s in article.sentences
    )


def test_jsonl_records(fixtures: dict[str, Article]) -> None:
    first, second, third = fixtures["wire-001"], fixtures["wire-002"], fixtures["3"]
    assert first.title == "Iraq condemns missile strike on Erbil"
    assert (first.published, first.published_source) == (date(2024, 1, 16), "metadata")
    assert first.url == "https://wire.example/001"
    assert first.text[slice(*first.dateline)] == "BAGHDAD"
    assert removed_text(first) == ["(With inputs from Reuters)"]
    assert (second.published, second.published_source) == (date(2024, 1, 17), "text")
    assert second.title == "Syria says strikes hit Idlib"
    assert second.text[slice(*second.dateline)] == "DAMASCUS"
    assert third.published == date(2024, 1, 18)
    assert all(a.path and a.path.endswith("batch.jsonl") for a in (first, second, third))


# ---------------------------------------------------------------- dates, titles, datelines

PUBLISHED = [
    ("Sat, 20 Jan 2024 08:34 AM (IST)", date(2024, 1, 20)),
    ("January 20, 2024", date(2024, 1, 20)),
    ("20 January 2024", date(2024, 1, 20)),
    ("20/01/2024", date(2024, 1, 20)),
    ("05/01/2024", date(2024, 1, 5)),
    ("2024-01-20", date(2024, 1, 20)),
    ("Updated: Jan 20, 2024", date(2024, 1, 20)),
    ("Posted on Jan. 20, 2024 at 9:00 pm", date(2024, 1, 20)),
    ("Islamabad | 20 January 2024", date(2024, 1, 20)),
]


@pytest.mark.parametrize(("line", "expected"), PUBLISHED, ids=[p[0] for p in PUBLISHED])
def test_published_from_text(line: str, expected: date) -> None:
    text = f"Border talks resume\n{line}\n\nThe two sides met on Monday. They agreed to talk."
    article = article_from_text("t", text)
    assert (article.published, article.published_source) == (expected, "text")


NOT_PUBLISHED = [
    "Border talks resume\n\nThe two sides met on Monday.\n\nThe talks began after the strike "
    "on January 16, 2024, officials said.",
    "Border talks resume\n\nOn January 16, 2024, Tehran struck an armed group in Pakistan.",
    "Border talks resume\nOn January 16, 2024 missiles struck\n\nOfficials said more later.",
    "Border talks resume\n\nAlso Read: Budget 2024 announced on 1 February 2024\n\nText here.",
    "Border talks resume\n\nISLAMABAD, Jan 20 (Reuters) - Talks resumed on Monday.",
    "Border talks resume\n\nThe strike hit 31/02/2024 a village.",
]


@pytest.mark.parametrize("text", NOT_PUBLISHED, ids=range(len(NOT_PUBLISHED)))
def test_event_dates_are_not_publication_dates(text: str) -> None:
    """A date in a news sentence or a teaser is an event's date, not the story's."""
    assert article_from_text("t", text).published is None


def test_metadata_date_wins_over_text() -> None:
    text = "Title\nUpdated: Jan 20, 2024\n\nBody."
    article = article_from_text("t", text, published="2024-01-19T23:30:00+05:00")
    assert (article.published, article.published_source) == (date(2024, 1, 19), "metadata")
    assert article_from_text("t", text, published=date(2024, 1, 2)).published == date(2024, 1, 2)


def test_bad_metadata_date_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not an ISO date"):
        article_from_text("t", "Body.", published="yesterday")


TITLES = [
    ("Iran and Pakistan agree to talk\n\nBody.", "Iran and Pakistan agree to talk"),
    ("# A markdown headline\n\nBody.", "A markdown headline"),
    ("This first line is a sentence.\n\nBody.", None),
    ("By Jane Doe\nHeadline after byline\n\nBody.", None),
    ("Islamabad:\n\nBody.", None),
    (" ".join(["word"] * 40) + "\n\nBody.", None),
]


@pytest.mark.parametrize(("text", "title"), TITLES, ids=range(len(TITLES)))
def test_title_from_first_line(text: str, title: str | None) -> None:
    assert article_from_text("t", text).title == title


def test_metadata_title_is_kept() -> None:
    assert article_from_text("t", "Some headline\n\nBody.", title="Given").title == "Given"


DATELINES = [
    ("Headline\n\nIslamabad:\n\nPakistan said on Friday it would respond.", "Islamabad"),
    ("TUNIS (Reuters) - Tunisia said on Friday it would respond.", "TUNIS"),
    ("NEW DELHI, Jan 20 (Reuters) - India said on Saturday it was watching.", "NEW DELHI"),
    ("Islamabad, Jan 20: Pakistan said on Saturday it would respond.", "Islamabad"),
    ("Headline\n\nQUETTA: Three soldiers were killed on Monday.", "QUETTA"),
    ("Islamabad, Pakistan – Pakistan said on Friday it would respond.", "Islamabad"),
    ("GAZA CITY, Gaza Strip (AP) — Strikes hit the city overnight.", "GAZA CITY"),
]


@pytest.mark.parametrize(("text", "place"), DATELINES, ids=[d[1] for d in DATELINES])
def test_dateline_place(text: str, place: str) -> None:
    article = article_from_text("t", text)
    assert article.dateline is not None
    assert article.text[article.dateline[0] : article.dateline[1]] == place


NO_DATELINES = [
    "BREAKING: Pakistan said on Friday it would respond.",
    "Border Row:  After talks, the two sides agreed to de-escalate.",
    "Pakistan said on Friday it would respond to the strike.",
    "Headline\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nLAHORE: Too late to be a dateline.",
]


@pytest.mark.parametrize("text", NO_DATELINES, ids=range(len(NO_DATELINES)))
def test_no_dateline(text: str) -> None:
    assert article_from_text("t", text).dateline is None


# ---------------------------------------------------------------- sentences

SPLITS = [
    (
        "The U.S. and the U.N. urged calm. Talks resume.",
        ["The U.S. and the U.N. urged calm.", "Talks resume."],
    ),
    (
        "Gen. Asim Munir met Lt. Col. Khan and Dr. Ali. They spoke.",
        ["Gen. Asim Munir met Lt. Col. Khan and Dr. Ali.", "They spoke."],
    ),
    (
        "Mr. Smith arrived on Jan. 20 at St. Mary's. He left.",
        ["Mr. Smith arrived on Jan. 20 at St. Mary's.", "He left."],
    ),
    (
        "Resolution No. 5 passed, e.g. in Geneva. Then more.",
        ["Resolution No. 5 passed, e.g. in Geneva.", "Then more."],
    ),
    ("J. R. Smith wrote it. It was long.", ["J. R. Smith wrote it.", "It was long."]),
    (
        '"We will respond." He said so. "Why?" she asked.',
        ['"We will respond."', "He said so.", '"Why?" she asked.'],
    ),
    (
        'They urged "maximum restraint"."The chief is concerned," he said.',
        ['They urged "maximum restraint".', '"The chief is concerned," he said.'],
    ),
    (
        "Line one without a stop\nLine two. Three!\n\n  Four?  ",
        ["Line one without a stop", "Line two.", "Three!", "Four?"],
    ),
    (
        "The toll rose to 3.5 per cent. Officials said so.",
        ["The toll rose to 3.5 per cent.", "Officials said so."],
    ),
    ("He said... Then he left.", ["He said...", "Then he left."]),
    ("It was (roughly) done. (A note.) Next.", ["It was (roughly) done.", "(A note.)", "Next."]),
    ("“We will respond,” he said. “Soon.”", ["“We will respond,” he said.", "“Soon.”"]),
    (
        "Troops crossed at 6 a.m. Tuesday and left. The talks began at 4 p.m. Officials met.",
        [
            "Troops crossed at 6 a.m. Tuesday and left.",
            "The talks began at 4 p.m.",
            "Officials met.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS, ids=range(len(SPLITS)))
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_sentences_include_boilerplate_lines() -> None:
    """Sentences cover the whole text; later stages skip removed ones via is_removed."""
    article = article_from_text("t", "Headline\n\nAlso Read: Other story\n\nBody text here.")
    assert [s.text for s in article.sentences] == [
        "Headline",
        "Also Read: Other story",
        "Body text here.",
    ]
    assert article.is_removed(article.sentences[1].start, article.sentences[1].end)


# ---------------------------------------------------------------- invariants

LINES = st.sampled_from(
    [
        "By Jane Doe",
        "• Source: PTI",
        "Also Read: x",
        "(With agency inputs)",
        "Islamabad:",
        "Sat, 20 Jan 2024 08:34 AM (IST)",
        "The U.S. said so.",
        'He said "no"."Yes," she said.',
        "1.1.1.1.1.1.1.1.1.1",
        "Follow us on X",
        "   ",
        "",
        "Tags: a, b",
        "QUETTA: Text.",
        "20/13/2024",
        "Mr. X. Y. Z.",
        "…",
        "\r",
        "\u2028",
        "İstanbul İ",
        "ǅ",
        "\x1f",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.one_of(LINES, st.text(max_size=30))).map("\n".join)))
def test_offsets_always_slice_back(text: str) -> None:
    article = article_from_text("h", text)
    previous_end = 0
    for s in article.sentences:
        assert s.text == article.text[s.start : s.end]
        assert s.text and s.text == s.text.strip()
        assert previous_end <= s.start < s.end <= len(text)
        previous_end = s.end
    in_sentences = sum(not c.isspace() for s in article.sentences for c in s.text)
    assert in_sentences == sum(not c.isspace() for c in text)  # sentences cover the text
    for r in article.removed:
        assert 0 <= r.start < r.end <= len(text)
        assert r.reason
    if article.dateline:
        assert 0 <= article.dateline[0] < article.dateline[1] <= len(text)


def test_speed_of_article_from_text() -> None:
    """A 3 KB article must take well under a millisecond (generous bound for slow CI)."""
    import timeit

    text = (SEEDS / "000_c10cb973be8d9878.txt").read_text(encoding="utf-8")
    seconds = min(timeit.repeat(lambda: article_from_text("x", text), number=50, repeat=3)) / 50
    assert seconds < 0.005


# ---------------------------------------------------------------- files and errors


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


class Warnings(list):
    def __call__(self, message: str) -> None:
        self.append(message)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nowhere\.txt: no such file or folder"):
        read_articles([tmp_path / "nowhere.txt"])


@pytest.mark.parametrize(
    "contents", [{}, {"notes.csv": "a,b", ".hidden.txt": "x"}], ids=["empty", "no-article-files"]
)
def test_folder_without_articles(tmp_path: Path, contents: dict[str, str]) -> None:
    for name, text in contents.items():
        write(tmp_path / name, text)
    with pytest.raises(InputError, match="no article files"):
        read_articles([tmp_path])


def test_explicit_file_with_other_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.csv", "a,b\n")
    with pytest.raises(InputError, match=r"notes\.csv: not an article file"):
        read_articles([path])


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x00\x00\x00IHDR")
    with pytest.raises(InputError, match=r"image\.txt: binary file"):
        read_articles([path])


def test_file_over_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "Headline\n\n" + "Word. " * 100)
    with pytest.raises(InputError, match=r"big\.txt: .*over the size limit.*max_bytes"):
        read_articles([path], max_bytes=100)
    assert read_articles([path], max_bytes=10_000)


def test_default_size_limit_is_20_mb() -> None:
    assert articles_module.MAX_BYTES == 20_000_000


def test_latin1_is_decoded_with_the_guess_reported(tmp_path: Path) -> None:
    """Not UTF-8: the detector's reading is used (accents kept) and reported once."""
    text = "Headline\n\nThe café near the border was hit, the ministry said on Tuesday."
    path = write(tmp_path / "latin.txt", text.encode("latin-1"))
    warnings = Warnings()
    [article] = read_articles([path], on_warning=warnings)
    assert article.text == text
    assert len(warnings) == 1
    assert "latin.txt" in warnings[0] and "not UTF-8" in warnings[0]
    assert "windows-1252" in warnings[0] and "guess" in warnings[0]


def test_empty_file_warns_and_gives_no_article(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.txt", "  \n\n")
    warnings = Warnings()
    assert read_articles([path], on_warning=warnings) == []
    assert warnings == [f"{path}: empty file (skipped)"]


def test_jsonl_malformed_line_is_skipped_alone(tmp_path: Path) -> None:
    """A broken line costs that line only: the lines around it are read."""
    path = write(
        tmp_path / "batch.jsonl",
        '{"id": "a", "text": "One."}\n\n{"id": "b", "text": \n{"id": "c", "text": "Two."}\n',
    )
    warnings = Warnings()
    assert [a.id for a in read_articles([path], on_warning=warnings)] == ["a", "c"]
    assert len(warnings) == 1
    assert re.search(r"batch\.jsonl line 3: not valid JSON .*\(line skipped\)", warnings[0])
    with pytest.raises(InputError, match="strict: 1 input skipped"):
        read_articles([path], on_warning=Warnings(), strict=True)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "a"}', 'missing "text"'),
        ('{"id": "a", "text": 5}', 'missing "text"'),
        ('{"text": "Body."}', 'missing "id"'),
        ('["a", "b"]', "expected a JSON object"),
    ],
    ids=["no-text", "text-not-string", "no-id", "not-object"],
)
def test_jsonl_bad_record(tmp_path: Path, line: str, problem: str) -> None:
    path = write(tmp_path / "batch.jsonl", '{"id": "ok", "text": "Fine."}\n' + line + "\n")
    warnings = Warnings()
    assert [a.id for a in read_articles([path], on_warning=warnings)] == ["ok"]
    assert len(warnings) == 1
    assert re.match(rf".*batch\.jsonl line 2: {problem}", warnings[0])


def test_jsonl_bad_published_and_empty_text_warn(tmp_path: Path) -> None:
    path = write(
        tmp_path / "batch.jsonl",
        "\n".join(
            [
                json.dumps(
                    {
                        "id": "a",
                        "text": "Title\nUpdated: Jan 20, 2024\n\nBody.",
                        "published": "soon",
                    }
                ),
                json.dumps({"id": "b", "text": "   "}),
            ]
        ),
    )
    warnings = Warnings()
    [article] = read_articles([path], on_warning=warnings)
    assert (article.published, article.published_source) == (date(2024, 1, 20), "text")
    assert any("line 1" in w and "published" in w for w in warnings)
    assert any("line 2" in w and "empty" in w for w in warnings)


def test_bad_file_in_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Good headline\n\nGood body.")
    write(tmp_path / "b.jsonl", "{not json\n")
    write(tmp_path / "c.txt", b"\x00\x01binary")
    write(tmp_path / "sub" / "d.md", "# Nested\n\nBody.")
    write(tmp_path / "ignored.csv", "a,b")
    warnings = Warnings()
    found = read_articles([tmp_path], on_warning=warnings)
    assert [a.id for a in found] == ["a.txt", "sub/d.md"]
    assert len(warnings) == 2
    assert "b.jsonl line 1: not valid JSON" in warnings[0]
    assert "c.txt: binary file" in warnings[1]
    assert all("Traceback" not in w and "\n" not in w for w in warnings)


def test_folder_order_is_sorted_and_recursive(tmp_path: Path) -> None:
    """Ids are paths relative to the folder given: b/a.txt and a.txt are both read."""
    for name in ("b/z.txt", "a.txt", "b/a.txt", ".git/x.txt"):
        write(tmp_path / name, f"Headline\n\nBody of {name}.")
    write(
        tmp_path / "c.htm",
        "<html><body><article><p>"
        + "Troops were deployed along the border on Monday, officials said. " * 5
        + "</p></article></body></html>",
    )
    warnings = Warnings()
    found = read_articles([tmp_path], on_warning=warnings)
    assert [a.id for a in found] == ["a.txt", "b/a.txt", "b/z.txt", "c.htm"]  # .git is hidden
    assert [Path(a.path).relative_to(tmp_path).as_posix() for a in found] == [a.id for a in found]
    assert warnings == []


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Headline\n\nBody.")
    warnings = Warnings()
    assert len(read_articles([path, tmp_path, str(path)], on_warning=warnings)) == 1
    assert warnings == []


def test_single_path_string_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"Headline\r\n\r\nOne. Two.\r\n")
    [article] = read_articles(str(path))
    assert article.text == "Headline\n\nOne. Two.\n"
    assert [s.text for s in article.sentences] == ["Headline", "One.", "Two."]
    assert article.path == str(path)


def test_html_without_article_text_warns(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.html", "<html><head><title>T</title></head><body></body></html>")
    warnings = Warnings()
    assert read_articles([path], on_warning=warnings) == []
    assert len(warnings) == 1 and "blank.html" in warnings[0]


def test_default_warnings_go_to_the_log(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "empty.md", "")
    with caplog.at_level(logging.WARNING, logger="geomap.articles"):
        assert read_articles([path]) == []
    assert "empty.md: empty file" in caplog.text


def test_errors_are_one_line_and_value_errors(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.symlink_to(path)  # a loop: the OSError must not show through
    with pytest.raises(ValueError) as info:
        read_articles([path])
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_dateline_naming_two_cities_dates_the_story() -> None:
    """'ISLAMABAD/NEW DELHI, Feb. 27, 2019 (Reuters) -': the first city, and the date."""
    text = "Jets shot down\n\nISLAMABAD/NEW DELHI, Feb. 27, 2019 (Reuters) - Pakistan said."
    article = article_from_text("wire.txt", text)
    assert article.published == date(2019, 2, 27) and article.published_source == "text"
    assert article.dateline is not None
    assert text[article.dateline[0] : article.dateline[1]] == "ISLAMABAD"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/2024/03/27/strikes-on-the-border", (date(2024, 3, 27), "url")),
        ("https://example.org/2011/02/troops-clash", (None, None)),
        ("https://example.org/story/370282", (None, None)),
    ],
    ids=["day-in-address", "month-only", "no-date"],
)
def test_an_undated_page_takes_its_day_from_its_address(url, expected) -> None:
    """Only a whole day counts as a publication date; a month alone is left to the
    events stage as a year for dates such as "October 10"."""
    article = article_from_text("page.html", "Troops clashed on Tuesday.", url=url)
    assert (article.published, article.published_source) == expected


@pytest.mark.parametrize(
    ("dateline", "url", "expected"),
    [
        ("KABUL, March 6 (Reuters) -", "https://example.org/2024/03/clash", date(2024, 3, 6)),
        ("KABUL, 6 March (Reuters) -", "https://example.org/2024/03/clash", date(2024, 3, 6)),
        ("KABUL, March 6 (Reuters) -", "https://example.org/2024/04/clash", None),
        ("KABUL, March 6 (Reuters) -", None, None),
    ],
    ids=["month-day", "day-month", "another-month", "no-address"],
)
def test_a_dateline_without_a_year_takes_the_year_of_its_address(dateline, url, expected) -> None:
    """ "KABUL, March 6 (Reuters) -" in a page whose address gives March 2024: the page
    is of 6 March 2024; a dateline of another month than the address's gives nothing."""
    text = f"{dateline} Troops clashed on the border on Tuesday."
    assert article_from_text("page.html", text, url=url).published == expected


def test_a_numeric_date_glued_to_the_outlet_name_is_the_publication_date() -> None:
    """A scraped source line "The Courier15-05-2025" at the head of the page dates it."""
    text = "Soldiers attacked on the border\n\nThe Courier15-05-2025\n\nTroops were attacked."
    assert article_from_text("page.html", text).published == date(2025, 5, 15)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("QUITO, Ecuador (AP) _ Peruvian boats fired on fishermen today.", "QUITO"),
        ("LIMA, Peru (AP) - Chilean troops crossed the border today.", "LIMA"),
        ("The agency (AP) _ said nothing today.", None),
    ],
    ids=["underscore-dash", "hyphen-dash", "no-place"],
)
def test_wire_dateline_dashes(text: str, place: str | None) -> None:
    """Old wire copy writes the dateline's dash as "_" after the agency."""
    article = article_from_text("wire.txt", f"Title\n\n{text}")
    got = article.text[slice(*article.dateline)] if article.dateline else None
    assert got == place
