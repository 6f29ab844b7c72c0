"""Comments written into SQLite ``CREATE TABLE`` text — SQLite's only place for them.

SQLite has no ``COMMENT ON``; people (and the demo estate) write ``-- ...`` comments in the DDL, which
SQLite keeps verbatim in ``sqlite_master.sql``. The convention read here:

- a ``--`` comment on the same line as a column definition belongs to that column
  (``personas_kods TEXT, -- Personas kods`` or ``personas_kods TEXT -- Personas kods``);
- a comment on a line of its own belongs to the next column (unless that column has its own);
- a comment on the ``CREATE TABLE ... (`` line, or on lines before the first column, is the table's comment.

``/* ... */`` blocks are skipped, quotes are respected (``DEFAULT '--'`` is no comment).
"""

from __future__ import annotations

from dataclasses import dataclass, field

_QUOTES = {"'": "'", '"': '"', "`": "`", "[": "]"}


@dataclass
class _Item:
    line: int
    text: str = ""
    comment: str | None = None
    leading: list[str] = field(default_factory=list)


def _first_identifier(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    if text[0] in _QUOTES:
        close = _QUOTES[text[0]]
        end = text.find(close, 1)
        while end != -1 and close != "]" and text[end + 1 : end + 2] == close:  # doubled quote inside
            end = text.find(close, end + 2)
        return text[1:end].replace(close * 2, close) if end != -1 else None
    return text.split(None, 1)[0]


def parse_ddl_comments(sql: str) -> tuple[str | None, dict[str, str]]:
    """``(table comment, {column name: comment})`` from a CREATE TABLE statement.

    >>> parse_ddl_comments("CREATE TABLE k ( -- Klienti\\n  vards TEXT, -- Vārds\\n  id INT)")
    ('Klienti', {'vards': 'Vārds'})
    """
    items: list[_Item] = []
    table_comments: list[str] = []
    pending: list[str] = []
    current: _Item | None = None
    depth = 0
    line = 1
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch == "\n":
            line += 1
        elif ch in _QUOTES:
            close = _QUOTES[ch]
            end = sql.find(close, i + 1)
            end = n - 1 if end == -1 else end
            if depth >= 1 and current is None:
                current = _Item(line=line, leading=pending)
                pending = []
                items.append(current)
            if current is not None:
                current.text += sql[i : end + 1]
            line += sql.count("\n", i, end + 1)
            i = end + 1
            continue
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            end = n if end == -1 else end + 2
            line += sql.count("\n", i, end)
            i = end
            continue
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end == -1 else end
            text = sql[i + 2 : end].strip()
            if text:
                owner = next((it for it in reversed(items) if it.line == line), None)
                if owner is not None and owner.comment is None:
                    owner.comment = text
                elif not items:
                    table_comments.append(text)
                else:
                    pending.append(text)
            i = end
            continue
        elif ch == "(":
            depth += 1
            if depth == 1:
                current = None
                i += 1
                continue
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 1:
            current = None
            i += 1
            continue
        if depth >= 1:
            if current is None and not ch.isspace():
                current = _Item(line=line, leading=pending)
                pending = []
                items.append(current)
            if current is not None:
                current.text += ch
        i += 1
    columns: dict[str, str] = {}
    for item in items:
        name = _first_identifier(item.text)
        comment = item.comment or (" ".join(item.leading) if item.leading else None)
        if name and comment:
            columns[name] = comment
    return (" ".join(table_comments) or None), columns
