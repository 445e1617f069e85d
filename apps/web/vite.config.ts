import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const apiTarget = `http://127.0.0.1:${process.env.API_PORT || 4000}`;

export default defineConfig({
  plugins: [react()],
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
