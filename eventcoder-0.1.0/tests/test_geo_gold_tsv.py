"""eval-geo on the project's TSV gold sets: texts joined from ../shared, offsets checked, Dutch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.evaluate.corpora import shared_dir
from eventcoder.geo.evaluate import evaluate_geoparse, format_geo_report
from eventcoder.geo.gold_tsv import read_gold_tsv

TEXT = ("Honderden mensen demonstreerden gisteren in Amsterdam tegen het beleid. "
        "Ook in Duitsland en in de wijk Qwertzdorp waren er acties.")
PLAIN = "Een verhaal zonder plaatsen, over het weer en de Prijs van de Vrede."
HEAD = "article_id\tstart\tend\tsurface\tgeonameid\tlat\tlon\n"


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def _shared(tmp_path):
    """A ../shared with a two-article Dutch stream (ids as DPG Media's: digits)."""
    folder = tmp_path / "shared" / "data" / "dpg-news-nl"
    folder.mkdir(parents=True)
    rows = [{"id": "101", "text": TEXT, "language": "nl", "published": "2019-03-01"},
            {"id": "102", "text": PLAIN, "language": "nl", "published": "2019-03-02"}]
    (folder / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows),
                                           encoding="utf-8")
    return tmp_path / "shared"


def _tsv(tmp_path, amsterdam=("2759794", "52.37403", "4.88969")):
    """Amsterdam and Germany with ids, an unknown district without one, an article with none."""
    rows = []
    for word, code in (("Amsterdam", amsterdam), ("Duitsland", ("2921044", "51.5", "10.5")),
                       ("Qwertzdorp", ("", "", ""))):
        start, end = _span(TEXT, word)
        rows.append(f"101\t{start}\t{end}\t{word}\t" + "\t".join(code))
    rows.append("102\t\t\t\t\t\t")
    path = tmp_path / "dpg-nl.tsv"
    path.write_text(HEAD + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_read_gold_tsv_joins_texts_in_their_language(tmp_path):
    arts = read_gold_tsv(_tsv(tmp_path), shared=_shared(tmp_path))
    assert [a.id for a in arts] == ["101", "102"]
    first, second = arts
    assert first.lang == "nl" and first.text == TEXT
    assert [t.text for t in first.toponyms] == ["Amsterdam", "Duitsland"]  # the id-less is not
    assert len(first.annotated) == 3  # ...but it is annotated (no false positive when found)
    assert second.toponyms == [] and second.annotated == []


def test_read_gold_tsv_rejects_offsets_that_miss_the_surface(tmp_path):
    shared = _shared(tmp_path)
    path = tmp_path / "bad.tsv"
    path.write_text(HEAD + "101\t0\t9\tAmsterdam\t2759794\t52.37\t4.89\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Amsterdam"):
        read_gold_tsv(path, shared=shared)
    unknown = tmp_path / "unknown.tsv"
    unknown.write_text(HEAD + "999\t\t\t\t\t\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="999"):
        read_gold_tsv(unknown, shared=shared)


def test_eval_geo_scores_a_tsv_like_the_xml_sets(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_SHARED", str(_shared(tmp_path)))
    good = _tsv(tmp_path)
    report = evaluate_geoparse([good], mode="both")["files"]["dpg-nl.tsv"]
    assert report["articles"] == 2
    gold = report["gold"]
    assert gold["toponyms"] == 2 and gold["exact_pct"] == 100.0 and gold["median_km"] == 0.0
    e2e = report["e2e"]
    assert e2e["recall"] == 100.0 and e2e["resolved_exact_pct"] == 100.0

    # The same mention coded as a place 400 km away: no longer exact, nor within 161 km.
    far = tmp_path / "far"
    far.mkdir()
    moved = evaluate_geoparse([_tsv(far, ("1", "49.0", "10.0"))], mode="gold")
    g = moved["files"]["dpg-nl.tsv"]["gold"]
    assert g["exact_pct"] == 50.0 and g["within_161km_pct"] == 50.0 and g["mean_km"] > 150


def test_eval_geo_reports_a_broken_tsv_and_goes_on(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_SHARED", str(_shared(tmp_path)))
    bad = tmp_path / "bad.tsv"
    bad.write_text("article_id\tstart\n101\t0\n", encoding="utf-8")
    report = evaluate_geoparse([bad, _tsv(tmp_path)], mode="gold")
    assert "missing columns" in report["files"]["bad.tsv"]["error"]
    assert report["files"]["dpg-nl.tsv"]["gold"]["toponyms"] == 2
    assert "dpg-nl.tsv" in format_geo_report(report)


GOLD_GEO = Path(__file__).resolve().parents[1] / "gold" / "geo"


def test_the_dutch_set_holds_no_test_article_and_every_chosen_one():
    chosen = (GOLD_GEO / "articles.txt").read_text(encoding="utf-8").split()
    rows = (GOLD_GEO.parent / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:]
    held_out = {r.split("\t")[1] for r in rows if r.split("\t")[4] == "test"}
    assert len(chosen) == 60 and not held_out & set(chosen)
    coded = {line.split("\t")[0] for line in
             (GOLD_GEO / "dpg-nl.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    assert coded == set(chosen)


@pytest.mark.skipif(not (shared_dir() / "data/dpg-news-nl/articles.jsonl").exists(),
                    reason="the Dutch stream (../shared) is not present")
def test_the_dutch_set_matches_the_stream_texts():
    arts = read_gold_tsv(GOLD_GEO / "dpg-nl.tsv")  # raises on any offset that misses its surface
    assert len(arts) == 60 and {a.lang for a in arts} == {"nl"}
    assert sum(len(a.toponyms) for a in arts) > 200


def test_read_gold_tsv_keeps_one_split_from_the_split_file(tmp_path):
    shared, path = _shared(tmp_path), _tsv(tmp_path)
    with pytest.raises(ValueError, match="split.tsv"):
        read_gold_tsv(path, shared=shared, split="dev")  # no split file: no half to keep
    (tmp_path / "split.tsv").write_text("article_id\tsplit\n101\ttest\n102\tdev\n",
                                        encoding="utf-8")
    assert [a.id for a in read_gold_tsv(path, shared=shared, split="dev")] == ["102"]
    assert [a.id for a in read_gold_tsv(path, shared=shared, split="test")] == ["101"]
    assert len(read_gold_tsv(path, shared=shared)) == 2
    (tmp_path / "split.tsv").write_text("article_id\tsplit\n101\ttest\n", encoding="utf-8")
    with pytest.raises(ValueError, match="102"):
        read_gold_tsv(path, shared=shared, split="dev")  # an article in no split is an error


def test_eval_geo_split_scores_one_half_and_refuses_it_for_xml(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_SHARED", str(_shared(tmp_path)))
    path = _tsv(tmp_path)
    (tmp_path / "split.tsv").write_text("article_id\tsplit\n101\tdev\n102\ttest\n",
                                        encoding="utf-8")
    dev = evaluate_geoparse([path], mode="gold", split="dev")["files"]["dpg-nl.tsv"]
    test = evaluate_geoparse([path], mode="gold", split="test")["files"]["dpg-nl.tsv"]
    assert (dev["articles"], dev["gold"]["toponyms"]) == (1, 2)
    assert (test["articles"], test["gold"]["toponyms"]) == (1, 0)
    xml = tmp_path / "GWN.xml"
    xml.write_text("<articles></articles>", encoding="utf-8")
    report = evaluate_geoparse([xml], mode="gold", split="dev")
    assert "no dev or test split" in report["files"]["GWN.xml"]["error"]


def test_the_dutch_set_split_places_every_chosen_article_by_the_hash_rule():
    chosen = (GOLD_GEO / "articles.txt").read_text(encoding="utf-8").split()
    rows = (GOLD_GEO / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    splits = dict(r.split("\t") for r in rows)
    assert sorted(splits) == sorted(chosen)
    from eventcoder.evaluate.corpora import in_share
    assert all(s == ("test" if in_share("gold/geo:" + i, 0.5) else "dev")
               for i, s in splits.items())
    assert 15 <= list(splits.values()).count("dev") <= 45
