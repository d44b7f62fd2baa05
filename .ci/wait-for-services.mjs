// Waits up to 30 s for the Redis and PostgreSQL the integration tests use, then fails with one line
// naming what does not answer: the PostgreSQL tests never skip, so CI stops here rather than in each.
import { Redis } from 'ioredis';
import pg from 'pg';

const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = 'redis://127.0.0.1:6379';

async function check() {
  const client = new pg.Client(pgUrl);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}

const deadline = Date.now() + 30_000;
for (;;) {
  try {
    await check();
    break;
  } catch (err) {
    if (Date.now() > deadline) {
      console.error(`CI needs Redis at ${redisUrl} and PostgreSQL at ${pgUrl}: ${err.message}`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
