/**
 * The guards every request passes, run as one step of the app: each in turn, synchronously when
 * it answers at once, without a router layer between two of them. A guard that refuses (`next`
 * with an error) or answers (a preflight) ends the pass there, as it would in the app.
 *
 *   app.use(gate([baseHeaders, hostGuard(), originGuard(origins), jsonOnlyGuard(), jsonBody()]));
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A guard: it reads only the raw request (headers, socket, address) and writes only headers, so it
 * runs the same in the app and in the front door, before Express has seen the request. Any guard
 * is also an Express middleware.
 */
export type Guard = (
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

export function gate(guards: readonly Guard[]): Guard {
  return (req, res, next) => {
    let index = 0;
    const step = (error?: unknown): void => {
      if (error !== undefined && error !== null) return next(error);
      const guard = guards[index++];
      if (!guard) return next();
      try {
        void guard(req, res, step);
      } catch (thrown) {
        next(thrown);
      }
    };
    step();
  };
}
