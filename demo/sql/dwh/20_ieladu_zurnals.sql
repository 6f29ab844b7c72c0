CREATE TABLE dwh.ieladu_zurnals (tabula TEXT, rindas INTEGER, ielades_laiks TEXT);

INSERT INTO dwh.ieladu_zurnals (tabula, rindas, ielades_laiks)
SELECT 'dim_klienti', COUNT(*), '2026-11-01 03:00:00' FROM dwh.dim_klienti
UNION ALL
SELECT 'fakts_rekini', COUNT(*), '2026-11-01 03:00:00' FROM dwh.fakts_rekini
UNION ALL
SELECT 'fakts_tv_skatijumi', COUNT(*), '2026-11-01 03:00:00' FROM dwh.fakts_tv_skatijumi;
