import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { BenchEnv } from '../harness';

export interface WebAppResult {
  /** Every script the catalog (`/`) loads before the network is idle, gzipped (level 9), in kB. */
  catalogFirstLoadJsGzipKb: number;
  catalogScripts: Array<{ file: string; gzipKb: number }>;
  /** Every chunk the build wrote, gzipped, largest first. */
  chunks: Array<{ file: string; rawKb: number; gzipKb: number }>;
  /** Lighthouse on `/` with its default (mobile) settings, 0–100. */
  /** The median of LIGHTHOUSE_RUNS runs by performance score (one run varies by several points), with its metrics. */
  lighthouse: Lighthouse & { runs: number[] };
  budgetKb: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ASSETS = 'apps/web/dist/assets';
const LIGHTHOUSE_RUNS = 3;

interface Lighthouse {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** First and largest contentful paint, speed index and total blocking time (ms), layout shift. */
  metrics: { fcpMs: number; lcpMs: number; speedIndexMs: number; tbtMs: number; cls: number };
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzipKb = (file: string) => kb(gzipSync(readFileSync(join(ASSETS, file)), { level: 9 }).length);

function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited ${code}: ${err.slice(-2000)}`))));
  });
}

/**
 * The web app as a patron's phone gets it: the built app served by the API, with the demo data.
 * The bundle figure is what the browser actually fetched for `/`; Lighthouse runs Debian's
 * chromium headless with its mobile emulation and throttling.
 */
export async function webApp(env: BenchEnv): Promise<WebAppResult> {
  // The demo data a library would start from (the seeder refuses production, so this one run is development).
  await run(process.execPath, ['dist/apps/worker/apps/worker/src/cli.js', 'seed'], env.appEnv({ NODE_ENV: 'development' }));
  const base = env.graphqlUrl.replace(/\/graphql$/, '');

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const scripts = new Set<string>();
  try {
    const page = await (await browser.newContext({ viewport: { width: 360, height: 780 } })).newPage();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.add(path.slice('/assets/'.length));
    });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.locator('.card-list li').first().waitFor();
  } finally {
    await browser.close();
  }
  const catalogScripts = [...scripts].map((file) => ({ file, gzipKb: gzipKb(file) })).sort((a, b) => b.gzipKb - a.gzipKb);
  const chunks = readdirSync(ASSETS)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({ file, rawKb: kb(readFileSync(join(ASSETS, file)).length), gzipKb: gzipKb(file) }))
    .sort((a, b) => b.gzipKb - a.gzipKb);

  const runs: Lighthouse[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseScores(`${base}/`));
  const byPerformance = [...runs].sort((a, b) => a.performance - b.performance);
  const lighthouse = { ...byPerformance[Math.floor(runs.length / 2)], runs: runs.map((r) => r.performance) };

  return {
    catalogFirstLoadJsGzipKb: Math.round(catalogScripts.reduce((sum, s) => sum + s.gzipKb, 0) * 10) / 10,
    catalogScripts,
    chunks,
    lighthouse,
    budgetKb: 120,
  };
}

/** Lighthouse's CLI (its default mobile emulation and throttling) on one page, in a scratch profile. */
async function lighthouseScores(url: string): Promise<Lighthouse> {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  try {
    const output = join(dir, 'report.json');
    await run(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility,best-practices',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { PATH: process.env.PATH ?? '', CHROME_PATH: CHROMIUM, HOME: dir },
    );
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      categories: Record<string, { score: number }>;
      audits: Record<string, { numericValue: number }>;
    };
    const score = (id: string) => Math.round(report.categories[id].score * 100);
    const metric = (id: string) => Math.round(report.audits[id].numericValue);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      metrics: {
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        speedIndexMs: metric('speed-index'),
        tbtMs: metric('total-blocking-time'),
        cls: Math.round(report.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
