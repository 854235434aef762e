/** Test databases are named crt_<unix seconds>_<random>, so stale ones can be recognised. */
export const TEST_DB_PREFIX = 'crt_';

/** Where the test servers are: the machine's shared MariaDB and Redis unless told otherwise. */
export const serverUrls = {
  mysql: process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306',
  redis: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
};
