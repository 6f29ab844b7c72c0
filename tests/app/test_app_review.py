from __future__ import annotations

import pytest
import sqlalchemy as sa

from catalog.queries import review
from catalog.store import Catalog, schema


def _statuses(catalog: Catalog) -> dict[tuple[str, int], str]:
    query = sa.select(schema.col.c.name, schema.tag.c.category, schema.tag.c.status).select_from(
        schema.tag.join(schema.col, schema.tag.c.column_id == schema.col.c.id)
    )
    with catalog.connect() as conn:
        return {(c, cat): s for c, cat, s in conn.execute(query)}


def test_queue_lists_suggestions_with_evidence(seeded: Catalog) -> None:
    queue = review.review_queue(seeded)
    assert queue["column"].tolist() == [
        "billing.main.invoices.iban",
        "crm.main.klienti.epasts",
        "dwh.main.customers.personas_kods",
        "dwh.main.customers.segment",
    ]
    assert "97%" in queue.iloc[0]["evidence"]
    assert review.review_queue(seeded, system="dwh", min_confidence=0.7)["column"].tolist() == [
        "dwh.main.customers.personas_kods"
    ]


def test_apply_review_writes_tags_and_audit(seeded: Catalog) -> None:
    queue = review.review_queue(seeded).set_index("column")["tag_id"]
    outcome = review.apply_review(
        seeded,
        [
            review.Decision(int(queue["billing.main.invoices.iban"]), review.Action.CONFIRM),
            review.Decision(int(queue["crm.main.klienti.epasts"]), review.Action.REJECT, note="internal mailbox"),
            review.Decision(int(queue["dwh.main.customers.segment"]), review.Action.CHANGE, 5),
        ],
        actor="tester",
    )
    assert outcome == review.ReviewOutcome(confirmed=1, rejected=1, changed=1)
    statuses = _statuses(seeded)
    assert statuses[("iban", 18)] == "confirmed"
    assert statuses[("epasts", 2)] == "rejected"
    assert statuses[("segment", 7)] == "rejected" and statuses[("segment", 5)] == "confirmed"
    log = review.recent_decisions(seeded)
    assert set(log["actor"]) == {"tester"} and len(log) == 4


def test_decisions_in_the_page_persist(seeded: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(seeded, "review")
    editor = at.data_editor[0]
    frame = editor.value
    iban = int(frame.index[frame["column"] == "billing.main.invoices.iban"][0])
    segment = int(frame.index[frame["column"] == "dwh.main.customers.segment"][0])
    at.session_state[editor.key] = {
        "edited_rows": {iban: {"decision": "confirm"}, segment: {"change_to": "5. Customer data"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.button(key="rev_apply").click().run()
    assert not at.exception
    assert "1 confirmed, 0 rejected, 1 changed, 0 not personal" in at.success[0].value
    statuses = _statuses(seeded)
    assert statuses[("iban", 18)] == "confirmed" and statuses[("segment", 5)] == "confirmed"
    # the queue shown afterwards no longer holds the decided rows
    assert "billing.main.invoices.iban" not in at.data_editor[0].value["column"].tolist()


def test_not_personal_rejects_every_suggestion_on_the_column(seeded: Catalog) -> None:
    queue = review.review_queue(seeded).set_index("column")["tag_id"]
    outcome = review.apply_review(
        seeded, [review.Decision(int(queue["dwh.main.customers.segment"]), review.Action.NOT_PERSONAL, note="codes")]
    )
    assert outcome.not_personal == 1
    assert _statuses(seeded)[("segment", 7)] == "rejected"
    with seeded.connect() as conn:
        decision = conn.execute(sa.select(schema.col.c.decision).where(schema.col.c.name == "segment")).scalar()
    assert decision == "not_personal"


def test_unknown_tags_change_nothing(seeded: Catalog) -> None:
    from catalog.errors import NotFoundError

    queue = review.review_queue(seeded)
    first = int(queue.iloc[0]["tag_id"])
    with pytest.raises(NotFoundError, match="99999"):
        review.apply_review(
            seeded, [review.Decision(first, review.Action.CONFIRM), review.Decision(99999, review.Action.REJECT)]
        )
    assert len(review.review_queue(seeded)) == len(queue)
