"""Tests for geomap.dates: resolving the date an event sentence states.

Sentences are drawn from reports on several conflicts (Iran–Pakistan, India–Pakistan,
Thailand–Cambodia, Armenia–Azerbaijan, Israel–Lebanon) so the rules stay general.
"""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.dates import KINDS, PRECISIONS, DateMention, event_date, find_dates, url_date

SAT_20_JAN_2024 = date(2024, 1, 20)  # a Saturday


def only(
    sentence: str,
    *,
    published: date | None,
    previous: date | None = None,
    year_hint: int | None = None,
) -> DateMention:
    """The single mention in ``sentence`` (fails when there is not exactly one)."""
    found = find_dates(sentence, published=published, previous=previous, year_hint=year_hint)
    assert len(found) == 1, found
    m = found[0]
    assert sentence[m.start : m.end] == m.text
    return m


# --------------------------------------------------------------------------- absolute

ABSOLUTE = [
    # (sentence, published, expected text, expected date, precision)
    ("On January 16, Tehran struck an anti-Iranian group in Pakistan.", SAT_20_JAN_2024,
     "January 16", date(2024, 1, 16), "day"),
    ("On May 7, India launched missile strikes on nine sites in Pakistan.", date(2025, 5, 10),
     "May 7", date(2025, 5, 7), "day"),
    ("Fighting broke out on July 24 along the Thai-Cambodian border.", date(2025, 7, 28),
     "July 24", date(2025, 7, 24), "day"),
    ("Azerbaijan launched an offensive in Karabakh on 19 September 2023.", date(2023, 9, 21),
     "19 September 2023", date(2023, 9, 19), "day"),
    ("The truce between Israel and Hezbollah took effect on Nov. 27, 2024.", date(2024, 12, 2),
     "Nov. 27, 2024", date(2024, 11, 27), "day"),
    ("The raid took place on Jan. 16.", SAT_20_JAN_2024, "Jan. 16", date(2024, 1, 16), "day"),
    ("It happened on the 16th of January.", SAT_20_JAN_2024, "16th of January",
     date(2024, 1, 16), "day"),
    ("On Tuesday, January 16, 2024, missiles hit Panjgur.", None, "Tuesday, January 16, 2024",
     date(2024, 1, 16), "day"),
    ("Strikes continued from 7-10 May.", date(2025, 5, 12), "7-10 May", date(2025, 5, 7), "day"),
    ("The statement is dated 2024-01-16.", None, "2024-01-16", date(2024, 1, 16), "day"),
    ("The order was signed on 16.01.2024 in Tehran.", None, "16.01.2024", date(2024, 1, 16),
     "day"),
    ("The letter dated 01/16/2024 was leaked.", None, "01/16/2024", date(2024, 1, 16), "day"),
    ("Clashes erupted in January 2024 near the border.", None, "January 2024", date(2024, 1, 1),
     "month"),
    ("Troops have been deployed since 2020.", SAT_20_JAN_2024, "2020", date(2020, 1, 1), "year"),
    ("The two sides fought a war in 2023.", SAT_20_JAN_2024, "2023", date(2023, 1, 1), "year"),
    ("Talks stalled in mid-2022.", None, "2022", date(2022, 1, 1), "year"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "published", "text", "expected", "precision"),
    ABSOLUTE,
    ids=[
        "month-day-iran-pakistan",
        "may-with-day-india-pakistan",
        "july-thailand-cambodia",
        "day-month-year-armenia-azerbaijan",
        "abbreviated-with-year-israel-lebanon",
        "abbreviation-with-dot",
        "ordinal-of-month",
        "weekday-prefix-joins-the-date",
        "day-range-takes-first-day",
        "iso",
        "dotted-day-first",
        "slashed-unambiguous",
        "month-year",
        "since-year",
        "in-year",
        "mid-year",
    ],
)
def test_absolute_dates(
    sentence: str, published: date | None, text: str, expected: date, precision: str
) -> None:
    """A written date resolves to that date; the mention's text is the date itself."""
    m = only(sentence, published=published)
    assert (m.text, m.date, m.precision, m.kind) == (text, expected, precision, "absolute")


YEARLESS = [
    # (sentence, published, year_hint, expected date)
    ("Militants attacked a post on December 28.", date(2024, 1, 5), None, date(2023, 12, 28)),
    ("Talks are set for February 2.", SAT_20_JAN_2024, None, date(2024, 2, 2)),
    ("The drone hit a convoy on 3 March.", date(2024, 11, 20), None, date(2024, 3, 3)),
    ("Shelling resumed on January 3.", date(2023, 12, 28), None, date(2024, 1, 3)),
    ("On January 16, Tehran struck.", None, 2024, date(2024, 1, 16)),
    ("On January 16, Tehran struck.", None, None, None),
    ("It was dated February 29.", date(2023, 3, 10), None, None),
    ("It was dated February 30.", SAT_20_JAN_2024, None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "published", "year_hint", "expected"),
    YEARLESS,
    ids=[
        "december-in-january-article-is-last-year",
        "next-month-stays-this-year",
        "earlier-this-year",
        "january-in-late-december-article-is-next-year",
        "year-hint-without-publication",
        "no-year-known-is-not-guessed",
        "feb-29-in-a-common-year",
        "impossible-day",
    ],
)
def test_dates_without_a_year(
    sentence: str, published: date | None, year_hint: int | None, expected: date | None
) -> None:
    """A date without a year lies within 11 months before / 1 month after publication;
    without publication the year hint is used; otherwise the date stays unknown."""
    m = only(sentence, published=published, year_hint=year_hint)
    assert m.kind == "absolute"
    assert m.date == expected
    assert m.precision == ("day" if expected else None)


MONTHS = [
    ("Tit-for-tat attacks took place in January.", "January", date(2024, 1, 1)),
    ("Shelling intensified in early August.", "August", date(2023, 8, 1)),
    ("The ceasefire has held since March.", "March", date(2023, 3, 1)),
    ("Violence flared in mid-May.", "May", date(2023, 5, 1)),
    ("Envoys met at the end of June.", "June", date(2023, 6, 1)),
    ("The talks began last December.", "last December", date(2023, 12, 1)),
    ("The January strikes killed civilians.", "January", date(2024, 1, 1)),
]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    MONTHS,
    ids=["in-month", "early-august", "since-march", "mid-may", "end-of-june", "last-month-name",
         "bare-unambiguous-month"],
)  # fmt: skip
def test_month_precision(sentence: str, text: str, expected: date) -> None:
    """A month without a day resolves to its first day with precision "month"."""
    m = only(sentence, published=SAT_20_JAN_2024)
    assert (m.text, m.date, m.precision) == (text, expected, "month")


NOT_DATES = [
    "Thousands march on the capital every year.",
    "The border tensions may escalate further.",
    "Sistan-Balochistan is one of the few predominantly Sunni areas in Iran.",
    "May God protect our soldiers, the general said.",
    "March on Islamabad planned by the opposition.",
    "Former prime minister Theresa May said the strikes were unlawful.",
    "Good Friday prayers were held under tight security.",
    "Protesters marked the anniversary of Bloody Sunday.",
    "Markets close every Friday.",
    "Israel's strikes destroyed homes in 2000 homes across the south.",
    "Rebels of the March 23 Movement seized the town.",
    "Pakistan scrambled F-16 jets after the strike.",
    "Pakistan deployed 1,000 troops to the border.",
    "India Today reported the strike first.",
    "The tuesday meeting was cancelled.",
    "The mayor of the town was among the Marines.",
]


@pytest.mark.parametrize(
    "sentence",
    NOT_DATES,
    ids=[
        "march-verb",
        "may-modal",
        "sunni-is-not-sunday",
        "may-at-sentence-start",
        "march-capitalised-verb",
        "may-surname",
        "named-day-good-friday",
        "named-day-bloody-sunday",
        "habitual-every-friday",
        "count-after-in-is-not-year",
        "date-inside-a-name",
        "aircraft-model",
        "thousands",
        "newspaper-named-today",
        "lowercase-weekday",
        "month-abbreviations-inside-words",
    ],
)
def test_not_dates(sentence: str) -> None:
    """Words that only look like dates are never read as dates."""
    assert find_dates(sentence, published=SAT_20_JAN_2024) == []


# --------------------------------------------------------------------------- weekdays

WEEKDAYS = [
    ("On Tuesday, Iran carried out raids in Pakistan.", "Tuesday", date(2024, 1, 16)),
    ("Islamabad said on Friday it would retaliate.", "Friday", date(2024, 1, 19)),
    ("On Monday, Iran launched a missile attack into Iraq.", "Monday", date(2024, 1, 15)),
    ("Gunmen killed nine people on Saturday.", "Saturday", date(2024, 1, 20)),
    ("Pakistan recalled its envoy last Saturday.", "last Saturday", date(2024, 1, 13)),
    ("The strike happened last Tuesday.", "last Tuesday", date(2024, 1, 16)),
    ("Drones struck Tuesday night near the border.", "Tuesday night", date(2024, 1, 16)),
    ("Tuesday's attack drew condemnation.", "Tuesday", date(2024, 1, 16)),
    ("Shells landed on Wednesday morning.", "Wednesday morning", date(2024, 1, 17)),
    ("Envoys will meet next Tuesday.", "next Tuesday", date(2024, 1, 23)),
    ("Rockets were fired this past Sunday.", "this past Sunday", date(2024, 1, 14)),
]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    WEEKDAYS,
    ids=["tuesday", "friday", "monday", "same-weekday-is-publication-day", "last-same-weekday",
         "last-tuesday", "weekday-night", "possessive", "weekday-morning", "next-weekday",
         "this-past"],
)  # fmt: skip
def test_weekdays_relative_to_publication(sentence: str, text: str, expected: date) -> None:
    """A weekday is the most recent such day on or before publication (Saturday 20 Jan
    2024 here); "last <weekday>" is never the publication day, "next" looks ahead."""
    m = only(sentence, published=SAT_20_JAN_2024)
    assert (m.text, m.date, m.precision, m.kind) == (text, expected, "day", "weekday")


def test_weekday_other_conflict() -> None:
    """Thailand–Cambodia, report of Friday 25 July 2025: "On Thursday" is the 24th."""
    m = only(
        "On Thursday, Cambodian forces fired rockets into Thailand.", published=date(2025, 7, 25)
    )
    assert m.date == date(2025, 7, 24)


def test_weekday_without_publication_is_unknown() -> None:
    """Without a publication date a weekday is reported but not resolved."""
    m = only("On Tuesday, Iran carried out raids.", published=None)
    assert (m.text, m.date, m.precision, m.kind) == ("Tuesday", None, None, "weekday")


# --------------------------------------------------------------------------- relative

RELATIVE = [
    ("Israel struck Beirut today.", "today", date(2024, 1, 20), "day", "relative"),
    ("Yesterday, Hezbollah fired rockets.", "Yesterday", date(2024, 1, 19), "day", "relative"),
    ("The day before yesterday, drones hit Goris.", "The day before yesterday",
     date(2024, 1, 18), "day", "relative"),
    ("Explosions were heard last night.", "last night", date(2024, 1, 19), "day", "relative"),
    ("Artillery fire resumed this morning.", "this morning", date(2024, 1, 20), "day",
     "relative"),
    ("The army said three days ago that it had retaliated.", "three days ago",
     date(2024, 1, 17), "day", "relative"),
    ("Attacks took place earlier this month along the border.", "earlier this month",
     date(2024, 1, 1), "month", "relative"),
    ("India and Pakistan agreed a truce last month.", "last month", date(2023, 12, 1), "month",
     "relative"),
    ("Clashes killed dozens last year.", "last year", date(2023, 1, 1), "year", "relative"),
    ("The two countries announced last week their decision.", "last week", None, None, "vague"),
    ("Tensions have risen recently.", "recently", None, None, "vague"),
    ("Shelling continued over the weekend.", "over the weekend", None, None, "vague"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "text", "expected", "precision", "kind"),
    RELATIVE,
    ids=["today", "yesterday", "day-before-yesterday", "last-night", "this-morning", "days-ago",
         "earlier-this-month", "last-month-crosses-year", "last-year", "last-week-is-vague",
         "recently-is-vague", "weekend-is-vague"],
)  # fmt: skip
def test_relative_to_publication(
    sentence: str, text: str, expected: date | None, precision: str | None, kind: str
) -> None:
    """Relative words count from publication; a week or "recently" fixes no date."""
    m = only(sentence, published=SAT_20_JAN_2024)
    assert (m.text, m.date, m.precision, m.kind) == (text, expected, precision, kind)


def test_relative_without_publication_is_unknown() -> None:
    """ "yesterday" without a publication date is reported but not resolved."""
    m = only("Yesterday, Hezbollah fired rockets.", published=None)
    assert (m.date, m.precision, m.kind) == (None, None, "relative")


# --------------------------------------------------------------------------- chains

TUE_16_JAN_2024 = date(2024, 1, 16)
CHAINS = [
    ("Two days later, Pakistan responded in kind.", "Two days later", date(2024, 1, 18)),
    ("A day later, Armenia reported more shelling.", "A day later", date(2024, 1, 17)),
    ("Israel struck again the next day.", "the next day", date(2024, 1, 17)),
    ("The following day, Thai jets bombed Cambodian positions.", "The following day",
     date(2024, 1, 17)),
    ("Talks had collapsed the day before.", "the day before", date(2024, 1, 15)),
    ("Three days earlier, militants had attacked a post.", "Three days earlier",
     date(2024, 1, 13)),
    ("Hezbollah responded the same day.", "the same day", date(2024, 1, 16)),
    ("A week later, the truce collapsed.", "A week later", date(2024, 1, 23)),
    ("Envoys met the following Saturday.", "the following Saturday", date(2024, 1, 20)),
    ("Two days on, the guns fell silent.", "Two days on", date(2024, 1, 18)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    CHAINS,
    ids=["two-days-later", "a-day-later", "the-next-day", "the-following-day", "the-day-before",
         "three-days-earlier", "the-same-day", "a-week-later", "the-following-weekday",
         "days-on"],
)  # fmt: skip
def test_chains_count_from_the_previous_event(sentence: str, text: str, expected: date) -> None:
    """Chained expressions count from the previous event (Tuesday 16 Jan 2024 here),
    never from publication."""
    m = only(sentence, published=SAT_20_JAN_2024, previous=TUE_16_JAN_2024)
    assert (m.text, m.date, m.precision, m.kind) == (text, expected, "day", "chain")


def test_chain_without_previous_is_unknown() -> None:
    """Without a previous event a chain is reported but not resolved."""
    m = only("Two days later, Pakistan responded.", published=SAT_20_JAN_2024)
    assert (m.text, m.date, m.precision, m.kind) == ("Two days later", None, None, "chain")


def test_days_on_needs_a_pause() -> None:
    """ "two days on the front" is a duration, not "two days on," (later)."""
    assert find_dates("Troops spent two days on the front line.", published=None,
                      previous=TUE_16_JAN_2024) == []  # fmt: skip


# --------------------------------------------------------------------------- several


def test_mentions_in_text_order_with_offsets() -> None:
    """Every mention is returned in text order and its offsets slice back to its text."""
    sentence = (
        "On January 16, Tehran struck, and two days later, on Thursday, Pakistan hit back; "
        "earlier this month talks had failed, as they did in 2023."
    )
    found = find_dates(sentence, published=SAT_20_JAN_2024, previous=TUE_16_JAN_2024)
    assert [m.text for m in found] == [
        "January 16", "two days later", "Thursday", "earlier this month", "2023",
    ]  # fmt: skip
    assert [m.kind for m in found] == ["absolute", "chain", "weekday", "relative", "absolute"]
    for m in found:
        assert sentence[m.start : m.end] == m.text
    assert [m.start for m in found] == sorted(m.start for m in found)


EVENT_DATES = [
    ("On Tuesday, January 16, missiles hit Panjgur, two days after talks.",
     (date(2024, 1, 16), "day")),
    ("Earlier this month, on Tuesday, Iran struck.", (date(2024, 1, 16), "day")),
    ("In 2023 and again in January, the sides clashed.", (date(2024, 1, 1), "month")),
    ("Fighting has flared since 2020.", (date(2020, 1, 1), "year")),
    ("The two countries announced last week their decision.", (None, None)),
    ("Tehran summoned the envoy over the attack.", (None, None)),
    ("Two days later, Pakistan responded.", (date(2024, 1, 18), "day")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    EVENT_DATES,
    ids=["absolute-day-wins", "day-beats-month", "month-beats-year", "year-alone",
         "vague-gives-nothing", "no-date", "chain"],
)  # fmt: skip
def test_event_date(sentence: str, expected: tuple[date | None, str | None]) -> None:
    """event_date picks an absolute day, then a reckoned day, then a month, then a year."""
    assert event_date(sentence, published=SAT_20_JAN_2024, previous=TUE_16_JAN_2024) == expected


# --------------------------------------------------------------------------- robustness

_PIECES = [
    "On", "on", "January", "Jan.", "May", "March", "16", "16th", "of", "2024", "2024-01-16",
    "16.01.2024", "03/04/2024", "Tuesday", "Tuesday's", "last", "next", "the", "day", "days",
    "two", "a", "week", "later", "earlier", "before", "yesterday", "today", "Today", "this",
    "month", "year", "ago", "following", "same", "in", "since", "mid-", "night", "morning",
    "recently", "weekend", "hours", "İ", "é", "-", ",", ".", "(", "’s", "\n", "0", "99", "1900",
]  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join),
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
)
_DATES = st.one_of(st.none(), st.dates())


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, published=_DATES, previous=_DATES, year_hint=st.none() | st.integers(1, 9999))
def test_never_crashes_and_offsets_slice_back(
    text: str, published: date | None, previous: date | None, year_hint: int | None
) -> None:
    """On any text and any dates (even year 1 or 9999): no exception, mentions in order
    and not overlapping, offsets slicing back, and a date exactly when a precision."""
    found = find_dates(text, published=published, previous=previous, year_hint=year_hint)
    end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= end
        end = m.end
        assert text[m.start : m.end] == m.text
        assert m.kind in KINDS
        assert (m.date is None) == (m.precision is None)
        assert m.precision is None or m.precision in PRECISIONS
    d, p = event_date(text, published=published, previous=previous, year_hint=year_hint)
    assert (d is None) == (p is None)


def test_long_adversarial_text_is_linear() -> None:
    """No pathological backtracking: 40k characters of date-like noise in well under 1 s."""
    text = " ".join(_PIECES) * 100
    t0 = time.perf_counter()
    find_dates(text, published=SAT_20_JAN_2024, previous=TUE_16_JAN_2024)
    assert time.perf_counter() - t0 < 1.0


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/2024/03/27/shelling-on-the-border", (date(2024, 3, 27), "day")),
        ("https://example.org/item/20120424113800-xk2", (date(2012, 4, 24), "day")),
        ("https://example.org/item/201204241138", (date(2012, 4, 24), "day")),
        ("https://example.org/2011/02/troops-clash.html", (date(2011, 2, 1), "month")),
        ("https://example.org/item/20120424993800", None),
        ("https://example.org/story/370282", None),
        ("https://20120424.example.org/story", None),
        ("https://example.org/07-Mar-2016/troops-clash", (date(2016, 3, 7), "day")),
        ("https://example.org/news/3-september-2021-border-talks", (date(2021, 9, 3), "day")),
        ("https://example.org/news/07-Moo-2016/troops-clash", None),
        ("https://example.org/world/troops-clash-1458000000000", (date(2016, 3, 15), "day")),
        ("https://example.org/world/troops-clash-1458000000000.html", (date(2016, 3, 15), "day")),
        ("https://example.org/world/troops-clash-3458000000000", None),
        ("https://example.org/1458000000000/troops-clash", None),
        ("https://example.org/news/2022/5/6/guards-open-fire", (date(2022, 5, 6), "day")),
        ("https://example.org/news/2022/11/6/guards-open-fire", (date(2022, 11, 6), "day")),
        ("https://example.org/top-2020-5-border-stories", None),
    ],
    ids=[
        "path",
        "timestamp",
        "timestamp-minutes",
        "month",
        "not-a-time",
        "story-id",
        "host",
        "month-name",
        "month-name-in-slug",
        "not-a-month",
        "milliseconds-id",
        "milliseconds-id-with-extension",
        "milliseconds-beyond-2035",
        "milliseconds-not-at-the-end",
        "path-without-zeros",
        "path-without-zero-in-the-day",
        "single-digit-count-in-slug",
    ],
)
def test_the_day_a_page_address_gives(url: str, expected: tuple[date, str] | None) -> None:
    """A news address carries its day as a path, a compact date, a day with its month's
    name, a timestamp whose time of day follows the date, or a time in milliseconds
    ending it; digits that are no time of day are an id."""
    assert url_date(url) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "when"),
    [
        ("Drones struck the depot overnight, officials said.", "overnight", date(2024, 1, 19)),
        ("Drones struck the depot overnight into Thursday.", "overnight into Thursday",
         date(2024, 1, 17)),
        ("Drones struck the depot overnight Wednesday.", "Wednesday", date(2024, 1, 17)),
        ("Troops shelled the village on the 14th.", "the 14th", date(2024, 1, 14)),
        ("Troops shelled the village on the 28th.", "the 28th", date(2023, 12, 28)),
        ("Troops raided the camp on the night of the 3rd, when it was dark.", "the 3rd",
         date(2024, 1, 3)),
    ],
    ids=["overnight", "overnight-into", "overnight-weekday", "the-14th", "the-28th", "night-of"],
)  # fmt: skip
def test_overnight_and_a_day_of_the_month(sentence: str, text: str, when: date) -> None:
    """ "overnight" is the night before publication, "overnight into Thursday" the night
    before that Thursday; "on the 14th" is a day of the publication month, or of the
    month before when it is still to come."""
    m = only(sentence, published=SAT_20_JAN_2024)
    assert (m.text, m.date, m.precision) == (text, when, "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "The 4th Brigade moved to the border.",
        "It was the 5th anniversary of the war.",
        "Fighting at the weekend displaced hundreds.",
    ],
    ids=["a-unit", "an-ordinal", "at-the-weekend"],
)
def test_no_day_of_the_month(sentence: str) -> None:
    """An ordinal that names a unit or a count fixes no day; "at the weekend" no day."""
    assert all(m.date is None for m in find_dates(sentence, published=SAT_20_JAN_2024))
