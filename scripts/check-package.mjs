// Checks what `pnpm package` made in release/: the store zip (the manifest, the version, no `key`,
// no source maps, nothing from development), the companion package, the listing with its
// 1280x800 screenshots and the privacy page. Run directly (CI does), it also installs the companion
// package with `npm install -g` into a scratch prefix, outside the repository, and starts it:
// `aigenc` must be on that PATH, answer its health route and serve the setup page.
//   node scripts/check-package.mjs [--install]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipEntries } from './zip-entries.mjs';

const STORE_SIZE = { width: 1280, height: 800 };
const DEVELOPMENT = [/\.map$/, /(^|\/)\.wxt\//, /\.tsx?$/, /(^|\/)node_modules\//, /\.test\./, /(^|\/)\.env/];

/** PNG width and height, from the IHDR chunk. */
function pngSize(path) {
  const head = readFileSync(path).subarray(0, 24);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** Every way what was made falls short, in words; empty when it is right. */
export function checkRelease(release, version) {
  const problems = [];
  const zip = join(release, `aigenc-lens-${version}-chrome-webstore.zip`);
  if (!existsSync(zip)) return [`${zip} is missing`];
  const entries = zipEntries(zip);
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  if (!manifestEntry) problems.push('the zip has no manifest.json at its root');
  else {
    const manifest = JSON.parse(manifestEntry.read().toString('utf8'));
    if (manifest.version !== version) problems.push(`the manifest says ${manifest.version}, package.json ${version}`);
    if ('key' in manifest) problems.push('the manifest has a key: the Web Store refuses it');
    if (manifest.manifest_version !== 3) problems.push('the manifest is not MV3');
  }
  for (const { name } of entries)
    if (DEVELOPMENT.some((pattern) => pattern.test(name))) problems.push(`the zip holds ${name}`);
  for (const page of ['popup.html', 'sidepanel.html', 'welcome.html', 'background.js', '_locales/ko/messages.json'])
    if (!entries.some((e) => e.name === page)) problems.push(`the zip lacks ${page}`);

  if (!existsSync(join(release, `aigenc-lens-companion-${version}.tgz`)))
    problems.push(`aigenc-lens-companion-${version}.tgz is missing`);

  const store = join(release, 'store');
  for (const file of ['listing.ko.md', 'listing.en.md', 'privacy.md'])
    if (!existsSync(join(store, file))) problems.push(`store/${file} is missing`);
  const shots = existsSync(join(store, 'screenshots')) ? readdirSync(join(store, 'screenshots')) : [];
  if (shots.filter((s) => s.endsWith('.png')).length < 2) problems.push('store/screenshots has fewer than 2 PNGs');
  for (const shot of shots.filter((s) => s.endsWith('.png'))) {
    const { width, height } = pngSize(join(store, 'screenshots', shot));
    if (width !== STORE_SIZE.width || height !== STORE_SIZE.height)
      problems.push(`store/screenshots/${shot} is ${width}x${height}, the store wants 1280x800`);
  }
  return problems;
}

/** Installs the packed companion into a scratch prefix and starts it from outside the repository. */
async function installAndRun(tarball) {
  const scratch = mkdtempSync(join(tmpdir(), 'aigenc-install-'));
  try {
    // The command the guide and the README give (extension/src/features/status/start-commands.ts).
    const args = ['install', '-g', '--allow-scripts=better-sqlite3', '--prefix', join(scratch, 'prefix'), tarball];
    const install = spawnSync('npm', args, {
      cwd: scratch,
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    process.stderr.write(install.stderr ?? '');
    if (install.status !== 0) throw new Error('npm install -g of the packed companion failed');
    // npm 11 names each install script it was not told to allow: the person would see that too.
    if (/install-scripts/.test(install.stderr ?? ''))
      throw new Error('npm install -g asked about install scripts the command does not allow');
    const bin = join(scratch, 'prefix', 'bin', 'aigenc');
    const version = spawnSync(bin, ['version'], { cwd: scratch, encoding: 'utf8' });
    if (version.status !== 0) throw new Error(`aigenc version failed: ${version.stderr}`);
    process.stdout.write(`check: the installed aigenc is ${version.stdout.trim()}\n`);
    const env = { PATH: process.env.PATH, HOME: scratch, AIGENC_HOME: join(scratch, 'data'), AIGENC_PORT: '0' };
    const child = spawn(bin, ['serve', '--announce-extension'], { cwd: scratch, env });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      // The packaged extension is named once the companion listens (the announce lines).
      const packaged = join('aigenc-lens-companion', 'extension');
      for (let waited = 0; !(out.includes('listening on') && out.includes(packaged)); waited += 100) {
        if (waited > 30_000 || child.exitCode !== null) throw new Error(`aigenc serve did not start:\n${out}`);
        await new Promise((done) => setTimeout(done, 100));
      }
      const base = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)[1];
      const health = await (await fetch(`${base}/api/v1/health`)).json();
      if (health.status !== 'ok') throw new Error(`health answered ${JSON.stringify(health)}`);
      const setup = await fetch(`${base}/setup`);
      if (setup.status !== 200 || !(await setup.text()).includes('<html'))
        throw new Error('the setup page did not load');
      process.stdout.write(`check: the installed companion answered ${base}/api/v1/health and /setup\n`);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const release = join(root, 'release');
  const problems = checkRelease(release, version);
  if (problems.length > 0) {
    process.stderr.write(`check: release/ is not right:\n  ${problems.join('\n  ')}\n`);
    process.exit(1);
  }
  process.stdout.write('check: the store zip, the companion package and the listing are right\n');
  if (process.argv.includes('--install')) await installAndRun(join(release, `aigenc-lens-companion-${version}.tgz`));
}
