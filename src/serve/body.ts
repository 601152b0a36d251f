// Request bodies: read with a byte limit (the socket is cut past it, nothing is buffered beyond),
// then parsed as JSON when the client says so and as form fields otherwise. Akismet clients send
// form bodies with odd or missing Content-Type headers (the `akismet` package sends
// `charset=utf-8` alone), so anything not declared JSON is read as a form.
import type { IncomingMessage } from 'node:http';
import { ProtocolError } from './akismet.js';

export interface BodyLimits {
  /** Bytes of request body accepted. */
  maxBodyBytes: number;
  /** Characters of any one field value. */
  maxFieldChars: number;
  /** Fields in one request. */
  maxFields: number;
}

/** Collects the body, refusing it (413) as soon as it passes the limit. */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      reject(new ProtocolError(`Request body is over ${maxBytes} bytes.`, 413));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new ProtocolError(`Request body is over ${maxBytes} bytes.`, 413));
        req.removeAllListeners('data');
        // Stop reading: the rest of an oversized body is never buffered.
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
    // A client that hangs up mid-body leaves no 'end': settle so nothing waits on it.
    req.on('close', () => {
      if (!req.complete) reject(new ProtocolError('The request body was cut short.', 400));
    });
  });
}

function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

/** A JSON body must be one flat object; numbers and booleans become strings, arrays are ignored like unknown fields. */
function jsonFields(text: string): Array<[string, string]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProtocolError('The request body is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ProtocolError('The JSON body must be an object of fields.');
  const out: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(data)) {
    if (typeof value === 'string') out.push([name, value]);
    else if (typeof value === 'number' || typeof value === 'boolean') out.push([name, String(value)]);
    else if (value === null || Array.isArray(value)) continue;
    else throw new ProtocolError(`Field "${name.slice(0, 40)}" must be a string, not an object.`);
  }
  return out;
}

/**
 * The request's fields, checked against the limits. A field given twice keeps its first value
 * (URLSearchParams order), the way PHP-less form readers commonly do.
 */
export function parseFields(body: Buffer, contentType: string | undefined, limits: BodyLimits): Map<string, string> {
  const text = body.toString('utf8');
  const pairs = isJson(contentType) ? jsonFields(text) : new URLSearchParams(text);
  const fields = new Map<string, string>();
  let count = 0;
  for (const [name, value] of pairs) {
    if (++count > limits.maxFields) throw new ProtocolError(`More than ${limits.maxFields} fields.`);
    if (value.length > limits.maxFieldChars || name.length > limits.maxFieldChars) {
      throw new ProtocolError(`Field "${name.slice(0, 40)}" is longer than ${limits.maxFieldChars} characters.`);
    }
    if (!fields.has(name)) fields.set(name, value);
  }
  return fields;
}
