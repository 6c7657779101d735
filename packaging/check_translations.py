#!/usr/bin/env python3
"""Keep HubDesk's translations complete and in step with the code.

    python packaging/check_translations.py           # check; exit 1 and list the problems
    python packaging/check_translations.py --update  # refresh the .ts files from the code

The check runs Qt's ``lupdate`` over the code into a temporary copy of each
``resources/translations/hubdesk_<lang>.ts`` and compares the set of messages with
the committed file: a string added, changed or removed in the code and not yet in
the ``.ts`` file is reported. It also reports unfinished French translations,
English plural forms left empty, and translations that lose a placeholder
(``%1``, ``%n``, ``{name}``) or a keyboard accelerator (``&``) of their source text.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
TARGETS = {"fr": "fr_FR", "en": "en_US"}
_PLACEHOLDER = re.compile(r"%(?:n|L?\d+)|\{\w*\}")

sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    translations: tuple[str, ...]


def source_files(root: Path = ROOT) -> list[str]:
    """Every Python file of the app, relative to ``root``, in a stable order."""
    return sorted(str(p.relative_to(root)) for p in (root / "hubdesk").rglob("*.py"))


def lupdate(ts_files: list[Path], root: Path = ROOT) -> None:
    """Merge the code's strings into ``ts_files`` (obsolete ones dropped, no line numbers)."""
    from hubdesk.ui.shell.translations import find_qt_tool

    tool = find_qt_tool("lupdate")
    if tool is None:
        raise SystemExit("check_translations: Qt's lupdate tool was not found (install PySide6)")
    for ts in ts_files:
        lang = ts.stem.rsplit("_", 1)[-1]
        cmd = [str(tool), "-silent", "-no-obsolete", "-locations", "none", "-source-language",
               "en_US", "-target-language", TARGETS.get(lang, lang), *source_files(root),
               "-ts", str(ts)]
        done = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"check_translations: lupdate failed on {ts}: {done.stderr.strip()}")


def read_ts(path: Path) -> list[Message]:
    """The live messages of a .ts file (obsolete and vanished ones left out)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(f.text or "" for f in tr.iter("numerusform"))
            else:
                texts = (tr.text or "",)
            messages.append(Message(
                context=name, source=msg.findtext("source") or "",
                comment=msg.findtext("comment") or "", numerus=numerus,
                finished=kind != "unfinished", translations=texts,
            ))
    return messages


def _key(m: Message) -> tuple[str, str, str, bool]:
    return (m.context, m.source, m.comment, m.numerus)


def staleness(ts: Path, root: Path = ROOT) -> list[str]:
    """Messages in the code but not in ``ts``, and in ``ts`` but gone from the code."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy2(ts, fresh)
        lupdate([fresh], root)
        now = {_key(m) for m in read_ts(fresh)}
    had = {_key(m) for m in read_ts(ts)}
    problems = [f"{ts.name}: not translated yet, new in the code: [{c}] {s!r}"
                for c, s, _, _ in sorted(now - had)]
    problems += [f"{ts.name}: no longer in the code: [{c}] {s!r}" for c, s, _, _ in sorted(had - now)]
    return problems


def _text_problems(ts: Path, m: Message) -> list[str]:
    where = f"{ts.name}: [{m.context}] {m.source!r}"
    problems = []
    wanted = sorted(set(_PLACEHOLDER.findall(m.source)))
    for text in m.translations:
        if not text:
            continue
        got = sorted(set(_PLACEHOLDER.findall(text)))
        if got != wanted and not (m.numerus and set(got) <= set(wanted)):
            problems.append(f"{where}: placeholders {wanted} but the translation has {got}")
        if "&" in m.source.replace("&&", "") and "&" not in text.replace("&&", ""):
            problems.append(f"{where}: the translation lost the keyboard accelerator (&)")
    return problems


def completeness(ts: Path) -> list[str]:
    """Unfinished or empty translations (French), empty plural forms (English), broken text."""
    lang = ts.stem.rsplit("_", 1)[-1]
    problems = []
    for m in read_ts(ts):
        must = lang != "en" or m.numerus
        if must and (not m.finished or not m.translations or not all(m.translations)):
            problems.append(f"{ts.name}: unfinished: [{m.context}] {m.source!r}")
        problems += _text_problems(ts, m)
    return problems


def _name(func: ast.expr) -> str:
    return getattr(func, "attr", getattr(func, "id", ""))


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _wrappers(tree: ast.AST) -> set[str]:
    """Functions that pass one of their parameters as the text to ``*.translate(context, text)``."""
    names = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.Lambda):
            continue
        params = {a.arg for a in fn.args.args}
        for call in ast.walk(fn):
            if (isinstance(call, ast.Call) and len(call.args) >= 2
                    and _name(call.func) == "translate"
                    and isinstance(call.args[1], ast.Name) and call.args[1].id in params
                    and isinstance(fn, ast.FunctionDef)):
                names.add(fn.name)
    return names


def hidden_strings(root: Path = ROOT) -> list[str]:
    """Literal strings handed to a home-made translate wrapper, which lupdate cannot collect.

    ``_tr("Open")`` defined as ``QCoreApplication.translate("Ctx", text)`` is translated
    at run time but never reaches the .ts file; write ``QCoreApplication.translate("Ctx",
    "Open")`` (or ``self.tr("Open")`` in a widget) so that lupdate sees the string.
    """
    problems = []
    for rel in source_files(root):
        tree = ast.parse((root / rel).read_text(encoding="utf-8"))
        wrappers = _wrappers(tree)
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call) and _name(call.func) == "translate"
                    and len(call.args) >= 2 and _is_text(call.args[1])
                    and not _is_text(call.args[0])):
                problems.append(f"{rel}:{call.lineno}: lupdate cannot see the context of "
                                f"{call.args[1].value!r}; write the context as a string")
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr" and call.args and _is_text(call.args[0])
                    and not (isinstance(call.func.value, ast.Name)
                             and call.func.value.id in ("self", "cls"))):
                receiver = ast.unparse(call.func.value)
                problems.append(f"{rel}:{call.lineno}: lupdate files {receiver}.tr("
                                f"{call.args[0].value!r}) under the context {receiver!r}, not the "
                                "class; use self.tr or QCoreApplication.translate(\"Class\", …)")
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id in wrappers and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)):
                problems.append(f"{rel}:{call.lineno}: lupdate cannot see "
                                f"{call.func.id}({call.args[0].value!r}); use "
                                "QCoreApplication.translate(\"Context\", \"…\") or self.tr")
    return problems


def check(ts_dir: Path = TS_DIR, root: Path = ROOT) -> list[str]:
    """Every problem found in the .ts files of ``ts_dir``; empty when all is well."""
    files = sorted(ts_dir.glob("hubdesk_*.ts"))
    if not files:
        return [f"no hubdesk_*.ts file in {ts_dir}"]
    problems: list[str] = hidden_strings(root)
    for ts in files:
        problems += staleness(ts, root)
        problems += completeness(ts)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true",
                        help="merge the code's strings into the .ts files, then check")
    args = parser.parse_args(argv)
    if args.update:
        lupdate(sorted(TS_DIR.glob("hubdesk_*.ts")))
    problems = check()
    for line in problems:
        print(line)
    total = sum(len(read_ts(ts)) for ts in TS_DIR.glob("hubdesk_*.ts"))
    print(f"check_translations: {total} messages, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
