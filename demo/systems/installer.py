"""The installation partner's system: work orders, technicians, handover acts."""

from __future__ import annotations

from demo.model import System, audited, col, custom, pk, row_fk, table

SYSTEM = audited(
    System(
        name="installer",
        description="Montāžas partnera darba uzdevumi",
        tables=(
            table(
                "darba_uzdevumi",
                150,
                pk(),
                col("pasutijuma_nr", "txn_no"),
                col("klienta_vards", "full_name"),
                col("talrunis", "phone"),
                col("adrese", "install_address", comment="Montāžas adrese"),
                col("planots", "txn_date"),
                col("statuss", "txn_status"),
                col("piezimes", "install_info"),
            ),
            table(
                "tehniki",
                12,
                pk(),
                custom("vards", "TEXT", lambda r: r.fake.name(), 1),
                custom("talrunis", "TEXT", lambda r: "+371 29" + f"{r.rng.randrange(10**6):06d}", 2),
                custom("brigade", "TEXT", lambda r: r.pick("Rīga-1", "Rīga-2", "Kurzeme")),
            ),
            table(
                "materiali",
                150,
                pk(),
                row_fk("uzdevums_id", "darba_uzdevumi", 150),
                custom("materials", "TEXT", lambda r: r.pick("optiskais kabelis", "rozete", "savilces", "ONT")),
                col("daudzums", "qty"),
            ),
            table(
                "nodosanas_akti",
                120,
                pk(),
                row_fk("uzdevums_id", "darba_uzdevumi", 150),
                col("klienta_paraksts", "signature"),
                custom("parakstits", "DATE", lambda r: r.days_ago(1, 500), 11),
                col("iekartas_sn", "serial_no"),
                col("mac", "mac"),
            ),
            table(
                "grafiks",
                100,
                pk(),
                row_fk("tehnikis_id", "tehniki", 12),
                custom("datums", "DATE", lambda r: r.days_ago(-20, 60)),
                custom("laika_logs", "TEXT", lambda r: r.pick("08-12", "12-16", "16-20")),
            ),
            table(
                "noliktava",
                30,
                pk(),
                custom("prece", "TEXT", lambda r: f"Prece {r.i}"),
                col("atlikums", "qty"),
            ),
            table(
                "atteikumi",
                40,
                pk(),
                row_fk("uzdevums_id", "darba_uzdevumi", 150),
                custom(
                    "iemesls", "TEXT", lambda r: r.pick("klients nav mājās", "nav piekļuves", "klients atteicās"), 11
                ),
                custom("datums", "DATE", lambda r: r.days_ago(1, 300), 11),
            ),
        ),
    ),
    col("izveidots", "created_at"),
    col("labots", "updated_at"),
    col("lietotajs", "sys_user"),
)
