import type { Plugin } from 'vite';

/** Files made in Node when the app is built: path under the site root → contents. */
export type FileMaker = () => Promise<Record<string, string | Uint8Array>>;

/**
 * Serves files computed at build time: written next to the bundle by `vite build`, answered from
 * memory by the dev server. The page fetches them like any static file, so what they hold (the
 * seed mentions, the basemap) stays out of the JavaScript bundle.
 */
export function staticFilesPlugin(name: string, make: FileMaker): Plugin {
  let made: ReturnType<FileMaker> | null = null;
  const files = () => (made ??= make());
  return {
    name,
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        files().then(
          (all) => {
            const body = all[path];
            if (body === undefined) return next();
            res.setHeader('Content-Type', typeof body === 'string' ? 'application/json' : path.endsWith('.pbf') ? 'application/x-protobuf' : 'application/octet-stream');
            res.end(body);
          },
          (error: unknown) => next(error),
        );
      });
    },
    async generateBundle() {
      for (const [fileName, source] of Object.entries(await files())) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
