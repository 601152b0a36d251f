// `spamsift serve`: runs the Akismet-compatible endpoint until SIGINT/SIGTERM, then writes every
// changed site model before exiting.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAccessLog, createSpamsiftServer, parseKeys, type ServeLimits } from '../serve/index.js';
import { UsageError, parseCommandArgs, readIntegerOption, stringOption, type OptionSpec } from './args.js';
import { MODERATOR_HELP, MODERATOR_OPTIONS, moderatorOptions } from './moderator-options.js';
import { readKeysFile } from './model-file.js';

const OPTIONS = {
  ...MODERATOR_OPTIONS,
  port: { type: 'string' },
  host: { type: 'string' },
  'api-keys': { type: 'string' },
  data: { type: 'string' },
  'moderate-as': { type: 'string' },
  'rate-limit': { type: 'string' },
  'max-body': { type: 'string' },
  'max-field': { type: 'string' },
  'max-sites': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export const SERVE_HELP = `usage: spamsift serve --api-keys FILE --data DIR [options]

Answers the Akismet REST API 1.1 (POST /1.1/verify-key, /1.1/comment-check, /1.1/submit-spam,
/1.1/submit-ham) so Akismet clients that let you set the host can use spamsift unchanged. Each
site (the "blog" field) has its own model in DIR, learned from submit-spam / submit-ham and
written atomically. POST /spamsift/1/comment-check answers the full verdict as JSON. One JSON
access-log line a request goes to stderr. See docs/serve.md.

options:
  --api-keys FILE         accepted API keys, one a line (# comments) (required)
  --data DIR              directory of the per-site models, created if missing (required)
  --port N                port to listen on; default 8080 (0: any free port)
  --host ADDR             address to listen on; default 127.0.0.1 (this machine only)
  --moderate-as spam|ham  comment-check's answer for a "moderate" verdict; default spam (held for review)
  --rate-limit N          requests per key per minute, 0 for none; default 1200
  --max-body BYTES        largest request body; default 262144
  --max-field CHARS       longest field value; default 65536
  --max-sites N           sites with a learned model held in memory; default 1000
${MODERATOR_HELP}
  -h, --help              this help

exit: 0 stopped by a signal, 1 the server could not start, 2 bad usage`;

function readLimits(values: Record<string, unknown>): Partial<ServeLimits> {
  const v = values as Parameters<typeof stringOption>[0];
  return {
    requestsPerMinute: readIntegerOption(stringOption(v, 'rate-limit'), 'rate-limit', 1200, 0, 1e9),
    maxBodyBytes: readIntegerOption(stringOption(v, 'max-body'), 'max-body', 256 * 1024, 1024, 64 * 1024 * 1024),
    maxFieldChars: readIntegerOption(stringOption(v, 'max-field'), 'max-field', 65_536, 16, 64 * 1024 * 1024),
    maxSites: readIntegerOption(stringOption(v, 'max-sites'), 'max-sites', 1000, 1, 1e6),
  };
}

export async function runServe(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values['help'] === true) {
    process.stdout.write(`${SERVE_HELP}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`serve takes no positional arguments, received "${positionals[0]}".`);
  const keysPath = stringOption(values, 'api-keys');
  const dataDir = stringOption(values, 'data');
  if (keysPath === undefined) throw new UsageError('serve needs --api-keys FILE: the accepted API keys, one a line.');
  if (dataDir === undefined) throw new UsageError('serve needs --data DIR: the directory of the per-site models.');
  const { keys, problems } = parseKeys(readKeysFile(keysPath, 'API keys file'));
  if (problems.length > 0) throw new UsageError(`${keysPath}:${problems[0]!.line}: ${problems[0]!.message}.`);
  if (keys.size === 0) throw new UsageError(`${keysPath} has no API key: write one key a line.`);
  const moderateAs = stringOption(values, 'moderate-as') ?? 'spam';
  if (moderateAs !== 'spam' && moderateAs !== 'ham') throw new UsageError(`--moderate-as takes spam or ham, received "${moderateAs}".`);
  const port = readIntegerOption(stringOption(values, 'port'), 'port', 8080, 0, 65535);
  const host = stringOption(values, 'host') ?? '127.0.0.1';
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });

  const log = createAccessLog(process.stderr);
  const serve = createSpamsiftServer({
    keys,
    dataDir: dir,
    moderator: moderatorOptions(values, undefined),
    limits: readLimits(values),
    moderateAs,
    log,
  });
  const address = await serve.listen(port, host);
  log({ time: new Date().toISOString(), event: 'listening', address: `${address.address}:${address.port}`, message: `${keys.size} key(s), models in ${dir}` });

  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await serve.close();
  log({ time: new Date().toISOString(), event: 'closed' });
  return 0;
}
