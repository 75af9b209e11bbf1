import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { gate, type Guard } from './gate.ts';

function run(guards: Guard[]): { ran: string[]; next: unknown[] } {
  const ran: string[] = [];
  const next: unknown[] = [];
  const named = guards.map((guard, i): Guard => (req, res, n) => {
    ran.push(`g${i}`);
    return guard(req, res, n);
  });
  gate(named)({} as IncomingMessage, {} as ServerResponse, (error?: unknown) => next.push(error));
  return { ran, next };
}

describe('the gate', () => {
  it('runs every guard in turn, then goes on once', () => {
    const pass: Guard = (_req, _res, next) => next();
    expect(run([pass, pass, pass])).toEqual({ ran: ['g0', 'g1', 'g2'], next: [undefined] });
  });

  it('stops at a refusal and hands it on, the guards after it not run', () => {
    const refusal = new Error('refused');
    const pass: Guard = (_req, _res, next) => next();
    const refuse: Guard = (_req, _res, next) => next(refusal);
    expect(run([pass, refuse, pass])).toEqual({ ran: ['g0', 'g1'], next: [refusal] });
  });

  it('stops at a guard that answers (a preflight) without going on', () => {
    const answer: Guard = () => undefined;
    const pass: Guard = (_req, _res, next) => next();
    expect(run([answer, pass])).toEqual({ ran: ['g0'], next: [] });
  });

  it('hands on what a guard throws', () => {
    const broken = new TypeError('broken');
    const throwing: Guard = () => {
      throw broken;
    };
    expect(run([throwing])).toEqual({ ran: ['g0'], next: [broken] });
  });
});
