"""Standalone check of gold/invented/nl-news-2b.jsonl (JSON, offsets, type pairs, dates, ids)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import ISO, SUB  # noqa: E402

KEYS = ["event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2", "country", "admin1", "location",
        "latitude", "longitude", "geo_precision", "date_start", "date_end", "time_precision", "fatalities",
        "fatalities_claimed", "injured", "evidence", "note"]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "nl-news-2b.jsonl")
ids, bad = set(), 0
with open(path, encoding="utf-8") as f:
    lines = f.readlines()
for n, line in enumerate(lines, 1):
    x = json.loads(line)
    a = x["article"]
    assert set(a) == {"id", "published", "title", "language", "source", "text"}, n
    assert a["id"] not in ids and a["id"].startswith("inv2-nl-")
    ids.add(a["id"])
    assert ISO.match(a["published"]) and a["title"]
    for e in x["events"]:
        assert list(e) == KEYS, (a["id"], list(e))
        assert e["sub_event_type"] in SUB[e["event_type"]]
        assert ISO.match(e["date_start"]) and ISO.match(e["date_end"]) and e["date_start"] <= e["date_end"] <= a["published"]
        assert e["geo_precision"] in (1, 2, 3) and e["time_precision"] in (1, 2, 3)
        for ev in e["evidence"]:
            if a["text"][ev["start"]:ev["end"]] != ev["text"]:
                bad += 1
                print("offset mismatch", a["id"])
print(f"{len(ids)} articles OK, offset mismatches: {bad}")
