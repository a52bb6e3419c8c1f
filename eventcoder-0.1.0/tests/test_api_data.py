"""Hand-made articles and events for the API, web and map tests (no tests here).

The events are built from their article text: every evidence span is found in the text, so the
offsets are right by construction.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventcoder.records import Article, Event, Evidence
from eventcoder.store import Store, open_store


@dataclass
class Sample:
    articles: list[Article]
    events: list[Event]


def _evidence(article: Article, field: str, words: str) -> Evidence:
    start = article.text.index(words)
    return Evidence(
        field=field, article_id=article.id, start=start, end=start + len(words), text=words
    )


def _event(article: Article, event_id: str, spans: dict[str, str], **fields: object) -> Event:
    return Event(
        event_id=event_id,
        evidence=[_evidence(article, f, words) for f, words in spans.items()],
        article_ids=[article.id],
        source=article.source,
        source_url=article.url,
        language=article.language,
        **fields,
    )


def sample() -> Sample:
    """Four articles, five events: three types, three countries, three weeks, one unlocated."""
    kabul = Article(
        id="art-kabul",
        title="Fighting near Kunduz",
        text=(
            "Taliban fighters attacked police checkpoints outside Kunduz on Saturday. "
            "Sixteen police officers were killed, the governor's spokesman said. "
            "A Taliban spokesman claimed dozens of enemy troops died."
        ),
        url="https://example.org/kunduz",
        source="Example Wire",
        published="2019-09-01",
        published_precision="day",
        language="en",
    )
    nl = Article(
        id="art-utrecht",
        title="Demonstratie in Utrecht",
        text="Duizenden boeren demonstreerden dinsdag in Utrecht tegen het stikstofbeleid.",
        source="Voorbeeldkrant",
        published="2019-10-15",
        published_precision="day",
        language="nl",
    )
    hostile = Article(
        id="art-hostile",
        title="<img src=x onerror=alert(1)>",
        text=(
            "Rioters <script>window.__pwned = 1</script> clashed with residents in Nairobi "
            "and burned shops."
        ),
        url="javascript:alert(1)",
        source="<b>Bad</b> Source",
        published="2019-09-20",
        published_precision="day",
        language="en",
    )
    vague = Article(
        id="art-vague",
        title="Arrests reported",
        text="Police arrested several activists this month, a rights group said.",
        source="Example Wire",
        published="2019-09",
        published_precision="month",
        language="en",
    )
    events = [
        _event(
            kabul,
            "EV-KUNDUZ",
            {
                "sub_event_type": "attacked",
                "actor1": "Taliban fighters",
                "actor2": "police",
                "location": "Kunduz",
                "fatalities": "Sixteen police officers were killed",
            },
            event_date="2019-08-31",
            date_start="2019-08-31",
            date_end="2019-08-31",
            time_precision=1,
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1="Taliban",
            inter1=2,
            actor2="Police Forces of Afghanistan",
            inter2=1,
            interaction=12,
            country="Afghanistan",
            iso3="AFG",
            admin1="Kunduz",
            location="Kunduz",
            latitude=36.72896,
            longitude=68.857,
            geo_precision=2,
            geonameid=1135689,
            fatalities=16,
        ),
        _event(
            nl,
            "EV-UTRECHT",
            {"sub_event_type": "demonstreerden", "actor1": "boeren", "location": "Utrecht"},
            event_date="2019-10-15",
            date_start="2019-10-15",
            date_end="2019-10-15",
            time_precision=1,
            event_type="Protests",
            sub_event_type="Peaceful protest",
            actor1="Protesters (Netherlands)",
            inter1=6,
            country="Netherlands",
            iso3="NLD",
            admin1="Utrecht",
            location="Utrecht",
            latitude=52.09083,
            longitude=5.12222,
            geo_precision=1,
            fatalities=0,
        ),
        _event(
            hostile,
            "EV-NAIROBI",
            {"sub_event_type": "clashed", "actor1": "Rioters", "location": "Nairobi"},
            event_date="2019-09-19",
            date_start="2019-09-19",
            date_end="2019-09-19",
            time_precision=1,
            event_type="Riots",
            sub_event_type="Mob violence",
            actor1="Rioters (Kenya)",
            inter1=5,
            country="Kenya",
            iso3="KEN",
            admin1="Nairobi Area",
            location="Nairobi <script>",
            latitude=-1.28333,
            longitude=36.81667,
            geo_precision=1,
        ),
        _event(
            hostile,
            "EV-NAIROBI-LOOT",
            {"sub_event_type": "burned shops"},
            event_date="2019-09-19",
            date_start="2019-09-19",
            date_end="2019-09-19",
            time_precision=1,
            event_type="Strategic developments",
            sub_event_type="Looting/property destruction",
            actor1="Rioters (Kenya)",
            inter1=5,
            country="Kenya",
            iso3="KEN",
            admin1="Nairobi Area",
            location="Nairobi",
            latitude=-1.28333,
            longitude=36.81667,
            geo_precision=1,
        ),
        _event(
            vague,
            "EV-ARRESTS",
            {"sub_event_type": "arrested"},
            date_start="2019-09-01",
            date_end="2019-09-30",
            time_precision=3,
            event_type="Strategic developments",
            sub_event_type="Arrests",
            actor1="Police Forces",
            inter1=1,
        ),
    ]
    return Sample([kabul, nl, hostile, vague], events)


def filled_store(data: Sample, url: str = ":memory:") -> Store:
    """The project's store (DuckDB in memory unless a URL is given) holding the sample."""
    store = open_store(url)
    for article in data.articles:
        store.add_article(article, [e for e in data.events if article.id in e.article_ids])
    return store
