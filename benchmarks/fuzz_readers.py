"""A seeded fuzz run over every reader: counts, not timings.

Two kinds of input, from the generators the property tests use (tests/reader_fuzz.py):
- files of several good records with one bad record among them (JSONL, gzipped JSONL, JSON,
  RSS, Atom, WARC, gzipped WARC): a good record missing from what ``read_paths`` gives is lost;
- whole files of every format (text, seed text, HTML as well) mutated at the byte level:
  truncated, bytes flipped, deep nesting, surrogates, NULs, BOMs and huge lines inserted,
  runs deleted or repeated, read under a name of their format or another.
Every input is read by ``read_paths``; an exception that escapes is counted (it must be 0),
with the input kept under --keep for replay.

    .venv/bin/python benchmarks/fuzz_readers.py --inputs 5000 [--seed 14] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from eventcoder.ingest import read_paths  # noqa: E402
from eventcoder.records import Article, ReadFailure  # noqa: E402
from reader_fuzz import (  # noqa: E402 - the generators live beside the tests
    FORMATS,
    MULTI,
    NOT_TEXT,
    fuzz_file,
    record_key,
    whole_file,
)

SUFFIXES = {fmt: "." + fmt for fmt in FORMATS}
OTHER_SUFFIXES = (".txt", ".jsonl", ".json", ".xml", ".warc", ".html", ".gz", ".bin", "")


def mutations(rng: random.Random) -> list[tuple[int, float, int]]:
    return [
        (rng.randrange(6), rng.random(), rng.randrange(10_000))
        for _ in range(rng.randint(1, 3))
    ]


def run(inputs: int, seed: int, keep: Path | None) -> dict[str, object]:
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    escaped: list[str] = []
    lost_by_format: Counter[str] = Counter()
    worst = ""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for number in range(inputs):
            record_case = rng.random() < 0.5
            if record_case:
                fmt = rng.choice(MULTI)
                good = rng.randint(2, 4)
                data, records = fuzz_file(
                    fmt, good, rng.randrange(good + 1), rng.randrange(1000), mutations(rng)
                )
                suffix = SUFFIXES[fmt]
            else:
                fmt = rng.choice(FORMATS)
                data, records = whole_file(fmt, mutations(rng)), []
                suffix = SUFFIXES[fmt] if rng.random() < 0.7 else rng.choice(OTHER_SUFFIXES)
            path = Path(folder) / f"input{suffix}"
            path.write_bytes(data)
            counts["inputs"] += 1
            counts[f"inputs {fmt}"] += 1
            try:
                items = list(read_paths([path], max_bytes=200_000 if not record_case else
                                        5_000_000))
            except Exception:  # noqa: BLE001 - counting what escapes is the point
                counts["exceptions escaped"] += 1
                escaped.append(traceback.format_exc(limit=3))
                if keep:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / f"escaped-{number}{suffix}").write_bytes(data)
                continue
            failed = sum(isinstance(i, ReadFailure) and not i.warning for i in items)
            if failed > counts["most failures from one input"]:
                counts["most failures from one input"] = failed
                worst = f"input {number}: {fmt} as {suffix or 'no suffix'}"
                if keep:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / f"most-failures{suffix}").write_bytes(data)
            for item in items:
                if isinstance(item, Article):
                    counts["articles"] += 1
                    if NOT_TEXT(item.text):
                        counts["articles holding NUL or surrogates"] += 1
                elif isinstance(item, ReadFailure):
                    counts["warnings" if item.warning else "failures"] += 1
            if record_case:
                expected = [record_key(fmt, record) for record in records]
                got = {a.id if fmt.startswith("json") else a.url for a in items
                       if isinstance(a, Article)}
                lost = [key for key in expected if key not in got]
                counts["good records"] += len(expected)
                counts["good records lost"] += len(lost)
                lost_by_format[fmt] += len(lost)
                if lost and keep:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / f"lost-{number}{suffix}").write_bytes(data)
    return {
        "seed": seed,
        "seconds": round(time.perf_counter() - started, 1),
        **dict(sorted(counts.items())),
        "good records lost by format": dict(lost_by_format),
        "the input with most failures": worst,
        "escaped (first 3)": escaped[:3],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", type=Path, help="write inputs that lost records or raised here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = run(args.inputs, args.seed, args.keep)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for key, value in report.items():
        print(f"{key:40} {value}")


if __name__ == "__main__":
    main()
