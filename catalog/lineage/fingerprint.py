"""Normalised statement fingerprints: one id per statement *shape*.

Why: a query log of a million statements holds a few hundred shapes that differ only in literals
(``WHERE id = 17`` vs ``WHERE id = 42``) and layout. Lineage does not depend on literals, so each shape is
parsed once and its fingerprint is stored on the edges it produced (the same idea as ``pg_stat_statements``'
``queryid``). The fingerprint is computed from sqlglot's tokens, which is much cheaper than parsing.

Literal paths in ``COPY``/``UNLOAD``/``LOAD``/``… DIRECTORY`` statements name where data goes, so those
statements keep their string literals.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from sqlglot.tokens import Token, TokenType

_LITERALS = frozenset(
    {
        TokenType.NUMBER,
        TokenType.STRING,
        TokenType.NATIONAL_STRING,
        TokenType.BIT_STRING,
        TokenType.HEX_STRING,
        TokenType.BYTE_STRING,
        TokenType.RAW_STRING,
        TokenType.UNICODE_STRING,
        TokenType.HEREDOC_STRING,
        TokenType.PLACEHOLDER,
        TokenType.PARAMETER,
        TokenType.SESSION_PARAMETER,
    }
)
_KEEP_LITERALS = frozenset({"copy", "unload", "load", "directory", "location"})
_GLUED = re.compile(r"\?(?: \?)+")
_LIST = re.compile(r"\?(?: , \?)+")


def normalise(tokens: Sequence[Token]) -> str:
    """The statement's shape: literals as ``?``, IN-lists folded, keywords and names lower-case.

    >>> from sqlglot.dialects.dialect import Dialect
    >>> normalise(Dialect.get_or_raise("postgres").tokenize("SELECT a FROM t WHERE id IN (1, 2,3)"))
    'select a from t where id in ( ? )'
    """
    keep = any(tok.text.lower() in _KEEP_LITERALS for tok in tokens[:12] if tok.token_type not in _LITERALS)
    parts = [
        ("?" if not keep else tok.text)
        if tok.token_type in _LITERALS
        else f'"{tok.text}"'  # quoted names keep their case: it matters to the database
        if tok.token_type is TokenType.IDENTIFIER
        else tok.text.lower()
        for tok in tokens
        if tok.token_type is not TokenType.SEMICOLON
    ]
    text = " ".join(parts)
    if not keep:
        # "$1" is a PARAMETER and a NUMBER token: one placeholder; "?, ?, ?" folds so IN-lists share one shape.
        text = _GLUED.sub("?", text)
        text = _LIST.sub("?", text)
    return text


def fingerprint(tokens: Sequence[Token]) -> str:
    """A 32-hex-digit digest of :func:`normalise` — stable across runs and machines."""
    return hashlib.blake2b(normalise(tokens).encode("utf-8"), digest_size=16).hexdigest()


def fingerprint_sql(sql: str, dialect: str | None = None) -> str | None:
    """Fingerprint of one statement's text, or ``None`` when it cannot even be tokenised."""
    from catalog.lineage.trace import dialect_of

    try:
        return fingerprint(dialect_of(dialect).tokenize(sql))
    except Exception:  # noqa: BLE001 - any tokenizer failure means "no shape"
        return None
