#!/usr/bin/env bash
# Makes sure MariaDB (or MySQL) and Redis answer on their local ports, starting local servers
# when they are installed but stopped. Elsewhere, point DATABASE_URL and REDIS_URL at yours.
set -uo pipefail

mysql_up() { (exec 3<>/dev/tcp/127.0.0.1/3306) 2>/dev/null; }
redis_up() { (exec 3<>/dev/tcp/127.0.0.1/6379 && printf 'PING\r\n' >&3 && timeout 2 head -c 5 <&3 | grep -q PONG) 2>/dev/null; }

wait_for() { # name, check
  for _ in $(seq 1 60); do "$2" && return 0; sleep 0.5; done
  echo "$1 did not start in time" >&2; return 1
}

if ! mysql_up; then
  if [ -x /usr/sbin/mariadbd ]; then
    echo "Starting MariaDB..."
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
    wait_for MariaDB mysql_up || exit 1
  else
    cat >&2 <<'MSG'
MariaDB/MySQL is not running on 127.0.0.1:3306 and is not installed here.
Install it (Debian: apt-get install mariadb-server) or start the one in docker/compose.yml:
  docker compose -f docker/compose.yml up -d mysql redis
MSG
    exit 1
  fi
fi

if ! redis_up; then
  if command -v redis-server >/dev/null; then
    echo "Starting Redis..."
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
    wait_for Redis redis_up || exit 1
  else
    cat >&2 <<'MSG'
Redis is not running on 127.0.0.1:6379 and is not installed here.
Install it (Debian: apt-get install redis-server) or start the one in docker/compose.yml:
  docker compose -f docker/compose.yml up -d mysql redis
MSG
    exit 1
  fi
fi
