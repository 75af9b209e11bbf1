/** The toolbar badge at a glance: not paired, companion off, ready, or cooling down (minutes left). */
import type { Badge } from '../../platform/background-capabilities.ts';
import type { LensStatus } from '../../platform/storage.ts';

export type { Badge } from '../../platform/background-capabilities.ts';

export function badgeFor(status: LensStatus, now: number): Badge {
  switch (status.kind) {
    case 'unpaired':
      return { text: '!', color: '#b3261e', titleKey: 'badgeUnpaired' };
    case 'offline':
      return { text: 'off', color: '#5a6270', titleKey: 'badgeOffline' };
    case 'cooling': {
      const minutes = Math.ceil((status.until - now) / 60_000);
      if (minutes <= 0) return { text: '', color: '#027a38', titleKey: 'badgeReady' };
      return { text: `${minutes}m`, color: '#8a5300', titleKey: 'badgeCooling', minutes };
    }
    case 'ready':
      return { text: '', color: '#027a38', titleKey: 'badgeReady' };
    case 'unknown':
      return { text: '', color: '#5a6270', titleKey: 'extName' };
  }
}
