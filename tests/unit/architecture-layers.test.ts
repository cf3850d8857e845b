import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/ (README "Layout of src/"): each may import only the layers listed for it, so every
 * dependency points down: app → ui → services → host/auth/graph → domain. demo is the emulator, reached only
 * through app's dynamic import.
 */
const ALLOWED_LAYERS: Record<string, readonly string[]> = {
  app: ['ui', 'services', 'host', 'auth', 'graph', 'domain', 'demo'],
  ui: ['services', 'host', 'auth', 'graph', 'domain'],
  services: ['host', 'auth', 'graph', 'domain'],
  graph: ['auth', 'domain'],
  auth: ['host', 'domain'],
  host: ['domain'],
  domain: [],
  demo: ['ui', 'host', 'auth', 'domain'],
};

/** Which layers may import each SDK or framework: everything else reaches it through them. */
const PACKAGE_OWNERS: Record<string, readonly string[]> = {
  '@microsoft/teams-js': ['host', 'auth'],
  '@microsoft/microsoft-graph-client': ['graph'],
  '@azure/msal-browser': ['auth'],
  msw: ['demo'],
  react: ['ui', 'app', 'demo'],
  'react-dom': ['ui'],
  '@fluentui/react-components': ['ui', 'demo'],
  '@fluentui/react-icons': ['ui'],
  '@fluentui/react-charts': ['ui'],
  '@microsoft/microsoft-graph-types': ['graph', 'demo'],
  zod: ['domain', 'app', 'demo'],
  docx: ['services'],
};

/** ui may use graph only to tell a Graph failure apart when explaining it. */
const UI_GRAPH_IMPORTS = new Set(['graph/graphRequestError.ts']);

const srcRoot = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (/\.tsx?$/.test(name)) found.push(path);
  }
  return found;
}

interface ImportEdge {
  file: string;
  fromLayer: string;
  specifier: string;
  target: string;
  dynamic: boolean;
}

function importsOf(file: string): ImportEdge[] {
  const source = readFileSync(file, 'utf8');
  const fromLayer = relative(srcRoot, file).split('/')[0] ?? '';
  const edges: ImportEdge[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s+|\bimport\s*(\()?\s*)['"]([^'"]+)['"]/g)) {
    const specifier = match[2] ?? '';
    const target = specifier.startsWith('.')
      ? relative(srcRoot, resolve(dirname(file), specifier))
      : `pkg:${specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/')}`;
    edges.push({ file: relative(srcRoot, file), fromLayer, specifier, target, dynamic: match[1] === '(' });
  }
  return edges;
}

const edges = sourceFiles(srcRoot).flatMap(importsOf);

describe('the layers of src/', () => {
  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(new Set(edges.map((edge) => edge.fromLayer))).toEqual(new Set(Object.keys(ALLOWED_LAYERS)));
  });

  it('has only the known layers at its top level', () => {
    const top = readdirSync(srcRoot).filter((name) => !name.startsWith('.'));
    expect(top.sort()).toEqual(Object.keys(ALLOWED_LAYERS).sort());
  });

  it('imports only downwards', () => {
    const upwards = edges
      .filter((edge) => !edge.target.startsWith('pkg:') && !edge.target.startsWith('..'))
      .filter((edge) => {
        const toLayer = edge.target.split('/')[0] ?? '';
        if (toLayer === edge.fromLayer) return false;
        return !(ALLOWED_LAYERS[edge.fromLayer] ?? []).includes(toLayer);
      })
      .map((edge) => `${edge.file} imports ${edge.specifier}`);
    expect(upwards).toEqual([]);
  });

  it('reaches the demo tenant only through a dynamic import from app/', () => {
    const demoImports = edges
      .filter((edge) => edge.fromLayer !== 'demo' && edge.target.startsWith('demo/'))
      .filter((edge) => !(edge.fromLayer === 'app' && edge.dynamic))
      .map((edge) => `${edge.file} imports ${edge.specifier}`);
    expect(demoImports).toEqual([]);
  });

  it('lets each SDK be imported only by the layer that wraps it', () => {
    const strays = edges
      .filter((edge) => edge.target.startsWith('pkg:'))
      .filter((edge) => {
        const owners = PACKAGE_OWNERS[edge.target.slice(4)];
        return owners !== undefined && !owners.includes(edge.fromLayer);
      })
      .map((edge) => `${edge.file} imports ${edge.specifier}`);
    expect(strays).toEqual([]);
  });

  it('keeps domain/ free of packages other than zod', () => {
    const packages = edges
      .filter((edge) => edge.fromLayer === 'domain' && edge.target.startsWith('pkg:'))
      .filter((edge) => edge.target !== 'pkg:zod')
      .map((edge) => `${edge.file} imports ${edge.specifier}`);
    expect(packages).toEqual([]);
  });

  it('lets ui/ use graph/ only for its error type', () => {
    const graphUses = edges
      .filter((edge) => edge.fromLayer === 'ui' && edge.target.startsWith('graph/'))
      .filter((edge) => !UI_GRAPH_IMPORTS.has(`${edge.target}.ts`))
      .map((edge) => `${edge.file} imports ${edge.specifier}`);
    expect(graphUses).toEqual([]);
  });

  it('lets graph/ hold only adapters of Graph resources, no use case', () => {
    const graphFiles = edges.filter((edge) => edge.fromLayer === 'graph').map((edge) => edge.file);
    const usesStorage = edges.filter(
      (edge) => edge.fromLayer === 'graph' && /keyValueStore|syncedDriveDocument/.test(edge.specifier),
    );
    expect(new Set(graphFiles).size).toBeGreaterThan(5);
    expect(usesStorage.map((edge) => edge.file)).toEqual([]);
  });
});
