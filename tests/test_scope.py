"""The learned scope decision: features, the model file's validation, and what it keeps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import build_article, build_event
from eventcoder.extract.scope import (
    MODEL_PATH,
    ScopeModel,
    apply_scope,
    country_only,
    days_before_publication,
    load_scope_model,
    scope_features,
    untimed,
)

TEXT = ("Bij de aanval op Kunduz kwamen zaterdag zestien mensen om. "
        "De voetbalclub won gisteren met 3-0.")


def _event(article, **fields):
    return build_event(article, spans={"event_type": "Bij de aanval op Kunduz kwamen zaterdag"},
                       **fields)


def test_features_are_named_and_read_only_the_trigger_sentence() -> None:
    article = build_article(TEXT, language="nl", published="2019-09-09", title="Taliban")
    features = scope_features(_event(article), article)
    assert features["type=Battles"] == 1.0
    assert features["inter1=2"] == 1.0
    assert features["actor1_named=True"] == 1.0  # "Taliban", not a generic "(Country)" actor
    assert "trig:nl:bij de aanval op kunduz kwamen zaterdag" in features
    assert features["date_in_trigger=False"] == 1.0  # no date evidence in this test event
    assert not any("voetbalclub" in name for name in features)  # another sentence


def test_days_before_publication_uses_the_latest_possible_day() -> None:
    article = build_article(TEXT, published="2019-09-09")
    assert days_before_publication(_event(article, date_start="2019-09-01",
                                          date_end="2019-09-07"), article) == 2
    assert days_before_publication(_event(article, date_start=None, date_end=None,
                                          event_date=None), article) is None
    undated = build_article(TEXT)
    assert days_before_publication(_event(undated), undated) is None


def _model(**weights: float) -> ScopeModel:
    return ScopeModel(weights=weights, bias=0.0, threshold=0.5)


def test_a_candidate_under_the_threshold_is_dropped() -> None:
    article = build_article(TEXT, language="nl", published="2019-09-09")
    keep = _event(article)
    drop = _event(article, event_type="Strategic developments", sub_event_type="Arrests")
    kept = apply_scope(article, [keep, drop], model=_model(**{"type=Battles": 2.0,
                                                              "type=Strategic developments": -2.0}))
    assert kept == [keep]
    assert 0.0 < kept[0].confidence <= 0.6


def test_an_old_rejected_event_is_background_only_when_every_modality_is_asked_for() -> None:
    article = build_article(TEXT, language="nl", published="2019-09-30")
    model = _model(**{"type=Battles": -2.0})
    assert apply_scope(article, [_event(article, date_start="2019-09-01",
                                        date_end="2019-09-07")], model=model) == []
    old = apply_scope(article, [_event(article, date_start="2019-09-01", date_end="2019-09-07")],
                      model=model, all_modalities=True)
    assert [e.modality for e in old] == ["background"]
    recent = apply_scope(article, [_event(article, date_start="2019-09-28",
                                          date_end="2019-09-28")], model=model,
                         all_modalities=True)
    assert recent == []  # rejected but not old: out of scope, not background


@pytest.mark.parametrize("data, message", [
    ({"weights": {"a": "x"}, "bias": 0, "threshold": 0.5}, "weights"),
    ({"weights": {}, "bias": 0, "threshold": 1.5}, "threshold"),
])
def test_a_broken_model_file_is_a_clear_error(data: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ScopeModel.from_json(data)


def test_the_shipped_model_loads_and_records_its_training() -> None:
    model = load_scope_model()
    assert model is not None, "training/train_scope.py writes the shipped scope model"
    assert 0.0 < model.threshold < 1.0
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["trained_on"]["in_scope"] > 0
    assert MODEL_PATH.stat().st_size < 1_000_000


def test_a_missing_model_file_means_no_model(tmp_path: Path) -> None:
    assert load_scope_model(tmp_path / "none.json") is None


def test_an_event_beyond_the_news_horizon_is_background_whatever_its_score() -> None:
    article = build_article(TEXT, language="nl", published="2019-03-20")
    model = _model(**{"type=Battles": 5.0})
    old = _event(article, date_start="2018-08-07", date_end="2018-08-07")
    assert apply_scope(article, [old], model=model) == []
    assert [e.modality for e in apply_scope(article, [old], model=model,
                                            all_modalities=True)] == ["background"]
    recent = _event(article, date_start="2019-03-16", date_end="2019-03-16")
    assert apply_scope(article, [recent], model=model) == [recent]


def test_without_a_publication_date_the_latest_told_date_bounds_the_horizon() -> None:
    text = ("On 12 May 2018 protesters marched in the capital. The march recalled the attack "
            "of 5 April 2013, when a bomb killed nine people.")
    article = build_article(text, language="en", published=None)
    model = _model(**{"type=Battles": 5.0})
    def told(**dates: str | None):
        return build_event(article, spans={"event_type": "bomb killed"}, **dates)

    old = told(event_date="2013-04-05", date_start="2013-04-05", date_end="2013-04-05")
    new = told(event_date="2018-05-12", date_start="2018-05-12", date_end="2018-05-12")
    undated = told(event_date=None, date_start=None, date_end=None)
    assert apply_scope(article, [old], model=model) == []  # five years before the story's dates
    assert apply_scope(article, [new], model=model) == [new]
    assert apply_scope(article, [undated], model=model) == [undated]  # nothing to place it by
    dated = build_article(text, language="en", published="2013-04-06")
    assert apply_scope(dated, [old], model=model) == [old]  # publication decides when known


UNTIMED = ("De verkiezingen leverden Forum een grote winst op. De partijen voerden campagne in "
           "het hele land. Het kabinet sprak met de burgemeesters. Sommigen noemden de aanslag "
           "in Utrecht als reden. De opkomst was hoog.")


def test_an_event_said_once_in_passing_without_a_time_is_background() -> None:
    article = build_article(UNTIMED, language="nl", published="2019-03-22")
    model = _model(**{"type=Battles": 5.0})
    passing = build_event(article, spans={"event_type": "aanslag"})
    assert untimed(passing, article)
    assert apply_scope(article, [passing], model=model) == []
    assert [e.modality for e in apply_scope(article, [passing], model=model,
                                            all_modalities=True)] == ["background"]


@pytest.mark.parametrize("text", [
    # a time in the sentence after it
    UNTIMED.replace("De opkomst was hoog.", "Die vond maandag plaats."),
    # told in the lead
    "Sommigen noemden de aanslag in Utrecht als reden. " + UNTIMED,
])
def test_a_time_nearby_or_the_lead_keeps_it_news(text: str) -> None:
    article = build_article(text, language="nl", published="2019-03-22")
    event = build_event(article, spans={"event_type": "aanslag"})
    assert not untimed(event, article)


def test_an_event_told_at_length_or_with_a_found_date_is_part_of_the_story() -> None:
    text = UNTIMED.replace("De opkomst was hoog.", "Na de aanslag was de opkomst hoog.")
    article = build_article(text, language="nl", published="2019-03-22")
    twice = build_event(article, spans={"event_type": "aanslag"})
    twice.evidence.append(twice.evidence[0].model_copy(
        update={"start": text.index("aanslag was"), "end": text.index("aanslag was") + 7}))
    assert not untimed(twice, article)
    dated = build_event(article, spans={"event_type": "aanslag", "date": "verkiezingen"})
    assert not untimed(dated, article)


NOTE = ("On 20 September 2022, ENDF troops killed 10 Al Shabaab militants near Yeed. "
        "The district has seen fighting since July.")
NOTE_SPANS = {"event_type": "killed", "date": "20 September 2022", "location": "Yeed",
              "actor1": "ENDF troops"}
NOTE_DAY = {"event_date": "2022-09-20", "date_start": "2022-09-20", "date_end": "2022-09-20",
            "actor1": "Military Forces of Ethiopia", "actor2": "Al Shabaab", "location": "Yeed"}


def _note(published: str = "2022-09-21", spans: dict[str, str] | None = None, **fields):
    article = build_article(NOTE, language="en", published=published)
    return article, build_event(article, spans=spans or NOTE_SPANS, **{**NOTE_DAY, **fields})


def test_a_candidate_told_in_full_is_kept_whatever_the_model_scores() -> None:
    low = _model(**{"type=Battles": -9.0})
    article, event = _note()
    assert apply_scope(article, [event], model=low) == [event]
    assert event.confidence < 0.01  # the model's score, still reported


@pytest.mark.parametrize("change", [
    {"spans": {k: v for k, v in NOTE_SPANS.items() if k != "date"}},  # no date told
    {"spans": {**NOTE_SPANS, "date": "since July"}},  # the date stands in another sentence
    {"spans": {k: v for k, v in NOTE_SPANS.items() if k != "location"}},  # no place told
    {"actor1": None},  # no doer
    {"modality": "hypothetical"},  # not told as having happened
    {"published": "2022-10-30"},  # beyond the news horizon
    {"published": "2022-09-18"},  # dated after publication
    {"published": None},  # no publication date to place it by
])
def test_a_candidate_missing_any_part_is_left_to_the_model(change: dict) -> None:
    low = _model(**{"type=Battles": -9.0})
    article, event = _note(**change)
    assert apply_scope(article, [event], model=low) == []


def test_a_report_told_in_full_keeps_its_group() -> None:
    low = _model(**{"type=Battles": -9.0})
    article, full = _note()
    _, bare = _note(spans={"event_type": "killed"})
    assert apply_scope(article, [bare], model=low) == []
    assert apply_scope(article, [bare, full], model=low, groups=[[0, 1]]) == [bare, full]


def test_an_event_placed_only_in_a_country_is_not_coded_even_told_in_full() -> None:
    article, event = _note()
    assert apply_scope(article, [event], model=_model()) == [event]
    article, country = _note(location=event.country, admin1=None, admin2=None, geo_precision=3)
    assert country_only(country)
    assert apply_scope(article, [country], model=_model(**{"type=Battles": 9.0})) == []
    # a province is a place: an event placed there stays
    article, province = _note(location=event.admin1, admin2=None, geo_precision=3)
    assert not country_only(province)
    assert apply_scope(article, [province], model=_model()) == [province]


@pytest.mark.parametrize(("sub_event_type", "kept"), [
    ("Air/drone strike", True), ("Shelling/artillery/missile attack", True),
    ("Suicide bomb", True), ("Armed clash", False), ("Attack", False),
])
def test_a_deed_only_armed_forces_do_needs_no_doer_told(sub_event_type: str, kept: bool) -> None:
    """"On Sunday, a drone strike near Aguelhok killed eight civilians": the strike says who
    could have done it; a clash or an attack without its doer is left to the model."""
    low = _model(**{"type=Battles": -9.0, "type=Explosions/Remote violence": -9.0,
                    "type=Violence against civilians": -9.0})
    event_type = {"Armed clash": "Battles", "Attack": "Violence against civilians"}.get(
        sub_event_type, "Explosions/Remote violence")
    article, event = _note(spans={k: v for k, v in NOTE_SPANS.items() if k != "actor1"},
                           actor1=None, event_type=event_type, sub_event_type=sub_event_type)
    assert (apply_scope(article, [event], model=low) == [event]) is kept
