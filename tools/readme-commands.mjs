#!/usr/bin/env node
// The commands the READMEs print, run as a new user would: a fresh clone of the committed tree, `npm ci`, then each
// command before the build (it must say how to build, not ask the registry for a package) and after it.
// Usage: node tools/readme-commands.mjs   (from .ci/run, after `npm test`)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One line per command: the server it starts (`--port 0`), the path it must answer, and its other commands. */
const COMMANDS = [
  { bin: 'hcc-mock-server', serve: ['--port', '0'], answers: '/fields', others: [['fixtures']] },
  // On a fresh machine: an embedded PostgreSQL in ./.hcc-data, migrated and loaded with the bundled catalogue.
  { bin: 'hcc-server', serve: ['--port', '0'], answers: '/fields', others: [] },
];

const BUILD = ['npm', ['run', 'build']];
const repository = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', REDOCLY_TELEMETRY: 'off', npm_config_yes: 'false' };

const started = performance.now();
const log = (line) => console.log(`${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function must(step, result) {
  if (result.code !== 0) throw new Error(`${step} exited with ${result.code}\n${result.stderr || result.stdout}`);
  return result;
}

/** Whether any process of the group is still running. */
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a server command, waits for the URL it prints, fetches one path, then stops it as Ctrl-C would (a signal to
 * the whole process group: npx does not pass one on) and expects every process of it to be gone.
 */
async function serveAndAsk(cwd, { bin, serve, answers }) {
  const child = spawn('npx', [bin, ...serve], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  try {
    const base = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npx ${bin}: no URL within 60 s\n${output}`)), 60_000);
      child.stdout.on('data', () => {
        const url = /listening at (http:\/\/\S+\/api\/v1)/.exec(output)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      });
      exited.then((code) => reject(new Error(`npx ${bin} exited with ${code} before printing its URL\n${output}`)));
    });
    const response = await fetch(`${base}${answers}`);
    const body = await response.json();
    if (response.status !== 200 || !Array.isArray(body.items)) {
      throw new Error(`GET ${base}${answers} answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
    }
    log(`ok   npx ${[bin, ...serve].join(' ')} → ${base}, GET ${answers} 200 (${body.items.length} items)`);
  } finally {
    process.kill(-child.pid, 'SIGINT');
  }
  await exited;
  for (let wait = 0; wait < 100 && groupAlive(child.pid); wait++) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(child.pid)) {
    process.kill(-child.pid, 'SIGKILL');
    throw new Error(`npx ${bin} was still running 10 s after SIGINT\n${output}`);
  }
  log(`ok   npx ${bin} stopped on SIGINT`);
}

async function main() {
  const clone = mkdtempSync(join(tmpdir(), 'hcc-readme-'));
  try {
    must('git clone', run('git', ['clone', '--quiet', '--no-hardlinks', repository, clone]));
    must('npm ci', run('npm', ['ci', '--no-audit', '--no-fund'], clone));
    log(`ok   fresh clone of ${repository} and npm ci in ${clone}`);
    for (const { bin } of COMMANDS) {
      const before = run('npx', [bin, '--help'], clone);
      if (before.code !== 1 || !/npm run build/.test(before.stderr)) {
        throw new Error(`npx ${bin} before the build should say to run the build:\n${before.stderr || before.stdout}`);
      }
      log(`ok   npx ${bin} before the build says: ${before.stderr.trim().split('\n')[0]}`);
    }
    must(BUILD.flat().join(' '), run(BUILD[0], BUILD[1], clone));
    log(`ok   ${BUILD.flat().join(' ')}`);
    for (const command of COMMANDS) {
      await serveAndAsk(clone, command);
      for (const args of command.others) {
        const result = must(`npx ${command.bin} ${args.join(' ')}`, run('npx', [command.bin, ...args], clone));
        const printed = JSON.parse(result.stdout);
        if (!Array.isArray(printed) || printed.length === 0)
          throw new Error(`npx ${command.bin} ${args} printed nothing`);
        log(`ok   npx ${[command.bin, ...args].join(' ')} → ${printed.length} entries`);
      }
    }
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`README commands: ${error.message}`);
  process.exitCode = 1;
});
