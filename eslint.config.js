// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What the pure core (domain/, minutes/) must never import. */
const frameworkImports = [
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    message: 'The pure core imports no React.',
  },
  {
    group: ['dexie', 'dexie-*'],
    message: 'The pure core imports no Dexie: storage lives in src-renderer/db.',
  },
  { group: ['electron', 'electron-*'], message: 'The pure core imports no Electron.' },
  {
    group: ['zustand', 'zustand/*'],
    message: 'The pure core imports no zustand: UI state lives in src-renderer/state.',
  },
  {
    group: ['**/db/**', '**/state/**', '**/features/**', '**/platform/**'],
    message: 'The pure core depends on nothing above it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json', './tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src-main/**/*.ts', 'scripts/**', 'bench/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src-renderer/domain/**', 'src-renderer/minutes/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: frameworkImports }],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The pure core knows no DOM.' },
        { name: 'document', message: 'The pure core knows no DOM.' },
        { name: 'localStorage', message: 'The pure core knows no DOM.' },
        { name: 'indexedDB', message: 'The pure core knows no DOM.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
