#!/usr/bin/env python3
"""Coverage report of the offline generator over the prompt suite.

    tests/prompts/coverage.py [--render] [--style NAME] [--jobs N]
                              [--category NAME] [--keep DIR] [--verbose]

For every prompt of suite.tsv it runs the generator (a driver compiled
from the repository's sources under build/prompts/), checks that the code
holds the prompt's must-contain text, validates it with the project's
validator and, with --render, renders its last frame with Manim (-ql -s).
It prints, per category and overall, the share of prompts understood
(code was written and holds its must-contain text), validated and
rendered. With --verbose it lists every prompt that fell short and why.
The exit status is 0 when every prompt got as far as was asked, else 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import suite  # noqa: E402


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--render", action="store_true",
                   help="also render each scene's last frame (slow)")
    p.add_argument("--style", default="3Blue1Brown",
                   help="style preset to render in")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="renders run in parallel (default: one per core)")
    p.add_argument("--category", help="only this category")
    p.add_argument("--keep", help="render into this folder and keep it")
    p.add_argument("--verbose", action="store_true",
                   help="list the prompts that fell short")
    return p.parse_args(argv)


def check(cases, args):
    """Generates, checks and validates; returns one result dict per case."""
    answers = suite.generate([c.prompt for c in cases])
    results = []
    for case, ans in zip(cases, answers):
        ok = ans["status"] == "ok"
        why = "" if ok else f"not understood: {ans.get('message')}"
        if ok and case.must not in ans["code"]:
            ok, why = False, f"code lacks {case.must!r}"
        results.append({"case": case, "answer": ans, "understood": ok,
                        "validated": False, "rendered": False, "why": why})
    understood = [r for r in results if r["understood"]]
    verdicts = suite.validate([r["answer"]["code"] for r in understood])
    for r, v in zip(understood, verdicts):
        r["validated"] = bool(v.get("ok"))
        if not r["validated"]:
            r["why"] = f"validator: {v.get('findings')}"
    return results


def render_all(results, args):
    """Renders every validated scene, in parallel."""
    todo = [r for r in results if r["validated"]]
    base = args.keep or tempfile.mkdtemp(prefix="mm-coverage-")

    def one(item):
        i, r = item
        ok, detail = suite.render(r["answer"]["code"],
                                  os.path.join(base, f"{i:03d}"),
                                  args.style)
        r["rendered"] = ok
        if not ok:
            r["why"] = "render: " + detail.strip().splitlines()[-1] \
                if detail.strip() else "render failed"
        return ok

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        list(pool.map(one, enumerate(todo)))
    return base


def pct(n, total):
    return f"{100.0 * n / total:5.1f}%" if total else "  -  "


def report(results, rendered):
    cats = OrderedDict()
    for r in results:
        cats.setdefault(r["case"].category, []).append(r)
    cols = ["understood", "validated"] + (["rendered"] if rendered else [])
    head = f"{'category':<12} {'prompts':>7}" + "".join(
        f" {c:>16}" for c in cols)
    print(head)
    print("-" * len(head))
    rows = list(cats.items()) + [("overall", results)]
    for name, rs in rows:
        if name == "overall":
            print("-" * len(head))
        line = f"{name:<12} {len(rs):>7}"
        for c in cols:
            n = sum(1 for r in rs if r[c])
            line += f" {n:>5}/{len(rs):<3} {pct(n, len(rs))}"
        print(line)


def main(argv=None):
    args = parse_args(argv)
    cases = suite.load_suite()
    if args.category:
        cases = [c for c in cases if c.category == args.category]
    if not cases:
        print("no prompts", file=sys.stderr)
        return 1
    results = check(cases, args)
    if args.render:
        if not suite.have_manim():
            print(f"no Manim venv at {suite.VENV}", file=sys.stderr)
            return 1
        where = render_all(results, args)
        print(f"rendered frames under {where}")
    report(results, args.render)
    last = "rendered" if args.render else "validated"
    short = [r for r in results if not r[last]]
    if args.verbose:
        for r in short:
            print(f"  [{r['case'].category}] {r['case'].prompt!r}: "
                  f"{r['why']}")
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
