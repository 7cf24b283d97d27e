import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';
import type { BotHandle } from './answering.js';

export const HEALTH_PATH = '/healthz';

/** `GET /healthz`: 200 once the articles are loaded, 503 while loading (or if loading failed). */
export function healthHandler(bot: BotHandle) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    const status = bot.status;
    res.writeHead(status === 'ready' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ status }));
  };
}

/**
 * A small HTTP server for the health route in Socket Mode (where Slack needs no public URL). A port already
 * in use disables the health check with a warning instead of stopping the app.
 */
export async function startHealthServer(
  bot: BotHandle,
  port: number,
  host: string | undefined,
  logger: Logger,
): Promise<{ port: number; close: () => Promise<void> } | null> {
  const handle = healthHandler(bot);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) handle(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    logger.warn(`Health check not available: cannot listen on port ${port} (${(err as NodeJS.ErrnoException).code ?? String(err)}).`);
    return null;
  }
  server.on('error', (err) => logger.warn('Health check server error:', err));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
