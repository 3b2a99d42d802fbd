#!/usr/bin/env python3
"""Reading level of every text a person reads in questions/*.json (bank,
evidence, rules and the words on the screens while answering).

Measures the Flesch-Kincaid grade with textstat 0.7.8 (pinned: later versions
download a dictionary at run time). Fails when a text of 12 words or more is
above grade 8, or when the mean over all texts is above grade 6. Short
citations in brackets, like "(Knekt 2008)", are left out of the measure: they
are names and years, not prose. Prints the worst ten. Usage: python3 scripts/readability.py [questions-folder]

Words quoted from a published source are used as they are and left out, by
an explicit mark in the data: a question or section with "verbatim" naming
its source (the PHQ-9, DOMAIN.md section 4; the safety question's help line
is the aid's own words and is still measured), and any object under a
"verbatim" key (the safety page's sentences from DOMAIN.md section 4). The
script lists each text it leaves out.
"""
import json
import re
import sys
from pathlib import Path

import textstat

LONG_TEXT_WORDS = 12
MAX_GRADE_LONG_TEXT = 8.0
MAX_MEAN_GRADE = 6.0

# Fields that hold ids, numbers, dates, names or citations, not prose.
NOT_PROSE = {"id", "kind", "version", "published", "next_review", "checked", "url",
             "number", "where", "how", "citation", "short", "symbol", "show_if",
             "correct", "score", "money_from", "unit", "unit_one", "equals", "any_of", "includes",
             "question", "note", "source", "cites", "option", "barrier", "when", "projection",
             "own_lean", "unsure_options", "level", "levels_id", "loinc", "points",
             "flags_safety_above", "key", "opens", "outcome"}


# A short citation in brackets, like "(Knekt 2008, 2016)": a name, not prose.
CITATION = re.compile(r"\s*\((?:[A-Z][A-Za-z]+ )+\d{4}(?:, \d{4})*\)")


def prose(text):
    """The text as it is read for its level: short citations left out."""
    return CITATION.sub("", text)


# Texts left out because they are marked verbatim: (where, text).
EXEMPT = []


def texts(value, path=""):
    """Every prose string in a JSON value, with where it sits."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from texts(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        # A question or section in a published instrument's words (the PHQ-9,
        # the safety question) is left out; `therapy-choice check` names it.
        # The safety question's help line is the aid's own words, so it is
        # measured like any other text.
        if isinstance(value.get("verbatim"), str):
            own = {"help"} if value.get("safety") is True else set()
            EXEMPT.extend(
                (f"{path}.{k}" if path else k, t)
                for k, item in value.items()
                if k not in NOT_PROSE and k != "verbatim" and k not in own
                for _, t in texts(item))
            for k in own & value.keys():
                yield from texts(value[k], f"{path}.{k}" if path else k)
            return
        for key, item in value.items():
            where = f"{path}.{key}" if path else key
            if key in NOT_PROSE:
                continue
            if key == "verbatim":
                EXEMPT.extend(texts(item, where))
                continue
            yield from texts(item, where)


def main():
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "questions")
    rows = []
    for name in ("bank.json", "evidence.json", "rules.json", "screens.json"):
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        for where, text in texts(data):
            measured = prose(text)
            words = textstat.lexicon_count(measured)
            if words == 0:
                continue
            rows.append((textstat.flesch_kincaid_grade(measured), words, f"{name}:{where}", text))
        EXEMPT[:] = [(w if ":" in w else f"{name}:{w}", t) for w, t in EXEMPT]
    print(f"Left out as verbatim (marked \"verbatim\" in the data): {len(EXEMPT)} texts")
    for where, text in EXEMPT:
        print(f"  {where}: {text[:70]}")
    if not rows:
        print("no texts found")
        return 1
    mean = sum(r[0] for r in rows) / len(rows)
    long_rows = [r for r in rows if r[1] >= LONG_TEXT_WORDS]
    too_hard = [r for r in long_rows if r[0] > MAX_GRADE_LONG_TEXT]
    print(f"Texts measured: {len(rows)} ({len(long_rows)} of {LONG_TEXT_WORDS} words or more)")
    print(f"Mean Flesch-Kincaid grade: {mean:.1f} (must be at most {MAX_MEAN_GRADE})")
    print(f"Hardest long text: grade {max(r[0] for r in long_rows):.1f} (each must be at most {MAX_GRADE_LONG_TEXT})")
    print(f"The ten hardest texts of {LONG_TEXT_WORDS} words or more (short labels score oddly):")
    for grade, words, where, text in sorted(long_rows, reverse=True)[:10]:
        print(f"  {grade:5.1f}  {words:3d} words  {where}: {text[:70]}")
    failed = False
    for grade, words, where, text in too_hard:
        print(f"TOO HARD: {where} is grade {grade:.1f} ({words} words): {text}")
        failed = True
    if mean > MAX_MEAN_GRADE:
        print(f"TOO HARD: the mean grade {mean:.1f} is above {MAX_MEAN_GRADE}")
        failed = True
    print("readability: " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
