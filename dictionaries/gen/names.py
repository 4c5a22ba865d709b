#!/usr/bin/env python3
"""Write dictionary names the way dyad's tokenizer splits words.

Usage: python3 dictionaries/gen/names.py [FILE ...]   (default: every actor and agent file)

dyad's tokenizer (crates/text) makes a hyphen a token of its own ("al-Qaeda" is
`al - Qaeda`), splits the possessive "'s" and a trailing "'" off a word ("People's" is
`People 's`, "Workers'" is `Workers '`), and keeps other apostrophes inside a word
("d'Ivoire", "O'Neill", "Sana'a"). dyad-dict splits a name into words at '_', so a name
must carry those tokens as words of its own: AL_-_QAEDA_, PEOPLE_'S_LIBERATION_ARMY_,
KURDISTAN_WORKERS_'_PARTY_. This script rewrites the name part of every line (never the
codes or comments) into that form; it is idempotent, and countries.py and lint.py use
split_name() so that generated names and checks agree with it.
"""

import pathlib
import re
import sys

DICT = pathlib.Path(__file__).resolve().parent.parent


def split_word(word):
    """The tokens one dictionary word becomes."""
    out = []
    for i, piece in enumerate(word.split("-")):
        if i > 0:
            out.append("-")
        if not piece:
            continue
        up = piece.upper()
        if len(piece) > 2 and up.endswith("'S"):
            out += [piece[:-2], piece[-2:]]
        elif len(piece) > 1 and piece.endswith("'"):
            out += [piece[:-1], "'"]
        else:
            out.append(piece)
    return out


def split_name(name):
    """'AL-QAEDA_' -> 'AL_-_QAEDA_'; keeps a trailing '_'."""
    trail = name.endswith("_")
    words = [w for w in name.rstrip("_").split("_") if w]
    toks = [t for w in words for t in split_word(w)]
    return "_".join(toks) + ("_" if trail else "")


NAME_RE = re.compile(r"[^\s\[\]{}#]+")


def rewrite_line(line):
    """Rewrites the names of one dictionary line; codes and comments stay as they are."""
    body, hash_, comment = line.partition("#")
    stripped = body.lstrip()
    if not stripped or stripped.startswith("[") or stripped.startswith("!"):
        return line
    # the name part ends at the first '[' (codes); plural lists in braces are names too
    cut = body.find("[")
    names, rest = (body, "") if cut < 0 else (body[:cut], body[cut:])

    def fix(m):
        tok = m.group(0)
        plus = "+" if tok.startswith("+") else ""
        return plus + split_name(tok[len(plus):])

    return NAME_RE.sub(fix, names) + rest + hash_ + comment


def files():
    return sorted((DICT / "actors").glob("*.actors.txt")) + sorted((DICT / "agents").glob("*.txt"))


def main():
    paths = [pathlib.Path(p) for p in sys.argv[1:]] or files()
    for p in paths:
        old = p.read_text(encoding="utf-8")
        new = "\n".join(rewrite_line(l) for l in old.split("\n"))
        if new != old:
            p.write_text(new, encoding="utf-8")
            print(f"rewrote {p}")


if __name__ == "__main__":
    main()
