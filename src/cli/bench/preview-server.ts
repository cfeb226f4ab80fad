/** A `vite preview` server of a built folder, started and stopped by a CLI. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A running preview server: its origin and how to stop it. */
export interface PreviewServer {
  origin: string;
  stop: () => Promise<void>;
}

/** Serves `outDir` as a static host would (with `vite preview`) and resolves once it answers. */
export async function startPreview(outDir: string, port: number, base = '/'): Promise<PreviewServer> {
  const vite = path.resolve('node_modules/.bin/vite');
  const child: ChildProcess = spawn(vite, ['preview', '--outDir', outDir, '--base', base, '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://localhost:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`${origin}${base}`)).ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${origin}${base} within 60 s`);
}
