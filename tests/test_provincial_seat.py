"""A state's Capitol, a statehouse or a provinciehuis stands in the seat of its province: with
no town of its own, an event there is placed in that seat (geo/data/admin1_seats.tsv), as one
outside parliament is placed in the capital. A town the text names still wins."""

from __future__ import annotations

import pytest

from eventcoder.geo.gazetteer import DATA_DIR, Gazetteer
from eventcoder.pipeline import code_article
from eventcoder.records import Article
from eventcoder.tsv import tsv_rows


def test_every_seat_in_the_table_is_a_town_of_its_province() -> None:
    gaz = Gazetteer()
    rows = list(tsv_rows(DATA_DIR / "admin1_seats.tsv"))
    assert len(rows) > 80
    for cc, province, seat in rows:
        found = gaz._con.execute(
            "SELECT * FROM places WHERE kind = 'adm1' AND cc = ? AND name = ?",
            (cc, province)).fetchall()
        assert len(found) == 1, (cc, province)
        town = gaz.seat(gaz._entry(found[0]))
        assert town is not None and town.name == seat and town.kind == "city", (cc, province)


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Hundreds of teachers rallied at the state Capitol on Monday, demanding that Oklahoma "
     "lawmakers raise their pay.", "en", ("Oklahoma City", 2)),
    ("About 300 nurses protested outside the Statehouse in Ohio on Tuesday against staff "
     "cuts.", "en", ("Columbus", 2)),
    ("Honderden boeren voerden dinsdag actie bij het provinciehuis van Gelderland tegen de "
     "stikstofregels.", "nl", ("Arnhem", 2)),
    # a town of its own wins
    ("Honderden boeren demonstreerden woensdag bij het provinciehuis in Zwolle tegen de "
     "stikstofregels.", "nl", ("Zwolle", 1)),
    ("Several hundred farmers demonstrated in Fresno on Tuesday before some drove to the "
     "state Capitol in California.", "en", ("Fresno", 1)),
    # a national institution read as a capitalised name is still the capital's
    ("Thousands of protesters gathered outside Parliament on Tuesday, chanting against the "
     "finance bill, Kenyan police said.", "en", ("Nairobi", 2)),
])
def test_a_provincial_seat_of_government_places_its_event(text, lang, place) -> None:
    events = [ev for ev in code_article(Article(id="seat", text=text, language=lang,
                                                published="2023-06-13"))
              if ev.modality == "reported"]
    assert [(ev.location, ev.geo_precision) for ev in events] == [place]
