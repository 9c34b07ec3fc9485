#!/usr/bin/env python3
"""Writes the fuzz targets' seed inputs under fuzz/seeds/<target>/ (committed, kept small).

    python3 fuzz/make_seeds.py          # derive every seed from the real bundles already there
    python3 fuzz/make_seeds.py --real   # first export new real bundles with the gecc CLI

--real needs target/debug/gecc (`cargo build -p gecc-cli`): in a fresh data folder it opens
a round with `gecc rounds new`; fuzz/seed_round.rs (compiled against the CLI's own build of
gecc-core) answers items, attaches fuzz/seed-evidence/* and exports the round whole and as
a summary with core's export_round, without the 150 kB report PDF that `gecc export` adds
(see seed_round.rs); `gecc verify` checks both. Bundles hold a new key and time each run,
so --real changes them; everything else here is derived deterministically from them.

Seeds per target:
  bundle_reader    the real bundles, the whole one split into two parts (joined by the
                   targets' PART_SEPARATOR) and damaged copies of them, and hostile ZIPs
                   written byte by byte: ZIP bombs, path traversal, absolute paths,
                   duplicates, truncation, wrong CRCs, huge declared sizes, symlinks,
                   encryption, odd compression, and part markers that lie.
  pack_parser      the built-in packs from assets/criteria and broken variants of a
                   small valid pack cut from one of them.
  assessment_json  assessment.json from the real bundles, a trimmed copy, and broken
                   variants of it.

Files named crash-* or timeout-* reproduce faults fuzzing found in gecc-core (see the
note beside each); they are fixed, and each is a named regression test in
crates/core/src/bundle/verify_tests.rs.
"""

import argparse
import copy
import hashlib
import json
import pathlib
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
FUZZ = ROOT / "fuzz"
SEEDS = FUZZ / "seeds"
EVIDENCE = FUZZ / "seed-evidence"
# Must match PART_SEPARATOR in fuzz/src/lib.rs.
PART_SEPARATOR = b"\n--gecc-fuzz-next-part--\n"
FIXED_TIME = (2025, 11, 1, 10, 0, 0)
REAL_FULL = "real-full.zip"
REAL_SUMMARY = "real-summary.zip"


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def write(target, name, data):
    folder = SEEDS / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (folder / name).write_bytes(data)


# --- real bundles, through the CLI -------------------------------------------------------


def run(*command, **kwargs):
    print("$", " ".join(str(c) for c in command), file=sys.stderr)
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def compile_seed_round(out):
    deps = ROOT / "target/debug/deps"
    rlibs = sorted(deps.glob("libgecc_core-*.rlib"), key=lambda p: p.stat().st_mtime)
    if not rlibs:
        sys.exit("no target/debug/deps/libgecc_core-*.rlib: run `cargo build -p gecc-cli` first")
    run(
        "rustc", "--edition", "2021", "--crate-type", "bin", "-C", "debuginfo=0",
        "-L", f"dependency={deps}", "--extern", f"gecc_core={rlibs[-1]}",
        "-o", out, FUZZ / "seed_round.rs",
    )


def export_real_bundles():
    gecc = ROOT / "target/debug/gecc"
    if not gecc.exists():
        sys.exit("no target/debug/gecc: run `cargo build -p gecc-cli` first")
    with tempfile.TemporaryDirectory(prefix="gecc-seeds-") as temp:
        temp = pathlib.Path(temp)
        helper = temp / "seed_round"
        compile_seed_round(helper)
        data = temp / "data"
        cli = [gecc, "--data-dir", data]
        run(*cli, "rounds", "new", "--kind", "application", "--fiscal-year", "2569")
        # The clerk's files under the names they had on the clerk's PC.
        sources = temp / "sources"
        sources.mkdir()
        shutil.copy(EVIDENCE / "opening-hours.txt", sources / "ป้ายเวลาทำการ.txt")
        shutil.copy(EVIDENCE / "sign.png", sources / "ป้ายศูนย์.png")
        run(helper, data, "1", "prepare", *sorted(sources.iterdir()))
        for name, extra in [(REAL_FULL, []), (REAL_SUMMARY, ["--summary-only"])]:
            out = temp / name
            out.mkdir()
            run(helper, data, "1", "export", out, *extra)
            (zipped,) = list(out.glob("*.zip"))
            run(*cli, "verify", zipped)
            write("bundle_reader", name, zipped.read_bytes())


# --- reading and rewriting ZIPs ----------------------------------------------------------


def read_entries(data):
    """(name, bytes, compress_type) of every entry, in order."""
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(i.filename, archive.read(i), i.compress_type) for i in archive.infolist()]


def zip_of(entries, comment=b""):
    """A ZIP of (name, bytes, compress_type), written the same way every time."""
    import io
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of some seeds
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.comment = comment
            for name, data, method in entries:
                info = zipfile.ZipInfo(name, FIXED_TIME)
                info.compress_type = method
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
    return buffer.getvalue()


def bag_root(entries):
    for name, _, _ in entries:
        if name.endswith("/bagit.txt"):
            return name[: -len("bagit.txt")]
    return ""


def manifest(files):
    return "".join(f"{sha256(data)}  {name}\n" for name, data in files).encode()


def deflate(data, level=9):
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


class Raw:
    """One entry of a ZIP written byte by byte, every field open to a lie."""

    def __init__(self, name, content=b"", method=8, **lies):
        self.name = name.encode("utf-8") if isinstance(name, str) else name
        self.method = method
        self.data = deflate(content) if method == 8 else content
        self.crc = zlib.crc32(content)
        self.size = len(content)
        self.csize = len(self.data)
        self.flags = 0x800 if any(b > 127 for b in self.name) else 0
        self.external = 0o644 << 16
        self.extra = b""
        self.offset = None  # where the central record says the local header is
        for key, value in lies.items():
            setattr(self, key, value)


def raw_zip(entries, comment=b"", zip64_sizes=False):
    out = bytearray()
    offsets = []
    for e in entries:
        offsets.append(len(out))
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, e.flags, e.method, 0, 0x5B21, e.crc,
            min(e.csize, 0xFFFFFFFF), min(e.size, 0xFFFFFFFF), len(e.name), 0,
        )
        out += e.name + e.data
    directory = len(out)
    for e, offset in zip(entries, offsets):
        offset = e.offset if e.offset is not None else offset
        out += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, e.flags, e.method, 0, 0x5B21,
            e.crc, min(e.csize, 0xFFFFFFFF), min(e.size, 0xFFFFFFFF), len(e.name),
            len(e.extra), 0, 0, 0, e.external, min(offset, 0xFFFFFFFF),
        )
        out += e.name + e.extra
    size = len(out) - directory
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), size, directory, len(comment)
    )
    return bytes(out + comment)


# --- bundle_reader ----------------------------------------------------------------------


def split_in_two(entries):
    """The whole bundle as the exporter splits it: tag files in both parts, the document
    in part 1, the evidence in part 2, each part with its marker."""
    root = bag_root(entries)
    tagmanifest = next(d for n, d, _ in entries if n == root + "tagmanifest-sha256.txt")
    digest = sha256(tagmanifest)
    tags = [e for e in entries if not e[0].startswith(root + "data/")]
    document = [e for e in entries if e[0].startswith(root + "data/") and "/evidence/" not in e[0]]
    evidence = [e for e in entries if "/data/evidence/" in e[0]]
    parts = []
    for number, payload in [(1, document), (2, evidence)]:
        marker = {"format": "gecc-desk-bundle-part", "part": number, "parts": 2,
                  "digest": digest, "bag": root.rstrip("/")}
        marker_entry = (f"gecc-part-{number}-of-2.json", json.dumps(marker).encode(), zipfile.ZIP_DEFLATED)
        parts.append(zip_of([marker_entry] + tags + payload))
    return parts


def real_variants(full):
    entries = read_entries(full)
    root = bag_root(entries)
    write_seed = lambda name, data: write("bundle_reader", name, data)

    part1, part2 = split_in_two(entries)
    write_seed("real-split-2-parts.bin", part1 + PART_SEPARATOR + part2)
    write_seed("real-split-part-2-only.zip", part2)
    write_seed("real-split-part-2-twice.bin", part2 + PART_SEPARATOR + part2)

    # Damage on the way: cut short, or a byte flipped where only the CRC notices.
    write_seed("real-truncated-half.zip", full[: len(full) // 2])
    write_seed("real-truncated-end-record.zip", full[:-10])
    flipped = bytearray(full)
    evidence_bytes = (EVIDENCE / "opening-hours.txt").read_bytes()
    at = bytes(flipped).find(evidence_bytes)
    assert at > 0, "the stored evidence file is not in the real bundle"
    flipped[at + 3] ^= 0x20
    write_seed("real-wrong-crc-data.zip", bytes(flipped))
    write_seed("real-prefixed.zip", b"MZ" + b"\x00" * 62 + full)  # a self-extractor's stub

    def edited(edit):
        copy_ = [list(e) for e in entries]
        edit(copy_)
        return zip_of([tuple(e) for e in copy_])

    def entry(copy_, suffix):
        return next(e for e in copy_ if e[0].endswith(suffix))

    def tamper_document(copy_):
        # Same length, so only the checksums (and then the signature) can tell.
        document = entry(copy_, "data/assessment.json")
        document[1] = document[1].replace("เปิด-ปิด".encode(), "เปิด+ปิด".encode())

    write_seed("real-tampered-document.zip", edited(tamper_document))

    def tamper_and_remanifest(copy_):
        tamper_document(copy_)
        payload = [(n[len(root):], d) for n, d, _ in copy_ if n.startswith(root + "data/")]
        entry(copy_, "/manifest-sha256.txt")[1] = manifest(payload)
        tags = [(n[len(root):], d) for n, d, _ in copy_
                if n[len(root):] in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")]
        entry(copy_, "/tagmanifest-sha256.txt")[1] = manifest(tags)

    write_seed("real-tampered-resummed.zip", edited(tamper_and_remanifest))
    write_seed("real-unsigned.zip", edited(lambda c: c.remove(entry(c, "gecc-signature.txt"))))
    write_seed("real-extra-payload.zip", edited(
        lambda c: c.append([root + "data/evidence/added-later.txt", b"x", zipfile.ZIP_STORED])))
    write_seed("real-duplicate-tag.zip", edited(
        lambda c: c.append([root + "bagit.txt", b"BagIt-Version: 0.9\n", zipfile.ZIP_DEFLATED])))
    write_seed("real-missing-evidence.zip", edited(
        lambda c: c.remove(next(e for e in c if "/data/evidence/" in e[0]))))
    write_seed("real-format-too-new.zip", edited(lambda c: entry(c, "bag-info.txt").__setitem__(
        1, entry(c, "bag-info.txt")[1].replace(b"GECC-Format-Version: 1", b"GECC-Format-Version: 99"))))


def hostile_zips():
    w = lambda name, data: write("bundle_reader", name, data)
    bagit = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"

    # ZIP bombs: a ratio far past the limit; a size that lies low (the reader must stop
    # one byte past it); and entries sharing one stored body (Fifield's overlap).
    zeros = b"\x00" * (4 << 20)
    w("hostile-bomb-ratio.zip", raw_zip([Raw("bag/bagit.txt", bagit), Raw("bag/data/zeros.bin", zeros)]))
    w("hostile-bomb-size-lies.zip", raw_zip([Raw("bag/bagit.txt", zeros, size=len(bagit), crc=zlib.crc32(bagit))]))
    w("hostile-bomb-overlap.zip", overlap_zip(Raw("bag/data/a.bin", zeros[: 1 << 20]), 8))

    # Names that would write outside the folder, or mean something else on Windows.
    for seed, name in [
        ("hostile-traversal.zip", "bag/../../../etc/cron.d/gecc"),
        ("hostile-traversal-leading.zip", "../bagit.txt"),
        ("hostile-absolute.zip", "/etc/passwd"),
        ("hostile-drive-letter.zip", "C:/Windows/System32/drivers/etc/hosts"),
        ("hostile-backslash.zip", "bag\\..\\..\\evil.txt"),
        ("hostile-device-name.zip", "bag/data/evidence/CON.txt"),
        ("hostile-ads.zip", "bag/data/assessment.json:Zone.Identifier"),
        ("hostile-nul.zip", "bag/bagit.txt\x00.jpg"),
        ("hostile-dots.zip", "bag/. ./bagit.txt"),
    ]:
        w(seed, raw_zip([Raw("bag/bagit.txt", bagit), Raw(name, b"x")]))

    # The same name twice, and names equal only once decoded (Thai code page vs UTF-8).
    w("hostile-duplicate.zip", raw_zip([Raw("bag/bagit.txt", bagit), Raw("bag/bagit.txt", b"BagIt-Version: 0.97\n")]))
    w("hostile-duplicate-decoded.zip", raw_zip([Raw("bag/\xa1.txt".encode("latin-1"), b"a"), Raw("bag/ก.txt", b"b")]))
    unicode_path = struct.pack("<HHB", 0x7075, 5 + len("bag/ข.txt".encode()), 1)
    raw_name = b"bag/x.txt"
    unicode_path += struct.pack("<I", zlib.crc32(raw_name)) + "bag/ข.txt".encode()
    w("hostile-unicode-path-field.zip", raw_zip([Raw(raw_name, b"a", extra=unicode_path), Raw("bag/ข.txt", b"b")]))

    # Declared sizes that cannot be true.
    zip64 = struct.pack("<HHQQ", 0x0001, 16, 1 << 62, 10)
    w("hostile-huge-size-zip64.zip", raw_zip([Raw("bag/bagit.txt", bagit, size=0xFFFFFFFF, csize=0xFFFFFFFF, extra=zip64)]))
    w("hostile-huge-size-stored.zip", raw_zip([Raw("bag/bagit.txt", bagit, method=0, size=0xFFFFFFF0)]))
    w("hostile-huge-compressed-size.zip", raw_zip([Raw("bag/bagit.txt", bagit, csize=0x7FFFFFFF)]))
    w("hostile-offset-past-end.zip", raw_zip([Raw("bag/bagit.txt", bagit, offset=0x7FFFFFFF)]))
    w("hostile-zip64-short-extra.zip", raw_zip([Raw("bag/bagit.txt", bagit, size=0xFFFFFFFF, extra=struct.pack("<HH", 1, 4) + b"\x00" * 4)]))
    w("hostile-wrong-crc.zip", raw_zip([Raw("bag/bagit.txt", bagit, crc=0xDEADBEEF)]))

    # Things this reader never opens.
    w("hostile-symlink.zip", raw_zip([Raw("bag/bagit.txt", b"/etc/passwd", method=0, external=0o120777 << 16)]))
    w("hostile-encrypted.zip", raw_zip([Raw("bag/bagit.txt", bagit, flags=1)]))
    w("hostile-bzip2.zip", raw_zip([Raw("bag/bagit.txt", bagit, method=12)]))
    w("hostile-aes.zip", raw_zip([Raw("bag/bagit.txt", bagit, method=99)]))
    w("hostile-empty-archive.zip", raw_zip([]))
    w("hostile-empty-file.zip", b"")
    w("hostile-not-a-zip.zip", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    w("hostile-nested-zip.zip", raw_zip([Raw("bag/bagit.txt", bagit), Raw("bag/data/inner.zip", raw_zip([Raw("../x", b"y")]), method=0)]))

    # Part markers that lie: a part of a bundle that has none, counts that disagree.
    def marker_zip(name, marker):
        return raw_zip([Raw(name, json.dumps(marker, ensure_ascii=False).encode()), Raw("bag/bagit.txt", bagit)])

    digest = "0" * 64
    w("hostile-part-3-of-2.zip", marker_zip("gecc-part-3-of-2.json", {"part": 3, "parts": 2, "digest": digest}))
    w("hostile-part-0-of-1.zip", marker_zip("gecc-part-0-of-1.json", {"part": 0, "parts": 1, "digest": digest}))
    w("hostile-part-marker-not-json.zip", raw_zip([Raw("gecc-part-1-of-2.json", b"{\"digest\":"), Raw("bag/bagit.txt", bagit)]))
    w("hostile-parts-disagree.bin", marker_zip("gecc-part-1-of-2.json", {"digest": digest})
      + PART_SEPARATOR + marker_zip("gecc-part-2-of-3.json", {"digest": digest}))

    # crash-: verify_paths slices the marker's digest at byte 12 for its message; a digest
    # with a Thai letter across that byte panics (verify.rs, "missing part" message).
    w("crash-part-digest-not-ascii.zip", marker_zip("gecc-part-1-of-2.json", {"digest": "0123456789กข"}))
    # timeout- (then out of memory): "1 of 4000000000" makes verify_paths list four
    # billion missing part numbers, each checked against the parts present, before it
    # says that parts are missing.
    w("timeout-part-count-huge.zip", marker_zip("gecc-part-1-of-4000000000.json", {"digest": digest}))

    # timeout-: a tag manifest may list one file again and again, and each line reads and
    # hashes that file once more. 1 MiB lines of "bag-info.txt" over a 1 MiB bag-info.txt
    # (both under the 1 MiB the ratio check lets through) hash ~14 GB from a 5 kB file.
    info = b"Payload-Oxum: 0.0\n" + b"X-Padding: " + b"a" * ((1 << 20) - 40) + b"\n"
    line = f"{sha256(info)}  bag-info.txt\n".encode()
    tagmanifest = line * ((1 << 20) // len(line))
    w("timeout-tagmanifest-repeats.zip", raw_zip([
        Raw("bag/bagit.txt", bagit), Raw("bag/bag-info.txt", info),
        Raw("bag/manifest-sha256.txt", b""), Raw("bag/tagmanifest-sha256.txt", tagmanifest)]))
    # timeout-: the same in the payload manifests: a hasher per listed line, all fed with
    # every chunk of the one file (~20 GB hashed from a 10 kB file).
    blob = b"b" * (1 << 20)
    line = f"{sha256(blob)}  data/blob.bin\n".encode()
    line512 = f"{hashlib.sha512(blob).hexdigest()}  data/blob.bin\n".encode()
    w("timeout-manifest-repeats.zip", raw_zip([
        Raw("bag/bagit.txt", bagit), Raw("bag/bag-info.txt", b"Payload-Oxum: 1048576.1\n"),
        Raw("bag/manifest-sha256.txt", line * ((1 << 20) // len(line))),
        Raw("bag/manifest-sha512.txt", line512 * ((1 << 20) // len(line512))),
        Raw("bag/data/blob.bin", blob)]))


def overlap_zip(body, count):
    """`count` central records, distinct names, all pointing at one local header."""
    entries = [body] + [Raw(f"bag/data/{i}.bin", b"", method=8) for i in range(1, count)]
    for e in entries[1:]:
        e.data, e.crc, e.size, e.csize, e.offset = b"", body.crc, body.size, body.csize, 0
    return raw_zip(entries)


# --- pack_parser ------------------------------------------------------------------------


def break_utf8(data):
    """The first Thai letter cut to two of its three bytes."""
    at = data.index(b"\xe0")
    return data[: at + 2] + data[at + 3 :]


def shorten(value):
    """Every {"th": ..., "en": ...} text cut to a few letters, in place."""
    if isinstance(value, dict):
        if set(value) == {"th", "en"}:
            value["th"], value["en"] = value["th"][:6], value["en"][:10]
        for child in value.values():
            shorten(child)
    elif isinstance(value, list):
        for child in value:
            shorten(child)
    return value



def pack_seeds():
    w = lambda name, data: write("pack_parser", name, data)
    criteria = ROOT / "assets/criteria"
    for path in sorted(criteria.glob("gecc-*.json")):
        w(path.name, path.read_bytes())
    full = json.loads((criteria / "gecc-2568-v2.json").read_text(encoding="utf-8"))
    # A small valid pack, the base of the broken variants: the gate part and a points
    # part with their first two items, two levels, every text cut short, one list of
    # figures kept.
    tiny = copy.deepcopy(full)
    tiny["parts"] = [p for p in tiny["parts"] if p["id"] in ("physical", "outcome")]
    for part in tiny["parts"]:
        part["sections"] = part["sections"][:1]
        part["sections"][0]["items"] = part["sections"][0]["items"][:2]
        for item in part["sections"][0]["items"]:
            item["guidance"] = item["typical_evidence"] = None
    for part in tiny["parts"][1:]:
        for item in part["sections"][0]["items"]:
            item["figures"] = []
    tiny["levels"] = tiny["levels"][:2]
    tiny["source"]["completeness"] = "incomplete"
    tiny["source"]["references"] = tiny["source"]["references"][:1]
    shorten(tiny)
    rules = " ".join(i.get("evidence_rule") or "" for p in tiny["parts"] for i in p["sections"][0]["items"])
    tiny["evidence_types"] = [t for t in tiny["evidence_types"] if t["id"] in rules or t["formats"]]
    dump = lambda pack: json.dumps(pack, ensure_ascii=False, separators=(",", ":"))
    w("tiny.json", dump(tiny))

    def variant(name, edit):
        pack = copy.deepcopy(tiny)
        edit(pack)
        w(name, dump(pack) if not isinstance(pack, (bytes, str)) else pack)

    first_item = lambda p: p["parts"][0]["sections"][0]["items"][0]
    variant("bad-duplicate-item-id.json", lambda p: p["parts"][0]["sections"][0]["items"].append(copy.deepcopy(first_item(p))))
    variant("bad-item-id-upper.json", lambda p: first_item(p).__setitem__("id", "Physical.Hours"))
    variant("bad-negative-points.json", lambda p: first_item(p).__setitem__("points", -1))
    variant("bad-levels-descending.json", lambda p: p["levels"].reverse())
    variant("bad-unknown-field.json", lambda p: p.__setitem__("extra", True))
    variant("bad-format.json", lambda p: p.__setitem__("format", "gecc-criteria-pak"))
    variant("bad-format-version-new.json", lambda p: p.__setitem__("format_version", 3))
    variant("bad-format-version-wraps.json", lambda p: p.__setitem__("format_version", 2**32 + 1))
    variant("bad-format-version-missing.json", lambda p: p.pop("format_version"))
    variant("bad-no-parts.json", lambda p: p.__setitem__("parts", []))
    variant("bad-year-huge.json", lambda p: p.__setitem__("year_be", 2**40))
    w("bad-number-overflow.json", dump(tiny).replace('"year_be":2568', '"year_be":1e400'))
    w("bad-bom.json", "\ufeff" + dump(tiny))
    w("bad-truncated.json", dump(tiny)[:700])
    w("bad-not-utf8.json", break_utf8(dump(tiny).encode("utf-8")))
    w("bad-deep-nesting.json", '{"format":"gecc-criteria-pack","format_version":2,"parts":' + "[" * 300 + "]" * 300 + "}")
    w("bad-empty.json", b"")
    w("bad-null.json", "null")


# --- assessment_json --------------------------------------------------------------------


def assessment_seeds(full, summary):
    w = lambda name, data: write("assessment_json", name, data)
    docs = {}
    for name, bundle in [("full", full), ("summary", summary)]:
        (document,) = [d for n, d, _ in read_entries(bundle) if n.endswith("/data/assessment.json")]
        w(f"real-{name}.json", document)
        docs[name] = json.loads(document)
    # Smaller documents as the base of the broken variants: the answer with sub-scores
    # (for its numbers), one record of each other kind, the evidence and its links.
    def trimmed(doc):
        doc = copy.deepcopy(doc)
        doc["answers"] = [a for a in doc["answers"] if a.get("sub_scores")][:1]
        for key in ("history", "events", "deadlines"):
            doc[key] = doc[key][:1]
        doc["score"]["parts"] = []
        return doc

    small, small_full = trimmed(docs["summary"]), trimmed(docs["full"])
    dump = lambda doc: json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    w("trimmed-summary.json", dump(small))

    def variant(name, edit, base=small):
        doc = copy.deepcopy(base)
        edit(doc)
        w(name, dump(doc))

    variant("bad-format.json", lambda d: d.__setitem__("format", "gecc-desk-assessmen"))
    variant("bad-format-version-new.json", lambda d: d.__setitem__("format_version", 2))
    variant("bad-format-version-huge.json", lambda d: d.__setitem__("format_version", 2**64 - 1))
    variant("bad-office-uid-empty.json", lambda d: d["office"].__setitem__("uid", "  "))
    variant("bad-evidence-hash.json", lambda d: d["evidence"][0].__setitem__("sha256", d["evidence"][0]["sha256"].upper()))
    variant("bad-evidence-content-differs.json", lambda d: d["evidence"][0].__setitem__("sha256", "0" * 64), small_full)
    variant("bad-evidence-path-traversal.json", lambda d: d["evidence"][0].__setitem__("path", "data/evidence/../../x"), small_full)
    variant("bad-evidence-no-file.json", lambda d: d.__setitem__("summary_only", False))
    variant("bad-link-unlisted.json", lambda d: d["links"].append(dict(d["links"][0], sha256="f" * 64)))
    variant("bad-answer-status.json", lambda d: d["answers"][0].__setitem__("status", "maybe"))
    variant("bad-sub-score-string.json", lambda d: [a.__setitem__("sub_scores", {"x": "1"}) for a in d["answers"]])
    variant("bad-missing-round.json", lambda d: d.pop("round"))
    variant("odd-extra-field.json", lambda d: d.__setitem__("extra", {"nested": [1, 2.5, None]}))
    variant("odd-floats.json", lambda d: [a.__setitem__("sub_scores", {"collection-method": 0.1 + 0.2, "sample-coverage": 1e-300}) for a in d["answers"]])
    text = dump(small)
    w("bad-duplicate-key.json", text.replace('"format":', '"format":"x","format":', 1))
    w("bad-bom.json", "\ufeff" + text)
    w("bad-truncated.json", text[: len(text) // 2])
    w("bad-number-overflow.json", text.replace('"format_version":1', '"format_version":1e400', 1))
    w("bad-deep-nesting.json", '{"format":"gecc-desk-assessment","format_version":1,"events":[{"detail":' + "[" * 300 + "]" * 300 + "}]}")
    w("bad-not-utf8.json", break_utf8(text.encode("utf-8")))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", action="store_true", help="export new real bundles with the gecc CLI first")
    args = parser.parse_args()
    real = SEEDS / "bundle_reader"
    kept = {}
    if args.real:
        for name in (REAL_FULL, REAL_SUMMARY):
            (real / name).unlink(missing_ok=True)
        export_real_bundles()
    for name in (REAL_FULL, REAL_SUMMARY):
        if not (real / name).exists():
            sys.exit(f"no {real / name}: run with --real")
        kept[name] = (real / name).read_bytes()
    # Everything but the real bundles is written afresh.
    for target in ("bundle_reader", "pack_parser", "assessment_json"):
        folder = SEEDS / target
        if folder.exists():
            shutil.rmtree(folder)
    for name, data in kept.items():
        write("bundle_reader", name, data)
    real_variants(kept[REAL_FULL])
    hostile_zips()
    pack_seeds()
    assessment_seeds(kept[REAL_FULL], kept[REAL_SUMMARY])
    total = sum(p.stat().st_size for p in SEEDS.rglob("*") if p.is_file())
    count = sum(1 for p in SEEDS.rglob("*") if p.is_file())
    print(f"wrote {count} seeds, {total / 1024:.0f} KB, under {SEEDS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
