#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fills the <translation> elements of breakwater_<lang>.ts from dictionary.jsonl.

The dictionary has one message a line: {"source": English text, "ro": ...,
"de": ...}, each translation a string, or a list of plural forms for a %n
message; a line with "context" overrides the plain one for that context only. Entries the dictionary has are written as finished;
the others are left as lupdate made them, and listed with --missing. The .ts
layout is lupdate's own, so the next lupdate run changes nothing.

usage: apply-dictionary.py ro|de [--missing FILE]
Run it after lupdate (the build does that), then build again for the .qm files.
"""
import html
import json
import pathlib
import re
import sys

here = pathlib.Path(__file__).resolve().parent


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def main():
    lang = sys.argv[1]
    missing_path = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--missing" else None
    ts_path = here / f"breakwater_{lang}.ts"
    dictionary = {}
    with open(here / "dictionary.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                entry = json.loads(line)
                if lang in entry:
                    key = f"{entry['context']}|{entry['source']}" if "context" in entry else entry["source"]
                    dictionary[key] = entry[lang]
    text = ts_path.read_text(encoding="utf-8")
    missing = []

    def fill_message(context, match):
        block = match.group(0)
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        keys = [f"{context}|{source}", source]
        value = next((dictionary[k] for k in keys if k in dictionary), None)
        tr = re.search(r'( *)<translation( type="(unfinished|obsolete|vanished)")?>(.*?)</translation>', block, re.S)
        if tr.group(3) in ("obsolete", "vanished"):
            return block
        numerus = 'numerus="yes"' in block
        if value is None:
            if tr.group(3) == "unfinished":
                missing.append((context, source, numerus))
            return block
        indent = tr.group(1)
        if numerus:
            forms = value if isinstance(value, list) else [value]
            inner = "".join(f"\n{indent}    <numerusform>{escape(f)}</numerusform>" for f in forms)
            new = f"{indent}<translation>{inner}\n{indent}</translation>"
        else:
            if isinstance(value, list):
                value = value[-1]
            new = f"{indent}<translation>{escape(value)}</translation>"
        return block[:tr.start()] + new + block[tr.end():]

    def fill_context(match):
        ctx = match.group(0)
        name = html.unescape(re.search(r"<name>(.*?)</name>", ctx, re.S).group(1))
        return re.sub(r"<message( numerus=\"yes\")?>.*?</message>",
                      lambda m: fill_message(name, m), ctx, flags=re.S)

    text = re.sub(r"<context>.*?</context>", fill_context, text, flags=re.S)
    ts_path.write_text(text, encoding="utf-8")
    if missing_path:
        with open(missing_path, "w", encoding="utf-8") as out:
            for context, source, numerus in missing:
                out.write(json.dumps({"context": context, "source": source, "numerus": numerus},
                                     ensure_ascii=False) + "\n")
    print(f"{lang}: {len(missing)} untranslated")


if __name__ == "__main__":
    main()
