import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * One GET of a backend's liveness probe from another process, which gives
 * up after two seconds: a probe from this thread would wait for a blocked
 * event loop and then report success. The status, or "no answer: …".
 */
export async function probeLiveness(port: number): Promise<string> {
  const script = `fetch('http://127.0.0.1:${port}/.backstage/health/v1/liveness', { signal: AbortSignal.timeout(2000) }).then(r => console.log(r.status), e => console.log('no answer: ' + e.name))`;
  const { stdout } = await run(process.execPath, ['-e', script]);
  return stdout.trim();
}

/**
 * Runs `work` while probing liveness every 200 ms from another process (at
 * least once, the first probe sent as the work starts); what `work`
 * returned, or threw, and what every probe answered.
 */
export async function whileProbingLiveness<T>(
  port: number,
  work: () => Promise<T>,
): Promise<{ outcome: PromiseSettledResult<T>; answers: string[] }> {
  let working = true;
  const answers: string[] = [];
  const probing = (async () => {
    do {
      answers.push(await probeLiveness(port));
      await new Promise(r => setTimeout(r, 200));
    } while (working);
  })();
  const [outcome] = await Promise.allSettled([work()]);
  working = false;
  await probing;
  return { outcome, answers };
}
