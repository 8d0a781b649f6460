import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const outDir = fileURLToPath(new URL('../../node_modules/.cache/hcc-cli-test', import.meta.url));

/**
 * Bundles the CLI from the current sources (the SDK's sources included), so the process under test never runs a
 * stale `dist`. The output sits inside the package so that msw resolves from its node_modules.
 */
export async function buildCli(): Promise<string> {
  await build({
    entry: { cli: 'src/cli.ts' },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    noExternal: [/^@hcc\/sdk/],
    silent: true,
    clean: true,
    config: false,
  });
  return `${outDir}/cli.js`;
}

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

export function runCli(cli: string, args: string[]): CliRun {
  const child = spawn(process.execPath, [cli, ...args], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** Starts the server on a free port (`--port 0`) and resolves with the base URL it prints. */
export async function startServer(cli: string, args: string[] = []): Promise<CliRun & { base: string }> {
  const run = runCli(cli, ['--port', '0', ...args]);
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line; stderr: ${run.stderr()}`)), 10_000);
    run.child.stdout?.on('data', () => {
      const match = /listening at (http:\/\/\S+\/api\/v1)/.exec(run.stdout());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    run.exit.then((code) => reject(new Error(`exited with ${code}: ${run.stderr()}`)));
  });
  return { ...run, base };
}
