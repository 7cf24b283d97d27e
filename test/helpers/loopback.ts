import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Starts an HTTP server on 127.0.0.1 (a free port) for a fake API; `handle` gets each request with its
 * whole body and its path. Tests never talk to anything beyond the loopback interface.
 */
export async function startLoopbackServer(
  handle: (req: IncomingMessage, res: ServerResponse, body: string, path: string) => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8'), new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
