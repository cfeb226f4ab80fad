import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page whose HTML arrives in two pieces, the second only when the test releases it, as a slow link sends it. */
export interface HeldPage {
  /** The page's address on the holding server. */
  url: string;
  /** Sends the rest of the page's HTML. */
  release: () => void;
  close: () => Promise<void>;
}

/**
 * Serves `path` of the site at `site` from a server of its own that sends the page's HTML up to the first
 * `cut` (a string of it) and holds the rest until `release()`. Every other request is passed to the site.
 */
export async function holdPage(site: string, path: string, cut: string): Promise<HeldPage> {
  const html = await (await fetch(new URL(path, site), { headers: { accept: 'text/html' } })).text();
  const at = html.indexOf(cut);
  if (at < 0) throw new Error(`${path} has no ${JSON.stringify(cut)} to hold its HTML at`);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.url === path) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.write(html.slice(0, at));
        await released;
        response.end(html.slice(at));
        return;
      }
      const upstream = await fetch(new URL(request.url ?? '/', site), { headers: { accept: request.headers.accept ?? '*/*' } });
      response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
      response.end(Buffer.from(await upstream.arrayBuffer()));
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}${path}`,
    release,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
