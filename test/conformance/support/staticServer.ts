import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.vtt': 'text/vtt',
  '.pdf': 'application/pdf',
};

export interface ServedRequest {
  path: string;
  status: number;
}

export interface StaticServer {
  origin: string;
  /** Every request served, to check that nothing was missing. */
  requests: ServedRequest[];
  /** Replaces what a URL prefix serves (folders are swapped between packages). */
  mount: (prefix: string, target: { folder: string } | { text: string; type: string }) => void;
  close: () => Promise<void>;
}

/** A tiny static server on 127.0.0.1 standing in for the LMS's web server; refuses paths outside its folders. */
export async function startStaticServer(): Promise<StaticServer> {
  const mounts = new Map<string, { folder: string } | { text: string; type: string }>();
  const requests: ServedRequest[] = [];
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (status: number, body = '') => {
      requests.push({ path: urlPath, status });
      response.writeHead(status, { 'content-type': 'text/plain' }).end(body);
    };
    const prefix = [...mounts.keys()].sort((a, b) => b.length - a.length).find((candidate) => urlPath === candidate || urlPath.startsWith(candidate.endsWith('/') ? candidate : `${candidate}/`));
    const target = prefix === undefined ? undefined : mounts.get(prefix);
    if (!prefix || !target) return send(404, 'not found');
    if ('text' in target) {
      requests.push({ path: urlPath, status: 200 });
      response.writeHead(200, { 'content-type': target.type, 'cache-control': 'no-store' }).end(target.text);
      return;
    }
    const file = path.resolve(target.folder, `.${urlPath.slice(prefix.length).replace(/^\/?/, '/')}`);
    if (!file.startsWith(path.resolve(target.folder) + path.sep)) return send(403, 'outside');
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return send(404, 'not a file');
      size = stat.size;
    } catch {
      return send(404, 'not found');
    }
    requests.push({ path: urlPath, status: 200 });
    response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    mount: (prefix, target) => mounts.set(prefix, target),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
