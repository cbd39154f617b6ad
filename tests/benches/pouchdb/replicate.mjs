// Baseline peer for the sync benchmark: how long PouchDB takes to replicate a device's
// entries to pouchdb-server over loopback, to set beside Brobygge's own sync figures.
//
// Usage:
//   npm install --prefix <cache dir> --no-audit --no-fund pouchdb-server@4.2.0 pouchdb-node@9.0.0
//   NODE_PATH=<cache dir>/node_modules node replicate.mjs <docs.json> <work dir>
//
// The packages are found through NODE_PATH (its first entry): ES modules ignore NODE_PATH, so
// the script builds its own `require` anchored in that folder.
//
// <docs.json> is a JSON array of objects, each with a string field `id`; `id` becomes the
// document's `_id` and the other fields are kept as they are.
// <work dir> is created if missing; `local/` (the device's PouchDB, LevelDB) and `server/`
// (pouchdb-server's LevelDB databases, config.json and log.txt) are made inside it and must
// not exist yet.
//
// Steps: start pouchdb-server as a child process on 127.0.0.1 and a free port with its default
// on-disk LevelDB storage (not in-memory, so it keeps data as Brobygge's server does; note that
// LevelDB's default writes are not fsynced); wait until it answers; bulk-load the
// documents into the local PouchDB (not timed); time one one-shot PouchDB.replicate(local,
// remote) with the default batch settings; check the remote doc_count; time 20 replications
// with nothing new and take the median; stop the server.
//
// Output: one line of JSON on stdout,
//   {"docs": N, "replicate_ms": X, "noop_median_ms": Y, "noop_runs_ms": [...]}
// Everything else (progress, the server's own output) goes to stderr. Exit code 0 on success,
// 1 with a message on stderr on any failure.

import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const NOOP_RUNS = 20;
const LOAD_CHUNK = 1000;
const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;
const REMOTE_DB = 'outreach';

let server = null; // the pouchdb-server child process while it runs
let stopping = false;

function log(msg) {
  process.stderr.write(`replicate.mjs: ${msg}\n`);
}

class Failure extends Error {}

function fail(msg) {
  throw new Failure(msg);
}

function round(ms) {
  return Math.round(ms * 1000) / 1000;
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// `require` for the installed packages, anchored in the first NODE_PATH entry.
function packageRequire() {
  const first = (process.env.NODE_PATH || '').split(path.delimiter).find((p) => p.trim() !== '');
  if (!first) {
    fail('NODE_PATH is not set; run as NODE_PATH=<cache dir>/node_modules node replicate.mjs <docs.json> <work dir>');
  }
  const dir = path.resolve(first);
  const req = createRequire(path.join(dir, 'replicate-anchor.js'));
  for (const name of ['pouchdb-node', 'pouchdb-server/package.json']) {
    try {
      req.resolve(name);
    } catch {
      fail(`cannot find ${name.split('/')[0]} in NODE_PATH (${dir}); install it with ` +
        `npm install --prefix <cache dir> --no-audit --no-fund pouchdb-server@4.2.0 pouchdb-node@9.0.0`);
    }
  }
  return req;
}

function readDocs(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
  let input;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail(`${file} is not valid JSON: ${e.message}`);
  }
  if (!Array.isArray(input) || input.length === 0) {
    fail(`${file} must hold a non-empty JSON array of documents`);
  }
  const seen = new Set();
  return input.map((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      fail(`${file}: item ${i} is not an object`);
    }
    const { id, ...fields } = item;
    if (typeof id !== 'string' || id === '') {
      fail(`${file}: item ${i} has no string field "id"`);
    }
    if (seen.has(id)) {
      fail(`${file}: id ${id} appears more than once`);
    }
    seen.add(id);
    return { _id: id, ...fields };
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Starts pouchdb-server with its default LevelDB storage under `dir`.
function startServer(req, dir, port) {
  const bin = path.join(path.dirname(req.resolve('pouchdb-server/package.json')), 'bin', 'pouchdb-server');
  fs.mkdirSync(dir, { recursive: true });
  // The request log still goes to <dir>/log.txt; this only stops the server echoing each
  // request to its stdout. (Set through the config file: the command-line flag of that name
  // is read as the negation of a "stdout-logs" flag and has no effect.)
  const config = path.join(dir, 'config.json');
  fs.writeFileSync(config, JSON.stringify({ pouchdb_server: { 'no-stdout-logs': true } }, null, 2) + '\n');
  const args = [
    bin,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--dir', path.join(dir, 'db'),
    '--config', config,
  ];
  log(`starting pouchdb-server on 127.0.0.1:${port} (data in ${dir})`);
  const child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => process.stderr.write(chunk));
  child.stderr.on('data', (chunk) => process.stderr.write(chunk));
  child.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      child.exitStatus = signal ? `signal ${signal}` : `code ${code}`;
      if (!stopping) log(`pouchdb-server exited unexpectedly (${child.exitStatus})`);
      resolve();
    });
  });
  child.once('error', (e) => {
    child.exitStatus = `spawn error: ${e.message}`;
    log(`cannot start pouchdb-server: ${e.message}`);
  });
  return child;
}

async function waitUntilAnswering(child, url) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null || child.exitStatus) {
      fail(`pouchdb-server stopped before answering (${child.exitStatus || 'exited'})`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      const body = await res.json();
      if (res.ok && body && body['express-pouchdb']) {
        return body;
      }
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e.cause ? e.cause.code || e.cause.message : e.message;
    }
    await sleep(100);
  }
  fail(`pouchdb-server did not answer at ${url} within ${STARTUP_TIMEOUT_MS} ms (${last})`);
}

async function stopServer() {
  if (!server) return;
  const child = server;
  server = null;
  stopping = true;
  if (child.exitCode !== null || child.signalCode !== null) return;
  // pouchdb-server exits cleanly on SIGINT.
  child.kill('SIGINT');
  const stopped = await Promise.race([child.exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
  if (!stopped) {
    log('pouchdb-server did not stop on SIGINT; killing it');
    child.kill('SIGKILL');
    await child.exited;
  }
}

function checkReplication(result, what) {
  if (!result || result.ok === false || result.status !== 'complete') {
    fail(`${what}: replication did not complete (status ${result && result.status})`);
  }
  if (result.doc_write_failures !== 0 || (result.errors && result.errors.length)) {
    fail(`${what}: ${result.doc_write_failures} document(s) failed to replicate: ` +
      JSON.stringify((result.errors || []).slice(0, 3)));
  }
}

async function main() {
  const [docsFile, workArg] = process.argv.slice(2);
  if (!docsFile || !workArg) {
    fail('usage: NODE_PATH=<cache dir>/node_modules node replicate.mjs <docs.json> <work dir>');
  }
  const req = packageRequire();
  const PouchDB = req('pouchdb-node');

  const docs = readDocs(docsFile);
  const n = docs.length;

  const work = path.resolve(workArg);
  const localDir = path.join(work, 'local');
  const serverDir = path.join(work, 'server');
  fs.mkdirSync(work, { recursive: true });
  for (const p of [localDir, serverDir]) {
    if (fs.existsSync(p)) fail(`${p} already exists; give a fresh work dir`);
  }

  const port = await freePort();
  server = startServer(req, serverDir, port);
  const base = `http://127.0.0.1:${port}/`;
  const welcome = await waitUntilAnswering(server, base);
  log(`pouchdb-server answers: ${JSON.stringify(welcome)}`);

  const local = new PouchDB(localDir);
  const remote = new PouchDB(base + REMOTE_DB);
  try {
    // Create the remote database before timing anything.
    const before = await remote.info();
    if (before.doc_count !== 0) fail(`remote database ${REMOTE_DB} is not empty (${before.doc_count} docs)`);

    // Bulk-load the device's documents (not timed).
    const loadStart = performance.now();
    for (let i = 0; i < n; i += LOAD_CHUNK) {
      let results;
      try {
        results = await local.bulkDocs(docs.slice(i, i + LOAD_CHUNK));
      } catch (e) {
        fail(`loading the local database: ${e.name || 'error'}: ${e.message || e.reason}`);
      }
      const bad = results.find((r) => r.error);
      if (bad) fail(`loading the local database: ${bad.id}: ${bad.name || bad.error}: ${bad.message || bad.reason}`);
    }
    const localInfo = await local.info();
    if (localInfo.doc_count !== n) fail(`local database holds ${localInfo.doc_count} docs, expected ${n}`);
    log(`loaded ${n} docs into ${localDir} in ${round(performance.now() - loadStart)} ms`);

    // One-shot replication of every document, default batch settings.
    let t = performance.now();
    const first = await PouchDB.replicate(local, remote);
    const replicateMs = performance.now() - t;
    checkReplication(first, 'replication');
    if (first.docs_written !== n) fail(`replication wrote ${first.docs_written} docs, expected ${n}`);
    const remoteInfo = await remote.info();
    if (remoteInfo.doc_count !== n) fail(`remote doc_count is ${remoteInfo.doc_count}, expected ${n}`);
    log(`replicated ${n} docs in ${round(replicateMs)} ms`);

    // Replications with nothing new to send.
    const noopRuns = [];
    for (let i = 0; i < NOOP_RUNS; i++) {
      t = performance.now();
      const res = await PouchDB.replicate(local, remote);
      noopRuns.push(performance.now() - t);
      checkReplication(res, `no-op replication ${i + 1}`);
      if (res.docs_written !== 0) fail(`no-op replication ${i + 1} wrote ${res.docs_written} docs, expected 0`);
    }
    const noopMedian = median(noopRuns);
    log(`no-op replication median ${round(noopMedian)} ms over ${NOOP_RUNS} runs`);

    const line = JSON.stringify({
      docs: n,
      replicate_ms: round(replicateMs),
      noop_median_ms: round(noopMedian),
      noop_runs_ms: noopRuns.map(round),
    });
    await new Promise((resolve) => process.stdout.write(line + '\n', resolve));
  } finally {
    await Promise.allSettled([local.close(), remote.close()]);
  }
}

// Never leave the server running behind us.
process.on('exit', () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    log(`stopped by ${sig}`);
    stopServer().finally(() => process.exit(1));
  });
}

let code = 0;
try {
  await main();
} catch (e) {
  code = 1;
  log(`failed: ${e instanceof Failure ? e.message : (e && e.stack) || e}`);
}
try {
  await stopServer();
} catch (e) {
  code = 1;
  log(`failed to stop pouchdb-server: ${e.message}`);
}
// Open handles (HTTP keep-alive agents, LevelDB) must not keep the process alive.
process.exit(code);
