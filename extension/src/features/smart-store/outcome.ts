/** Each item's outcome of a write in the seller's words: the status, and why it was skipped or refused. */
import type { WriteStatus } from '@aigenc/shared/contract';
import { t, type MessageKey } from '../../platform/browser.ts';

const STATUS: Record<WriteStatus, MessageKey> = {
  'would-apply': 'storeWouldApply',
  applied: 'storeApplied',
  skipped: 'storeSkipped',
  failed: 'storeFailed',
};

const REASONS: Record<string, MessageKey> = {
  ALREADY_CONFIRMED: 'storeAlreadyConfirmed',
  ALREADY_DISPATCHED: 'storeAlreadyDispatched',
  NOT_CONFIRMED: 'storeNotConfirmed',
  NOT_FOUND: 'storeNotFound',
  ALREADY_ANSWERED: 'storeAlreadyAnswered',
  ALREADY_AT_QUANTITY: 'storeAlreadyAtQuantity',
};

export interface Outcome {
  status: WriteStatus;
  code?: string | undefined;
  message?: string | undefined;
}

export function statusWords(status: WriteStatus): string {
  return t(STATUS[status]);
}

/** Why, in words: the companion's or the vendor's sentence when it sent one, else the code's words. */
export function reasonWords(item: Outcome): string {
  if (item.message) return item.message;
  const code = item.code;
  if (!code) return '';
  const key = REASONS[code];
  if (key) return t(key);
  if (code.startsWith('STATUS_')) return t('storeOrderStatus', code.slice('STATUS_'.length));
  return code;
}
