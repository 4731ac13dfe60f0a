import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The desk console: served by the service at /admin/, built into dist/admin. */
export default defineConfig({
  root: __dirname,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: path.resolve(__dirname, '../dist/admin'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      output: {
        // The component library once, shared by every area's chunk; the charts stay in the chunks of
        // the areas that draw them (Rollup splits them out of the entry by itself).
        manualChunks: (id) => (/node_modules\/(antd|@ant-design\/(pro-|icons)|rc-)/.test(id) ? 'antd' : undefined),
      },
    },
  },
  server: { port: 5174, proxy: { '/api': 'http://localhost:3000' } },
});
