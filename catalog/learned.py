"""A learned secondary signal: logistic regression over a column's catalog facts, stacked on the rules.

The rules (``data/rules/``) name what they know; on schemas of a kind they were not written for they miss
columns whose names follow that application's habits. This model is trained on every labelled schema
(``bench/train_classifier.py``; judged leave-one-schema-out) to say how likely a column is personal from what
the catalog knows — the words and letter groups of its name, its table's words and context, its type and keys,
and which rules fired — never from values. Where the rules suggest nothing and the model's probability reaches
the threshold chosen by that evaluation, it adds one suggestion (rule ``model.personal``, a modest confidence,
the category of its category model) whose evidence lists the features that weighed most, in words.

The weights are data (a JSON file: feature → weight, intercepts, threshold, a description of the training set
and a SHA-256 of the content, written by :func:`write_model`); scoring is a sparse dot product in plain Python.

**Wired into** :func:`catalog.classify.classify` since the seventh session (``data/model/classifier.json``;
``ropa classify --no-model`` for the rules alone). Earlier, judged leave-one-schema-out on the few labelled
schemas, rules + model did not beat the rules alone (real pooled F1 0.890 → 0.891). With 75 labelled groups and a
second gate — a suggestion is made only where the category model is sure too (``category_threshold``) — it did, on
applications neither the model nor the rules had seen. In the eighth session its training data more than doubled
(199 groups: the demo, the 20 labelled schemas and the 178 applications of the looked-at blind exams of
``tests/data/exams.csv``). Each looked-at exam of that session held out in turn, the model lifted F1 0.668 → 0.714
at accuracy 0.809 → 0.802 (gates 0.45 × 0.7, chosen there); applications labelled after a model was trained gained
more from it as it learnt from more (+0.021, +0.049, +0.056 F1 on three batches); the thirteen closed exams go
0.702 → 0.752 at accuracy 0.806, each of the seventh session's above that session's model
(``tests/data/LABELLING.md``, thirteenth round). In the ninth session a veto model, stacked table features and
word crosses each gained under 0.005 held out and were left out (fourteenth round); after that session's rules the
nineteen closed exams score 0.687 → 0.735 at accuracy 0.800.

**Its category also leads where the rules disagree** (thirteenth session, rule ``model.category``,
:meth:`Model.recategorise`): on a column the rules find personal, where the category model is sure
(``recategorise_threshold``, 0.7) of another category than the rules' first, the suggestion takes the model's
category at the rules' confidence and keeps the rules' signals in its evidence. A rule knows *that* a column is
personal from a phrase; *which* category often depends on the table (a first-aider's person key is the first-aid
record's, 3, not a plain link, 5). Ten-fold over the labelled groups the rules' first category was right for
0.827 of the personal columns they found and the model's lead for 0.843; on the 47 closed exams, never trained on,
0.792 → 0.819, which lifted their category accuracy 0.779 → 0.802 at the same F1. Its features include which rules
fired, so it is retrained whenever the rules change: ``bench/train_classifier.py --exams training --threshold 0.45
--category-min 0.7 --recategorise 0.7 --write data/model/classifier.json``.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import add
from pathlib import Path
from typing import Any

from catalog.errors import RuleError, TaxonomyError
from catalog.record_tables import record_kind
from catalog.rules import RuleSet, family, stem
from catalog.signals import _fk_target_table, _name_tokens, shielded
from catalog.suggestion import THRESHOLD, ColumnInfo, Signal, Suggestion, TableInfo

FORMAT = "ropa-learned-classifier/1"
RULE_ID = "model.personal"
# the model choosing the category of a column the rules find personal (Model.recategorise)
CATEGORY_RULE_ID = "model.category"
# the feature saying a shield heads the column's name: the rules' "not personal", which the model leaves alone
SHIELD = "shield"
_TOP_FEATURES = 5
# Model suggestions stay below the rules' secondary level (0.7): a reviewer sees them as the weaker kind.
_LOW, _HIGH = THRESHOLD, 0.65
_CATEGORY_PRUNE = 0.01


# ---------------------------------------------------------------- features


@dataclass(frozen=True)
class TableFacts:
    """What the features need about a table, computed once per table."""

    info: TableInfo
    record: int | None  # the category of records its name or its columns say it holds, if any
    linked: bool = False  # a column links the rows to a person (the rules' category 5 on a reference)
    share: int = 0  # tenths of the table's columns the rules found personal
    top: int = 0  # the category the rules gave most often in the table, category 5 aside (0: none)


def table_facts(
    info: TableInfo,
    columns: Sequence[ColumnInfo],
    rules: RuleSet,
    found: Sequence[Sequence[Suggestion]] = (),
    kind: Callable[[], tuple[int, str] | None] | None = None,
) -> TableFacts:
    """A table's facts for the features: its record kind and what the rules found in its *columns*.

    The record kind is the one :func:`catalog.record_tables.suggest_table` gives the table: from its name and
    its columns (PaperTrail's ``versions`` by ``whodunnit`` and ``object_changes``; event ``tickets`` with
    ``quantity_available`` and ``start_sale_date`` are a catalogue, no record). *kind*, when given, returns it
    already worked out (:func:`catalog.classify.suggest_system` asks once per table for the rules and the model).
    """
    record = kind() if kind is not None else record_kind(info, columns, rules)
    counts: dict[int, int] = {}
    linked = False
    for suggestions in found:
        if suggestions:
            top = suggestions[0].category
            counts[top] = counts.get(top, 0) + 1
            linked = linked or any(s.category == rules.fk.category and s.confidence >= 0.6 for s in suggestions)
    share = round(10 * sum(counts.values()) / len(found)) if found else 0
    others = sorted(((n, -c) for c, n in counts.items() if c != rules.fk.category), reverse=True)
    return TableFacts(info, record[0] if record else None, linked, share, -others[0][1] if others else 0)


def features(
    table: TableFacts,
    column: ColumnInfo,
    found: Sequence[Suggestion],
    rules: RuleSet,
    is_person: Callable[[str], bool] | None = None,
) -> dict[str, float]:
    """A column's features (name → value; most are 1.0) from catalog facts and the rules' output — no values.

    >>> from catalog.rules import load_rules
    >>> from catalog.suggestion import table_context
    >>> rules = load_rules()
    >>> facts = table_facts(table_context("patients", [], rules), [], rules)
    >>> sorted(f for f in features(facts, ColumnInfo("mobile_no", "varchar(20)"), [], rules) if f[:2] in ("w:", "t:"))
    ['t:patients', 'w:mobil', 'w:mobile', 'w:no']
    """
    out: dict[str, float] = {}
    toks = _name_tokens(column.name, rules)
    for tok in toks:
        out["w:" + tok] = 1.0
        st = stem(tok)
        if st != tok:
            out["w:" + st] = 1.0
    if toks:
        out["first:" + toks[0]] = 1.0
        out["last:" + toks[-1]] = 1.0
        out[f"len:{min(len(toks), 4)}"] = 1.0
    for a, b in zip(toks, toks[1:]):
        out[f"b:{a}_{b}"] = 1.0
    joined = "^" + "".join(toks) + "$"
    for n in (3, 4):
        for i in range(len(joined) - n + 1):
            out["c:" + joined[i : i + n]] = 1.0
    info = table.info
    for tok in info.tokens:
        out["t:" + tok] = 1.0
    if info.tokens:
        out["th:" + info.tokens[-1]] = 1.0
    fam = family(column.data_type, rules.families) or "unknown"
    if fam == "json":  # MariaDB and MySQL report a JSON column as longtext: the same column on every backend
        fam = "text"
    out["type:" + fam] = 1.0
    ctx = [name for name in ("person", "org", "technical", "aggregate") if getattr(info, name)] or ["plain"]
    for name in ctx:
        out["ctx:" + name] = 1.0
    out[f"rec:{table.record or 0}"] = 1.0
    if table.record:
        out[f"rec:{table.record}|type:{fam}"] = 1.0
    if column.is_pk:
        out["pk"] = 1.0
    if column.fk_target:
        out["fk"] = 1.0
        if is_person is not None and is_person(_fk_target_table(column.fk_target)):
            out["fk_person"] = 1.0
    out[f"tbl:share{min(table.share, 8) // 2}"] = 1.0
    out[f"tbl:top{table.top}"] = 1.0
    if table.linked:
        out["tbl:linked"] = 1.0
        out[f"tbl:linked|type:{fam}"] = 1.0
        if toks:
            out[f"tbl:linked|last:{toks[-1]}"] = 1.0
    if toks:
        out[f"ctx:{ctx[0]}|last:{toks[-1]}"] = 1.0
        out[f"type:{fam}|last:{toks[-1]}"] = 1.0
    for m in rules.match_name(toks):
        out["m:" + m.rule.id] = 1.0
    if found:
        out["rules:conf"] = max(s.confidence for s in found)
        for sug in found:
            out[f"rc:{sug.category}"] = 1.0
            for sig in sug.signals:
                out["r:" + sig.rule] = 1.0
                out["rk:" + sig.kind] = 1.0
    else:
        out["rules:none"] = 1.0
        if shielded(column, table.info, rules):
            out[SHIELD] = 1.0  # the rules decided "not personal": the model is not asked (Model.add)
    return out


def describe(feature: str, lang: str = "en") -> str:
    """A feature in words, for the evidence a reviewer reads.

    >>> describe("w:mobile"), describe("t:patient", "lv")
    ('column word “mobile”', 'tabulas vārds “patient”')
    """
    kind, _, rest = feature.partition(":")
    en, lv = _WORDS.get(kind, ("{}", "{}"))
    if "|" in rest:
        return " & ".join(describe(part if ":" in part else f"{kind}:{part}", lang) for part in feature.split("|"))
    return (en if lang == "en" else lv).format(rest)


_WORDS = {
    "w": ("column word “{}”", "kolonnas vārds “{}”"),
    "first": ("column name starts with “{}”", "kolonnas nosaukums sākas ar “{}”"),
    "last": ("column name ends with “{}”", "kolonnas nosaukums beidzas ar “{}”"),
    "b": ("column words “{}”", "kolonnas vārdi “{}”"),
    "c": ("column name letters “{}”", "kolonnas nosaukuma burti “{}”"),
    "len": ("{} words in the column name", "{} vārdi kolonnas nosaukumā"),
    "t": ("table word “{}”", "tabulas vārds “{}”"),
    "th": ("table named after “{}”", "tabula nosaukta pēc “{}”"),
    "type": ("type {}", "tips {}"),
    "ctx": ("table about {}", "tabula par {}"),
    "rec": ("table of records of category {}", "tabula ar {}. kategorijas ierakstiem"),
    "m": ("the name matches rule {}", "nosaukums atbilst likumam {}"),
    "r": ("rule {} fired", "nostrādāja likums {}"),
    "rc": ("the rules suggest category {}", "likumi iesaka kategoriju {}"),
    "rk": ("a {} signal", "signāls {}"),
    "rules": ("the rules: {}", "likumi: {}"),
    "tbl": ("the table's rule findings: {}", "tabulas likumu atradumi: {}"),
    "pk": ("primary key", "primārā atslēga"),
    "fk": ("foreign key", "ārējā atslēga"),
    "fk_person": ("foreign key to a table about people", "ārējā atslēga uz tabulu par personām"),
}


# ---------------------------------------------------------------- the model


@dataclass(frozen=True)
class Model:
    """Trained weights (see ``data/model/``) and how to apply them. Build with :func:`load_model`."""

    path: str
    threshold: float
    intercept: float
    weights: dict[str, float]
    classes: tuple[int, ...]
    class_intercepts: tuple[float, ...]
    class_weights: dict[str, tuple[float, ...]]
    description: dict[str, Any] = field(default_factory=dict)
    sha256: str = ""
    # the category model's probability a suggestion needs: where the model is unsure which category a personal
    # column holds, a wrong category costs the reviewer more than a column the check gate lists anyway
    category_threshold: float = 0.0
    # the category model's probability needed to overrule the rules' category on a column they find personal
    # (0: never); see recategorise
    recategorise_threshold: float = 0.0

    def p_personal(self, feats: dict[str, float]) -> float:
        """Probability that the column is personal (logistic of the sparse dot product)."""
        z = self.intercept
        weights = self.weights
        for name, value in feats.items():
            w = weights.get(name)
            if w is not None:
                z += w * value
        return _sigmoid(z)

    def category(self, feats: dict[str, float]) -> tuple[int, float]:
        """The most likely Annex 1 category (softmax over the category model) and its probability."""
        scores = list(self.class_intercepts)
        for name, value in feats.items():
            row = self.class_weights.get(name)
            if row is not None:  # (most features are 1.0: a row added as it is, the same sums at C speed)
                scores = list(map(add, scores, row)) if value == 1.0 else [s + w * value for s, w in zip(scores, row)]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        best = max(range(len(scores)), key=lambda i: (scores[i], -self.classes[i]))
        return self.classes[best], exp[best] / sum(exp)

    def add(
        self,
        info: TableInfo,
        columns: Sequence[ColumnInfo],
        found: list[list[Suggestion]],
        rules: RuleSet,
        is_person: Callable[[str], bool] | None = None,
        kind: Callable[[], tuple[int, str] | None] | None = None,
    ) -> list[list[Suggestion]]:
        """*found* (the rules' suggestions for one table) plus the model's where the rules say nothing (*kind*: as
        for :func:`table_facts`)."""
        if all(found) and not self.recategorise_threshold:
            return found
        facts = table_facts(info, columns, rules, found, kind)
        out = list(found)
        for i, column in enumerate(columns):
            if out[i]:
                if self.recategorise_threshold:
                    out[i] = self.recategorise(facts, column, out[i], rules, is_person)
                continue
            feats = features(facts, column, (), rules, is_person)
            if SHIELD in feats:
                continue
            p = self.p_personal(feats)
            if p < self.threshold:
                continue
            category, q = self.category(feats)
            if q >= self.category_threshold:
                out[i] = [self.suggestion(feats, p, category, q)]
        return out

    def recategorise(
        self,
        facts: TableFacts,
        column: ColumnInfo,
        found: list[Suggestion],
        rules: RuleSet,
        is_person: Callable[[str], bool] | None = None,
    ) -> list[Suggestion]:
        """*found* (the rules' suggestions for a column they find personal), led by the category model's choice
        where it is sure (``recategorise_threshold``) that the column holds another category than the rules' first.

        Why: a rule knows a column is personal from one phrase, but which category it holds depends on the
        whole table (a ``status`` of a ticket, of a subscription, of a person). Held out on applications neither
        had seen, the category model (trained on every labelled personal column, with the rules' output among
        its features) named the labelled category more often than the rules' first suggestion; where it is sure
        it leads. The rules' signals stay in the evidence, so the reviewer sees both. A value detector's finding
        (an e-mail pattern in the samples) is left alone: the model never sees values.
        """
        top = found[0]
        if any(sig.kind in ("value", "model") for sig in top.signals):
            return found
        feats = features(facts, column, found, rules, is_person)
        category, q = self.category(feats)
        if category == top.category or q < self.recategorise_threshold:
            return found
        same = [s for s in found if s.category == category]
        detail: dict[str, Any] = {
            "category_p": round(q, 3),
            "rules_category": top.category,
            "features": [f"{describe(name)} (+{w})" for w, name in self._category_reasons(feats, category)],
            "model": self.sha256[:12],
        }
        signal = Signal("model", CATEGORY_RULE_ID, category, top.confidence, detail)
        signals = (signal,) + top.signals + tuple(sig for s in same for sig in s.signals)
        chosen = _RecategorisedSuggestion(category, top.confidence, top.source, signals, replaced=top)
        return [chosen] + [s for s in found[1:] if s.category != category]

    def _category_reasons(self, feats: dict[str, float], category: int) -> list[tuple[float, str]]:
        """The features that weighed most for *category* (positive contributions, largest first)."""
        k = self.classes.index(category)
        contributions = sorted(
            ((row[k] * value, name) for name, value in feats.items() if (row := self.class_weights.get(name))),
            key=lambda x: (-x[0], x[1]),
        )
        return [(round(w, 2), name) for w, name in contributions[:_TOP_FEATURES] if w > 0]

    def suggestion(self, feats: dict[str, float], p: float, category: int, q: float) -> Suggestion:
        """The model's suggestion for a column with features *feats*, probability *p* and category *category*
        (its probability *q*), with the evidence in words."""
        span = max(1e-9, 1.0 - self.threshold)
        confidence = round(_LOW + (_HIGH - _LOW) * max(0.0, min(1.0, (p - self.threshold) / span)), 3)
        contributions = sorted(
            ((self.weights[name] * value, name) for name, value in feats.items() if name in self.weights),
            key=lambda x: (-x[0], x[1]),
        )
        top = [(round(w, 2), name) for w, name in contributions[:_TOP_FEATURES] if w > 0]
        detail: dict[str, Any] = {
            "p": round(p, 3),
            "threshold": round(self.threshold, 3),
            "category_p": round(q, 3),
            "features": [f"{describe(name)} (+{w})" for w, name in top],
            "model": self.sha256[:12],
        }
        signal = Signal("model", RULE_ID, category, confidence, detail)
        return _ModelSuggestion(category, confidence, "name", (signal,))


class _ModelSuggestion(Suggestion):
    """A model suggestion: its explanation says what the model is and which features weighed most."""

    def evidence(self, rules: RuleSet) -> dict[str, Any]:
        sig = self.signals[0]
        words_en = "; ".join(str(f) for f in sig.detail.get("features", [])) or "no single feature"
        return {
            "key": self.key,
            "signals": [sig.evidence()],
            "explain_en": (
                f"Learned from labelled schemas (not a rule): columns named and placed like this one are personal "
                f"with probability {sig.detail.get('p')}; what weighed most: {words_en}."
            ),
            "explain_lv": (
                f"Iemācīts no marķētām shēmām (nav likums): šādi nosauktas un novietotas kolonnas ir personas dati "
                f"ar varbūtību {sig.detail.get('p')}; visvairāk svēra: {words_en}."
            ),
        }


@dataclass(frozen=True)
class _RecategorisedSuggestion(Suggestion):
    """The rules' suggestion (*replaced*) with the category the model chose: the explanation says both."""

    replaced: Suggestion | None = None

    def evidence(self, rules: RuleSet) -> dict[str, Any]:
        assert self.replaced is not None
        base = self.replaced.evidence(rules)
        sig = self.signals[0]
        q, was = sig.detail.get("category_p"), int(sig.detail.get("rules_category") or 0)
        words = "; ".join(str(f) for f in sig.detail.get("features", [])) or "no single feature"
        en = (
            f"Which category is learned from labelled schemas (not a rule): columns named and placed like this one "
            f"hold {_named(self.category, 'en')} with probability {q}, where the rule alone says "
            f"{_named(was, 'en')}; what weighed most: {words}."
        )
        lv = (
            f"Kategorija iemācīta no marķētām shēmām (nav likums): šādi nosauktās un novietotās kolonnās ir "
            f"{_named(self.category, 'lv')} ar varbūtību {q}, kur likums vien saka {_named(was, 'lv')}; "
            f"visvairāk svēra: {words}."
        )
        return {
            "key": self.key,
            "signals": [sig.evidence()] + base["signals"],
            "explain_en": " ".join(x for x in (base["explain_en"], en) if x),
            "explain_lv": " ".join(x for x in (base["explain_lv"], lv) if x),
        }


def _named(category_id: int, lang: str) -> str:
    """``category 3 (Special-category (sensitive) data)`` — the Annex 1 name, for a reviewer who knows no numbers."""
    from catalog.taxonomy import category

    try:
        name = category(category_id).name(lang)
    except TaxonomyError:
        name = ""
    label = f"category {category_id}" if lang == "en" else f"{category_id}. kategorija"
    return f"{label} ({name})" if name else label


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


# ---------------------------------------------------------------- the file


def content_hash(payload: dict[str, Any]) -> str:
    """SHA-256 of the model's content (everything but the hash itself), canonical JSON."""
    body = {k: v for k, v in payload.items() if k != "sha256"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def rules_fingerprint(rules_dir: str | Path | None = None) -> str:
    """SHA-256 over what the rule files (``data/rules/*.yaml``) say: a model records the rules it was trained
    beside, so a change to them that was not followed by retraining shows (``tests/catalog/test_learned.py``).

    The files are read as YAML and hashed as canonical JSON, so a comment, a re-wrapped list or a re-indented
    block leaves the fingerprint (and the 13 MB model) as it was; only a change to what the rules say asks for a
    retrain."""
    import yaml

    from catalog.rules import RULES_DIR

    digest = hashlib.sha256()
    for path in sorted(Path(rules_dir or RULES_DIR).glob("*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        digest.update(path.name.encode() + b"\0" + json.dumps(content, sort_keys=True, default=str).encode() + b"\0")
    return digest.hexdigest()


def write_model(
    path: str | Path,
    *,
    weights: dict[str, float],
    intercept: float,
    classes: Sequence[int],
    class_weights: dict[str, Sequence[float]],
    class_intercepts: Sequence[float],
    threshold: float,
    description: dict[str, Any],
    category_threshold: float = 0.0,
    recategorise_threshold: float = 0.0,
) -> str:
    """Write a model file (weights rounded to 4 decimals, zero weights left out); returns its SHA-256.

    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "m.json")
    >>> digest = write_model(path, weights={"w:email": 2.0}, intercept=-1.0, classes=[2, 5],
    ...                      class_weights={"w:email": [1.0, -1.0]}, class_intercepts=[0.0, 0.0], threshold=0.6,
    ...                      description={})
    >>> round(load_model(path).p_personal({"w:email": 1.0}), 3), load_model(path).sha256 == digest
    (0.731, True)
    """
    rounded = {f: round(w, 4) for f, w in sorted(weights.items()) if round(w, 4) != 0.0}
    # the category model's many tiny weights (L2-regularised over 32 classes) change no decision: left out, they
    # cut the file to about a third (10.9 → 3.8 MB on 75 groups; 6.7 MB as shipped on 199)
    per_class = {
        f: [round(w, 4) if abs(w) >= _CATEGORY_PRUNE else 0.0 for w in row]
        for f, row in sorted(class_weights.items())
        if any(abs(w) >= _CATEGORY_PRUNE for w in row)
    }
    payload: dict[str, Any] = {
        "format": FORMAT,
        "description": description,
        "threshold": round(threshold, 6),
        "category_threshold": round(category_threshold, 6),
        "recategorise_threshold": round(recategorise_threshold, 6),
        "personal": {"intercept": round(intercept, 6), "weights": rounded},
        "category": {
            "classes": [int(c) for c in classes],
            "intercepts": [round(b, 6) for b in class_intercepts],
            "weights": per_class,
        },
    }
    payload["sha256"] = content_hash(payload)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    Path(path).write_text(text + "\n", encoding="utf-8")
    _load.cache_clear()
    return str(payload["sha256"])


def load_model(path: str | Path) -> Model:
    """Read and check a model file (cached per path); a broken file raises :class:`RuleError` naming it."""
    return _load(str(path))


@lru_cache(maxsize=8)
def _load(path: str) -> Model:
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"cannot read the learned model ({exc.strerror})", file=path) from None
    except ValueError as exc:
        raise RuleError(f"the learned model is not valid JSON ({exc})", file=path) from None
    try:
        if payload.get("format") != FORMAT:
            raise ValueError(f"format must be {FORMAT!r}")
        if payload.get("sha256") != content_hash(payload):
            raise ValueError("content does not match its sha256 (edited or truncated)")
        personal, cats = payload["personal"], payload["category"]
        classes = tuple(int(c) for c in cats["classes"])
        class_weights = {str(k): tuple(float(x) for x in v) for k, v in cats["weights"].items()}
        if any(len(v) != len(classes) for v in class_weights.values()) or len(cats["intercepts"]) != len(classes):
            raise ValueError("category weights do not match the classes")
        threshold = float(payload["threshold"])
        if not 0.0 < threshold < 1.0:
            raise ValueError("threshold must be between 0 and 1")
        category_threshold = float(payload.get("category_threshold", 0.0))
        if not 0.0 <= category_threshold < 1.0:
            raise ValueError("category_threshold must be between 0 and 1")
        recategorise_threshold = float(payload.get("recategorise_threshold", 0.0))
        if not 0.0 <= recategorise_threshold < 1.0:
            raise ValueError("recategorise_threshold must be between 0 and 1")
        return Model(
            path=path,
            threshold=threshold,
            intercept=float(personal["intercept"]),
            weights={str(k): float(v) for k, v in personal["weights"].items()},
            classes=classes,
            class_intercepts=tuple(float(x) for x in cats["intercepts"]),
            class_weights=class_weights,
            description=dict(payload.get("description") or {}),
            sha256=str(payload["sha256"]),
            category_threshold=category_threshold,
            recategorise_threshold=recategorise_threshold,
        )
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        what = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise RuleError(f"the learned model is broken: {what}", file=path) from None


__all__ = [
    "CATEGORY_RULE_ID", "FORMAT", "Model", "RULE_ID", "TableFacts", "content_hash", "describe", "features", "load_model",
    "rules_fingerprint", "table_facts", "write_model",
]  # fmt: skip
