"""Read news articles from files into :class:`~geomap.models.Article` records.

This is the first stage of the data flow and the only one that touches input files.
Why it works the way it does:

* Later stages quote the article by offsets into ``Article.text``, so the text is
  never rewritten once read: page boilerplate (teasers, bylines, "Follow us" lines,
  syndication notes) is *marked* as ``Removed`` spans, not deleted, and sentences
  are offsets too.
* Boilerplate is recognised by the general shape of such lines (an imperative
  "Follow/Join/Subscribe" aimed at a social network, a "By <Name>" line, a line that
  is only a date and time), never by lines seen in particular outlets, so the rules
  carry over to outlets we have not seen.
* A publication date only counts where outlets print one (a timestamp, byline or
  source line, a dateline, the head of the page). A date inside a news sentence is
  the date of an event; taking it as the publication date would shift every
  relative date ("on Tuesday") that later stages resolve against it.
* HTML is reduced to the story by trafilatura, which knows navigation bars and
  footers far better than a few regexes could.
* Files are found, opened and decoded by :mod:`geomap.inputs` (bounded reads,
  per-file isolation, unique ids); this module turns their text into articles, and
  :mod:`geomap.sentences` cuts the story into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from geomap.dates import url_date
from geomap.errors import InputError
from geomap.models import Article, ArticleText, Removed, Sentence
from geomap.sentences import line_spans, split_sentences

__all__ = [
    "ARTICLE_EXTENSIONS",
    "MAX_BYTES",
    "article_from_text",
    "article_of",
    "read_articles",
    "split_sentences",
]

#: File kinds read as articles; other files inside a folder are ignored.
ARTICLE_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".jsonl")
#: Default size limit per input file, in bytes.
MAX_BYTES = 20_000_000

_HEAD_LINES = 5  # non-empty lines at the top of a story that may carry a bare date or dateline

# ---------------------------------------------------------------- dates

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
# ISO, day-first numeric, "20 January 2024" and "January 20, 2024" (full dates only, the
# comma before the year may lack its space: "20 January,2024"); a
# numeric date may follow a word it is glued to, as in a scraped "The Courier15-05-2025"
_DATE = re.compile(
    rf"""(?:
        (?<![\d/.-])(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})
      | (?<![\d/.-])(?P<nd>\d{{1,2}})[/.-](?P<nm>\d{{1,2}})[/.-](?P<ny>\d{{4}})
      | (?<![\w/.-])(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>{_MONTH})\.?
        (?:,\s*|\s+)(?P<dy>\d{{4}})
      | (?<![\w/.-])(?P<mm>{_MONTH})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?
        (?:,\s*|\s+)(?P<my>\d{{4}})
    )(?!\d)""",
    re.I | re.X,
)
# a time stamp a scraped page glues to its first line: "date 2024-03-06 Kabul — Troops
# ...", "March 6, 2024Mar 6 Troops ...", "Wednesday, March 6, 2024 Troops ...": a label,
# a weekday, a full date (not followed by a comma, which makes it the lede's own "March
# 4, 2024, troops shelled ..."), and any short repeat of the day or time of day after it
_STAMP = re.compile(
    rf"""\s*(?:(?:(?:last\s+)?updated|published|posted|dated?)(?:\s+on)?\s*:?\s*)?
    (?:{_WEEKDAY}\.?,?\s+)?
    (?P<date>{_DATE.pattern})
    (?:[\s,|·•]*(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?)
      (?![\w,]))*
    (?![\w,]|\s*,)(?=\s*(?-i:[A-Z“"‘]))""",
    re.I | re.X,
)
# an agency credit with the day in its brackets, glued to the lede: "MOSCOW (Example News
# / Wire - 15th February, 2021) Sudan accused ..."; the place is the agency's desk
_CREDIT_STAMP = re.compile(
    rf"\s*[A-Z][A-Z’'.-]+(?:[ /][A-Z][A-Z’'.-]+){{0,3}},?\s*\([^()\n]{{1,60}}?"
    rf"[\s,–—-](?i:(?P<date>{_DATE.pattern}))\s*\)(?=\s*[A-Z“\"])",
    re.X,
)
# a date right after one of these words is when something happened, not when it was printed
_EVENT_PREPOSITION = re.compile(
    r"\b(?:on|since|until|till|by|from|before|after|between|in|during|of|to)\W*$", re.I
)

# ---------------------------------------------------------------- boilerplate lines

_NAME = r"[A-ZÀ-Þ][\w’'.\-]*(?:\s+(?:[A-ZÀ-Þ][\w’'.\-]*|de|da|del|van|von|al|el|bin|ibn|ul)){0,4}"
_NAMES = rf"{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*"
_LEAD = re.compile(r"[\s•·▪►▸▶■□●○◦‣⁃*>#|\-–—]+")
_WORD_CHAR = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")
# what joins the pieces of a "By X • date | Source: Y" line (replaced by "|" before splitting)
_PIECE_SEPARATORS = ("•", "·", "▪", " / ", " - ", " – ", " — ")
# Rules on how a line *starts*, one per reason. All are case-insensitive and verbose;
# they are joined into one pattern so a news line costs a single failed match.
_LINE_RULES = {
    "advertisement": r"""(?:advertisement|advertising|ad|sponsored(?:\s+(?:content|links?|stories))?
        |promoted(?:\s+content)?|story\s+continues\s+(?:below|after)\b.*
        |scroll\s+(?:down\s+)?to\s+continue\b.*|continue\s+reading\b.*)
        [\W_]*(?:\s+[-–—]\s+.{0,40})?$""",
    "tags": r"(?:tags?|tagged(?:\s+with)?|topics?|keywords?|filed\s+under|categor(?:y|ies))\s*[:|]",
    # related-story teasers: "See also ...", "Also Read: ...", "READ | ...", "Related: ..."
    "teaser": r"""(?:(?:see|read)\s+(?:also|more)\b
        | also\s+(?:read|see|watch)\b
        | read\s+(?:the\s+)?(?:full|complete|original)\s+(?:story|article|report)\b
        | (?:related(?:\s+(?:stories|news|articles?|coverage))?|recommended|read|watch|listen
           |must\s+(?:read|watch)|don'?t\s+miss|more(?:\s+stories)?|trending|top\s+stories
           |video|photos?)
          (?:\s+(?:from|on|in)\s+[^:|]{1,40})?\s*(?:[:|]|[-–—]\s)
        # the label glued to the teased headline when the page lost its layout:
        # "RelatedBorder clashes test the truce"
        | (?-i:Related|RELATED|Recommended|RECOMMENDED)(?=(?-i:[A-Z])))""",
    "subscribe": r"(?:subscribe|sign\s+up|register)\s+(?:to|for|now|here|today)\b",
    # imperatives aimed at the reader: "Follow us on ...", "Stay tuned", "Click here"
    "social": r"""(?:(?:follow|join|like|find|contact|connect\s+with)\s+us\b
        | (?:click|tap)\s+here\b | share\s+(?:this|on|via)\b
        | stay\s+(?:tuned|updated|connected|informed)\b
        | get\s+(?:the\s+)?(?:latest|all|breaking|real-time|instant)\s+
          (?:news|updates|stories|headlines|alerts)\b
        | catch\s+(?:all\s+the|the\s+latest)\b)""",
    # an imperative that is only page furniture with a platform named: "Join our WhatsApp"
    "platform": r"""(?:follow|join|download|install|watch|listen\s+to|check\s+out|subscribe)
        \s+(?:us|our|the|this|(?-i:[A-Z]))""",
    # "(With agency inputs)", "With inputs from Reuters", "(This story has been published
    # from a wire agency feed ...)"
    "syndication": r"""[(\[]?\s*(?:with\s+(?:additional\s+)?(?:agency\s+|wire\s+)?inputs?\b
        | inputs?\s+(?:from|by)\b
        | this\s+(?:story|article|report|copy)\s+(?:has\s+been|was|is)\s+
          (?:published|auto-generated|generated)\s+from\b
        | this\s+(?:story|article)\s+has\s+been\s+updated\b)""",
}
_LINE_KIND = re.compile(
    "|".join(f"(?P<{kind}>{rule})" for kind, rule in _LINE_RULES.items()), re.I | re.X
)
# longest line each reason may cover: real boilerplate lines are short
_LINE_KIND_MAX = {
    "advertisement": 80,
    "subscribe": 300,
    "social": 300,
    "platform": 300,
    "syndication": 400,
}
_PLATFORM = re.compile(
    r"\b(?:twitter|x\.com|facebook|instagram|whats\s?app|telegram|youtube|linkedin|threads"
    r"|google\s+news|social\s+media|newsletters?|channels?|apps?|notifications?|podcasts?)\b",
    re.I,
)
# a Reuters-style credit line: "Reporting by A in B; Writing by C; Editing by D"
_CREDIT_NAME = rf"{_NAME}(?:\s+in\s+{_NAME})?"
_CREDITS = re.compile(
    rf"^(?:(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|fact-?checking)\s+by)"
    rf"\s+{_CREDIT_NAME}(?:\s*(?:,|\band\b|&)\s*{_CREDIT_NAME})*\s*[;,.]?\s*)+$"
)
# editorial notes found anywhere in a line; cheap substring cues gate the search
_SYNDICATION_CUES = ("feed", "edited by", "auto-generated")
_SYNDICATION_ANY = re.compile(
    r"\b(?:(?:published|generated|taken|sourced)\s+from\s+(?:an?|the)\s+"
    r"(?:syndicated|wire|(?:wire\s+|news\s+)?agency)\s+feed|auto-generated\s+from"
    r"|not\s+been\s+edited\s+by)\b",
    re.I,
)
_COPYRIGHT_CUES = ("©", "(c)", "copyright", "rights reserved")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)|\ball\s+rights\s+reserved\b", re.I)
_BYLINE = re.compile(
    rf"^(?i:(?:written|posted|reported|edited|story|report|text|compiled)\s+)?(?i:by)\s*:?\s+"
    rf"(?!(?i:{_WEEKDAY}|{_MONTH})\b){_NAMES}"
    r"(?:\s*,?\s*(?i:staff(?:\s+reporter)?|correspondents?|reporters?|bureau|desk|news\s+desk"
    rf"|agencies|our\s+(?:staff\s+)?correspondent|in\s+{_NAME}))?\s*\.?$"
)
_TIMESTAMP_HEAD = re.compile(
    rf"^(?:{_NAME}\s+)?(?i:(?:last\s+)?updated|(?:first\s+)?published|posted|modified|created"
    r"|released|dated?)\b"
)
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d+\s+(?:hours?|hrs?|minutes?|mins?|days?)\s+ago\b", re.I
)
_DT_TOKEN = (
    rf"(?:\d++(?:st|nd|rd|th|am|pm|h)?|{_WEEKDAY}|{_MONTH}|a\.m\.|p\.m\.|am|pm|hrs?|at|on|ago"
    r"|hours?|minutes?|mins?|days?|updated|published|posted"
    r"|ist|gmt|utc|pkt|pst|pdt|est|edt|cst|cdt|mst|mdt|cet|cest|eet|eest|bst|ast|msk|jst|kst"
    r"|sgt|hkt|aest|aedt|wib|et|pt|ct|z)(?![a-z])"
)
# a line made only of a date, a time and a time zone: "Sat, 20 Jan 2024 08:34 AM (IST)"
_DT_ONLY = re.compile(rf"^[(\[]?(?:{_DT_TOKEN}[\s,()\[\]|/.:+\-–—]*+)++$", re.I)
_DIGIT = re.compile(r"\d")
_SOURCE = re.compile(
    r"^(?:sources?|courtesy|credits?|photo(?:\s+credits?)?|image(?:\s+(?:credits?|source))?"
    r"|pic(?:ture)?|file\s+(?:photo|image)|representational\s+(?:photo|image)|agenc(?:y|ies)|via)"
    r"\s*(?:[:|]|$)",
    re.I,
)
_NAME_ONLY = re.compile(rf"^{_NAMES}$")

# ---------------------------------------------------------------- datelines and titles

_PLACE = r"[A-ZÀ-Þ][\w’'.]*(?:[ -][A-ZÀ-Þ][\w’'.]*){0,3}"
_DASH = r"[:–—-]"
_DATELINES = (
    re.compile(rf"({_PLACE})(?:,\s*{_PLACE})?\s*{_DASH}$"),  # a line that is just "Islamabad:"
    # the day first, the place in brackets: "June 4, 2021 (LIMA) -", "4 June 2021 (Lima) -"
    re.compile(
        rf"(?i:{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}})"
        rf"\s*\(({_PLACE})\)\s*{_DASH}"
    ),
    # "ISLAMABAD/NEW DELHI, Feb. 27, 2019 (Reuters) -": the first place is the dateline
    # (old wire copy writes the dash as "_": "QUITO, Ecuador (AP) _")
    re.compile(
        rf"({_PLACE})(?:\s*/\s*{_PLACE})?(?:\s*,\s*[^()\n]{{1,40}}?)?"
        rf"\s*\([A-Z][\w .&'-]{{0,30}}\)\s*(?:{_DASH}|_\s)"
    ),
    re.compile(
        rf"({_PLACE})(?:\s*/\s*{_PLACE})?\s*,\s*(?i:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?)"
        rf"(?:,?\s*\d{{4}})?\s*{_DASH}"
    ),
    re.compile(r"([A-Z][A-Z’'.]+(?:[ -][A-Z][A-Z’'.]+){0,3})(?:,\s*" + _PLACE + r")?\s*[:–—]\s+\S"),
    re.compile(rf"({_PLACE})(?:,\s*{_PLACE})?\s+[–—]\s+\S"),
    # wire copy filed without its agency and dash: "LILONGWE, June 2 Malawi has ..."
    re.compile(
        r"([A-Z][A-Z’'.]+(?:[ -][A-Z][A-Z’'.]+){0,3})\s*,\s*"
        rf"(?i:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?)(?=\s+[A-Z])"
    ),
)
# upper-case labels that open a paragraph like a dateline but name no place
_KICKERS = frozenset(
    {
        "BREAKING",
        "BREAKING NEWS",
        "EXCLUSIVE",
        "WATCH",
        "UPDATE",
        "UPDATED",
        "UPDATES",
        "LIVE",
        "VIDEO",
        "PHOTOS",
        "OPINION",
        "ANALYSIS",
        "EXPLAINER",
        "EDITORIAL",
        "READ",
        "ALSO READ",
        "NOTE",
        "EDITOR'S NOTE",
        "FACT CHECK",
        "FILE",
        "REPORT",
        "INTERVIEW",
        "COMMENT",
        "FEATURE",
        "ALERT",
        "FLASH",
        "NEWS",
        "WORLD",
        "NATIONAL",
    }
)
_CLOSERS = "\"'”’)]»"

# ---------------------------------------------------------------- hard-wrapped lines

#: the widest and the narrowest width at which wire copy is wrapped (in characters)
_WRAP_WIDEST = 132
_WRAP_NARROWEST = 40
#: a wrapped line fills at least this share of its block's width
_WRAP_FILL = 0.6
#: a related-story list at the foot of a page: how many headline lines at least, and
#: how long each may be
_TEASER_RUN = 2
_TEASER_LINE_MAX = 110
#: a line that ends a sentence, a dateline or a lead-in: "... said.", "KABUL -", "said:"
_ENDS_LINE = re.compile(r"[.!?…:\-–—][\"'”’)\]»]*$")
#: a line that opens with an upper-case word: a dateline ("LILONGWE, June 2"), a heading
_CAPS = re.compile(r"[A-ZÀ-Þ]{2,}[A-ZÀ-Þ'’.-]*(?![\w])")


def read_articles(
    paths: Iterable[str | Path] | str | Path,
    *,
    on_warning: Callable[[str], None] | None = None,
    max_bytes: int = MAX_BYTES,
    strict: bool = False,
) -> list[Article]:
    """Read every article in ``paths`` (files, or folders walked recursively).

    Raises :class:`InputError` for a missing path, a folder without article files or
    an unusable file named alone; a file of a folder or a list that cannot be read,
    or a bad JSON line, is skipped and said through ``on_warning`` (default: the
    ``geomap.articles`` logger), unless ``strict``. See :mod:`geomap.inputs`.
    """
    from .inputs import read_inputs  # the file side lives there; it builds on this module

    found = read_inputs(paths, on_warning=on_warning, max_bytes=max_bytes, strict=strict)
    return list(found.articles)


def article_from_text(
    id: str,
    text: str,
    *,
    title: str | None = None,
    published: date | datetime | str | None = None,
    url: str | None = None,
    path: str | None = None,
    sentences: bool = True,
) -> Article:
    """Analyse ``text``: boilerplate spans, title, dateline, publication date, sentences.

    ``published`` (a date or an ISO string) is metadata and wins over dates in the text.
    Without ``title`` the first line is used when it reads like a headline.
    ``sentences=False`` leaves the sentences out, for a reading that only needs the
    dates (most of the time goes into splitting sentences).
    """
    lines = line_spans(text)
    soft = _soft_breaks(text, lines)
    gaps = tuple((lines[k][1], lines[k + 1][0]) for k in sorted(soft))
    original = text
    if gaps:  # wire copy wrapped at a fixed width: a wrapped paragraph is one line
        lines = _joined(lines, soft)
        text = Article(id, text, soft_breaks=gaps).flowing_text
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets aligned
        low = "".join(c.lower()[0] for c in text)
    lines, stamps = _split_stamp(text, low, lines)
    kinds = _trailing_teasers(text, lines, [_classify(text[s:e], low[s:e]) for s, e in lines])
    kinds = _sidebar_foot(text, lines, kinds)
    for index in stamps:
        kinds[index] = "timestamp"
    removed = tuple(Removed(s, e, kind) for (s, e), kind in zip(lines, kinds, strict=True) if kind)
    headline = _headline(text, lines, kinds)
    if title is None:
        title = headline
    skip = 1 if headline else 0  # a dateline opens the story, after any headline
    dateline, dateline_prefix = _dateline(text, lines[skip:], kinds[skip:])
    pub: date | None = None
    source: str | None = None
    if published is not None:
        pub = _metadata_date(published)
        if pub is None:
            raise InputError(f"{id}: published {published!r} is not an ISO date")
        source = "metadata"
    else:
        pub = _date_in_text(text, lines, kinds, dateline_prefix)
        source = "text" if pub else None
        if pub is None:
            # an undated page often carries its day in its address: /2024/03/27/...
            found = url_date(url)
            if found is not None and found[1] == "day":
                pub, source = found[0], "url"
            elif found is not None and dateline_prefix is not None:
                pub = _day_in_month(text[dateline_prefix[0] : dateline_prefix[1]], found[0])
                source = "url" if pub else None
    said = split_sentences(text, lines) if sentences else ()
    if gaps:  # a sentence quotes the text as written
        said = tuple(Sentence(x.start, x.end, original[x.start : x.end]) for x in said)
    return Article(
        id=id,
        text=original,
        title=title,
        published=pub,
        published_source=source,
        url=url,
        dateline=dateline,
        sentences=said,
        removed=removed,
        path=path,
        soft_breaks=gaps,
    )


# ---------------------------------------------------------------- analysis helpers


def _soft_breaks(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The lines (by index) whose line break reads as a space: wire copy that keeps its
    line ends wraps a paragraph at a fixed width, so a sentence, and a name, can run
    over several lines of similar length ("... on Lake\\nMalawi, which ...").

    Decided by the shape of a block of lines with single line breaks between them: its
    width is its widest line; a line that fills most of the width and ends no sentence
    goes on in the next line when that line starts in lower case, when it ends with a
    comma, or when the next line's first word would not have fitted on it. The block
    must show it was wrapped (a line going on in lower case); a headline goes on only
    in lower case, and a line before an upper-case word (a dateline, a heading) stops.
    A menu, a list of headlines or a line per paragraph has no such shape.

    >>> t = ("Malawi's foreign minister protested on Saturday against\\n"
    ...      "plans by its neighbour to deploy two ships on Lake\\n"
    ...      "Malawi, which it says threaten the talks.")
    >>> sorted(_soft_breaks(t, line_spans(t)))
    [0, 1]
    """
    soft: set[int] = set()
    for first, last in _blocks(text, lines):
        widths = [e - s for s, e in lines[first : last + 1]]
        width = max(widths)
        if width < _WRAP_NARROWEST:
            continue
        found = []
        for k in range(first, last):
            line = text[lines[k][0] : lines[k][1]]
            nxt = text[lines[k + 1][0] : lines[k + 1][1]]
            if len(line) < _WRAP_FILL * width or _ENDS_LINE.search(line) or _CAPS.match(nxt):
                continue
            lower = nxt[0].islower() or line.endswith(",")
            fits = len(line) + 1 + len(nxt.split(None, 1)[0]) <= width
            if lower or (k > 0 and not fits):
                found.append((k, lower))
        if any(lower for _, lower in found):  # the block shows it was wrapped
            soft.update(k for k, _ in found)
    return soft


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of at least two lines (first and last index) no wider than a wrap width,
    with a single line break between each line and the next."""
    out = []
    first = None
    for k, (start, end) in enumerate(lines):
        if end - start > _WRAP_WIDEST:
            first = None
            continue
        if first is None or not _one_break(text[lines[k - 1][1] : start]):
            first = k
        if k > first and (not out or out[-1][0] != first):
            out.append((first, k))
        elif k > first:
            out[-1] = (first, k)
    return out


def _one_break(gap: str) -> bool:
    """Whether the whitespace between two lines is a single line break (no blank line)."""
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") == 1 and not gap.strip(" \t\r\n")


def _joined(lines: list[tuple[int, int]], soft: set[int]) -> list[tuple[int, int]]:
    """The lines with each line whose break is soft joined to the next."""
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(lines):
        if k - 1 in soft:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


#: a heading that opens the furniture at a page's foot: other stories or comments
_SIDEBAR_HEAD = re.compile(
    r"""(?:featured\s+posts?|popular\s+posts(?:\s+from\s+this\s+blog)?
    |most\s+(?:popular|read|viewed|shared|commented)|you\s+(?:may|might)\s+also\s+like
    |post\s+a\s+comment|leave\s+a\s+(?:reply|comment)|(?:no|\d+)\s+comments?
    |latest\s+(?:news|posts|stories)|trending(?:\s+now)?|editor[’']?s\s+picks?
    |recommended\s+for\s+you|more\s+from\s+this\s+(?:section|blog|author))\W*""",
    re.I | re.X,
)


def _sidebar_foot(
    text: str, lines: list[tuple[int, int]], kinds: list[str | None]
) -> list[str | None]:
    """Mark as teasers all the lines from a heading that opens the page's foot
    ("Featured Post", "Most Popular", "Post a Comment") on, once the story has told a
    sentence: what follows it is other stories or comments."""
    told = False
    for k, (start, end) in enumerate(lines):
        line = text[start:end]
        if told and kinds[k] is None and _SIDEBAR_HEAD.fullmatch(line.strip()):
            return kinds[:k] + ["teaser"] * (len(lines) - k)
        told = told or (kinds[k] is None and len(line) > 60 and bool(_ENDS_LINE.search(line)))
    return kinds


def _trailing_teasers(
    text: str, lines: list[tuple[int, int]], kinds: list[str | None]
) -> list[str | None]:
    """Mark as teasers the related-story list at the foot of a page: a run of at least
    two short lines that end no sentence ("Rebels claim attack on a convoy", "Drones
    strike the valley again, 15 killed"), after the story's last sentence. A single
    line cut off without a stop is the story's own and stays."""
    run: list[int] = []
    for k in range(len(lines) - 1, -1, -1):
        if kinds[k] is not None:
            continue
        line = text[lines[k][0] : lines[k][1]]
        if _ENDS_LINE.search(line):
            break
        if len(line) > _TEASER_LINE_MAX or not line[:1].isupper():
            return kinds
        run.append(k)
    else:
        return kinds  # no sentence before: a page of headlines only, or no story
    if len(run) < _TEASER_RUN:
        return kinds
    return ["teaser" if k in run else kind for k, kind in enumerate(kinds)]


#: other stories' excerpts glued into one line: a "read more" mark with a further
#: excerpt after it ("... to trade [Read More] Zambia urges calm ...")
_GLUED_EXCERPTS = re.compile(
    r"(?:[\[(]\s*read\s+more\W{0,3}?\s*[\])]|\bread\s+more\s*(?:»|›|>>|→))\s*\w", re.I
)


def _classify(line: str, low: str) -> str | None:
    """Why ``line`` is page boilerplate, or None when it may be news (``low``: lower-cased)."""
    lead = _LEAD.match(line)
    if lead:
        line, low = line[lead.end() :], low[lead.end() :]
    if not _WORD_CHAR.search(line):
        return "bullet"
    n = len(line)
    m = _LINE_KIND.match(line)
    if m and n <= _LINE_KIND_MAX.get(m.lastgroup, n):
        if m.lastgroup in ("subscribe", "social"):
            return "social"
        if m.lastgroup != "platform" or _PLATFORM.search(line, m.end()):
            return m.lastgroup.replace("platform", "social")
    if n <= 400 and _CREDITS.match(line):
        return "syndication"
    if n <= 400 and _has_cue(low, _SYNDICATION_CUES) and _SYNDICATION_ANY.search(line):
        return "syndication"
    if n <= 200 and _has_cue(low, _COPYRIGHT_CUES) and _COPYRIGHT.search(line):
        return "copyright"
    if "read more" in low and _GLUED_EXCERPTS.search(line):
        return "teaser"
    if n > 250 or (n > 120 and line[-1] in ".!?”\"'’"):
        return None  # a long sentence, not a "By X • date • Source: Y" line
    for sep in _PIECE_SEPARATORS:
        line = line.replace(sep, "|")
    kinds = [_piece_kind(p.strip()) for p in line.split("|") if p.strip()]
    if None in kinds:
        return None
    return next((k for k in kinds if k != "name"), None)


def _has_cue(low: str, cues: tuple[str, ...]) -> bool:
    return any(cue in low for cue in cues)


def _piece_kind(piece: str) -> str | None:
    """Kind of one piece of a "By X • date • Source: Y" line; "name" is too weak alone."""
    if _BYLINE.match(piece):
        return "byline"
    if len(piece) <= 120 and (
        (
            _TIMESTAMP_HEAD.match(piece)
            and not piece.endswith(".")  # "Updated figures released on ... showed ..."
            and len(piece.split()) <= 14
            and (_DATE.search(piece) or _CLOCK.search(piece))
        )
        or (_DT_ONLY.match(piece) and _DIGIT.search(piece))
    ):
        return "timestamp"
    if len(piece) <= 80 and _SOURCE.match(piece):
        return "source"
    if len(piece) <= 50 and _NAME_ONLY.match(piece):
        return "name"
    return None


def _headline(text: str, lines: list[tuple[int, int]], kinds: list[str | None]) -> str | None:
    """The first line when it reads like a headline: short, no final stop, not furniture."""
    if not lines or kinds[0]:
        return None
    line = text[slice(*lines[0])].lstrip("#").strip()
    if (
        len(line) > 200
        or len(line.split()) > 25
        or line.endswith((".", ":", ";", ","))
        or not _LETTER.search(line)
        or _DATELINES[0].match(line)  # "ISLAMABAD —"
    ):
        return None
    return line


def _split_stamp(
    text: str, low: str, lines: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[int]]:
    """The lines with a time stamp glued to the head of one of the first lines cut off
    as a line of its own, and the indexes of the stamps cut (none when no line opens so):
    "date 2024-03-06 Kabul — Troops shelled ..." gives "date 2024-03-06" and "Kabul —
    Troops shelled ...", and so does an agency credit with its day, "KABUL (Example
    News - 6th March, 2024) Troops shelled ...". Only a line longer than a stamp alone
    is cut, and only before the story's first sentence."""
    for index, (start, end) in enumerate(lines[:_HEAD_LINES]):
        m = _STAMP.match(text, start, end) or _CREDIT_STAMP.match(text, start, end)
        if m is not None and _classify(text[start:end], low[start:end]) is not None:
            continue  # a line of page furniture already: "Sat, 20 Jan 2024 08:34 AM (IST)"
        if m is None or m.end() >= end:
            if text[start:end].rstrip(_CLOSERS).endswith((".", "!", "?")):
                break  # the story has begun: a date further down is not the page's
            continue
        rest = m.end()
        while text[rest].isspace():
            rest += 1
        cut = [(start, m.end()), (rest, end)]
        lines = lines[:index] + cut + lines[index + 1 :]
        credit = _CREDIT_STAMP.match(text, rest, end)  # "date 2021-02-15 MOSCOW (... 2021)"
        if credit is not None and credit.end() < end:
            after = credit.end()
            while text[after].isspace():
                after += 1
            lines[index + 1 : index + 2] = [(rest, credit.end()), (after, end)]
            return lines, [index, index + 1]
        return lines, [index]
    return lines, []


def _dateline(
    text: str, lines: list[tuple[int, int]], kinds: list[str | None]
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Place-name span of a dateline at the head of the story, and the dateline's span."""
    seen = 0
    for (start, end), kind in zip(lines, kinds, strict=True):
        if kind:
            continue
        line = text[start:end]
        for rx in _DATELINES:
            m = rx.match(line)
            if m and m.group(1).strip(" -") not in _KICKERS and len(m.group(1)) >= 3:
                place = (start + m.start(1), start + m.end(1))
                return place, (start, start + m.end())
        seen += 1
        if seen >= _HEAD_LINES:
            break
    return None, None


def _date_in_text(
    text: str,
    lines: list[tuple[int, int]],
    kinds: list[str | None],
    dateline: tuple[int, int] | None,
) -> date | None:
    """Publication date from a timestamp/byline/source line, the dateline or the page head."""
    for index, ((start, end), kind) in enumerate(zip(lines, kinds, strict=True)):
        line = text[start:end]
        if kind in ("timestamp", "byline", "source"):
            if kind == "timestamp" and _dates_a_teaser(kinds, index):
                continue
            found = _first_date(line)
        elif dateline and dateline[0] == start:
            found = _first_date(text[dateline[0] : dateline[1]])
        elif kind is None and index < _HEAD_LINES and (lead := _LEAD_DATE.match(line)):
            found = _match_date(_DATE.match(lead["date"]))
        elif (
            kind is None
            and index < _HEAD_LINES
            and len(line) <= 120
            and not line.rstrip(_CLOSERS).endswith((".", "!", "?"))
        ):
            found = _first_date(line, header=True)
        else:
            continue
        if found:
            return _stamped_below(text, lines, kinds, index) or found
    return None


#: a clock time on a date line: "09:28", "10.42am", "3 pm"
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
#: how many lines below a bare date a page's own stamp may come
_STAMP_BELOW = 3


def _stamped_below(
    text: str, lines: list[tuple[int, int]], kinds: list[str | None], index: int
) -> date | None:
    """ "Monday, March 3, 2025" over "Tuesday, 14 June 2016 10:42": a bare date line
    at the head of a page is the site's banner of the day it was read when a line just
    below gives a date with a clock time, the story's own stamp; that stamp's date."""
    start, end = lines[index]
    if _CLOCK_TIME.search(text, start, end):
        return None
    for k in range(index + 1, min(len(lines), index + 1 + _STAMP_BELOW)):
        if kinds[k] not in (None, "timestamp", "byline", "source"):
            continue
        line = text[lines[k][0] : lines[k][1]]
        if len(line) <= 120 and _CLOCK_TIME.search(line):
            found = _first_date(line, header=True)
            if found:
                return found
    return None


def _dates_a_teaser(kinds: list[str | None], index: int) -> bool:
    """Whether the time stamp on line ``index`` is a related story's, right under its
    teaser at the foot of the page ("Fuel prices rise" / "19 May, 2024"), so no date
    of the page's own story."""
    return index > 0 and kinds[index - 1] == "teaser"


#: a full date opening the story before a dash or colon, after a dateline place in any
#: of its dresses or none: "(NIAMEY) March 14, 2024 –", "March 14, 2024 –", "NIAMEY
#: (Reuters), March 14, 2024 —", "Niamey, Thursday 14 March 2024:", "NIAMEY, Niger (AP)
#: March 14, 2024 —", "Niamey (Niger), March 14, 2024 –"; the day the story was filed
_LEAD_DATE = re.compile(
    rf"""\s*(?:\(\s*{_PLACE}\s*\)\s*
      | {_PLACE}(?:\s*,\s*{_PLACE})?\s*\([^()\n]{{1,30}}\)\s*,?\s*
      | {_PLACE}(?:\s*,\s*{_PLACE})?\s*,\s*)?
    (?:(?i:{_WEEKDAY})\.?,?\s+)?
    (?P<date>(?i:{_DATE.pattern}))
    \s*(?:\([A-Z][\w .&'/-]{{0,30}}\)\s*)?[:–—-]\s""",
    re.X,
)


#: a day and month with no year after them: "KABUL, March 6 (Reuters) -", "6 March -"
_DAY_AND_MONTH = re.compile(
    rf"(?:(?P<mm>{_MONTH})\.?\s+(?P<md>\d{{1,2}})|(?P<dd>\d{{1,2}})\s+(?P<dm>{_MONTH})\b\.?)"
    r"(?!\d|(?:st|nd|rd|th)?,?\s*\d{4})",
    re.I,
)


def _day_in_month(dateline: str, month: date) -> date | None:
    """The day a dateline gives without a year ("KABUL, March 6 (Reuters) -"), in the
    month a page's address gives ("/2024/03/"); None when the months differ.

    >>> _day_in_month("KABUL, March 6 (Reuters) -", date(2024, 3, 1))
    datetime.date(2024, 3, 6)
    >>> _day_in_month("KABUL, March 6 (Reuters) -", date(2024, 4, 1)) is None
    True
    """
    m = _DAY_AND_MONTH.search(dateline)
    if m is None:
        return None
    name, day = (m["mm"], m["md"]) if m["mm"] else (m["dm"], m["dd"])
    if _MONTH_NUMBER[name[:3].lower()] != month.month:
        return None
    try:
        return month.replace(day=int(day))
    except ValueError:
        return None


def _first_date(line: str, *, header: bool = False) -> date | None:
    for m in _DATE.finditer(line):
        if header and _EVENT_PREPOSITION.search(line[max(0, m.start() - 12) : m.start()]):
            continue
        found = _match_date(m)
        if found:
            return found
    return None


def _match_date(m: re.Match[str]) -> date | None:
    """The calendar date a ``_DATE`` match names; numeric dates are read day first."""
    g = m.groupdict()
    if g["iy"]:
        y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g["ny"]:
        y, mo, d = int(g["ny"]), int(g["nm"]), int(g["nd"])
        if mo > 12 >= d:  # "01/20/2024" cannot be day first
            mo, d = d, mo
    elif g["dy"]:
        y, mo, d = int(g["dy"]), _MONTH_NUMBER[g["dm"][:3].lower()], int(g["dd"])
    else:
        y, mo, d = int(g["my"]), _MONTH_NUMBER[g["mm"][:3].lower()], int(g["md"])
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _metadata_date(value: object) -> date | None:
    """A date from metadata: a date, a datetime or an ISO 8601 string (or a plain date)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        m = _DATE.fullmatch(value)
        return _match_date(m) if m else None


def article_of(text: ArticleText) -> Article:
    """The article a text read is (its sentences, boilerplate, title and dates): what
    a run, a worker process or a Dask worker analyses."""
    return article_from_text(
        text.id,
        text.text,
        title=text.title,
        published=text.published,
        url=text.url,
        path=text.path,
    )
