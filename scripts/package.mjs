// `pnpm package`: what a user installs, in release/ (the root script builds the extension and the
// companion first):
//   aigenc-lens-<version>-chrome-webstore.zip   the Chrome Web Store upload (no `key`, no source maps)
//   aigenc-lens-companion-<version>.tgz         `npm install -g` it: `aigenc` on the PATH, no repository
//   store/                                      the listing in Korean and English, 1280x800 screenshots,
//                                               the privacy page
// Then it checks what it made (scripts/check-package.mjs) and prints the files.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRelease } from './check-package.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const release = join(root, 'release');
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

function fail(message) {
  process.stderr.write(`package: ${message}\n`);
  process.exit(1);
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) fail(`${[command, ...args].join(' ')} failed (${result.status ?? result.signal})`);
}

// One version for everything a user installs: the root package.json's.
const version = readJson('package.json').version;
for (const part of ['extension', 'companion', 'shared']) {
  const own = readJson(`${part}/package.json`).version;
  if (own !== version) fail(`${part}/package.json says ${own}, the root says ${version}: set them alike`);
}
const companionDist = join(root, 'companion', 'dist', 'aigenc.mjs');
const extensionBuild = join(root, 'extension', '.output', 'chrome-mv3');
if (!existsSync(companionDist) || !existsSync(join(extensionBuild, 'manifest.json')))
  fail('build the extension and the companion first (the root `package` script does)');

rmSync(release, { recursive: true, force: true });
mkdirSync(release, { recursive: true });

// 1. The store upload: WXT's own zip of a build without `key` (see extension/wxt.config.ts).
const extension = join(root, 'extension');
// A package's own folder as its dependent sees it (node_modules/<name>; some export no package.json).
const installed = (dependent, name) => join(root, dependent, 'node_modules', ...name.split('/'));
const wxtDir = installed('extension', 'wxt');
const wxtBin = join(wxtDir, JSON.parse(readFileSync(join(wxtDir, 'package.json'), 'utf8')).bin.wxt);
run(process.execPath, [wxtBin, 'zip'], { cwd: extension, env: { ...process.env, AIGENC_STORE_BUILD: '1' } });
const zipName = `aigenc-lens-${version}-chrome-webstore.zip`;
renameSync(join(extension, '.output-store', zipName), join(release, zipName));

// 2. The store listing and the privacy page, as written in docs/store; the screenshots from this
//    checkout's last e2e run where there are any (tests/artifacts/store), else the kept copies.
cpSync(join(root, 'docs', 'store'), join(release, 'store'), { recursive: true });
const freshShots = join(root, 'tests', 'artifacts', 'store');
if (existsSync(freshShots)) cpSync(freshShots, join(release, 'store', 'screenshots'), { recursive: true });

// 3. The companion as an npm package: the bundle, a launcher, the unpacked extension (the pinned
//    id, for loading before the store listing is live), and its runtime dependencies at the
//    versions the tests ran with.
const stage = join(release, '.stage', 'aigenc-lens-companion');
mkdirSync(join(stage, 'bin'), { recursive: true });
cpSync(companionDist, join(stage, 'dist', 'aigenc.mjs'));
cpSync(extensionBuild, join(stage, 'extension'), { recursive: true });
cpSync(join(root, 'docs', 'companion-package.md'), join(stage, 'README.md'));
writeFileSync(
  join(stage, 'bin', 'aigenc.mjs'),
  "#!/usr/bin/env node\nimport { main } from '../dist/aigenc.mjs';\n\nprocess.exitCode = await main(process.argv.slice(2));\n",
  { mode: 0o755 },
);
const companion = readJson('companion/package.json');
const dependencies = {};
for (const name of Object.keys(companion.dependencies).sort()) {
  if (name.startsWith('@aigenc/') || name === 'tsx') continue; // bundled in / only for running sources
  dependencies[name] = JSON.parse(readFileSync(join(installed('companion', name), 'package.json'), 'utf8')).version;
}
const manifest = {
  name: 'aigenc-lens-companion',
  version,
  description: companion.description,
  type: 'module',
  bin: { aigenc: './bin/aigenc.mjs' },
  files: ['bin', 'dist', 'extension', 'README.md'],
  engines: readJson('package.json').engines,
  dependencies,
};
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
run('npm', ['pack', '--silent', '--pack-destination', release], {
  cwd: stage,
  stdio: ['ignore', 'ignore', 'inherit'],
  shell: process.platform === 'win32',
});
rmSync(join(release, '.stage'), { recursive: true, force: true });

// 4. Check it, and name the files.
const problems = checkRelease(release, version);
if (problems.length > 0) fail(`what was made is not right:\n  ${problems.join('\n  ')}`);
process.stdout.write(`\npackage: release/ holds\n`);
for (const entry of readdirSync(release, { recursive: true }).sort()) process.stdout.write(`  release/${entry}\n`);

// 5. Until the store has given the listing its id, a store install cannot pair: say so every time.
const identity = readFileSync(join(root, 'shared', 'src', 'identity.ts'), 'utf8');
const storeId = /export const STORE_EXTENSION_ID: string \| null = (null|'([a-p]{32})');/.exec(identity);
if (!storeId) fail('shared/src/identity.ts no longer declares STORE_EXTENSION_ID as this script reads it');
if (storeId[1] === 'null')
  process.stdout.write(
    '\npackage: STORE_EXTENSION_ID in shared/src/identity.ts is not set yet. Upload the zip once, put the id\n' +
      'the store gives it there and package again before publishing: a companion without it refuses the store build.\n',
  );
