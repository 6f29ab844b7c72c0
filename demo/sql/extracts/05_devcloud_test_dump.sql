-- Testa datu kopa izstrādes partnerim DevCloud Inc. (klientu apkalpošanas sistēmas izstrāde)
CREATE TABLE extracts.devcloud_test_dump AS
SELECT
    k.klienta_nr,
    k."vārds" AS vards,
    k."uzvārds" AS uzvards,
    k.e_pasts,
    k.talr_nr,
    k.statuss,
    a.akt_tips,
    a.akt_datums
FROM crm.klienti AS k
JOIN crm.aktivitates AS a ON a.klients_id = k.id
ORDER BY a.id
LIMIT 100;
