// Builds the web UI bundle (app.js, app.css) with esbuild into one folder, by default the one Maven packs into the
// jar: target/classes/claimgraph/webui. Maven runs it in generate-resources (`node build.mjs OUT`); by hand:
// `npm run build`. Everything the page needs is bundled, so nothing is fetched from another site at run time.
//
// The locked dependencies are installed first (`npm ci`) when node_modules is missing or was installed from another
// package-lock.json, so a rebuild after a Java change does not reinstall them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || join(here, '../../../target/classes/claimgraph/webui'));
const lock = readFileSync(join(here, 'package-lock.json'), 'utf8');
const stamp = join(here, 'node_modules', '.claimgraph-installed-lock.json');

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
  const t0 = Date.now();
  console.log('webui: npm ci (installing the locked dependencies)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('webui: npm ci failed' + (r.error ? ': ' + r.error.message : '') + '; the npm registry must be reachable the first time');
    process.exit(1);
  }
  writeFileSync(stamp, lock);
  console.log(`webui: npm ci took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const { build } = await import('esbuild');
const t0 = Date.now();
mkdirSync(out, { recursive: true });
const result = await build({
  absWorkingDir: here,
  entryPoints: { app: 'src/app.js' },
  bundle: true,
  outdir: out,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  legalComments: 'linked', // the licences of what is bundled, in app.js.LEGAL.txt and app.css.LEGAL.txt
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  logLevel: 'warning',
  metafile: true,
});
const sizes = Object.entries(result.metafile.outputs).map(([f, o]) => `${f.split('/').pop()} ${(o.bytes / 1024).toFixed(0)} kB`);
console.log(`webui: built ${sizes.join(', ')} into ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
