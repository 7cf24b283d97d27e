// The question tagger's process side: compromise, set up once, answers tagging requests for
// src/text/tagger.ts (the question's part-of-speech tags and compromise-lexicon lookups; compromise takes
// ~0.3 s to load, so a new process does not load it in its main thread). Two ways to run, same replies:
// - a V8 startup snapshot, built by bin/build.js:
//     node --snapshot-blob dist/tagger-….blob --build-snapshot bin/tagger.cjs <compromise's CommonJS build>
//   The snapshot holds compromise loaded and warmed up, so a process started from the blob
//   (`node --snapshot-blob …`) answers at once: one JSON line in on stdin ({ id, text, keys }), one JSON line
//   out on stdout ({ id, terms, entries }). It exits when its stdin closes, i.e. when its parent exits.
//   (A snapshot's entry may require only built-in modules, so compromise's self-contained bundle is
//   evaluated here rather than required.)
// - a worker thread (no blob for this Node.js, or it failed): workerData.path is compromise's build; the
//   same requests and replies as messages.
'use strict';
const { readFileSync } = require('node:fs');
const v8 = require('node:v8');
const { parentPort, workerData } = require('node:worker_threads');

const building = v8.startupSnapshot.isBuildingSnapshot();
const file = building ? process.argv[2] : workerData?.path;
if (!file) throw new Error('usage: node --build-snapshot bin/tagger.cjs <compromise build>');
const bundle = { exports: {} };
if (building) new Function('module', 'exports', readFileSync(file, 'utf8'))(bundle, bundle.exports);
else bundle.exports = require(file);
const nlp = bundle.exports;
nlp('The agreement was signed in London on Monday.').json({ offset: true });

function reply({ id, text, keys }) {
  let terms = null;
  try {
    terms = nlp(text)
      .json({ offset: true })
      .flatMap((s) => s.terms)
      .map((t) => ({ offset: { start: t.offset.start, length: t.offset.length }, tags: t.tags }));
  } catch {
    terms = null;
  }
  let entries = null;
  try {
    const lexicon = nlp.model().one.lexicon;
    entries = keys.map((k) => {
      const v = lexicon[k];
      const value = typeof v === 'string' ? v : Array.isArray(v) ? v.filter((t) => typeof t === 'string') : null;
      return [k, k in lexicon, value];
    });
  } catch {
    entries = null;
  }
  return { id, terms, entries };
}

if (!building) parentPort.on('message', (request) => parentPort.postMessage(reply(request)));
else
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    let buffered = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => {
      buffered += chunk;
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        let request;
        try {
          request = JSON.parse(line);
        } catch {
          continue;
        }
        process.stdout.write(`${JSON.stringify(reply(request))}\n`);
      }
    });
    process.stdin.on('end', () => process.exit(0));
  });
