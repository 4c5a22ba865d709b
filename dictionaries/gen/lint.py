#!/usr/bin/env python3
"""Lint dyad's actor and agent dictionaries (a quick check for their authors).

Usage: python3 dictionaries/gen/lint.py

Checks every file in dictionaries/actors and dictionaries/agents: each block has a
name line and at least one code; codes are upper-case letters in 3-letter chunks;
dates are YYYYMMDD with ranges in order; no name appears twice with different codes
(across all actor files); lines have balanced brackets; names carry hyphens and
possessives as separate words, as dyad's tokenizer splits them (gen/names.py); and a
table of facts (EXPECT: who held which code on which day) still resolves as written. Prints problems as
file:line: message, then counts per file; exits 1 if any problem was found.
"""
import collections
import pathlib
import re
import sys

from names import split_name

DICT = pathlib.Path(__file__).resolve().parent.parent
CODE = re.compile(r"^(~?[A-Z]{3}(?:[A-Z]{3})*~?|~[A-Z]{3}(?:[A-Z]{3})*|[A-Z]{3}~)$")
DATE = re.compile(r"^(\d{8})$")


def check_date(spec):
    if spec.startswith(("<", ">")):
        return bool(DATE.match(spec[1:]))
    if "-" in spec:
        a, b = spec.split("-", 1)
        return bool(DATE.match(a) and DATE.match(b) and a < b)
    return False


def parse_codes(text, where, problems):
    codes = []
    for m in re.finditer(r"\[([^\]]*)\]", text):
        parts = m.group(1).split()
        if not parts or not (CODE.match(parts[0]) or parts[0] == "---"):
            problems.append(f"{where}: bad code [{m.group(1)}]")
            continue
        if len(parts) > 2 or (len(parts) == 2 and not check_date(parts[1])):
            problems.append(f"{where}: bad date in [{m.group(1)}]")
        codes.append(m.group(1))
    if text.count("[") != text.count("]"):
        problems.append(f"{where}: unbalanced brackets")
    return codes


def actors(problems):
    owners = collections.defaultdict(set)
    counts = {}
    for path in sorted((DICT / "actors").glob("*.txt")):
        blocks = 0
        names = []
        block_codes = []

        def close(lineno):
            if names and not block_codes:
                problems.append(f"{path.name}:{lineno}: block {names[0]} has no code")
            for n in names:
                owners[n].add((" ".join(sorted(block_codes)), path.name))

        for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            where = f"{path.name}:{i}"
            s = line.strip()
            if s.startswith("["):
                block_codes += parse_codes(s, where, problems)
                continue
            name = s.lstrip("+").split("[", 1)[0].strip()
            if not all(c.isupper() or c.isdigit() or c in "_.'-&" for c in name):
                problems.append(f"{where}: odd name {name!r}")
            if split_name(name) != name:
                problems.append(f"{where}: {name} is not split as the tokenizer splits it "
                                f"(run gen/names.py): {split_name(name)}")
            key = name.rstrip("_")
            if not s.startswith("+"):
                close(i)
                blocks += 1
                names, block_codes = [key], []
            else:
                if not names:
                    problems.append(f"{where}: synonym before any name")
                names.append(key)
            if "[" in s:
                block_codes += parse_codes(s[s.index("["):], where, problems)
        close(0)
        counts[path.name] = blocks
    for name, owns in sorted(owners.items()):
        codes = {c for c, _ in owns}
        if len(codes) > 1:
            files = sorted({f for _, f in owns})
            problems.append(f"name {name} has codes {sorted(codes)} in {files}")
    return counts


def agents(problems):
    counts = {}
    seen = {}
    for path in sorted((DICT / "agents").glob("*.txt")):
        n = 0
        for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith("!"):
                continue
            where = f"{path.name}:{i}"
            if "[" not in line:
                problems.append(f"{where}: agent without a code")
                continue
            codes = parse_codes(line, where, problems)
            name = line.split("[", 1)[0].split("{", 1)[0].strip()
            if name in seen and seen[name] != codes:
                problems.append(f"{where}: agent {name} also at {seen[name]}")
            seen[name] = codes
            n += 1
        counts[path.name] = n
    return counts


# Facts the dictionaries must keep: (name as written, date, expected code or None).
# Resolved as dyad-dict does: the first dated code whose range holds the date ("<" is
# exclusive, ">" and "A-B" inclusive), else the undated code, else nothing.
EXPECT = [
    ("RECEP_TAYYIP_ERDOGAN", "20030313", "TUROPP"),
    ("ERDOGAN", "20030314", "TURGOV"),
    ("ERDOGAN", "20140828", "TURGOV"),
    ("VLADIMIR_PUTIN", "19990101", "RUSSPY"),
    ("PUTIN", "20100101", "RUSGOV"),
    ("VIKTOR_YANUKOVYCH", "20130101", "UKRGOV"),
    ("YANUKOVYCH", "20140301", "UKROPP"),
    ("PETRO_POROSHENKO", "20150101", "UKRGOV"),
    ("ZELENSKY", "20220301", "UKRGOV"),
    ("MUSTAFA_DZHEMILEV", "20140314", "UKRTAT"),
    ("REFAT_CHUBAROV", "20140314", "UKRTAT"),
    ("CRIMEAN_TATARS", "20140314", "UKRTAT"),
    ("TATARS", "20140314", "UKRTAT"),
    ("JOSEPH_STALIN", "20140314", None),
    ("CRIMEAN_PARLIAMENT", "20140101", "UKRGOV"),
    ("CRIMEAN_PARLIAMENT", "20140314", "UKRSEP"),
    ("CRIMEAN_PARLIAMENT", "20150101", "RUSGOV"),
    ("SERGEI_AKSYONOV", "20140314", "UKRSEP"),
    ("DPR", "20150101", "UKRSEP"),
    ("DPR", "20230101", "RUSGOV"),
    ("CRIMEA", "20200101", "UKR"),
    ("KYIV", "20140314", "UKR"),
    ("KIEV", "20140314", "UKR"),
    ("NATO", "20140314", "IGOWSTNAT"),
    ("THE_WEST", "20140314", "WST"),
    ("AFP", "20140314", "MED"),
    ("BASHAR_AL_-_ASSAD", "20241207", "SYRGOV"),
    ("BASHAR_AL_-_ASSAD", "20241209", "SYRELI"),
    ("AHMED_AL_-_SHARAA", "20241209", "SYRGOV"),
    ("HTS", "20200101", "SYRREB"),
    ("TALIBAN", "20000101", "AFGGOV"),
    ("TALIBAN", "20100101", "AFGREB"),
    ("TALIBAN", "20220101", "AFGGOV"),
    ("HAMAS", "20230101", "PSEREB"),
    ("DONALD_TRUMP", "20180101", "USAGOV"),
    ("TRUMP", "20220101", "USAOPP"),
    ("TRUMP", "20250120", "USAGOV"),
    ("BIDEN", "20220101", "USAGOV"),
    ("OBAMA", "20100101", "USAGOV"),
    ("XI_JINPING", "20200101", "CHNGOV"),
    ("NARENDRA_MODI", "20200101", "INDGOV"),
    ("NETANYAHU", "20230101", "ISRGOV"),
    ("NETANYAHU", "20220101", "ISROPP"),
    ("ANGELA_MERKEL", "20150101", "DEUGOV"),
    ("OLAF_SCHOLZ", "20230101", "DEUGOV"),
    ("KEIR_STARMER", "20240706", "GBRGOV"),
    ("RISHI_SUNAK", "20230101", "GBRGOV"),
    ("EMMANUEL_MACRON", "20200101", "FRAGOV"),
    ("ISIS", "20150101", "IMGMUSISI"),
    ("AL_-_QAEDA", "20010911", "IMGMUSALQ"),
    ("PEOPLE_'S_LIBERATION_ARMY", "20200101", "CHNMIL"),
    ("GEORGIA", "20200101", "GEO"),
    ("TEXAS", "20200101", "USA"),
    ("NEW_GUINEA", "20200101", "---"),
]


def resolve(codes, date):
    undated = None
    for c in codes:
        parts = c.split()
        if len(parts) == 1:
            undated = undated or parts[0]
            continue
        spec = parts[1]
        if spec.startswith("<"):
            ok = date < spec[1:]
        elif spec.startswith(">"):
            ok = date >= spec[1:]
        else:
            a, b = spec.split("-", 1)
            ok = a <= date <= b
        if ok:
            return parts[0]
    return undated


def facts(problems):
    codes_of = {}
    for path in sorted((DICT / "actors").glob("*.txt")):
        names, codes = [], []
        for raw in path.read_text(encoding="utf-8").splitlines() + ["END_"]:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("["):
                codes += re.findall(r"\[([^\]]*)\]", line)
                continue
            name = line.lstrip("+").split("[", 1)[0].strip().rstrip("_")
            if not line.startswith("+"):
                for n in names:
                    codes_of.setdefault(n, codes)
                names, codes = [], []
            names.append(name)
            codes += re.findall(r"\[([^\]]*)\]", line)
    for name, date, want in EXPECT:
        if name not in codes_of:
            problems.append(f"fact check: no actor named {name}")
            continue
        got = resolve(codes_of[name], date)
        if got != want:
            problems.append(f"fact check: {name} on {date} is {got}, expected {want}")


def main():
    problems = []
    facts(problems)
    counts = actors(problems)
    counts.update(agents(problems))
    for p in problems:
        print(p)
    for f, n in counts.items():
        print(f"{n:6d} entries  {f}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
