"""A battery of people shot by the other side's forces, told in the passive, in a
headline's short passive with no "was" ("Senegalese herders shot dead by Gambian
troops"), with fire "came under" or a headline's present ("fires on"). The forces
after "by" or "from" are the attacker and the people's state the target, whatever
demonym stands before the verb. Near misses tell the act in the active, either way.

Every sentence is written for this test; none comes from an article.
"""

from __future__ import annotations

import pytest
from acts import ANY, case, reported_strikes, strike_fits

SHOT = [
    case(
        "headline-shot-dead-by",
        "Two Senegalese herders shot dead by Gambian soldiers near Kolda",
        (ANY, "GM", "SN", ANY),
    ),
    case(
        "headline-shot-at-by",
        "Senegalese herders shot at by Gambian troops near border",
        (ANY, "GM", "SN", ANY),
    ),
    case(
        "headline-shot-dead-by-navy",
        "Senegalese fishermen shot dead by Gambian navy",
        (ANY, "GM", "SN", ANY),
    ),
    case(
        "were-shot-dead-by",
        "Three Senegalese fishermen were shot dead by the Gambian navy on Tuesday.",
        (ANY, "GM", "SN", ANY),
    ),
    case(
        "were-shot-at-by",
        "Senegalese fishermen were shot at by Gambian border guards on the river on Tuesday.",
        (ANY, "GM", "SN", ANY),
    ),
    case(
        "was-shot-and-wounded-by",
        "A Senegalese herder was shot and wounded by Gambian soldiers near Kolda on Tuesday.",
        (ANY, "GM", "SN", ANY),
    ),
    case(
        "came-under-fire-from",
        "Senegalese fishermen came under fire from the Gambian navy on Tuesday.",
        (ANY, "GM", "SN", ANY),
    ),
    case(
        "headline-fires-on",
        "Gambian navy fires on Senegalese fishermen",
        (ANY, "GM", "SN", ANY),
    ),
    case(
        "headline-said-to-be-smugglers",
        "Gambia: Senegalese shot at on border were smugglers",
        (ANY, ANY, "SN", ANY),
        xfail="a demonym used as a noun before a short passive with no agent ('Senegalese "
        "shot at on border') is read as the attacker",
    ),
]

ACTIVE = [
    case(
        "guards-shot-at-fishermen",
        "Gambian border guards shot at Senegalese fishermen on the river on Tuesday.",
        (ANY, "GM", "SN", ANY),
    ),
    case(
        "troops-shot-dead-smugglers",
        "Senegalese troops shot dead two Gambian smugglers near Kolda on Tuesday.",
        (ANY, "SN", "GM", ANY),
    ),
    case(
        "shelling-by-demonym",
        "Two Senegalese villagers were killed in Gambian shelling of Kolda on Tuesday.",
        (ANY, "GM", "SN", ANY),
    ),
]


@pytest.mark.parametrize(("text", "want"), SHOT + ACTIVE)
def test_who_shot_whom(text: str, want: tuple) -> None:
    """The one strike told has the forces that fired as attacker, the people's state hit."""
    got = reported_strikes(text)
    assert len(got) == 1 and strike_fits(got[0], want), [(e.type, e.actor, e.target) for e in got]
