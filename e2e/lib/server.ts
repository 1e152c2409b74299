/** A static file server on 127.0.0.1:0 for e2e pages: fixed routes only, with the headers a test asks for. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface Route {
  body: string | Buffer;
  type: string;
}

/** A JavaScript file's route. */
export const js = (body: string | Buffer): Route => ({ body, type: 'text/javascript; charset=utf-8' });

/** Every `.js` file under `dir` (a build's output), as routes under `prefix` (e.g. `/element`). */
export function scriptRoutes(dir: string, prefix: string): Record<string, Route> {
  const out: Record<string, Route> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[`${prefix}/${path.relative(dir, file).split(path.sep).join('/')}`] = js(fs.readFileSync(file));
  }
  return out;
}

export interface StaticServer {
  origin: string;
  /** Paths requested so far (to check that a page fetched only its own files). */
  requested: string[];
  close(): Promise<void>;
}

export async function serve(
  routes: Record<string, Route>,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const requested: string[] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requested.push(path);
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store', ...headers })
      .end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
