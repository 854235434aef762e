import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { BenchEnv, machine, type ScenarioResult } from './harness';
import { availableRooms } from './scenarios/available-rooms';
import { catalogRead } from './scenarios/catalog-read';
import { registrationStorm } from './scenarios/registration-storm';
import { reminderFanOut } from './scenarios/reminder-fan-out';
import { webApp, type WebAppResult } from './scenarios/web-app';

/** The scenarios, run in this order in one invocation against the real services. */
const SCENARIOS: Record<string, (env: BenchEnv) => Promise<ScenarioResult[]>> = {
  'catalog-read': catalogRead,
  'available-rooms': availableRooms,
  'registration-storm': registrationStorm,
  'reminder-fan-out': reminderFanOut,
};

function table(results: ScenarioResult[]): string {
  const rows = results.map((r) =>
    [
      r.name,
      r.connections,
      r.requests,
      r.errors,
      r.throughputRps,
      r.latencyMs.p50,
      r.latencyMs.p95,
      r.latencyMs.p99,
      r.apiPeakRssMb === null ? '–' : `${r.apiPeakRssMb}${r.peakRssProcess ? ` (${r.peakRssProcess})` : ''}`,
      r.baseline ? `${r.baseline.name}: ${r.baseline.throughputRps} req/s` : '–',
      r.ratio ?? '–',
    ].join(' | '),
  );
  return [
    '| scenario | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms | peak RSS MB (API unless said) | baseline | ratio |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

function webTable(web: WebAppResult): string {
  const lh = web.lighthouse;
  return [
    `The catalog's first load (\`/\`, 360 px): ${web.catalogFirstLoadJsGzipKb} kB of JavaScript gzipped (budget ${web.budgetKb} kB): ${web.catalogScripts.map((s) => `${s.file} ${s.gzipKb}`).join(', ')}.`,
    `Lighthouse on \`/\` (mobile, the median of ${lh.runs.length} runs: performance ${lh.runs.join(', ')}): performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}; first contentful paint ${lh.metrics.fcpMs} ms, largest ${lh.metrics.lcpMs} ms, speed index ${lh.metrics.speedIndexMs} ms, total blocking time ${lh.metrics.tbtMs} ms, layout shift ${lh.metrics.cls}.`,
    '',
    '| chunk | kB | kB gzipped |',
    '|---|---|---|',
    ...web.chunks.map((c) => `| ${c.file} | ${c.rawKb} | ${c.gzipKb} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const selected = Object.entries(SCENARIOS).filter(([name]) => only.length === 0 || only.includes(name));
  const results: ScenarioResult[] = [];
  let web: WebAppResult | null = null;
  if (only.length === 0 || only.includes('web-app')) {
    const env = await BenchEnv.create();
    try {
      await env.startApi();
      process.stdout.write('running web-app...\n');
      web = await webApp(env);
    } finally {
      await env.close();
    }
  }
  for (const [name, run] of selected) {
    // Each scenario gets fresh services: its data and memory do not leak into the next.
    const env = await BenchEnv.create();
    try {
      await env.startApi();
      process.stdout.write(`running ${name}...\n`);
      results.push(...(await run(env)));
    } finally {
      await env.close();
    }
  }
  // One file per kind of run, each a single invocation's figures: the API scenarios all together
  // (latest), a subset of them (partial, not kept), and the web app's.
  const date = new Date().toISOString();
  const on = machine();
  const heading = `Measured ${date} on ${on.cpus} × ${on.cpuModel}, ${on.memoryGb} GiB, Node ${on.node}.\n\n`;
  mkdirSync('bench/results', { recursive: true });
  const write = (name: string, data: unknown, markdown: string) => {
    writeFileSync(`bench/results/${name}.json`, `${JSON.stringify({ date, machine: on, ...(data as object) }, null, 2)}\n`);
    writeFileSync(`bench/results/${name}.md`, `${heading}${markdown}\n`);
    process.stdout.write(`\n${heading}${markdown}\n`);
  };
  if (results.length) write(selected.length === Object.keys(SCENARIOS).length ? 'latest' : 'partial', { results }, table(results));
  if (web) write('web-app', { web }, webTable(web));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
