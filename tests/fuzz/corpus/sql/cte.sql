WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) SELECT i, i * i, printf('%05d', i), substr('abcdefgh', i % 8, 3) FROM n;
SELECT group_concat(x, ','), count(*), max(x), total(x) FROM (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT NULL);
SELECT CASE WHEN 1 THEN 'a' ELSE 'b' END, coalesce(NULL, 2), nullif(3, 3), iif(1, 2, 3), typeof(1.5), quote(x'00ff');
