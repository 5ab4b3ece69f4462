import './scripts/eslint-typescript-api.mjs';
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'custom-elements.json',
      'storybook-static/',
      'test-results/',
      'test/frameworks/react-esm.js',
      'test/types/docs-react.generated.tsx',
    ],
  },
  js.configs.recommended,
  // Syntax rules only: type-aware rules would need the TypeScript language service, which
  // TypeScript 7 does not offer to JavaScript tools.
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '*.config.*', '.size-limit.mjs', 'test/**/*.node.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Each element types the properties its attribute table declares by merging an interface into its class.
    files: ['src/components/*/*.component.ts'],
    rules: { '@typescript-eslint/no-unsafe-declaration-merging': 'off', '@typescript-eslint/no-empty-object-type': 'off' },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    // chai asserts with property reads: expect(x).to.be.true
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
