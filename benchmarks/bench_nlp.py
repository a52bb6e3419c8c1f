"""Speed and memory of the shipped Dutch pipeline, as ratios to spaCy's bare Dutch tokenizer.

Texts: the seed article plus the article texts of ../shared/eval/nl-dpg-dev/gold.jsonl (the
bundled sample, repeated so a run lasts long enough to time). Each pipeline runs in its own
subprocess so peak memory (max RSS above the baseline after `import spacy`) is not shared.

    .venv/bin/python benchmarks/bench_nlp.py [--repeat 5] [--model NAME_OR_PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_a57a69a8587cd6f2.txt"
GOLD = SHARED / "eval" / "nl-dpg-dev" / "gold.jsonl"

WORKER = r"""
import json, resource, sys, time
import spacy
texts = json.loads(sys.stdin.read())
base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
which = sys.argv[1]
if which == "blank":
    nlp = spacy.blank("nl")
else:
    from eventcoder.nlp import load_pipeline
    nlp = load_pipeline("nl", model=None if which == "shipped" else which)
list(nlp.pipe(texts[:2]))  # warm-up
start = time.process_time()
words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
elapsed = time.process_time() - start
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"words": words, "seconds": elapsed, "peak_mb": (peak_kb - base_kb) / 1024,
                  "pipes": nlp.pipe_names}))
"""


def sample_texts() -> list[str]:
    """The seed article body (after its `date YYYY-MM` header) and the gold article texts."""
    seed = SEED.read_text(encoding="utf-8").strip()
    texts = [seed.split(maxsplit=2)[2] if seed.startswith("date ") else seed]
    with GOLD.open(encoding="utf-8") as lines:
        texts += [json.loads(line)["article"]["text"] for line in lines if line.strip()]
    return texts


def run(which: str, texts: list[str]) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", WORKER, which],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="times the sample is processed")
    parser.add_argument("--model", default="shipped", help="pipeline to compare with the tokenizer")
    args = parser.parse_args()
    texts = sample_texts() * args.repeat
    blank = run("blank", texts)
    model = run(args.model, texts)
    blank_wps = blank["words"] / blank["seconds"]
    model_wps = model["words"] / model["seconds"]
    print(f"texts: {len(texts)} ({len(texts) // args.repeat} distinct), words: {model['words']}")
    print(
        f"tokenizer only (spacy.blank('nl')): {blank_wps:,.0f} words/s, "
        f"peak +{blank['peak_mb']:.0f} MB"
    )
    print(f"pipeline {model['pipes']}: {model_wps:,.0f} words/s, peak +{model['peak_mb']:.0f} MB")
    print(
        f"speed ratio pipeline/tokenizer: {model_wps / blank_wps:.4f}  "
        f"(pipeline is {blank_wps / model_wps:.0f}x slower)"
    )
    print(f"memory ratio pipeline/tokenizer: {model['peak_mb'] / max(blank['peak_mb'], 1):.1f}")


if __name__ == "__main__":
    main()
