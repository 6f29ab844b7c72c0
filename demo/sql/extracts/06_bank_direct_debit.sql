-- Tiešā debeta fails bankai
CREATE TABLE extracts.bank_direct_debit AS
SELECT k.iban, k.maksatajs, r.rekina_nr, r.summa, r.apmaksas_termins
FROM billing.rekini AS r
JOIN billing.konti AS k ON k.id = r.konts_id
WHERE r.statuss = 'P'
ORDER BY r.id;
