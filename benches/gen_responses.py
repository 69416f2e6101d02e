#!/usr/bin/env python3
"""Writes N synthetic responses to the default quiz (or --content DIR) as JSONL.

Each respondent has a true interest profile (0..1 per dimension); likert items
follow it with normal noise, choice and multi items pick by utility plus
Gumbel noise (the model of docs/adaptive.md), and 5% of answers are skipped.
Seeded, so the same N and seed give the same file.

    python3 benches/gen_responses.py 1000000 > /tmp/responses.jsonl
    python3 benches/gen_responses.py 1000 --format csv > /tmp/responses.csv
    python3 benches/gen_responses.py 2000 --random-item tune-training > /tmp/one-bad-item.jsonl
"""
import argparse
import csv
import json
import math
import random
import subprocess
import sys


def questions(career, content):
    cmd = [career, "--lang", "en"]
    if content:
        cmd += ["--content", content]
    out = subprocess.run(cmd + ["questions", "--format", "json"], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def gumbel(rng, scale):
    return -scale * math.log(-math.log(rng.random() or 1e-300))


def answer(rng, q, profile, dims, noise):
    if q["kind"] == "likert":
        latent = profile[dims.index(q["dimension"])] + rng.gauss(0, noise)
        agree = 1 - latent if q["reverse"] else latent
        return int(round(1 + 4 * min(1, max(0, agree))))
    def utility(o):
        return sum(w * (profile[dims.index(d)] - 0.5) * 2 for d, w in o["weights"].items())
    if q["kind"] == "choice":
        best = max(q["options"], key=lambda o: utility(o) + gumbel(rng, 4 * noise))
        return best["id"]
    return [o["id"] for o in q["options"]
            if utility(o) + gumbel(rng, 4 * noise) - gumbel(rng, 4 * noise) > 0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--noise", type=float, default=0.15)
    ap.add_argument("--skip", type=float, default=0.05)
    ap.add_argument("--career", default="target/release/career")
    ap.add_argument("--content")
    ap.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    ap.add_argument("--random-item", action="append", default=[],
                    help="a question answered at random, unrelated to the profile (an item that fails)")
    args = ap.parse_args()
    quiz = questions(args.career, args.content)
    dims = [d["id"] for d in quiz["dimensions"]]
    rng = random.Random(args.seed)
    out = sys.stdout
    writer = None
    if args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id"] + [q["id"] for q in quiz["questions"]])
    for i in range(1, args.n + 1):
        profile = [rng.random() for _ in dims]
        answers = {}
        for q in quiz["questions"]:
            if rng.random() < args.skip:
                continue
            if q["id"] in args.random_item:
                answers[q["id"]] = answer(rng, q, [rng.random() for _ in dims], dims, args.noise)
            else:
                answers[q["id"]] = answer(rng, q, profile, dims, args.noise)
        if writer:
            row = [f"r{i}"]
            for q in quiz["questions"]:
                a = answers.get(q["id"])
                row.append("" if a is None else ", ".join(a) if isinstance(a, list) else a)
            writer.writerow(row)
        else:
            out.write(json.dumps({"id": f"r{i}", "answers": answers}, separators=(",", ":")))
            out.write("\n")


if __name__ == "__main__":
    main()
