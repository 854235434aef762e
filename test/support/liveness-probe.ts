/**
 * Runs `work` while asking `GET /health/live` again and again, one probe after another, and gives
 * the slowest answer: how long any client waited while the work ran. The work starts first, so
 * that at least one probe meets it.
 */
export async function slowestLiveAnswer<T>(
  baseUrl: string,
  work: () => Promise<T>,
): Promise<{ slowestMs: number; probes: number; result: T }> {
  let done = false;
  const running = work().finally(() => {
    done = true;
  });
  let slowestMs = 0;
  let probes = 0;
  do {
    const started = performance.now();
    const answer = await fetch(`${baseUrl}/health/live`);
    await answer.arrayBuffer();
    slowestMs = Math.max(slowestMs, performance.now() - started);
    probes++;
  } while (!done);
  return { slowestMs, probes, result: await running };
}
