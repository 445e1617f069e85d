// GraphiQL 5 edits with Monaco, which runs its language services in web workers. Vite only
// bundles a worker it can see imported with `?worker`, so they are wired here rather than
// fetched from a CDN at run time (Warden must work offline).
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';
import type { Environment } from 'monaco-editor';

// monaco-editor declares it on Window (it reads `self.MonacoEnvironment`).
window.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    switch (label) {
      case 'json':
        return new JsonWorker();
      case 'graphql':
        return new GraphQLWorker();
      default:
        return new EditorWorker();
    }
  },
} satisfies Environment;
