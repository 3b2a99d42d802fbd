#!/usr/bin/env python3
"""List the functions in src over 80 lines, outside tests, longest first.

The same counting as tests/library/long_functions.rs: a function runs from the line of
its `fn` to the line of the brace that closes its body. Strings, raw strings,
characters and comments are skipped, so a brace inside them does not count.
Files that only tests compile (tests.rs, *_tests.rs, tests/ folders, a module
declared under #[cfg(test)]) and #[cfg(test)] items are left out.

Usage: scripts/long-functions.py [--over N] [--strict]
  --over N   list functions over N lines (default 80)
  --strict   exit 1 when any is listed
"""

import os
import re
import sys

LIMIT = 80


def blank(text):
    """The text with comments, strings and chars replaced by spaces (newlines kept)."""
    out = []
    i, n = 0, len(text)

    def keep_lines(chunk):
        out.append("".join("\n" if c == "\n" else " " for c in chunk))

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            keep_lines(text[i:j])
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            keep_lines(text[i:j])
            i = j
        elif re.match(r'(br|r)#*"', text[i:i + 260]) and not word_before(text, i):
            m = re.match(r'(br|r)(#*)"', text[i:])
            close = '"' + m.group(2)
            j = text.find(close, i + m.end())
            j = n if j < 0 else j + len(close)
            keep_lines(text[i:j])
            i = j
        elif c == '"' or (c == "b" and text.startswith('b"', i) and not word_before(text, i)):
            j = i + (2 if c == "b" else 1)
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            keep_lines(text[i:j + 1])
            i = j + 1
        elif c == "'":
            m = re.match(r"'(\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]*\}|.)|[^\\'\n])'", text[i:])
            if m:
                keep_lines(m.group(0))
                i += m.end()
            else:  # a lifetime or a label
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def word_before(text, i):
    return i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")


def close_of(code, at):
    """The index of the brace closing the one at `at`."""
    depth = 0
    for j in range(at, len(code)):
        if code[j] == "{":
            depth += 1
        elif code[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    return len(code) - 1


def test_spans(code):
    """Spans of items under #[cfg(test)] or #[test], and the test-only modules declared."""
    spans, modules = [], []
    for m in re.finditer(r"#\[\s*(cfg\s*\(\s*test\s*\)|test)\s*\]", code):
        rest = m.end()
        # skip further attributes and the item's head up to `{` or `;`
        j = rest
        while j < len(code) and code[j] not in "{;":
            j += 1
        head = code[rest:j]
        if j < len(code) and code[j] == ";":
            mod = re.search(r"\bmod\s+(\w+)\s*$", head)
            if mod:
                path = re.search(r'#\[path\s*=', head)
                modules.append(mod.group(1) if not path else None)
            continue
        spans.append((m.start(), close_of(code, j)))
    return spans, [x for x in modules if x]


def functions(path):
    text = open(path, encoding="utf-8").read()
    code = blank(text)
    spans, test_modules = test_spans(code)
    found = []
    for m in re.finditer(r"\bfn\s+(\w+)", code):
        if any(a <= m.start() <= b for a, b in spans):
            continue
        j = m.end()
        depth = 0
        while j < len(code):
            ch = code[j]
            if ch in "(<[":
                depth += 1
            elif ch in ")>]":
                # `->` is not a closing bracket
                if not (ch == ">" and code[j - 1] == "-"):
                    depth -= 1
            elif ch == ";" and depth <= 0:
                j = -1  # a declaration without a body
                break
            elif ch == "{" and depth <= 0:
                break
            j += 1
        if j < 0 or j >= len(code):
            continue
        end = close_of(code, j)
        first = code.count("\n", 0, m.start()) + 1
        last = code.count("\n", 0, end) + 1
        found.append((last - first + 1, m.group(1), first))
    return found, test_modules


def is_test_file(rel):
    parts = rel.split(os.sep)
    name = parts[-1]
    return name == "tests.rs" or name.endswith("_tests.rs") or "tests" in parts[:-1]


def source_files(src):
    files = []
    for root, _, names in os.walk(src):
        for name in names:
            if name.endswith(".rs"):
                files.append(os.path.join(root, name))
    return sorted(files)


def module_files(path, module):
    """The files a `mod module;` in `path` may point to."""
    folder = os.path.dirname(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    if stem not in ("mod", "lib", "main"):
        folder = os.path.join(folder, stem)
    return [os.path.join(folder, module + ".rs"), os.path.join(folder, module)]


def long_functions(src, over):
    files = source_files(src)
    results, test_only = {}, set()
    for f in files:
        found, modules = functions(f)
        results[f] = found
        for mod in modules:
            test_only.update(module_files(f, mod))
    rows = []
    for f in files:
        rel = os.path.relpath(f, src)
        if is_test_file(rel) or any(f == t or f.startswith(t + os.sep) for t in test_only):
            continue
        for lines, name, line in results[f]:
            if lines > over:
                rows.append((lines, f"src/{rel}:{line}", name))
    rows.sort(key=lambda r: (-r[0], r[1]))
    return rows


def main():
    args = sys.argv[1:]
    over = LIMIT
    if "--over" in args:
        over = int(args[args.index("--over") + 1])
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rows = long_functions(os.path.join(top, "src"), over)
    for lines, where, name in rows:
        print(f"{lines:4} {name:28} {where}")
    print(f"{len(rows)} function(s) over {over} lines in src outside tests")
    if "--strict" in args and rows:
        sys.exit(1)


if __name__ == "__main__":
    main()
