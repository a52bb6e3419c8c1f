"""Build gold/invented/nl-news-11.jsonl from this folder's batch files (gold/invented/invented.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from invented import build  # noqa: E402

if __name__ == "__main__":
    sys.exit(build(Path(__file__).resolve().parent, "nl-news-11.jsonl", "inv11-nl", "nl",
                   ["b1", "b2"], first=1, words=(150, 450)))
