#!/usr/bin/env node
// Browser checks for the generated studysite (see README.md beside this file).
//
//   node tests/browser/check-site.mjs [--site DIR] [--screenshots DIR] [--jobs N]
//
// Checks every HTML page of the site with the Nu HTML Checker (vnu) and, in a
// headless Debian Chromium driven by playwright-core, with axe-core (light and
// dark scheme), layout (overflow, font size, line length), console/network
// hygiene, links and #fragments, print styles, keyboard behaviour of note
// markers / paragraph links / cross-references, and file:// reading. Prints a
// readable summary and exits 1 on any violation, 0 when clean.

import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, stat, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- options
const { values: opts } = parseArgs({
  options: {
    site: { type: 'string' },
    screenshots: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    sample: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM || '/usr/bin/chromium' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (opts.help) {
  console.log('usage: node tests/browser/check-site.mjs [--site DIR] [--screenshots DIR] [--jobs N] [--sample N] [--chromium PATH]');
  console.log('  --sample N   open only N pages in the browser (every page kind, then evenly spaced); the HTML checker still reads every page');
  process.exit(0);
}
const SITE = resolve(opts.site ?? join(REPO, 'site'));
const SHOTS = resolve(opts.screenshots ?? join(REPO, 'target', 'browser-screenshots'));
const JOBS = Math.max(1, Math.min(4, Number(opts.jobs) || 2));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MIN_FONT_PX = 16;
const MAX_CHARS_PER_LINE = 80;
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'];
const MAX_TABS = 400;
// The site is served under a sub-path, so links that only work from the
// server root ("/about.html") fail here as they would on a sub-path or file://.
const PREFIX = '/studysite/sub/';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--no-default-browser-check',
];
const T0 = Date.now();

// ---------------------------------------------------------------- findings
const problems = []; // { page, check, rule, element, detail }
const warnings = []; // same shape, never fail
const ran = new Set(); // "page\0check" of every check that was run
function ranCheck(page, check) { ran.add(`${page}\0${check}`); }
function problem(page, check, rule, element, detail) {
  ranCheck(page, check);
  problems.push({ page, check, rule, element: element ?? '', detail: detail ?? '' });
}
const warned = new Set();
function warn(page, check, rule, element, detail) {
  const key = [page, rule, element, detail].join('\0');
  if (warned.has(key)) return;
  warned.add(key);
  warnings.push({ page, check, rule, element: element ?? '', detail: detail ?? '' });
}
function squash(s, n = 160) {
  s = String(s ?? '').replace(/\s+/g, ' ').trim();
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

// ---------------------------------------------------------------- the site
async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...await walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}
const relOf = (abs) => relative(SITE, abs).split(sep).join('/');
const encodePath = (rel) => rel.split('/').map(encodeURIComponent).join('/');

let siteStat;
try { siteStat = await stat(SITE); } catch { siteStat = null; }
if (!siteStat?.isDirectory()) {
  console.error(`check-site: no site folder at ${SITE} (build it with \`cargo run -- build\`, or pass --site DIR)`);
  process.exit(1);
}
const ALL_FILES = (await walk(SITE)).map(relOf).sort();
const PAGES = ALL_FILES.filter((f) => /\.html?$/i.test(f));
const TEXT_PAGES = PAGES.filter((f) => /^texts\/[^/]+\.html?$/i.test(f));
if (PAGES.length === 0) {
  console.error(`check-site: no .html files under ${SITE}`);
  process.exit(1);
}
// One page of each kind gets screenshots.
const SHOT_KINDS = new Map();
for (const [kind, rel] of [
  ['index', 'index.html'], ['text', TEXT_PAGES[0]], ['cross-references', 'cross-references.html'],
  ['timeline', 'timeline.html'], ['about', 'about.html'],
]) {
  if (rel && PAGES.includes(rel)) SHOT_KINDS.set(rel, kind);
  else warn(rel ?? 'texts/*.html', 'screenshots', 'page-kind-missing', '', `no ${kind} page in the site, so no screenshot of it`);
}
console.log(`check-site: ${PAGES.length} HTML pages (${TEXT_PAGES.length} text pages) in ${SITE}`);

// ---------------------------------------------------------------- vnu (runs alongside the browser)
function runVnu() {
  const jar = join(HERE, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  return new Promise((done) => {
    const child = spawn('java', ['-Xss1m', '-jar', jar, '--format', 'json', '--skip-non-html', SITE], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', (e) => done({ error: `could not start java: ${e.message}` }));
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{') && l.includes('"messages"'));
      if (!line) return done({ error: `vnu exited ${code} without JSON output: ${squash(out, 400)}` });
      try { done({ messages: JSON.parse(line).messages }); } catch (e) { done({ error: `vnu JSON: ${e.message}` }); }
    });
  });
}
function reportVnu(result) {
  for (const p of PAGES) ranCheck(p, 'vnu');
  if (result.error) { problem('(site)', 'vnu', 'vnu-failed', '', result.error); return; }
  for (const m of result.messages) {
    let page = '(site)';
    if (m.url) { try { page = relOf(fileURLToPath(m.url)); } catch { page = m.url; } }
    const where = m.lastLine ? `line ${m.lastLine}${m.firstColumn ? `:${m.firstColumn}` : ''}` : '';
    const element = [where, m.extract ? squash(m.extract, 120) : ''].filter(Boolean).join(' ');
    if (m.type === 'error' || m.type === 'non-document-error') {
      problem(page, 'vnu', m.subType === 'fatal' ? 'vnu fatal error' : 'vnu error', element, m.message);
    } else if (m.type === 'info' && m.subType === 'warning') {
      warn(page, 'vnu', 'vnu warning', element, m.message);
    }
  }
}
const vnuPromise = runVnu();

// ---------------------------------------------------------------- static server on 127.0.0.1
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.otf': 'font/otf', '.xml': 'application/xml',
  '.pdf': 'application/pdf', '.webmanifest': 'application/manifest+json',
};
const server = createServer(async (req, res) => {
  const notFound = () => { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }); res.end('not found\n'); };
  if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405); res.end(); return; }
  let path;
  try { path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname); } catch { return notFound(); }
  if (!path.startsWith(PREFIX)) return notFound();
  const file = resolve(SITE, '.' + sep + path.slice(PREFIX.length));
  if (file !== SITE && !file.startsWith(SITE + sep)) return notFound();
  let st;
  try { st = await stat(file); } catch { return notFound(); }
  if (!st.isFile()) return notFound(); // no directory indexes: they do not exist on file:// either
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': st.size, 'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') { res.end(); return; }
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;
const BASE = ORIGIN + PREFIX;
const urlOf = (rel) => BASE + encodePath(rel);
function relOfUrl(u) {
  try {
    const url = new URL(u);
    if (url.protocol === 'file:') return 'file://' + relOf(fileURLToPath(url));
    if (url.origin === ORIGIN && url.pathname.startsWith(PREFIX)) return decodeURIComponent(url.pathname.slice(PREFIX.length));
  } catch { /* fall through */ }
  return u;
}

// ---------------------------------------------------------------- browser
const { chromium } = require('playwright-core');
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const userDataDir = await mkdtemp(join(tmpdir(), 'studysite-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: opts.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    reducedMotion: 'no-preference',
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
} catch (e) {
  console.error(`check-site: could not start Chromium at ${opts.chromium} (run tests/browser/install.sh): ${e.message}`);
  server.close();
  await rm(userDataDir, { recursive: true, force: true });
  process.exit(1);
}

const pageState = new WeakMap(); // Page -> { label }
const blocked = new Set();
await context.route('**/*', (route) => {
  const req = route.request();
  const url = new URL(req.url());
  if (url.protocol === 'file:' || url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
    return route.continue();
  }
  let label = '(unknown page)';
  try { label = pageState.get(req.frame().page())?.label ?? label; } catch { /* worker request */ }
  blocked.add(req.url());
  problem(label, 'requests', 'external-request', req.url(), `${req.resourceType()} request to a host other than 127.0.0.1 (blocked)`);
  return route.abort('blockedbyclient');
});

function instrument(page) {
  const st = { label: '(none)' };
  pageState.set(page, st);
  page.setDefaultTimeout(15000);
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Failed loads are reported (with their URL and status) by the response/requestfailed handlers.
    if (/^Failed to load resource/.test(msg.text())) return;
    const loc = msg.location();
    problem(st.label, 'console', 'console-error', loc?.url ? `${relOfUrl(loc.url)}:${loc.lineNumber}` : '', squash(msg.text(), 300));
  });
  page.on('pageerror', (err) => problem(st.label, 'console', 'page-error', '', squash(err.message, 300)));
  page.on('requestfailed', (req) => {
    if (blocked.has(req.url())) return;
    const why = req.failure()?.errorText ?? 'failed';
    if (why === 'net::ERR_ABORTED' && req.resourceType() === 'document') return; // superseded navigation
    problem(st.label, 'requests', 'request-failed', relOfUrl(req.url()), `${req.resourceType()} request failed: ${why}`);
  });
  page.on('response', (resp) => {
    if (resp.status() >= 400) {
      problem(st.label, 'requests', 'http-error', relOfUrl(resp.url()), `${resp.request().resourceType()} answered HTTP ${resp.status()}`);
    }
  });
  return st;
}

async function settle(page) {
  await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const running = document.getAnimations().map((a) => a.finished.catch(() => {}));
    await Promise.race([Promise.all(running), new Promise((r) => setTimeout(r, 2000))]);
    await document.fonts.ready;
  });
}

// ---------------------------------------------------------------- in-page helpers (serialised into the page)
// Each function below runs in the page; `describe` is repeated inside them on purpose.
function pageDomInfo() {
  function describe(el) {
    if (!el || el.nodeType !== 1) return String(el);
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      if (e.id) { parts.unshift(`${e.localName}#${CSS.escape(e.id)}`); break; }
      let s = e.localName;
      const cls = [...e.classList].slice(0, 2).map((c) => '.' + CSS.escape(c)).join('');
      s += cls;
      const sib = e.parentElement ? [...e.parentElement.children].filter((c) => c.localName === e.localName) : [];
      if (sib.length > 1) s += `:nth-of-type(${sib.indexOf(e) + 1})`;
      parts.unshift(s);
    }
    const html = el.outerHTML.replace(/\s+/g, ' ');
    const start = html.slice(0, html.indexOf('>') + 1);
    return `${parts.join(' > ')}  ${start.length > 110 ? start.slice(0, 109) + '…' : start}`;
  }
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  const names = [...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name'));
  const links = [];
  // Resolve by hand: an SVG <a>'s .href is an SVGAnimatedString, not a URL.
  const abs = (attr) => { try { return new URL(attr, document.baseURI).href; } catch { return ''; } };
  for (const el of document.querySelectorAll('a[href], area[href]')) {
    const attr = el.getAttribute('href');
    links.push({ kind: 'link', attr, abs: abs(attr), el: describe(el) });
  }
  for (const el of document.querySelectorAll('link[href], img[src], script[src], source[src], iframe[src], video[src], audio[src], image[href]')) {
    const attr = el.getAttribute('href') ?? el.getAttribute('src');
    links.push({ kind: 'resource', attr, abs: abs(attr), el: describe(el) });
  }
  return { ids: [...ids, ...names], links, title: document.title };
}

function pageLayout(opts) {
  function describe(el) {
    if (!el || el.nodeType !== 1) return String(el);
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      if (e.id) { parts.unshift(`${e.localName}#${CSS.escape(e.id)}`); break; }
      let s = e.localName;
      const cls = [...e.classList].slice(0, 2).map((c) => '.' + CSS.escape(c)).join('');
      s += cls;
      const sib = e.parentElement ? [...e.parentElement.children].filter((c) => c.localName === e.localName) : [];
      if (sib.length > 1) s += `:nth-of-type(${sib.indexOf(e) + 1})`;
      parts.unshift(s);
    }
    const html = el.outerHTML.replace(/\s+/g, ' ');
    const start = html.slice(0, html.indexOf('>') + 1);
    return `${parts.join(' > ')}  ${start.length > 110 ? start.slice(0, 109) + '…' : start}`;
  }
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const de = document.documentElement;
  const result = { scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, overflowers: [], smallFonts: [], measure: null };

  if (de.scrollWidth > de.clientWidth) {
    const cw = de.clientWidth;
    const wide = [...document.body.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > cw + 0.5;
    });
    // Report the innermost culprits.
    const leaves = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
    result.overflowers = leaves.slice(0, 4).map((el) => `${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
  }

  const seen = new Set();
  for (const el of document.querySelectorAll('p, li, td, dd')) {
    if (!visible(el) || !el.textContent.trim()) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < opts.minFont - 0.05) {
      const key = `${el.localName}${el.className ? '.' + el.className : ''}@${px}`;
      if (seen.has(key)) continue; // one example per kind of element and size
      seen.add(key);
      result.smallFonts.push({ el: describe(el), px });
    }
  }

  if (opts.measure) {
    // Characters per rendered line: walk the paragraph's characters and start a new line
    // whenever a glyph sits left of the previous one (robust to <sup> markers). Average over
    // the full lines (all but the last). Falls back to width / average character width.
    const SAMPLE = 'The quick brown fox jumps over the lazy dog, and then it rests for a while in the shade of the old oak tree by the river.';
    const range = document.createRange();
    function renderedLines(p) {
      const lines = [];
      let count = 0, lastLeft = -Infinity, lastTop = -Infinity;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < n.data.length; i++) {
          range.setStart(n, i); range.setEnd(n, i + 1);
          const r = range.getClientRects()[0];
          if (!r || r.width === 0) continue; // collapsed whitespace
          if (r.left < lastLeft - 1 && r.top > lastTop - 1) { lines.push(count); count = 0; }
          count++; lastLeft = r.left; lastTop = r.top;
        }
      }
      if (count) lines.push(count);
      return lines;
    }
    const ps = [...document.querySelectorAll('main p')].filter((p) => visible(p) && p.textContent.trim());
    // Paragraphs are grouped by text width and font size (a column). A column's figure is the
    // average of its full rendered lines (all lines of a paragraph but its last), measured on
    // its longest paragraphs; if none of them wraps, the longest single line.
    const columns = new Map();
    for (const p of ps) {
      const cs = getComputedStyle(p);
      const width = p.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      const key = `${Math.round(width)}@${cs.fontSize}`;
      if (!columns.has(key)) columns.set(key, { width, fontPx: parseFloat(cs.fontSize), ps: [] });
      columns.get(key).ps.push(p);
    }
    let worst = null;
    for (const col of columns.values()) {
      const sampled = col.ps.sort((a, b) => b.textContent.length - a.textContent.length).slice(0, 8);
      let fullLines = 0, fullChars = 0, maxLine = 0, maxEl = sampled[0], single = 0, singleEl = sampled[0];
      for (const p of sampled) {
        const lines = renderedLines(p);
        if (lines.length === 1 && lines[0] > single) { single = lines[0]; singleEl = p; }
        for (const n of lines.slice(0, -1)) {
          fullLines++; fullChars += n;
          if (n > maxLine) { maxLine = n; maxEl = p; }
        }
      }
      // Estimate from the average character width, for the report.
      const p0 = sampled[0];
      const text = p0.textContent.replace(/\s+/g, ' ').trim();
      const sample = text.length >= 60 ? text.slice(0, 400) : SAMPLE;
      const span = document.createElement('span');
      span.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;left:0;top:0;';
      span.textContent = sample;
      const ch = document.createElement('span');
      ch.style.cssText = 'position:absolute;visibility:hidden;width:1ch;left:0;top:0;';
      p0.append(span, ch);
      const avg = span.getBoundingClientRect().width / sample.length;
      const chCount = col.width / ch.getBoundingClientRect().width;
      span.remove(); ch.remove();
      const m = {
        el: describe(fullLines ? maxEl : singleEl), width: col.width, fontPx: col.fontPx, avg, ch: chCount,
        est: avg > 0 ? col.width / avg : 0, lines: fullLines, maxLine, rendered: fullLines ? fullChars / fullLines : null,
      };
      m.cpl = m.rendered ?? single;
      if (!worst || m.cpl > worst.cpl) worst = m;
    }
    result.measure = worst;
  }
  return result;
}

function pagePrint() {
  const hiddenByDisplay = (el) => { for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return true; return false; };
  return {
    navs: [...document.querySelectorAll('nav')].map((n) => ({
      label: n.getAttribute('aria-label') ?? '', hidden: hiddenByDisplay(n), display: getComputedStyle(n).display,
    })),
    notes: [...document.querySelectorAll('[role~="doc-endnotes"]')].map((s) => ({
      id: s.id, shown: !hiddenByDisplay(s) && s.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && s.getClientRects().length > 0,
      display: getComputedStyle(s).display,
    })),
  };
}

// ---------------------------------------------------------------- per-page checks
const domInfo = new Map(); // rel -> { ids:Set, links }
const timings = [];

async function runAxe(page, label, scheme) {
  ranCheck(label, `axe-${scheme}`);
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  // Evaluated, not added as a <script>: the pages' Content-Security-Policy blocks inline scripts.
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const res = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const pick = (v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
    });
    return { violations: r.violations.map(pick), incomplete: r.incomplete.map(pick) };
  }, AXE_TAGS);
  for (const v of res.violations) {
    for (const n of v.nodes.slice(0, 6)) {
      problem(label, `axe-${scheme}`, `axe ${v.id} (${v.impact})`, `${n.target}  ${squash(n.html, 110)}`,
        `${v.help}. ${squash(n.summary.replace(/^Fix (any|all) of the following:\s*/i, ''), 200)}`);
    }
    if (v.nodes.length > 6) problem(label, `axe-${scheme}`, `axe ${v.id} (${v.impact})`, `…and ${v.nodes.length - 6} more elements`, v.help);
  }
  for (const v of res.incomplete) {
    warn(label, 'axe', `axe needs review: ${v.id}`, `${v.nodes.length} element(s), e.g. ${v.nodes[0]?.target ?? ''}`, v.help);
  }
}

function checkLayout(label, width, lay) {
  ranCheck(label, `overflow-${width}`);
  ranCheck(label, `font-size-${width}`);
  if (lay.scrollWidth > lay.clientWidth) {
    problem(label, `overflow-${width}`, `horizontal overflow at ${width}px`,
      lay.overflowers.join(' | ') || '(document)', `document scrollWidth ${lay.scrollWidth}px > clientWidth ${lay.clientWidth}px`);
  }
  for (const f of lay.smallFonts) {
    problem(label, `font-size-${width}`, `body text below ${MIN_FONT_PX}px`, f.el, `computed font-size ${f.px}px`);
  }
  if (lay.measure !== null && lay.measure !== undefined) {
    ranCheck(label, 'measure');
    const m = lay.measure;
    if (m.cpl > MAX_CHARS_PER_LINE + 0.5) {
      problem(label, 'measure', `line length over ${MAX_CHARS_PER_LINE} characters at ${width}px`, m.el,
        `~${Math.round(m.cpl)} characters per line (${m.rendered ? `average of ${m.lines} full rendered line${m.lines > 1 ? 's' : ''}, longest ${m.maxLine}` : 'its longest one-line paragraph'}; text width ${Math.round(m.width)}px = ${Math.round(m.ch)}ch at ${m.fontPx}px font, ≈${Math.round(m.est)} characters by average character width ${m.avg.toFixed(2)}px)`);
    }
  }
}

async function screenshot(page, label, width, scheme) {
  const kind = SHOT_KINDS.get(label);
  if (!kind) return;
  const file = join(SHOTS, `${kind}-${width}-${scheme}.png`);
  // A full-page capture right after a colour-scheme switch can reuse stale compositor tiles
  // (a tiled, garbled picture of a correct page): repaint at the final size first.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
}

async function checkPage(page, st, rel) {
  const t = Date.now();
  st.label = rel;
  for (const c of ['console', 'requests']) ranCheck(rel, c);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  const resp = await page.goto(urlOf(rel), { waitUntil: 'load' });
  if (!resp || !resp.ok()) { problem(rel, 'requests', 'page-load', rel, `HTTP ${resp?.status()}`); return; }
  await settle(page);

  const info = await page.evaluate(pageDomInfo);
  domInfo.set(rel, { ids: new Set(info.ids), links: info.links });
  if (!info.title.trim()) warn(rel, 'dom', 'empty-title', 'title', 'the page has no title');

  // 1280 px: light then dark
  await runAxe(page, rel, 'light');
  const wide = await page.evaluate(pageLayout, { minFont: MIN_FONT_PX, measure: true });
  checkLayout(rel, 1280, wide);
  if (wide.measure) st.measure = Math.round(wide.measure.cpl);
  // Sidenotes, where the page has them: in the margin, clear of the text and of each other.
  const side = await page.evaluate(() => {
    const notes = [...document.querySelectorAll('.sidenote')].filter((n) => getComputedStyle(n).display !== 'none');
    const column = Math.max(0, ...[...document.querySelectorAll('main p.para')].map((p) => p.getBoundingClientRect().right));
    const boxes = notes.map((n) => n.getBoundingClientRect());
    const problems = [];
    boxes.forEach((b, i) => {
      if (b.left < column - 1) problems.push(`sidenote ${i + 1} starts at x=${Math.round(b.left)}, inside the text column (right edge ${Math.round(column)})`);
      if (b.right > innerWidth + 1) problems.push(`sidenote ${i + 1} ends at x=${Math.round(b.right)}, past the window (${innerWidth})`);
      boxes.slice(i + 1).forEach((c, j) => {
        if (b.top < c.bottom - 1 && c.top < b.bottom - 1) problems.push(`sidenotes ${i + 1} and ${i + j + 2} overlap`);
      });
    });
    return { count: notes.length, problems };
  });
  if (side.count) ranCheck(rel, 'sidenotes');
  // The timeline chart's marks (a dot per event, or a bar per year when crowded) never overlap.
  const marks = await page.evaluate(() => {
    const shapes = [...document.querySelectorAll('svg a.tl-mark circle, svg rect.tl-mark-event, svg rect.tl-mark-text')];
    const boxes = shapes.map((m) => m.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
    let overlaps = 0;
    let example = '';
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && j < i + 400; j++) {
        const a = boxes[i], b = boxes[j];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) { overlaps++; if (!example) example = `marks ${i + 1} and ${j + 1} at x=${Math.round(a.left)}`; }
      }
    }
    return { count: boxes.length, overlaps, example };
  });
  if (marks.count) ranCheck(rel, 'timeline-marks');
  if (marks.overlaps) problem(rel, 'timeline-marks', 'overlapping marks', 'svg .tl-mark', `${marks.overlaps} pairs of marks overlap, e.g. ${marks.example}`);
  for (const p of side.problems) problem(rel, 'sidenotes', 'sidenote placement', '.sidenote', p);
  await screenshot(page, rel, 1280, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await settle(page);
  await runAxe(page, rel, 'dark');
  await screenshot(page, rel, 1280, 'dark');

  // 390 px: dark then light
  await page.setViewportSize({ width: 390, height: 844 });
  await settle(page);
  checkLayout(rel, 390, await page.evaluate(pageLayout, { minFont: MIN_FONT_PX, measure: false }));
  await screenshot(page, rel, 390, 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await settle(page);
  await screenshot(page, rel, 390, 'light');

  // print
  ranCheck(rel, 'print');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'print' });
  const pr = await page.evaluate(pagePrint);
  await page.emulateMedia({ media: 'screen' });
  if (pr.navs.length === 0) warn(rel, 'print', 'no-nav', '', 'the page has no <nav>');
  for (const n of pr.navs) {
    if (!n.hidden) problem(rel, 'print', 'nav shown in print', `nav${n.label ? `[aria-label="${n.label}"]` : ''}`, `computed display in print is "${n.display}", expected none`);
  }
  for (const s of pr.notes) {
    if (!s.shown) problem(rel, 'print', 'notes hidden in print', `section[role=doc-endnotes]${s.id ? '#' + s.id : ''}`, `the notes are not displayed in print (display "${s.display}")`);
  }
  timings.push([rel, Date.now() - t]);
  if (TEXT_PAGES.includes(rel)) {
    const tk = Date.now();
    await checkKeyboard(page, st, rel);
    timings.push([`${rel} keyboard`, Date.now() - tk]);
  }
}

// ---------------------------------------------------------------- keyboard (text pages)
const keyboardSeen = { noteref: 0, paralink: 0, xref: 0 };

function activeInfo() {
  const a = document.activeElement;
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  return {
    hash: location.hash, path: location.pathname,
    tag: a?.localName ?? '', id: a?.id ?? '', role: a?.getAttribute('role') ?? '',
    cls: a?.className ?? '', html: a ? a.outerHTML.replace(/\s+/g, ' ').slice(0, 100) : '',
    activeIsTarget: !!target && a === target,
    activeInTarget: !!target && !!a && target.contains(a),
    targetExists: !!target,
    targetIsTarget: !!target && target.matches(':target'),
    targetInView: !!target && (() => { const r = target.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.top >= -1; })(),
  };
}

async function waitHash(page, hash) {
  try {
    await page.waitForFunction((h) => location.hash === h, hash, { timeout: 3000 });
    return true;
  } catch { return false; }
}

async function checkKeyboard(page, st, rel) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await page.goto(urlOf(rel), { waitUntil: 'load' });
  const first = await page.evaluate(() => {
    const q = (s) => document.querySelector(s);
    const ref = q('a[role~="doc-noteref"]'), para = q('main a.para-link'), xref = q('main a.xref');
    return {
      noteref: ref && { id: ref.id, href: ref.getAttribute('href') },
      para: para && { href: para.getAttribute('href') },
      xref: xref && { href: xref.getAttribute('href'), abs: xref.href },
    };
  });

  // (a) Tab reaches the first note marker; Enter focuses the note; its backlink returns.
  if (!first.noteref) {
    warn(rel, 'keyboard', 'no-note-marker', '', 'no a[role=doc-noteref] on this text page: note keyboard check skipped');
  } else {
    keyboardSeen.noteref++;
    ranCheck(rel, 'keyboard-note');
    const el = `a[role=doc-noteref]#${first.noteref.id}`;
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    // Press Tab in batches, logging each focus stop in the page; if the batch overshoots
    // the marker, Shift+Tab back to it so that Enter is pressed with keyboard focus on it.
    await page.evaluate(() => {
      window.__focusStops = [];
      document.addEventListener('focusin', (e) => {
        const t = e.target;
        window.__focusStops.push({ ref: !!t.matches?.('a[role~="doc-noteref"]'), id: t.id ?? '', tag: t.localName ?? '' });
      }, true);
    });
    let reached = null, tabs = 0, stops = [];
    const BATCH = 15;
    while (!reached && tabs < MAX_TABS) {
      for (let i = 0; i < BATCH; i++) await page.keyboard.press('Tab');
      tabs += BATCH;
      stops = await page.evaluate(() => window.__focusStops);
      const j = stops.findIndex((x) => x.ref);
      if (j >= 0) {
        reached = stops[j];
        for (let k = stops.length - 1; k > j; k--) await page.keyboard.press('Shift+Tab');
        let now = await page.evaluate(() => document.activeElement?.id ?? '');
        if (now !== reached.id) {
          // Focus left the document at its end and wrapped: walk again, exactly j+1 Tabs.
          await page.goto(urlOf(rel), { waitUntil: 'load' });
          for (let k = 0; k <= j; k++) await page.keyboard.press('Tab');
          now = await page.evaluate(() => document.activeElement?.id ?? '');
          if (now !== reached.id) reached = { ...reached, lost: now };
        }
      }
    }
    stops = stops.map((x) => x.tag + (x.id ? '#' + x.id : ''));
    if (!reached) {
      problem(rel, 'keyboard-note', 'Tab does not reach the first note marker', el, `${MAX_TABS} Tab presses never focused a note marker (stops: ${stops.slice(0, 8).join(', ')}…)`);
    } else {
      if (reached.lost !== undefined) {
        problem(rel, 'keyboard-note', 'Tab order is not stable', `a#${reached.id}`, `the same number of Tab presses focused #${reached.lost} on a second walk`);
      } else if (reached.id !== first.noteref.id) {
        problem(rel, 'keyboard-note', 'Tab order reaches another note marker first', `a#${reached.id}`, `expected ${el} (the first in document order)`);
      }
      await page.keyboard.press('Enter');
      const noteHash = first.noteref.href.startsWith('#') ? first.noteref.href : new URL(first.noteref.href, page.url()).hash;
      const hashOk = await waitHash(page, noteHash);
      const ai = await page.evaluate(activeInfo);
      if (!hashOk) {
        problem(rel, 'keyboard-note', 'Enter on note marker does not go to its note', el, `location.hash is "${ai.hash}", expected "${noteHash}"`);
      } else if (!ai.targetExists) {
        problem(rel, 'keyboard-note', 'note marker points at a missing note', el, `no element with id ${noteHash}`);
      } else if (!ai.activeIsTarget && !(ai.activeInTarget && ai.id !== first.noteref.id)) {
        problem(rel, 'keyboard-note', 'focus does not move to the note', `${noteHash}`,
          `after Enter on ${el}, focus is on ${ai.tag}${ai.id ? '#' + ai.id : ''} (give the note tabindex="-1")`);
      } else {
        // Backlink: focus it, press Enter, focus must return to the marker.
        const back = await page.evaluate((noteId) => {
          const note = document.getElementById(noteId);
          const b = note?.querySelector('a[role~="doc-backlink"]');
          if (!b) return null;
          b.focus();
          return { href: b.getAttribute('href'), focused: document.activeElement === b };
        }, decodeURIComponent(noteHash.slice(1)));
        if (!back) {
          problem(rel, 'keyboard-note', 'note has no backlink', `${noteHash}`, 'no a[role=doc-backlink] inside the note');
        } else {
          await page.keyboard.press('Enter');
          const backHash = back.href.startsWith('#') ? back.href : new URL(back.href, page.url()).hash;
          const ok = await waitHash(page, backHash);
          const bi = await page.evaluate(activeInfo);
          if (!ok || bi.id !== first.noteref.id) {
            problem(rel, 'keyboard-note', 'backlink does not return focus to the note marker', `${noteHash} a[role=doc-backlink][href="${back.href}"]`,
              `after Enter: hash "${bi.hash}", focus on ${bi.tag}${bi.id ? '#' + bi.id : ''}; expected focus on ${el}`);
          }
        }
      }
    }
  }

  // (b) ¶ link: focus it, Enter, focus lands on the paragraph.
  if (!first.para) {
    warn(rel, 'keyboard', 'no-paragraph-link', '', 'no a.para-link in <main>: paragraph-link check skipped');
  } else {
    keyboardSeen.paralink++;
    ranCheck(rel, 'keyboard-para');
    await page.evaluate(() => { location.hash = ''; window.scrollTo(0, 0); });
    const el = `a.para-link[href="${first.para.href}"]`;
    await page.focus(el);
    await page.keyboard.press('Enter');
    const hash = first.para.href.startsWith('#') ? first.para.href : new URL(first.para.href, page.url()).hash;
    const ok = await waitHash(page, hash);
    const ai = await page.evaluate(activeInfo);
    if (!ok) problem(rel, 'keyboard-para', 'Enter on ¶ link does not go to the paragraph', el, `location.hash is "${ai.hash}", expected "${hash}"`);
    else if (!ai.targetExists) problem(rel, 'keyboard-para', '¶ link points at a missing paragraph', el, `no element with id ${hash}`);
    else if (!ai.activeIsTarget) {
      problem(rel, 'keyboard-para', 'focus does not land on the paragraph', el,
        `after Enter, focus is on ${ai.tag}${ai.id ? '#' + ai.id : ''}${ai.cls ? '.' + ai.cls : ''}, expected ${hash} (give it tabindex="-1")`);
    }
  }

  // (c) cross-reference: Enter navigates to the entry: its own page, or an anchor that is
  //     :target, in view and focused.
  if (!first.xref) {
    warn(rel, 'keyboard', 'no-cross-reference', '', 'no a.xref in <main>: cross-reference check skipped');
  } else {
    keyboardSeen.xref++;
    ranCheck(rel, 'keyboard-xref');
    const el = `a.xref[href="${first.xref.href}"]`;
    const want = new URL(first.xref.abs);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.focus(el);
    st.label = `${rel} → ${relOfUrl(want.href)}`;
    try {
      await Promise.all([
        page.waitForURL((u) => u.pathname === want.pathname && u.hash === want.hash, { waitUntil: 'load', timeout: 10000 }),
        page.keyboard.press('Enter'),
      ]);
      await settle(page);
      const ai = await page.evaluate(activeInfo);
      const missing = [];
      if (!want.hash) {
        // A link to an entry's own page: it must arrive on that entry, named by its heading.
        const named = await page.evaluate(() => !!document.querySelector('main h1#entry-name'));
        if (!named) missing.push('the entry page has no h1#entry-name');
      } else if (!ai.targetExists) missing.push(`no element with id ${want.hash}`);
      else {
        if (!ai.targetIsTarget) missing.push('entry is not :target');
        if (!ai.targetInView) missing.push('entry is not scrolled into view');
        if (!ai.activeIsTarget) missing.push(`entry is not focused (focus on ${ai.tag}${ai.id ? '#' + ai.id : ''})`);
      }
      if (missing.length) problem(rel, 'keyboard-xref', 'cross-reference does not land on its entry', el, missing.join('; '));
    } catch (e) {
      problem(rel, 'keyboard-xref', 'Enter on cross-reference does not navigate', el, squash(e.message.split('\n')[0], 200));
    }
    st.label = rel;
  }
}

// ---------------------------------------------------------------- links and #fragments (after all pages)
function checkLinks() {
  for (const [rel, info] of domInfo) {
    ranCheck(rel, 'links');
    const seen = new Set();
    for (const l of info.links) {
      const key = `${l.kind}\0${l.attr}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const attr = (l.attr ?? '').trim();
      if (attr === '') { if (l.kind === 'link') problem(rel, 'links', 'empty-href', l.el, 'href is empty'); continue; }
      if (/^\/(?!\/)/.test(attr)) {
        problem(rel, 'links', 'root-relative-link', l.el, `"${attr}" only works from the server root; use a relative path so the site reads from any sub-path and file://`);
        continue;
      }
      let url;
      try { url = new URL(l.abs); } catch { problem(rel, 'links', 'bad-url', l.el, `cannot parse "${attr}"`); continue; }
      if (url.protocol === 'javascript:') { problem(rel, 'links', 'javascript-link', l.el, 'javascript: URL'); continue; }
      if (url.origin !== ORIGIN) continue; // external, mailto:, data:, …: not followed
      if (!url.pathname.startsWith(PREFIX)) { problem(rel, 'links', 'link-outside-site', l.el, `"${attr}" leaves the site folder`); continue; }
      const target = decodeURIComponent(url.pathname.slice(PREFIX.length));
      if (target === '' || target.endsWith('/')) {
        problem(rel, 'links', 'directory-link', l.el, `"${attr}" points at a folder; on file:// that shows a listing, link the .html file`);
        continue;
      }
      if (!ALL_FILES.includes(target)) {
        problem(rel, 'links', l.kind === 'link' ? 'broken-link' : 'missing-resource', l.el, `"${attr}" → ${target} does not exist in the site`);
        continue;
      }
      if (l.kind !== 'link' || !url.hash || url.hash === '#') continue;
      const frag = decodeURIComponent(url.hash.slice(1));
      const tinfo = domInfo.get(target);
      if (!tinfo) continue; // not an HTML page (e.g. sources/*.txt)
      if (!tinfo.ids.has(frag) && frag.toLowerCase() !== 'top') {
        problem(rel, 'links', 'broken-anchor', l.el, `"${attr}" → no element with id="${frag}" in ${target}`);
      }
    }
  }
}

// ---------------------------------------------------------------- file:// reading
async function checkFileUrls(page, st) {
  const label = (r) => `file://${r}`;
  const fileUrl = (r) => pathToFileURL(join(SITE, r)).href;
  async function open(url, from, via) {
    ranCheck(from, 'file-url');
    // Look before leaping: a missing file or a folder would give an error page or a listing.
    let target = null;
    try { target = await stat(fileURLToPath(new URL(url))); } catch { /* missing */ }
    if (!target?.isFile()) {
      problem(from, 'file-url', 'link does not reach a file from file://', via, `${decodeURIComponent(new URL(url).pathname)} is ${target ? 'a folder (the browser shows a listing)' : 'missing'}`);
      return false;
    }
    st.label = relOfUrl(url);
    try {
      await page.goto(url, { waitUntil: 'networkidle' }); // fonts and icon loaded before the next navigation aborts them
    } catch (e) {
      problem(from, 'file-url', 'link does not load from file://', via, squash(e.message.split('\n')[0], 200));
      await page.goto('about:blank').catch(() => {});
      return false;
    }
    if (page.url().startsWith('chrome-error:')) {
      problem(from, 'file-url', 'error page from file://', via, url);
      await page.goto('about:blank').catch(() => {});
      return false;
    }
    const u = new URL(page.url());
    if (u.hash && u.hash !== '#') {
      const exists = await page.evaluate((h) => !!document.getElementById(decodeURIComponent(h.slice(1))), u.hash);
      if (!exists) { problem(from, 'file-url', 'anchor missing on file://', via, `no element ${u.hash} in ${relOfUrl(u.href)}`); return false; }
    }
    return true;
  }
  async function navLinks(rel) {
    if (!await open(fileUrl(rel), label(rel), rel)) return [];
    return page.evaluate(() => {
      const navs = document.querySelectorAll('nav[aria-label="Site"]').length ? document.querySelectorAll('nav[aria-label="Site"]') : document.querySelectorAll('nav');
      return [...navs].flatMap((n) => [...n.querySelectorAll('a[href]')]).map((a) => ({ href: a.getAttribute('href'), abs: a.href }));
    });
  }
  const starts = ['index.html', TEXT_PAGES[0]].filter((r) => r && PAGES.includes(r));
  if (!PAGES.includes('index.html')) problem('index.html', 'file-url', 'no index.html', '', 'the site has no index.html to open from disk');
  for (const start of starts) {
    const links = await navLinks(start);
    if (links.length === 0) warn(label(start), 'file-url', 'no-nav-links', '', 'no navigation links found');
    for (const l of links) {
      if (!l.abs.startsWith('file:')) continue;
      await open(l.abs, label(start), `nav a[href="${l.href}"]`);
    }
  }
  // A note link and a cross-reference on a text page, clicked for real.
  const text = TEXT_PAGES[0];
  if (text && await open(fileUrl(text), label(text), text)) {
    const ref = await page.$('a[role~="doc-noteref"]');
    if (ref) {
      const href = await ref.getAttribute('href');
      await ref.click();
      const hash = href.startsWith('#') ? href : new URL(href, page.url()).hash;
      if (!await waitHash(page, hash)) problem(label(text), 'file-url', 'note link does not work from file://', `a[role=doc-noteref][href="${href}"]`, `hash is not ${hash}`);
      else if (!(await page.evaluate(activeInfo)).targetExists) problem(label(text), 'file-url', 'note missing on file://', `a[href="${href}"]`, `no element ${hash}`);
    }
    const xref = await page.$('main a.xref');
    if (xref) {
      const abs = await xref.evaluate((a) => a.href);
      await open(abs, label(text), `a.xref[href="${await xref.getAttribute('href')}"]`);
    }
  }
  st.label = '(file://)';
}

// ---------------------------------------------------------------- search, served and from file://
// A word of the first text page's first paragraph is typed into the search box; the first
// result must lead, by keyboard, to a paragraph of a text that holds the word.
async function checkSearch(page, st) {
  if (!PAGES.includes('search.html') || !TEXT_PAGES.length) return;
  const fold = (w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(urlOf(TEXT_PAGES[0]), { waitUntil: 'networkidle' });
  const word = await page.evaluate(() => {
    const p = document.querySelector('p.para');
    const words = (p?.textContent ?? '').match(/[\p{L}]{6,}/gu) ?? [];
    return words.sort((a, b) => b.length - a.length)[0] ?? null;
  });
  if (!word) { warn('search.html', 'search', 'no-word', 'p.para', 'no word of six letters on the first text page'); return; }
  for (const [how, url] of [['served', urlOf('search.html')], ['file://', pathToFileURL(join(SITE, 'search.html')).href]]) {
    const label = `search.html (${how})`;
    ranCheck(label, 'search');
    st.label = label;
    await page.goto(url, { waitUntil: 'networkidle' });
    const input = await page.$('#search-input');
    if (!input || !(await input.isVisible())) { problem(label, 'search', 'no visible search box', '#search-input', 'the script did not show the form'); continue; }
    await input.focus();
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    try {
      await page.waitForSelector('#search-results li a', { timeout: 5000 });
    } catch {
      const status = await page.textContent('#search-status').catch(() => '');
      problem(label, 'search', 'no results', '#search-results', `searching "${word}" gave none: ${squash(status ?? '', 200)}`);
      continue;
    }
    const marked = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent));
    if (!marked.some((m) => fold(m) === fold(word))) problem(label, 'search', 'match not marked', '#search-results mark', `"${word}" is not marked in the snippets (${squash(marked.join(', '), 120)})`);
    // Tab from the box to the first result and follow it with Enter.
    await page.focus('#search-input');
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null && document.activeElement?.localName === 'a');
    }
    if (!reached) { problem(label, 'search', 'results not reached by keyboard', '#search-results a', 'Tab from the box never reached a result'); continue; }
    const href = await page.evaluate(() => document.activeElement.href);
    await Promise.all([page.waitForURL((u) => u.href === href, { timeout: 5000 }).catch(() => {}), page.keyboard.press('Enter')]);
    await page.waitForLoadState('networkidle').catch(() => {}); // its fonts, before the next navigation
    const landed = await page.evaluate((w) => {
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id ? document.getElementById(id) : document.querySelector('main');
      return { exists: !!target, text: target?.textContent ?? '' };
    }, word);
    if (!landed.exists) problem(label, 'search', 'result anchor missing', href, 'the result links to no element');
    else if (!fold(landed.text).includes(fold(word).slice(0, 5))) problem(label, 'search', 'result does not hold the word', href, `"${word}" not in ${squash(landed.text, 120)}`);
  }
  st.label = '(idle)';
}

// ---------------------------------------------------------------- run
await mkdir(SHOTS, { recursive: true });
for (const f of await readdir(SHOTS)) {
  if (/^(index|text|cross-references|timeline|about)-\d+-(light|dark)\.png$/.test(f)) await unlink(join(SHOTS, f));
}

// With --sample, the browser opens a deterministic sample: the pages with screenshots, the first
// page of every folder, then pages evenly spaced through the sorted list (the HTML checker and
// the link checks of the build itself cover every page).
function samplePages(pages, n) {
  if (!n || n >= pages.length) return [...pages];
  const chosen = new Set([...SHOT_KINDS.keys()]);
  const folders = new Map();
  for (const p of pages) { const f = p.includes('/') ? p.split('/')[0] : ''; if (!folders.has(f)) folders.set(f, p); }
  for (const p of folders.values()) chosen.add(p);
  const step = pages.length / Math.max(1, n - chosen.size);
  for (let i = 0; chosen.size < n && i < pages.length; i += Math.max(1, step)) chosen.add(pages[Math.floor(i)]);
  return pages.filter((p) => chosen.has(p));
}
const queue = samplePages(PAGES, Number(opts.sample) || 0);
const QUEUED = queue.length;
if (queue.length < PAGES.length) console.log(`check-site: opening a sample of ${queue.length} of ${PAGES.length} pages`);
const workers = [];
const pages = [];
for (let i = 0; i < Math.min(JOBS, queue.length); i++) {
  const page = i === 0 && context.pages()[0] ? context.pages()[0] : await context.newPage();
  const st = instrument(page);
  pages.push([page, st]);
  workers.push((async () => {
    for (let rel; (rel = queue.shift()) !== undefined;) {
      const before = problems.length;
      try {
        await checkPage(page, st, rel);
      } catch (e) {
        problem(rel, 'internal', 'check crashed', '', squash(e.message.split('\n')[0], 300));
      }
      const mine = problems.slice(before).filter((p) => p.page.startsWith(rel)).length;
      const notes = [st.measure ? `~${st.measure} chars/line` : '', mine ? `${mine} problem${mine > 1 ? 's' : ''} so far` : ''].filter(Boolean);
      console.log(`  ${mine ? 'FAIL' : 'ok  '} ${rel}${notes.length ? ` (${notes.join(', ')})` : ''}`);
      st.measure = null;
      st.label = '(idle)';
    }
  })());
}
await Promise.all(workers);
checkLinks();
try {
  await checkFileUrls(pages[0][0], pages[0][1]);
} catch (e) {
  problem('(file://)', 'internal', 'check crashed', '', squash(e.message.split('\n')[0], 300));
}
try {
  await checkSearch(pages[0][0], pages[0][1]);
} catch (e) {
  problem('search.html', 'internal', 'check crashed', '', squash(e.message.split('\n')[0], 300));
}
if (TEXT_PAGES.length) {
  for (const [what, sel] of [['noteref', 'a[role=doc-noteref]'], ['paralink', 'a.para-link'], ['xref', 'a.xref']]) {
    if (keyboardSeen[what] === 0) {
      problem('texts/*.html', 'keyboard', `no ${sel} on any text page`, sel, `none of the ${TEXT_PAGES.length} text pages has one, so its keyboard check could not run`);
    }
  }
}
reportVnu(await vnuPromise);

await context.close().catch(() => {});
server.close();
await rm(userDataDir, { recursive: true, force: true });

// ---------------------------------------------------------------- summary
function group(list) {
  const by = new Map();
  for (const p of list) { if (!by.has(p.page)) by.set(p.page, []); by.get(p.page).push(p); }
  return [...by.entries()].sort(([a], [b]) => a.localeCompare(b));
}
if (warnings.length) {
  console.log(`\nWarnings (${warnings.length}, not failing):`);
  let shown = 0;
  for (const [page, list] of group(warnings)) {
    for (const w of list) {
      if (shown++ >= 60) continue;
      console.log(`  ${page}: [${w.rule}] ${w.element ? w.element + ' — ' : ''}${squash(w.detail, 200)}`);
    }
  }
  if (shown > 60) console.log(`  …and ${shown - 60} more warnings`);
}

const failedKeys = new Set(problems.map((p) => `${p.page}\0${p.check}`));
for (const k of failedKeys) ran.add(k);
const failed = failedKeys.size;
const passed = ran.size - failed;
const secs = ((Date.now() - T0) / 1000).toFixed(1);
if (problems.length) {
  console.log('\nPROBLEMS:');
  for (const [page, list] of group(problems)) {
    console.log(`\n${page}`);
    // The same finding from several checks (axe in light and dark) is printed once.
    const merged = new Map();
    for (const p of list) {
      const key = [p.rule, p.element, p.detail].join('\0');
      if (merged.has(key)) merged.get(key).checks.push(p.check);
      else merged.set(key, { ...p, checks: [p.check] });
    }
    for (const p of merged.values()) {
      console.log(`  ✗ [${p.checks.join(', ')}] ${p.rule}`);
      if (p.element) console.log(`      element: ${p.element}`);
      if (p.detail) console.log(`      ${p.detail}`);
    }
  }
}
if (process.env.CHECK_SITE_TIMINGS) for (const [rel, ms] of timings) console.log(`  ${ms}ms ${rel}`);
console.log(`\nScreenshots: ${SHOTS}`);
console.log(`Time: ${secs}s, ${QUEUED} of ${PAGES.length} pages in the browser, ${JOBS} parallel`);
console.log(problems.length ? `RESULT: FAIL — ${problems.length} problems on ${new Set(problems.map((p) => p.page)).size} pages` : 'RESULT: OK — no violations');
console.log(`checks: ${passed} passed, ${failed} failed`);
process.exit(problems.length ? 1 : 0);
