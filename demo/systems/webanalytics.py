"""Web analytics export: hits, sessions, events, conversions, cookie consents of balticom.lv."""

from __future__ import annotations

from demo.model import System, audited, col, custom, person_fk, pk, row_fk, table

SYSTEM = audited(
    System(
        name="webanalytics",
        description="Tīmekļa analītikas eksports",
        tables=(
            table(
                "hits",
                200,
                pk(),
                col("client_id", "cookie_id"),
                col("ip", "ipv4"),
                col("lapa", "web_section"),
                col("darbiba", "web_action"),
                col("laiks", "web_time"),
                col("user_agent", "user_agent"),
                custom(
                    "referrer", "TEXT", lambda r: r.pick("https://www.google.com/", "https://www.facebook.com/", ""), 23
                ),
            ),
            table(
                "sessions",
                200,
                pk(),
                col("client_id", "cookie_id"),
                col("ipv6", "ipv6"),
                col("sakums", "web_time"),
                custom("lapas_skatijumi", "INTEGER", lambda r: r.rng.randint(1, 30), 23),
                custom("ierice", "TEXT", lambda r: r.pick("mobile", "desktop", "tablet"), 23),
                custom("valsts", "TEXT", lambda r: "LV"),
            ),
            table(
                "events",
                150,
                pk(),
                row_fk("session_id", "sessions", 200),
                col("event_name", "web_action"),
                col("event_time", "web_time"),
                custom("value", "REAL", lambda r: round(r.rng.random() * 10, 2)),
            ),
            table(
                "conversions",
                80,
                pk(),
                col("client_id", "cookie_id"),
                person_fk("klients_id"),
                custom("goal", "TEXT", lambda r: r.pick("order_internet", "order_tv", "callback"), 23),
                col("laiks", "web_time"),
            ),
            table(
                "utm_kampanas",
                10,
                pk(),
                custom("utm_source", "TEXT", lambda r: r.pick("google", "facebook", "adform")),
                custom("utm_campaign", "TEXT", lambda r: f"kampana_{r.i}"),
            ),
            table(
                "lapas",
                20,
                pk(),
                custom("cels", "TEXT", lambda r: f"/lapa/{r.i}"),
                custom("virsraksts", "TEXT", lambda r: f"Lapa {r.i}"),
            ),
            table(
                "form_submissions",
                80,
                pk(),
                col("vards", "full_name"),
                col("e_pasts", "email"),
                col("talrunis", "phone"),
                custom("forma", "TEXT", lambda r: r.pick("pieteikums", "kontakti", "atzvanīšana"), 23),
                col("laiks", "web_time"),
                col("piekrisana", "consent_flag", comment="Piekrišana mārketingam"),
            ),
            table(
                "cookie_consents",
                150,
                pk(),
                col("cookie_id", "cookie_id"),
                custom("analytics", "BOOLEAN", lambda r: r.pick(0, 1), 28),
                custom("marketing", "BOOLEAN", lambda r: r.pick(0, 1), 28),
                col("laiks", "consent_time"),
                col("ip", "ipv4"),
            ),
            table(
                "ab_tests",
                10,
                pk(),
                custom("nosaukums", "TEXT", lambda r: f"test_{r.i}"),
                custom("variants", "TEXT", lambda r: r.pick("A", "B")),
            ),
            table(
                "daily_stats",
                60,
                pk(),
                custom("datums", "DATE", lambda r: r.days_ago(0, 59)),
                col("lapa", "web_section", cats=()),
                custom("skatijumi", "INTEGER", lambda r: r.rng.randint(100, 9000)),
                custom("unikalie", "INTEGER", lambda r: r.rng.randint(50, 3000)),
                comment="Agregēta statistika (bez personas datiem)",
            ),
        ),
    ),
    col("export_date", "updated_at"),
    col("export_batch", "batch_id"),
    col("export_file", "hash"),
)
