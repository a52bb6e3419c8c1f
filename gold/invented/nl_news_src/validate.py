"""Validate gold/invented/nl-news.jsonl: JSON, evidence offsets, type pairs, dates, ids, counts."""
import collections
import datetime as dt
import json
import pathlib

from build import PAIRS

path = pathlib.Path(__file__).parent.parent / "nl-news.jsonl"
ids, n_ev, by_type, by_sub, problems = set(), 0, collections.Counter(), collections.Counter(), []
rows = [json.loads(line) for line in path.open(encoding="utf-8")]
for r in rows:
    a = r["article"]
    assert a["id"] not in ids; ids.add(a["id"])
    assert a["language"] == "nl"
    dt.date.fromisoformat(a["published"])
    words = len(a["text"].split())
    if not 120 <= words <= 450:
        problems.append((a["id"], "words", words))
    for e in r["events"]:
        n_ev += 1
        assert e["sub_event_type"] in PAIRS[e["event_type"]]
        by_type[e["event_type"]] += 1; by_sub[e["sub_event_type"]] += 1
        for k in ("date_start", "date_end"):
            dt.date.fromisoformat(e[k])
        assert e["date_start"] <= e["date_end"] <= a["published"]
        assert e["geo_precision"] in (1, 2, 3) and e["time_precision"] in (1, 2, 3)
        assert e["inter1"] in range(1, 9) and (e["inter2"] is None or e["inter2"] in range(1, 9))
        assert (e["actor2"] is None) == (e["inter2"] is None)
        assert e["evidence"]
        for ev in e["evidence"]:
            assert a["text"][ev["start"]:ev["end"]] == ev["text"], (a["id"], ev)
        for c in e["fatalities_claimed"]:
            assert set(c) == {"low", "high", "claimant", "text"}
        assert e["note"]
print(f"{len(rows)} articles, {sum(1 for r in rows if r['events'])} with events, {n_ev} events")
print(dict(by_type)); print(dict(by_sub))
print("problems:", problems)
