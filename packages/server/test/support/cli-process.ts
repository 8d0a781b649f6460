import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/hcc-server.js', import.meta.url));

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Runs `hcc-server` (the committed bin over the built dist, as npm links it) with its own environment. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd?: string): CliRun {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

/** Runs a command to its end. */
export async function runToEnd(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const run = runCli(args, env, cwd);
  const code = await run.exit;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** Starts `hcc-server serve --port 0` and resolves with the base URL it prints. */
export async function serve(env: Record<string, string>, args: string[] = [], cwd?: string) {
  const run = runCli(['serve', '--port', '0', ...args], env, cwd);
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line; stderr: ${run.stderr()}`)), 90_000);
    run.child.stdout?.on('data', () => {
      const match = /^hcc server listening at (http:\/\/\S+\/api\/v1)$/m.exec(run.stdout());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    run.exit.then((code) => reject(new Error(`exited with ${code}: ${run.stderr()}`)));
  });
  return { ...run, base };
}
