#!/usr/bin/env python3
"""Validate FHIR exports with the fhir.resources package (its R4B models).

Usage: python3 scripts/fhir-validate.py questionnaire.json response.json ...
Each file's resourceType picks the model. Also checks that every linkId in a
response is a question of the questionnaire given, when one is given.
"""
import json
import sys

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

MODELS = {"Questionnaire": Questionnaire, "QuestionnaireResponse": QuestionnaireResponse}


def link_ids(items):
    for item in items or []:
        yield item["linkId"]
        yield from link_ids(item.get("item"))


def main(paths):
    failed = False
    known = None
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        kind = data.get("resourceType")
        model = MODELS.get(kind)
        if model is None:
            print(f"{path}: not a Questionnaire or QuestionnaireResponse")
            failed = True
            continue
        try:
            model.model_validate(data)
        except Exception as error:  # the library raises pydantic errors
            print(f"{path}: INVALID {kind}\n{error}")
            failed = True
            continue
        if kind == "Questionnaire":
            known = set(link_ids(data.get("item")))
        elif known is not None:
            stray = [i for i in link_ids(data.get("item")) if i not in known]
            if stray:
                print(f"{path}: linkIds not in the questionnaire: {stray}")
                failed = True
                continue
        print(f"{path}: valid {kind}")
    print("fhir: " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
