"""JSON Lines: the event record exactly as the contract defines it, nulls kept."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from eventcoder.records import Event


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(event.model_dump(mode="json"), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
