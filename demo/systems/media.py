"""CCTV and photo archive index: file paths and dates of photos (24) and video (25) — nothing else personal."""

from __future__ import annotations

from demo.model import System, audited, col, custom, pk, row_fk, table

SYSTEM = audited(
    System(
        name="media",
        description="Foto un videonovērošanas arhīva indekss",
        tables=(
            table(
                "foto_indekss",
                120,
                pk(),
                row_fk("albums_id", "albumi", 10),
                col("faila_cels", "photo_path"),
                col("uznemts", "photo_date"),
                custom("izmers_kb", "INTEGER", lambda r: r.rng.randint(200, 9000)),
                comment="Fotogrāfijas no klientu pasākumiem",
            ),
            table(
                "albumi",
                10,
                pk(),
                custom(
                    "nosaukums",
                    "TEXT",
                    lambda r: f"Pasākums {r.i}: {r.pick('Balticom Kauss', 'Klientu diena', 'Jāņi')}",
                ),
                custom("gads", "INTEGER", lambda r: r.pick(2025, 2026)),
            ),
            table(
                "sīktēli",
                120,
                pk(),
                row_fk("foto_id", "foto_indekss", 120),
                col("cels", "photo_path"),
            ),
            table(
                "cctv_ieraksti",
                150,
                pk(),
                row_fk("kamera_id", "kameras", 20),
                col("faila_cels", "video_path"),
                col("sakums", "video_date"),
                custom("izmers_mb", "INTEGER", lambda r: r.rng.randint(50, 4000)),
                comment="Videonovērošanas ieraksti Balticom objektos",
            ),
            table(
                "kameras",
                20,
                pk(),
                row_fk("objekts_id", "objekti", 5),
                custom("nosaukums", "TEXT", lambda r: f"cam{r.i:02d}"),
                custom("virziens", "TEXT", lambda r: r.pick("ieeja", "stāvvieta", "noliktava", "serveru telpa")),
            ),
            table(
                "objekti",
                5,
                pk(),
                custom(
                    "adrese",
                    "TEXT",
                    lambda r: ("Straupes iela 5", "Ulbrokas iela 13", "Rīgas iela 2", "Lielā iela 9", "Jomas iela 40")[
                        r.i - 1
                    ],
                ),
            ),
            table(
                "pasakumu_video",
                30,
                pk(),
                row_fk("albums_id", "albumi", 10),
                col("faila_cels", "video_path"),
                col("ierakstits", "video_date"),
            ),
            table(
                "glabatuves",
                4,
                pk(),
                custom("sejums", "TEXT", lambda r: f"/mnt/arhivs{r.i}"),
                custom("brivs_gb", "INTEGER", lambda r: r.rng.randint(100, 9000)),
            ),
        ),
    ),
    col("indexed_at", "created_at"),
    col("checksum", "hash"),
    col("storage_tier", "status_code"),
)
