"""``trace_sql`` — the lineage contract of DESIGN.md: SQL text in, tables and column edges out.

Pure: no I/O, no catalog. It never raises — every statement sqlglot cannot parse (or we cannot follow)
becomes a :class:`StatementError` with its line and the parser's message, and the other statements of the
same text are still traced.

How: the text is tokenised once with the dialect's tokenizer, split on ``;`` tokens (so each statement has
its own line number and its own failure), fingerprinted (:mod:`catalog.lineage.fingerprint`) and parsed.
Results are cached per (dialect, schema, fingerprint): a log repeating one shape with different literals is
parsed once. The per-statement walk lives in :mod:`catalog.lineage.statements`.

>>> r = trace_sql("INSERT INTO dwh.customers SELECT id, upper(name) AS name FROM crm.clients")
>>> sorted(r.column_edges)
[('crm.clients.id', 'dwh.customers.id'), ('crm.clients.name', 'dwh.customers.name')]
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ErrorLevel, ParseError, SqlglotError, TokenError
from sqlglot.tokens import Token, TokenType

from catalog.lineage.fingerprint import fingerprint
from catalog.lineage.schemas import PreparedSchema, extend, prepare_schema

# sqlglot warns on stderr when it falls back to an opaque Command; those statements are reported in
# ``errors`` instead, so the warning would only be noise on the CLI.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

KINDS = ("copy", "transform", "aggregate", "filter")
UNKNOWN_TABLE = "<unknown>"  # a column whose table cannot be told without a schema (e.g. unqualified in a join)

# Names users and other tools give dialects → sqlglot's names. ``None`` is sqlglot's generic dialect.
_DIALECT_ALIASES = {
    "ansi": None,
    "generic": None,
    "non-validating": None,
    "sparksql": "spark",
    "postgresql": "postgres",
    "pg": "postgres",
    "mariadb": "mysql",
    "mssql": "tsql",
    "sqlserver": "tsql",
    "azure": "tsql",
    "synapse": "tsql",
    "greenplum": "postgres",  # PostgreSQL forks parse as PostgreSQL
    "vertica": "postgres",
    "db2": None,
}


@dataclass(frozen=True, order=True)
class Edge:
    """One column edge: ``source`` → ``target`` as ``"table.column"``, with how the value travels.

    ``kind``: ``copy`` (value unchanged), ``transform`` (computed from it), ``aggregate`` (summarised),
    ``filter`` (only decides which rows land in the target; its target column is ``*``).
    """

    source: str
    target: str
    kind: str
    # SQL functions applied on the way (md5, lower, …), for policies such as "hashing breaks the flow".
    # Not part of the edge's identity: two edges differing only here are the same edge.
    functions: frozenset[str] = field(default=frozenset(), compare=False)


@dataclass(frozen=True)
class StatementError:
    """A statement that could not be traced: where it starts and the parser's own message."""

    index: int  # 0-based position among the text's statements
    line: int  # 1-based line of the statement's first token in the text
    message: str
    fingerprint: str | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class StatementLineage:
    """What one statement reads and writes (its share of the :class:`TraceResult`)."""

    index: int
    line: int
    kind: str  # insert | create | merge | update | delete | select | copy | drop | alter | other
    fingerprint: str
    sources: frozenset[str]
    targets: frozenset[str]
    edges: frozenset[Edge]
    dropped: frozenset[str] = frozenset()
    renamed: tuple[tuple[str, str], ...] = ()


@dataclass
class TraceResult:
    """The contract's result for a whole text.

    ``column_edges`` carries data flow only (no ``filter`` edges); ``edges`` has all, with their kind.
    Like sqllineage, a table written and then read again in the same text (or created and dropped in it) is
    *intermediate*: it is left out of ``sources``/``targets`` and edges through it are composed end to end;
    ``statements`` keeps every statement's own, uncomposed lineage with its line.
    """

    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    column_edges: set[tuple[str, str]] = field(default_factory=set)
    edges: set[Edge] = field(default_factory=set)
    errors: list[StatementError] = field(default_factory=list)
    statements: list[StatementLineage] = field(default_factory=list)
    intermediates: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def confidence(self) -> float:
        """1.0 when every statement parsed and every data edge names a real column; lower for parse errors,
        columns whose table could not be told (no schema for a join) and ``*`` edges left unexpanded."""
        total = len(self.statements) + len(self.errors)
        parsed = len(self.statements) / total if total else 1.0
        data = [e for e in self.edges if e.kind != "filter"]
        exact = [e for e in data if not e.source.startswith(f"{UNKNOWN_TABLE}.") and not e.source.endswith(".*")]
        return round(parsed * (len(exact) / len(data) if data else 1.0), 3)


_dialects: dict[str | None, Dialect] = {}


def dialect_of(name: str | None) -> Dialect:
    """sqlglot's dialect for *name* (aliases such as ``sparksql``, ``postgresql``, ``mssql`` accepted)."""
    found = _dialects.get(name)
    if found is None:
        key = (name or "").strip().lower()
        found = _dialects[name] = Dialect.get_or_raise(_DIALECT_ALIASES.get(key, key) or None)
    return found


def trace_sql(sql: str, dialect: str | None = None, schema: Mapping[str, Any] | None = None) -> TraceResult:
    """Tables read and written and column edges of every statement in *sql*; never raises.

    *schema* maps table names to their columns — ``{"crm.clients": ["id", "name"]}``, ``{"t": {"c": "INT"}}``
    or sqlglot's nested ``{"db": {"t": {"c": "INT"}}}`` — and is used to expand ``SELECT *``, to place
    unqualified columns of joins and to map ``INSERT`` without a column list by position. Treat it as
    immutable once passed (it is prepared once and reused across calls). Tables created earlier in the
    same text extend it for the statements after them.

    >>> trace_sql("SELECT FROM WHERE").errors[0].line
    1
    """
    from catalog.lineage.session import summarise

    result = TraceResult()
    try:
        engine = dialect_of(dialect)
    except (ValueError, SqlglotError) as exc:
        result.errors.append(StatementError(0, 1, f"unknown SQL dialect {dialect!r}: {exc}"))
        return result
    prepared = prepare_schema(schema)
    session: dict[str, tuple[str, ...]] = {}
    index = 0
    for line, tokens, error, text in _split(sql, engine):
        if error is not None:
            result.errors.append(StatementError(index, line, error))
            index += 1
            continue
        for item in _trace_tokens(text, tokens, index, line, engine, dialect, extend(prepared, session)):
            index += 1
            if isinstance(item, StatementError):
                result.errors.append(item)
                continue
            result.statements.append(item)
            if item.kind == "create":
                session.update(_created_columns(item))
    summarise(result)
    return result


def _created_columns(item: StatementLineage) -> dict[str, tuple[str, ...]]:
    """Columns of tables/views created by a statement, when all are known (no unexpanded ``*``)."""
    found: dict[str, tuple[str, ...]] = {}
    for target in item.targets:
        names = sorted({e.target[len(target) + 1 :] for e in item.edges if e.target.startswith(target + ".")} - {"*"})
        if names and not any(e.target == f"{target}.*" and e.kind != "filter" for e in item.edges):
            found[target] = tuple(names)
    return found


# --- splitting -----------------------------------------------------------------------------------------


def _split(sql: str, engine: Dialect) -> list[tuple[int, list[Token], str | None, str]]:
    """Statements as (first line, tokens, tokenizer error, the text the tokens' offsets point into). A text the
    tokenizer rejects is retried in ``;``-separated chunks so one unterminated string costs one statement."""
    try:
        return [(line, tokens, None, sql) for line, tokens, _ in _split_tokens(engine.tokenize(sql))]
    except (TokenError, SqlglotError, ValueError) as exc:
        whole_error = str(exc)
    pieces: list[tuple[int, list[Token], str | None, str]] = []
    offset = 0
    for chunk in sql.split(";"):
        line_base = sql.count("\n", 0, offset)
        offset += len(chunk) + 1
        if not chunk.strip():
            continue
        first = line_base + 1 + _leading_newlines(chunk)
        try:
            for line, tokens, _ in _split_tokens(engine.tokenize(chunk)):
                pieces.append((line_base + line, tokens, None, chunk))
        except (TokenError, SqlglotError, ValueError) as exc:
            pieces.append((first, [], str(exc) or whole_error, chunk))
    return pieces


def _leading_newlines(chunk: str) -> int:
    stripped = chunk.lstrip()
    return chunk[: len(chunk) - len(stripped)].count("\n")


def _split_tokens(tokens: list[Token]) -> list[tuple[int, list[Token], str | None]]:
    statements: list[tuple[int, list[Token], str | None]] = []
    semicolon = TokenType.SEMICOLON
    cuts = [i for i, tok in enumerate(tokens) if tok.token_type is semicolon]
    start = 0
    for end in [*cuts, len(tokens)]:
        current = _unwrap_block(tokens[start:end])
        if current:
            statements.append((current[0].line, current, None))
        start = end + 1
    return statements


_STARTERS = frozenset(
    {
        TokenType.SELECT,
        TokenType.INSERT,
        TokenType.UPDATE,
        TokenType.DELETE,
        TokenType.MERGE,
        TokenType.WITH,
        TokenType.CREATE,
    }
)


def _unwrap_block(tokens: list[Token]) -> list[Token]:
    """Statements inside procedure bodies are traced; the ``CREATE PROCEDURE … BEGIN`` header and ``END``
    are not statements of their own."""
    if not tokens:
        return tokens
    words = [t.text.upper() for t in tokens[:2]]
    if words[0] == "END" and len(tokens) <= 3:
        return []
    if words[0] == "CREATE" and any(t.text.upper() in ("PROCEDURE", "FUNCTION", "TRIGGER") for t in tokens[1:5]):
        for position, tok in enumerate(tokens):
            if tok.token_type == TokenType.BEGIN or tok.text.upper() == "BEGIN":
                return _unwrap_block(tokens[position + 1 :])
        return tokens
    if words[0] == "BEGIN" and len(tokens) > 1 and tokens[1].token_type in _STARTERS:
        return tokens[1:]
    return tokens


_SPLIT_POINTS = frozenset(
    {
        TokenType.INSERT,
        TokenType.UPDATE,
        TokenType.DELETE,
        TokenType.MERGE,
        TokenType.CREATE,
        TokenType.DROP,
        TokenType.ALTER,
    }
)


def _resplit(tokens: list[Token]) -> list[list[Token]]:
    """T-SQL scripts may omit ``;``: split before INSERT/UPDATE/… that start a line at bracket depth 0."""
    pieces: list[list[Token]] = [[]]
    depth = 0
    previous_line = tokens[0].line if tokens else 0
    for tok in tokens:
        if tok.token_type == TokenType.L_PAREN:
            depth += 1
        elif tok.token_type == TokenType.R_PAREN:
            depth -= 1
        if depth == 0 and tok.token_type in _SPLIT_POINTS and tok.line != previous_line and pieces[-1]:
            pieces.append([])
        pieces[-1].append(tok)
        previous_line = tok.line
    return pieces


# --- parsing with a cache by fingerprint ----------------------------------------------------------------

_CACHE_SIZE = 20_000
_cache: OrderedDict[tuple[str, str, int, str], StatementLineage | str] = OrderedDict()


def clear_cache() -> None:
    """Forget every traced statement shape (benchmarks measure cold runs with it)."""
    _cache.clear()


def cached_shapes() -> int:
    """How many statement shapes the cache holds."""
    return len(_cache)


def _trace_tokens(
    sql: str,
    tokens: list[Token],
    index: int,
    line: int,
    engine: Dialect,
    dialect: str | None,
    schema: PreparedSchema | None,
) -> list[StatementLineage | StatementError]:
    item = _trace_one(sql, tokens, index, line, engine, dialect, schema)
    if isinstance(item, StatementError):
        pieces = _resplit(tokens)
        if len(pieces) > 1:
            items = [_trace_one(sql, p, index + i, p[0].line, engine, dialect, schema) for i, p in enumerate(pieces)]
            if not any(isinstance(i, StatementError) for i in items):
                return items
    return [item]


def _trace_one(
    sql: str,
    tokens: list[Token],
    index: int,
    line: int,
    engine: Dialect,
    dialect: str | None,
    schema: PreparedSchema | None,
) -> StatementLineage | StatementError:
    from catalog.lineage.statements import trace_statement

    shape = fingerprint(tokens)
    key = (type(engine).__name__, shape, schema.serial if schema else 0, dialect or "")
    cached = _cache.get(key)
    if cached is None:
        try:
            parsed = engine.parser(error_level=ErrorLevel.RAISE).parse(tokens, sql)
            expressions = [e for e in parsed if e is not None]
            if len(expressions) != 1:
                raise ParseError(f"expected one statement, found {len(expressions)}")
            traced = trace_statement(expressions[0], engine, schema.mapping if schema else None, dialect)
            cached = StatementLineage(
                0,
                0,
                traced.kind,
                shape,
                frozenset(traced.sources),
                frozenset(traced.targets),
                frozenset(traced.edges),
                frozenset(traced.dropped),
                tuple(traced.renamed.items()),
            )
        except (SqlglotError, RecursionError) as exc:
            cached = _message(exc)
        except Exception as exc:  # noqa: BLE001 - the contract: lineage never raises
            cached = f"cannot trace statement ({type(exc).__name__}: {exc})"
        _cache[key] = cached
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    if isinstance(cached, str):
        return StatementError(index, line, cached, shape)
    return dataclasses.replace(cached, index=index, line=line)


_TOKEN_REPR = re.compile(
    r"<Token token_type: [^,]+, text: (.*?), line: \d+, col: \d+, start: \d+, end: \d+, comments: \[.*?\]>"
)


def _message(exc: BaseException) -> str:
    """The parser's own first message, without the multi-line highlighted context."""
    if isinstance(exc, ParseError) and exc.errors:
        first = exc.errors[0]
        text = _TOKEN_REPR.sub(lambda m: repr(m.group(1)), str(first.get("description") or exc).strip())
        if first.get("line"):
            text += f" (line {first['line']}, col {first.get('col')})"
        return text
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
