"""Validate gold/notes/notes-*.jsonl: JSON, fields, ACLED type/sub-type pairs, unique ids.

Usage: python gold/notes/check_notes.py [FILE ...]   (default: every notes-*.jsonl beside this file)
Prints counts by region, event type and sub-event type.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from eventcoder.records import SUB_EVENT_TO_TYPE

FIELDS = {"id", "text", "event_type", "sub_event_type", "actor1", "actor2", "fatalities",
          "country", "location", "region"}


def check(path: Path) -> list[dict]:
    rows, ids = [], set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        where = f"{path.name}:{n}"
        assert set(row) == FIELDS, f"{where}: fields {sorted(set(row) ^ FIELDS)}"
        assert row["id"] not in ids, f"{where}: duplicate id {row['id']}"
        ids.add(row["id"])
        pair_ok = SUB_EVENT_TO_TYPE.get(row["sub_event_type"]) == row["event_type"]
        assert pair_ok, f"{where}: bad type pair"
        assert isinstance(row["fatalities"], int) and row["fatalities"] >= 0, f"{where}: fatalities"
        for key in ("text", "actor1", "country", "location", "region"):
            assert isinstance(row[key], str) and row[key].strip(), f"{where}: empty {key}"
        assert row["actor2"] is None or (isinstance(row["actor2"], str) and row["actor2"].strip())
        rows.append(row)
    return rows


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted(Path(__file__).parent.glob("notes-*.jsonl"))
    for path in paths:
        rows = check(path)
        print(f"{path}: {len(rows)} notes OK")
        for key in ("region", "event_type", "sub_event_type"):
            print(f"  by {key}:")
            for value, count in Counter(r[key] for r in rows).most_common():
                print(f"    {count:4d}  {value}")
        print(f"  with fatalities > 0: {sum(r['fatalities'] > 0 for r in rows)}; "
              f"actor2 null: {sum(r['actor2'] is None for r in rows)}; "
              f"countries: {len({r['country'] for r in rows})}")


if __name__ == "__main__":
    main()
