import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately (`npm start` on port 3000); in production the server
// serves dist/ itself on the same origin, so the app always calls relative URLs.
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/oauth': { target: apiTarget, changeOrigin: false },
    },
  },
  // No source maps in the build: the server serves dist/ as is, and maps would publish the
  // unminified source to anyone (the server refuses *.map besides).
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
