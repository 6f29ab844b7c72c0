-- Rēķinu drukas partnerim: papīra rēķini
CREATE TABLE extracts.invoice_print AS
SELECT
    k."vārds" || ' ' || k."uzvārds" AS adresats,
    k.adrese,
    r.rekina_nr,
    r.datums,
    r.summa,
    a.norekinu_konts
FROM billing.rekini AS r
JOIN billing.konti AS a ON a.id = r.konts_id
JOIN crm.klienti AS k ON k.id = a.klients_id
WHERE a.rekina_piegade = 'pasts'
ORDER BY r.id;
