// The one module that imports tldts: what a hostname is (IP, registrable domain, public suffix).
// Hosts are compared as browsers resolve them: Unicode hosts in punycode (IDNA, which also maps
// full-width letters and the ideographic full stop), IPv4 in any notation as dotted decimal,
// IPv4-mapped IPv6 as the IPv4 address it is.
import { createRequire } from 'node:module';
import { isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';
import { ipv4FromMapped, numericIpv4 } from '../normalize/ip.js';
// Through require(), not import: see src/tokenize/natural.ts (Node's CommonJS export lexer).
const require = createRequire(import.meta.url);
const { parse } = require('tldts') as typeof import('tldts');

export interface HostInfo {
  /** Lowercase, without a trailing dot or IPv6 brackets. */
  host: string;
  /** Registrable domain, or null for IPs and hosts whose suffix is not on the public suffix list. */
  domain: string | null;
  suffix: string | null;
  /** The registrable domain without its suffix (`viagrapascherfr`), '' when there is no domain. */
  label: string;
  /** Labels left of the registrable domain (`www`, `a.b`), '' when none. */
  subdomain: string;
  isIp: boolean;
  isPunycode: boolean;
  /** The suffix is on the ICANN or private part of the public suffix list and a registrable domain precedes it. */
  known: boolean;
}

// Private suffixes on: `spam.blogspot.com` is its own registrable domain, not blogspot.com.
// Hosts reach tldts already extracted and validated, so it is told not to do that work again.
const TLDTS_OPTIONS = {
  allowPrivateDomains: true,
  extractHostname: false,
  validateHostname: false,
  mixedInputs: false,
  detectIp: true,
} as const;

const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

function isIpv4(host: string): boolean {
  let octets = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i <= host.length; i++) {
    const c = i < host.length ? host.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || value > 255) return false;
      octets++;
      digits = 0;
      value = 0;
    } else if (c >= 48 && c <= 57 && digits < 3) {
      value = value * 10 + (c - 48);
      digits++;
    } else {
      return false;
    }
  }
  return octets === 4;
}

function isIpv6(host: string): boolean {
  return host.length >= 2 && host.length <= 45 && isIPv6(host);
}

const NON_ASCII = /[^\x00-\x7f]/;

function ipInfo(host: string): HostInfo {
  return { host, domain: null, suffix: null, label: '', subdomain: '', isIp: true, isPunycode: false, known: false };
}

/** Labels of 1..63 characters: ASCII letters, digits, `-`, `_`, or any non-ASCII letter (IDN written in Unicode). */
function isHostname(host: string): boolean {
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return false;
  let labelLength = 0;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c === 46) {
      if (labelLength === 0) return false;
      labelLength = 0;
      continue;
    }
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c >= 0xaa;
    if (!ok || ++labelLength > MAX_LABEL_LENGTH) return false;
  }
  return labelLength > 0;
}

/**
 * Describes a hostname as written in a URL (any case, IPv6 in brackets, trailing dot allowed).
 * Returns null when it cannot be a hostname at all; an unknown suffix (`node.js`, `file.txt`)
 * comes back with `known: false` and no domain.
 */
export function describeHost(raw: string): HostInfo | null {
  let host = raw.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (isIpv4(host)) return ipInfo(host);
  if (host.includes(':')) {
    if (!isIpv6(host)) return null; // `[::1::2]` is no address: browsers refuse it
    return ipInfo(ipv4FromMapped(host) ?? host);
  }
  if (NON_ASCII.test(host)) {
    // IDNA: `pаypal.com` is the host `xn--pypal-4ve.com`, the form its punycode twin is judged in.
    if (!isHostname(host)) return null;
    const ascii = domainToASCII(host);
    if (ascii === '') return null;
    host = ascii;
  }
  const numeric = numericIpv4(host);
  if (numeric === undefined) return null;
  if (numeric !== null) return ipInfo(numeric);
  if (!isHostname(host)) return null;
  const parsed = parse(host, TLDTS_OPTIONS);
  // A bare suffix (`co.uk`, `blogspot.com`) has no registrable domain: not a site anyone owns.
  const known = (parsed.isIcann === true || parsed.isPrivate === true) && typeof parsed.domain === 'string' && parsed.domain !== '';
  const domain = known ? parsed.domain : null;
  return {
    host,
    domain,
    suffix: known ? parsed.publicSuffix : null,
    label: domain !== null ? (parsed.domainWithoutSuffix ?? '') : '',
    subdomain: domain !== null ? (parsed.subdomain ?? '') : '',
    isIp: false,
    isPunycode: host.startsWith('xn--') || host.includes('.xn--'),
    known,
  };
}
