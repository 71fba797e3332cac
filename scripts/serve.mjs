// Serves the demo page at http://localhost:8000, with the built files under /dist/.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const PORT = Number(process.env.PORT ?? 8000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The file under `root` for a URL path (a folder's index.html), or undefined: never outside root. */
export function staticFile(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (!file.startsWith(root)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
    return file;
  } catch {
    return undefined;
  }
}

/** Built files the demo reads from the project root: the build and the manifest it writes. */
const FROM_ROOT = /^\/(dist\/|custom-elements\.json$)/;

/** Maps a URL path to a file: /dist/… and the manifest from the build, everything else from demo/. */
export function fileFor(urlPath) {
  return FROM_ROOT.test(urlPath) ? staticFile(ROOT, urlPath) : staticFile(join(ROOT, 'demo'), urlPath);
}

/**
 * demo/static.html with each `<!-- render … -->` comment replaced by what `disc-evidence render …`
 * prints (read by the command's own parser), as a blog that strips scripts would hold it; `?script` adds the one script tag.
 */
export async function staticExportPage(url) {
  const [{ parseRenderCommand }, { renderStatic }] = await Promise.all([
    import('../dist/cli-args.js'),
    import('../dist/server.js'),
  ]);
  let page = readFileSync(join(ROOT, 'demo/static.html'), 'utf8');
  for (const [comment, words] of page.matchAll(/<!-- (render .+?) -->/g)) {
    const { widget, ids, options } = parseRenderCommand(words.split(' '));
    const html = await renderStatic(widget, ids, options);
    page = page.replace(comment, html);
  }
  const script = '<script type="module" src="../dist/cdn/disc-evidence.js"></script>';
  return page.replace('<!-- script -->', new URL(url, 'http://localhost').searchParams.has('script') ? script : '');
}

export function startServer(port = PORT, resolveFile = fileFor) {
  const server = createServer(async (request, response) => {
    if ((request.url ?? '').split('?')[0] === '/static.html') {
      try {
        const page = await staticExportPage(request.url);
        response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' }).end(page);
      } catch (error) {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }
      return;
    }
    const file = resolveFile(request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compressed, as any real host serves text.
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  return new Promise((resolvePromise) => server.listen(port, () => resolvePromise(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  console.log(`Demo: http://localhost:${PORT}/  (Ctrl+C to stop)`);
}
