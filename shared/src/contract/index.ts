/**
 * The wire contract between the extension, the companion and scripts: zod schemas only.
 * Types come from `z.infer`; nothing here does I/O.
 */
export * from './problems.ts';
export * from './health.ts';
export * from './pairing.ts';
export * from './connections.ts';
export * from './keywords.ts';
export * from './coupang.ts';
export * from './commerce.ts';
export * from './commerce-work.ts';
export * from './setup.ts';
export * from './settings.ts';
export * from './trends.ts';
export * from './decisions.ts';
export * from './jobs.ts';
