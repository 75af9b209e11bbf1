/** Opens the companion's setup page in a tab, at a connector's card when one is named. */
import { companionBaseUrl } from '../companion-client.ts';
import { openTab } from '../platform/browser.ts';
import { companionPortItem } from '../platform/storage.ts';

export async function openSetupPage(provider?: string): Promise<void> {
  const anchor = provider ? `#connector-${provider}` : '';
  await openTab(`${companionBaseUrl(await companionPortItem.getValue())}/setup${anchor}`);
}
