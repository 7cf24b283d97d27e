/**
 * A local WebSocket server playing Slack's side of Socket Mode: it greets with `hello`, sends envelopes
 * (`events_api`, `slash_commands`, `interactive`) and records the app's acknowledgements. `ws` is not
 * installed, so this speaks RFC 6455 directly (text, ping/pong and close frames; no extensions).
 */
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.alloc(2) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = 0x80 | opcode;
  if (len < 126) head[1] = len;
  else if (len < 65536) {
    head[1] = 126;
    head.writeUInt16BE(len, 2);
  } else {
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([head, payload]);
}

export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
  at: number;
}

export class FakeSocketModeServer {
  readonly acks: Ack[] = [];
  connections = 0;
  private socket: Duplex | null = null;
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSocketModeServer> {
    const server = createServer((_req, res) => {
      res.writeHead(426);
      res.end();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const fake = new FakeSocketModeServer(server, `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link?ticket=test`);
    server.on('upgrade', (req, socket) => fake.accept(req.headers['sec-websocket-key'], socket));
    return fake;
  }

  private accept(key: string | string[] | undefined, socket: Duplex): void {
    const accept = createHash('sha1')
      .update(`${String(key)}${GUID}`)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    this.socket = socket;
    this.connections++;
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const parsed = this.parse(buffered);
        if (!parsed) break;
        buffered = buffered.subarray(parsed.size);
        this.onFrame(socket, parsed.opcode, parsed.payload);
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      if (this.socket === socket) this.socket = null;
    });
    this.send({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0000APP' } });
    this.wake();
  }

  private parse(buf: Buffer): { opcode: number; payload: Buffer; size: number } | null {
    if (buf.length < 2) return null;
    const opcode = (buf[0] as number) & 0x0f;
    const masked = ((buf[1] as number) & 0x80) !== 0;
    let len = (buf[1] as number) & 0x7f;
    let offset = 2;
    if (len === 126) {
      if (buf.length < 4) return null;
      len = buf.readUInt16BE(2);
      offset = 4;
    } else if (len === 127) {
      if (buf.length < 10) return null;
      len = Number(buf.readBigUInt64BE(2));
      offset = 10;
    }
    const maskLen = masked ? 4 : 0;
    if (buf.length < offset + maskLen + len) return null;
    const mask = buf.subarray(offset, offset + maskLen);
    const payload = Buffer.from(buf.subarray(offset + maskLen, offset + maskLen + len));
    if (masked) for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] as number) ^ (mask[i % 4] as number);
    return { opcode, payload, size: offset + maskLen + len };
  }

  private onFrame(socket: Duplex, opcode: number, payload: Buffer): void {
    if (opcode === 0x1) {
      const msg = JSON.parse(payload.toString('utf8')) as Ack;
      this.acks.push({ ...msg, at: Date.now() });
      this.wake();
    } else if (opcode === 0x8) {
      socket.end(frame(0x8, payload.subarray(0, 2)));
    } else if (opcode === 0x9) {
      socket.write(frame(0xa, payload));
    }
  }

  private wake(): void {
    for (const w of this.waiters) w();
  }

  /** Resolves once an app is connected (it reconnects by itself after a disconnect). */
  async connected(timeoutMs = 15_000): Promise<void> {
    await this.waitUntil(() => this.socket !== null, timeoutMs);
  }

  /** Sends a JSON message to the connected app. */
  send(message: unknown): void {
    if (!this.socket) throw new Error('No Socket Mode client is connected');
    this.socket.write(frame(0x1, Buffer.from(JSON.stringify(message))));
  }

  /** Sends an envelope as Slack does; returns its envelope_id. */
  sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown, extra: Record<string, unknown> = {}): string {
    const envelope_id = randomUUID();
    this.send({
      envelope_id,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      retry_attempt: 0,
      retry_reason: '',
      ...extra,
    });
    return envelope_id;
  }

  async waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
    if (check()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(w);
        reject(new Error('Timed out waiting on the Socket Mode server'));
      }, timeoutMs);
      const w = () => {
        if (check()) {
          clearTimeout(timer);
          this.waiters.delete(w);
          resolve();
        }
      };
      this.waiters.add(w);
    });
  }

  async waitForAck(envelopeId: string, timeoutMs = 10_000): Promise<Ack> {
    await this.waitUntil(() => this.acks.some((a) => a.envelope_id === envelopeId), timeoutMs);
    return this.acks.find((a) => a.envelope_id === envelopeId) as Ack;
  }

  async close(): Promise<void> {
    this.socket?.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
