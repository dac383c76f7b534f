import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnlyInMain = {
  paths: [{ name: 'electron', message: 'Only src/main and src/preload may import electron (DESIGN §7).' }],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      // Benchmark scratch (bench/render.ts bundles itself here).
      '.tmp/',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Handlers implement an async contract; some answer synchronously.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Import boundaries: the domain is pure, the renderer reaches the system only through IPC.
  {
    files: ['src/shared/**', 'forms/**', 'src/renderer/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInMain,
          patterns: [
            {
              group: ['**/main/**', '**/src/main/*'],
              message: 'Shared code and the renderer must not import the main process.',
            },
            { group: ['**/renderer/**'], message: 'Only the renderer imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInMain,
          patterns: [
            { group: ['**/main/**'], message: 'The renderer reaches the system only through window.api.' },
            { group: ['node:*'], message: 'The renderer has no Node access.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', electronOnlyInMain],
    },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: {
      'no-restricted-imports': ['error', electronOnlyInMain],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
