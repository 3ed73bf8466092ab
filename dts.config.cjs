/* global module */
// Type declarations of the package's two entry points, each bundled into one file (dist/types/), so that they
// read the same under every moduleResolution (the sources import without file extensions). Run by `npm run build`.
module.exports = {
  compilationOptions: { preferredConfigPath: './tsconfig.build.json' },
  entries: [
    { filePath: './src/index.ts', outFile: './dist/types/index.d.ts', noCheck: true, output: { exportReferencedTypes: false } },
    { filePath: './src/node.ts', outFile: './dist/types/node.d.ts', noCheck: true, output: { exportReferencedTypes: false } },
  ],
};
