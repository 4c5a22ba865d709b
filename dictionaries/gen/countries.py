#!/usr/bin/env python3
"""Write dyad's country and city actor dictionaries from the gazetteer.

Usage (from the workspace root, with ../shared beside it):

    python3 dictionaries/gen/countries.py [--shared ../shared]

Reads ../shared/gazetteer/{iso,countryinfo,geonames} and the project's own curation
tables in this folder (country_extras.tsv, city_stoplist.txt, city_extras.tsv), and
writes dictionaries/actors/countries.actors.txt and dictionaries/actors/cities.actors.txt. Only
facts are taken from the gazetteer (a country's ISO code, its names, demonym and
capital; a city's name, country and population); the layout and curation are ours.

Names claimed by two codes are dropped unless country_extras.tsv says which code wins,
so that no name in the output has two codes. City names that are also names in
a hand-written actor file (regions.actors.txt, international.actors.txt, ...) are left to that file.
"""

import argparse
import json
import pathlib
import sys
import unicodedata

from names import split_name

HERE = pathlib.Path(__file__).resolve().parent
DICT = HERE.parent
ROOT = DICT.parent

# Every capital and every city at or above this population is written.
CITY_MIN_POP = 500_000
# A country's largest cities are written down to this population as well.
CITY_MIN_POP_TOP = 100_000
CITY_TOP_PER_COUNTRY = 3
# A city name shared by cities in other countries is kept only if the largest of them
# is this many times bigger than the next one (London, UK vs London, Ontario).
# Capitals are always kept.
CITY_DOMINANCE = 2.0

# ISO codes that are not sovereign: their demonyms ("French", "American", "Chinese")
# belong to the sovereign state and are not written for the territory.
TERRITORY_DEMONYM_SKIP = {
    "ASM", "ATF", "BVT", "CXR", "CCK", "GUF", "GGY", "HKG", "HMD", "IOT", "JEY", "MAC",
    "MNP", "MTQ", "MYT", "REU", "SJM", "SPM", "UMI", "VIR", "VGB", "BLM", "MAF", "SXM",
    "BES", "ALA", "PCN", "SGS", "NFK",
}


def fold(text):
    """Upper-case ASCII form of a name, words joined by '_', or None if not Latin."""
    text = text.replace("’", "'").replace("`", "'")
    nfkd = unicodedata.normalize("NFKD", text)
    ascii_ = "".join(c for c in nfkd if not unicodedata.combining(c))
    if any(ord(c) > 127 for c in ascii_):
        return None
    if "(" in ascii_ or "," in ascii_:
        return None
    words = ascii_.upper().replace("&", "AND").split()
    if not words:
        return None
    for w in words:
        if not all(c.isalpha() or c in "-'." for c in w):
            return None
    # hyphens and possessives as dyad's tokenizer splits them (see names.py)
    return split_name("_".join(words))


def plural(demonym):
    """English plural of a demonym noun ('Iraqi' -> 'Iraqis'); None if it has none."""
    low = demonym.lower()
    if low in {"czech"}:
        return demonym + "s"
    if low.endswith(("ese", "sh", "ch", "ss", "x", "z", "y", "ois", "i-kiribati")):
        return None
    return demonym + "s"


def read_tsv(path):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            sys.exit(f"{path}:{n}: expected CODE<TAB>NAME[<TAB>...], got {line!r}")
        rows.append((n, [p.strip() for p in parts]))
    return rows


def region_names():
    """Every name (primary or synonym) written in the hand-written actor files."""
    names = set()
    for path in sorted((DICT / "actors").glob("*.txt")):
        if path.name in ("countries.actors.txt", "cities.actors.txt"):
            continue
        names |= names_in(path)
    return names


def names_in(path):
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("["):
            continue
        name = line.lstrip("+").split("[", 1)[0].strip().rstrip("_")
        if name:
            names.add(name)
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    gaz = pathlib.Path(args.shared) / "gazetteer"

    iso = json.loads((gaz / "iso" / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    info = {}
    for f in sorted((gaz / "countryinfo" / "data").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        a3 = d.get("ISO", {}).get("alpha3") if isinstance(d.get("ISO"), dict) else None
        if a3 and a3 not in info:
            info[a3] = d
    geo_countries = json.loads((gaz / "geonames" / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((gaz / "geonames" / "cities15000.json").read_text(encoding="utf-8"))

    # code -> (display name, {name: why})
    countries = {}
    a2_to_a3 = {}
    for c in iso:
        code = c["alpha_3"]
        a2_to_a3[c["alpha_2"]] = code
        display = c.get("common_name") or c["name"]
        names = {}
        for key in ("common_name", "name", "official_name"):
            if key in c:
                n = fold(c[key])
                if n:
                    names.setdefault(n, "iso")
        d = info.get(code)
        if d:
            n = fold(d.get("name", ""))
            if n:
                names.setdefault(n, "countryinfo")
            for alt in d.get("altSpellings", []):
                n = fold(alt)
                # two- and three-letter codes ("UA", "UKR") are not names in news text
                if n and len(n.replace(".", "")) > 3:
                    names.setdefault(n, "countryinfo alt")
            dem = d.get("demonym") or ""
            if code not in TERRITORY_DEMONYM_SKIP:
                for part in dem.replace("/", ",").split(","):
                    part = part.strip()
                    n = fold(part)
                    if n and n not in {"NONE"}:
                        names.setdefault(n, "demonym")
                        p = plural(part)
                        if p and fold(p):
                            names.setdefault(fold(p), "demonym plural")
        countries[code] = (display, names)

    # Kosovo has no ISO 3166-1 code; CAMEO and the World Bank use KSV.
    countries["KSV"] = ("Kosovo", {"KOSOVO": "cameo"})

    extras = read_tsv(HERE / "country_extras.tsv")
    prefer = {}
    drop = set()
    for n, parts in extras:
        code, name = parts[0], parts[1]
        flag = parts[2] if len(parts) > 2 else ""
        folded = fold(name) if " " in name or "_" not in name else name
        folded = folded or name
        if code == "-":
            drop.add(folded)
            continue
        if code not in countries:
            sys.exit(f"country_extras.tsv:{n}: unknown code {code}")
        countries[code][1][folded] = "curated"
        if flag == "prefer":
            prefer[folded] = code

    # Resolve names that two codes claim.
    owners = {}
    for code, (_, names) in countries.items():
        for name in names:
            owners.setdefault(name, set()).add(code)
    dropped = []
    for name, codes in sorted(owners.items()):
        if name in drop:
            for code in codes:
                countries[code][1].pop(name, None)
            continue
        if len(codes) > 1:
            win = prefer.get(name)
            for code in codes:
                if code != win:
                    countries[code][1].pop(name, None)
            if not win:
                dropped.append((name, sorted(codes)))
    country_names = {n for _, (_, names) in countries.items() for n in names}

    out = [
        "# dyad actor dictionary: countries and territories.",
        "# GENERATED by `python3 dictionaries/gen/countries.py` from ../shared/gazetteer",
        "# (ISO 3166-1, countryinfo names/demonyms) and dictionaries/gen/country_extras.tsv.",
        "# Do not edit by hand: edit the generator or its tables and run it again.",
        "# One block per country: the common name, then every other name, short form,",
        "# demonym and adjective, all coded with the CAMEO country code (ISO alpha-3;",
        "# Kosovo is KSV). Roles come from agents ('Ukrainian troops' -> UKRMIL).",
        "",
    ]
    for code in sorted(countries, key=lambda c: countries[c][0]):
        display, names = countries[code]
        if not names:
            continue
        primary = fold(display) if fold(display) in names else sorted(names)[0]
        out.append(f"# ---- {display} ----")
        out.append(f"{primary}_ [{code}]")
        for name in sorted(names):
            if name != primary:
                out.append(f"+{name}_")
        out.append("")
    (DICT / "actors" / "countries.actors.txt").write_text("\n".join(out), encoding="utf-8")

    # ---- cities ----
    stop = set()
    for line in (HERE / "city_stoplist.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            stop.add(fold(line) or line)
    regions = region_names()
    by_name = {}
    for c in cities.values():
        n = fold(c["name"])
        if n:
            by_name.setdefault(n, []).append(c)
    capitals = {}
    for a2, g in geo_countries.items():
        if g.get("capital"):
            capitals[a2] = fold(g["capital"])

    per_country = {}
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        per_country.setdefault(c["countrycode"], []).append(c)
    chosen = {}
    for a2, cs in per_country.items():
        code = a2_to_a3.get(a2, "KSV" if a2 == "XK" else None)
        if code is None:
            continue
        for rank, c in enumerate(cs):
            n = fold(c["name"])
            if not n:
                continue
            is_cap = capitals.get(a2) == n
            big = c["population"] >= CITY_MIN_POP
            top = rank < CITY_TOP_PER_COUNTRY and c["population"] >= CITY_MIN_POP_TOP
            if not (is_cap or big or top):
                continue
            prev = chosen.get(n)
            # a capital wins its name, then the bigger city (Tripoli is Libya's, not Lebanon's)
            if prev is None or (is_cap, c["population"]) > (prev[2], prev[1]):
                chosen[n] = (code, c["population"], is_cap, c["name"])
    skipped = {"stoplist": [], "ambiguous": [], "country name": [], "region": []}
    city_extras = {}
    for n, parts in read_tsv(HERE / "city_extras.tsv"):
        city_extras.setdefault(fold(parts[0]) or parts[0], []).extend(
            fold(p) or p for p in parts[1:]
        )
    out = [
        "# dyad actor dictionary: cities, coded as their country.",
        "# GENERATED by `python3 dictionaries/gen/countries.py` from ../shared/gazetteer",
        "# (GeoNames cities >= 15,000 people) and dictionaries/gen/city_{stoplist,extras}.*",
        "# Do not edit by hand. Written: every capital, every city of at least "
        f"{CITY_MIN_POP:,} people,",
        f"# and each country's {CITY_TOP_PER_COUNTRY} largest cities of at least "
        f"{CITY_MIN_POP_TOP:,}. Left out: names on the stoplist",
        "# (English words, people's names), names shared with a city elsewhere of "
        "comparable size,",
        "# country names, and names that a hand-written actor file codes itself.",
        "# A capital is coded as its country, not as the government (see README).",
        "",
    ]
    written = 0
    for n in sorted(chosen):
        code, pop, is_cap, raw = chosen[n]
        if n in stop:
            skipped["stoplist"].append(n)
            continue
        if n in country_names:
            skipped["country name"].append(n)
            continue
        if n in regions:
            skipped["region"].append(n)
            continue
        rivals = sorted((c["population"] for c in by_name.get(n, [])), reverse=True)
        # a capital keeps its name: news means Colombo, Sri Lanka, not Colombo, Brazil
        if not is_cap and rivals and pop < rivals[0]:
            # a bigger city of that name is not written (too small for the lists above)
            skipped["ambiguous"].append(n)
            continue
        if not is_cap and len(rivals) > 1 and rivals[0] < CITY_DOMINANCE * rivals[1]:
            skipped["ambiguous"].append(n)
            continue
        note = "capital" if is_cap else f"pop {pop:,}"
        out.append(f"{n}_ [{code}] # {raw}, {note}")
        for alt in city_extras.pop(n, []):
            if alt not in country_names and alt not in regions and alt not in stop:
                out.append(f"+{alt}_")
        written += 1
    if city_extras:
        print(f"city_extras.tsv names not written: {sorted(city_extras)}", file=sys.stderr)
    out.append("")
    (DICT / "actors" / "cities.actors.txt").write_text("\n".join(out), encoding="utf-8")

    total = sum(len(n) for _, n in countries.values())
    print(f"countries.actors.txt: {len(countries)} countries, {total} names", file=sys.stderr)
    print(f"cities.actors.txt: {written} cities; skipped " +
          ", ".join(f"{k} {len(v)}" for k, v in skipped.items()), file=sys.stderr)
    for name, codes in dropped:
        print(f"dropped shared name {name}: {codes}", file=sys.stderr)
    for k, v in skipped.items():
        if v:
            print(f"skipped ({k}): {' '.join(v)}", file=sys.stderr)


if __name__ == "__main__":
    main()
