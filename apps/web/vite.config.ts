import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Connect, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const apiTarget = `http://127.0.0.1:${process.env.API_PORT || 4000}`;

/** The API serves graphiql.html at /graphiql; the dev and preview servers do the same. */
function graphiqlRoute(): Plugin {
  const rewrite: Connect.NextHandleFunction = (req, _res, next) => {
    if (req.url === '/graphiql' || req.url?.startsWith('/graphiql?')) req.url = req.url.replace('/graphiql', '/graphiql.html');
    next();
  };
  return {
    name: 'warden-graphiql-route',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
}

export default defineConfig({
  plugins: [react(), graphiqlRoute()],
  resolve: {
    // The shared lib ships TypeScript source; bundling it directly keeps one copy of the labels.
    alias: { '@warden/shared': here('../../libs/shared/src/index.ts') },
  },
  server: {
    proxy: {
      '/graphql': apiTarget,
      '/healthz': apiTarget,
      '/downloads': apiTarget,
    },
  },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL and Monaco are large by nature; they load only on /graphiql, never with the SPA.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: {
        main: here('index.html'),
        graphiql: here('graphiql.html'),
      },
      onLog(level, log, handler) {
        // GraphiQL's packages carry React Compiler's "use no memo" directives; dropping them when
        // bundling is harmless, and hundreds of such lines would hide real warnings.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
