import { spawn } from 'node:child_process';

/**
 * The prober, as a small process of its own: it asks `GET /health/live` again and again, one probe
 * after another, until its input closes, then prints the slowest answer. Measured from outside
 * the test runner, whose own garbage collections (its heap grows over a full run) would
 * otherwise count as the API's.
 */
const PROBER = `
let stop = false;
process.stdin.on('data', () => {}).on('end', () => { stop = true; });
(async () => {
  let slowest = 0, probes = 0;
  do {
    const started = performance.now();
    const answer = await fetch(process.argv[1] + '/health/live');
    await answer.arrayBuffer();
    slowest = Math.max(slowest, performance.now() - started);
    if (++probes === 1) process.stdout.write('ready\\n');
  } while (!stop);
  process.stdout.write(JSON.stringify({ slowest, probes }) + '\\n');
})();
`;

/**
 * Runs `work` while the prober asks `GET /health/live` over and over, and gives the slowest
 * answer: how long any client waited while the work ran. The prober is answering before the work
 * starts, so that at least one probe meets it.
 */
export async function slowestLiveAnswer<T>(
  baseUrl: string,
  work: () => Promise<T>,
): Promise<{ slowestMs: number; probes: number; result: T }> {
  const prober = spawn(process.execPath, ['-e', PROBER, baseUrl], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    prober.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith('ready\n')) resolve();
    });
    prober.on('exit', (code) => reject(new Error(`the prober exited (${code}) before answering`)));
  });
  const finished = new Promise<{ slowest: number; probes: number }>((resolve, reject) => {
    prober.on('exit', (code) => {
      const line = output.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as { slowest: number; probes: number });
      else reject(new Error(`the prober failed (${code}): ${output}`));
    });
  });
  await ready;
  try {
    const result = await work();
    prober.stdin.end();
    const { slowest, probes } = await finished;
    return { slowestMs: slowest, probes, result };
  } finally {
    if (prober.exitCode === null) prober.stdin.end();
  }
}

/**
 * The slowest answer while `work` runs, measured twice when the first measurement is over `limitMs`:
 * a request that blocks the API does so every time, while a test machine busy with other suites
 * can delay one probe by chance. The lower of the two is given.
 */
export async function slowestLiveAnswerOf<T>(
  baseUrl: string,
  limitMs: number,
  work: () => Promise<T>,
): Promise<{ slowestMs: number; result: T }> {
  const first = await slowestLiveAnswer(baseUrl, work);
  if (first.slowestMs < limitMs) return first;
  const second = await slowestLiveAnswer(baseUrl, work);
  return second.slowestMs < first.slowestMs ? second : first;
}
