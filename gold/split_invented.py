"""Fix the dev/test split of an invented set (gold/invented/*.jsonl, gold/notes/*.jsonl) once,
before anything is scored: half of the items (by a hash of their id) are test.

    .venv/bin/python gold/split_invented.py gold/invented/en-local.jsonl gold/notes/notes-2.jsonl

Writes ``split`` into each line (in ``article`` for gold articles, at the top for notes) and
leaves a line that already has one as it is, so rerunning changes nothing. Invented sets have
no near-duplicates (each item is written on its own), so each item is its own group.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

TEST_SHARE = 0.5


def split_of(item_id: str) -> str:
    digest = int(hashlib.sha1(item_id.encode("utf-8")).hexdigest()[:8], 16)
    return "test" if digest / 0xFFFFFFFF < TEST_SHARE else "dev"


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        for row in lines:
            holder = row.get("article", row)
            holder.setdefault("split", split_of(str(holder["id"])))
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in lines),
                        encoding="utf-8")
        counts = {s: sum((r.get("article", r)["split"] == s) for r in lines)
                  for s in ("dev", "test")}
        print(f"{path}: {counts}")


if __name__ == "__main__":
    main(sys.argv[1:])
