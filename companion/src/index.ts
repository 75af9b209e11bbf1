/** Programmatic entry for tests and tools: the app factory and what it needs. */
export { createApp, createListener, type AppDeps } from './http/app.ts';
export { SERVER_LIMITS, startServer } from './http/server.ts';
export { loadConfig } from './config.ts';
export { startSandbox, type RunningSandbox, type SandboxOptions } from './sandbox/server.ts';
export type { FaultKind } from './sandbox/wire.ts';
export { DEMO_CREDENTIALS, DEMO_SELLER_ACCOUNT, demoEnvironment, sandboxOverrides } from './sandbox/credentials.ts';
export { documentTotal as sandboxDocumentTotal, figures as sandboxFigures } from './sandbox/figures.ts';
export { routeTable, routesOf, type RouteEntry } from './http/route-table.ts';
export { COMMAND_NAMES } from './cli/main.ts';
export { REPORT_PRODUCT_NAMES as sandboxReportProductNames } from './sandbox/coupang-reports.ts';
