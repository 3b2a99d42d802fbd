#!/usr/bin/env python3
"""Check the answers-file schema: every example answers file must pass it, and
files with a wrong value, an unknown id or a missing answer must fail it.

Usage: therapy-choice export answers-schema > schema.json
       python3 scripts/schema-check.py schema.json questions/examples/*.json
Needs: pip install jsonschema
"""
import copy
import json
import sys

import jsonschema


def main(schema_path, examples):
    schema = json.load(open(schema_path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for path in examples:
        doc = json.load(open(path, encoding="utf-8"))
        errors = list(validator.iter_errors(doc))
        if errors:
            failed = True
            print(f"{path}: does not fit the schema: {errors[0].message}")
        else:
            print(f"{path}: fits the schema")
        broken = {
            "a number out of range": lambda a: a.update({"money.monthly_budget": -1}),
            "an unknown id": lambda a: a.update({"time.forever": 1}),
            "a missing required answer": lambda a: a.pop("lean.now"),
            "an option that does not exist": lambda a: a.update({"time.commitment": "ten_years"}),
            "a shown question left out": lambda a: [
                a.update({"situation.therapy_before": True}),
                a.pop("situation.therapy_kind", None),
            ],
            "an answer to a hidden question": lambda a: a.update(
                {"situation.therapy_before": False, "situation.therapy_result": "helped"}
            ),
        }
        for what, change in broken.items():
            bad = copy.deepcopy(doc)
            change(bad["answers"])
            if validator.is_valid(bad):
                failed = True
                print(f"{path}: the schema let through {what}")
    print("schema: " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
