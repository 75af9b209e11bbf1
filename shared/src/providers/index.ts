/**
 * The provider registry: one entry per official API, in the order the product lists them.
 * Adding an API is one entry here, one connector folder and one sandbox emulator.
 *
 *   import { PROVIDERS, providerSpec, providerLabel } from '@aigenc/shared/providers';
 */
import { z } from 'zod';
import type { Language } from '../language.ts';
import type { CapabilityProbe, ProviderSpec } from './types.ts';
import { COUPANG_PARTNERS } from './coupang-partners.ts';
import { NAVER_COMMERCE } from './naver-commerce.ts';
import { NAVER_SEARCH } from './naver-search.ts';
import { NAVER_SEARCHAD } from './naver-searchad.ts';

export type { BudgetSpec, CapabilityProbe, CapabilitySpec, CredentialFieldSpec, ProviderSpec } from './types.ts';

const REGISTRY = [NAVER_SEARCHAD, NAVER_SEARCH, NAVER_COMMERCE, COUPANG_PARTNERS] as const;

type Entry = (typeof REGISTRY)[number];
export type Provider = Entry['id'];

export const PROVIDERS: readonly Provider[] = Object.freeze(REGISTRY.map((entry) => entry.id));
export const ProviderSchema = z.enum(PROVIDERS as [Provider, ...Provider[]]);

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
export function credentialSchema<P extends Provider>(provider: P): z.ZodType<Credentials<P>> {
  return SPECS.get(provider)!.credentials as unknown as z.ZodType<Credentials<P>>;
}

/** Parses keys with the provider's schema, typed for that provider. */
export function parseCredentials<P extends Provider>(
  provider: P,
  input: unknown,
): { success: true; data: Credentials<P> } | { success: false; error: z.ZodError } {
  return (BY_ID.get(provider) as SpecOf<P>).credentials.safeParse(input) as
    { success: true; data: Credentials<P> } | { success: false; error: z.ZodError };
}

/** "네이버 검색광고", or with its purpose: "네이버 검색광고 (키워드 도구)". */
export function providerName(provider: Provider, language: Language): string {
  return providerSpec(provider).name[language];
}
export function providerLabel(provider: Provider, language: Language): string {
  const spec = providerSpec(provider);
  return `${spec.name[language]} (${spec.purpose[language]})`;
}

/** Whether some capability of the provider is proven by that probe (the setup page then offers it). */
export function usesProbe(provider: Provider, probe: CapabilityProbe): boolean {
  return Object.values(providerSpec(provider).capabilities).some((capability) => capability.probe === probe);
}
