"""Credit check: solvency requests to the credit bureau, scores, limits, automated decisions."""

from __future__ import annotations

from demo.model import Row, System, audited, col, custom, person_fk, pk, row_fk, table


def _bureau_json(r: Row) -> str:
    return f'{{"score": {r.rng.randint(300, 850)}, "debts": {r.rng.randint(0, 3)}, "status": "{r.pick("OK", "RISK")}"}}'


SYSTEM = audited(
    System(
        name="creditcheck",
        description="Maksātspējas pārbaude",
        tables=(
            table(
                "pieprasijumi",
                150,
                pk(),
                person_fk("klients_id"),
                col("personas_kods", "pcode"),
                custom("pieprasits", "TIMESTAMP", lambda r: r.time_ago(1, 700), 17),
                col("rezultats", "solvency_status"),
                col("score", "credit_score"),
                col("arejais_parads", "ext_debt_status"),
            ),
            table(
                "biroja_atbildes",
                150,
                pk(),
                row_fk("pieprasijums_id", "pieprasijumi", 150),
                custom("atbilde", "TEXT", _bureau_json, 17),
                col("sanemts", "created_at"),
            ),
            table(
                "limiti",
                100,
                pk(),
                person_fk("klients_id"),
                custom("limits_eur", "NUMERIC(12,2)", lambda r: r.pick(0, 100, 300, 600), 17),
                custom("derigs_lidz", "DATE", lambda r: r.days_ago(-365, 0), 17),
            ),
            table(
                "riska_modeli",
                5,
                pk(),
                custom("versija", "TEXT", lambda r: f"risk-v{r.i}"),
                custom("slieksnis", "INTEGER", lambda r: 500 + 20 * r.i),
            ),
            table(
                "krapniecibas_saraksts",
                30,
                pk(),
                col("personas_kods", "pcode"),
                custom(
                    "iemesls", "TEXT", lambda r: r.pick("viltoti dokumenti", "nemaksātājs", "identitātes zādzība"), 17
                ),
                custom("pievienots", "DATE", lambda r: r.days_ago(1, 1000), 17),
                comment="Krāpniecības novēršana",
            ),
            table(
                "lemumi",
                150,
                pk(),
                row_fk("pieprasijums_id", "pieprasijumi", 150),
                col("lemums", "instalment_decision", cats=(17,)),
                custom("automatisks", "BOOLEAN", lambda r: r.pick(0, 1, 1), 17),
                col("pamatojums", "free_text"),
                comment="Automatizēti lēmumi",
            ),
            table(
                "parada_vesture",
                100,
                pk(),
                person_fk("klients_id"),
                custom("parada_summa", "NUMERIC(12,2)", lambda r: round(r.rng.uniform(0, 900), 2), 17),
                col("statuss", "ext_debt_status"),
            ),
            table(
                "api_log",
                100,
                pk(),
                custom("endpoint", "TEXT", lambda r: r.pick("/score", "/debts", "/health")),
                custom("http_status", "INTEGER", lambda r: r.pick(200, 200, 500)),
                col("laiks", "created_at"),
            ),
        ),
    ),
    col("created_at", "created_at"),
    col("created_by", "sys_user"),
    col("updated_at", "updated_at"),
    col("updated_by", "sys_user"),
)
