#!/usr/bin/env python3
"""Check dev-corpus gold files for shape and internal consistency.

usage: check_gold.py [GLOB ...]   (default: every a*.json next to this script)

For each NAME.json: it parses; required keys are present with the right types;
the text file exists; published is an ISO date; every claim's `contains`
phrase occurs in the article (both folded as the scorer folds); every name
used in counts/claims sources and event actors appears in some entity item;
time values are ISO day/week/month/year; places have sane coordinates and a
radius. Prints one line per problem and a summary; exits 1 on any problem.
"""
import datetime as dt
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SECTIONS = ["entities", "places", "times", "events", "counts", "claims"]
STATUSES = {"killed", "injured", "casualties", "displaced", "captured", "missing", "other"}
TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"}
TIME_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")


def fold(s):
    # Same folding as ../../../shared/score, so a phrase that passes here matches there.
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2014", " "), ("\u2013", " "), ("-", " "), ("\u00a0", " ")):
        s = s.replace(a, b)
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    return s


def check(path):
    errs = []
    name = os.path.splitext(os.path.basename(path))[0]
    try:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        return [f"{name}: does not parse: {e}"], None
    for k in ["id", "text", "published"] + SECTIONS:
        if k not in g:
            errs.append(f"{name}: missing key {k}")
    if errs:
        return errs, None
    if g["id"] != name:
        errs.append(f"{name}: id is {g['id']!r}")
    try:
        dt.date.fromisoformat(g["published"])
    except ValueError:
        errs.append(f"{name}: published {g['published']!r} is not YYYY-MM-DD")
    tpath = os.path.join(os.path.dirname(path), g["text"])
    try:
        with open(tpath, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        return errs + [f"{name}: text: {e}"], None
    ft = fold(text)
    known = set()
    for i, e in enumerate(g["entities"]):
        if not isinstance(e.get("names"), list) or not e["names"]:
            errs.append(f"{name}: entity {i} has no names")
            continue
        known |= {fold(n) for n in e["names"]}

    def need(names, what):
        if not isinstance(names, list) or not names:
            errs.append(f"{name}: {what}: empty name list")
            return
        missing = [n for n in names if fold(n) not in known]
        if missing:
            errs.append(f"{name}: {what}: names not in any entity: {missing}")

    for i, p in enumerate(g["places"]):
        if not all(isinstance(p.get(k), (int, float)) for k in ("lat", "lon", "km")):
            errs.append(f"{name}: place {i} lacks lat/lon/km")
        elif not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 and p["km"] > 0):
            errs.append(f"{name}: place {i} out of range")
    for i, t in enumerate(g["times"]):
        if not TIME_RE.match(str(t.get("value", ""))):
            errs.append(f"{name}: time {i} bad value {t.get('value')!r}")
    for i, e in enumerate(g["events"]):
        if not e.get("type") or not set(e["type"]) <= TYPES:
            errs.append(f"{name}: event {i} bad type {e.get('type')}")
        for d in e.get("dates") or []:
            try:
                dt.date.fromisoformat(d)
            except ValueError:
                errs.append(f"{name}: event {i} bad date {d!r}")
        for j, grp in enumerate(e.get("actors") or []):
            need(grp, f"event {i} actor group {j}")
    for i, c in enumerate(g["counts"]):
        if c.get("sources") is not None:
            need(c["sources"], f"count {i} sources")
        if not c.get("status") or not set(c["status"]) <= STATUSES:
            errs.append(f"{name}: count {i} bad status {c.get('status')}")
        m = c.get("min")
        if not (isinstance(m, list) and len(m) == 2 and m[0] <= m[1]):
            errs.append(f"{name}: count {i} bad min {m}")
    for i, c in enumerate(g["claims"]):
        need(c.get("sources"), f"claim {i} sources")
        if fold(c.get("contains", "")) not in ft:
            errs.append(f"{name}: claim {i} phrase not in text: {c.get('contains')!r}")
    return errs, g


def main(argv):
    pats = argv or [os.path.join(HERE, "a*.json")]
    files = sorted({f for p in pats for f in glob.glob(p)})
    tot = {s: [0, 0] for s in SECTIONS}
    bad = 0
    for f in files:
        errs, g = check(f)
        for e in errs:
            print(e)
        bad += bool(errs)
        if g:
            for s in SECTIONS:
                items = g.get(s) or []
                tot[s][0] += sum(1 for x in items if not x.get("optional"))
                tot[s][1] += sum(1 for x in items if x.get("optional"))
    print(f"{len(files)} files, {bad} with problems")
    for s in SECTIONS:
        print(f"  {s:9} {tot[s][0]:5d} required {tot[s][1]:4d} optional")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
