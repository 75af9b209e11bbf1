import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { gate } from './gate.ts';

function run(guards: RequestHandler[]): { ran: string[]; next: unknown[] } {
  const ran: string[] = [];
  const next: unknown[] = [];
  const named = guards.map((guard, i): RequestHandler => (req, res, n) => {
    ran.push(`g${i}`);
    return guard(req, res, n);
  });
  gate(named)({} as Request, {} as Response, ((error?: unknown) => next.push(error)) as NextFunction);
  return { ran, next };
}

describe('the gate', () => {
  it('runs every guard in turn, then goes on once', () => {
    const pass: RequestHandler = (_req, _res, next) => next();
    expect(run([pass, pass, pass])).toEqual({ ran: ['g0', 'g1', 'g2'], next: [undefined] });
  });

  it('stops at a refusal and hands it on, the guards after it not run', () => {
    const refusal = new Error('refused');
    const pass: RequestHandler = (_req, _res, next) => next();
    const refuse: RequestHandler = (_req, _res, next) => next(refusal);
    expect(run([pass, refuse, pass])).toEqual({ ran: ['g0', 'g1'], next: [refusal] });
  });

  it('stops at a guard that answers (a preflight) without going on', () => {
    const answer: RequestHandler = () => undefined;
    const pass: RequestHandler = (_req, _res, next) => next();
    expect(run([answer, pass])).toEqual({ ran: ['g0'], next: [] });
  });

  it('hands on what a guard throws', () => {
    const broken = new TypeError('broken');
    const throwing: RequestHandler = () => {
      throw broken;
    };
    expect(run([throwing])).toEqual({ ran: ['g0'], next: [broken] });
  });
});
