"""Checks an unzipped GECC Desk bundle with tools that are not ours.

Usage: python3 check_profile_and_schema.py BAG_FOLDER [--allow-missing-profile-identifier]

BAG_FOLDER is the bag itself (the folder holding bagit.txt), e.g. the folder that
`unzip` made from a bundle, or from all its parts unzipped into one place. Checks, one
line each, in this order:

  bagit         bagit.py validates the bag (RFC 8493: manifests, every checksum, Oxum)
  profile-id    bag-info.txt names our BagIt profile in BagIt-Profile-Identifier
  profile       the bag conforms to assets/bundle/bagit-profile.json (bagit_profile)
  schema        data/assessment.json conforms to assets/bundle/assessment.schema.json
  signature     gecc-signature.txt verifies over tagmanifest-sha256.txt (skipped when
                neither the `cryptography` nor the `nacl` package is installed)

The exit status is 0 when no check failed (a skipped check is not a failure), 1
otherwise, 2 for bad usage. Needs Python 3.9+, bagit, bagit_profile and jsonschema.
"""

import base64
import hashlib
import json
import logging
import sys
from pathlib import Path

import bagit
import bagit_profile
import jsonschema

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "bundle"
PROFILE_FILE = ASSETS / "bagit-profile.json"
SCHEMA_FILE = ASSETS / "assessment.schema.json"
PROFILE_TAG = "BagIt-Profile-Identifier"


def report(check, ok, detail=""):
    """Prints one line; returns whether the check failed."""
    word = {True: "ok", False: "FAIL", None: "skip"}[ok]
    print(f"{check:<11} {word:<4} {detail}".rstrip())
    return ok is False


def check_bagit(folder):
    try:
        bag = bagit.Bag(str(folder))
        bag.validate()
    except bagit.BagValidationError as error:
        details = "; ".join(str(d) for d in (error.details or [])[:5])
        return None, report("bagit", False, f"{error.message} {details}".strip())
    except bagit.BagError as error:
        return None, report("bagit", False, str(error))
    return bag, report("bagit", True, f"{bag.info.get('Payload-Oxum', '?')} (bytes.files)")


def check_profile(bag, folder, allow_missing_identifier):
    profile_json = json.loads(PROFILE_FILE.read_text("utf-8"))
    identifier = profile_json["BagIt-Profile-Info"]["BagIt-Profile-Identifier"]
    failed = False
    named = bag.info.get(PROFILE_TAG)
    if named is None:
        # bagit_profile stops at a missing identifier; name the profile in memory so the
        # remaining checks still run, and report the missing tag on its own line.
        bag.info[PROFILE_TAG] = identifier
        failed |= report(
            "profile-id",
            None if allow_missing_identifier else False,
            f"bag-info.txt has no {PROFILE_TAG} (expected {identifier})",
        )
    else:
        names = named if isinstance(named, list) else [named]  # the tag may repeat
        failed |= report("profile-id", identifier in names, ", ".join(names))
    # The profile is read from the file beside this script, never fetched.
    profile = bagit_profile.Profile(identifier, profile=profile_json)
    try:
        profile.validate_serialization(str(folder))
        valid = profile.validate(bag)
        errors = [str(e) for e in profile.report.errors]
    except bagit_profile.ProfileValidationError as error:
        valid, errors = False, [str(error)]
    failed |= report("profile", valid, "; ".join(errors)[:500])
    return failed


def check_schema(folder):
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    try:
        document = json.loads((folder / "data" / "assessment.json").read_text("utf-8"))
    except (OSError, ValueError) as error:
        return report("schema", False, f"data/assessment.json: {error}")
    errors = sorted(
        jsonschema.Draft202012Validator(schema).iter_errors(document),
        key=lambda e: list(e.path),
    )
    detail = "; ".join(f"{e.json_path}: {e.message[:120]}" for e in errors[:5])
    return report("schema", not errors, detail)


def ed25519_verify(key, signature, message):
    """True or False, or None when no Ed25519 implementation is installed."""
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    except ImportError:
        pass
    else:
        try:
            Ed25519PublicKey.from_public_bytes(key).verify(signature, message)
            return True
        except (InvalidSignature, ValueError):
            return False
    try:
        from nacl.exceptions import BadSignatureError
        from nacl.signing import VerifyKey
    except ImportError:
        return None
    try:
        VerifyKey(key).verify(message, signature)
        return True
    except (BadSignatureError, ValueError):
        return False


def check_signature(bag, folder):
    try:
        text = (folder / "gecc-signature.txt").read_text("utf-8")
        signed = (folder / "tagmanifest-sha256.txt").read_bytes()
    except OSError as error:
        return report("signature", False, str(error))
    fields = dict(
        line.split(": ", 1) for line in text.splitlines() if ": " in line
    )
    try:
        key = base64.b64decode(fields["Public-Key"], validate=True)
        signature = base64.b64decode(fields["Signature"], validate=True)
    except (KeyError, ValueError) as error:
        return report("signature", False, f"gecc-signature.txt: {error}")
    if fields.get("Algorithm") != "Ed25519" or len(key) != 32 or len(signature) != 64:
        return report("signature", False, "not an Ed25519 key and signature")
    # The signature reaches the payload only through these entries of the tag manifest.
    covered = {line.split(None, 1)[1] for line in signed.decode("utf-8").splitlines() if line.strip()}
    missing = {"bagit.txt", "bag-info.txt", "manifest-sha256.txt"} - covered
    if missing:
        return report("signature", False, f"tag manifest does not cover {sorted(missing)}")
    if bag.info.get("GECC-Signing-Key") != "ed25519:" + fields["Public-Key"]:
        return report("signature", False, "GECC-Signing-Key in bag-info.txt is not the signing key")
    verified = ed25519_verify(key, signature, signed)
    if verified is None:
        return report("signature", None, "install `cryptography` or `PyNaCl` to check it")
    hex_print = hashlib.sha256(key).hexdigest()[:16].upper()
    fingerprint = "-".join(hex_print[i:i + 4] for i in range(0, 16, 4))
    digest = hashlib.sha256(signed).hexdigest()
    return report("signature", verified, f"key {fingerprint}, bundle digest {digest}")


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    flags = [a for a in argv if a.startswith("--")]
    if len(args) != 1 or set(flags) - {"--allow-missing-profile-identifier"}:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    folder = Path(args[0])
    if not (folder / "bagit.txt").is_file():
        print(f"{folder}: no bagit.txt here; give the bag folder itself", file=sys.stderr)
        return 2
    logging.disable(logging.CRITICAL)  # bagit.py and bagit_profile log every step
    bag, failed = check_bagit(folder)
    if bag is None:
        try:
            bag = bagit.Bag(str(folder))  # still readable: run the other checks
        except bagit.BagError:
            bag = None
    if bag is not None:
        failed |= check_profile(bag, folder, "--allow-missing-profile-identifier" in flags)
    else:
        failed |= report("profile", False, "the bag cannot be read")
    failed |= check_schema(folder)
    if bag is not None:
        failed |= check_signature(bag, folder)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
