/**
 * Fetching a page or a feed politely and safely: a clear user agent, a timeout, a size limit, redirects
 * followed one by one (each hop checked), only the content types asked for, and no private or loopback
 * address unless allowed. Every failure is one IngestError sentence; nothing here throws anything else.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Agent, fetch } from 'undici';
import { IngestError } from '../errors.js';

export const USER_AGENT = 'dealbot/0.1 (+https://github.com/dealbot; follows one news story for a newsroom)';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  allowPrivate: boolean;
  /** Content types accepted (prefix match on the media type). */
  accept: readonly string[];
  /** Conditional GET validators from the previous fetch. */
  etag?: string | null;
  lastModified?: string | null;
  maxRedirects?: number;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  body: string;
  etag: string | null;
  lastModified: string | null;
}

/** 304: the resource has not changed since the validators given. */
export interface NotModified {
  url: string;
  status: 304;
  notModified: true;
}

export const HTML_TYPES = ['text/html', 'application/xhtml+xml'] as const;
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml', 'application/rdf+xml'] as const;

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

/** True for loopback, private, link-local, multicast and unspecified addresses (IPv4-mapped IPv6 too). */
export function isPrivateAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return PRIVATE.check(mapped[1] as string, 'ipv4');
  const family = isIP(plain);
  if (family === 4) return PRIVATE.check(plain, 'ipv4');
  if (family === 6) return PRIVATE.check(plain, 'ipv6');
  return false;
}

/** Parses and checks a URL given by a user or a feed; throws IngestError with the reason. */
export function checkUrl(input: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new IngestError(`"${input}" is not a URL (give the full address, starting with https://).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new IngestError(`Only http and https links can be added (got ${url.protocol}).`);
  if (url.username || url.password) throw new IngestError('Links with a user name or password are not fetched.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (isPrivateAddress(host) || host === 'localhost' || host.endsWith('.localhost')))
    throw new IngestError(
      `${url.host} is a private or loopback address; dealbot only fetches public pages (set ALLOW_PRIVATE_URLS=1 to allow).`,
    );
  return url;
}

/**
 * A DNS lookup that refuses private addresses: checked when connecting, so a name that resolves to a public
 * address when checked and a private one when used (DNS rebinding) is still refused.
 */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return (callback as (e: Error | null, a: LookupAddress[]) => void)(err, []);
    const list = addresses as LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad) {
      const e = Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATE' });
      return (callback as (e: Error | null, a: LookupAddress[]) => void)(e, []);
    }
    if (options.all) return (callback as (e: Error | null, a: LookupAddress[]) => void)(null, list);
    const first = list[0] as LookupAddress;
    return (callback as (e: Error | null, a: string, f: number) => void)(null, first.address, first.family);
  });
};

let publicAgent: Agent | null = null;
let anyAgent: Agent | null = null;
function agentFor(allowPrivate: boolean): Agent {
  if (allowPrivate) {
    anyAgent ??= new Agent({ connections: 8 });
    return anyAgent;
  }
  publicAgent ??= new Agent({ connections: 8, connect: { lookup: publicLookup } });
  return publicAgent;
}

function causeCode(err: unknown): string {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return (err as Error)?.name ?? 'error';
}

/** Fetches one URL with the rules above. Returns `NotModified` for a 304 answer to a conditional GET. */
export async function fetchUrl(input: string, options: FetchOptions): Promise<Fetched | NotModified> {
  let url = checkUrl(input, options.allowPrivate);
  const maxRedirects = options.maxRedirects ?? 5;
  const deadline = AbortSignal.timeout(options.timeoutMs);
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      accept: `${options.accept.join(', ')};q=1, */*;q=0.1`,
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    let res: Awaited<ReturnType<typeof fetch>>;
    try {
      res = await fetch(url, { headers, redirect: 'manual', signal: deadline, dispatcher: agentFor(options.allowPrivate) });
    } catch (err) {
      const code = causeCode(err);
      if (deadline.aborted || code === 'TimeoutError' || code === 'AbortError')
        throw new IngestError(`${url.host} did not answer within ${Math.round(options.timeoutMs / 1000)} s.`, err);
      if (code === 'EPRIVATE')
        throw new IngestError(`${url.host} resolves to a private or loopback address; dealbot only fetches public pages.`, err);
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw new IngestError(`${url.host} could not be found (DNS).`, err);
      throw new IngestError(`Could not fetch ${url.href} (${code}).`, err);
    }
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      await res.body?.cancel().catch(() => {});
      const location = res.headers.get('location');
      if (!location) throw new IngestError(`${url.href} redirects (HTTP ${res.status}) without saying where.`);
      if (hop >= maxRedirects) throw new IngestError(`${input} redirects more than ${maxRedirects} times; giving up.`);
      url = checkUrl(new URL(location, url).href, options.allowPrivate);
      continue;
    }
    if (res.status === 304) {
      await res.body?.cancel().catch(() => {});
      return { url: url.href, status: 304, notModified: true };
    }
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel().catch(() => {});
      throw new IngestError(`${url.href} was not found (HTTP ${res.status}).`);
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel().catch(() => {});
      throw new IngestError(`${url.href} refused access (HTTP ${res.status}); it may be behind a paywall or a login.`);
    }
    if (res.status === 429 || res.status >= 500 || res.status < 200 || res.status >= 300) {
      await res.body?.cancel().catch(() => {});
      throw new IngestError(`${url.href} answered HTTP ${res.status}; try again later.`);
    }
    const contentType = (res.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!options.accept.some((t) => contentType.startsWith(t))) {
      await res.body?.cancel().catch(() => {});
      throw new IngestError(
        `${url.href} is not a web page (${contentType || 'no content type'}); dealbot reads ${options.accept.includes('text/html') ? 'HTML articles' : 'RSS or Atom feeds'}.`,
      );
    }
    const declared = Number(res.headers.get('content-length') ?? 'NaN');
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new IngestError(`${url.href} is too large (${declared} bytes; the limit is ${options.maxBytes}).`);
    }
    const body = await readLimited(res, options.maxBytes, url, options.timeoutMs, deadline);
    return {
      url: url.href,
      status: res.status,
      contentType,
      body: decodeBody(body, res.headers.get('content-type')),
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
  }
}

async function readLimited(
  res: Awaited<ReturnType<typeof fetch>>,
  maxBytes: number,
  url: URL,
  timeoutMs: number,
  deadline: AbortSignal,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += (chunk as Uint8Array).byteLength;
      if (size > maxBytes) {
        await res.body?.cancel().catch(() => {});
        throw new IngestError(`${url.href} is too large (over ${maxBytes} bytes).`);
      }
      chunks.push(Buffer.from(chunk as Uint8Array));
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    if (deadline.aborted) throw new IngestError(`${url.host} did not send the page within ${Math.round(timeoutMs / 1000)} s.`, err);
    throw new IngestError(`The connection to ${url.host} broke while reading the page (${causeCode(err)}).`, err);
  }
  return Buffer.concat(chunks);
}

/** Decodes with the charset of the header or the page's `<meta charset>`, UTF-8 by default. */
function decodeBody(bytes: Buffer, header: string | null): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(header ?? '')?.[1];
  const head = bytes.subarray(0, 2048).toString('latin1');
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  const charset = (fromHeader ?? fromMeta ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
