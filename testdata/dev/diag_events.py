#!/usr/bin/env python3
# diag_events.py GOLD PRED: for each missed gold event, the closest unmatched
# prediction and the criteria it fails (type, place, date, actor), so a round of
# work starts from counts of causes rather than from a list of misses.
# PRED comes from: SITREP_DUMP=/tmp/d go test ./internal/extract -run TestQuality
import sys, json, os, importlib.util, importlib.machinery, collections
here = os.path.dirname(os.path.abspath(__file__))
loader = importlib.machinery.SourceFileLoader("score", os.path.join(here, "../../../shared/score"))
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
gd, pd = sys.argv[1], sys.argv[2]
cat = collections.Counter(); lines = []
for f in sorted(os.listdir(gd)):
    if not f.endswith(".json"): continue
    g = json.load(open(os.path.join(gd, f)))
    try: p = json.load(open(os.path.join(pd, f)))
    except Exception: continue
    P = S.Pred(p)
    tp, fp, fn, misses, extras = S.score_section("events", g, P)
    txt = open(os.path.join(gd, f[:-5] + ".txt")).read()
    near = set()
    for m in misses:
        best = None
        for e in extras:
            fails = []
            if e.get("type") not in m["type"]: fails.append("type:%s" % e.get("type"))
            gp = m.get("place")
            if gp:
                pl = e.get("place") or {}
                lat, lon = S.num(pl.get("lat")), S.num(pl.get("lon"))
                if lat is None: fails.append("place:none")
                else:
                    d = S.km(gp["lat"], gp["lon"], lat, lon)
                    if d > gp["km"]: fails.append("place:%s %.0fkm>%d" % (pl.get("name"), d, gp["km"]))
            if m.get("dates"):
                a, b = S.day_range(e.get("date")), S.day_range(e.get("date_end") or e.get("date"))
                if not a or not any(a[0] <= d <= b[1] for d in m["dates"]): fails.append("date:%s..%s" % (e.get("date"), e.get("date_end")))
            acts = [P.who(a) for a in e.get("actors") or []]
            for grp in m.get("actors") or []:
                if not any(S.names_match(grp, ns) for ns in acts): fails.append("actor:%s" % grp[0])
            if best is None or len(fails) < len(best[0]): best = (fails, e)
        if best is None or len(best[0]) > 1:
            k = "nothing-close"
            desc = "%s %s %s" % (m["type"], m.get("dates"), [a[0] for a in m.get("actors") or []])
            if best: desc += " | best: " + "; ".join(best[0]) + " :: " + best[1].get("text","")[:90]
        else:
            k = best[0][0].split(":")[0]
            near.add(id(best[1]))
            desc = "%s | %s :: %s" % (m["type"], best[0][0], best[1].get("text","")[:110])
        cat[k] += 1
        lines.append("%s %-13s %s" % (f[:-5], k, desc))
    for e in extras:
        if id(e) not in near:
            cat["extra"] += 1
            lines.append("%s %-13s %s %s %s :: %s" % (f[:-5], "extra", e.get("type"), e.get("date"),
                         (e.get("place") or {}).get("name"), e.get("text", "")[:110]))
for l in lines: print(l)
print(cat)
