#!/usr/bin/env python3
"""Extract every JSON example of the Akinon API documentation into test fixtures.

Reads the API docs (plain-text copies of the Akinon documentation pages, by default
``../shared/api-docs/*.txt`` next to this repository) and writes each JSON example,
request and response bodies alike, as its own file::

    tests/fixtures/api-docs/<doc-stem>__<NN>-<name>.json

``<name>`` says what the example is: the documented endpoint or section, then
``-request`` for a request body, ``-response`` for the answer of an endpoint that also
documents a request, and ``-<status>[-<error code>]`` for an error answer
(``oms-commands__03-pack-command-406-commands-100-1.json``).

The data is written verbatim: the lines of the example as the documentation prints them,
with only ``// comments`` removed (and the trailing blanks they leave). Examples that are
not valid JSON are never repaired:

* an example cut short in the docs (``....`` or ``…`` in it) is reported as truncated and
  listed in the README of the fixtures folder, with its nearest complete neighbour;
* any other invalid example is reported with the JSON error;
* an example identical (same data) to one already written from the same document is
  reported as a duplicate and not written again.

The README.md of the fixtures folder is regenerated on every run. Fixture files of the
processed documents that the run no longer produces are removed. ``--check`` writes
nothing and exits 1 when the fixtures are not what the docs give (for CI).

Usage: python scripts/extract_doc_examples.py [--docs DIR] [--out DIR] [--check]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = ROOT.parent / "shared" / "api-docs"
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "api-docs"

#: Markers of an example the documentation shortened by hand.
TRUNCATION = re.compile(r"\.{4}|…")

# --- context lines (the prose around the examples) -------------------------------------------
METHOD_ONLY = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)$")
METHOD_AND_TITLE = re.compile(r"^(?:GET|POST|PUT|PATCH|DELETE) (?P<title>[A-Z][^/]*)$")
HTTP_REQUEST_LINE = re.compile(r"^(?P<method>GET|POST|PUT|PATCH|DELETE) /\S* HTTP/\d(?:\.\d)?$")
OPERATION_TITLE = re.compile(r"^(?P<code>[A-Z]{2,5}\d{2,4}): (?P<title>.+)$")  # "PKG101: Get Packages"
NUMBERED_TITLE = re.compile(r"^\d+\. (?P<title>[A-Z].+)$")  # "1. Pack Command"
EXAMPLE_TITLE = re.compile(r"^(?P<title>[A-Z][\w ]+) Example:$")  # "Command List Example:"
REQUEST_LABEL = re.compile(r"^Request Body(?: Example)?$")
RESPONSE_LABEL = re.compile(r"^Response\b.*?\b(?P<status>[1-5]\d\d)\b")  # "Response (200 OK)"
STATUS_LABEL = re.compile(r"^(?:Status|Error) code: (?P<status>[1-5]\d\d)\b")
RESPONSE_EXAMPLE_LABEL = re.compile(r"^(?:Successful|Failed) Response Example$")

#: What may start a line inside a JSON value (a line starting otherwise is prose).
JSON_LINE_START = re.compile(r'^(?:["{}\[\],:\-\d.…]|true\b|false\b|null\b)')


@dataclass
class Example:
    doc: str
    first_line: int
    last_line: int
    title: str
    kind: str  # "request" or "response"
    status: int | None
    lines: list[str]
    comments: int = 0
    data: Any = None
    problem: str | None = None  # "truncated", "invalid" or "unterminated"
    detail: str = ""
    duplicate_of: str | None = None
    name: str = ""

    @property
    def where(self) -> str:
        return f"{self.doc}.txt:{self.first_line}-{self.last_line}"

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@dataclass
class DocResult:
    stem: str
    examples: list[Example] = field(default_factory=list)

    @property
    def written(self) -> list[Example]:
        return [e for e in self.examples if e.problem is None and e.duplicate_of is None]


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def strip_comment(line: str) -> tuple[str, bool]:
    """`line` without a ``//`` comment outside strings, and whether it had one."""
    in_string = escaped = False
    for index, char in enumerate(line):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif line.startswith("//", index):
            return line[:index].rstrip(), True
    return line, False


def bracket_depth(text: str, depth: int) -> int:
    """`depth` after the brackets of `text` (a comment-free line), ignoring those in strings."""
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return depth


def read_block(lines: list[str], start: int) -> tuple[list[str], int, int, bool]:
    """The JSON value starting at line index `start`: (lines, comments removed, end index, closed)."""
    collected: list[str] = []
    comments = 0
    depth = 0
    index = start
    while index < len(lines):
        raw = lines[index]
        if index > start and raw.strip() and not JSON_LINE_START.match(raw.strip()):
            return collected, comments, index - 1, False  # prose before the value closed
        text, had_comment = strip_comment(raw)
        comments += had_comment
        collected.append(text.rstrip())
        depth = bracket_depth(text, depth)
        if depth <= 0:
            return collected, comments, index, True
        index += 1
    return collected, comments, len(lines) - 1, False


def extract(path: Path) -> DocResult:
    """Every JSON example of one document, with its title, kind and status from the prose."""
    result = DocResult(path.stem)
    lines = path.read_text(encoding="utf-8").splitlines()
    title = ""
    kind: str | None = None
    status: int | None = None
    body_method = False  # the last HTTP request line was one that sends a body
    expect_title = False
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if line.startswith(("{", "[")):
            block, comments, end, closed = read_block(lines, index)
            example = Example(
                doc=path.stem,
                first_line=index + 1,
                last_line=end + 1,
                title=title,
                kind=kind or "response",
                status=status if kind != "request" else None,
                lines=block,
                comments=comments,
            )
            classify(example, closed)
            result.examples.append(example)
            # After a documented HTTP request that sends a body, the next example answers it.
            if example.kind == "request" and body_method:
                kind, status, body_method = "response", 200, False
            else:
                kind = None
            index = end + 1
            continue
        if expect_title and line:
            title, kind, status, expect_title = line, None, None, False
        elif METHOD_ONLY.match(line):
            expect_title = True
        elif match := HTTP_REQUEST_LINE.match(line):
            body_method = match["method"] in ("POST", "PUT", "PATCH")
            kind, status = ("request", None) if body_method else ("response", 200)
        elif match := METHOD_AND_TITLE.match(line):
            title, kind, status = match["title"], None, None
        elif match := OPERATION_TITLE.match(line):
            title, kind, status = f"{match['code']} {match['title']}", None, None
        elif (match := NUMBERED_TITLE.match(line)) or (match := EXAMPLE_TITLE.match(line)):
            title, kind, status = match["title"], None, None
        elif REQUEST_LABEL.match(line):
            kind, status = "request", None
        elif match := RESPONSE_LABEL.match(line) or STATUS_LABEL.match(line):
            kind, status = "response", int(match["status"])
        elif RESPONSE_EXAMPLE_LABEL.match(line):
            kind = "response"
        index += 1
    return result


def classify(example: Example, closed: bool) -> None:
    """Parse the example; mark it truncated / unterminated / invalid when it is not JSON."""
    text = example.text
    try:
        example.data = json.loads(text)
    except json.JSONDecodeError as exc:
        if TRUNCATION.search(text):
            example.problem = "truncated"
            example.detail = "shortened with '....' in the documentation"
        elif not closed:
            example.problem = "unterminated"
            example.detail = "brackets never close before the prose resumes"
        else:
            example.problem = "invalid"
            example.detail = f"{exc.msg} at line {example.first_line + exc.lineno - 1}"


def error_code(data: Any) -> str | None:
    if isinstance(data, dict):
        inner = data.get("error")
        if isinstance(inner, dict) and inner.get("error_code") is not None:
            return str(inner["error_code"])
    return None


def name_examples(result: DocResult) -> None:
    """Give every written example its file name; mark same-data repeats as duplicates."""
    seen: dict[str, str] = {}
    with_request = {e.title for e in result.examples if e.kind == "request"}
    used: set[str] = set()
    number = 0
    for example in result.examples:
        if example.problem:
            continue
        key = json.dumps(example.data, sort_keys=True, ensure_ascii=False)
        if key in seen:
            example.duplicate_of = seen[key]
            continue
        base = slugify(example.title) or "example"
        if example.kind == "request":
            base += "-request"
        elif example.status is not None and example.status >= 400:
            base += f"-{example.status}"
            if code := error_code(example.data):
                base += f"-{slugify(code)}"
        elif example.title in with_request:
            base += "-response"
        unique, suffix = base, 2
        while unique in used:
            unique, suffix = f"{base}-{suffix}", suffix + 1
        used.add(unique)
        number += 1
        example.name = f"{result.stem}__{number:02d}-{unique}.json"
        seen[key] = example.name


def neighbour(result: DocResult, example: Example) -> str:
    """The nearest complete example of the same document (same section preferred)."""
    complete = [e for e in result.examples if e.problem is None]
    if not complete:
        return "none (no complete example in this document)"
    best = min(
        complete,
        key=lambda e: (e.title != example.title, abs(e.first_line - example.first_line)),
    )
    name = best.name or best.duplicate_of
    return f"`{name}`" + ("" if best.title == example.title else f" (section {best.title})")


def readme(results: list[DocResult], docs: Path) -> str:
    out = [
        "# JSON examples of the API documentation",
        "",
        "Generated by `scripts/extract_doc_examples.py` from the Akinon API documentation",
        f"(`{docs.name}/*.txt`); do not edit by hand, re-run the script instead.",
        "Each file is one example, verbatim (only `// comments` removed).",
        "`tests/test_models_docs.py` maps every file to the model that reads it and fails",
        "on a file it has no mapping for.",
        "",
        "## Extracted",
        "",
        "| File | Source | Kind |",
        "|---|---|---|",
    ]
    for result in results:
        for e in result.written:
            kind = "request body" if e.kind == "request" else f"response {e.status or ''}".strip()
            out.append(f"| `{e.name}` | {e.where} | {kind} |")
    skipped = [(r, e) for r in results for e in r.examples if e.problem]
    truncated = [(r, e) for r, e in skipped if e.problem == "truncated"]
    out += ["", "## Truncated in the source", ""]
    if truncated:
        out += [
            "These examples are shortened with `....` in the documentation itself, so they are",
            "not valid JSON and nothing is reconstructed. The last column names the nearest",
            "complete example (of the same section when there is one): the model that reads it,",
            "per its mapping in `tests/test_models_docs.py`, is the model the truncated one shows.",
            "",
            "| Source | Section | Neighbouring complete example |",
            "|---|---|---|",
        ]
        out += [f"| {e.where} | {e.title} | {neighbour(r, e)} |" for r, e in truncated]
    else:
        out.append("None: no example in the documentation is shortened with `....` or `…`.")
    others = [(r, e) for r, e in skipped if e.problem != "truncated"]
    if others:
        out += ["", "## Not valid JSON", "", "| Source | Section | Problem |", "|---|---|---|"]
        out += [f"| {e.where} | {e.title} | {e.detail} |" for _, e in others]
    duplicates = [e for r in results for e in r.examples if e.duplicate_of]
    out += ["", "## Repeated examples (not written again)", ""]
    if duplicates:
        out += ["| Source | Section | Same data as |", "|---|---|---|"]
        out += [f"| {e.where} | {e.title} | `{e.duplicate_of}` |" for e in duplicates]
    else:
        out.append("None.")
    return "\n".join(out) + "\n"


def summary(results: list[DocResult]) -> str:
    out = []
    for result in results:
        examples = result.examples
        counts = {
            "found": len(examples),
            "written": len(result.written),
            "duplicates": sum(e.duplicate_of is not None for e in examples),
            "truncated": sum(e.problem == "truncated" for e in examples),
            "invalid": sum(e.problem in ("invalid", "unterminated") for e in examples),
        }
        out.append(f"{result.stem}.txt: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        for e in examples:
            if e.problem:
                out.append(f"  SKIPPED {e.where} [{e.title}]: {e.problem}: {e.detail}")
            elif e.duplicate_of:
                out.append(f"  skipped {e.where} [{e.title}]: same data as {e.duplicate_of}")
            else:
                note = f" ({e.comments} // comment(s) stripped)" if e.comments else ""
                out.append(f"  wrote   {e.name} <- {e.where}{note}")
    return "\n".join(out)


def planned_files(results: list[DocResult], docs: Path) -> dict[str, str]:
    files = {e.name: e.text for r in results for e in r.written}
    files["README.md"] = readme(results, docs)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help=f"default: {DEFAULT_DOCS}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if out of date")
    args = parser.parse_args(argv)

    sources = sorted(args.docs.glob("*.txt"))
    if not sources:
        print(f"error: no .txt documents in {args.docs}", file=sys.stderr)
        return 2
    results = [extract(path) for path in sources]
    for result in results:
        name_examples(result)
    files = planned_files(results, args.docs)
    stale = sorted(
        path
        for result in results
        for path in args.out.glob(f"{result.stem}__*.json")
        if path.name not in files
    )
    print(summary(results))

    if args.check:
        differing = [
            name
            for name, text in files.items()
            if not (args.out / name).is_file() or (args.out / name).read_text(encoding="utf-8") != text
        ]
        problems = differing + [path.name for path in stale]
        if problems:
            print("out of date: " + ", ".join(problems), file=sys.stderr)
            return 1
        print(f"{args.out} is up to date ({len(files) - 1} fixture files)")
        return 0

    args.out.mkdir(parents=True, exist_ok=True)
    for path in stale:
        path.unlink()
        print(f"removed stale {path.name}")
    for name, text in files.items():
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(files) - 1} fixture file(s) and README.md to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
