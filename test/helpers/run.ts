import { spawn } from 'node:child_process';
import path from 'node:path';

/** The project folder. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

type RunOptions = { input?: string; env?: Record<string, string | undefined>; timeoutMs?: number };

/**
 * Runs one of the project's scripts (scripts/NAME.ts) in a child process through tsx, exactly as
 * `npm run NAME` does, with the given arguments, standard input and environment.
 */
export function runScript(name: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runNode(['--import', 'tsx', path.join(ROOT, 'scripts', `${name}.ts`), ...args], `scripts/${name}.ts`, options);
}

/** Runs `bin/dealbot.js` (the installed `dealbot` command) as a user would. */
export function runBin(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runNode([path.join(ROOT, 'bin', 'dealbot.js'), ...args], 'bin/dealbot.js', options);
}

/** Runs `bin/run.js` (the npm scripts' launcher) with these arguments. */
export function runLauncher(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runNode([path.join(ROOT, 'bin', 'run.js'), ...args], 'bin/run.js', options);
}

/** Node with these arguments in the project folder; tokens and keys are removed unless `env` sets them. */
function runNode(argv: string[], label: string, options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LOG_LEVEL: 'warn', ...options.env };
    for (const key of ['OPENAI_API_KEY', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN'] as const)
      if (!(options.env && key in options.env)) delete env[key];
    const child = spawn(process.execPath, argv, { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} timed out; stderr: ${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}
