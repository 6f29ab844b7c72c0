"""Retained-data store (Electronic Communications Law): CDRs, IP assignments, e-mail log — 18 months at most."""

from __future__ import annotations

from datetime import datetime, timedelta

from demo import values
from demo.model import Col, Row, System, Table, audited, col, custom, person_fk, pk, table


def _imei(r: Row) -> str:
    body = "35" + values.digits(r.rng, 12)
    total = 0
    for i, ch in enumerate(body):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _in_month(year: int, month: int):  # type: ignore[no-untyped-def]
    start = datetime(year, month, 1)

    def gen(r: Row) -> datetime:
        return start + timedelta(seconds=r.rng.randrange(28 * 86400))

    return gen


def _cdr_cols() -> tuple[Col, ...]:
    return (
        pk(),
        col("a_numurs", "msisdn_a", comment="Zvanītāja numurs"),
        col("b_numurs", "msisdn_b"),
        col("sakums", "call_start"),
        col("ilgums_s", "duration_s"),
        col("cell_id", "cell_id"),
        custom("imei", "TEXT", _imei, 31),
    )


def _partition(year: int, month: int) -> Table:
    cols = tuple(
        custom("sakums", "TIMESTAMP", _in_month(year, month), 31) if c.name == "sakums" else c for c in _cdr_cols()
    )
    return Table(name=f"cdr_{year}_{month:02d}", cols=cols, rows=40, comment=f"CDR partīcija {year}-{month:02d}")


SYSTEM = audited(
    System(
        name="retention",
        description="Saglabājamo datu glabātuve (Elektronisko sakaru likums)",
        tables=(
            Table(name="cdr_voice", cols=_cdr_cols(), rows=200, comment="Balss zvanu saglabājamie dati"),
            table(
                "cdr_sms",
                150,
                pk(),
                col("a_numurs", "msisdn_a"),
                col("b_numurs", "msisdn_b"),
                col("laiks", "call_start"),
                col("cell_id", "cell_id"),
            ),
            table(
                "ip_pieskirumi",
                200,
                pk(),
                person_fk("klients_id"),
                col("ip", "assigned_ip"),
                col("ipv6_prefikss", "assigned_ipv6"),
                col("no_laika", "lease_start"),
                custom("lidz", "TIMESTAMP", lambda r: r.time_ago(0, 30), 31),
                col("cpe_mac", "mac", cats=(31,)),
                comment="IP adrešu piešķiršanas fakti",
            ),
            table(
                "epasta_zurnals",
                150,
                pk(),
                col("no_adreses", "mail_from"),
                col("uz_adresi", "mail_to"),
                col("laiks", "lease_start"),
                custom("msg_id", "TEXT", lambda r: f"<{r.rng.getrandbits(64):016x}@mail.balticom.lv>", 31),
                col("izmers_b", "qty"),
            ),
            *(_partition(2026, m) for m in range(5, 11)),
            table(
                "iestazu_pieprasijumi",
                40,
                pk(),
                custom("iestade", "TEXT", lambda r: r.pick("Valsts policija", "VDD", "KNAB", "Prokuratūra")),
                custom("pieprasijuma_nr", "TEXT", lambda r: f"2026/{r.i:04d}"),
                custom("subjekta_numurs", "TEXT", lambda r: "371" + r.p.phone[-8:], 31),
                custom("datums", "DATE", lambda r: r.days_ago(1, 500)),
                col("izsniegts", "flag"),
                comment="Tiesībsargājošo iestāžu pieprasījumi",
            ),
            table(
                "wifi_sesijas",
                150,
                pk(),
                person_fk("klients_id"),
                col("mac", "mac"),
                custom("ap", "TEXT", lambda r: f"AP-{r.rng.randrange(1, 300):03d}"),
                custom("sakums", "TIMESTAMP", lambda r: r.time_ago(0, 300), 19),
                col("mb", "wifi_mb"),
            ),
            table(
                "glabasanas_politika",
                4,
                pk(),
                custom(
                    "tabula", "TEXT", lambda r: ("cdr_voice", "cdr_sms", "ip_pieskirumi", "epasta_zurnals")[r.i - 1]
                ),
                custom("termins_men", "INTEGER", lambda r: 18),
                custom("pamatojums", "TEXT", lambda r: "Elektronisko sakaru likums, 100. pants"),
            ),
            table(
                "dzesanas_zurnals",
                60,
                pk(),
                custom("tabula", "TEXT", lambda r: r.pick("cdr_voice", "cdr_sms", "ip_pieskirumi")),
                custom("dzests_lidz", "DATE", lambda r: r.days_ago(540, 560)),
                col("rindu_skaits", "qty"),
                col("izpildits", "created_at"),
            ),
        ),
    ),
    col("ingest_ts", "created_at"),
    col("source_file", "hash"),
    col("batch_id", "batch_id"),
)
