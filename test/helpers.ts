/** Shared test plumbing: repository paths and an in-process CLI runner. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { main, type CliIO } from '../src/cli.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_EVAL = path.resolve(ROOT, '../shared/eval');
export const SEED = path.join(ROOT, 'seeds', 'kazakhstan-us-denies-role.txt');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output. */
export async function runCli(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => { stdout += s; return true; }, isTTY: false, columns: 120 },
    stderr: { write: (s: string) => { stderr += s; return true; }, isTTY: false },
    env: { NO_COLOR: '1', ...options.env },
    stdinIsTTY: options.stdin === undefined,
    readStdin: async () => Buffer.from(options.stdin ?? '', 'utf8'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
