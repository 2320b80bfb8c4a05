#!/usr/bin/env python3
"""Refreshes translations/vigil_<lang>.ts from the sources (the `lupdate`
build target runs this).

lupdate files each message under the context it is looked up in at run
time: a QObject class's, or the one a Q_DECLARE_TR_FUNCTIONS class names
(code outside QObjects writes PlannerText::tr("…"), CliText::tr("…")).
What this adds to lupdate: existing translations are kept (matched by
context and source, else by source alone, so a message that moves to
another context keeps its translation), new strings are added as
unfinished, locations are dropped (no churn when lines move), and
--check.

usage: update.py LUPDATE SOURCE_DIR [--check]
  --check  change nothing; report the strings in the sources that have no
           finished translation (exit 1 when a language misses more than
           a handful)
"""
import copy
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ["de", "zh_CN"]
# English needs only its plural forms ("%n guest(s)" → "1 guest", "2 guests"):
# vigil_en.ts holds the numerus messages alone. A new one starts with the
# forms made by dropping or spelling out "(s)"; edit the file where a verb
# must agree too ("is" / "are").
PLURAL_ONLY = "en"
SOURCE_DIRS = ["app", "core", "models", "ui"]


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

        contexts = messages_by_context(fresh_tree)
    if check_only:
        return check(ts_dir, contexts)
    write(ts_dir, contexts)
    write_english_plurals(ts_dir, contexts)
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


def messages_by_context(fresh_tree):
    contexts = {}
    for ctx in fresh_tree.getroot().iter("context"):
        name = ctx.find("name").text
        for msg in ctx.iter("message"):
            for l in msg.findall("location"):
                msg.remove(l)
            key = (msg.find("source").text, msg.findtext("comment"))
            contexts.setdefault(name, {})[key] = msg
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


def write_english_plurals(ts_dir, contexts):
    path = os.path.join(ts_dir, f"vigil_{PLURAL_ONLY}.ts")
    kept = {}
    if os.path.exists(path):
        for ctx in ET.parse(path).getroot().iter("context"):
            for msg in ctx.iter("message"):
                kept[msg.find("source").text] = [f.text or "" for f in msg.iter("numerusform")]
    out = ET.Element("TS", version="2.1", language=PLURAL_ONLY)
    for name in sorted(contexts):
        numerus = [k for k, m in contexts[name].items() if m.get("numerus") == "yes"]
        if not numerus:
            continue
        c = ET.SubElement(out, "context")
        ET.SubElement(c, "name").text = name
        for key in sorted(numerus, key=lambda k: (k[0] or "", k[1] or "")):
            source = key[0]
            forms = kept.get(source) or [source.replace("(s)", ""), source.replace("(s)", "s")]
            msg = ET.SubElement(c, "message", numerus="yes")
            ET.SubElement(msg, "source").text = source
            if key[1]:
                ET.SubElement(msg, "comment").text = key[1]
            t = ET.SubElement(msg, "translation")
            for form in forms:
                ET.SubElement(t, "numerusform").text = form
    ET.indent(out)
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(out, encoding="utf-8"))
        f.write(b"\n")


if __name__ == "__main__":
    sys.exit(main())
