#!/usr/bin/env python3
"""Writes Sources/ChanceryServer/Resources/world-110m.tsv: one row a country, ISO3 code, name and an SVG path.

Source: Natural Earth 1:110m admin-0 countries (public domain), as shipped in the geopandas 0.14.4 wheel:
    pip download geopandas==0.14.4 --no-deps && unzip geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/*'
    pip install pyshp
    Scripts/make-world-map.py geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Projection: equirectangular, x = longitude + 180, y = 90 - latitude (a 360 x 180 plane), rounded to 0.1 degree and
simplified (Douglas-Peucker, 0.1 degree); Antarctica is left out. Codes the file lacks (-99) are taken from the name;
Somaliland and Northern Cyprus are drawn as part of Somalia and Cyprus, as event data codes them.
"""
import sys

import shapefile

# Names whose iso_a3 is -99 in some Natural Earth releases, with the code Chancery's lexicon uses.
CODE_BY_NAME = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "Somaliland": "SOM", "N. Cyprus": "CYP"}
MERGED = {"SOL": "SOM", "CYN": "CYP"}
TOLERANCE = 0.1


def simplify(points, tolerance):
    """Douglas-Peucker on a list of (x, y)."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    best, index = -1.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
        if d > best:
            best, index = d, i
    if best <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def ring_path(ring):
    """One closed ring as `Mx,y x,y ...Z`, or '' when it shrinks below a triangle."""
    projected = [(round(lon + 180, 1), round(90 - lat, 1)) for lon, lat in ring]
    points = simplify(projected, TOLERANCE)
    deduped = []
    for p in points:
        if not deduped or deduped[-1] != p:
            deduped.append(p)
    if len(deduped) > 1 and deduped[0] == deduped[-1]:
        deduped.pop()
    if len(deduped) < 3:
        return ""
    fmt = lambda v: ("%.1f" % v).rstrip("0").rstrip(".")
    return "M" + " ".join(fmt(x) + "," + fmt(y) for x, y in deduped) + "Z"


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp"
    out = sys.argv[2] if len(sys.argv) > 2 else "Sources/ChanceryServer/Resources/world-110m.tsv"
    reader = shapefile.Reader(source)
    countries = {}
    for shape, record in zip(reader.shapes(), reader.records()):
        name, code = record["name"], record["iso_a3"]
        if code == "ATA":
            continue
        if code == "-99" or len(code) != 3:
            code = CODE_BY_NAME.get(name)
            if code is None:
                sys.exit(f"{name}: no ISO3 code in the file and none in CODE_BY_NAME; add it")
        code = MERGED.get(code, code)
        parts = list(shape.parts) + [len(shape.points)]
        paths = [ring_path(shape.points[a:b]) for a, b in zip(parts, parts[1:])]
        entry = countries.setdefault(code, [name, []])
        if code in MERGED.values() and name not in ("Somaliland", "N. Cyprus"):
            entry[0] = name
        entry[1].extend(p for p in paths if p)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Natural Earth 1:110m countries (public domain, naturalearthdata.com), made by Scripts/make-world-map.py.\n")
        f.write("# ISO3<TAB>name<TAB>SVG path in an equirectangular 360x180 plane (x = lon + 180, y = 90 - lat)\n")
        for code in sorted(countries):
            name, paths = countries[code]
            if paths:
                f.write(f"{code}\t{name}\t{''.join(paths)}\n")
    print(f"{out}: {len(countries)} countries")


if __name__ == "__main__":
    main()
