import { describe, expect, it } from 'vitest';
import { desktopSystem, startCommands } from './start-commands.ts';

describe('start commands', () => {
  it.each([
    ['win', 'win'],
    ['mac', 'mac'],
    ['linux', 'linux'],
    ['cros', 'linux'],
    ['openbsd', 'linux'],
    ['android', 'linux'],
  ])('Chrome’s %s is written for as %s', (os, expected) => {
    expect(desktopSystem(os)).toBe(expected);
  });

  it('name the packed companion of this very version, and the same commands on every system', () => {
    expect(startCommands('1.2.3')).toEqual({
      install: 'npm install -g --allow-scripts=better-sqlite3 aigenc-lens-companion-1.2.3.tgz',
      service: 'aigenc service install',
      once: 'aigenc serve',
      doctor: 'aigenc doctor',
    });
  });
});
