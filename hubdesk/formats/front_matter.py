"""Front matter at the top of a Markdown file: YAML between ``---`` or TOML between ``+++``.

``split_front_matter`` returns the metadata mapping and the body. Broken front
matter raises ``ImportRefusedError`` naming the file and the line of the problem
(counted in the whole file, as an editor shows it).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

import yaml

from hubdesk.errors import ImportRefusedError

_FENCES = {"---": "YAML", "+++": "TOML"}
_TOML_LINE_RE = re.compile(r"at line (\d+)(?:, column (\d+))?")


@dataclass(frozen=True)
class FrontMatter:
    """Metadata found at the top of a file, its kind, and the text after it."""

    data: dict[str, Any]
    kind: str  # "YAML", "TOML" or "" when the file has none
    body: str
    body_line: int  # 1-based line of the file where the body starts


def split_front_matter(text: str, source: object = "<text>") -> FrontMatter:
    """Separate the front matter (if any) from the body of a Markdown text."""
    lines = text.split("\n")
    fence = lines[0].rstrip() if lines else ""
    if fence not in _FENCES:
        return FrontMatter({}, "", text, 1)
    kind = _FENCES[fence]
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() == fence), None)
    if end is None:
        raise ImportRefusedError(source, "import.front_matter_unclosed", kind=kind, fence=fence)
    raw = "\n".join(lines[1:end])
    data = _parse_toml(raw, source) if kind == "TOML" else _parse_yaml(raw, source)
    _check_values(data, source, kind, MAX_YAML_VALUES + 2 * len(raw))
    body = "\n".join(lines[end + 1 :])
    return FrontMatter(data, kind, body, end + 2)


_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_yaml(raw: str, source: object) -> dict[str, Any]:
    try:
        try:
            data = yaml.load(raw, Loader=_FAST_LOADER) if raw.strip() else {}
        except yaml.YAMLError:
            # Read it again with the pure-Python reader: its messages name the problem better.
            data = yaml.safe_load(raw)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.context_mark is not None and exc.problem:
            problem += f" ({exc.context} started on line {exc.context_mark.line + 2})"
        if mark is None:
            raise ImportRefusedError(source, "import.yaml_broken", problem=problem) from exc
        raise ImportRefusedError(
            source, "import.yaml_broken_at", line=mark.line + 2, problem=problem
        ) from exc
    except yaml.YAMLError as exc:
        raise ImportRefusedError(source, "import.yaml_broken", problem=exc) from exc
    except RecursionError as exc:
        raise ImportRefusedError(source, "import.yaml_deep") from exc
    except (ValueError, ArithmeticError) as exc:  # 2024-13-45, 2024-02-30: parsed, impossible
        raise ImportRefusedError(source, "import.impossible_value", kind="YAML", reason=exc) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ImportRefusedError(source, "import.yaml_not_mapping")
    return {str(k): v for k, v in data.items()}


MAX_YAML_VALUES = 100_000  # values beyond twice the text's length, once aliases are expanded
MAX_YAML_DEPTH = 32


def _check_values(data: object, source: object, kind: str, budget: int) -> None:
    """Refuse front matter that would explode when read (aliases of aliases: a YAML bomb),
    is nested too deeply, or holds text that is not Unicode (a lone surrogate ``\\uD800``,
    which YAML escapes can produce and no file or database can store).

    Without aliases a text holds fewer values than twice its length, so the budget
    grows with the text: many credits are fine, aliases of aliases are not."""
    limit = budget
    stack: list[tuple[object, int, str]] = [(data, 0, "")]
    while stack:
        value, depth, key = stack.pop()
        budget -= 1
        if budget < 0:
            raise ImportRefusedError(source, "import.front_matter_aliases", kind=kind, limit=f"{limit:,}")
        if depth > MAX_YAML_DEPTH:
            raise ImportRefusedError(source, "import.front_matter_deep", kind=kind)
        if isinstance(value, dict):
            for k, v in value.items():
                name = str(k)
                _check_text(name, source, kind, name)
                stack.append((v, depth + 1, key or name))
            budget -= len(value)
        elif isinstance(value, list | tuple):
            stack.extend((v, depth + 1, key) for v in value)
        elif isinstance(value, str):
            _check_text(value, source, kind, key)


def _check_text(text: str, source: object, kind: str, key: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = text[exc.start]
        where = f"the field '{key}'" if key else "a value"
        raise ImportRefusedError(
            source, "import.surrogate", where=where, kind=kind, char=f"U+{ord(bad):04X}"
        ) from None


def _parse_toml(raw: str, source: object) -> dict[str, Any]:
    try:
        return tomllib.loads(raw)
    except RecursionError as exc:
        raise ImportRefusedError(source, "import.front_matter_deep", kind="TOML") from exc
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        m = _TOML_LINE_RE.search(message)
        problem = message.split(" (at ")[0].strip() or "invalid TOML"
        if m:
            line = int(m.group(1)) + 1
        else:  # "at end of document"
            line = raw.count(chr(10)) + 2
        raise ImportRefusedError(source, "import.toml_broken_at", line=line, problem=problem) from exc
