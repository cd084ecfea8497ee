/**
 * Structured logs: one JSON object per line on stdout, with a level.
 *
 * Policy: callers pass fields, never pre-formatted strings, and never a token, password or message body at
 * info level or above; the logger additionally drops fields whose names say they hold secrets.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_FIELD = /token|password|secret|authorization|cookie/i;

export interface LoggerOptions {
  readonly level: LogLevel;
  readonly write?: (line: string) => void;
  readonly base?: LogFields;
  /** Fields read at each line, e.g. the active trace's ids (tracing.ts `logFields`). */
  readonly context?: () => LogFields | undefined;
}

export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const min = RANK[options.level];
  const base = options.base ?? {};
  const emit = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    if (RANK[level] < min) return;
    const line = {
      time: new Date().toISOString(),
      level,
      msg,
      ...redact(base),
      ...options.context?.(),
      ...redact(fields),
    };
    write(`${JSON.stringify(line, errorReplacer)}\n`);
  };
  return {
    debug: (msg, fields) => emit("debug", msg, fields),
    info: (msg, fields) => emit("info", msg, fields),
    warn: (msg, fields) => emit("warn", msg, fields),
    error: (msg, fields) => emit("error", msg, fields),
    child: (fields) => createLogger({ ...options, base: { ...base, ...fields } }),
  };
}

/** A logger that drops everything, for tests that don't read logs. */
export const silentLogger: Logger = createLogger({ level: "error", write: () => {} });

function redact(fields: LogFields): LogFields {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = SECRET_FIELD.test(key) ? "[redacted]" : value;
  return out;
}

function errorReplacer(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message } : value;
}
