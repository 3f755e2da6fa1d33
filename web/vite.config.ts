import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    // The API server listens on 8000 in development (`npm run dev:web` next to `focusgen serve`).
    proxy: {
      '/api': 'http://localhost:8000',
      '/generate-cur': 'http://localhost:8000',
      '/downloads': 'http://localhost:8000',
    },
  },
});
