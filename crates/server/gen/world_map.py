#!/usr/bin/env python3
"""Generates assets/world.json: one simplified SVG path per country, for the dashboard map.

Usage: python3 crates/server/gen/world_map.py ../shared/gazetteer/countryinfo/data > crates/server/assets/world.json

Projection: equirectangular, x = (lon + 180) * 2, y = (90 - lat) * 2 (a 720 x 360 view box).
Coordinates are rounded to 0.2 units and consecutive duplicates dropped, which keeps the
file small while outlines stay recognisable. Outlines: Natural Earth via the countryinfo
package (MIT).
"""
import json
import os
import sys


def ring_path(ring):
    pts = []
    for lon, lat in ring:
        x = round((lon + 180.0) * 2 / 0.4) * 0.4
        y = round((90.0 - lat) * 2 / 0.4) * 0.4
        p = (round(x, 1), round(y, 1))
        if not pts or pts[-1] != p:
            pts.append(p)
    if len(pts) < 4:
        return ""
    return "M" + "L".join(f"{x:g} {y:g}" for x, y in pts) + "Z"


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/gazetteer/countryinfo/data"
    out = {}
    for name in sorted(os.listdir(src)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            d = json.load(f)
        iso = (d.get("ISO") or {}).get("alpha3")
        geo = d.get("geoJSON") or {}
        if not iso or not geo.get("features"):
            continue
        paths = []
        for feat in geo["features"]:
            g = feat.get("geometry") or {}
            polys = g.get("coordinates") or []
            if g.get("type") == "Polygon":
                polys = [polys]
            for poly in polys:
                for ring in poly[:1]:
                    p = ring_path(ring)
                    if p:
                        paths.append(p)
        if paths:
            nm = d.get("name")
            out[iso] = {"name": nm if isinstance(nm, str) else (nm or {}).get("common", iso), "d": "".join(paths)}
    json.dump({"generated_by": "crates/server/gen/world_map.py", "countries": out}, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main()
