/**
 * Starts a real companion process (`node companion/bin/aigenc.mjs serve`) on an ephemeral
 * loopback port with its own AIGENC_HOME, and records everything it prints.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const AIGENC_BIN = join(REPO_ROOT, 'companion', 'bin', 'aigenc.mjs');

/** The processes this test file started that have not exited yet. */
const running = new Set<ChildProcess>();

function track<T extends ChildProcess>(child: T): T {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/**
 * Kills what a test file left running: a test that fails before its `stop()` (the guard
 * mutations make many fail on purpose) must not leave a companion behind it. Run after each file
 * by `reap.ts`.
 */
export async function reapProcesses(): Promise<number> {
  const left = [...running];
  await Promise.all(
    left.map(
      (child) =>
        new Promise<void>((resolveExit) => {
          child.once('exit', () => resolveExit());
          if (!child.kill('SIGKILL')) resolveExit();
        }),
    ),
  );
  return left.length;
}

export interface CompanionProcess {
  port: number;
  url: string;
  home: string;
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Removes the data directory (after stop). */
  cleanup(): void;
}

export interface StartOptions {
  env?: Record<string, string>;
  home?: string;
  args?: string[];
  /** `serve` (the default) or `demo`. */
  command?: 'serve' | 'demo';
  /** Flags for node itself, before the script (e.g. `--require` of a test preload). */
  nodeArgs?: string[];
}

function baseEnv(home: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    AIGENC_HOME: home,
    AIGENC_PORT: '0',
    AIGENC_VAULT: 'file',
  };
  return { ...env, ...extra };
}

export function startCompanion(options: StartOptions = {}): Promise<CompanionProcess> {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'aigenc-sec-'));
  const child = track(
    spawn(
      process.execPath,
      [...(options.nodeArgs ?? []), AIGENC_BIN, options.command ?? 'serve', ...(options.args ?? [])],
      {
        env: baseEnv(home, options.env ?? {}),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ),
  );
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));

  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`companion did not start:\n${out}\n${err}`)), 20_000);
    const onData = () => {
      const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)\nsetup: .*\n/m.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      const port = Number(match[1]);
      resolveStart({
        port,
        url: `http://127.0.0.1:${port}`,
        home,
        child,
        stdout: () => out,
        stderr: () => err,
        stop: () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
        cleanup: () => rmSync(home, { recursive: true, force: true }),
      });
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`companion exited with ${code} before listening:\n${out}\n${err}`));
    });
  });
}

/** Runs an `aigenc` command to completion against a data directory. */
export function runAigenc(args: string[], home: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [AIGENC_BIN, ...args], {
    env: baseEnv(home, env),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs an `aigenc` command without blocking this process, for commands that call a sandbox
 * running here (spawnSync would stop the sandbox from answering).
 */
export function runAigencAsync(
  args: string[],
  home: string,
  env: Record<string, string> = {},
  options: { timeoutMs?: number; onSpawn?: (child: ChildProcess) => void } = {},
): Promise<{ status: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolveRun) => {
    const child = track(spawn(process.execPath, [AIGENC_BIN, ...args], { env: baseEnv(home, env) }));
    options.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    // A command that serves (serve, demo, sandbox) runs until stopped: stopped here, and said so.
    const timer =
      options.timeoutMs === undefined
        ? null
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
          }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (status) => {
      if (timer) clearTimeout(timer);
      resolveRun({ status, stdout, stderr, timedOut });
    });
  });
}
