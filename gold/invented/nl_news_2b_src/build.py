"""Build gold/invented/nl-news-2b.jsonl from the batch files and validate it."""
import collections
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "nl-news-2b.jsonl")

SUB = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def main():
    arts = []
    for b in sys.argv[1:] or ["b1", "b2", "b3"]:
        arts += importlib.import_module(b).ARTICLES
    lines, errs = [], []
    for n, a in enumerate(arts, 1):
        aid = f"inv2-nl-{n + 45:03d}"
        text = "\n\n".join(a["paras"])
        words = len(text.split())
        if not 150 <= words <= 550:
            errs.append(f"{aid}: {words} words")
        assert ISO.match(a["published"]), aid
        evs = []
        for e in a["events"]:
            e = dict(e)
            assert e["sub_event_type"] in SUB[e["event_type"]], (aid, e["sub_event_type"])
            for k in ("date_start", "date_end"):
                assert e[k] is None or ISO.match(e[k]), (aid, k)
                if e[k]:
                    assert e[k] <= a["published"], (aid, "date after publication")
            assert e["inter1"] in range(1, 9)
            assert e["inter2"] is None or e["inter2"] in range(1, 9)
            assert (e["actor2"] is None) == (e["inter2"] is None), aid
            ev_ = []
            for s in e["evidence"]:
                if text.count(s) != 1:
                    errs.append(f"{aid}: evidence found {text.count(s)}x: {s[:60]}")
                    continue
                st = text.index(s)
                ev_.append({"start": st, "end": st + len(s), "text": s})
                assert text[st:st + len(s)] == s
            if not ev_:
                errs.append(f"{aid}: event without evidence")
            e["evidence"] = ev_
            evs.append(e)
        lines.append({"article": {"id": aid, "published": a["published"], "title": a["title"],
                                  "language": "nl", "source": a["source"], "text": text},
                      "events": evs, "note": a["note"]})
    ids = [x["article"]["id"] for x in lines]
    assert len(ids) == len(set(ids))
    for e in errs:
        print("ERR", e)
    with open(OUT, "w", encoding="utf-8") as f:
        for x in lines:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    nev = sum(1 for x in lines if x["events"])
    types = collections.Counter(e["event_type"] for x in lines for e in x["events"])
    subs = collections.Counter(e["sub_event_type"] for x in lines for e in x["events"])
    wc = [len(x["article"]["text"].split()) for x in lines]
    print(f"articles {len(lines)}, with events {nev}, events {sum(types.values())}, words {min(wc)}-{max(wc)}")
    print(dict(types))
    print(dict(subs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
