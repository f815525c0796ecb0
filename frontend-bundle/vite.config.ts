import { defineConfig } from 'vitest/config';

// Served by the Spring Boot process from META-INF/resources/app, i.e. at /app/.
export default defineConfig({
  base: '/app/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // During `npm run dev`, forward /health to a locally running platform.
    proxy: { '/health': 'http://127.0.0.1:8080' },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
