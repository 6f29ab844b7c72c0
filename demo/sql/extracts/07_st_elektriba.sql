-- Skaitītāju rādījumi elektroenerģijas sadales sistēmas operatoram
CREATE TABLE extracts.st_elektriba AS
SELECT e.skaititaja_nr, e.kwh, e.periods, k.klienta_nr
FROM billing.elektribas_radijumi AS e
JOIN crm.klienti AS k ON k.id = e.klients_id
ORDER BY e.id;
