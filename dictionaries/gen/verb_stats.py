#!/usr/bin/env python3
"""Lint and count dyad's verb and discard dictionaries.

Usage (from the workspace root):
    python3 dictionaries/gen/verb_stats.py            # lint + per-root table (markdown)
    python3 dictionaries/gen/verb_stats.py --examples # also print every example as TSV

Checks: codes exist in the CAMEO table (crates/model's table, or ../shared/reference when
present), synsets used are defined, no verb belongs to two families, every pattern and every
coded family default is followed by an "#ex:" line, parentheses are not nested and do not sit
inside braces, every discard has an example. Exits 1 on any lint error.
"""
import csv
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
VERBS = os.path.join(ROOT, "dictionaries", "verbs")
DISCARDS = os.path.join(ROOT, "dictionaries", "discards", "discards.txt")
EX_RE = re.compile(r"^#ex: (.+?) => (-|(\S+) (\S+) (\d{3,4}))\s*$")
CODE_RE = re.compile(r"\[([^\]]*)\]")


def load_codes():
    """CAMEO event codes of three or four digits, from ../shared or from crates/model."""
    for path in (os.path.join(ROOT, "..", "shared", "reference", "CAMEO.eventcodes.tsv"),):
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                rows = list(csv.reader(f, delimiter="\t"))
            return {r[0] for r in rows[1:] if len(r[0]) >= 3}
    # Fallback: the codes table generated into crates/model (`code: "0234",` lines).
    codes = set()
    table = os.path.join(ROOT, "crates", "model", "src", "cameo", "table.rs")
    if os.path.exists(table):
        with open(table, encoding="utf-8") as f:
            codes = set(re.findall(r'code: "(\d{3,4})"', f.read()))
    return codes


def main():
    show_examples = "--examples" in sys.argv
    codes = load_codes()
    errors = []
    synsets = set()
    used_synsets = []
    verb_owner = {}
    families = 0
    patterns = 0
    examples = []
    covered = defaultdict(set)  # root -> codes
    family_patterns = defaultdict(list)  # (file, family) -> [(where, body)]
    pattern_count = defaultdict(int)  # root -> patterns (incl. coded defaults)
    files = sorted(f for f in os.listdir(VERBS) if f.endswith(".txt"))
    for name in files:
        path = os.path.join(VERBS, name)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        family = None
        for i, raw in enumerate(lines):
            line = raw.strip()
            where = f"{name}:{i + 1}"
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if not line or (line.startswith("#") and not line.startswith("#ex:")):
                continue
            if line.startswith("#ex:"):
                m = EX_RE.match(line)
                if not m:
                    errors.append(f"{where}: malformed example: {line}")
                    continue
                prev = lines[i - 1].strip()
                code = m.group(5)
                want = CODE_RE.search(prev)
                if want and code and want.group(1) != code:
                    errors.append(f"{where}: example code {code} != pattern code {want.group(1)}")
                if want and want.group(1) == "---" and m.group(2) != "-":
                    errors.append(f"{where}: null pattern must have '=> -'")
                examples.append((name, i + 1, m.group(1), m.group(3) or "-", m.group(4) or "-", code or "-"))
                continue
            if line.startswith("&"):
                synsets.add(line.split()[0])
                continue
            if line.startswith("+") and family is None:
                continue  # synset member
            if line.startswith("---"):
                m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---$", line)
                if not m:
                    errors.append(f"{where}: malformed family header")
                    continue
                family = m.group(1)
                families += 1
                code = m.group(2)
                if code != "---":
                    if code not in codes:
                        errors.append(f"{where}: unknown code {code}")
                    covered[code[:2]].add(code)
                    pattern_count[code[:2]] += 1
                    if not nxt.startswith("#ex:"):
                        errors.append(f"{where}: family default without #ex: line")
                continue
            if line.startswith("- "):
                patterns += 1
                m = CODE_RE.search(line)
                if not m:
                    errors.append(f"{where}: pattern without code")
                    continue
                code = m.group(1)
                body = line[: m.start()]
                depth = 0
                brace = 0
                for ch in body:
                    if ch == "(":
                        depth += 1
                        if depth > 1 or brace:
                            errors.append(f"{where}: nested '(' or '(' inside '{{}}'")
                    elif ch == ")":
                        depth -= 1
                    elif ch == "{":
                        brace += 1
                    elif ch == "}":
                        brace -= 1
                if depth or brace:
                    errors.append(f"{where}: unbalanced brackets")
                if body.count("*") != 1:
                    errors.append(f"{where}: pattern needs exactly one '*'")
                used_synsets += [(where, s) for s in re.findall(r"&[A-Z_]+", body)]
                family_patterns[(name, family)].append((where, body))
                if code != "---":
                    if code not in codes:
                        errors.append(f"{where}: unknown code {code}")
                    covered[code[:2]].add(code)
                    pattern_count[code[:2]] += 1
                if not nxt.startswith("#ex:"):
                    errors.append(f"{where}: pattern without #ex: line")
                continue
            # verb member line
            if family is None:
                errors.append(f"{where}: verb outside a family")
                continue
            word = line.split()[0].lstrip("+")
            if not re.match(r"^[A-Z][A-Z'_+-]*$", word):
                errors.append(f"{where}: odd verb {word}")
            forms = [word] + [w.lstrip("+") for w in re.findall(r"\{([^}]*)\}", line)[0].split()] if "{" in line else [word]
            for form in forms:
                if form in verb_owner and verb_owner[form] != (name, family):
                    errors.append(f"{where}: verb {form} already in family {verb_owner[form][1]} ({verb_owner[form][0]})")
                verb_owner.setdefault(form, (name, family))
    # Synsets weigh the same whatever their member, so a family must try the specific one
    # ("military aid") before the general one ("aid") it overlaps.
    specific_first = {"&AID": ("&ECONAID", "&MILAID", "&HUMAID"), "&TROOPS": ("&PEACEKEEPERS",), "&TALKS": ("&PHONECALL",)}
    for fam_key, pats in family_patterns.items():
        for k, (where_g, body_g) in enumerate(pats):
            for general, specifics in specific_first.items():
                if re.search(re.escape(general) + r"\b", body_g):
                    for where_s, body_s in pats[k + 1:]:
                        if any(re.search(re.escape(sp) + r"\b", body_s) for sp in specifics):
                            errors.append(f"{where_s}: {body_s.strip()} comes after the more general {where_g} in its family")
    for where, s in used_synsets:
        if s not in synsets:
            errors.append(f"{where}: undefined synset {s}")

    # discards
    n_discards = 0
    if os.path.exists(DISCARDS):
        with open(DISCARDS, encoding="utf-8") as f:
            dl = f.read().split("\n")
        for i, raw in enumerate(dl):
            line = raw.strip()
            if not line or line.startswith("#"):
                if line.startswith("#ex:") and not re.match(r"^#ex: .+ => -$", line):
                    errors.append(f"discards.txt:{i + 1}: discard examples end with '=> -'")
                continue
            n_discards += 1
            nxt = dl[i + 1].strip() if i + 1 < len(dl) else ""
            if not nxt.startswith("#ex:"):
                errors.append(f"discards.txt:{i + 1}: discard without #ex: line")

    all_codes = sorted(codes)
    print("| root | codes in codebook | codes with a pattern | patterns + coded defaults |")
    print("|---|---|---|---|")
    tot_c = tot_k = tot_p = 0
    for r in range(1, 21):
        root = f"{r:02d}"
        in_book = [c for c in all_codes if c[:2] == root]
        got = covered[root]
        tot_c += len(in_book)
        tot_k += len(got)
        tot_p += pattern_count[root]
        print(f"| {root} | {len(in_book)} | {len(got)} | {pattern_count[root]} |")
    print(f"| all | {tot_c} | {tot_k} | {tot_p} |")
    print()
    print(f"files {len(files)}, families {families}, patterns {patterns}, verb forms {len(verb_owner)}, "
          f"synsets {len(synsets)}, examples {len(examples)}, discards {n_discards}")
    missing = [c for c in all_codes if c not in covered[c[:2]]]
    print(f"codes without a pattern ({len(missing)}): {' '.join(missing)}")
    if show_examples:
        for e in examples:
            print("\t".join(map(str, e)))
    if errors:
        print(f"\n{len(errors)} lint errors:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
