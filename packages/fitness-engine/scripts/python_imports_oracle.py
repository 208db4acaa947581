#!/usr/bin/env python3
"""Every import of some Python files, as CPython's own `ast` module sees them.

This is the oracle for the engine's import extractor
(`src/python/extractImports.ts`) and the baseline of the `bench/fitness`
benchmark. It uses the standard library only (Python 3.11) and takes no
shortcuts: it parses each whole file and visits every node with `ast.walk`,
the way import-linter's graph builder worked before it moved to Rust.

Usage:
    python3 python_imports_oracle.py [--summary] PATH...

Each PATH is a .py file or a directory, searched recursively for .py files
(hidden directories and __pycache__ are skipped). For each file it prints one
JSON line, in path order:

    {"path": ..., "imports": [{"kind": "import"|"from", "module": ...,
      "level": ..., "names": [...], "line": ..., "typeCheckingOnly": ...}]}

or, when CPython cannot parse the file,

    {"path": ..., "syntaxError": {"line": ..., "message": ...}}

Imports are listed in source order. A plain `import a, b as c` gives one
entry per module, with empty `names`; `from . import x` has module "" and
level 1. `typeCheckingOnly` is true when the import sits, at any depth, in
the body (not the `else`) of an `if` whose test is the name `TYPE_CHECKING`
or a dotted name ending in `.TYPE_CHECKING`.

With --summary it prints only the totals (files, imports, syntax errors),
which is what a benchmark wants to time.
"""

import ast
import json
import os
import sys
import warnings


def is_type_checking_test(test):
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    if isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING":
        value = test.value
        while isinstance(value, ast.Attribute):
            value = value.value
        return isinstance(value, ast.Name)
    return False


def imports_of(tree):
    type_checking_only = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and is_type_checking_test(node.test):
            for statement in node.body:
                for inner in ast.walk(statement):
                    type_checking_only.add(id(inner))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
    found.sort(key=lambda node: (node.lineno, node.col_offset))
    result = []
    for node in found:
        common = {
            "line": node.lineno,
            "typeCheckingOnly": id(node) in type_checking_only,
        }
        if isinstance(node, ast.Import):
            for alias in node.names:
                result.append(
                    {"kind": "import", "module": alias.name, "level": 0, "names": [], **common}
                )
        else:
            result.append(
                {
                    "kind": "from",
                    "module": node.module or "",
                    "level": node.level,
                    "names": [alias.name for alias in node.names],
                    **common,
                }
            )
    return result


def python_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for directory, folders, files in os.walk(path):
                folders[:] = sorted(
                    f for f in folders if not f.startswith(".") and f != "__pycache__"
                )
                for name in sorted(files):
                    if name.endswith(".py"):
                        yield os.path.join(directory, name)
        else:
            yield path


def main(argv):
    summary = "--summary" in argv
    paths = [a for a in argv if a != "--summary"]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    files = imports = errors = 0
    out = sys.stdout
    for path in python_files(paths):
        files += 1
        with open(path, "rb") as f:
            source = f.read()
        try:
            tree = ast.parse(source, filename=path)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
            errors += 1
            if not summary:
                line = getattr(error, "lineno", None) or 0
                message = getattr(error, "msg", None) or str(error)
                record = {"path": path, "syntaxError": {"line": line, "message": message}}
                out.write(json.dumps(record) + "\n")
            continue
        found = imports_of(tree)
        imports += len(found)
        if not summary:
            out.write(json.dumps({"path": path, "imports": found}) + "\n")
    if summary:
        print(json.dumps({"files": files, "imports": imports, "syntaxErrors": errors}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
