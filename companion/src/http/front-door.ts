/**
 * The server's request listener. The request a person repeats most (the popup's metrics of
 * keywords already looked up) is answered here, before Express, when the cache holds the answer;
 * every other request, and that one whenever the cache cannot answer it, goes to the app.
 *
 * The guards still run exactly once per request, whichever way it goes: the front door runs
 * them for its own requests and leaves their outcome for the app (`guardsOnce`), which then
 * neither runs them again nor reads the body twice. A refusal is answered by the app's error
 * handler, word for word as before.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Express, RequestHandler } from 'express';
import type { Guard } from './guards/gate.ts';

/** A request the front door may answer itself. */
export interface FastPath {
  /** Whether a request is one to try: its method and exact address, nothing read yet. */
  matches(req: IncomingMessage): boolean;
  /**
   * Answers a request that passed the guards (its body read) and returns true, or returns false
   * having written nothing, for the app to answer.
   */
  answer(req: IncomingMessage & { body?: unknown }, res: ServerResponse): boolean;
}

/** What the front door's run of the guards came to, for the app to go on from. */
const outcomes = new WeakMap<IncomingMessage, { error: unknown } | 'passed'>();

/** The app's step for the guards: their outcome when the front door ran them, else a run of them. */
export function guardsOnce(guards: Guard): RequestHandler {
  return (req, res, next) => {
    const outcome = outcomes.get(req);
    if (outcome === undefined) return guards(req, res, next);
    outcomes.delete(req);
    return outcome === 'passed' ? next() : next(outcome.error);
  };
}

export function frontDoor(app: Express, guards: Guard, fast: FastPath): RequestListener {
  const toApp = (req: IncomingMessage, res: ServerResponse, outcome: { error: unknown } | 'passed') => {
    outcomes.set(req, outcome);
    app(req, res);
  };
  return (req, res) => {
    if (!fast.matches(req)) return app(req, res);
    guards(req, res, (error) => {
      if (error !== undefined && error !== null) return toApp(req, res, { error });
      try {
        if (!fast.answer(req, res)) toApp(req, res, 'passed');
      } catch (thrown) {
        toApp(req, res, { error: thrown });
      }
    });
  };
}
