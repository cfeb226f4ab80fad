import { findLazyOnlyFiles } from './lazy-only-chunks.ts';

const chunk = (fileName: string, moduleIds: string[], links: { imports?: string[]; dynamicImports?: string[]; isEntry?: boolean } = {}) => ({
  type: 'chunk' as const, fileName, facadeModuleId: moduleIds[0] ?? null, moduleIds,
  imports: links.imports ?? [], dynamicImports: links.dynamicImports ?? [], isEntry: links.isEntry ?? false,
});

describe('findLazyOnlyFiles', () => {
  const bundle = {
    'index.js': chunk('index.js', ['/src/main.tsx'], { isEntry: true, imports: ['shared.js'], dynamicImports: ['note.js'] }),
    'note.js': chunk('note.js', ['/src/routes/note.tsx'], { imports: ['shared.js'], dynamicImports: ['gate.js'] }),
    'shared.js': chunk('shared.js', ['/node_modules/react/index.js']),
    'gate.js': chunk('gate.js', ['/src/ui/mermaid-diagrams.ts', '/node_modules/mermaid/dist/mermaid.core.mjs'], { imports: ['shared.js', 'big.js'], dynamicImports: ['flow.js'] }),
    'big.js': chunk('big.js', ['/node_modules/cytoscape/index.js']),
    'flow.js': chunk('flow.js', ['/node_modules/mermaid/dist/flowDiagram.mjs']),
    'style.css': { type: 'asset' as const, fileName: 'style.css' },
  };

  test('lists what only the gated import reaches, and nothing a page reaches another way', () => {
    expect([...findLazyOnlyFiles(bundle, /[\\/]node_modules[\\/]mermaid[\\/]/)].sort()).toEqual(['big.js', 'flow.js', 'gate.js']);
  });

  test('lists nothing when no module matches the gate', () => {
    expect(findLazyOnlyFiles(bundle, /never-imported/).size).toBe(0);
  });
});
