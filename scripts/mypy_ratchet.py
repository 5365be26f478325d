"""mypy's ratchet: the modules not yet clean under --strict may only get cleaner.

    python scripts/mypy_ratchet.py            check (``make lint`` runs it)
    python scripts/mypy_ratchet.py --update   write the lower counts into mypy-ratchet.json

It runs mypy with pyproject.toml's settings (``strict = true``) over the whole ``instore_app``
package and counts each module's errors. ``mypy-ratchet.json`` holds ``{module: most errors
allowed}``; a module it does not name is allowed none. So:

* a module with more errors than its number fails the check, and its errors are printed;
* a module with fewer passes, and the check says so: lower its number (``--update`` does it),
  so the errors fixed can't come back unnoticed;
* the files that ``[tool.mypy] files`` checks strictly (the Qt-free layers) may not be named:
  they stay at 0, whatever the file says.

Exit status: 0 when every count is within its number, 1 when one is over, 2 when mypy itself
failed (a crash, a broken configuration).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RATCHET = ROOT / "mypy-ratchet.json"
PACKAGE = "instore_app"


def module_of(path: str) -> str:
    """``instore_app/ui/notes.py`` -> ``instore_app.ui.notes`` (a package: its ``__init__``)."""
    parts = list(Path(path).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def strict_modules() -> tuple[set[str], tuple[str, ...]]:
    """What ``[tool.mypy] files`` checks on its own at 0 errors: (modules, packages)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    modules: set[str] = set()
    packages: list[str] = []
    for entry in config["tool"]["mypy"]["files"]:
        if (ROOT / entry).is_dir():
            packages.append(module_of(entry))
        else:
            modules.add(module_of(entry))
    return modules, tuple(packages)


def is_strict(module: str, strict: tuple[set[str], tuple[str, ...]]) -> bool:
    modules, packages = strict
    return module in modules or any(module == p or module.startswith(p + ".") for p in packages)


def run_mypy() -> tuple[Counter[str], dict[str, list[str]]]:
    """Each module's error count, and its errors as mypy prints them."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", PACKAGE, "--output", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    counts: Counter[str] = Counter()
    errors: dict[str, list[str]] = defaultdict(list)
    for line in result.stdout.splitlines():
        if not line.startswith("{"):
            continue
        error = json.loads(line)
        if error["severity"] != "error":
            continue
        module = module_of(error["file"])
        counts[module] += 1
        errors[module].append(f"{error['file']}:{error['line']}: {error['message']}  [{error['code']}]")
    if result.returncode not in (0, 1) or (result.returncode == 1 and not counts):
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"mypy_ratchet: mypy failed (exit status {result.returncode})")
    return counts, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="write the lower counts into mypy-ratchet.json")
    args = parser.parse_args(argv)

    allowed: dict[str, int] = json.loads(RATCHET.read_text(encoding="utf-8")) if RATCHET.exists() else {}
    strict = strict_modules()
    counts, errors = run_mypy()

    failed = False
    for module in sorted(m for m in allowed if is_strict(m, strict)):
        print(f"mypy_ratchet: {module} is checked strictly (pyproject.toml [tool.mypy] files): remove it from {RATCHET.name}")
        failed = True
    lower: dict[str, int] = {}
    for module in sorted(set(counts) | set(allowed)):
        count, most = counts.get(module, 0), allowed.get(module, 0)
        if is_strict(module, strict):
            most = 0
        if count > most:
            failed = True
            print(f"mypy_ratchet: {module}: {count} mypy --strict errors, {most} allowed ({RATCHET.name}):")
            print("\n".join(f"  {e}" for e in errors[module]))
        elif count < most:
            lower[module] = count
    for module, count in lower.items():
        print(
            f"mypy_ratchet: {module}: {count} errors, {allowed[module]} recorded: good;"
            f" lower its number in {RATCHET.name} to {count} (python scripts/mypy_ratchet.py --update)"
        )
    if args.update and not failed:
        kept = {m: counts[m] for m in sorted(allowed) if counts.get(m, 0) > 0 and not is_strict(m, strict)}
        RATCHET.write_text(json.dumps(kept, indent=2) + "\n", encoding="utf-8")
        print(f"mypy_ratchet: {RATCHET.name} updated ({sum(kept.values())} errors in {len(kept)} modules)")
    if failed:
        print(
            "mypy_ratchet: fix the new errors (run: .venv/bin/mypy instore_app); the ratchet only"
            " goes down: new modules and the strict layers are allowed none",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
