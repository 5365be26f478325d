#!/usr/bin/env python3
"""Extract the app's UI strings into ``translations/*.ts`` with ``pyside6-lupdate``.

    .venv/bin/python scripts/update_translations.py             update instore_app_tr.ts and instore_app_en.ts
    .venv/bin/python scripts/update_translations.py --check     exit 1 listing the strings that are new or
                                                                unfinished in the Turkish file (changes nothing)
    .venv/bin/python scripts/update_translations.py --unwrapped list literals that look like UI text but are
                                                                not in tr() (a heuristic, for review)

What is extracted, from every ``.py`` under ``instore_app/``:

* ``self.tr("...")`` in QObject subclasses (the context is the class name),
* ``QCoreApplication.translate("Context", "...")`` and ``QT_TRANSLATE_NOOP("Context", "...")``,
* calls of a module's one-line wrapper ``def _tr(text): return QCoreApplication.translate("Ctx", text)``
  with a literal (lupdate cannot see through the wrapper, so they are handed to it separately and
  their locations put back to the real file and line).

Existing translations are kept; strings no longer in the sources are dropped (``-no-obsolete``).
The English file has empty translations (Qt then shows the source text); it exists so a
translator can adjust the English wording without touching the code.

After editing a ``.ts`` (by hand or in ``.venv/bin/pyside6-linguist``), ``make translations``
compiles it to the ``.qm`` the app loads.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "instore_app"
TRANSLATIONS = ROOT / "translations"
APP_NAME = "instore_app"
#: Target language of each .ts file (the source language is English).
LANGUAGES = {"tr": "tr_TR", "en": "en"}
#: The language whose file must be complete (``--check`` and tests/test_translations.py).
REQUIRED = "tr"
#: The generated stand-in for wrapper calls; its locations are rewritten to the real ones.
WRAPPED_FILE = "_wrapped_tr_calls.py"

Key = tuple[str, str]  # (context, source)


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{APP_NAME}_{language}.ts"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` of this Python's environment."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"error: {name} not found (it comes with PySide6: make install)")
    return found


def source_files(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


# -- wrappers lupdate cannot see through -------------------------------------------------------


@dataclass(frozen=True)
class WrappedCall:
    context: str
    text: str
    path: Path
    line: int


def _is_translate(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Attribute) and node.func.attr == "translate")
        or (isinstance(node.func, ast.Name) and node.func.id == "translate")
    )


def _wrapper_context(function: ast.FunctionDef) -> str | None:
    """"Ctx" when `function` is ``def f(text, ...): return QCoreApplication.translate("Ctx", text)``."""
    body = [stmt for stmt in function.body if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not function.args.args:
        return None
    call = body[0].value
    if call is None or not _is_translate(call) or len(call.args) < 2:  # type: ignore[arg-type]
        return None
    context, text = call.args[0], call.args[1]  # type: ignore[union-attr]
    parameter = function.args.args[0].arg
    if isinstance(context, ast.Constant) and isinstance(context.value, str) and isinstance(text, ast.Name) and text.id == parameter:
        return context.value
    return None


def wrapped_calls(files: list[Path]) -> list[WrappedCall]:
    """Literal arguments of the modules' translate wrappers (see the module docstring)."""
    found: list[WrappedCall] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        wrappers = {
            node.name: context
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (context := _wrapper_context(node)) is not None
        }
        if not wrappers:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in wrappers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append(WrappedCall(wrappers[node.func.id], node.args[0].value, path, node.lineno))
    return sorted(found, key=lambda c: (str(c.path), c.line, c.text))


def _write_wrapped_file(calls: list[WrappedCall], folder: Path) -> Path:
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP"]
    lines += [f"QT_TRANSLATE_NOOP({json.dumps(c.context)}, {json.dumps(c.text, ensure_ascii=False)})" for c in calls]
    path = folder / WRAPPED_FILE
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _fix_wrapped_locations(ts: Path, generated: Path, calls: list[WrappedCall]) -> None:
    """Point the generated file's locations at the real file and line of each call."""
    text = ts.read_text(encoding="utf-8")
    generated_name = os.path.relpath(generated, ts.parent).replace(os.sep, "/")

    def real(match: re.Match[str]) -> str:
        call = calls[int(match.group(1)) - 2]  # line 1 is the import
        name = os.path.relpath(call.path, ts.parent).replace(os.sep, "/")
        return f'<location filename="{name}" line="{call.line}"/>'

    fixed = re.sub(rf'<location filename="{re.escape(generated_name)}" line="(\d+)"/>', real, text)
    if fixed != text:
        ts.write_text(fixed, encoding="utf-8")


# -- lupdate -------------------------------------------------------------------------------------


def run_lupdate(ts: Path, language: str, files: list[Path] | None = None) -> None:
    """Update (or create) `ts` from the sources; existing translations are kept."""
    files = source_files() if files is None else files
    calls = wrapped_calls(files)
    with tempfile.TemporaryDirectory(prefix="lupdate-") as tmp:
        inputs = [str(p) for p in files]
        generated = None
        if calls:
            generated = _write_wrapped_file(calls, Path(tmp))
            inputs.append(str(generated))
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(inputs) + "\n", encoding="utf-8")
        command = [
            tool("pyside6-lupdate"),
            f"@{listing}",
            "-no-obsolete",
            "-locations",
            "absolute",
            "-source-language",
            "en",
            "-target-language",
            LANGUAGES.get(language, language),
            "-silent",
            "-ts",
            str(ts),
        ]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"error: pyside6-lupdate failed:\n{result.stdout}{result.stderr}")
        if result.stderr.strip():
            print(result.stderr.strip(), file=sys.stderr)
        if generated is not None:
            _fix_wrapped_locations(ts, generated, calls)


# -- reading .ts files ---------------------------------------------------------------------------


@dataclass
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.kind == "" and self.translation.strip() != ""


def read_ts(path: Path) -> dict[Key, Message]:
    messages: dict[Key, Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            if element is None:
                translation, kind = "", "unfinished"
            else:
                forms = element.findall("numerusform")
                translation = " ".join(f.text or "" for f in forms) if forms else (element.text or "")
                kind = element.get("type", "")
            locations = [(loc.get("filename", ""), int(loc.get("line", "0") or 0)) for loc in message.iter("location")]
            messages[(name, source)] = Message(name, source, translation, kind, locations)
    return messages


def extract(folder: Path, files: list[Path] | None = None) -> dict[Key, Message]:
    """Every translatable string in the sources now, from a fresh lupdate into `folder`."""
    ts = folder / "extracted.ts"
    run_lupdate(ts, "tr", files)
    return read_ts(ts)


def missing_translations(ts: Path | None = None, files: list[Path] | None = None) -> list[Message]:
    """The strings of the sources that `ts` (by default the required language's file) lacks
    or has unfinished/empty (`ts` is not changed)."""
    ts = ts_path(REQUIRED) if ts is None else ts
    with tempfile.TemporaryDirectory(prefix="ts-check-") as tmp:
        wanted = extract(Path(tmp), files)
    have = read_ts(ts) if ts.exists() else {}
    problems = []
    for key, message in wanted.items():
        existing = have.get(key)
        if existing is None or not existing.finished:
            problems.append(existing or message)
    return problems


# -- a heuristic for strings that escaped tr() -------------------------------------------------------

#: Calls whose string arguments end up on screen.
_TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "showMessage", "show_message", "show_error", "show_busy", "show_done", "show_problem", "mark_finished",
    "addRow", "setApplicationDisplayName", "setDocName", "critical", "warning", "information", "question",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "addTab", "setTabText", "setLabelText",
    "setHeaderLabels", "addItem", "addAction", "addMenu", "setInformativeText", "setDetailedText", "_fail",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QToolBar", "QMenu",
    "QMessageBox", "QListWidgetItem", "QToolButton", "QCommandLinkButton",
}
_TR_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "translate_message"}
_WORDS = re.compile(r"[A-Za-z]{2,}.*\s|[A-Z][a-z]{2,}")
#: Loggers: their words are for the log file, not the screen.
_LOGGERS = {"log", "logger", "logging", "_log", "LOG", "LOGGER"}


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{…}" for v in node.values)  # type: ignore[misc]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_text(node.left), _literal_text(node.right)
        if left is not None or right is not None:
            return (left or "{…}") + (right or "{…}")
    return None


_APPLICATIONS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _dynamic_text(call: ast.AST) -> ast.expr | None:
    """The text argument of a ``tr(x)`` / ``QCoreApplication.translate(ctx, x)`` call when it
    is not a string literal (lupdate skips those), else None."""
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
        return None
    func = call.func
    if func.attr == "tr" and call.args:
        text = call.args[0]
    elif func.attr == "translate" and isinstance(func.value, ast.Name) and func.value.id in _APPLICATIONS and len(call.args) > 1:
        text = call.args[1]
    else:
        return None
    return None if isinstance(text, ast.Constant) and isinstance(text.value, str) else text


def _is_parameter(tree: ast.Module, call: ast.Call, text: ast.expr) -> bool:
    """Is `text` a parameter of the function around `call` (a wrapper: its callers pass literals)?"""
    if not isinstance(text, ast.Name):
        return False
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(n is call for n in ast.walk(node)):
            if text.id in {a.arg for a in node.args.args + node.args.kwonlyargs}:
                return True
    return False


def _is_log_call(call: ast.Call) -> bool:
    func = call.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in _LOGGERS


def unwrapped_strings(files: list[Path] | None = None) -> list[tuple[Path, int, str]]:
    """(file, line, text) of literals passed to on-screen text calls outside tr() in Qt modules,
    and of tr()/translate() calls whose text is not a literal (lupdate cannot extract those)."""
    found = []
    for path in source_files() if files is None else files:
        source = path.read_text(encoding="utf-8")
        if "PySide6" not in source:
            continue
        tree = ast.parse(source, str(path))
        inside_tr: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in _TR_CALLS:
                inside_tr.update(id(n) for n in ast.walk(node))
        wrappers = {node.name for node in tree.body if isinstance(node, ast.FunctionDef) and _wrapper_context(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in wrappers:
                inside_tr.update(id(n) for n in ast.walk(node))
        for node in ast.walk(tree):
            text_arg = _dynamic_text(node)
            if text_arg is not None and not _is_parameter(tree, node, text_arg):
                found.append((path, node.lineno, f"<{_call_name(node)}() of a non-literal: lupdate cannot extract it "
                              "(fine if every text is marked with QT_TRANSLATE_NOOP)>"))
            if not (isinstance(node, ast.Call) and _call_name(node) in _TEXT_CALLS) or id(node) in inside_tr:
                continue
            if _is_log_call(node):
                continue
            for arg in node.args:
                for part in ([arg] if not isinstance(arg, ast.BinOp) else [arg, arg.left, arg.right]):
                    if id(part) in inside_tr:
                        continue
                    text = _literal_text(part)
                    if text and _WORDS.search(text.replace("{…}", "")) and not text.lstrip().startswith(("QLabel", "font-", "color")):
                        found.append((path, getattr(part, "lineno", node.lineno), text))
                        break
    return sorted(set(found))


# -- the command line ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="list the strings new or unfinished in the Turkish file; exit 1 if any")
    mode.add_argument("--unwrapped", action="store_true", help="list literals that look like UI text outside tr()")
    args = parser.parse_args(argv)

    if args.unwrapped:
        for path, line, text in unwrapped_strings():
            print(f"{path.relative_to(ROOT)}:{line}: {text!r}")
        return 0

    if args.check:
        problems = missing_translations()
        if not problems:
            print(f"{ts_path(REQUIRED).relative_to(ROOT)}: every string is translated")
            return 0
        print(f"{ts_path(REQUIRED).relative_to(ROOT)}: {len(problems)} string(s) new or unfinished:")
        for message in problems:
            where = f" ({message.locations[0][0].lstrip('./')}:{message.locations[0][1]})" if message.locations else ""
            print(f"  [{message.context}] {message.source!r}{where}")
        print("Run scripts/update_translations.py, translate them (e.g. .venv/bin/pyside6-linguist), then make translations.")
        return 1

    TRANSLATIONS.mkdir(exist_ok=True)
    files = source_files()
    for language in LANGUAGES:
        ts = ts_path(language)
        run_lupdate(ts, language, files)
        messages = read_ts(ts)
        todo = sum(1 for m in messages.values() if not m.finished)
        note = f", {todo} to translate" if language == REQUIRED and todo else ""
        print(f"{ts.relative_to(ROOT)}: {len(messages)} strings{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
