// pouchdb-server for replicate.mjs, as a child process: started on 127.0.0.1 and a free port
// with its default on-disk LevelDB storage (not in-memory, so it keeps data as Brobygge's
// server does; note that LevelDB's default writes are not fsynced), waited for until it
// answers, and stopped; never left running behind the script, even when it fails or is
// interrupted. Its own output goes to stderr.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

let server = null; // the pouchdb-server child process while it runs
let stopping = false;

// A failure to report in one line, without a stack.
export class Failure extends Error {}

export function fail(msg) {
  throw new Failure(msg);
}

export function log(msg) {
  process.stderr.write(`replicate.mjs: ${msg}\n`);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
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

// Spawns pouchdb-server with its databases under `dir`.
function spawnServer(req, dir, port) {
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

// Starts pouchdb-server (found through `req`) with its data under `dir` and waits until it
// answers; returns its base URL, ending in `/`.
export async function startServer(req, dir) {
  const port = await freePort();
  server = spawnServer(req, dir, port);
  const base = `http://127.0.0.1:${port}/`;
  const welcome = await waitUntilAnswering(server, base);
  log(`pouchdb-server answers: ${JSON.stringify(welcome)}`);
  return base;
}

export async function stopServer() {
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
