/** The built CLI (`node bin/attrib.js`, needs `npm run build`; npm test builds first) as a child process. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'attrib.js');

export interface SpawnedRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Start `node bin/attrib.js args` with pipes. CI is set so that no progress is written; the
 * runner's NO_COLOR and FORCE_COLOR are dropped and `env` (default: NO_COLOR=1) applied instead.
 */
export function startCli(args: string[], env: Record<string, string> = { NO_COLOR: '1' }): ChildProcessWithoutNullStreams {
  if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does)');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, CI: '1' };
  delete childEnv.NO_COLOR;
  delete childEnv.FORCE_COLOR;
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...childEnv, ...env } });
}

/** Run the built CLI to the end with `stdin` piped in. */
export function runBuiltCli(args: string[], stdin = '', env?: Record<string, string>): Promise<SpawnedRun> {
  return new Promise((resolve, reject) => {
    const child = startCli(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
