#!/usr/bin/env python3
"""Generates the embedded model's indicator series (data/usjapan/series/*.csv) from the public data sets
in ../shared/data: World Bank GDP and population, SIPRI military expenditure (current USD and share of
GDP) and COW National Material Capabilities (milex, milper, cinc), for the model's states plus the World
Bank world aggregate (actor `world`). Missing values are left out, never written as zero.

Usage: python3 tools/make_indicator_series.py [--shared DIR] [--model DIR]
"""

import argparse
import csv
import os
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# SIPRI's spellings that differ from the crosswalk's country.name.en.
SIPRI_NAMES = {
    "United States of America": "USA",
    "Korea, South": "KOR",
    "Korea, North": "PRK",
    "Viet Nam": "VNM",
    "Türkiye": "TUR",
    "Timor Leste": "TLS",
    "Myanmar": "MMR",
    "Kyrgyz Republic": "KGZ",
    "Bosnia and Herzegovina": "BIH",
    "Cote d'Ivoire": "CIV",
    "Trinidad and Tobago": "TTO",
    "Gambia, The": "GMB",
    "Congo, DR": "COD",
    "Congo, Republic": "COG",
}


def fmt(x):
    """Up to 12 significant digits, no trailing zeros (enough for GDP in USD)."""
    s = "%.12g" % x
    return s


def number(text):
    text = (text or "").strip()
    if text in ("", "...", "xxx", "NA", ".."):
        return None
    try:
        v = float(text)
    except ValueError:
        return None
    return v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--model", default=os.path.join(ROOT, "data", "usjapan"))
    args = ap.parse_args()
    shared = os.path.normpath(args.shared)

    with open(os.path.join(args.model, "actors", "states.toml"), "rb") as f:
        states = [a for a in tomllib.load(f)["actor"] if a.get("kind") == "state"]
    by_iso3 = {a["iso3"]: a["id"] for a in states if a.get("iso3")}
    by_cow = {int(a["cow"]): a["id"] for a in states if a.get("cow")}

    crosswalk = {}
    with open(os.path.join(shared, "iso3_cow_crosswalk_countrycode.csv"), newline="") as f:
        for r in csv.DictReader(f):
            if r["iso3c"]:
                crosswalk[r["country.name.en"]] = r["iso3c"]
    crosswalk.update(SIPRI_NAMES)

    rows = {}  # indicator -> list of (actor, year, value, source)
    seen = {}  # indicator -> set of actors

    def add(ind, actor, year, value, source):
        rows.setdefault(ind, []).append((actor, int(year), value, source))
        seen.setdefault(ind, set()).add(actor)

    # World Bank GDP and population (ISO3 codes; WLD = the world aggregate).
    for ind, fname, ds in (("gdp", "worldbank_gdp_current_usd_datasets-gdp.csv", "worldbank_gdp"),
                           ("population", "worldbank_population_datasets-population.csv",
                            "worldbank_population")):
        with open(os.path.join(shared, fname), newline="") as f:
            for r in csv.DictReader(f):
                code = r["Country Code"]
                actor = "world" if code == "WLD" else by_iso3.get(code)
                v = number(r["Value"])
                if actor and v is not None:
                    add(ind, actor, r["Year"], v, "data:" + ds)

    # SIPRI: current USD millions -> USD; share of GDP in percent.
    with open(os.path.join(shared, "sipri_milex_2025release_long.csv"), newline="") as f:
        for r in csv.DictReader(f):
            actor = by_iso3.get(crosswalk.get(r["country"], ""))
            if not actor:
                continue
            usd = number(r["milex_current_usd_millions"])
            share = number(r["milex_share_of_gdp"])
            if usd is not None:
                add("milex", actor, r["year"], usd * 1e6, "data:sipri_milex")
            if share is not None:
                add("milex_gdp", actor, r["year"], share, "data:sipri_milex")

    # COW NMC: milex in thousands of current USD -> USD; milper in thousands; cinc a share.
    with open(os.path.join(shared, "cow_nmc_peacesciencer.csv"), newline="") as f:
        for r in csv.DictReader(f):
            actor = by_cow.get(int(r["ccode"]))
            if not actor:
                continue
            for col, ind, scale in (("milex", "cow_milex", 1000.0), ("milper", "cow_milper", 1000.0),
                                    ("cinc", "cinc", 1.0)):
                v = number(r[col])
                if v is None or v < 0:  # COW codes missing as -9 (or NA)
                    continue
                add(ind, actor, r["year"], v * scale, "data:cow_nmc")

    out_dir = os.path.join(args.model, "series")
    os.makedirs(out_dir, exist_ok=True)
    for ind, rs in sorted(rows.items()):
        rs.sort(key=lambda t: (t[0], t[1]))
        path = os.path.join(out_dir, ind + ".csv")
        with open(path, "w", newline="") as f:
            f.write("indicator,actor,year,value,sources\n")
            for actor, year, value, source in rs:
                f.write("%s,%s,%d,%s,%s\n" % (ind, actor, year, fmt(value), source))
        print("%s: %d rows, %d actors" % (path, len(rs), len(seen[ind])), file=sys.stderr)

    for ind in ("gdp", "population", "milex", "milex_gdp", "cow_milex"):
        missing = sorted(a["id"] for a in states if a["id"] not in seen.get(ind, set()))
        print("%s: no data for %s" % (ind, ", ".join(missing) or "-"), file=sys.stderr)


if __name__ == "__main__":
    main()
