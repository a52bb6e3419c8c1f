"""Checking pack data against :mod:`eventcoder.langpacks.schemas`: messages that name the file
and the key (with the known keys near a misspelling), the mappings readers get (which refuse a
key the schema does not declare), and the TSV row checks.

Why apart from the models: the models say what a pack may hold; this module says how a breach
is reported and how the data reaches the readers.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from types import UnionType
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from eventcoder.langpacks.schemas import LanguagePackError

__all__ = ["KeyedSection", "check_tsv_row", "check_weight", "check_yaml", "keyed"]


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _model(annotation: Any) -> type[BaseModel] | None:
    """The model an annotation is, or holds as ``X | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (Union, UnionType):
        return next((m for a in get_args(annotation) if (m := _model(a)) is not None), None)
    return None


def _element(annotation: Any) -> Any:
    """What a list's items or a mapping's values are (through ``| None``)."""
    if get_origin(annotation) in (Union, UnionType):
        return next((e for a in get_args(annotation) if (e := _element(a)) is not None), None)
    if get_origin(annotation) is list:
        return get_args(annotation)[0]
    if get_origin(annotation) is dict:
        return get_args(annotation)[1]
    return None


def _known_keys(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """The keys the model declares where ``loc`` points (nested sections walked)."""
    current: Any = model
    for part in loc[:-1]:
        found = _model(current)
        if found is not None and "root" in found.model_fields:
            current = found.model_fields["root"].annotation
            found = None
        if found is not None:
            fields = {f.alias or name: f for name, f in found.model_fields.items()}
            if not isinstance(part, str) or part not in fields:
                return []
            current = fields[part].annotation
        else:  # a list index or a free key: the element type
            current = _element(current)
    found = _model(current)
    if found is None or "root" in found.model_fields:
        return []
    return sorted(f.alias or name for name, f in found.model_fields.items())


def _describe(exc: ValidationError, model: type[BaseModel], where: str) -> list[str]:
    """One line per error: the file, where in it, and what is wrong."""
    lines = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        if err["type"] == "extra_forbidden":
            key = str(loc[-1])
            known = _known_keys(model, loc)
            close = difflib.get_close_matches(key, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            lines.append(f"{where}: unknown key {_loc(loc)!r}{hint}; known keys: "
                         f"{', '.join(known)}")
            continue
        at = f" at {_loc(loc)!r}" if loc else ""
        msg = str(err["msg"]).removeprefix("Value error, ")
        got = "" if err["type"] == "value_error" else f" (got {err['input']!r})"
        lines.append(f"{where}{at}: {msg}{got}"[:500])
    return lines


def _boolean_keys(data: Any, loc: tuple[int | str, ...] = ()) -> list[str]:
    """Where a mapping has a key YAML 1.1 read as a boolean (a bare no, yes, on, off)."""
    found: list[str] = []
    if isinstance(data, Mapping):
        for key, value in data.items():
            if isinstance(key, bool):
                found.append(_loc((*loc, str(key).lower())))
            found += _boolean_keys(value, (*loc, str(key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _boolean_keys(value, (*loc, i))
    return found


def check_yaml(data: Any, model: type[BaseModel], where: str) -> BaseModel:
    """Validate one YAML file's data; a :class:`LanguagePackError` names the file and key."""
    if not isinstance(data, Mapping):
        raise LanguagePackError(f"{where}: expected a mapping of keys, got {type(data).__name__}")
    if flagged := _boolean_keys(data):
        # PyYAML follows YAML 1.1: a bare `no:` key is False, and the word would be lost.
        raise LanguagePackError("\n".join(
            f"{where}: key {at!r} is read as a boolean (YAML 1.1 reads a bare no, yes, on, off, "
            "true or false so); quote the word" for at in flagged))
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise LanguagePackError("\n".join(_describe(exc, model, where))) from None


class KeyedSection(dict[str, Any]):
    """A validated file (or section) as readers see it: a plain dict, except that asking for a
    key its schema does not declare is an error, so a misspelt ``.get`` in a reader fails
    loudly instead of reading the default."""

    def __init__(self, data: Mapping[str, Any], known: frozenset[str], where: str) -> None:
        super().__init__(data)
        self.known = known
        self.where = where

    def _check(self, key: object) -> None:
        if key not in self.known:
            raise LanguagePackError(
                f"{self.where}: a reader asked for {key!r}, which the schema does not declare; "
                f"known keys: {', '.join(sorted(self.known))}")

    # the check inline, no super(): the stages ask packs for sections per sentence
    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        if key not in self.known:
            self._check(key)
        return dict.get(self, key, default)

    def __getitem__(self, key: str) -> Any:
        if key not in self.known:
            self._check(key)
        return dict.__getitem__(self, key)

    def __reduce__(self) -> Any:  # pickles (worker processes) as it was built
        return (KeyedSection, (dict(self), self.known, self.where))


def keyed(data: Any, model: Any, where: str) -> Any:
    """Wrap validated data in :class:`KeyedSection` wherever the schema has fixed keys."""
    found = _model(model)
    if found is not None and "root" in found.model_fields:
        return keyed(data, found.model_fields["root"].annotation, where)
    if found is not None and isinstance(data, Mapping):
        fields = {f.alias or name: f for name, f in found.model_fields.items()}
        inner = {k: keyed(v, fields[k].annotation, f"{where}.{k}") if k in fields else v
                 for k, v in data.items()}
        return KeyedSection(inner, frozenset(fields), where)
    element = _element(model)
    if element is None or _model(element) is None:
        return data
    if isinstance(data, list):
        return [keyed(v, element, f"{where}[{i}]") for i, v in enumerate(data)]
    if isinstance(data, Mapping):
        return {k: keyed(v, element, f"{where}.{k}") for k, v in data.items()}
    return data


def check_tsv_row(row: list[str], columns: tuple[int, int], where: str) -> list[str]:
    """The row without trailing empty cells, if its column count fits ``columns``."""
    cells = list(row)
    while cells and not cells[-1]:
        cells.pop()
    low, high = columns
    if not low <= len(cells) <= high:
        want = str(low) if low == high else f"{low} to {high}"
        raise LanguagePackError(f"{where}: {len(cells)} columns, need {want} "
                                f"(tab-separated): {row!r}")
    return cells


def check_weight(cell: str, where: str) -> float:
    """A trigger weight is a number; "heigh" is an error, not a crash in ``float``."""
    try:
        return float(cell)
    except ValueError:
        raise LanguagePackError(f"{where}: weight {cell!r} is not a number") from None
