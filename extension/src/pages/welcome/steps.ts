/**
 * The first-run guide's three steps, read off the companion's state: start it, pair this browser,
 * connect the Search Ad keys (what the keyword figures need). Each is done, the current one, or
 * waiting for the one before.
 */
import type { CompanionState } from '../../features/status/companion-state.ts';

export const STEP_IDS = ['start', 'pair', 'connect'] as const;
export type StepId = (typeof STEP_IDS)[number];
export const STEP_STATES = ['done', 'current', 'waiting'] as const;
export type StepState = (typeof STEP_STATES)[number];

export function welcomeSteps(state: CompanionState): Record<StepId, StepState> {
  const running = state.kind === 'unpaired' || state.kind === 'ready' || state.kind === 'broken';
  const paired = state.kind === 'ready';
  const connected = paired && state.connections.some((c) => c.provider === 'naver-searchad' && c.status === 'ACTIVE');
  const order: [StepId, boolean][] = [
    ['start', running],
    ['pair', paired],
    ['connect', connected],
  ];
  const firstOpen = order.findIndex(([, done]) => !done);
  return Object.fromEntries(
    order.map(([id, done], index) => [id, done ? 'done' : index === firstOpen ? 'current' : 'waiting']),
  ) as Record<StepId, StepState>;
}
