// The fitted state an exported model may carry (`exportModel({ fitted: true })`): the NB-LR trust
// weights and the calibration the first check after loading would otherwise refit. The refit is a
// deterministic function of the learned set and the classifier's settings (weights.ts), so this
// block is only a cache of it: loading it gives bit for bit the scores a refit gives, and skips
// the refit (about 0.2 s cold on a youtube-sized model, paid by every process and every CLI worker
// thread that loads the file).
//
//   fitted: { version: 1,
//             config: '…',      // the settings the fit was made with (fingerprint below)
//             weights: '…',     // base64 of little-endian float32, one per vocabulary entry; null without NB-LR
//             numbers: '…',     // base64 of little-endian float64: bias, slope, offset, has tail, tail budget, tail placed
//             checksum: '…' }   // 64-bit FNV-1a of the learned set, config, weights and numbers
//
// What a loader does with it, and why:
// - malformed (wrong types, bad base64, wrong lengths) or a checksum that does not match the
//   documents beside it: E_MODEL_CORRUPT, as for any other part of the file. An edited or damaged
//   block would otherwise give silently wrong scores.
// - another block version, or settings that differ from the loader's: ignored, and the loader
//   refits from the documents (which are the model; the block is only a cache). A moderator may
//   load a model with other options on purpose, and a newer file's block must not make the
//   documents unreadable.
import { SpamsiftError, describeValue } from '../errors.js';
import type { Calibration } from './calibrate.js';
import type { StoreSnapshot } from './store.js';

export const FITTED_VERSION = 1;

export interface FittedJSON {
  version: typeof FITTED_VERSION;
  config: string;
  weights: string | null;
  numbers: string;
  checksum: string;
}

/** A checked fitted block: weights per vocabulary position (null without NB-LR) and the calibration. */
export interface FittedState {
  config: string;
  weights: Float32Array | null;
  bias: number;
  calibration: Calibration;
}

const NUMBERS = 6;

function corrupt(message: string, path: string): never {
  throw new SpamsiftError('E_MODEL_CORRUPT', `${message} Export the model again with moderator.exportModel({ fitted: true }), or leave the fitted block out.`, path);
}

/**
 * The classifier settings the fit depends on, as one canonical string: every key, sorted, with
 * numbers written exactly (Infinity included, which JSON would turn into null).
 */
export function configFingerprint(config: object): string {
  const entries = Object.entries(config).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.map(([key, value]) => `${key}=${Array.isArray(value) ? `[${value.map(String).join(',')}]` : String(value)}`).join(';');
}

/** Two 32-bit FNV-1a streams with different starts: 64 bits against accidental damage (not an attacker's). */
class Checksum {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5eed;

  number(n: number): void {
    this.a = Math.imul(this.a ^ (n & 0xffff), 0x01000193);
    this.b = Math.imul(this.b ^ ((n >>> 16) & 0xffff), 0x01000193);
    this.a = Math.imul(this.a ^ (n >>> 16), 0x01000193);
    this.b = Math.imul(this.b ^ (n & 0xffff), 0x01000193);
  }

  text(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.a = Math.imul(this.a ^ c, 0x01000193);
      this.b = Math.imul(this.b ^ c, 0x01000193);
    }
    // The length ends each string, so ["ab", "c"] and ["a", "bc"] differ.
    this.number(s.length);
  }

  bytes(u: Uint8Array): void {
    for (let i = 0; i < u.length; i++) {
      this.a = Math.imul(this.a ^ (u[i] as number), 0x01000193);
      this.b = Math.imul(this.b ^ (u[i] as number), 0x01000193);
    }
    this.number(u.length);
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

function checksumOf(snapshot: StoreSnapshot, config: string, weights: Uint8Array | null, numbers: Uint8Array): string {
  const c = new Checksum();
  c.number(snapshot.vocabulary.length);
  for (const token of snapshot.vocabulary) c.text(token);
  c.number(snapshot.documents.length);
  for (const doc of snapshot.documents) {
    c.text(doc.id);
    c.number(doc.label === 'spam' ? 1 : 0);
    c.number(doc.tokens.length);
    for (const t of doc.tokens) c.number(t);
  }
  c.text(config);
  if (weights === null) c.number(0xffffffff);
  else c.bytes(weights);
  c.bytes(numbers);
  return c.hex();
}

// btoa/atob rather than Buffer: the library runs wherever a browser-like global scope does.
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string, path: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    corrupt(`${path} is not base64.`, path);
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * The block for `snapshot`: `weights[p]` is the trained weight of vocabulary entry p. Little-endian
 * whatever the machine, so a file moves between machines unchanged.
 */
export function encodeFitted(snapshot: StoreSnapshot, config: string, weights: Float32Array | null, bias: number, calibration: Calibration): FittedJSON {
  let weightBytes: Uint8Array | null = null;
  if (weights !== null) {
    weightBytes = new Uint8Array(4 * weights.length);
    const view = new DataView(weightBytes.buffer);
    for (let i = 0; i < weights.length; i++) view.setFloat32(4 * i, weights[i] as number, true);
  }
  const numberBytes = new Uint8Array(8 * NUMBERS);
  const view = new DataView(numberBytes.buffer);
  const tail = calibration.hamTail;
  [weights === null ? 0 : bias, calibration.slope, calibration.offset, tail ? 1 : 0, tail?.budget ?? 0, tail?.placed ?? 0].forEach((x, i) => view.setFloat64(8 * i, x, true));
  return {
    version: FITTED_VERSION,
    config,
    weights: weightBytes === null ? null : toBase64(weightBytes),
    numbers: toBase64(numberBytes),
    checksum: checksumOf(snapshot, config, weightBytes, numberBytes),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a fitted block against the documents it came with. Undefined for a block of another
 * version (ignored: the loader refits); throws E_MODEL_CORRUPT for a damaged or mismatched one.
 */
export function readFitted(value: unknown, snapshot: StoreSnapshot, path: string): FittedState | undefined {
  if (!isObject(value)) corrupt(`${path} must be an object, received ${describeValue(value)}.`, path);
  if (value['version'] !== FITTED_VERSION) return undefined;
  for (const key of Object.keys(value)) {
    if (!['version', 'config', 'weights', 'numbers', 'checksum'].includes(key)) corrupt(`${path} has an unknown key ${JSON.stringify(key.slice(0, 40))}.`, `${path}.${key}`);
  }
  const { config, weights, numbers, checksum } = value;
  if (typeof config !== 'string') corrupt(`${path}.config must be a string, received ${describeValue(config)}.`, `${path}.config`);
  if (weights !== null && typeof weights !== 'string') corrupt(`${path}.weights must be a base64 string or null, received ${describeValue(weights)}.`, `${path}.weights`);
  if (typeof numbers !== 'string') corrupt(`${path}.numbers must be a base64 string, received ${describeValue(numbers)}.`, `${path}.numbers`);
  if (typeof checksum !== 'string') corrupt(`${path}.checksum must be a string, received ${describeValue(checksum)}.`, `${path}.checksum`);
  const weightBytes = weights === null ? null : fromBase64(weights, `${path}.weights`);
  if (weightBytes !== null && weightBytes.length !== 4 * snapshot.vocabulary.length) {
    corrupt(`${path}.weights holds ${weightBytes.length} bytes; the vocabulary's ${snapshot.vocabulary.length} tokens need ${4 * snapshot.vocabulary.length}.`, `${path}.weights`);
  }
  const numberBytes = fromBase64(numbers, `${path}.numbers`);
  if (numberBytes.length !== 8 * NUMBERS) corrupt(`${path}.numbers holds ${numberBytes.length} bytes, expected ${8 * NUMBERS}.`, `${path}.numbers`);
  if (checksumOf(snapshot, config, weightBytes, numberBytes) !== checksum) {
    corrupt(`${path}.checksum does not match the fitted block and the documents beside it: the file was edited or damaged.`, `${path}.checksum`);
  }
  let out: Float32Array | null = null;
  if (weightBytes !== null) {
    out = new Float32Array(snapshot.vocabulary.length);
    const view = new DataView(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
    for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(4 * i, true);
  }
  const view = new DataView(numberBytes.buffer, numberBytes.byteOffset, numberBytes.byteLength);
  const n = (i: number): number => view.getFloat64(8 * i, true);
  const calibration: Calibration = { slope: n(1), offset: n(2) };
  if (n(3) === 1) calibration.hamTail = { budget: n(4), placed: n(5) };
  return { config, weights: out, bias: n(0), calibration };
}
