/**
 * Resolves on the first SIGINT or SIGTERM. Install it before announcing readiness: a signal that
 * arrives with no handler kills the process with the default action.
 */
export function waitForStopSignal(onRepeat?: (signal: NodeJS.Signals) => void): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let stopping = false;
    const handler = (signal: NodeJS.Signals) => {
      if (stopping) {
        onRepeat?.(signal);
        return;
      }
      stopping = true;
      resolve(signal);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}
