#!/usr/bin/env python3
"""A straightforward Python scorer, for comparing speed with `career score`.

It applies docs/scoring.md (dimension scores, match per role, best role) to
every line of a JSONL file of responses and writes one JSON line each. It
assumes valid input and role importance 1 (true of the built-in pack); it
does not check answers, work out evidence, reasons or stability.

    python3 benches/score_reference.py /tmp/responses.jsonl > /tmp/python.jsonl
"""
import json
import subprocess
import sys

CAREER = "target/release/career"


def load():
    quiz = json.loads(subprocess.run([CAREER, "questions", "--format", "json"],
                                     check=True, capture_output=True, text=True).stdout)
    roles = json.loads(subprocess.run([CAREER, "roles", "--format", "json"],
                                      check=True, capture_output=True, text=True).stdout)
    return quiz, roles["roles"]


def ranges(q, dims):
    out = {}
    for d in dims:
        if q["kind"] == "likert":
            out[d] = (0.0, q["weight"]) if q["dimension"] == d else (0.0, 0.0)
        else:
            ws = [o["weights"].get(d, 0.0) for o in q["options"]]
            if q["kind"] == "choice":
                out[d] = (min(ws), max(ws))
            else:
                out[d] = (sum(w for w in ws if w < 0), sum(w for w in ws if w > 0))
    return out


def main():
    quiz, roles = load()
    dims = [d["id"] for d in quiz["dimensions"]]
    questions = sorted(quiz["questions"], key=lambda q: q["id"])
    table = {q["id"]: (q, ranges(q, dims)) for q in questions}
    out = sys.stdout
    for line in open(sys.argv[1]):
        row = json.loads(line)
        answers = row["answers"]
        got = {d: [0.0, 0.0, 0.0] for d in dims}
        for qid, a in answers.items():
            q, rg = table[qid]
            for d in dims:
                lo, hi = rg[d]
                if hi - lo <= 0:
                    continue
                if q["kind"] == "likert":
                    c = q["weight"] * ((5 - a) / 4 if q["reverse"] else (a - 1) / 4) if q["dimension"] == d else 0.0
                elif q["kind"] == "choice":
                    c = next(o["weights"].get(d, 0.0) for o in q["options"] if o["id"] == a)
                else:
                    c = sum(o["weights"].get(d, 0.0) for o in q["options"] if o["id"] in a)
                s = got[d]
                s[0] += c
                s[1] += lo
                s[2] += hi
        scores = {d: (50.0 if s[2] - s[1] <= 0 else min(100.0, max(0.0, 100 * (s[0] - s[1]) / (s[2] - s[1]))))
                  for d, s in got.items()}
        match = {r["id"]: 100 - sum(abs(scores[d] - r["targets"].get(d, 50)) for d in dims) / len(dims)
                 for r in roles}
        best = max(sorted(match), key=lambda r: match[r])
        out.write(json.dumps({"id": row.get("id"), "dimensions": {d: round(v, 1) for d, v in scores.items()},
                              "match": {r: round(m, 1) for r, m in match.items()},
                              "recommendation": best}) + "\n")


if __name__ == "__main__":
    main()
