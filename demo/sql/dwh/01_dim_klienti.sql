-- Klientu dimensija: CRM klienti ar segmentāciju (ielāde katru nakti)
CREATE TABLE dwh.dim_klienti AS
SELECT
    k.id AS klients_id,
    k.klienta_nr,
    k."vārds" AS vards,
    k."uzvārds" AS uzvards,
    k.personas_kods,
    k.dzim_dat,
    k.e_pasts,
    k.talr_nr,
    k.adrese,
    k.statuss,
    k.reg_datums,
    s.segments,
    s.vecuma_grupa,
    s.valoda,
    s.dzimums,
    '2026-11-01 03:00:00' AS ielades_laiks
FROM crm.klienti AS k
LEFT JOIN crm.segmentacija AS s ON s.klients_id = k.id
ORDER BY k.id;
