"""Analysts' verdicts on candidate events: the file format, its validation, and how a candidate
finds its verdict after a rule change moved its id."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build_article, build_event, load_script
from eventcoder.evaluate.corpora import corpus_of, load_corpus, shared_dir
from eventcoder.evaluate.verdicts import (
    COLUMNS,
    Verdict,
    VerdictFormatError,
    VerdictIndex,
    evidence_sentences,
    parse_spans,
    problems,
    read_file,
    read_verdicts,
    verdict_for,
    write_file,
)

VERDICTS = Path(__file__).resolve().parents[1] / "gold" / "verdicts"
TEXT = ("Het weer was mooi. Betogers bezetten zaterdag het plein in Utrecht en de politie "
        "voerde de demonstranten af. De voetbalclub won gisteren met 3-0.")
JUDGED = {"verdict": "true", "fields_ok": "false", "reason": "a protest told as news"}


def _article():
    return build_article(TEXT, article_id="10000001", language="nl", published="2019-03-02")


def _protest(article, trigger: str, sub: str = "Peaceful protest", kind: str = "Protests"):
    return build_event(article, spans={"event_type": trigger}, event_type=kind,
                       sub_event_type=sub, location="Utrecht")


def _index(article) -> tuple[VerdictIndex, Verdict]:
    judged = verdict_for(_protest(article, "bezetten"), article.id, article.text, JUDGED)
    return VerdictIndex([judged]), judged


def test_a_verdict_row_stores_the_sentences_the_event_rests_on() -> None:
    article = _article()
    _, judged = _index(article)
    (start, end), = judged.evidence
    assert article.text[start:end].startswith("Betogers bezetten zaterdag")
    assert article.text[start:end].rstrip().endswith("demonstranten af.")
    assert (judged.event_type, judged.location) == ("Protests", "Utrecht")


def test_a_candidate_whose_id_changed_keeps_the_verdict_of_its_evidence() -> None:
    article = _article()
    index, judged = _index(article)
    moved = _protest(article, "demonstranten", sub="Protest with intervention")
    assert moved.event_id != judged.event_id  # a rule moved the trigger and the sub-type
    assert index.match(moved, article.id, article.text) == judged


def test_another_type_or_another_sentence_or_article_finds_no_verdict() -> None:
    article = _article()
    index, _ = _index(article)
    riot = _protest(article, "bezetten", sub="Violent demonstration", kind="Riots")
    assert index.match(riot, article.id, article.text) is None
    elsewhere = _protest(article, "voetbalclub")
    assert index.match(elsewhere, article.id, article.text) is None
    other = build_article(TEXT, article_id="10000002", language="nl")
    assert index.match(_protest(other, "demonstranten"), other.id, other.text) is None


def test_the_id_wins_and_else_the_largest_overlap() -> None:
    article = _article()
    index, judged = _index(article)
    whole = Verdict(**{**judged.__dict__, "event_id": "EC0000000000000A", "verdict": "false",
                       "evidence": ((0, len(TEXT)),)})
    narrow = Verdict(**{**judged.__dict__, "event_id": "EC0000000000000B", "verdict": "false",
                        "evidence": ((judged.evidence[0][0], judged.evidence[0][0] + 5),)})
    both = VerdictIndex([narrow, judged, whole])
    event = _protest(article, "bezetten")
    assert both.match(event, article.id, article.text) == judged  # by id
    moved = _protest(article, "demonstranten", sub="Protest with intervention")
    assert both.match(moved, article.id, article.text) == judged  # a tie: the earlier row
    assert VerdictIndex([narrow, whole]).match(moved, article.id, article.text) == whole
    assert VerdictIndex([narrow]).match(moved, article.id, article.text) == narrow


def test_rows_round_trip_through_a_file_with_quotes_in_the_reason(tmp_path: Path) -> None:
    article = _article()
    row = {**JUDGED, "reason": '"bezetten" here is a protest; "aanval" is not'}
    judged = verdict_for(_protest(article, "bezetten"), article.id, article.text, row, "x.tsv")
    path = tmp_path / "x.tsv"
    write_file(path, [judged])
    assert path.read_text(encoding="utf-8").splitlines()[0].split("\t") == list(COLUMNS)
    assert read_file(path) == [judged]


@pytest.mark.parametrize("text, message", [
    ("event_id\tarticle_id\tverdict\tfields_ok\treason\n", "columns"),
    ("\t".join(COLUMNS) + "\nEC1\t1\tProtests\tPeaceful protest\t5-x\tU\ttrue\tfalse\tr\n",
     "evidence"),
    ("\t".join(COLUMNS) + "\nEC1\t1\tProtests\tPeaceful protest\t9-5\tU\ttrue\tfalse\tr\n",
     "evidence"),
    ("\t".join(COLUMNS) + "\nEC1\t1\tProtests\n", "columns"),
])
def test_a_malformed_file_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VerdictFormatError, match=message):
        read_file(path)


def test_problems_name_unknown_values_twice_judged_ids_and_unknown_articles() -> None:
    article = _article()
    _, good = _index(article)
    assert problems([good], articles={article.id}, lengths={article.id: len(TEXT)}) == []
    bad = [
        Verdict(**{**good.__dict__, "event_type": "Parades"}),
        Verdict(**{**good.__dict__, "event_id": "EC00000000000001", "sub_event_type": "Grenade"}),
        Verdict(**{**good.__dict__, "event_id": "EC00000000000002", "verdict": "maybe"}),
        Verdict(**{**good.__dict__, "event_id": "EC00000000000003", "article_id": "99"}),
        Verdict(**{**good.__dict__, "event_id": "EC00000000000004", "evidence": ((0, 999),)}),
        Verdict(**{**good.__dict__, "event_id": "EC00000000000005", "reason": " "}),
    ]
    found = problems([good, *bad], articles={article.id}, lengths={article.id: len(TEXT)})
    for words in ("unknown event type", "no sub-type", "true or false", "unknown article 99",
                  "past the article's end", "no reason"):
        assert any(words in p for p in found), words
    assert any("judged twice" in p for p in problems([good, good]))


def test_the_committed_verdicts_are_valid() -> None:
    rows = read_verdicts(VERDICTS)
    assert len(rows) >= 180
    assert problems(rows) == []
    for v in rows:  # each file holds its own corpora's articles
        corpus = corpus_of(v.article_id)
        expected = {"dpg-news-nl": "dpg-news-nl.tsv", "conll2002-nl": "conll2002-nl.tsv"}
        assert v.source == expected.get(corpus, "geoparse-en.tsv"), v.event_id


def test_the_committed_verdicts_name_known_articles_and_offsets_inside_them() -> None:
    shared = shared_dir()
    if not (shared / "data").exists():
        pytest.skip("no ../shared data here")
    rows = read_verdicts(VERDICTS)
    texts = {i: a.get("text") or "" for c in {corpus_of(v.article_id) for v in rows}
             for i, a in load_corpus(shared, c).items()}
    lengths = {i: len(t) for i, t in texts.items()}
    assert problems(rows, articles=set(texts), lengths=lengths) == []
    for v in rows[:20]:  # the stored sentences are sentences of the text
        for start, _ in v.evidence:
            assert start == 0 or texts[v.article_id][start - 1].isspace()


def test_evidence_sentences_are_those_of_the_event_type_evidence_only() -> None:
    article = _article()
    event = build_event(article, spans={"event_type": "bezetten", "date": "gisteren"},
                        event_type="Protests", sub_event_type="Peaceful protest")
    assert len(evidence_sentences(event, article.text)) == 1
    assert parse_spans("3-9;12-20") == ((3, 9), (12, 20))


def test_the_stream_report_finds_a_moved_events_verdict_in_its_first_article(monkeypatch) -> None:
    report = load_script("stream_report", "gold")
    article = _article()
    index, judged = _index(article)
    monkeypatch.setattr(report, "stream_texts", lambda pool="nl": {article.id: article.text})
    moved = _protest(article, "demonstranten", sub="Protest with intervention")
    merged = moved.model_dump(mode="json") | {"article_ids": [article.id, "10000009"]}
    assert report.verdict_of(merged, index) == judged
    assert report.verdict_of({"event_id": judged.event_id}, index) == judged
    assert report.verdict_of({"event_id": "EC-UNJUDGED"}, index) is None
    later = merged | {"article_ids": ["10000009", article.id]}  # judged by its earliest report
    assert report.verdict_of(later, index) is None


def test_judged_lines_become_full_rows_of_the_pools_file(tmp_path: Path) -> None:
    import json

    candidates = load_script("candidates", "gold")
    article = _article()
    event = _protest(article, "bezetten")
    batches = tmp_path / "batches"
    batches.mkdir()
    item = {"corpus": "dpg-news-nl", "article": article.model_dump(mode="json"),
            "candidates": [event.model_dump(mode="json")]}
    (batches / "batch-00.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    judged = tmp_path / "judged.tsv"
    judged.write_text(f"{event.event_id}\ttrue\tfalse\tsquatters occupied a square\n",
                      encoding="utf-8")
    folder = tmp_path / "verdicts"
    folder.mkdir()
    assert candidates.add_judged(batches, judged, folder) == {"dpg-news-nl.tsv": 1}
    (row,) = read_file(folder / "dpg-news-nl.tsv")
    assert (row.event_id, row.event_type, row.verdict) == (event.event_id, "Protests", "true")
    assert row.evidence == evidence_sentences(event, article.text)
    with pytest.raises(SystemExit, match="judged twice"):  # the same id again
        candidates.add_judged(batches, judged, folder)
    judged.write_text("EC0000000000000F\ttrue\tfalse\tno such candidate\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="not a candidate"):
        candidates.add_judged(batches, judged, folder)


def test_the_english_stream_is_the_corpora_texts_no_coded_set_holds() -> None:
    """The English pool leaves out every coded article and every near-duplicate of a test
    article (its texts would leak the test split), and writes records ``extract`` reads."""
    shared = shared_dir()
    if not (shared / "eval" / "geoparse").exists():
        pytest.skip("no ../shared geoparse corpora here")
    report = load_script("stream_report", "gold")
    candidates = load_script("candidates", "gold")
    rows = report.uncoded("en")
    gold, test = candidates.gold_articles()
    ids = {r["id"] for r in rows}
    english = {i for c in ("gwn", "trnews", "geovirus") for i in load_corpus(shared, c)}
    assert ids and ids <= english and not ids & gold
    assert all(r["language"] == "en" and r["text"] for r in rows)
    assert set(report.uncoded("nl")[0]) >= {"id", "text", "language"}
