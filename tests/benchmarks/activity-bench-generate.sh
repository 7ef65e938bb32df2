#!/bin/sh
# Fills DB.webhook_raw_logs of the benchmark MariaDB with ROWS synthetic rows, in SQL (INSERT ...
# SELECT over the sequence engine, 250,000 rows per statement), then records the exact last
# activity of every channel in DB.bench_truth (one full scan, after the load) to check the CLI's
# answer against. Usage: activity-bench-generate.sh SOCKET DB ROWS   (run it niced: it takes minutes)
#
# The history: one row per second up to the load's NOW(), about 450 bytes each, a contract 6.1
# message payload; 200 channels "Canal 000".."Canal 199" (two spellings: "Canal 007" and
# "canal007"); every 7th row is a message.ack (not activity). Channels 0..39 fall silent
# (k + 1) * 90 minutes before the load's NOW(): 0 and 1 stay within the 4 h threshold, 2..39 are
# zombies (4.5 h .. 60 h). Their later rows go to the other 160 channels.
set -eu

sock=$1
db=$2
rows=$3
mysql() { mariadb --no-defaults --socket="$sock" -uroot "$@"; }

mysql <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON $db.* TO 'phs'@'127.0.0.1';
USE $db;
-- The production schema, as tests/scripts/mariadb-start.sh creates it in pixelhub.
CREATE TABLE webhook_raw_logs LIKE pixelhub.webhook_raw_logs;
CREATE TABLE bench_meta (t0 DATETIME NOT NULL, row_count BIGINT NOT NULL);
INSERT INTO bench_meta VALUES (NOW(), $rows);
SQL

first=1
while [ "$first" -le "$rows" ]; do
    last=$((first + 249999))
    [ "$last" -le "$rows" ] || last=$rows
    mysql "$db" <<SQL
SET @t0 = (SELECT t0 FROM bench_meta);
INSERT INTO webhook_raw_logs (event_type, payload_hash, payload_json, created_at, received_at)
SELECT IF(s.seq MOD 7 = 3, 'message.ack', 'message'), LEFT(MD5(s.seq), 16),
  CONCAT('{"spec_version":"1.0","event":"message","session":{"id":"', s.name,
    '"},"message":{"id":"false_5547', LPAD(s.seq, 8, '0'), '@c.us_3EB0', UPPER(LEFT(MD5(s.seq), 12)),
    '","from":"5547', LPAD(s.seq, 8, '0'), '@c.us","to":"554797146908@c.us","text":"pedido ', s.seq,
    ' ok","timestamp":', 1768512935 + s.seq, '},"ack":null,"connection":null,"raw":{"provider":"wppconnect",',
    '"payload":{"event":"onmessage","session":"', s.name, '","type":"chat","fromMe":false}},"event_id":"',
    UUID(), '","timestamp":', 1768512935 + s.seq, '}'),
  @t0 - INTERVAL ($rows - s.seq) SECOND, @t0 - INTERVAL ($rows - s.seq) SECOND
FROM (SELECT seq, IF(seq MOD 2 = 0, CONCAT('Canal ', LPAD(ch, 3, '0')), CONCAT('canal', LPAD(ch, 3, '0'))) AS name
      FROM (SELECT seq, IF(seq MOD 200 < 40 AND $rows - seq < (seq MOD 200 + 1) * 5400,
                           40 + seq MOD 160, seq MOD 200) AS ch
            FROM seq_${first}_to_${last}) c) s;
SQL
    echo "activity-bench-generate: $db $last/$rows rows" >&2
    first=$((last + 1))
done

mysql "$db" <<SQL
CREATE TABLE bench_truth AS
SELECT LOWER(REPLACE(JSON_VALUE(payload_json, '\$.session.id'), ' ', '')) AS channel,
       UNIX_TIMESTAMP(MAX(created_at)) AS last_epoch
FROM webhook_raw_logs
WHERE event_type IN ('message', 'onmessage', 'onselfmessage', 'message.sent', 'message.received')
GROUP BY channel;
ANALYZE TABLE webhook_raw_logs;
SQL
echo "activity-bench-generate: $db done" >&2
