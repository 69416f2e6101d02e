"""Answers to every question of a quiz, as an answers file (YAML), from
`career questions --format json` (the file named, or standard input): the
fourth point of each likert statement, the first option of each choice.
Used by benches/pack.sh and benches/startup_order.sh."""
import json
import sys

doc = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
print("answers:")
for q in doc["questions"]:
    kind, opts = q["kind"], q.get("options") or []
    value = "4" if kind == "likert" else opts[0]["id"] if kind == "choice" else "[" + opts[0]["id"] + "]"
    print(f"  {q['id']}: {value}")
