"""The kinds of value the estate holds, each with the Annex 1 categories its meaning carries.

A kind is (SQL type, generator, categories). Kinds without categories are technical or business data that is
not about a person (prices lists, device models, batch ids). See ``demo/LABELLING.md`` for the rules.
"""

from __future__ import annotations

from demo import values
from demo.model import Kind, Row

_TXT = "TEXT"
_DATE = "DATE"
_TS = "TIMESTAMP"
_INT = "INTEGER"
_NUM = "NUMERIC(12,2)"
_BOOL = "BOOLEAN"

PRODUCTS = (
    ("Wi-Fi rūteris Balticom AX3000", "RTR-AX3000", 59.00),
    ("TV priedēklis Balticom+ 4K", "STB-4K", 79.00),
    ("Viedais termostats", "SNS-TH1", 34.90),
    ("Tīkla kabelis 5 m", "CAB-5M", 4.50),
    ("Mesh Wi-Fi paplašinātājs", "MESH-1", 49.00),
    ("Viedā rozete", "SNS-PLG", 19.90),
)
SERVICES = (
    ("Internets 300 Mb/s", 18.99),
    ("Internets 1 Gb/s", 24.99),
    ("Balticom+ TV Bāzes", 9.99),
    ("Balticom+ TV Lielā", 17.99),
    ("Mobilais internets", 7.99),
    ("Balticom elektrība", 0.0),
    ("Viedā māja", 4.99),
    ("Virszemes TV priekšapmaksa", 5.00),
)
TV_PACKAGES = ("Bāzes", "Optimālā", "Lielā", "Sporta", "Kino", "Bērnu")
CHANNELS = ("LTV1", "LTV7", "TV3", "LNT", "TV6", "Sportacentrs", "Viasat Kino", "Discovery", "Nickelodeon", "Euronews")
FILMS = (
    "Straume",
    "Dvēseļu putenis",
    "Rūdolfa mantojums",
    "Limuzīns Jāņu nakts krāsā",
    "Emīla nedarbi",
    "Baltie zvani",
)
NET_DEVICES = ("Huawei MA5800 OLT", "Nokia ISAM FX", "ZTE C600", "Cisco ASR 9001", "Juniper MX204")
SW_VERSIONS = ("V800R021C10", "6.6.03", "V1.2.1P3", "7.5.2", "21.4R3-S2")
STB_MODELS = ("Kaon KSTB6077", "Arris VIP5305", "Amino H200", "Android TV Box X4")
AGENTS = ("A.Bērziņa", "J.Kalniņš", "L.Ozola", "M.Petrovs", "I.Liepa", "K.Zariņš", "S.Ivanova")
FAULTS = (
    "Nav interneta savienojuma",
    "TV attēls raustās",
    "Lēns internets vakaros",
    "Rūteris pārstartējas",
    "Nedarbojas Balticom+ arhīvs",
    "Bojāts kabelis kāpņu telpā",
)
COMPLAINTS = (
    "Nepareizi aprēķināts rēķins",
    "Lūdzu pārtraukt līgumu",
    "Sūdzība par montētāja darbu",
    "Vēlos mainīt tarifu plānu",
    "Pieprasījums izsniegt datu kopiju",
    "Iebildums pret līgumsodu",
)
NOTES = (
    "Zvanīt pēc plkst. 18:00",
    "Klients vēlas rēķinu e-pastā",
    "Atstāta ziņa balss pastā",
    "Klients interesējas par TV paku",
    "Neapmierināts ar ātrumu",
    "Lūdz atzvanīt krievu valodā",
)


def _k(type_: str, gen, *cats: int) -> Kind:  # type: ignore[no-untyped-def]
    return Kind(type=type_, gen=gen, cats=tuple(cats))


def _svc(r: Row) -> tuple[str, float]:
    return r.once("svc", lambda: r.rng.choice(SERVICES))  # type: ignore[return-value]


def _product(r: Row) -> tuple[str, str, float]:
    return r.once("product", lambda: r.rng.choice(PRODUCTS))  # type: ignore[return-value]


def _cabinet(r: Row) -> str:
    return r.once("cab", lambda: f"SK-{r.p.address.city[:3].upper()}-{r.rng.randrange(1, 400):04d}")  # type: ignore[return-value]


KINDS: dict[str, Kind] = {
    # 1 identification
    "first_name": _k(_TXT, lambda r: r.p.first, 1),
    "last_name": _k(_TXT, lambda r: r.p.last, 1),
    "full_name": _k(_TXT, lambda r: r.p.name, 1),
    "name_upper": _k(_TXT, lambda r: f"{r.p.last.upper()} {r.p.first.upper()}", 1),
    "pcode": _k(_TXT, lambda r: r.p.pcode, 1),
    "pcode_compact": _k(_TXT, lambda r: r.p.pcode.replace("-", ""), 1),
    "birth_date": _k(_DATE, lambda r: r.p.born, 1),
    "birth_text": _k(_TXT, lambda r: f"{r.p.born:%d.%m.%Y}", 1),
    "passport": _k(_TXT, lambda r: r.p.passport, 1),
    "signature": _k(_TXT, lambda r: f"sig/{r.p.registered.year}/{r.p.id:06d}.png", 1),
    # 2 contact details
    "phone": _k(_TXT, lambda r: r.p.phone, 2),
    "phone_local": _k(_TXT, lambda r: r.p.phone.replace("+371", "").strip(), 2),
    "email": _k(_TXT, lambda r: r.p.email, 2),
    "address": _k(_TXT, lambda r: r.p.address.line, 2),
    "street": _k(_TXT, lambda r: f"{r.p.address.street} {r.p.address.house}", 2),
    "city": _k(_TXT, lambda r: r.p.address.city, 2),
    "postcode": _k(_TXT, lambda r: r.p.address.postcode, 2),
    # 3 special categories (as the policy names them)
    "resident": _k(_TXT, lambda r: "rezidents" if r.p.resident else "nerezidents", 3),
    "deceased": _k(_BOOL, lambda r: int(r.p.deceased), 3),
    "disability": _k(_BOOL, lambda r: int(r.p.disability), 3),
    # 4 contact persons
    "cp_name": _k(_TXT, lambda r: r.cp.name, 4),
    "cp_phone": _k(_TXT, lambda r: r.cp.phone, 4),
    "cp_email": _k(_TXT, lambda r: r.cp.email, 4),
    "cp_relation": _k(_TXT, lambda r: r.pick("laulātais", "dēls", "meita", "grāmatvede", "pilnvarotā persona"), 4),
    # 5 customer data
    "customer_no": _k(_TXT, lambda r: r.p.customer_no, 5),
    "customer_since": _k(_DATE, lambda r: r.p.registered, 5),
    "customer_status": _k(_TXT, lambda r: r.p.status, 5),
    "customer_type": _k(_TXT, lambda r: "juridiska" if r.p.business else "privātpersona", 5),
    # 6 Mans Balticom
    "portal_user_no": _k(_TXT, lambda r: f"MB{r.p.id:07d}", 6),
    "portal_action": _k(
        _TXT, lambda r: r.pick("login", "invoice_view", "pay_card", "change_plan", "consent_edit", "logout"), 6
    ),
    "portal_time": _k(_TS, lambda r: r.time_ago(0, 500), 6),
    # 7 analytics
    "segment": _k(_TXT, lambda r: r.p.segment, 7),
    "age_group": _k(_TXT, lambda r: r.p.age_group, 7),
    "language": _k(_TXT, lambda r: r.p.language, 7),
    "gender": _k(_TXT, lambda r: r.p.gender, 7),
    "gender_lv": _k(_TXT, lambda r: "sieviete" if r.p.gender == "F" else "vīrietis", 7),
    "loyalty": _k(_TXT, lambda r: r.pick("zelta", "sudraba", "bronzas", "nav"), 7),
    "churn_score": _k("REAL", lambda r: round(r.rng.random(), 3), 7),
    # 8 service
    "service_no": _k(_TXT, lambda r: f"S{r.p.id:05d}-{r.rng.randrange(1, 4)}", 8),
    "service_name": _k(_TXT, lambda r: _svc(r)[0], 8),
    "service_address": _k(_TXT, lambda r: r.p.address.line, 8),
    "service_price": _k(_NUM, lambda r: _svc(r)[1], 8),
    "discount": _k(_NUM, lambda r: r.pick(0, 0, 10, 15, 20, 50), 8),
    "discount_end": _k(_DATE, lambda r: r.days_ago(-300, 30), 8),
    # 9 terminal equipment
    "device_name": _k(_TXT, lambda r: r.pick("Rūteris", "TV priedēklis", "Elektrības skaitītājs", "ONT"), 9),
    "device_type": _k(_TXT, lambda r: r.pick("router", "stb", "meter", "ont"), 9),
    "serial_no": _k(_TXT, lambda r: f"SN{r.rng.choice('ABCDEF')}{values.digits(r.rng, 10)}", 9),
    "mac": _k(_TXT, lambda r: r.p.mac, 9),
    "meter_no": _k(_TXT, lambda r: f"E{values.digits(r.rng, 8)}", 9),
    "stb_model": _k(_TXT, lambda r: r.rng.choice(STB_MODELS), 9),
    # 10 service contract
    "contract_no": _k(_TXT, lambda r: r.p.contract_no, 10),
    "contract_date": _k(_DATE, lambda r: r.p.registered, 10),
    "contract_type": _k(_TXT, lambda r: r.pick("terminēts 24 mēn.", "beztermiņa", "priekšapmaksa"), 10),
    "annex_no": _k(_TXT, lambda r: f"{r.p.contract_no}/P{r.rng.randrange(1, 5)}", 10),
    "annex_date": _k(_DATE, lambda r: r.days_ago(10, 900), 10),
    # 11 transactions / installation
    "txn_no": _k(_TXT, lambda r: f"D{values.digits(r.rng, 9)}", 11),
    "txn_date": _k(_TS, lambda r: r.time_ago(1, 700), 11),
    "txn_name": _k(
        _TXT, lambda r: r.pick("Pieslēgums", "Tarifa maiņa", "Pārslēgšana", "Atslēgšana", "Iekārtas maiņa"), 11
    ),
    "txn_status": _k(_TXT, lambda r: r.pick("jauns", "procesā", "pabeigts", "atcelts"), 11),
    "install_info": _k(
        _TXT,
        lambda r: r.pick(
            "Optika līdz dzīvoklim", "Kabelis pa kāpņu telpu", "Urbšana sienā atļauta", "Montāža 2. stāvā, kods 1234"
        ),
        11,
    ),
    # 12 CRM activities
    "activity_no": _k(_TXT, lambda r: f"AKT-{values.digits(r.rng, 7)}", 12),
    "activity_type": _k(_TXT, lambda r: r.pick("zvans", "tikšanās", "e-pasts", "uzdevums", "atgādinājums"), 12),
    "activity_date": _k(_TS, lambda r: r.time_ago(1, 400), 12),
    "activity_category": _k(_TXT, lambda r: r.pick("pārdošana", "apkalpošana", "parādi", "lojalitāte"), 12),
    "activity_owner": _k(_TXT, lambda r: r.rng.choice(AGENTS), 12),
    # 13 communication (at most 4 months before the reference date: correspondence is kept 6 months)
    "comm_direction": _k(_TXT, lambda r: r.pick("ienākošs", "izejošs"), 13),
    "comm_date": _k(_TS, lambda r: r.time_ago(0, 120), 13),
    "comm_channel": _k(_TXT, lambda r: r.pick("e-pasts", "SMS", "tālrunis", "vēstule", "čats", "Mans Balticom"), 13),
    "comm_content": _k(
        _TXT,
        lambda r: (
            f"Labdien, {r.p.first}! {r.pick('Jūsu rēķins ir sagatavots.', 'Atgādinām par maksājumu.', 'Jūsu pieteikums reģistrēts.', 'Paldies par zvanu.')}"
        ),
        13,
    ),
    "comm_registrar": _k(_TXT, lambda r: r.rng.choice(AGENTS), 13),
    "delivery_status": _k(_TXT, lambda r: r.pick("piegādāts", "neizdevās", "gaida", "atvērts"), 13),
    # 14 goods purchases
    "product_name": _k(_TXT, lambda r: _product(r)[0], 14),
    "product_code": _k(_TXT, lambda r: _product(r)[1], 14),
    "goods_price": _k(_NUM, lambda r: _product(r)[2], 14),
    "purchase_date": _k(_DATE, lambda r: r.days_ago(1, 900), 14),
    "waybill_no": _k(_TXT, lambda r: f"BLT{values.digits(r.rng, 7)}", 14),
    "delivery_mode": _k(_TXT, lambda r: r.pick("Omniva pakomāts", "kurjers", "birojā", "montētājs"), 14),
    "payment_type": _k(_TXT, lambda r: r.pick("karte", "rēķins", "nomaksa", "skaidra nauda"), 14),
    "receipt_no": _k(_TXT, lambda r: f"ČEKS-{values.digits(r.rng, 8)}", 14),
    # 15 service purchases
    "activation_date": _k(_DATE, lambda r: r.days_ago(1, 700), 15),
    "activation_type": _k(_TXT, lambda r: r.pick("1 mēnesis", "3 mēneši", "12 mēneši"), 15),
    "film_title": _k(_TXT, lambda r: r.rng.choice(FILMS), 15),
    "film_price": _k(_NUM, lambda r: r.pick(2.99, 3.99, 4.99), 15),
    # 16 instalments
    "instalment_no": _k(_TXT, lambda r: f"NOM-{values.digits(r.rng, 6)}", 16),
    "instalment_decision": _k(_TXT, lambda r: r.pick("apstiprināts", "atteikts", "jāprecizē"), 16),
    "instalment_schedule": _k(_TXT, lambda r: f"{r.pick(6, 12, 24)} x {r.pick(4.99, 9.99, 14.5)} EUR", 16),
    "leasing_no": _k(_TXT, lambda r: f"LZ{values.digits(r.rng, 8)}", 16),
    # 17 solvency
    "ext_debt_status": _k(_TXT, lambda r: r.pick("nav parādu", "ir parāds", "parāds dzēsts"), 17),
    "credit_score": _k(_INT, lambda r: r.rng.randint(300, 850), 17),
    "solvency_status": _k(_TXT, lambda r: r.pick("A", "B", "C", "D"), 17),
    # 18 billing and payments
    "billing_account": _k(_TXT, lambda r: r.p.billing_account, 18),
    "iban": _k(_TXT, lambda r: r.p.iban, 18),
    "invoice_no": _k(_TXT, lambda r: f"R{values.digits(r.rng, 9)}", 18),
    "invoice_date": _k(_DATE, lambda r: r.days_ago(1, 1700), 18),
    "amount": _k(_NUM, lambda r: round(r.rng.uniform(5, 120), 2), 18),
    "invoice_delivery": _k(_TXT, lambda r: r.pick("e-pasts", "pasts", "Mans Balticom", "e-rēķins bankā"), 18),
    "pay_date": _k(_DATE, lambda r: r.days_ago(1, 1500), 18),
    "debt_amount": _k(_NUM, lambda r: round(r.rng.uniform(10, 600), 2), 18),
    "days_overdue": _k(_INT, lambda r: r.rng.randint(1, 400), 18),
    "collection_info": _k(
        _TXT, lambda r: r.pick("nodots piedziņai", "brīdinājums nosūtīts", "vienošanās par grafiku", "tiesvedība"), 18
    ),
    "payer": _k(_TXT, lambda r: r.p.name if r.rng.random() < 0.8 else r.cp.name, 18),
    # 19 service usage
    "kwh": _k("REAL", lambda r: round(r.rng.uniform(40, 900), 1), 19),
    "wifi_mb": _k(_INT, lambda r: r.rng.randint(10, 90_000), 19),
    "sensor_value": _k("REAL", lambda r: round(r.rng.uniform(17, 25), 1), 19),
    "usage_minutes": _k(_INT, lambda r: r.rng.randint(0, 3000), 19),
    # 20 faults
    "fault_no": _k(_TXT, lambda r: f"BOJ-{values.digits(r.rng, 6)}", 20),
    "fault_date": _k(_TS, lambda r: r.time_ago(1, 600), 20),
    "fault_desc": _k(_TXT, lambda r: r.rng.choice(FAULTS), 20),
    # 21 complaints and requests
    "complaint_no": _k(_TXT, lambda r: f"PIE-{values.digits(r.rng, 6)}", 21),
    "complaint_date": _k(_TS, lambda r: r.time_ago(1, 600), 21),
    "complaint_desc": _k(_TXT, lambda r: r.rng.choice(COMPLAINTS), 21),
    # 22 surveys
    "survey_name": _k(_TXT, lambda r: r.pick("NPS 2026 Q2", "Montāžas kvalitāte", "TV satura aptauja"), 22),
    "survey_sent": _k(_DATE, lambda r: r.days_ago(20, 300), 22),
    "survey_answered": _k(_DATE, lambda r: r.days_ago(0, 19), 22),
    "survey_answer": _k(
        _TXT, lambda r: r.pick("Ļoti apmierināts", "Internets bieži pazūd", "Laba apkalpošana", "Par dārgu"), 22
    ),
    "nps": _k(_INT, lambda r: r.rng.randint(0, 10), 22),
    # 23 website activity (at most 4 months old: the shortest analytics retention is 180 days)
    "ipv4": _k(_TXT, lambda r: r.p.ipv4, 23),
    "ipv6": _k(_TXT, lambda r: r.p.ipv6, 23),
    "web_action": _k(_TXT, lambda r: r.pick("page_view", "add_to_cart", "form_submit", "video_play", "click_cta"), 23),
    "web_section": _k(
        _TXT, lambda r: r.pick("/internets", "/televizija", "/elektriba", "/akcijas", "/kontakti", "/mans"), 23
    ),
    "web_time": _k(_TS, lambda r: r.time_ago(0, 120), 23),
    "user_agent": _k(
        _TXT,
        lambda r: r.pick(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)",
            "Mozilla/5.0 (Linux; Android 14)",
        ),
        23,
    ),
    "cookie_id": _k(_TXT, lambda r: f"GA1.2.{values.digits(r.rng, 9)}.{values.digits(r.rng, 10)}", 23),
    # 24 photos, 25 video
    "photo_path": _k(_TXT, lambda r: f"/arhivs/foto/{r.days_ago(1, 700):%Y/%m}/IMG_{values.digits(r.rng, 5)}.jpg", 24),
    "photo_date": _k(_DATE, lambda r: r.days_ago(1, 700), 24),
    "video_path": _k(
        _TXT,
        lambda r: (
            f"/arhivs/cctv/{r.days_ago(1, 25):%Y%m%d}/cam{r.rng.randrange(1, 30):02d}_{values.digits(r.rng, 6)}.mp4"
        ),
        25,
    ),
    "video_date": _k(_TS, lambda r: r.time_ago(0, 25), 25),
    # 26 call recordings
    "recording_url": _k(_TXT, lambda r: f"https://rec.balticom.lv/calls/{values.digits(r.rng, 10)}.wav", 26),
    # 27 system access
    "username": _k(_TXT, lambda r: r.p.username, 27),
    "password_hash": _k(_TXT, lambda r: r.p.password_hash, 27),
    "pin": _k(_TXT, lambda r: values.digits(r.rng, 4), 27),
    # 28 consents
    "consent_flag": _k(_BOOL, lambda r: r.pick(0, 1, 1), 28),
    "consent_topic": _k(
        _TXT,
        lambda r: r.pick("e-pasta mārketings", "SMS piedāvājumi", "profilēšana", "aptaujas", "trešo pušu piedāvājumi"),
        28,
    ),
    "consent_time": _k(_TS, lambda r: r.time_ago(1, 1500), 28),
    "consent_source": _k(
        _TXT, lambda r: r.pick("Mans Balticom", "klientu centrs", "tālrunis", "līgums", "mājaslapa"), 28
    ),
    # 29 location
    "install_address": _k(_TXT, lambda r: r.p.address.line, 29),
    "lat": _k("REAL", lambda r: r.p.address.lat, 29),
    "lon": _k("REAL", lambda r: r.p.address.lon, 29),
    "latlon": _k(_TXT, lambda r: f"{r.p.address.lat:.5f},{r.p.address.lon:.5f}", 29),
    # 30 network information
    "cabinet": _k(_TXT, _cabinet, 30),
    "splitter": _k(_TXT, lambda r: f"{_cabinet(r)}/SPL{r.rng.randrange(1, 9)}", 30),
    "port": _k(_TXT, lambda r: f"0/{r.rng.randrange(1, 17)}/{r.rng.randrange(0, 64)}", 30),
    "fibre": _k(_TXT, lambda r: f"F{r.rng.randrange(1, 97):02d}-{r.pick('zila', 'oranža', 'zaļa', 'brūna')}", 30),
    "net_device": _k(_TXT, lambda r: r.rng.choice(NET_DEVICES), 30),
    "sw_version": _k(_TXT, lambda r: r.rng.choice(SW_VERSIONS), 30),
    "vlan": _k(_INT, lambda r: r.rng.randint(100, 4000), 30),
    # 31 retained traffic data (at most 15 months old: kept 18 months)
    "msisdn_a": _k(
        _TXT,
        lambda r: r.p.phone.replace(" ", "").replace("+371", "371") if r.p.phone.startswith("+") else "371" + r.p.phone,
        31,
    ),
    "msisdn_b": _k(_TXT, lambda r: "371" + values.phone(r.rng, style=2, mobile=r.rng.random() < 0.7), 31),
    "call_start": _k(_TS, lambda r: r.time_ago(0, 450), 31),
    "duration_s": _k(_INT, lambda r: r.rng.randint(0, 3600), 31),
    "cell_id": _k(_TXT, lambda r: f"247-01-{r.rng.randrange(1000, 9999)}-{r.rng.randrange(1, 99999)}", 31),
    "assigned_ip": _k(_TXT, lambda r: r.p.ipv4, 31),
    "assigned_ipv6": _k(_TXT, lambda r: r.p.ipv6, 31),
    "lease_start": _k(_TS, lambda r: r.time_ago(0, 450), 31),
    "mail_from": _k(_TXT, lambda r: r.p.email, 31),
    "mail_to": _k(_TXT, lambda r: r.fake.email(), 31),
    # 32 TV usage
    "tv_package": _k(_TXT, lambda r: r.rng.choice(TV_PACKAGES), 32),
    "stb_id": _k(_TXT, lambda r: f"STB{r.p.id:06d}", 32),
    "channel": _k(_TXT, lambda r: r.rng.choice(CHANNELS), 32),
    "programme_id": _k(_TXT, lambda r: f"EPG{values.digits(r.rng, 8)}", 32),
    "view_start": _k(_TS, lambda r: r.time_ago(0, 300), 32),
    "view_minutes": _k(_INT, lambda r: r.rng.randint(1, 240), 32),
    "archive_use": _k(_BOOL, lambda r: r.pick(0, 1), 32),
    "tv_language": _k(_TXT, lambda r: r.pick("lv", "ru", "en", "orig"), 32),
    # technical / not personal
    "created_at": _k(_TS, lambda r: r.time_ago(0, 900)),
    "updated_at": _k(_TS, lambda r: r.time_ago(0, 60)),
    "sys_user": _k(_TXT, lambda r: r.pick("svc_etl", "svc_crm", "migr2019", "api_gw")),
    "batch_id": _k(_INT, lambda r: 20260000 + r.rng.randrange(1, 999)),
    "row_version": _k(_INT, lambda r: r.rng.randint(1, 9)),
    "flag": _k(_BOOL, lambda r: r.pick(0, 1)),
    "src_system": _k(_TXT, lambda r: r.pick("SAP", "CRM", "WEB", "IMPORT")),
    "hash": _k(_TXT, lambda r: f"{r.rng.getrandbits(128):032x}"),
    "currency": _k(_TXT, lambda r: "EUR"),
    "vat_rate": _k(_NUM, lambda r: 21.0),
    "status_code": _k(_TXT, lambda r: r.pick("A", "P", "X")),
    "region": _k(_TXT, lambda r: r.pick("Rīga", "Kurzeme", "Vidzeme", "Latgale", "Zemgale")),
    "qty": _k(_INT, lambda r: r.rng.randint(1, 5)),
    "money": _k(_NUM, lambda r: round(r.rng.uniform(1, 500), 2)),
    "free_text": _k(_TXT, lambda r: r.pick("nav", "skat. pielikumu", "pārbaudīts", "")),
}
