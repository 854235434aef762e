import { spawn, type ChildProcess } from 'node:child_process';

const ENTRY = {
  api: 'dist/apps/api/apps/api/src/main.js',
  worker: 'dist/apps/worker/apps/worker/src/main.js',
};

/**
 * One of the apps as built for production (`npm test` builds them first), in its own process:
 * for what only a real process shows (the compiled output starting, a SIGKILL).
 */
export class BuiltApp {
  readonly output: string[] = [];
  private exitCode: Promise<number | null>;

  private constructor(readonly process: ChildProcess) {
    process.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    process.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    this.exitCode = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
  }

  static start(app: keyof typeof ENTRY, env: Record<string, string>): BuiltApp {
    return new BuiltApp(
      spawn(process.execPath, [ENTRY[app]], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] }),
    );
  }

  /** Resolves once `text` appears in the output. */
  async waitFor(text: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.join('').includes(text)) {
      if (this.process.exitCode !== null) throw new Error(`The app exited (${this.process.exitCode}): ${this.output.join('')}`);
      if (Date.now() > deadline) throw new Error(`Timed out waiting for "${text}": ${this.output.join('')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** SIGTERM and the exit code of a graceful stop. */
  stop(): Promise<number | null> {
    if (this.process.exitCode === null) this.process.kill('SIGTERM');
    return this.exitCode;
  }

  kill(): Promise<number | null> {
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
    return this.exitCode;
  }
}
