/**
 * A fake Slack Web API on 127.0.0.1 that records every call: `POST /api/<method>` (form-encoded or JSON, as
 * @slack/web-api sends them) and `POST /response/<id>` (response_url posts). Replies are Slack-shaped and can
 * be overridden per method (rate limits, platform errors…). Nothing reaches the internet.
 */
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { startLoopbackServer } from './loopback.js';

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `response_url`. */
  method: string;
  /** Request path: `/api/chat.postMessage`, `/response/abc`. */
  path: string;
  /** Parsed body; JSON-encoded form fields (blocks…) are decoded. */
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** HTTP status the fake answered with. */
  status: number;
  at: number;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type FakeHandler = (call: RecordedCall) => FakeReply | undefined;

interface Override {
  handler: FakeHandler;
  times: number;
}

export interface SlackMessageFixture {
  ts: string;
  user?: string;
  bot_id?: string;
  text: string;
  thread_ts?: string;
  subtype?: string;
}

/** Bot identity returned by auth.test. */
export const FAKE_BOT = { userId: 'UBOT0001', botId: 'BBOT0001', teamId: 'T0000001' } as const;

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { _raw: raw };
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // keep the string
      }
    }
    out[k] = v;
  }
  return out;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /** conversations.replies data, by `channel:thread_ts`. */
  readonly threads = new Map<string, SlackMessageFixture[]>();
  /** conversations.history data, by channel (newest first, as Slack returns it). */
  readonly history = new Map<string, SlackMessageFixture[]>();
  /** Returned by apps.connections.open (Socket Mode). */
  socketUrl: string | null = null;
  private readonly overrides = new Map<string, Override[]>();
  private readonly waiters = new Set<() => void>();
  private tsCounter = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSlack> {
    const handler: { fake?: FakeSlack } = {};
    const { server, url } = await startLoopbackServer((req, res, text, path) => handler.fake?.handle(req, res, text, path));
    handler.fake = new FakeSlack(server, url);
    return handler.fake;
  }

  private handle(req: IncomingMessage, res: ServerResponse, text: string, path: string): void {
    const method = path.startsWith('/api/') ? path.slice(5) : path.startsWith('/response/') ? 'response_url' : path;
    const call: RecordedCall = {
      method,
      path,
      body: parseBody(text, req.headers['content-type']),
      headers: req.headers,
      status: 200,
      at: Date.now(),
    };
    const reply = this.replyFor(call);
    call.status = reply.status ?? 200;
    this.calls.push(call);
    const plain = typeof reply.body === 'string';
    res.writeHead(call.status, { 'content-type': plain ? 'text/plain' : 'application/json', ...reply.headers });
    res.end(plain ? reply.body : JSON.stringify(reply.body ?? { ok: true }));
    for (const wake of this.waiters) wake();
  }

  /** The base URL for SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A response_url on this server. */
  responseUrl(id = Math.random().toString(36).slice(2)): string {
    return `${this.url}/response/${id}`;
  }

  /** Answers `method` with `handler` (a reply or a function returning one; undefined falls through) `times` times. */
  on(method: string, handler: FakeHandler | FakeReply, times = Number.POSITIVE_INFINITY): void {
    const fn: FakeHandler = typeof handler === 'function' ? handler : () => handler;
    const list = this.overrides.get(method) ?? [];
    list.push({ handler: fn, times });
    this.overrides.set(method, list);
  }

  /** Removes the overrides and recorded calls. */
  reset(): void {
    this.calls.length = 0;
    this.overrides.clear();
    this.threads.clear();
    this.history.clear();
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Posts to one response_url (by the URL or its id). */
  responsesTo(urlOrId: string): RecordedCall[] {
    const id = urlOrId.split('/').pop();
    return this.calls.filter((c) => c.method === 'response_url' && c.path === `/response/${id}`);
  }

  /** Resolves with the matching calls once there are at least `count`; rejects after `timeoutMs`. */
  async waitFor(predicate: (c: RecordedCall) => boolean, count = 1, timeoutMs = 10_000): Promise<RecordedCall[]> {
    const matching = () => this.calls.filter(predicate);
    if (matching().length >= count) return matching();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(
            `Timed out waiting for ${count} matching call(s); have ${matching().length}. Calls: ${this.calls.map((c) => c.method).join(', ')}`,
          ),
        );
      }, timeoutMs);
      const check = () => {
        const found = matching();
        if (found.length >= count) {
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve(found);
        }
      };
      this.waiters.add(check);
    });
  }

  /** Resolves once no call has arrived for `quietMs` (so a test's late calls do not leak into the next). */
  async settle(quietMs = 150, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let seen = -1;
    while (seen !== this.calls.length && Date.now() < deadline) {
      seen = this.calls.length;
      await new Promise((r) => setTimeout(r, quietMs));
    }
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private nextTs(): string {
    this.tsCounter++;
    return `${1750000000 + this.tsCounter}.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private replyFor(call: RecordedCall): FakeReply {
    const list = this.overrides.get(call.method);
    if (list) {
      for (const o of list) {
        if (o.times <= 0) continue;
        const r = o.handler(call);
        if (r) {
          o.times--;
          return r;
        }
      }
    }
    const b = call.body as Record<string, string | undefined>;
    switch (call.method) {
      case 'auth.test':
        return {
          body: {
            ok: true,
            url: 'https://fake.slack.test/',
            team: 'Fake',
            user: 'dealbot',
            team_id: FAKE_BOT.teamId,
            user_id: FAKE_BOT.userId,
            bot_id: FAKE_BOT.botId,
          },
        };
      case 'chat.postMessage': {
        const ts = this.nextTs();
        return { body: { ok: true, channel: b.channel, ts, message: { ts, text: b.text, bot_id: FAKE_BOT.botId } } };
      }
      case 'chat.startStream': {
        // Slack streams only replies, and outside DMs only to a named recipient.
        if (!b.thread_ts) return { body: { ok: false, error: 'invalid_arguments' } };
        if (!String(b.channel).startsWith('D') && !(b.recipient_user_id && b.recipient_team_id))
          return { body: { ok: false, error: 'missing_recipient_user_id' } };
        const ts = this.nextTs();
        return { body: { ok: true, channel: b.channel, ts } };
      }
      case 'chat.appendStream':
      case 'chat.stopStream':
      case 'chat.update':
        return { body: { ok: true, channel: b.channel, ts: b.ts } };
      case 'chat.postEphemeral':
        return { body: { ok: true, message_ts: this.nextTs() } };
      case 'conversations.replies': {
        const all = this.threads.get(`${b.channel}:${b.ts}`) ?? [];
        const latest = b.latest ? Number(b.latest) : Number.POSITIVE_INFINITY;
        return {
          body: {
            ok: true,
            messages: all.filter((m) => Number(m.ts) < latest || (b.inclusive === 'true' && Number(m.ts) === latest)),
            has_more: false,
          },
        };
      }
      case 'conversations.history': {
        const all = this.history.get(String(b.channel)) ?? [];
        const latest = b.latest ? Number(b.latest) : Number.POSITIVE_INFINITY;
        return { body: { ok: true, messages: all.filter((m) => Number(m.ts) < latest), has_more: false } };
      }
      case 'apps.connections.open':
        return { body: this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'invalid_auth' } };
      case 'response_url':
        return { body: 'ok' };
      default:
        return { body: { ok: true } };
    }
  }
}
