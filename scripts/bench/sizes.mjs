// Transfer sizes of the shipped build, and proof that it carries no benchmark code.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** When a file loads: on the critical path to the first card (what the budget counts),
 * later in the first visit (icons, manifest, worker), when the user opens the
 * self-assessment (its own page), or only into the service worker's offline cache. */
function phase(name, html, assessmentHtml) {
  const referenced = html.includes(name);
  if (name === 'index.html') return 'critical';
  if (/\.(wasm|js|css)$/.test(name) && name !== 'sw.js' && referenced) return 'critical';
  if (name === 'sw.js' || referenced) return 'first visit';
  if (name === 'zelfevaluatie.html' || assessmentHtml.includes(name)) return 'self-assessment';
  return 'service worker';
}

function kind(name) {
  if (name.endsWith('.wasm')) return 'wasm';
  if (name.endsWith('.js')) return 'js';
  if (name.endsWith('.css')) return 'css';
  if (name.endsWith('.html')) return 'html';
  if (name.startsWith('icons/')) return 'icon';
  if (name.endsWith('.webmanifest')) return 'manifest';
  return 'other';
}

/** Sizes of every file in `dir`: raw, gzip (zlib's default level 6, what most servers
 * and scripts/serve.mjs send) and brotli (quality 11, as precompressed or from serve.mjs). */
export function measureSizes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const assessmentPage = join(dir, 'zelfevaluatie.html');
  const assessmentHtml = existsSync(assessmentPage) ? readFileSync(assessmentPage, 'utf8') : '';
  const assets = files(dir).map((name) => {
    const body = readFileSync(join(dir, name));
    return {
      name,
      kind: kind(name),
      phase: phase(name, html, assessmentHtml),
      raw: body.length,
      gzip: gzipSync(body).length,
      brotli: brotliCompressSync(body).length,
    };
  });
  const sum = (list) => ({
    raw: list.reduce((n, a) => n + a.raw, 0),
    gzip: list.reduce((n, a) => n + a.gzip, 0),
    brotli: list.reduce((n, a) => n + a.brotli, 0),
  });
  return {
    assets,
    critical: sum(assets.filter((a) => a.phase === 'critical')),
    // What opening the self-assessment adds (its page; the shared files are cached).
    assessment: sum(assets.filter((a) => a.phase === 'self-assessment')),
    firstVisit: sum(assets.filter((a) => a.phase === 'critical' || a.phase === 'first visit')),
    total: sum(assets),
  };
}

/** Strings only the bench build has; none may appear in the shipped build. */
export const BENCH_MARKERS = ['digiwijzerBench', 'corpusJson', 'Quirine', 'Súdwest-Fryslân'];

export function findMarkers(dir) {
  const found = [];
  for (const name of files(dir).filter((f) => /\.(wasm|js)$/.test(f))) {
    const body = readFileSync(join(dir, name));
    for (const marker of BENCH_MARKERS) {
      if (body.includes(Buffer.from(marker, 'utf8'))) found.push(`${marker} in ${name}`);
    }
  }
  return found;
}
