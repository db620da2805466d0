// Drives one endpoint with autocannon over loopback. Latencies are taken from autocannon's per-response
// event (fractional milliseconds) rather than its histogram, which records whole milliseconds and
// would round a sub-millisecond raw-Cypher p50 to 0 or 1.
import autocannon from 'autocannon';

export interface Request {
  url: string;
  body: string;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function once(req: Request, connections: number, seconds: number, record: boolean): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: req.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: req.body,
        connections,
        duration: seconds,
        timeout: 30,
      },
      (err, r) => {
        if (err) return reject(err);
        const sorted = Float64Array.from(latencies).sort();
        resolve({
          connections,
          seconds,
          requests: r.requests.total,
          rps: r.requests.total / seconds,
          p50: percentile(sorted, 0.5),
          p90: percentile(sorted, 0.9),
          p99: percentile(sorted, 0.99),
          max: sorted.length ? sorted[sorted.length - 1] : NaN,
          non2xx: r.non2xx,
          errors: r.errors,
          timeouts: r.timeouts,
        });
      },
    );
    if (record) {
      instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
        if (status >= 200 && status < 300) latencies.push(ms);
      });
    }
  });
}

/** A short unmeasured warm-up (JIT, caches, connection pools), then the measured run. */
export async function measure(req: Request, connections: number, seconds: number, warmupSeconds: number): Promise<LoadResult> {
  if (warmupSeconds > 0) await once(req, connections, warmupSeconds, false);
  return once(req, connections, seconds, true);
}

/** One request outside the load, to check that the target answers this scenario correctly. */
export async function probe(req: Request): Promise<{ ok: boolean; status: number; bytes: number; error?: string; body: any }> {
  const res = await fetch(req.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: req.body, signal: AbortSignal.timeout(60_000) });
  const text = await res.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* reported below */
  }
  const error = !res.ok || !body ? `HTTP ${res.status}: ${text.slice(0, 300)}` : body.errors ? JSON.stringify(body.errors).slice(0, 400) : body.error;
  return { ok: !error, status: res.status, bytes: Buffer.byteLength(text), error, body };
}
