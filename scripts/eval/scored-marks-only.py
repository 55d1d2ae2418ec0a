#!/usr/bin/env python3
"""Reads `gloss annotate --format json` output on standard input and writes it back without the
quotes written between two apostrophes (''...''), for scoring PolNeAR quotes as the team's
scorer reads its gold: its gold direct quotes are those in " or curly marks only, so a ''...''
quote found counts as a false find while the same quote in gold counts for nothing. Leaving them
out on both sides gives the figures of the quotes the scorer can see; all_f1 is then lower than
the real one (those quotes are attributions PolNeAR annotates).

Usage: gloss annotate FILE --format json | scored-marks-only.py FILE
"""
import json
import sys

text = open(sys.argv[1], encoding="utf-8").read()
doc = json.load(sys.stdin)


def in_apostrophes(quote):
    start = quote["start"]
    return text[max(0, start - 2):start] == "''" or text[start:start + 2] == "''"


doc["quotes"] = [q for q in doc.get("quotes", []) if not in_apostrophes(q)]
json.dump(doc, sys.stdout)
