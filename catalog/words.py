"""Words: how names, phrases, comments and table names are normalised and matched (shared by every rule).

Normalisation: diacritics removed, camelCase and digits split, lower case, anything else a separator. Each token
also has a light stem (Latvian and English endings stripped) so ``adreses``/``adrese`` and ``emails``/``email``
meet. A phrase matches whole tokens, written apart or run together; run-together words that are no phrase
themselves can be split into known words (``mailingcity`` → mailing city). SQL type names map to families.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_CAMEL1 = re.compile(r"([a-z0-9])([A-Z])")
_CAMEL2 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_TOKEN = re.compile(r"[a-z]+|\d+")
# Latvian and English endings, longest first; stripped repeatedly while at least 5 letters remain (fewer would
# let ``status`` and ``state`` meet).
_ENDINGS = (
    "iem",
    "ām",
    "ēm",
    "ies",
    "as",
    "es",
    "is",
    "us",
    "ai",
    "ei",
    "am",
    "em",
    "os",
    "a",
    "e",
    "i",
    "u",
    "s",
    "o",
)
_MAX_SPAN = 6


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Normalised tokens of a name, phrase or comment.

    >>> tokens("klientaVārds_2"), tokens("IPAddress"), tokens("e-pasts")
    (('klienta', 'vards', '2'), ('ip', 'address'), ('e', 'pasts'))
    """
    if not text.isascii():
        text = _fold(text)
    if not text.islower():
        text = _CAMEL2.sub(r"\1 \2", _CAMEL1.sub(r"\1 \2", text)).lower()
    return tuple(_TOKEN.findall(text))


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A light stem so inflected forms meet: ``adreses`` → ``adres``, ``phones`` → ``phone``.

    >>> stem("adreses"), stem("invoices"), stem("invoicees"), stem("employees")
    ('adres', 'invoic', 'invoicee', 'employee')
    """
    if len(token) <= 5 or token.isdigit():
        return token
    if token.endswith(("ee", "ees")):  # the person of an act (invoicee, assignee, employee) is not the act itself
        return token.removesuffix("s")
    changed = True
    while changed:
        changed = False
        for ending in _ENDINGS:
            if token.endswith(ending) and len(token) - len(ending) >= 5:
                token = token[: -len(ending)]
                changed = True
                break
    return token


def family(data_type: str | None, families: dict[str, tuple[str, ...]]) -> str | None:
    """The type family (text, number, date, bool, blob, json) of a SQL type name, or None when unknown."""
    if not data_type:
        return None
    key = (data_type, id(families))
    if key in _FAMILY_CACHE:
        return _FAMILY_CACHE[key]
    found = _family(data_type, families)
    if len(_FAMILY_CACHE) < 4096:
        _FAMILY_CACHE[key] = found
    return found


_FAMILY_CACHE: dict[tuple[str, int], str | None] = {}


def _family(data_type: str, families: dict[str, tuple[str, ...]]) -> str | None:
    raw = data_type.strip().lower()
    if raw.startswith("tinyint(1)") or raw in ("bit", "bit(1)"):
        return "bool"
    head = re.split(r"[\s(\[]", raw, maxsplit=1)[0]
    for fam, names in families.items():
        if head in names:
            return fam
    for fam, names in families.items():
        if any(head.startswith(n) for n in names if len(n) >= 4):
            return fam
    return None


def phrase_in(toks: tuple[str, ...], words: frozenset[str]) -> bool:
    """Does any phrase of *words* (normalised keys) occur in *toks* as whole tokens?"""
    return _contains(toks, words)


def _split_word(
    token: str, vocabulary: frozenset[str], index: dict[str, Any], whole_only: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """*whole_only*: words a rule names that a run-together name only seems to end with (``datespec`` is no "dates
    pec"): known as whole tokens, never as a split's last part."""

    def known(part: str) -> bool:  # a word of the split vocabulary or a rule phrase (plain or stemmed)
        return part in vocabulary or part in index or stem(part) in index

    if known(token) or token.isdigit():
        return (token,)
    if token.startswith("id") and len(token) >= 6:  # a leading key run together with known words: idvisitor, idorder
        parts = _split_word(token[2:], vocabulary, index, whole_only)
        if all(known(p) for p in parts):
            return ("id", *parts)
    if token.endswith("id") and len(token) >= 6:  # a trailing key run together with known words: accountid, invoiceid
        parts = _split_word(token[:-2], vocabulary, index, whole_only)
        if all(known(p) for p in parts):
            return (*parts, "id")
    for cut in range(len(token) - 3, 2, -1):  # longest known first part, both parts at least 3 letters
        head, tail = token[:cut], token[cut:]
        if head in vocabulary and (tail in vocabulary or (known(tail) and tail not in whole_only)):
            return (head, tail)
    for cut in range(len(token) - 3, 2, -1):
        head, rest = token[:cut], token[cut:]
        if head in vocabulary and len(rest) >= 7:
            parts = _split_word(rest, vocabulary, index, whole_only)
            if len(parts) > 1:
                return (head, *parts)
    return (token,)


def _segment(token: str, vocabulary: frozenset[str], shortest_prefix: int = 3) -> tuple[tuple[str, ...], int]:
    """A run-together table name split into known words (fewest unknown letters, then fewest parts) and how many
    letters of it are unknown.

    Only a leading part may be unknown (an application's prefix: ``rttickets``, ``gibbonperson``), of at least
    *shortest_prefix* letters; the fewest parts keep whole words whole (``messageitems`` is message items, not
    mess age items). Unsplit, the token comes back whole.

    >>> _segment("messageitems", frozenset({"mess", "age", "message", "items"}))
    (('message', 'items'), 0)
    >>> _segment("rttickets", frozenset({"tickets"}), 2), _segment("recharges", frozenset({"charges"}))
    ((('rt', 'tickets'), 2), (('recharges',), 9))
    """
    n = len(token)
    best: list[tuple[int, int, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0, 0, ())
    for end in range(2, n + 1):
        options: list[tuple[int, int, tuple[str, ...]]] = []
        # an unknown leading prefix, unless it begins with a known word of five letters or more: then it is no
        # application's prefix but a known word before an unknown one (``patientexamination`` is not patientexami
        # nation)
        if shortest_prefix <= end < n and not any(token[:k] in vocabulary for k in range(5, end)):
            options.append((end, 1, (token[:end],)))
        for start in range(0, end - 2):  # known words of three letters or more
            prev = best[start]
            if prev is not None and token[start:end] in vocabulary:
                options.append((prev[0], prev[1] + 1, (*prev[2], token[start:end])))
        best[end] = min(options) if options else None
    found = best[n]
    if found is None or len(found[2]) < 2 or found[0] > n - 3:
        return (token,), n
    return found[2], found[0]


def _keys(toks: tuple[str, ...]) -> tuple[str, str]:
    return "".join(toks), "".join(stem(t) for t in toks)


@lru_cache(maxsize=8192)
def phrase_keys(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """Token phrases as the keys :func:`phrase_in` looks up (run together, plain and stemmed), built once per phrase
    list: rules ask about the same table phrases for every table and column.

    >>> sorted(phrase_keys((("user", "sessions"),)))
    ['usersession', 'usersessions']
    """
    return frozenset(key for toks in phrases for key in _keys(toks))


def phrase_found(toks: tuple[str, ...], words: frozenset[str]) -> str | None:
    """The first phrase of *words* (its key) that *toks* hold as whole tokens, or None.

    Counting evidence by the phrase found rather than by the column lets a table's repeated attribute count once
    (``shared_ownership_a`` … ``shared_ownership_g`` say "ownership" seven times, one attribute).

    >>> phrase_found(("shared", "ownership", "a"), frozenset({"ownership"})), phrase_found(("name",), frozenset())
    ('ownership', None)
    """
    n = len(toks)
    for i in range(n):
        raw = ""
        stemmed = ""
        for j in range(i, min(n, i + 4)):
            raw += toks[j]
            stemmed += stem(toks[j])
            if raw in words:
                return raw
            if stemmed in words:
                return stemmed
    return None


def _contains(toks: tuple[str, ...], words: frozenset[str]) -> bool:
    return phrase_found(toks, words) is not None


__all__ = ["family", "phrase_found", "phrase_in", "phrase_keys", "stem", "tokens"]
