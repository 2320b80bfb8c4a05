#!/usr/bin/env python3
"""Refreshes translations/vigil_<lang>.ts from the sources (the `lupdate`
build target runs this).

lupdate files a tr() call under the class or namespace around it. Vigil's
non-QObject code calls a file-local helper `tr()` that translates in one
fixed context per file (QCoreApplication::translate("Vigil::...", text)),
so for every message that lupdate did not file under a QObject class, the
context is corrected here to the one its file's helper uses at run time.
Existing translations are kept (matched by context and source, else by
source alone); new strings are added as unfinished.

usage: update.py LUPDATE SOURCE_DIR [--check]
  --check  change nothing; report the strings in the sources that have no
           finished translation (exit 1 when a language misses more than
           a handful)
"""
import copy
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ["de", "zh_CN"]
SOURCE_DIRS = ["app", "core", "models", "ui"]
HELPER = re.compile(r'(?:QString\s+tr\s*\(const char|\btr\s*=\s*\[\]\s*\(const char)(?:[^\n]*\n){0,3}?[^\n]*?translate\("([^"]+)"')
QOBJECT_CLASS = re.compile(r'class\s+(?:\w+\s+)?(\w+)\b[^;{]*\{[^}]*?\bQ_(?:OBJECT|GADGET|DECLARE_TR_FUNCTIONS)\b', re.S)


def sources(root):
    for d in SOURCE_DIRS:
        for dirpath, _, files in os.walk(os.path.join(root, d)):
            for f in sorted(files):
                if f.endswith((".cpp", ".h")):
                    yield os.path.join(dirpath, f)


def main():
    lupdate, root = sys.argv[1], os.path.abspath(sys.argv[2])
    check_only = "--check" in sys.argv
    ts_dir = os.path.join(root, "translations")
    files = list(sources(root))
    helper_context = {}
    qobject_classes = set()
    for path in files:
        text = open(path, encoding="utf-8").read()
        m = HELPER.search(text)
        if m:
            helper_context[os.path.relpath(path, root)] = m.group(1)
        qobject_classes.update(QOBJECT_CLASS.findall(text))

    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "fresh.ts")
        listing = os.path.join(tmp, "files.lst")
        with open(listing, "w") as f:
            f.write("\n".join(files))
        # storedTr (core/storedtext.h) is tr() for texts stored and shown later.
        subprocess.run([lupdate, "-silent", "-locations", "absolute", "-no-obsolete",
                        "-tr-function-alias", "tr+=storedTr", "@" + listing, "-ts", fresh],
                       check=True, stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        fresh_tree = ET.parse(fresh)

        # Regroup messages under their run-time contexts.
        contexts = regroup(fresh_tree, tmp, root, helper_context, qobject_classes)
    if check_only:
        return check(ts_dir, contexts)
    write(ts_dir, contexts)
    return 0


def finished_translations(path):
    """(context, source, comment) of every finished message in a .ts file."""
    done = set()
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            t = msg.find("translation")
            if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if not ((t.text or "").strip() or any((f.text or "").strip() for f in t.iter("numerusform"))):
                continue
            done.add((ctx.find("name").text, msg.find("source").text, msg.findtext("comment")))
    return done


def check(ts_dir, contexts):
    """Every string the sources show must have a finished translation."""
    wanted = {(name,) + key for name, messages in contexts.items() for key in messages}
    bad = False
    for lang in LANGUAGES:
        missing = sorted(wanted - finished_translations(os.path.join(ts_dir, f"vigil_{lang}.ts")),
                         key=lambda k: (k[0], k[1] or ""))
        print(f"{lang}: {len(wanted) - len(missing)} of {len(wanted)} strings translated, {len(missing)} missing")
        for context, source, _ in missing[:20]:
            print(f"  missing [{context}] {source!r}")
        bad |= len(missing) > 5
    if bad:
        print("refresh with `cmake --build build --target lupdate` and translate the new strings")
    return 1 if bad else 0


def regroup(fresh_tree, tmp, root, helper_context, qobject_classes):
    contexts = {}
    for ctx in fresh_tree.getroot().iter("context"):
        name = ctx.find("name").text
        for msg in ctx.iter("message"):
            loc = msg.find("location")
            # lupdate writes locations relative to the .ts file.
            rel = os.path.relpath(os.path.normpath(os.path.join(tmp, loc.get("filename"))), root) if loc is not None else ""
            target = name
            if name.split("::")[-1] not in qobject_classes and rel in helper_context:
                target = helper_context[rel]
            for l in msg.findall("location"):
                msg.remove(l)
            key = (msg.find("source").text, msg.findtext("comment"))
            contexts.setdefault(target, {})[key] = msg
    return contexts


def write(ts_dir, contexts):
    for lang in LANGUAGES:
        path = os.path.join(ts_dir, f"vigil_{lang}.ts")
        by_context, by_source = {}, {}
        if os.path.exists(path):
            for ctx in ET.parse(path).getroot().iter("context"):
                for msg in ctx.iter("message"):
                    key = (msg.find("source").text, msg.findtext("comment"))
                    t = msg.find("translation")
                    if t is None or t.get("type") in ("obsolete", "vanished"):
                        continue
                    by_context[(ctx.find("name").text,) + key] = t
                    if t.get("type") != "unfinished":
                        by_source.setdefault(key, t)
        out = ET.Element("TS", version="2.1", language=lang)
        for name in sorted(contexts):
            c = ET.SubElement(out, "context")
            ET.SubElement(c, "name").text = name
            for key in sorted(contexts[name], key=lambda k: (k[0] or "", k[1] or "")):
                msg = copy.deepcopy(contexts[name][key])
                old = by_context.get((name,) + key) or by_source.get(key)
                for t in msg.findall("translation"):
                    msg.remove(t)
                if old is not None:
                    msg.append(copy.deepcopy(old))
                else:
                    t = ET.SubElement(msg, "translation", type="unfinished")
                    if msg.get("numerus") == "yes":
                        ET.SubElement(t, "numerusform")
                c.append(msg)
        ET.indent(out)
        with open(path, "wb") as f:
            f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            f.write(ET.tostring(out, encoding="utf-8"))
            f.write(b"\n")


if __name__ == "__main__":
    sys.exit(main())
