"""What every invented set's builder shares: the batch helpers (``art``, ``ev``, ``wd``) the
batch files import, and :func:`build`, which joins a set's batches into its JSONL file (evidence
sentences turned into offsets) and checks it with the project's own gold reader
(``eventcoder.evaluate.gold.load_gold``: types, dates, offsets that match the text).

Each ``*_src/build.py`` names its set's file, id prefix, language, batches and word range and
calls :func:`build`; run it with the project's Python, e.g.
``.venv/bin/python gold/invented/src_en_local_2a/build.py``, then ``gold/split_invented.py`` on
the file (the split is the id hash's, so a rebuild gets the same one).
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from eventcoder.evaluate.gold import load_gold  # noqa: E402
from eventcoder.records import ACLED_TYPES  # noqa: E402

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DAYS = {name: i for names in (
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
) for i, name in enumerate(names)}
DAYS_BACK = {"today": 0, "vandaag": 0, "yesterday": 1, "gisteren": 1, "eergisteren": 2}


def wd(pub: str, name: str) -> str:
    """The most recent weekday ``name`` (English or Dutch) on or before ``pub``; "yesterday",
    "gisteren", "eergisteren", "today" and "vandaag" too (the codebook's rule)."""
    p = dt.date.fromisoformat(pub)
    back = DAYS_BACK[name] if name in DAYS_BACK else (p.weekday() - DAYS[name]) % 7
    return (p - dt.timedelta(days=back)).isoformat()


def ev(et, sub, a1, i1, a2, i2, country, admin1, loc, lat, lon, gp, ds, de=None, tp=1,
       fat=None, claimed=None, inj=None, evid=(), note=""):
    """One coded event; ``evid`` holds the sentences of the text that report it."""
    return {"event_type": et, "sub_event_type": sub, "actor1": a1, "inter1": i1, "actor2": a2,
            "inter2": i2, "country": country, "admin1": admin1, "location": loc, "latitude": lat,
            "longitude": lon, "geo_precision": gp, "date_start": ds, "date_end": de or ds,
            "time_precision": tp, "fatalities": fat, "fatalities_claimed": claimed or [],
            "injured": inj, "evidence": list(evid), "note": note}


def art(pub, title, source, paras, events=(), note=""):
    """One article: its paragraphs (joined by a blank line) and its coded events."""
    return {"published": pub, "title": title, "source": source, "paras": paras,
            "events": list(events), "note": note}


def build(folder: Path, out: str, prefix: str, language: str, batches: list[str],
          first: int = 1, words: tuple[int, int] = (150, 550)) -> int:
    """Write ``gold/invented/<out>`` from the batch modules of ``folder`` (ids ``prefix-NNN``
    from ``first``), check it with ``load_gold`` and print its counts; 1 if a check failed."""
    sys.path.insert(0, str(folder))
    arts = [a for b in batches for a in importlib.import_module(b).ARTICLES]
    lines, errs = [], []
    for n, a in enumerate(arts, first):
        aid = f"{prefix}-{n:03d}"
        text = "\n\n".join(a["paras"])
        if not words[0] <= len(text.split()) <= words[1]:
            errs.append(f"{aid}: {len(text.split())} words")
        assert ISO.match(a["published"]), aid
        events = []
        for e in map(dict, a["events"]):
            assert e["sub_event_type"] in ACLED_TYPES[e["event_type"]], (aid, e["sub_event_type"])
            assert e["date_start"] <= e["date_end"] <= a["published"], (aid, "dates")
            assert (e["actor2"] is None) == (e["inter2"] is None), aid
            spans = []
            for s in e["evidence"]:
                if text.count(s) != 1:
                    errs.append(f"{aid}: evidence found {text.count(s)}x: {s[:60]}")
                    continue
                spans.append({"start": text.index(s), "end": text.index(s) + len(s), "text": s})
            if not spans:
                errs.append(f"{aid}: event without evidence")
            e["evidence"] = spans
            events.append(e)
        lines.append({"article": {"id": aid, "published": a["published"], "title": a["title"],
                                  "language": language, "source": a["source"], "text": text},
                      "events": events, "note": a["note"]})
    path = HERE / out
    with path.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    load_gold(path)  # the project's reader: raises on a bad line
    for err in errs:
        print("ERR", err)
    types = collections.Counter(e["event_type"] for x in lines for e in x["events"])
    sizes = [len(x["article"]["text"].split()) for x in lines]
    print(f"{out}: articles {len(lines)}, with events {sum(1 for x in lines if x['events'])}, "
          f"events {sum(types.values())}, words {min(sizes)}-{max(sizes)}")
    print(dict(types))
    return 1 if errs else 0
