-- TV skatījumi ar abonentu un paku
CREATE TABLE dwh.fakts_tv_skatijumi AS
SELECT
    s.id AS skatijums_id,
    a.klients_id,
    a.paka,
    s.kanals,
    s.sakums,
    s.ilgums_min,
    20261101 AS etl_batch,
    'nightly' AS etl_job
FROM iptv.skatijumi AS s
JOIN iptv.devices AS d ON d.stb_id = s.stb_id
JOIN iptv.abonenti AS a ON a.id = d.abonents_id
ORDER BY s.id;
