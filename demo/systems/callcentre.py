"""Call centre: recordings metadata (the 6-month rule), calls, tickets, chats, SMS."""

from __future__ import annotations

from demo import canaries, values
from demo.kinds import AGENTS, KINDS
from demo.model import Row, System, audited, col, custom, person_fk, pk, row_fk, table
from demo.people import ascii_fold


def _recorded_at(r: Row) -> object:
    # The policy keeps recordings 6 months; most rows obey it, some are up to 14 months old (finding P3).
    if r.rng.random() < 0.8:
        return r.time_ago(0, 175)
    return r.time_ago(200, 425)


SYSTEM = audited(
    System(
        name="callcentre",
        description="Klientu apkalpošanas centrs",
        tables=(
            table(
                "recordings",
                200,
                pk(),
                custom("call_id", "TEXT", lambda r: f"C{values.digits(r.rng, 10)}"),
                person_fk("klients_id"),
                col("caller_number", "phone"),
                custom("agent", "TEXT", lambda r: r.rng.choice(AGENTS), 26),
                custom("recorded_at", "TIMESTAMP", _recorded_at, 26),
                custom("duration_s", "INTEGER", lambda r: r.rng.randint(20, 1800), 26),
                col("file_url", "recording_url"),
                comment="Sarunu ierakstu metadati",
            ),
            table(
                "zvani",
                200,
                pk(),
                person_fk("klients_id"),
                col("zvanitaja_nr", "phone"),
                col("virziens", "comm_direction"),
                col("sakums", "comm_date"),
                custom("ilgums", "INTEGER", lambda r: r.rng.randint(5, 1800), 13),
                custom("rinda", "TEXT", lambda r: r.pick("TV", "Internets", "Rēķini", "Pārdošana")),
                col("agents", "comm_registrar"),
            ),
            table(
                "tickets",
                150,
                pk(),
                person_fk("klients_id"),
                col("ticket_no", "complaint_no"),
                custom("tema", "TEXT", lambda r: r.pick("rēķins", "bojājums", "līgums", "datu pieprasījums"), 21),
                col("apraksts", "complaint_desc"),
                col("registrets", "complaint_date"),
                col("prioritate", "status_code"),
            ),
            table(
                "cats",
                120,
                pk(),
                person_fk("klients_id"),
                custom("saturs", "TEXT", lambda r: canaries.CHAT if r.i == 1 else KINDS["comm_content"].gen(r), 13),
                col("laiks", "comm_date"),
                col("kanals", "comm_channel"),
                comment="Tērzēšanas sarakste",
            ),
            table(
                "agenti",
                len(AGENTS),
                pk(),
                custom("agenta_kods", "TEXT", lambda r: f"AG{r.i:03d}"),
                custom("vards", "TEXT", lambda r: AGENTS[r.i - 1], 1),
                custom("e_pasts", "TEXT", lambda r: ascii_fold(AGENTS[r.i - 1]).replace(".", "_") + "@balticom.lv", 2),
                custom("komanda", "TEXT", lambda r: r.pick("A", "B", "C")),
                comment="Klientu centra darbinieki",
            ),
            table(
                "rindas",
                6,
                pk(),
                custom(
                    "nosaukums",
                    "TEXT",
                    lambda r: ("TV", "Internets", "Rēķini", "Pārdošana", "Bojājumi", "VIP")[r.i - 1],
                ),
                custom("sla_s", "INTEGER", lambda r: r.pick(30, 60, 120)),
            ),
            table(
                "atzvanisana",
                80,
                pk(),
                col("talrunis", "phone_local"),
                col("vards", "first_name"),
                custom("velamais_laiks", "TIMESTAMP", lambda r: r.time_ago(-5, 60), 21),
                custom("tema", "TEXT", lambda r: r.pick("Lūdzu atzvanīt par rēķinu", "Interesē TV paka"), 21),
            ),
            table(
                "qa_vertejumi",
                100,
                pk(),
                row_fk("recording_id", "recordings", 200),
                custom("vertejums", "INTEGER", lambda r: r.rng.randint(1, 5)),
                custom("kriterijs", "TEXT", lambda r: r.pick("sveiciens", "risinājums", "tonis")),
            ),
            table(
                "ivr_log",
                150,
                pk(),
                col("zvanitajs", "phone"),
                custom("izvele", "TEXT", lambda r: r.pick("1", "2", "3", "9"), 13),
                col("laiks", "comm_date"),
            ),
            table(
                "sms_izsutne",
                150,
                pk(),
                col("talrunis", "phone"),
                col("teksts", "comm_content"),
                col("nosutits", "comm_date"),
                col("statuss", "delivery_status"),
            ),
        ),
    ),
    col("created_at", "created_at"),
    col("updated_at", "updated_at"),
    col("source", "src_system"),
)
