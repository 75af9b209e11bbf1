/**
 * Pure domain functions both sides need. No I/O: safe in the service worker, the popup and Node.
 */
export * from './keyword.ts';
export * from './search-count.ts';
export * from './saturation.ts';
export * from './coupang-url.ts';
export * from './page-context/index.ts';
export * from './site-families.ts';
export * from './csv.ts';
export * from './dispatch-rows.ts';
export * from './documents.ts';
export * from './keyword-csv.ts';
export * from './mask.ts';
export * from './html.ts';
export * from './keyword-figures.ts';
export * from './korean-time.ts';
export * from './trend.ts';
export * from './earnings.ts';
export * from './keyword-list.ts';
export * from './shopping.ts';
export * from './shopping-address.ts';
