-- Ikdienas izsūtne montāžas partnerim (SIA "Montāža Plus")
CREATE TABLE extracts.installer_orders AS
SELECT
    d.darijuma_nr AS pasutijuma_nr,
    k."vārds" || ' ' || k."uzvārds" AS klients,
    k.talr_nr AS talrunis,
    p."pieslēguma_adrese" AS montazas_adrese,
    d.ierikosanas_info,
    d.datums AS planotais_datums
FROM crm.darijumi AS d
JOIN crm.klienti AS k ON k.id = d.klients_id
LEFT JOIN network.pieslegumi AS p ON p.klients_id = d.klients_id
WHERE d.nosaukums IN ('Pieslēgums', 'Iekārtas maiņa')
ORDER BY d.id;
