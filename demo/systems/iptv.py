"""IPTV / Balticom+: subscribers, set-top boxes, views, VOD purchases, archive use."""

from __future__ import annotations

from demo.kinds import CHANNELS, TV_PACKAGES
from demo.model import System, View, audited, col, custom, person_fk, pk, row_fk, table

N = 200

SYSTEM = audited(
    System(
        name="iptv",
        description="Interaktīvā televīzija un Balticom+",
        tables=(
            table(
                "abonenti",
                N,
                pk(),
                person_fk("klients_id"),
                col("paka", "tv_package", comment="Abonētā TV paka"),
                col("valoda", "tv_language"),
                custom("aktivs_no", "DATE", lambda r: r.days_ago(30, 2000), 32),
                col("created_at", "created_at"),
                per_person=True,
            ),
            table(
                "devices",
                N,
                pk(),
                person_fk("abonents_id", "abonenti"),
                col("stb_id", "stb_id"),
                col("model", "stb_model"),
                col("serial_no", "serial_no"),
                col("mac", "mac"),
                col("install_address", "install_address"),
                custom("fw", "TEXT", lambda r: r.pick("5.2.1", "5.3.0", "6.0.2"), 9),
                col("updated_at", "updated_at"),
                per_person=True,
            ),
            table(
                "skatijumi",
                200,
                pk(),
                col("stb_id", "stb_id"),
                col("kanals", "channel"),
                col("raidijums", "programme_id"),
                col("sakums", "view_start"),
                col("ilgums_min", "view_minutes"),
                col("arhivs", "archive_use"),
                comment="TV skatījumi",
            ),
            table(
                "vod_pirkumi",
                150,
                pk(),
                person_fk("abonents_id", "abonenti"),
                col("filma", "film_title", cats=(15, 32)),
                col("cena", "film_price"),
                custom("pirkts", "TIMESTAMP", lambda r: r.time_ago(1, 500), 15),
            ),
            table(
                "paku_katalogs",
                len(TV_PACKAGES),
                pk(),
                custom("nosaukums", "TEXT", lambda r: TV_PACKAGES[r.i - 1]),
                custom("cena", "NUMERIC(12,2)", lambda r: (4.99, 9.99, 17.99, 7.99, 5.99, 3.99)[r.i - 1]),
                custom("kanalu_skaits", "INTEGER", lambda r: r.rng.randint(20, 180)),
            ),
            table(
                "kanali",
                len(CHANNELS),
                pk(),
                custom("nosaukums", "TEXT", lambda r: CHANNELS[r.i - 1]),
                custom("valoda", "TEXT", lambda r: r.pick("lv", "ru", "en")),
                col("kategorija", "region"),
            ),
            table(
                "epg",
                150,
                pk(),
                row_fk("kanals_id", "kanali", len(CHANNELS)),
                custom("nosaukums", "TEXT", lambda r: r.pick("Ziņas", "Panorāma", "Futbols", "Filma", "Multfilmas")),
                custom("sakums", "TIMESTAMP", lambda r: r.time_ago(0, 14)),
                col("ilgums", "qty"),
            ),
            table(
                "arhiva_lietojums",
                150,
                pk(),
                col("stb_id", "stb_id"),
                col("programme_id", "programme_id"),
                col("skatits", "view_start"),
                custom("pozicija_s", "INTEGER", lambda r: r.rng.randint(0, 7200), 32),
            ),
            table(
                "profili",
                120,
                pk(),
                person_fk("abonents_id", "abonenti"),
                col("profila_vards", "first_name"),
                col("pin", "pin"),
                col("valoda", "tv_language"),
            ),
            table(
                "ierices_notikumi",
                150,
                pk(),
                row_fk("device_id", "devices", N),
                custom("notikums", "TEXT", lambda r: r.pick("reboot", "fw_update", "signal_loss", "standby")),
                col("laiks", "created_at"),
                custom("kods", "INTEGER", lambda r: r.rng.randint(100, 599)),
            ),
            table(
                "plus_lietojums",
                150,
                pk(),
                person_fk("klients_id"),
                col("ierice", "device_type"),
                col("minutes", "usage_minutes"),
                custom("datums", "DATE", lambda r: r.days_ago(0, 300), 19),
            ),
        ),
        views=(
            View(
                "v_skatijumi_pa_pakam",
                "SELECT a.paka, s.kanals, COUNT(*) AS skatijumi FROM skatijumi s "
                "JOIN devices d ON d.stb_id = s.stb_id JOIN abonenti a ON a.id = d.abonents_id GROUP BY a.paka, s.kanals",
                {},
            ),
        ),
    ),
    col("ins_ts", "created_at"),
    col("upd_ts", "updated_at"),
    col("ins_usr", "sys_user"),
    col("upd_usr", "sys_user"),
)
