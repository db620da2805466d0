// Structured JSON logs (pino), one object a line on stdout. Secrets never reach a log line: request
// logs carry variable *names* only, and the redaction list below catches credentials in any object.
import pino from 'pino';

/** The logging surface the app uses; pino loggers satisfy it. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

const REDACT = [
  'authorization',
  'password',
  'token',
  'secret',
  '*.authorization',
  '*.password',
  '*.token',
  '*.secret',
  'headers.authorization',
  'req.headers.authorization',
  'variables',
  '*.variables',
];

export function createLogger(opts: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      base: { service: 'rolegraph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    opts.destination ?? pino.destination({ fd: 1, sync: false }),
  );
}

/** Accepts a Logger or a bare `(obj, msg) => void` function (every level goes to it). */
export function toLogger(log: Logger | ((obj: unknown, msg: string) => void) | undefined): Logger {
  if (!log) return createLogger();
  if (typeof log !== 'function') return log;
  const fn = (obj: object, msg?: string) => log(obj, msg ?? '');
  return { info: fn, warn: fn, error: fn, debug: fn };
}
