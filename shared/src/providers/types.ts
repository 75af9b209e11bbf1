/**
 * The shape of one entry of the provider registry: everything the product knows about an official
 * API that is not wire code. Pure data; config, the catalogue, the setup page's forms and the
 * labels of both UIs are derived from it.
 */
import type * as z from 'zod/mini';
import type { Localized } from '../language.ts';

export interface CredentialFieldSpec {
  /** The name in the credential object (and in the setup page's form). */
  readonly name: string;
  readonly label: Localized;
  /** Secret fields are write-only: never shown again, never sent back. */
  readonly secret: boolean;
  readonly required: boolean;
  /** The environment variable that supplies it instead of the vault. */
  readonly env: string;
  /** For a choice: its values, each with its label. */
  readonly options?: readonly { readonly value: string; readonly label: Localized }[];
}

/**
 * How a capability is proven to work before it is used: the connection's key check, a read-only
 * order walk, or (for a capability served by a connector of its own) that connector's key check.
 */
export type CapabilityProbe = 'key-check' | 'order-probe' | 'trend-check' | 'shopping-check';

export interface CapabilitySpec {
  readonly label: Localized;
  readonly kind: 'read' | 'write';
  /** Write capabilities start off and are enabled one at a time, after their probe succeeded. */
  readonly defaultEnabled: boolean;
  readonly probe: CapabilityProbe;
}

/** A limit the vendor sets, as the product keeps it (informative: each connector enforces its own). */
export interface BudgetSpec {
  /** How a connector names it (`budgetLimit(provider, id)`): the pacers and quotas read the limit here. */
  readonly id: string;
  readonly what: Localized;
  readonly limit: number;
  readonly per: 'second' | 'minute' | 'hour' | 'kst-day' | 'kst-month';
}

export interface ProviderSpec<Id extends string = string> {
  readonly id: Id;
  /** What people call the service. */
  readonly name: Localized;
  /** What the product uses it for, shown beside the name. */
  readonly purpose: Localized;
  /** The official origins, per kind of key; `default` is used when the keys do not say. */
  readonly origins: Readonly<{ default: string } & Record<string, string>>;
  /** The credential field that picks the key kind among `origins`, when there is more than one. */
  readonly originBy?: string;
  /** The variable that may point the connector at a loopback sandbox. */
  readonly baseUrlVariable: string;
  /** The keys as the vault keeps them, parsed from the setup page's form or the environment. */
  readonly credentials: z.ZodMiniType<Record<string, string | undefined>, Record<string, unknown>>;
  readonly fields: readonly CredentialFieldSpec[];
  /** Where the keys are issued (an official page) and how to find them there. */
  readonly keys: {
    readonly page: string;
    readonly steps: Localized;
    /**
     * A kind of key no longer issued that existing holders may still use until `lastDay`
     * (YYYY-MM-DD, Korean time): its key-kind value, where it came from and what to do.
     */
    readonly retiring?: {
      readonly kind: string;
      readonly lastDay: string;
      readonly steps: Localized;
    };
  };
  readonly capabilities: Readonly<Record<string, CapabilitySpec>>;
  readonly budgets: readonly BudgetSpec[];
}
