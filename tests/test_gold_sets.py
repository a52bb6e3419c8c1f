"""The project's coded sets: ids and offsets only, texts joined from ../shared, fixed splits."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import load_script
from eventcoder.evaluate.corpora import corpus_of, join_text
from eventcoder.evaluate.gold import GoldFormatError, load_gold

GOLD = Path(__file__).resolve().parents[1] / "gold"


def _shared(tmp_path: Path) -> Path:
    data = tmp_path / "shared" / "data" / "dpg-news-nl"
    data.mkdir(parents=True)
    rows = [{"id": "1", "published": "2019-03-02", "title": "t", "language": "nl",
             "source": "DPG", "text": "Zaterdag demonstreerden honderden boeren in Zwolle."},
            {"id": "2", "published": "2019-03-02", "title": "t", "language": "nl",
             "source": "DPG", "text": "Het weer was mooi."}]
    (data / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return tmp_path / "shared"


def test_texts_and_evidence_quotes_are_joined_from_the_corpus(tmp_path: Path) -> None:
    shared = _shared(tmp_path)
    line = {"article": {"id": "1", "corpus": "dpg-news-nl", "split": "dev",
                        "published": "2019-03-02", "language": "nl"},
            "events": [{"event_type": "Protests", "evidence": [{"start": 0, "end": 8}]}]}
    joined = join_text(line, shared)
    assert joined["article"]["text"].startswith("Zaterdag")
    assert joined["events"][0]["evidence"][0]["text"] == "Zaterdag"
    assert "split" not in joined["article"]


def test_a_split_keeps_only_its_articles(tmp_path: Path) -> None:
    shared = _shared(tmp_path)
    path = tmp_path / "gold.jsonl"
    lines = [{"article": {"id": i, "corpus": "dpg-news-nl", "split": s, "language": "nl",
                          "published": "2019-03-02"}, "events": []}
             for i, s in (("1", "dev"), ("2", "test"))]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    assert [g.article.id for g in load_gold(path, split="test", shared=shared)] == ["2"]
    assert len(load_gold(path, shared=shared)) == 2
    with pytest.raises(GoldFormatError, match="no gold articles in split"):
        load_gold(path, split="other", shared=shared)


def test_an_unknown_article_is_a_clear_error(tmp_path: Path) -> None:
    shared = _shared(tmp_path)
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"article": {"id": "99", "corpus": "dpg-news-nl"},
                                "events": []}) + "\n")
    with pytest.raises(GoldFormatError, match="not in corpus"):
        load_gold(path, shared=shared)


def test_corpus_of_reads_the_id_form() -> None:
    assert corpus_of("gwn-12") == "gwn"
    assert corpus_of("trnews-1030016") == "trnews"
    assert corpus_of("conll-testa-3") == "conll2002-nl"
    assert corpus_of("10751313") == "dpg-news-nl"
    with pytest.raises(ValueError):
        corpus_of("???")


def test_committed_gold_holds_no_text_and_keeps_near_duplicates_together() -> None:
    with (GOLD / "articles.tsv").open() as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    split_of_group: dict[str, set[str]] = {}
    for r in rows:
        split_of_group.setdefault(r["group"], set()).add(r["split"])
    assert all(len(s) == 1 for s in split_of_group.values())
    split = {r["id"]: r["split"] for r in rows}
    for lang in ("nl", "en"):
        lines = [json.loads(x) for x in (GOLD / f"{lang}.jsonl").read_text().splitlines()]
        assert len(lines) >= 200
        for line in lines:
            assert "text" not in line["article"] and "title" not in line["article"]
            assert line["article"]["split"] == split[line["article"]["id"]]
            for event in line["events"]:
                assert all(set(e) == {"start", "end"} for e in event["evidence"])


def test_eval_scores_one_split_of_an_id_only_gold_file(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from eventcoder.cli import app

    shared = _shared(tmp_path)
    monkeypatch.setenv("EVENTCODER_SHARED", str(shared))
    path = tmp_path / "gold.jsonl"
    event = {"event_type": "Protests", "sub_event_type": "Peaceful protest",
             "location": "Zwolle", "admin1": "Overijssel", "date_start": "2019-03-02",
             "date_end": "2019-03-02", "evidence": [{"start": 0, "end": 51}]}
    lines = [{"article": {"id": "1", "corpus": "dpg-news-nl", "split": "dev", "language": "nl",
                          "published": "2019-03-02"}, "events": [event]},
             {"article": {"id": "2", "corpus": "dpg-news-nl", "split": "test", "language": "nl",
                          "published": "2019-03-02"}, "events": []}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    for flags in ([], ["--no-scope"]):
        result = CliRunner().invoke(app, ["eval", "--gold", str(path), "--split", "dev",
                                          "--json", *flags])
        assert result.exit_code == 0, result.output
        report = json.loads(result.output[result.output.index("{"):])
        assert report["gold_events"] == 1 and len(report["per_article"]) == 1


def test_sentence_labels_hold_no_text_and_never_touch_a_gold_article() -> None:
    """gold/sentences/ trains and measures on uncoded news only: no article of a gold set (so
    no test article), ids that name their offsets, and the three labels of the codebook.
    The second rounds (origins new-2 and new-conll-2) were drawn from that uncoded news after
    the labels were, so their articles may hold labelled sentences; ``sentence_baseline.py``
    leaves out the labels of their test articles."""
    with (GOLD / "articles.tsv").open(encoding="utf-8") as fh:
        gold_ids = {r["id"] for r in csv.DictReader(fh, delimiter="\t")
                    if r["origin"] not in ("new-2", "new-conll-2")}
    rows = []
    for path in sorted((GOLD / "sentences").glob("*.tsv")):
        with path.open(encoding="utf-8") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            assert reader.fieldnames == ["sid", "article_id", "start", "end", "label", "reason"]
            rows += list(reader)
    assert len(rows) >= 800
    for row in rows:
        assert row["article_id"] not in gold_ids
        assert row["sid"] == f"{row['article_id']}:{row['start']}-{row['end']}"
        assert int(row["start"]) < int(row["end"])
        assert row["label"] in {"event", "background", "out"}
        assert len(row["reason"]) < 200  # a reason, not a copied text
    assert {r["label"] for r in rows} == {"event", "background", "out"}


def test_the_report_counts_the_streams_true_events_by_the_verdicts(tmp_path: Path) -> None:
    """gold/report.py --stream: events judged true over those with a verdict."""
    report = load_script("report", "gold")
    verdicts = Path(__file__).resolve().parents[1] / "gold" / "verdicts" / "dpg-news-nl.tsv"
    with verdicts.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    true = next(r["event_id"] for r in rows if r["verdict"] == "true")
    false = next(r["event_id"] for r in rows if r["verdict"] == "false")
    events = tmp_path / "events.jsonl"
    events.write_text("".join(json.dumps({"event_id": i}) + "\n"
                              for i in (true, false, "EC-UNJUDGED")), encoding="utf-8")
    assert report.stream_precision(events) == (3, 2, 1)


def test_the_second_english_round_is_all_dev_and_new() -> None:
    """Every verdict on these texts trained the scope model: none of them may be test."""
    with (GOLD / "articles.tsv").open() as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    second = [r for r in rows if r["origin"] == "new-2"]
    assert len(second) == 100
    assert all(r["language"] == "en" and r["split"] == "dev" for r in second)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))


def test_score_origin_counts_each_rounds_events_apart() -> None:
    score_origin = load_script("score_origin", "gold")
    per_article = [
        {"article_id": "a", "negative": False, "predicted_events": 1,
         "matches": [{}], "missed": [{}], "spurious": []},
        {"article_id": "b", "negative": True, "predicted_events": 2,
         "matches": [], "missed": [], "spurious": [{}, {}]},
        {"article_id": "c", "negative": True, "predicted_events": 0,
         "matches": [], "missed": [], "spurious": []},
    ]
    s = score_origin.score(per_article)
    assert (s["tp"], s["fp"], s["fn"], s["gold"]) == (1, 2, 1, 2)
    assert s["precision"] == pytest.approx(1 / 3) and s["recall"] == pytest.approx(0.5)
    assert (s["negatives"], s["negatives_with_events"]) == (2, 1)


def test_the_sentence_baseline_never_trains_on_a_test_article() -> None:
    """Sentences labelled before their article was drawn into a test split stay out."""
    from eventcoder.evaluate.corpora import shared_dir

    if not (shared_dir() / "data").exists():
        pytest.skip("no ../shared data here")
    baseline = load_script("sentence_baseline", "training")
    with (GOLD / "articles.tsv").open(encoding="utf-8") as fh:
        test = {r["id"] for r in csv.DictReader(fh, delimiter="\t") if r["split"] == "test"}
    labelled = set()
    for path in (GOLD / "sentences").glob("*.tsv"):
        with path.open(encoding="utf-8") as fh:
            labelled |= {r["article_id"] for r in csv.DictReader(fh, delimiter="\t")}
    assert labelled & test  # the case this guards exists
    rows = baseline.load_rows(shared_dir())
    assert rows and not {r["article"] for r in rows} & test


@pytest.mark.parametrize(("name", "size"), [
    ("en-local", 90), ("nl-news", 90), ("en-local-2a", 45), ("en-local-2b", 45),
    ("nl-news-2a", 45), ("nl-news-2b", 45), ("en-local-3", 60), ("nl-news-3", 60),
    ("en-local-4", 40), ("nl-news-4", 40), ("en-local-5", 40), ("nl-news-5", 40),
    ("en-local-6", 40), ("nl-news-6", 40), ("en-local-7", 40), ("nl-news-7", 40),
    ("en-local-8", 40), ("nl-news-8", 40), ("en-local-9", 40), ("nl-news-9", 40),
    ("en-local-10", 40), ("nl-news-10", 40), ("en-local-11", 40), ("nl-news-11", 40)])
def test_invented_sets_load_and_keep_the_split_their_ids_fix(name: str, size: int) -> None:
    """Invented sets carry their texts (the project wrote them); the split is the id hash's,
    so a set cannot be re-split after its test half was scored."""
    split_of = load_script("split_invented", "gold").split_of
    path = GOLD / "invented" / f"{name}.jsonl"
    articles = load_gold(path)
    assert len(articles) == size and sum(len(a.events) for a in articles) > size // 4
    splits = {row["article"]["id"]: row["article"]["split"]
              for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    assert all(split == split_of(article_id) for article_id, split in splits.items())
    assert set(splits.values()) == {"dev", "test"}
    assert len(load_gold(path, split="test")) == list(splits.values()).count("test")


def test_the_notes_set_loads_with_its_split() -> None:
    from eventcoder.evaluate.notes import load_notes

    split_of = load_script("split_invented", "gold").split_of
    notes = load_notes(GOLD / "notes" / "notes-2.jsonl")
    assert len(notes) == 200
    assert all(n.split == split_of(n.id) for n in notes)
