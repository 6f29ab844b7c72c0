CREATE TABLE extracts.izsutnu_zurnals (partneris TEXT, tabula TEXT, rindas INTEGER, izsutits TEXT);

INSERT INTO extracts.izsutnu_zurnals (partneris, tabula, rindas, izsutits)
SELECT 'Montāža Plus', 'installer_orders', COUNT(*), '2026-11-01 04:00:00' FROM extracts.installer_orders
UNION ALL
SELECT 'Parādu Piedziņa', 'debt_collector', COUNT(*), '2026-11-01 04:00:00' FROM extracts.debt_collector
UNION ALL
SELECT 'Kredītinformācijas birojs', 'credit_bureau', COUNT(*), '2026-11-01 04:00:00' FROM extracts.credit_bureau
UNION ALL
SELECT 'Drukas centrs', 'invoice_print', COUNT(*), '2026-11-01 04:00:00' FROM extracts.invoice_print
UNION ALL
SELECT 'DevCloud Inc.', 'devcloud_test_dump', COUNT(*), '2026-11-01 04:00:00' FROM extracts.devcloud_test_dump;
