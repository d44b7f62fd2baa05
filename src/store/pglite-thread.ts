/**
 * The embedded engine's own thread: PGlite (PostgreSQL compiled to WebAssembly) runs its queries
 * on the CPU, synchronously, for 2-4 ms per decision write. In the service's thread that time
 * would hold back every request and job behind it; here it runs on another core, and the service
 * thread only posts messages.
 *
 * The thread's code is a CommonJS script given as text (`eval`), so the same file works from the
 * compiled dist/ and from the TypeScript sources the tests run, with no second build output.
 *
 * Messages in: {id, op: 'query', text, params, tx?} · {id, op: 'exec', script, tx?} ·
 * {id, op: 'begin', snapshot} (id becomes the transaction's) · {id, op: 'end', tx, commit} ·
 * {id, op: 'close'}. Out: {id, ok: true, value} or {id, ok: false, error: {message, code,
 * constraint}} (plain fields: Error objects lose their code when posted). id 0 answers the open.
 */
export const PGLITE_THREAD_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglite);
const ROLLBACK = Symbol('rollback');
const txs = new Map();
let db;

const plain = (err) => ({
  message: String((err && err.message) || err),
  ...(err && typeof err.code === 'string' ? { code: err.code } : {}),
  ...(err && typeof err.constraint === 'string' ? { constraint: err.constraint } : {}),
});
const ok = (id, value) => parentPort.postMessage({ id, ok: true, value });
const failed = (id, err) => parentPort.postMessage({ id, ok: false, error: plain(err) });
const answer = (id, promise) => promise.then((value) => ok(id, value), (err) => failed(id, err));
// A transaction id this thread does not know (begun in a thread that died) is an error for that
// call, never an exception that would end this thread too.
const on = (tx) => {
  if (!tx) return db;
  const t = txs.get(tx);
  if (!t) throw new Error('no such transaction');
  return t.tx;
};

function begin(id, snapshot) {
  let endId;
  let opened = false;
  const done = db.transaction(async (tx) => {
    if (snapshot) await tx.query(workerData.snapshotSql);
    const end = new Promise((resolve) => txs.set(id, { tx, end: (m) => ((endId = m.id), resolve(m.commit)) }));
    opened = true;
    ok(id);
    // Thrown, not tx.rollback(): PGlite then rolls back and releases the connection itself.
    if (!(await end)) throw ROLLBACK;
  });
  done.then(
    () => (txs.delete(id), ok(endId)),
    (err) => (txs.delete(id), err === ROLLBACK ? ok(endId) : failed(opened ? endId : id, err)),
  );
}

const open = (async () => {
  db = await PGlite.create(workerData.dir);
  // One connection, so a session setting applies to every later query.
  if (workerData.schema) await db.exec('SET search_path TO ' + workerData.schema);
})();
answer(0, open);

parentPort.on('message', (m) => {
  try {
    handle(m);
  } catch (err) {
    failed(m.id, err);
  }
});

function handle(m) {
  switch (m.op) {
    case 'query':
      return answer(m.id, on(m.tx).query(m.text, m.params).then((r) => r.rows));
    case 'exec':
      return answer(m.id, on(m.tx).exec(m.script).then(() => undefined));
    case 'begin':
      return begin(m.id, m.snapshot);
    case 'end': {
      const t = txs.get(m.tx);
      if (!t) throw new Error('no such transaction');
      return t.end(m);
    }
    case 'close':
      // close() waits for queued queries and shuts PostgreSQL down cleanly.
      return answer(m.id, db.syncToFs().then(() => db.close()));
  }
}
`;
