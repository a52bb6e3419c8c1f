"""A mixed benchmark corpus, read at run time from ``../shared`` (never committed).

Three kinds of text, so that timings reflect what the pipeline meets in practice:

- the seed article (Dutch, a long report with two battles);
- the 25 articles of the Dutch nl-dpg-dev gold (long newspaper pieces, 10 hard negatives);
- English CASE 2021 task 2 snippets (one or two sentences each, many not conflict events).

The order is shuffled with a fixed seed so that both languages are interleaved and runs compare.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from eventcoder.evaluate import load_gold
from eventcoder.evaluate.corpora import conll_documents
from eventcoder.records import Article

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
SEED = Path("seed") / "000_a57a69a8587cd6f2.txt"
DPG_GOLD = Path("eval") / "nl-dpg-dev" / "gold.jsonl"
CASE2021 = Path("eval") / "case2021-task2" / "test_with_labels.tsv"

_SEED_HEADER = re.compile(r"\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+")


class CorpusError(RuntimeError):
    """The shared data the corpus is built from is missing or unreadable."""


CONLL_NEWS = Path("data/conll2002-nl/ned.testa")


def read_seed(path: Path) -> Article:
    """The seed's ``date YYYY-MM`` text format: header, then the article text."""
    raw = path.read_text(encoding="utf-8")
    header = _SEED_HEADER.match(raw)
    if header is None:
        raise CorpusError(f"{path}: no 'date YYYY-MM' header")
    text = raw[header.end() :]
    published = header.group(1)
    return Article(
        id=Article.make_id(text),
        text=text,
        published=published,
        published_precision="day" if len(published) == 10 else "month",
        language="nl",
        origin=str(path),
    )


def read_case2021(path: Path, limit: int | None = None) -> list[Article]:
    """CASE 2021 task 2 snippets (``id<TAB>EventSnippet<TAB>SubType``) as English articles."""
    articles = []
    with path.open(encoding="utf-8") as lines:
        next(lines, None)  # header
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[1].strip():
                continue
            articles.append(
                Article(id=f"case2021-{parts[0]}", text=parts[1], language="en", origin=str(path))
            )
            if limit is not None and len(articles) >= limit:
                break
    return articles


def read_conll_articles(path: Path, limit: int | None = None) -> list[Article]:
    """General Dutch newspaper articles (De Morgen, 2000) rebuilt from CoNLL-2002 tokens.

    Most news is not about conflict: these articles are what the prefilter exists for.
    """
    docs = conll_documents(path)[:limit] if limit is not None else conll_documents(path)
    return [Article(id=f"conll-{n}", text=text, language="nl", origin=str(path))
            for n, text in enumerate(docs)]


def build_corpus(
    shared: Path = DEFAULT_SHARED,
    *,
    case2021_limit: int | None = 200,
    general_limit: int = 0,
    detect_language: bool = False,
    shuffle_seed: int = 0,
) -> list[Article]:
    """The mixed corpus; ``detect_language`` blanks the languages so the pipeline detects them."""
    paths = [shared / SEED, shared / DPG_GOLD, shared / CASE2021]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        raise CorpusError(f"shared benchmark data not found: {', '.join(missing)}")
    articles = [read_seed(paths[0])]
    articles += [item.article for item in load_gold(paths[1])]
    articles += read_case2021(paths[2], case2021_limit)
    if general_limit:
        articles += read_conll_articles(shared / CONLL_NEWS, general_limit)
    random.Random(shuffle_seed).shuffle(articles)
    if detect_language:
        articles = [article.model_copy(update={"language": None}) for article in articles]
    return articles


def describe(articles: list[Article]) -> dict[str, object]:
    """Size of a corpus: articles, characters, and articles per language."""
    return {
        "articles": len(articles),
        "characters": sum(len(article.text) for article in articles),
        "languages": dict(Counter(article.language or "?" for article in articles)),
    }
