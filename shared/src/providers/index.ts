/**
 * The provider registry: one entry per official API, in the order the product lists them.
 * Adding an API is one entry here, one connector folder and one sandbox emulator.
 *
 *   import { PROVIDERS, providerSpec, providerLabel } from '@aigenc/shared/providers';
 */
import type * as z from 'zod/mini';
import { type Provider } from './names.ts';
import type { CapabilityProbe, ProviderSpec } from './types.ts';
import { COUPANG_PARTNERS } from './coupang-partners.ts';
import { NAVER_COMMERCE } from './naver-commerce.ts';
import { NAVER_SEARCH } from './naver-search.ts';
import { NAVER_SEARCHAD } from './naver-searchad.ts';

export { PROVIDER_NAMES, PROVIDERS, ProviderSchema, providerLabel, providerName, type Provider } from './names.ts';
export type { BudgetSpec, CapabilityProbe, CapabilitySpec, CredentialFieldSpec, ProviderSpec } from './types.ts';

const REGISTRY = [NAVER_SEARCHAD, NAVER_SEARCH, NAVER_COMMERCE, COUPANG_PARTNERS] as const;

type Entry = (typeof REGISTRY)[number];
// Every named provider has its entry, and no entry is unnamed.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const EVERY_NAMED_PROVIDER_HAS_AN_ENTRY: Same<Entry['id'], Provider> = true;
void EVERY_NAMED_PROVIDER_HAS_AN_ENTRY;

type SpecOf<P extends Provider> = Extract<Entry, { id: P }>;
const BY_ID = new Map<Provider, Entry>(REGISTRY.map((entry) => [entry.id, entry]));
const SPECS: ReadonlyMap<Provider, ProviderSpec> = BY_ID;

/** A provider's entry, as plain data. */
export function providerSpec<P extends Provider>(provider: P): ProviderSpec<P> {
  return SPECS.get(provider) as ProviderSpec<P>;
}

/** A budget's id in a provider's entry. */
export type BudgetId<P extends Provider> = SpecOf<P>['budgets'][number]['id'];

/** The limit a provider's entry gives a budget: what its connector's pacer or quota keeps to. */
export function budgetLimit<P extends Provider>(provider: P, id: BudgetId<P>): number {
  const budget = providerSpec(provider).budgets.find((b) => b.id === id);
  if (!budget) throw new RangeError(`no budget ${String(id)} for ${provider}`);
  return budget.limit;
}

/** The keys of a provider as the vault keeps them (the output of its credential schema). */
export type Credentials<P extends Provider> = z.output<SpecOf<P>['credentials']>;

/** The provider's credential schema, typed for that provider. */
export function credentialSchema<P extends Provider>(provider: P): z.ZodMiniType<Credentials<P>> {
  return SPECS.get(provider)!.credentials as unknown as z.ZodMiniType<Credentials<P>>;
}

/** Parses keys with the provider's schema, typed for that provider. */
export function parseCredentials<P extends Provider>(
  provider: P,
  input: unknown,
): { success: true; data: Credentials<P> } | { success: false; error: z.core.$ZodError } {
  return (BY_ID.get(provider) as SpecOf<P>).credentials.safeParse(input) as
    { success: true; data: Credentials<P> } | { success: false; error: z.core.$ZodError };
}

/** Whether some capability of the provider is proven by that probe (the setup page then offers it). */
export function usesProbe(provider: Provider, probe: CapabilityProbe): boolean {
  return Object.values(providerSpec(provider).capabilities).some((capability) => capability.probe === probe);
}
