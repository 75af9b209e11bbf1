// One flat config for the workspace. The boundary rules below are the design's, with messages that
// say why; every disable comment must carry a reason and unused ones are errors.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NETWORK_CLIENTS = ['axios', 'node-fetch', 'got', 'ky', 'superagent', 'request', 'https', 'node:https'];

/** The companion's import rule: outbound HTTP only in connectors, no extension code; `extra` adds a floor's own. */
function companionImports(extra = []) {
  return {
    paths: [
      ...NETWORK_CLIENTS.map((name) => ({
        name,
        message: 'Outbound HTTP goes only through companion/src/connectors (the egress-guarded dispatcher).',
      })),
      {
        name: 'undici',
        message:
          'Only companion/src/connectors may make outbound requests: routes, services and the CLI call a connector.',
      },
      { name: 'http', message: 'Use node:http (for serving only).' },
      {
        name: 'node:http',
        importNames: ['request', 'get', 'Agent'],
        message: 'No node:http client: outbound HTTP goes only through the egress-guarded undici dispatcher.',
      },
    ],
    patterns: [
      {
        group: ['@aigenc/extension', '@aigenc/extension/*', '**/extension/**'],
        message: 'The companion and the extension meet only in @aigenc/shared.',
      },
      ...extra,
    ],
  };
}

/** The import rule of one room of the extension: browser.* only through platform/, plus the room's own. */
function extensionRoom(files, pattern) {
  return {
    files: [files],
    ignores: ['extension/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt/browser'], message: 'Use extension/src/platform: browser.* is wrapped once.' },
            pattern,
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.output/**',
      '**/.output-store/**',
      'release/**',
      '**/.wxt/**',
      '**/dist/**',
      'tests/e2e/test-results/**',
      'tests/artifacts/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a frozen `as const` object instead of an enum.' },
      ],
    },
  },
  {
    // Time is a dependency: product code takes `now` (or a Time) and never reads the wall clock
    // behind it. Each runtime reads it in one module named clock.ts, and passes it down.
    files: [
      'shared/src/**/*.ts',
      'companion/src/**/*.{ts,tsx}',
      'extension/src/**/*.{ts,tsx}',
      'extension/entrypoints/**/*.{ts,tsx}',
    ],
    ignores: ['**/clock.ts', '**/*.test.{ts,tsx}', 'companion/test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a frozen `as const` object instead of an enum.' },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message:
            'Take `now` from the caller (the runtime passes its clock down); only clock.ts reads the wall clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'new Date() reads the wall clock: use new Date(now) with the `now` you were given.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    // Tests may read the files they check (the tokens stylesheet).
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@aigenc/companion',
                '@aigenc/companion/*',
                '@aigenc/extension',
                '@aigenc/extension/*',
                '**/companion/**',
                '**/extension/**',
              ],
              message: 'shared imports no app: it is the contract both sides depend on.',
            },
            {
              group: ['node:*', 'fs', 'http', 'https', 'net', 'child_process', 'undici', 'wxt', 'wxt/*'],
              message: 'shared does no I/O: keep it pure so the service worker, the popup and Node can all use it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['companion/**/*.ts'],
    ignores: ['companion/src/connectors/**', 'companion/src/sandbox/**', 'companion/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', companionImports()],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Outbound HTTP goes only through companion/src/connectors.' },
      ],
    },
  },
  {
    files: ['companion/src/store/**/*.ts'],
    ignores: ['companion/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        companionImports([
          {
            group: ['../connectors/**', '../services/**', '../http/**', '../cli/**'],
            message: 'The store is the lowest floor but config: it imports no connector, service, route or command.',
          },
        ]),
      ],
    },
  },
  {
    files: ['companion/src/services/**/*.ts'],
    ignores: ['companion/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        companionImports([
          {
            group: ['../http/**', '../cli/**'],
            message:
              'Services are called by routes and commands, never the other way: they import no route or command.',
          },
        ]),
      ],
    },
  },
  {
    files: ['companion/src/http/**/*.{ts,tsx}'],
    ignores: ['companion/**/*.test.ts', 'companion/src/http/setup/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        companionImports([
          {
            group: ['**/store/**', '**/connectors/**'],
            message:
              'Routes and guards call services (built in compose.ts), never a store or a connector: put the use case in a service.',
          },
        ]),
      ],
    },
  },
  {
    files: ['companion/src/connectors/**/*.ts'],
    ignores: ['companion/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NETWORK_CLIENTS.map((name) => ({
              name,
              message: 'Connectors use undici through the egress-guarded dispatcher, nothing else.',
            })),
            {
              name: 'express',
              message: 'Connectors never touch Express: routes call services, services call connectors.',
            },
            { name: 'node:http', message: 'Connectors use undici through the egress-guarded dispatcher.' },
          ],
          patterns: [
            {
              group: [
                '../services/**',
                '../http/**',
                '../cli/**',
                '../../services/**',
                '../../http/**',
                '../../cli/**',
              ],
              message: 'Connectors sit below services and routes: they import neither (nor a command).',
            },
          ],
        },
      ],
    },
  },
  {
    // The setup page's own script runs in the browser and talks to its own origin.
    files: ['companion/src/http/setup/client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['extension/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aigenc/companion', '@aigenc/companion/*', '**/companion/**'],
              message: 'The extension and the companion meet only in @aigenc/shared.',
            },
            { group: ['wxt/browser'], message: 'Use extension/src/platform: browser.* is wrapped once.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Use extension/src/platform: browser.* is wrapped once.' },
        { name: 'browser', message: 'Use extension/src/platform: browser.* is wrapped once.' },
      ],
    },
  },
  {
    files: ['extension/src/platform/**/*.ts', 'extension/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['extension/src/platform/**/*.ts'],
    ignores: ['extension/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../features/**', '../ui/**', '../pages/**', '../../entrypoints/**'],
              message:
                'platform/ is the floor features stand on: it imports no feature (define the type here instead).',
            },
          ],
        },
      ],
    },
  },
  // What every screen shares: ui/ stands on platform, the client and shared, never on a feature or a page.
  extensionRoom('extension/src/ui/**/*.{ts,tsx}', {
    group: ['**/features/**', '**/pages/**', '**/entrypoints/**'],
    message: 'ui/ is what every screen shares: it imports no feature or page (move the piece here instead).',
  }),
  // A feature is one thing the user sees: it imports ui/, platform/, the client and shared, never
  // another feature (a screen that shows several is a page, under pages/).
  extensionRoom('extension/src/features/**/*.{ts,tsx}', {
    group: ['../*/**', '!../../**', '**/pages/**', '**/entrypoints/**'],
    message:
      'A feature imports ui/, platform/, the client and shared, not another feature or a page: compose features in pages/, share pieces through ui/.',
  }),
  {
    // No import cycles (value imports; companion/src/architecture.test.ts also counts type-only ones).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['*/tsconfig.json', 'tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Type-aware: a promise nobody awaits hides its failure.
    files: [
      'shared/src/**/*.ts',
      'companion/src/**/*.{ts,tsx}',
      'extension/src/**/*.{ts,tsx}',
      'extension/entrypoints/**/*.{ts,tsx}',
    ],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
);
