// The three servers under test run as child processes (node --import tsx), so each one's memory is
// its own: RSS is sampled from /proc/<pid>/status while load runs.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

export const LOG_DIR = path.join(PROJECT_ROOT, 'bench', 'logs');

export interface ChildServer {
  name: string;
  pid: number;
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

/** Resident set size of a process in bytes (Linux), or null when it is gone. */
export function rssBytes(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used, in ms (Linux; clock ticks assumed 100 Hz). */
export function cpuMs(pid: number): number | null {
  try {
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Waits until a process has gone quiet (under 5% of a core for a whole second), so background work
 * it started while being probed (cache warming, a projection build) does not fall into a measured run.
 */
export async function waitIdle(pid: number, maxMs = 60_000): Promise<number> {
  const start = Date.now();
  let before = cpuMs(pid);
  while (before !== null && Date.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = cpuMs(pid);
    if (now === null || now - before < 50) break;
    before = now;
  }
  return Date.now() - start;
}

/** Samples a process's RSS every `everyMs` until stopped; reports the peak and the last sample. */
export function sampleRss(pid: number, everyMs = 100) {
  let peak = rssBytes(pid) ?? 0;
  let last = peak;
  const timer = setInterval(() => {
    const v = rssBytes(pid);
    if (v !== null) {
      last = v;
      if (v > peak) peak = v;
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { peak, last };
    },
  };
}

export interface StartOptions {
  name: string;
  /** Script path relative to the project root. */
  script: string;
  /** Another checkout to run the script from (to measure an older version); default this one. */
  root?: string;
  port: number;
  env: Record<string, string>;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeFlags?: string[];
  /** Resolves true once the server answers. */
  ready: (url: string) => Promise<boolean>;
  timeoutMs?: number;
}

export async function startChild(opts: StartOptions): Promise<ChildServer> {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${opts.name}.log`);
  const out = fs.openSync(logFile, 'w');
  const root = opts.root ?? PROJECT_ROOT;
  const child: ChildProcess = spawn(process.execPath, [...(opts.nodeFlags ?? []), '--import', 'tsx', path.join(root, opts.script)], {
    cwd: root,
    env: { ...process.env, ...opts.env, PORT: String(opts.port), HOST: '127.0.0.1' },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let exited: number | null = null;
  let ready = false;
  child.once('exit', (code, signal) => {
    exited = code ?? -1;
    // A server dying mid-run must not pass silently (it shows as failed requests / probes).
    if (ready) console.error(`[bench] ${opts.name} (pid ${child.pid}) exited during the run: code ${code}, signal ${signal}`);
  });
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 300_000);
  const stop = () =>
    new Promise<void>((resolve) => {
      ready = false;
      if (exited !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => { clearTimeout(kill); resolve(); });
      child.kill('SIGTERM');
    });
  while (Date.now() < deadline) {
    if (exited !== null) {
      const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
      throw new Error(`${opts.name} exited during start-up (code ${exited}); ${logFile}:\n${tail}`);
    }
    if (await opts.ready(url).catch(() => false)) {
      ready = true;
      return { name: opts.name, pid: child.pid!, url, logFile, stop };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${opts.name} did not become ready in time; see ${logFile}`);
}

/** Ready when a GraphQL POST of `{ __typename }` to the endpoint succeeds. */
export async function graphqlReady(endpoint: string): Promise<boolean> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
    signal: AbortSignal.timeout(2000),
  });
  return res.ok;
}
