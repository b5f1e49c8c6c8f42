/**
 * Structured logging port. Log lines carry ids, routes and error names, never
 * request bodies, emails, tokens or case fields: what reaches the log is
 * decided here, at the call sites, not filtered afterwards.
 */
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** One JSON object per line on stdout/stderr (CloudWatch-friendly). */
export const jsonLogger: Logger = {
  info: (message, fields) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
  error: (message, fields) => console.error(JSON.stringify({ level: 'error', message, ...fields })),
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };
