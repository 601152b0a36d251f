import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // A guard against a hang, not a speed check (speed lives in bench/): the seeded fuzz files
    // take about 25 s alone and passed 60 s with little margin when a loaded machine shared one
    // core between several vitest forks (session 10: fuzz-markup 75 s at load 13).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
