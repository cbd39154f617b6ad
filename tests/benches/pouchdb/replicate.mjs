// Baseline peer for the sync benchmark: how long PouchDB takes to replicate a device's
// entries to pouchdb-server over loopback and from there to a second device, and to replicate
// when nothing is new, to set beside Brobygge's own sync figures.
//
// Usage:
//   npm install --prefix <cache dir> --no-audit --no-fund pouchdb-server@4.2.0 pouchdb-node@9.0.0
//   NODE_PATH=<cache dir>/node_modules node replicate.mjs <docs.json> <work dir>
//       [--batch-size N] [--runs N] [--noop-runs N]
//
// The packages are found through NODE_PATH (its first entry): ES modules ignore NODE_PATH, so
// the script builds its own `require` anchored in that folder.
//
// <docs.json> is a JSON array of objects, each with a string field `id`; `id` becomes the
// document's `_id` and the other fields are kept as they are.
// <work dir> is created if missing and must not hold anything yet: `server/` (pouchdb-server's
// LevelDB databases, config.json and log.txt) and, for each run k, `run-k/local/` (the
// device's PouchDB, LevelDB) and `run-k/laptop/` (the second device's) are made inside it.
// --batch-size: PouchDB.replicate's `batch_size` (documents per batch), for every
//   replication; without it, PouchDB's default (100). `batches_limit` (how many batches
//   PouchDB reads ahead) is always left at its default (10): it bounds memory, not how many
//   requests a batch takes, and Brobygge's device has no counterpart to set it to.
// --runs: how many times the whole measure runs (default 5).
// --noop-runs: replications with nothing new after each run (default 20).
//
// Steps: start pouchdb-server (server.mjs); then, for each run, on a new remote database
// (`outreach-k`) and fresh local ones: bulk-load the documents into the local PouchDB (not
// timed); time one one-shot PouchDB.replicate(local, remote) (push) and check the remote
// doc_count; time one PouchDB.replicate(remote, laptop) into a second, empty local PouchDB
// (pull) and check the laptop's doc_count; time --noop-runs replications local -> remote with
// nothing new; close the local databases and destroy the remote one (not timed). Last, stop
// the server.
//
// Output: one line of JSON on stdout,
//   {"docs": N, "pouchdb": "9.0.0", "pouchdb_server": "4.2.0", "batch_size": B or "default",
//    "runs": [{"push_ms": X, "pull_ms": Y, "noop_ms": [...]}, ...],
//    "push_median_ms": X, "pull_median_ms": Y, "push_pull_median_ms": Z,
//    "noop_median_ms": W, "noop_runs": R}
// where push_pull is the median of each run's push + pull, and the no-op median is over all
// runs' no-op replications together (R of them). Everything else (progress, the server's own
// output) goes to stderr. Exit code 0 on success, 1 with a message on stderr on any failure.

import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { Failure, fail, log, startServer, stopServer } from './server.mjs';

const USAGE = 'usage: NODE_PATH=<cache dir>/node_modules node replicate.mjs <docs.json> <work dir> ' +
  '[--batch-size N] [--runs N] [--noop-runs N]';
const LOAD_CHUNK = 1000;

function round(ms) {
  return Math.round(ms * 1000) / 1000;
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

function parseArgs(argv) {
  const options = { batchSize: null, runs: 5, noopRuns: 20 };
  const names = { '--batch-size': 'batchSize', '--runs': 'runs', '--noop-runs': 'noopRuns' };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (names[arg]) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(`${arg} takes a whole number of at least 1`);
      options[names[arg]] = value;
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}; ${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) fail(USAGE);
  [options.docsFile, options.work] = positional;
  return options;
}

// `require` for the installed packages, anchored in the first NODE_PATH entry.
function packageRequire() {
  const first = (process.env.NODE_PATH || '').split(path.delimiter).find((p) => p.trim() !== '');
  if (!first) fail(`NODE_PATH is not set; ${USAGE}`);
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

function checkReplication(result, what, written) {
  if (!result || result.ok === false || result.status !== 'complete') {
    fail(`${what}: replication did not complete (status ${result && result.status})`);
  }
  if (result.doc_write_failures !== 0 || (result.errors && result.errors.length)) {
    fail(`${what}: ${result.doc_write_failures} document(s) failed to replicate: ` +
      JSON.stringify((result.errors || []).slice(0, 3)));
  }
  if (result.docs_written !== written) fail(`${what} wrote ${result.docs_written} docs, expected ${written}`);
}

async function expectCount(db, n, what) {
  const info = await db.info();
  if (info.doc_count !== n) fail(`${what} holds ${info.doc_count} docs, expected ${n}`);
}

async function load(db, docs) {
  for (let i = 0; i < docs.length; i += LOAD_CHUNK) {
    let results;
    try {
      results = await db.bulkDocs(docs.slice(i, i + LOAD_CHUNK));
    } catch (e) {
      fail(`loading the local database: ${e.name || 'error'}: ${e.message || e.reason}`);
    }
    const bad = results.find((r) => r.error);
    if (bad) fail(`loading the local database: ${bad.id}: ${bad.name || bad.error}: ${bad.message || bad.reason}`);
  }
}

// One run on fresh databases: push, pull into a second device, then the no-op replications.
async function run(PouchDB, remoteUrl, dir, docs, options, replicateOptions) {
  const n = docs.length;
  fs.mkdirSync(dir);
  const local = new PouchDB(path.join(dir, 'local'));
  const laptop = new PouchDB(path.join(dir, 'laptop'));
  const remote = new PouchDB(remoteUrl);
  try {
    // Create the remote database before timing anything.
    await expectCount(remote, 0, `remote database ${remoteUrl}`);
    await load(local, docs);
    await expectCount(local, n, 'the local database');

    let t = performance.now();
    const pushed = await PouchDB.replicate(local, remote, replicateOptions);
    const pushMs = performance.now() - t;
    checkReplication(pushed, 'push', n);
    await expectCount(remote, n, 'the remote database');

    t = performance.now();
    const pulled = await PouchDB.replicate(remote, laptop, replicateOptions);
    const pullMs = performance.now() - t;
    checkReplication(pulled, 'pull', n);
    await expectCount(laptop, n, 'the laptop');

    const noopMs = [];
    for (let i = 0; i < options.noopRuns; i++) {
      t = performance.now();
      const again = await PouchDB.replicate(local, remote, replicateOptions);
      noopMs.push(performance.now() - t);
      checkReplication(again, `no-op replication ${i + 1}`, 0);
    }
    await remote.destroy();
    return { push_ms: round(pushMs), pull_ms: round(pullMs), noop_ms: noopMs.map(round) };
  } finally {
    await Promise.allSettled([local.close(), laptop.close(), remote.close()]);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const req = packageRequire();
  const PouchDB = req('pouchdb-node');
  const docs = readDocs(options.docsFile);
  const work = path.resolve(options.work);
  fs.mkdirSync(work, { recursive: true });
  if (fs.readdirSync(work).length) fail(`${work} is not empty; give a fresh work dir`);
  const replicateOptions = options.batchSize ? { batch_size: options.batchSize } : {};
  const batch = options.batchSize || 'default';

  const base = await startServer(req, path.join(work, 'server'));
  const runs = [];
  for (let k = 1; k <= options.runs; k++) {
    const figures = await run(PouchDB, `${base}outreach-${k}`, path.join(work, `run-${k}`), docs, options,
      replicateOptions);
    log(`batch size ${batch}, run ${k}/${options.runs}: push ${figures.push_ms} ms, ` +
      `pull ${figures.pull_ms} ms, no-op median ${round(median(figures.noop_ms))} ms`);
    runs.push(figures);
  }

  const noop = runs.flatMap((r) => r.noop_ms);
  const line = JSON.stringify({
    docs: docs.length,
    pouchdb: req('pouchdb-node/package.json').version,
    pouchdb_server: req('pouchdb-server/package.json').version,
    batch_size: batch,
    runs,
    push_median_ms: round(median(runs.map((r) => r.push_ms))),
    pull_median_ms: round(median(runs.map((r) => r.pull_ms))),
    push_pull_median_ms: round(median(runs.map((r) => r.push_ms + r.pull_ms))),
    noop_median_ms: round(median(noop)),
    noop_runs: noop.length,
  });
  await new Promise((resolve) => process.stdout.write(line + '\n', resolve));
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
