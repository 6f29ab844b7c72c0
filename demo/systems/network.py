"""Network inventory: cabinets, splitters, ports, connection points, faults, landowners."""

from __future__ import annotations

from demo.kinds import NET_DEVICES
from demo.model import Row, System, View, audited, col, custom, person_fk, pk, row_fk, table

N = 220


def _coord(r: Row, axis: int) -> float:
    base = (56.95, 24.10)[axis]
    return round(base + r.rng.uniform(-0.3, 0.3), 6)


SYSTEM = audited(
    System(
        name="network",
        description="Tīkla inventārs",
        tables=(
            table(
                "skapji",
                120,
                pk(),
                col("skapja_kods", "cabinet"),
                custom(
                    "atrasanas_vieta",
                    "TEXT",
                    lambda r: (
                        f"{r.rng.choice(('Brīvības iela', 'Ganību dambis', 'Stabu iela'))} {r.rng.randrange(1, 99)}"
                    ),
                    30,
                ),
                custom("lat", "REAL", lambda r: _coord(r, 0), 30),
                custom("lon", "REAL", lambda r: _coord(r, 1), 30),
                custom("uzstadits", "DATE", lambda r: r.days_ago(300, 5000)),
                comment="Tīkla skapji",
            ),
            table(
                "spliteri",
                150,
                pk(),
                row_fk("skapis_id", "skapji", 120),
                col("splitera_kods", "splitter"),
                custom("attieciba", "TEXT", lambda r: r.pick("1:8", "1:16", "1:32"), 30),
                custom("brivi_porti", "INTEGER", lambda r: r.rng.randint(0, 32)),
            ),
            table(
                "iekartas",
                40,
                pk(),
                custom("hostname", "TEXT", lambda r: f"olt-{r.i:03d}.net.balticom.lv"),
                col("modelis", "net_device"),
                col("sw_versija", "sw_version"),
                custom("mgmt_ip", "TEXT", lambda r: f"10.250.{r.i}.1"),
                col("skapis", "cabinet"),
            ),
            table(
                "porti",
                200,
                pk(),
                row_fk("iekarta_id", "iekartas", 40),
                col("ports", "port"),
                col("vlan", "vlan"),
                custom("statuss", "TEXT", lambda r: r.pick("up", "down", "reserved")),
                person_fk("pieslegums_id", "pieslegumi"),
            ),
            table(
                "pieslegumi",
                N,
                pk(),
                person_fk("klients_id"),
                col("pieslēguma_adrese", "install_address", comment="Pieslēguma punkta adrese"),
                col("koordinātas", "latlon"),
                col("skapis", "cabinet"),
                col("splitteris", "splitter"),
                col("ports", "port"),
                col("šķiedra", "fibre"),
                custom("tehnologija", "TEXT", lambda r: r.pick("GPON", "XGS-PON", "DOCSIS 3.1", "VDSL"), 30),
                col("aktivizets", "contract_date", cats=(8,)),
                per_person=True,
            ),
            table(
                "kabeli",
                100,
                pk(),
                custom("kabelis", "TEXT", lambda r: f"KAB-{r.i:05d}"),
                custom("skiedras", "INTEGER", lambda r: r.pick(12, 24, 48, 96)),
                custom("garums_m", "INTEGER", lambda r: r.rng.randint(50, 5000)),
            ),
            table(
                "bojajumi",
                150,
                pk(),
                person_fk("klients_id"),
                col("bojajuma_nr", "fault_no"),
                col("registrets", "fault_date"),
                col("apraksts", "fault_desc"),
                custom("atrisinats", "TIMESTAMP", lambda r: r.time_ago(0, 500), 20),
                col("ports", "port"),
            ),
            table(
                "darba_uzdevumi",
                120,
                pk(),
                row_fk("bojajums_id", "bojajumi", 150),
                custom("tehnikis", "TEXT", lambda r: r.pick("R.Kalns", "E.Siliņš", "V.Popovs"), 20),
                col("adrese", "install_address"),
                col("statuss", "status_code"),
            ),
            table(
                "zemes_ipasnieki",
                60,
                pk(),
                col("ipasnieka_vards", "full_name"),
                col("personas_kods", "pcode"),
                col("talrunis", "phone"),
                col("adrese", "address"),
                custom("servituta_ligums", "TEXT", lambda r: f"SERV-{r.i:04d}", 10),
                comment="Nekustamo īpašumu īpašnieki, kuru zemē ir tīkls",
            ),
            table(
                "monitorings",
                150,
                pk(),
                row_fk("iekarta_id", "iekartas", 40),
                custom("cpu", "REAL", lambda r: round(r.rng.uniform(1, 99), 1)),
                custom("temp_c", "REAL", lambda r: round(r.rng.uniform(20, 70), 1)),
                col("ts", "updated_at"),
            ),
            table(
                "vlan_plans",
                30,
                pk(),
                custom("vlan", "INTEGER", lambda r: 100 + r.i),
                custom("nolukts", "TEXT", lambda r: r.pick("IPTV", "VoIP", "Internet", "Mgmt")),
            ),
            table(
                "ip_pools",
                20,
                pk(),
                custom("cidr", "TEXT", lambda r: f"85.{r.i}.0.0/16"),
                custom("pool", "TEXT", lambda r: f"pool-{r.i}"),
                col("regions", "region"),
            ),
            table(
                "ont_ierices",
                200,
                pk(),
                person_fk("klients_id"),
                col("serial", "serial_no"),
                col("mac", "mac"),
                col("modelis", "device_name"),
                col("sw_versija", "sw_version"),
                col("ports", "port"),
            ),
            table(
                "sensoru_dati",
                200,
                pk(),
                person_fk("klients_id"),
                col("sensora_sn", "serial_no"),
                col("temperatura", "sensor_value"),
                custom("laiks", "TIMESTAMP", lambda r: r.time_ago(0, 60), 19),
            ),
            table(
                "iekartu_modeli",
                len(NET_DEVICES),
                pk(),
                custom("modelis", "TEXT", lambda r: NET_DEVICES[r.i - 1]),
                custom("razotajs", "TEXT", lambda r: NET_DEVICES[r.i - 1].split()[0]),
            ),
        ),
        views=(
            View(
                "v_pieslegumi_skapjos",
                "SELECT skapis, COUNT(*) AS pieslegumu_skaits FROM pieslegumi GROUP BY skapis",
                {"skapis": (30,)},
            ),
        ),
    ),
    col("created", "created_at"),
    col("modified", "updated_at"),
    col("modified_by", "sys_user"),
    col("sync_status", "status_code"),
)
