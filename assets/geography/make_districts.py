#!/usr/bin/env python3
"""Writes assets/geography/thailand-districts.json: Thailand's 77 provinces and 928 districts
(อำเภอ, and Bangkok's 50 เขต) with their DOPA (กรมการปกครอง) codes.

Why it exists: the province office's roster picks a province and gets every district in it
as an office to track, keyed by the DOPA district code. No official machine-readable list
could be fetched here, so the list is converted from the npm package thai-address-database
(ISC), whose geographic database carries province and district codes, and the few places
where that data is wrong or incomplete are corrected by the explicit tables below, each
with its reason. Subdistricts (ตำบล) and postcodes in the package are dropped: the roster
needs neither, and the package's subdistrict codes are unreliable (see README.md).

    cd /tmp && npm pack thai-address-database@0.0.30 && tar xzf thai-address-database-0.0.30.tgz
    python3 assets/geography/make_districts.py /tmp/package

The argument is the extracted package (the folder holding package.json; a folder holding
`package/` also works). The output goes beside this script unless --out says otherwise.
Python 3.11 standard library only. Every check below fails loudly (AssertionError or
SystemExit) instead of writing a file that is short, duplicated or mis-numbered.
"""

import argparse
import json
import pathlib
import re
import sys

PACKAGE = "thai-address-database"
# The correction tables were written against this version's data. Another version may have
# fixed some of them (or broken others): review the tables before changing this.
VERSION = "0.0.30"
LICENCE = "ISC"
# The only file in the package with codes. database/db.json (what the package's code loads)
# has the same provinces and districts by name but no codes; it is read only to check that.
GEODB = "database/backup/geodb.json"
DB = "database/db.json"

# --- Corrections ------------------------------------------------------------------------
# DOPA codes: a province is 2 digits; a district is its province's 2 digits followed by a
# 2-digit number within the province (Bangkok's เขต are 1001-1050). Each entry states the
# source's value it replaces, so a source that changes fails here instead of being
# "corrected" wrongly.

# Province code: source code -> (name, DOPA code).
PROVINCE_CODE_CORRECTIONS = {
    # บึงกาฬ was split from หนองคาย (43) in 2011 and given DOPA code 38 (also ISO 3166-2
    # TH-38). 97 is no DOPA province code; the source appended this province by hand (none
    # of its districts or subdistricts has a code, see below), so the 97 is a placeholder.
    97: ("บึงกาฬ", "38"),
}

# District code: (province name, district name in the source) -> DOPA code. Every one of
# these has an empty code in the source; the check below insists on that.
DISTRICT_CODE_CORRECTIONS = {
    # The source's code is empty, but all 12 of its subdistricts carry codes 4504xx and no
    # other district of ร้อยเอ็ด uses 4504: the data itself gives 4504.
    ("ร้อยเอ็ด", "จตุรพักตร์พิมาน"): "4504",
    # Created in 2009 from three subdistricts of แม่แจ่ม (5003), whose old codes 5003xx the
    # source still gives them. DOPA numbered it 5025, the 25th
    # district of เชียงใหม่ after ดอยหล่อ (5024). Not derivable from the data: this is the
    # DOPA code as published, confirmed against the DOPA-derived list named in README.md.
    ("เชียงใหม่", "กัลยาณิวัฒนา"): "5025",
    # The 8 districts of บึงกาฬ (province 38, see above) have no codes in the source. DOPA
    # numbered them in this order when the province was created; not derivable from the
    # data (their subdistricts have code 0), confirmed against the same DOPA-derived list.
    ("บึงกาฬ", "เมืองบึงกาฬ"): "3801",
    ("บึงกาฬ", "พรเจริญ"): "3802",
    ("บึงกาฬ", "โซ่พิสัย"): "3803",
    ("บึงกาฬ", "เซกา"): "3804",
    ("บึงกาฬ", "ปากคาด"): "3805",
    ("บึงกาฬ", "บึงโขงหลง"): "3806",
    ("บึงกาฬ", "ศรีวิไล"): "3807",
    ("บึงกาฬ", "บุ่งคล้า"): "3808",
}

# District name: (province name, name in the source) -> DOPA's spelling.
DISTRICT_NAME_CORRECTIONS = {
    # DOPA spells it without a การันต์ on ตร: จตุรพักตรพิมาน ("Chaturaphak Phiman"); the
    # source writes จตุรพักตร์พิมาน. The same entry lacks its code (above).
    ("ร้อยเอ็ด", "จตุรพักตร์พิมาน"): "จตุรพักตรพิมาน",
}

# Districts missing from the source: (province name, DOPA code, name).
MISSING_DISTRICTS = [
    # เวียงเก่า (ขอนแก่น) was split from ภูเวียง (4016) and is made of three of its former
    # subdistricts: ในเมือง, เมืองเก่าพัฒนา, เขาน้อย. The source predates it and still lists
    # those three under ภูเวียง (checked below). Its DOPA code 4029 is not derivable from the
    # data; it is confirmed against the DOPA-derived list named in README.md. With it
    # ขอนแก่น has its 26 districts and the country 928.
    ("ขอนแก่น", "4029", "เวียงเก่า"),
]

# Prefixes stripped from names ("อำเภอเมือง..." -> "เมือง..."). "เขต" only in Bangkok,
# where every district is a เขต; elsewhere a name could begin with those letters.
PROVINCE_PREFIXES = ("จังหวัด", "จ.")
DISTRICT_PREFIXES = ("กิ่งอำเภอ", "อำเภอ", "อ.")
BANGKOK_PREFIXES = ("เขต",)

# Districts per province (DOPA), the check that catches a district filed under the wrong
# province or dropped. Sums to 928: Bangkok's 50 เขต and 878 อำเภอ.
EXPECTED_DISTRICTS = {
    "10": 50, "11": 6, "12": 6, "13": 7, "14": 16, "15": 7, "16": 11, "17": 6, "18": 8,
    "19": 13, "20": 11, "21": 8, "22": 10, "23": 7, "24": 11, "25": 7, "26": 4, "27": 9,
    "30": 32, "31": 23, "32": 17, "33": 22, "34": 25, "35": 9, "36": 16, "37": 7, "38": 8,
    "39": 6, "40": 26, "41": 20, "42": 14, "43": 9, "44": 13, "45": 20, "46": 18, "47": 18,
    "48": 12, "49": 7, "50": 25, "51": 8, "52": 13, "53": 9, "54": 8, "55": 15, "56": 9,
    "57": 18, "58": 7, "60": 15, "61": 8, "62": 11, "63": 9, "64": 9, "65": 9, "66": 12,
    "67": 11, "70": 10, "71": 13, "72": 10, "73": 7, "74": 3, "75": 3, "76": 8, "77": 8,
    "80": 23, "81": 8, "82": 8, "83": 3, "84": 19, "85": 5, "86": 8, "90": 16, "91": 7,
    "92": 10, "93": 11, "94": 12, "95": 8, "96": 13,
}
EXPECTED_PROVINCES = 77
EXPECTED_TOTAL = 928


def fail(message):
    sys.exit(f"make_districts: {message}")


def decoder(db):
    """The package's compact encoding (from jquery.Thailand.js): a name is either an index
    into `lookup` or a string, and in both, each ASCII letter stands for a frequent word in
    `words` (A-Z are words 0-25, a-z are 26-51)."""
    lookup = db["lookup"].split("|")
    words = db["words"].split("|")

    def word(m):
        c = ord(m.group())
        return words[c - 65 if c < 97 else c - 97 + 26]

    def decode(value):
        text = lookup[value] if isinstance(value, int) else value
        return re.sub(r"[A-Za-z]", word, text)

    return decode


def strip_prefix(name, prefixes, stripped):
    for p in prefixes:
        if name.startswith(p) and len(name) > len(p):
            stripped.append(name)
            return name[len(p):].strip()
    return name


def code_text(value):
    """The source's codes are numbers, or "" / 0 / false where it has none."""
    if value in ("", 0, False, None):
        return ""
    return str(value)


def load_source(pkg):
    meta = json.loads((pkg / "package.json").read_text(encoding="utf-8"))
    if meta.get("name") != PACKAGE:
        fail(f"{pkg} is not {PACKAGE} (package.json name {meta.get('name')!r})")
    if meta.get("version") != VERSION:
        fail(f"{PACKAGE} {meta.get('version')} given, the corrections were checked against {VERSION}: "
             "review the tables in this script, then change VERSION")
    if meta.get("license") != LICENCE:
        fail(f"licence is {meta.get('license')!r}, expected {LICENCE}")
    geodb = json.loads((pkg / GEODB).read_text(encoding="utf-8"))
    db = json.loads((pkg / DB).read_text(encoding="utf-8"))
    return geodb, db


def source_rows(geodb):
    """[(province code, province name, district code, district name, [(subdistrict code, name)])]"""
    t = decoder(geodb)
    rows = []
    for prov in geodb["data"]:
        assert len(prov) == 3, "geodb province entries are [name, code, districts]"
        for dist in prov[2]:
            subs = [(code_text(s[1]), t(s[0])) for s in dist[2]]
            rows.append((code_text(prov[1]), t(prov[0]), code_text(dist[1]), t(dist[0]), subs))
    return rows


def check_db_agrees(rows, db):
    """db.json (no codes) must list the same provinces and districts as geodb.json."""
    t = decoder(db)
    names = {(t(p[0]), t(a[0])) for p in db["data"] for a in p[1]}
    geo = {(r[1], r[3]) for r in rows}
    assert names == geo, f"{DB} and {GEODB} differ: {sorted(names ^ geo)[:10]}"


def check_evidence(rows):
    """The facts in the source that the corrections rest on, so a changed source fails."""
    by_name = {(r[1], r[3]): r for r in rows}
    jat = by_name[("ร้อยเอ็ด", "จตุรพักตร์พิมาน")]
    assert jat[4] and all(c.startswith("4504") for c, _ in jat[4]), "จตุรพักตร์พิมาน's subdistricts are no longer 4504xx"
    assert not any(r[2] == "4504" for r in rows), "4504 is used by another district in the source"
    kalaya = by_name[("เชียงใหม่", "กัลยาณิวัฒนา")]
    assert all(c.startswith("5003") for c, _ in kalaya[4]), "กัลยาณิวัฒนา's subdistricts are no longer 5003xx"
    bk = [r for r in rows if r[1] == "บึงกาฬ"]
    assert len(bk) == 8 and all(r[0] == "97" and r[2] == "" for r in bk), "บึงกาฬ is no longer province 97 without district codes"
    assert all(c == "" for r in bk for c, _ in r[4]), "บึงกาฬ's subdistricts have codes now"
    phu_wiang = {n for _, n in by_name[("ขอนแก่น", "ภูเวียง")][4]}
    assert {"ในเมือง", "เมืองเก่าพัฒนา", "เขาน้อย"} <= phu_wiang, "เวียงเก่า's subdistricts are no longer under ภูเวียง"
    assert not any(r[1] == "ขอนแก่น" and r[3] == "เวียงเก่า" for r in rows), "the source has เวียงเก่า now"


def convert(rows):
    stripped = []
    provinces = {}  # code -> {"code", "name_th", "districts"}
    used_code_fixes = set()
    used_name_fixes = set()
    used_province_fixes = set()
    province_names = {}
    for pcode, pname, dcode, dname, _subs in rows:
        pname = strip_prefix(pname, PROVINCE_PREFIXES, stripped)
        if pcode.isdigit() and int(pcode) in PROVINCE_CODE_CORRECTIONS:
            expected_name, fixed = PROVINCE_CODE_CORRECTIONS[int(pcode)]
            assert pname == expected_name, f"province {pcode} is {pname}, the correction is for {expected_name}"
            used_province_fixes.add(int(pcode))
            pcode = fixed
        assert re.fullmatch(r"\d\d", pcode), f"province {pname}: code {pcode!r}"
        assert province_names.setdefault(pcode, pname) == pname, f"province code {pcode} is both {province_names[pcode]} and {pname}"
        prov = provinces.setdefault(pcode, {"code": pcode, "name_th": pname, "districts": []})

        key = (pname, dname)
        if key in DISTRICT_CODE_CORRECTIONS:
            assert dcode == "", f"{key}: the source now has code {dcode}; review the correction"
            dcode = DISTRICT_CODE_CORRECTIONS[key]
            used_code_fixes.add(key)
        if key in DISTRICT_NAME_CORRECTIONS:
            dname = DISTRICT_NAME_CORRECTIONS[key]
            used_name_fixes.add(key)
        dname = strip_prefix(dname, BANGKOK_PREFIXES + DISTRICT_PREFIXES if pcode == "10" else DISTRICT_PREFIXES, stripped)
        prov["districts"].append({"code": dcode, "name_th": dname})

    for pname, dcode, dname in MISSING_DISTRICTS:
        pcodes = [c for c, n in province_names.items() if n == pname]
        assert len(pcodes) == 1, f"missing district's province {pname}"
        provinces[pcodes[0]]["districts"].append({"code": dcode, "name_th": dname})

    unused = (set(DISTRICT_CODE_CORRECTIONS) - used_code_fixes) | (set(DISTRICT_NAME_CORRECTIONS) - used_name_fixes)
    unused |= set(PROVINCE_CODE_CORRECTIONS) - used_province_fixes
    assert not unused, f"corrections that matched nothing in the source: {sorted(map(str, unused))}"

    out = sorted(provinces.values(), key=lambda p: p["code"])
    for p in out:
        p["districts"].sort(key=lambda d: d["code"])
    return out, stripped


def check(provinces):
    assert len(provinces) == EXPECTED_PROVINCES, f"{len(provinces)} provinces, expected {EXPECTED_PROVINCES}"
    pcodes = [p["code"] for p in provinces]
    assert len(set(pcodes)) == len(pcodes), "province codes not unique"
    assert len({p["name_th"] for p in provinces}) == len(provinces), "province names not unique"
    assert set(pcodes) == set(EXPECTED_DISTRICTS), f"province codes differ from DOPA's: {sorted(set(pcodes) ^ set(EXPECTED_DISTRICTS))}"
    dcodes = []
    for p in provinces:
        n = len(p["districts"])
        assert n == EXPECTED_DISTRICTS[p["code"]], f"{p['code']} {p['name_th']}: {n} districts, expected {EXPECTED_DISTRICTS[p['code']]}"
        names = [d["name_th"] for d in p["districts"]]
        assert len(set(names)) == len(names), f"{p['name_th']}: district names not unique within the province"
        for d in p["districts"]:
            c = d["code"]
            assert re.fullmatch(r"\d{4}", c), f"{p['name_th']} {d['name_th']}: code {c!r}"
            assert c.startswith(p["code"]), f"{p['name_th']} {d['name_th']}: code {c} not in province {p['code']}"
            assert c[2:] != "00", f"{d['name_th']}: district number 00"
            name = d["name_th"]
            assert name and name == name.strip() and "  " not in name, f"name {name!r}"
            assert not name.startswith(DISTRICT_PREFIXES), f"prefix left on {name}"
            assert not (p["code"] == "10" and name.startswith(BANGKOK_PREFIXES)), f"prefix left on {name}"
            dcodes.append(c)
    assert len(set(dcodes)) == len(dcodes), f"district codes not unique: {sorted({c for c in dcodes if dcodes.count(c) > 1})}"
    assert len(dcodes) == EXPECTED_TOTAL, f"{len(dcodes)} districts, expected {EXPECTED_TOTAL}"
    bkk = next(p for p in provinces if p["code"] == "10")
    assert bkk["name_th"] == "กรุงเทพมหานคร"
    assert [d["code"] for d in bkk["districts"]] == [f"10{i:02d}" for i in range(1, 51)], "Bangkok's เขต are not 1001-1050"
    return len(dcodes)


def write(provinces, path):
    """Compact UTF-8 JSON, one province a line, so a diff shows which province changed."""
    head = {"source": f"npm:{PACKAGE}@{VERSION} ({GEODB}), corrected as listed in README.md", "licence": LICENCE}
    dump = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    lines = [dump(head)[:-1] + ',"provinces":[']
    lines += [dump(p) + ("," if i < len(provinces) - 1 else "") for i, p in enumerate(provinces)]
    lines.append("]}")
    text = "\n".join(lines) + "\n"
    assert json.loads(text)["provinces"] == provinces  # the hand-joined lines are valid JSON
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("package", type=pathlib.Path, help=f"the extracted {PACKAGE} npm package")
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent / "thailand-districts.json")
    args = ap.parse_args()
    pkg = args.package
    if not (pkg / "package.json").exists() and (pkg / "package" / "package.json").exists():
        pkg = pkg / "package"
    if not (pkg / "package.json").exists():
        fail(f"no package.json in {args.package}")

    geodb, db = load_source(pkg)
    rows = source_rows(geodb)
    src_provinces = len({r[0] for r in rows})
    src_blank = sum(1 for r in rows if r[2] == "")
    print(f"source: {src_provinces} provinces, {len(rows)} districts, {src_blank} without a code, "
          f"{sum(len(r[4]) for r in rows)} subdistrict rows (dropped)")
    check_db_agrees(rows, db)
    check_evidence(rows)
    provinces, stripped = convert(rows)
    total = check(provinces)
    size = write(provinces, args.out)
    print(f"prefixes stripped: {len(stripped)}{': ' + ', '.join(stripped) if stripped else ''}")
    print(f"corrections: {len(PROVINCE_CODE_CORRECTIONS)} province code, {len(DISTRICT_CODE_CORRECTIONS)} district codes, "
          f"{len(DISTRICT_NAME_CORRECTIONS)} name, {len(MISSING_DISTRICTS)} added district")
    print(f"wrote {args.out}: {len(provinces)} provinces, {total} districts, {size} bytes")


if __name__ == "__main__":
    main()
