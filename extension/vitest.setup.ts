/**
 * fakeBrowser has no i18n: answer getMessage from the real Korean messages.json (the default
 * locale), placeholders included, so tests see the strings a person sees.
 */
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from './public/_locales/ko/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

function getMessage(key: string, substitutions?: string | string[]): string {
  if (key === '@@ui_locale') return 'ko';
  const entry = (messages as Record<string, Message>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

beforeEach(() => {
  (fakeBrowser.i18n as unknown as { getMessage: typeof getMessage }).getMessage = getMessage;
});
