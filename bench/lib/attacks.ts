// The hostile requests of docs/reliability.md ("Hostile load"), replayed against a server running as a
// child process: each attack is sent (some several at once) while another client keeps asking
// `{ __typename }`; the run records the answers, the time, the server's peak RSS and whether it survived.
// Used by tests/integration/http/hostile.test.ts (which asserts) and bench/hostile.ts (which reports).
import { rssBytes, sampleRss } from './children.js';

export interface Attack {
  name: string;
  /** What it does, in the words of the reliability doc. */
  what: string;
  /** The request bodies, sent at once. */
  bodies: string[];
}

const aliases = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;
const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

/** The attacks of issue 12, against five roles with hundreds of skills each. */
export function attacks(largeRoles: readonly string[]): Attack[] {
  const compare = body(aliases(262, () => 'compareRoles(roles: $r) { unique { skills { id name } } }').replace('{', 'query($r: [ID!]!) {'), { r: largeRoles });
  const introspect = body(aliases(249, () => '__schema { types { name description fields { name description args { name description } } } }'));
  const fields = (i: number) => body(`{ role(id: "x${i}") { ${'name '.repeat(3_600)} } }`);
  const words = 'orchestration containerisation infrastructure observability programming architecture administration configuration';
  return [
    { name: 'compare-262-aliases', what: '262 aliases of compareRoles over 5 large roles (unique skills)', bodies: [compare] },
    { name: 'compare-20-aliases', what: 'within the token and root-field caps: 20 such aliases', bodies: [body(aliases(20, () => 'compareRoles(roles: $r) { unique { skills { id name } } }').replace('{', 'query($r: [ID!]!) {'), { r: largeRoles })] },
    { name: 'compare-262-aliases-batch-3', what: 'a batch of three of those', bodies: [`[${[compare, compare, compare].join(',')}]`] },
    { name: 'introspection-249-aliases-x6', what: '249 aliases of a deep __schema selection, six requests at once', bodies: Array.from({ length: 6 }, () => introspect) },
    { name: 'introspection-20-aliases-x6', what: 'within the caps: 20 such aliases, six requests at once', bodies: Array.from({ length: 6 }, () => body(aliases(20, () => '__schema { types { name description fields { name description args { name description } } } }'))) },
    { name: 'introspection-249-aliases-batch-4', what: 'a batch of four of those', bodies: [`[${[introspect, introspect, introspect, introspect].join(',')}]`] },
    { name: 'fields-3600', what: 'one field repeated 3,600 times (quadratic validation)', bodies: [fields(1)] },
    { name: 'fields-1900-batch-5', what: 'within the token cap: 1,900 fields in each of a batch of five', bodies: [`[${[7, 8, 9, 10, 11].map((i) => body(`{ role(id: "x${i}") { ${'name '.repeat(1_900)} } }`)).join(',')}]`] },
    { name: 'fields-3600-batch-5', what: 'a batch of five such operations', bodies: [`[${[2, 3, 4, 5, 6].map(fields).join(',')}]`] },
    { name: 'search-357-aliases', what: '357 aliases of search with eight long words', bodies: [body(aliases(357, (i) => `search(text: "${words} ${i}", first: 1) { id }`))] },
    { name: 'search-20-aliases-batch-10', what: 'within the caps: 20 such searches in each of a batch of 10', bodies: [`[${Array.from({ length: 10 }, (_, b) => body(aliases(20, (i) => `search(text: "${words} ${b}-${i}", first: 1) { id }`))).join(',')}]`] },
    { name: 'skill-name-454-aliases', what: '454 aliases of skill(name:)', bodies: [body(aliases(454, (i) => `skill(name: "no such skill ${i}") { id }`))] },
  ];
}

export interface Answer {
  status: number;
  /** The first error code of each operation (batches: one per operation); [] for a clean answer. */
  codes: string[];
  bytes: number;
  ms: number;
  retryAfter: string | null;
}

export interface AttackResult {
  attack: string;
  answers: Answer[];
  ms: number;
  rssPeakMb: number;
  rssBeforeMb: number;
  /** `{ __typename }` from another client while the attack ran: answered, and its slowest time. */
  bystander: { asked: number; answered: number; slowestMs: number };
  alive: boolean;
}

async function send(url: string, text: string): Promise<Answer> {
  const started = Date.now();
  try {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text, signal: AbortSignal.timeout(60_000) });
    const raw = await res.text();
    let parsed: any = null;
    try {
      parsed = JSON.parse(raw);
    } catch { /* not JSON */ }
    const ops = Array.isArray(parsed) ? parsed : [parsed];
    const codes = ops.map((o) => o?.errors?.[0]?.extensions?.code).filter((c): c is string => typeof c === 'string');
    return { status: res.status, codes, bytes: raw.length, ms: Date.now() - started, retryAfter: res.headers.get('retry-after') };
  } catch (err) {
    return { status: 0, codes: [(err as Error).name], bytes: 0, ms: Date.now() - started, retryAfter: null };
  }
}

/** Sends one attack while a bystander asks `{ __typename }` every 50 ms. */
export async function runAttack(url: string, pid: number, attack: Attack): Promise<AttackResult> {
  const rssBefore = rssBytes(pid) ?? 0;
  const rss = sampleRss(pid, 50);
  const bystander = { asked: 0, answered: 0, slowestMs: 0 };
  let running = true;
  const watcher = (async () => {
    while (running) {
      bystander.asked++;
      const a = await send(url, body('{ __typename }'));
      if (a.status === 200) bystander.answered++;
      bystander.slowestMs = Math.max(bystander.slowestMs, a.ms);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const started = Date.now();
  const answers = await Promise.all(attack.bodies.map((b) => send(url, b)));
  const ms = Date.now() - started;
  running = false;
  await watcher;
  const { peak } = rss.stop();
  const alive = rssBytes(pid) !== null && (await fetch(`${url}/health/live`).then((r) => r.ok, () => false));
  return { attack: attack.name, answers, ms, rssPeakMb: peak / 2 ** 20, rssBeforeMb: rssBefore / 2 ** 20, bystander, alive };
}
