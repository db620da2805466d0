// Runs a real Neo4j 5.26 Community server assembled from Maven Central (neo4j/pom.xml), for machines
// without Docker: `npm start` uses it for the user's data and the test suite starts a throwaway one.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.js';

export const NEO4J_DIR = path.join(PROJECT_ROOT, 'neo4j');
const LIB_DIR = path.join(NEO4J_DIR, 'lib');
const POM = path.join(NEO4J_DIR, 'pom.xml');
const CONF_TEMPLATE = path.join(NEO4J_DIR, 'conf', 'neo4j.conf');

export interface LocalNeo4jOptions {
  /** Folder holding this instance's conf/, data/, logs/ and pid file. */
  home: string;
  boltPort: number;
  httpPort: number;
  password: string;
  heap?: string;
  pageCache?: string;
  /** Extra neo4j.conf settings, appended after the template (later lines win). */
  settings?: Record<string, string>;
}

export interface LocalNeo4jHandle {
  uri: string;
  httpUrl: string;
  /** True when a Neo4j was already listening and was reused rather than started. */
  reused: boolean;
  pid?: number;
  logFile: string;
}

/** A one-line, user-facing reason why the local Neo4j cannot run. */
export class LocalNeo4jError extends Error {}

export function javaMajorVersion(): number | null {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

function jarsStamp(): string {
  return fs.readFileSync(POM, 'utf8');
}

/** Downloads the Neo4j jars with Maven once; later calls are a file check. */
export function ensureNeo4jJars(log: (line: string) => void = () => {}): void {
  const stampFile = path.join(LIB_DIR, '.pom-stamp');
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === jarsStamp()) return;
  const java = javaMajorVersion();
  if (java === null) throw new LocalNeo4jError('Java 17 or newer is required to run the local Neo4j, but `java` was not found on PATH (or set NEO4J_URI to use an existing Neo4j).');
  if (java < 17) throw new LocalNeo4jError(`Java 17 or newer is required to run the local Neo4j; found Java ${java} (or set NEO4J_URI to use an existing Neo4j).`);
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) throw new LocalNeo4jError('Maven (`mvn`) is required once to download Neo4j from Maven Central, but it was not found on PATH (or set NEO4J_URI to use an existing Neo4j).');
  log('Downloading Neo4j 5.26 Community and Neo4j Browser from Maven Central (first run only)...');
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  const r = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    throw new LocalNeo4jError(`Maven could not download Neo4j (mvn -f neo4j/pom.xml dependency:copy-dependencies exited ${r.status}): ${(r.stdout + r.stderr).trim().split('\n').slice(-3).join(' ')}`);
  }
  fs.writeFileSync(stampFile, jarsStamp());
}

function portIsOpen(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open: boolean) => { socket.destroy(); resolve(open); };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Neo4j's HTTP discovery document, or null when the port serves something else (or nothing). */
async function neo4jDiscovery(httpPort: number): Promise<{ neo4j_version?: string } | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${httpPort}/`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(1000) });
    const body = (await res.json()) as Record<string, unknown>;
    return typeof body.bolt_direct === 'string' ? (body as { neo4j_version?: string }) : null;
  } catch {
    return null;
  }
}

function pidFile(home: string) {
  // Not neo4j.pid: Neo4j itself may write one there.
  return path.join(home, 'rolegraph-neo4j.pid');
}

function readPid(home: string): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile(home), 'utf8').trim());
    if (!pid) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function writeConfig(opts: LocalNeo4jOptions): string {
  const confDir = path.join(opts.home, 'conf');
  fs.mkdirSync(confDir, { recursive: true });
  const settings: Record<string, string> = {
    'server.directories.data': path.join(opts.home, 'data'),
    'server.directories.logs': path.join(opts.home, 'logs'),
    'server.directories.run': path.join(opts.home, 'run'),
    'server.directories.import': path.join(opts.home, 'import'),
    'server.directories.plugins': path.join(opts.home, 'plugins'),
    'server.bolt.listen_address': `127.0.0.1:${opts.boltPort}`,
    'server.http.listen_address': `127.0.0.1:${opts.httpPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${opts.boltPort}`,
    'server.http.advertised_address': `127.0.0.1:${opts.httpPort}`,
    ...(opts.heap ? { 'server.memory.heap.max_size': opts.heap, 'server.memory.heap.initial_size': opts.heap } : {}),
    ...(opts.pageCache ? { 'server.memory.pagecache.size': opts.pageCache } : {}),
    ...opts.settings,
  };
  // Neo4j refuses a setting declared twice, so overrides replace the template's lines in place.
  const lines = fs.readFileSync(CONF_TEMPLATE, 'utf8').trimEnd().split('\n').map((line) => {
    const key = /^\s*([\w.]+)\s*=/.exec(line)?.[1];
    if (key === undefined || !(key in settings)) return line;
    const value = settings[key];
    delete settings[key];
    return `${key}=${value}`;
  });
  lines.push('', '# Written by rolegraph for this instance');
  for (const [k, v] of Object.entries(settings)) lines.push(`${k}=${v}`);
  fs.writeFileSync(path.join(confDir, 'neo4j.conf'), lines.join('\n') + '\n');
  return confDir;
}

const JAVA_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

function javaArgs(opts: LocalNeo4jOptions, heapFlag: string[], mainClass: string, args: string[]) {
  return [...JAVA_FLAGS, ...heapFlag, '-cp', path.join(LIB_DIR, '*'), mainClass, ...args];
}

/**
 * Starts Neo4j (or reuses one already listening on the ports) and resolves once Bolt accepts
 * connections. Idempotent; never a fixed sleep, always a probe.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions, log: (line: string) => void = () => {}): Promise<LocalNeo4jHandle> {
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  const httpUrl = `http://127.0.0.1:${opts.httpPort}`;
  const logFile = path.join(opts.home, 'neo4j.log');
  const [boltOpen, httpOpen] = await Promise.all([portIsOpen(opts.boltPort), portIsOpen(opts.httpPort)]);
  if (boltOpen || httpOpen) {
    const discovery = await neo4jDiscovery(opts.httpPort);
    if (boltOpen && discovery) return { uri, httpUrl, reused: true, pid: readPid(opts.home) ?? undefined, logFile };
    const held = boltOpen ? opts.boltPort : opts.httpPort;
    throw new LocalNeo4jError(`Port ${held} on 127.0.0.1 is held by something that is not Neo4j; free it or choose other ports (NEO4J_BOLT_PORT / NEO4J_HTTP_PORT).`);
  }
  ensureNeo4jJars(log);
  fs.mkdirSync(opts.home, { recursive: true });
  const confDir = writeConfig(opts);
  const env = { ...process.env, NEO4J_HOME: opts.home, NEO4J_CONF: confDir };
  if (!fs.existsSync(path.join(opts.home, 'data', 'dbms', 'auth.ini'))) {
    // The initial password must be set before the very first start.
    const r = spawnSync('java', javaArgs(opts, ['-Xmx256m'], 'org.neo4j.cli.AdminTool', ['dbms', 'set-initial-password', opts.password]), { env, encoding: 'utf8' });
    if (r.status !== 0) throw new LocalNeo4jError(`Could not set the initial Neo4j password: ${(r.stderr || r.stdout).trim().split('\n')[0]}`);
  }
  const out = fs.openSync(logFile, 'a');
  const heap = opts.heap ?? '1g';
  const child = spawn('java', javaArgs(opts, [`-Xms${heap}`, `-Xmx${heap}`], 'org.neo4j.server.CommunityEntryPoint', [`--home-dir=${opts.home}`, `--config-dir=${confDir}`]), {
    env,
    cwd: opts.home,
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let exited: number | null = null;
  child.once('exit', (code) => { exited = code ?? -1; });
  child.unref();
  fs.writeFileSync(pidFile(opts.home), String(child.pid));
  log(`Starting Neo4j (log: ${path.relative(process.cwd(), logFile) || logFile})...`);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited !== null) {
      const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join('\n');
      throw new LocalNeo4jError(`Neo4j exited during start-up (code ${exited}); see ${logFile}:\n${tail}`);
    }
    if ((await portIsOpen(opts.boltPort)) && (await neo4jDiscovery(opts.httpPort))) {
      return { uri, httpUrl, reused: false, pid: child.pid, logFile };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new LocalNeo4jError(`Neo4j did not become ready within 120 s; see ${logFile}`);
}

/** Stops the Neo4j started from this home folder; resolves true if one was running. */
export async function stopLocalNeo4j(home: string, timeoutMs = 60_000): Promise<boolean> {
  const pid = readPid(home);
  if (!pid) return false;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return false;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(pidFile(home), { force: true });
      return true;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  fs.rmSync(pidFile(home), { force: true });
  return true;
}

export async function localNeo4jStatus(home: string, boltPort: number, httpPort: number) {
  const discovery = await neo4jDiscovery(httpPort);
  return {
    pid: readPid(home),
    boltOpen: await portIsOpen(boltPort),
    version: discovery?.neo4j_version ?? null,
  };
}
