import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Set-up hooks build dist or write large files; on a loaded CI machine 10 s is too short.
    hookTimeout: 60_000,
  },
});
