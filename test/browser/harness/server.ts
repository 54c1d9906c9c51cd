/**
 * A static server on 127.0.0.1 with an ephemeral port for the harness page. styles.css is read
 * on each request, so the page always has the stylesheet as it is in the working tree.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PAGE_HTML } from './page-html';
import { REPO } from './vault-notes';

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

type Route = () => { type: string; body: string };

export function startServer(bundle: string): Promise<HarnessServer> {
  const routes: Record<string, Route> = {
    '/': () => ({ type: 'text/html', body: PAGE_HTML }),
    '/app.js': () => ({ type: 'text/javascript', body: bundle }),
    '/styles.css': () => ({ type: 'text/css', body: readFileSync(join(REPO, 'styles.css'), 'utf8') }),
    '/obsidian-base.css': () => ({ type: 'text/css', body: readFileSync(join(__dirname, 'obsidian-base.css'), 'utf8') }),
  };
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!route) {
      // 204, not 404: Chromium asks for /favicon.ico and would log the 404 as a console error.
      res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    const { type, body } = route();
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
