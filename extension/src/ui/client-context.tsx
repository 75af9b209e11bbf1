/**
 * The one way a view gets its companion client: the page that knows the port and the token
 * provides it, every view below asks with `useClient()`. Each view's requests are cancelled when
 * it goes away (the client it is handed is bound to its life).
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import type { CompanionClient } from '../companion-client.ts';

const ClientContext = createContext<CompanionClient | null>(null);

export function ClientProvider({ client, children }: { client: CompanionClient; children: ComponentChildren }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The page's client, its requests cancelled when the calling view unmounts. */
export function useClient(): CompanionClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside a ClientProvider');
  const controller = useMemo(() => new AbortController(), [client]);
  useEffect(() => () => controller.abort(), [controller]);
  return useMemo(() => client.withSignal(controller.signal), [client, controller]);
}
