"""Build gold/invented/nl-news.jsonl from the batch files (invented Dutch articles, coded by CODEBOOK.md)."""
import importlib
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from invented import ISO, load_gold, wd  # noqa: E402

from eventcoder.records import ACLED_TYPES  # noqa: E402


def resolve(pub: str, d: str) -> str:
    """A date as written, or a day named relative to publication (invented.wd)."""
    return d if ISO.match(d) else wd(pub, d)


def main() -> None:
    out = []
    for b in ["b1", "b2", "b3", "b4"]:
        try:
            mod = importlib.import_module(b)
        except ModuleNotFoundError:
            continue
        for a in mod.ARTICLES:
            text = re.sub(r"\s+", " ", a["text"]).strip()
            events = []
            for e in a["events"]:
                ds = resolve(a["published"], e["ds"])
                de = resolve(a["published"], e.get("de") or e["ds"])
                ev = []
                for s in e["ev"]:
                    i = text.index(s)
                    assert text.count(s) == 1, s
                    ev.append({"start": i, "end": i + len(s), "text": s})
                assert e["sub"] in ACLED_TYPES[e["type"]], e["sub"]
                assert ds <= de <= a["published"], (a["n"], ds, de)
                events.append({
                    "event_type": e["type"], "sub_event_type": e["sub"],
                    "actor1": e["a1"], "inter1": e["i1"], "actor2": e.get("a2"), "inter2": e.get("i2"),
                    "country": e["country"], "admin1": e["admin1"], "location": e["loc"],
                    "latitude": e["lat"], "longitude": e["lon"], "geo_precision": e.get("gp", 1),
                    "date_start": ds, "date_end": de, "time_precision": e.get("tp", 1 if ds == de else 2),
                    "fatalities": e.get("fat"), "fatalities_claimed": e.get("claimed", []),
                    "injured": e.get("inj"), "evidence": ev, "note": e["note"],
                })
            out.append({"article": {"id": f"inv-nl-{a['n']:03d}", "published": a["published"], "title": a["title"],
                                    "language": "nl", "source": a["source"], "text": text},
                        "events": events, "note": a["note"]})
    ids = [o["article"]["id"] for o in out]
    assert len(ids) == len(set(ids))
    dest = HERE.parent / "nl-news.jsonl"
    with open(dest, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    load_gold(dest)  # the project's reader: raises on a bad line
    print(len(out), "articles", sum(1 for o in out if o["events"]), "with events",
          sum(len(o["events"]) for o in out), "events")


if __name__ == "__main__":
    main()
