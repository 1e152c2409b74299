import { defineConfig } from 'vitest/config';

// One project per kind of test environment. Browser projects (editor, storybook) join as they land.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/{core,scene,genogram,ecogram,sociogram,cli}/src/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
        },
      },
    ],
  },
});
