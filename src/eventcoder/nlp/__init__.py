"""NLP stage: a spaCy pipeline per language (the project's own Dutch model by default).

`load_pipeline(lang, model=None)` is the one entry point. It never downloads anything:
- Dutch ("nl") loads the pipeline trained by `training/train_nl.sh` and shipped in
  `eventcoder/models/nl_eventcoder` (tok2vec, tagger, morphologizer, parser, lemmatizer, ner).
  If that directory is missing (a broken install), it warns and falls back to a blank Dutch
  pipeline with a rule-based sentencizer, so the rule and gazetteer path still runs.
- Every other language gets spaCy's blank tokenizer for that language plus a sentencizer
  (see training/README.md for the measured English decision); a code spaCy does not know gets
  the multilingual "xx" tokenizer.
- `model=` names an installed spaCy package or a pipeline directory and overrides the default
  for any language (e.g. `nl_core_news_lg`); a model that cannot be found is a clear error.

`eventcoder.nlp.windows` runs a pipeline only on the sentences the coder reads (trigger
sentences and their neighbours), the rest of the text tokenised and segmented: the pipeline's
default for the shipped Dutch model (`EVENTCODER_PARSE_CONTEXT`, `all` for the whole text).
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

__all__ = [
    "MODELS_DIR",
    "SHIPPED_MODELS",
    "GEMM_ENV",
    "InvalidGemm",
    "ModelNotFoundError",
    "gemm_setting",
    "load_pipeline",
    "shipped_model_path",
]

log = logging.getLogger(__name__)

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
# Language -> directory name under MODELS_DIR of the pipeline the project trains and ships.
SHIPPED_MODELS: dict[str, str] = {"nl": "nl_eventcoder"}
MULTILINGUAL = "xx"


class ModelNotFoundError(ValueError):
    """An explicitly requested model is neither an installed package nor a pipeline directory."""


def shipped_model_path(lang: str) -> Path | None:
    """Where the project's own pipeline for `lang` lives, or None if it ships none."""
    name = SHIPPED_MODELS.get(lang)
    return MODELS_DIR / name if name else None


GEMM_ENV = "EVENTCODER_GEMM"
GEMMS = ("blis", "numpy")


class InvalidGemm(ValueError):
    """``EVENTCODER_GEMM`` is neither ``blis`` nor ``numpy``."""


def gemm_setting() -> str:
    """The matrix product the trained components run on (``EVENTCODER_GEMM``): ``blis``
    (default: thinc's own, the arithmetic every stored output was made with) or ``numpy``
    (numpy's BLAS, one thread: a third less parse time on this machine's CPUs, the same
    annotations on every Dutch text measured, but not the same floating-point sums, so a
    near tie could in principle fall the other way; benchmarks/README.md). Read at load."""
    raw = os.environ.get(GEMM_ENV, "").strip().lower() or GEMMS[0]
    if raw not in GEMMS:
        raise InvalidGemm(f"{GEMM_ENV}={raw!r}: give one of {', '.join(GEMMS)}")
    return raw


def load_pipeline(lang: str, model: str | None = None) -> Language:
    """Return the spaCy pipeline for `lang` (ISO 639-1), cached per (lang, model) and the
    matrix product setting (:func:`gemm_setting`).

    Pipelines are cached because loading one costs far more than coding an article; callers
    must treat the returned object as shared and not add or remove components.
    """
    return _load_pipeline(lang, model, gemm_setting())


def _load_pipeline(lang: str, model: str | None, gemm: str) -> Language:
    if gemm == "blis":
        return _load_cached(lang, model, gemm)
    from thinc.api import use_ops

    _one_blas_thread()
    with use_ops("numpy", use_blis=False):  # every layer built by the load takes these ops
        return _load_cached(lang, model, gemm)


@lru_cache(maxsize=1)  # once per process: load_pipeline is asked for every article
def _one_blas_thread() -> None:
    """numpy's BLAS on one thread: more threads shorten the wall time of one product but
    spend more CPU in all, and the day's workers are processes, one per core."""
    try:
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - threadpoolctl comes with the scientific stack
        log.warning("%s=numpy: threadpoolctl is missing, so numpy's BLAS keeps its threads; "
                    "set OPENBLAS_NUM_THREADS=1", GEMM_ENV)
        return
    threadpool_limits(limits=1, user_api="blas")


@lru_cache(maxsize=8)
def _load_cached(lang: str, model: str | None, gemm: str) -> Language:
    code = _normalise_lang(lang)
    if model:
        return _load_named(model)
    shipped = shipped_model_path(code)
    if shipped is not None:
        if (shipped / "config.cfg").is_file():
            return spacy.load(shipped)
        log.warning(
            "shipped %s pipeline not found at %s; falling back to a blank pipeline with a "
            "sentencizer (no tags, lemmas, parses or entities). Rebuild it with "
            "`bash training/train_nl.sh`.",
            code,
            shipped,
        )
    return _blank_with_sentencizer(code)


def _normalise_lang(lang: str) -> str:
    """'NL', 'nl-BE' and 'nl_NL' all mean Dutch; an empty code is an error, not a guess."""
    code = lang.strip().lower().replace("_", "-").split("-")[0] if lang else ""
    if not code:
        raise ValueError("language code must be a non-empty ISO 639-1 code such as 'nl'")
    return code


def _load_named(model: str) -> Language:
    path = Path(model).expanduser()
    if path.is_dir():
        return spacy.load(path)
    if spacy.util.is_package(model):
        return spacy.load(model)
    raise ModelNotFoundError(
        f"spaCy model {model!r} is neither an installed package nor a pipeline directory; "
        "install it (pip) or pass the path of a directory written by nlp.to_disk()"
    )


def _blank_with_sentencizer(code: str) -> Language:
    try:
        nlp = spacy.blank(code)
    except ImportError:
        # spaCy raises ImportError (E048) for language codes it has no class for.
        log.info("spaCy has no language class for %r; using the multilingual tokenizer", code)
        nlp = spacy.blank(MULTILINGUAL)
    nlp.add_pipe("sentencizer")
    return nlp


load_pipeline.cache_clear = _load_cached.cache_clear  # type: ignore[attr-defined]
