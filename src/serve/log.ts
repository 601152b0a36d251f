// The access log: one JSON object a line on stderr, so it can be read by people and by log
// shippers alike. Keys are logged by their first characters only; comment text never is.

export interface AccessLogEntry {
  time: string;
  event: 'request' | 'client-error' | 'model-read-error' | 'model-write-error' | 'listening' | 'closed';
  remote?: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  /** The Akismet body sent (`true`, `false`, `invalid`, …), or `json` for spamsift's route. */
  answer?: string;
  /** The first characters of the API key. */
  key?: string;
  site?: string;
  decision?: string;
  reasons?: string;
  learned?: string;
  /** X-akismet-debug-help of an `invalid` answer. */
  help?: string;
  error?: string;
  address?: string;
  message?: string;
}

export function createAccessLog(stream: NodeJS.WritableStream): (entry: AccessLogEntry) => void {
  return (entry) => {
    stream.write(`${JSON.stringify(entry)}\n`);
  };
}
