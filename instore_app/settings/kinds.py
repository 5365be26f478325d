"""What a setting's value may be: its kind (text, a whole number, on/off...) and its range.

A :class:`Kind` turns what arrives -- text from a flag, an environment variable or an INI
file, or a typed value from code or ``QSettings`` -- into the one Python type of the setting,
or raises :class:`Invalid`. A :class:`Check` narrows that type to the values allowed. Both
say in words what they accept (``expected``), so that every place a value comes from
refuses a wrong one with the same sentence.

No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

__all__ = [
    "BOOL",
    "FLOAT",
    "INT",
    "LABEL_SIZE",
    "LANGUAGE",
    "TEXT",
    "TEXT_LIST",
    "Between",
    "Check",
    "Invalid",
    "Kind",
    "LabelSize",
    "OneOf",
    "Rule",
    "SizeWithin",
]

T = TypeVar("T")
C = TypeVar("C", contravariant=True)


class Invalid(ValueError):
    """A value its setting does not accept (the setting's words say what it does)."""


class LabelSize(NamedTuple):
    """A label's width and height in millimetres; written ``100x150``."""

    width_mm: float
    height_mm: float

    def __str__(self) -> str:
        return f"{_number(self.width_mm)}x{_number(self.height_mm)}"


def _number(value: float) -> str:
    """62.0 -> "62", 101.6 -> "101.6"."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


@dataclass(frozen=True)
class Kind(Generic[T]):
    """One type of value.

    ``parse(raw)`` accepts the type itself (strictly: no bool for an int) and text (stripped);
    ``text(value)`` writes a value the way ``parse`` reads it back (for --help and INI files);
    ``saved(value)`` is what goes into ``QSettings``; ``is_typed(value)`` says whether
    `value` is of the kind's type already (for code that sets a value: no text then)."""

    name: str
    expected: str  # in words, for messages: "a whole number"
    parse_value: Callable[[object], T]
    is_typed: Callable[[object], bool]
    write_text: Callable[[T], str] = str
    to_saved: Callable[[T], object] | None = None

    def parse(self, raw: object) -> T:
        return self.parse_value(raw)

    def text(self, value: T) -> str:
        return self.write_text(value)

    def saved(self, value: T) -> object:
        return self.to_saved(value) if self.to_saved is not None else value


def _parse_text(raw: object) -> str:
    if isinstance(raw, str):
        return raw.strip()
    raise Invalid("not text")


def _parse_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
        return raw.strip().lower() in _TRUE
    raise Invalid("not on or off")


def _parse_int(raw: object) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            pass
    raise Invalid("not a whole number")


def _parse_float(raw: object) -> float:
    value: float | None = None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = float(raw)
    elif isinstance(raw, str):
        try:
            value = float(raw.strip())
        except ValueError:
            value = None
    if value is None or not math.isfinite(value):
        raise Invalid("not a number")
    return value


def _parse_text_list(raw: object) -> tuple[str, ...]:
    """``"100, 200"`` or ``["100", "200"]`` -> ``("100", "200")``. An INI file gives a
    one-item list back as plain text, and an empty one as ``""``."""
    if isinstance(raw, str):
        items: Sequence[object] = raw.split(",")
    elif isinstance(raw, (list, tuple)):
        items = raw
    else:
        raise Invalid("not a list")
    if not all(isinstance(item, str) for item in items):
        raise Invalid("not a list of text")
    return tuple(item.strip() for item in items if isinstance(item, str) and item.strip())


def _parse_language(raw: object) -> str:
    """``"TR"``, ``"tr_TR.UTF-8"``, ``"tr-TR"`` -> ``"tr"``; ``""`` stays ``""``."""
    text = _parse_text(raw).lower()
    return text.replace("-", "_").split("_")[0].split(".")[0]


def _parse_label_size(raw: object) -> LabelSize:
    if isinstance(raw, LabelSize):
        return raw
    if isinstance(raw, (tuple, list)) and len(raw) == 2:
        width, height = (_parse_float(part) for part in raw)
        return LabelSize(width, height)
    if isinstance(raw, str):
        parts = raw.strip().lower().replace("×", "x").split("x")
        if len(parts) == 2:
            return LabelSize(_parse_float(parts[0]), _parse_float(parts[1]))
    raise Invalid("not a size like 100x150")


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


TEXT: Kind[str] = Kind("text", "text", _parse_text, lambda v: isinstance(v, str))
BOOL: Kind[bool] = Kind(
    "bool", "on or off (true/false, yes/no, 1/0)", _parse_bool, lambda v: isinstance(v, bool),
    lambda v: "true" if v else "false",
)
INT: Kind[int] = Kind("int", "a whole number", _parse_int, lambda v: isinstance(v, int) and not isinstance(v, bool))
FLOAT: Kind[float] = Kind("float", "a number", _parse_float, _is_number, _number)
TEXT_LIST: Kind[tuple[str, ...]] = Kind(
    "list", "a list separated by commas", _parse_text_list,
    lambda v: isinstance(v, (list, tuple)) and all(isinstance(item, str) for item in v),
    ",".join,
    # QSettings writes [] as @Invalid() (read back as "unset") and one item as plain text
    lambda v: list(v) if v else "",
)
LANGUAGE: Kind[str] = Kind("language", "a language code", _parse_language, lambda v: isinstance(v, str))
LABEL_SIZE: Kind[LabelSize] = Kind(
    "size", "a size in millimetres like 100x150", _parse_label_size,
    lambda v: isinstance(v, (tuple, list)) and len(v) == 2 and all(_is_number(x) for x in v),
    str, str,
)


# -- ranges -------------------------------------------------------------------------------------


class Check(Generic[C]):
    """Which values of the right type are allowed; ``expected(kind_words)`` says so in words
    (`kind_words`: the kind's own, such as "a whole number")."""

    def __call__(self, value: C) -> bool:
        raise NotImplementedError

    def expected(self, kind_words: str) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class Between(Check[float]):
    """``low <= value <= high`` (the words say "a whole number from 5 to 3600")."""

    low: float
    high: float

    def __call__(self, value: float) -> bool:
        return self.low <= value <= self.high

    def expected(self, kind_words: str) -> str:
        return f"{kind_words} from {_number(self.low)} to {_number(self.high)}"


@dataclass(frozen=True)
class OneOf(Check[str]):
    """One of `choices` (``""`` among them means "may be left empty")."""

    choices: tuple[str, ...]

    def __call__(self, value: str) -> bool:
        return value in self.choices

    def expected(self, kind_words: str) -> str:
        named = ", ".join(choice for choice in self.choices if choice)
        return f"one of {named}" + (", or empty" if "" in self.choices else "")


@dataclass(frozen=True)
class SizeWithin(Check[LabelSize]):
    """A label size within these bounds, in millimetres."""

    width: tuple[float, float]
    height: tuple[float, float]

    def __call__(self, value: LabelSize) -> bool:
        return self.width[0] <= value.width_mm <= self.width[1] and self.height[0] <= value.height_mm <= self.height[1]

    def expected(self, kind_words: str) -> str:
        (w0, w1), (h0, h1) = self.width, self.height
        return (
            f"{kind_words} (width {_number(w0)} to {_number(w1)}, height {_number(h0)} to {_number(h1)})"
        )


@dataclass(frozen=True)
class Rule(Check[C]):
    """Any other rule: a predicate and the words for what it allows (instead of the kind's)."""

    allows: Callable[[C], bool]
    words: str

    def __call__(self, value: C) -> bool:
        return self.allows(value)

    def expected(self, kind_words: str) -> str:
        return self.words
