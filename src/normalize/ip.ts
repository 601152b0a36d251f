// IP addresses in one canonical form, so that lists and rules compare like with like. Node
// reports an IPv4 client on a dual-stack socket as `::ffff:203.0.113.9`; URLs can write an IPv4
// host as one number (`2130706433`), in hex (`0x7f.0.0.1`) or octal (`0177.0.0.1`), as browsers
// accept. node:net validates; the WHATWG URL host parser (Node's URL) reads the numeric forms.
import { isIP, isIPv6 } from 'node:net';

/** `::ffff:a.b.c.d` or `::ffff:7f00:1` (any case, optional brackets) → `a.b.c.d`; anything else → null. */
export function ipv4FromMapped(address: string): string | null {
  let a = address.trim().toLowerCase();
  if (a.startsWith('[') && a.endsWith(']')) a = a.slice(1, -1);
  const m = /^(?:0{1,4}:){0,4}(?:0{1,4})?::ffff:(.{3,15})$/.exec(a) ?? /^(?:0{1,4}:){5}ffff:(.{3,15})$/.exec(a);
  if (m === null || !isIPv6(a)) return null;
  const rest = m[1] as string;
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(rest);
  if (hex === null) return null;
  const hi = Number.parseInt(hex[1] as string, 16);
  const lo = Number.parseInt(hex[2] as string, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** An IP address as written by a client or a list, in canonical form (IPv4-mapped IPv6 as IPv4, lowercase). */
export function canonicalIp(address: string): string {
  // Only an IPv6 form (it has a colon) can be IPv4-mapped.
  if (!address.includes(':')) return address.trim().toLowerCase();
  return ipv4FromMapped(address) ?? address.trim().toLowerCase();
}

// WHATWG: a host whose last label is a number (decimal, `0x` hex, or octal with a leading 0) is an IPv4 address.
const NUMERIC_LABEL = /^(?:0x[0-9a-f]*|\d+)$/i;

function endsInNumber(host: string): boolean {
  const h = host.endsWith('.') ? host.slice(0, -1) : host;
  const last = h.charCodeAt(h.length - 1) | 32;
  // Cheap first look: a number label ends in a digit or a hex digit.
  if (!((last >= 48 && last <= 57) || (last >= 97 && last <= 102))) return false;
  return NUMERIC_LABEL.test(h.slice(h.lastIndexOf('.') + 1));
}

/**
 * A hostname that browsers read as an IPv4 address in another notation, in dotted-decimal form;
 * null when it is no such host. `undefined` when it ends in a number but is no valid address
 * (browsers refuse to load it).
 */
export function numericIpv4(host: string): string | null | undefined {
  if (!endsInNumber(host)) return null;
  try {
    const h = new URL(`http://${host}/`).hostname;
    return isIP(h) === 4 ? h : undefined;
  } catch {
    return undefined; // the URL parser refuses it: so does every browser
  }
}
