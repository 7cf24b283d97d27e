/**
 * Slack load check: starts the app on 127.0.0.1 against the fake Slack Web API, fires 40 concurrent signed
 * `/deal who signed the deal and when?` requests, and reports how fast they were acknowledged and when all
 * answers had arrived at their response_url. Exits non-zero if an ack took 3 s or more, or an answer is missing.
 *
 * The requests come from a worker thread, as Slack's would come from another machine: a client in the
 * app's own event loop would measure its own waiting, not the app's acknowledgements.
 *
 *   npx tsx scripts/bench-slack.ts [--requests 40] [--answer-ms N]
 *
 * `--answer-ms N` makes every answer spend N more milliseconds of CPU (to see acks stay fast with slow answers).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { Dealbot } from '../src/pipeline.js';
import type { DealbotLike } from '../src/slack/answering.js';
import { createSlackApp, EVENTS_PATH } from '../src/slack/app.js';
import { FakeSlack } from '../test/helpers/slack-fake-api.js';
import { SIGNING_SECRET, slashCommandBody } from '../test/helpers/slack-signing.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '40' }, 'answer-ms': { type: 'string', default: '0' } } });
const n = Number(values.requests);
const extraMs = Number(values['answer-ms']);
const QUESTION = 'who signed the deal and when?';
const ACK_LIMIT_MS = 3000;

/** Sends the signed requests concurrently from its own thread; posts back [{ ms, status }]. */
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
(async () => {
  const { url, secret, bodies } = workerData;
  const results = await Promise.all(bodies.map(async (body) => {
    const ts = Math.floor(Date.now() / 1000);
    const sig = 'v0=' + createHmac('sha256', secret).update('v0:' + ts + ':' + body).digest('hex');
    const started = performance.now();
    try {
      const res = await fetch(url, { method: 'POST', body, headers: {
        'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig } });
      await res.text();
      return { ms: performance.now() - started, status: res.status };
    } catch {
      return { ms: performance.now() - started, status: 0 };
    }
  }));
  parentPort.postMessage(results);
})();`;

const fake = await FakeSlack.start();
const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealbot-bench-'));
const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' });
const logger = createLogger('warn');
const dealbot = await Dealbot.create({ config, logger, indexDir, answerer: null });
const bot: DealbotLike = {
  answerQuestion: async (q, o) => {
    const until = Date.now() + extraMs;
    while (Date.now() < until) {
      // simulated CPU-bound work
    }
    return dealbot.answerQuestion(q, o);
  },
  sources: () => dealbot.sources(),
  conflicts: () => dealbot.conflicts(),
  timeline: () => dealbot.timeline(),
};
const slack = createSlackApp({ config, logger, bot, host: '127.0.0.1', logLevel: 'warn' });
const port = await slack.start(0);

const urls = Array.from({ length: n }, (_, i) => fake.responseUrl(`bench-${i}`));
// One user each: the per-user rate limit (10 a minute) would otherwise answer most of them with "slow down".
const bodies = urls.map((u, i) => slashCommandBody({ text: QUESTION, response_url: u, user_id: `U0BENCH${i}` }));
const started = performance.now();
const worker = new Worker(CLIENT, {
  eval: true,
  workerData: { url: `http://127.0.0.1:${port}${EVENTS_PATH}`, secret: SIGNING_SECRET, bodies },
});
const acks: Array<{ ms: number; status: number }> = await new Promise((resolve, reject) => {
  worker.once('message', resolve);
  worker.once('error', reject);
});
let allAnsweredMs: number | null = null;
try {
  await fake.waitFor((c) => c.method === 'response_url', n, 60_000 + n * extraMs);
  allAnsweredMs = Math.round(performance.now() - started);
} catch {
  // reported below as missing answers
}
const answered = urls.filter((u) => fake.responsesTo(u).length > 0).length;
const ms = acks.map((a) => a.ms).sort((a, b) => a - b);
const median = ((ms[Math.floor((n - 1) / 2)] ?? 0) + (ms[Math.ceil((n - 1) / 2)] ?? 0)) / 2;
const max = ms.at(-1) ?? 0;
const failedAcks = acks.filter((a) => a.status !== 200).length;
const result = {
  requests: n,
  extraAnswerMs: extraMs,
  ackMedianMs: Math.round(median),
  ackMaxMs: Math.round(max),
  acksNot200: failedAcks,
  answered,
  allAnsweredMs,
  cpus: os.cpus().length,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.stdout.write(
  `${n} concurrent /deal: ack median ${result.ackMedianMs} ms, max ${result.ackMaxMs} ms; ${answered}/${n} answered, all within ${allAnsweredMs ?? '—'} ms.\n`,
);
await worker.terminate();
await slack.stop();
await fake.close();
fs.rmSync(indexDir, { recursive: true, force: true });
process.exitCode = max >= ACK_LIMIT_MS || failedAcks > 0 || answered < n ? 1 : 0;
