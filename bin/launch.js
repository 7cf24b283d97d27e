// Runs one of dealbot's entry points from the compiled JavaScript in dist/ (`npm run build`; done by
// `npm install` through the `prepare` script) when it is up to date with the sources, and from the
// TypeScript sources through tsx otherwise (development: edit and run, no build step needed).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Written by bin/build.js after a successful compile. */
export const STAMP = path.join(ROOT, 'dist', '.built');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/ was built after the last change to src/ or scripts/. */
export function distIsFresh() {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  return newestSource(path.join(ROOT, 'src')) <= built && newestSource(path.join(ROOT, 'scripts')) <= built;
}

/** Imports `entry` (a path without extension, relative to the project: "scripts/ask", "src/cli/main"). */
export async function launch(entry) {
  if (process.env.DEALBOT_TSX !== '1' && distIsFresh()) {
    await import(pathToFileURL(path.join(ROOT, 'dist', `${entry}.js`)).href);
    return;
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(ROOT, `${entry}.ts`)).href);
}
