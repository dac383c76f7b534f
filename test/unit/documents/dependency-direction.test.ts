/**
 * The dependency runs one way: forms/ builds on src/shared, and src/shared reaches into forms/ only
 * for the catalogue of document definitions (forms/catalog.ts), never for data of its own (fee
 * schedule, lead times, font faces and metrics, the JSON Schema live in src/shared).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:from|import)\s+['"]([^'"]+)['"]/g;

describe('dependency direction', () => {
  it('src/shared imports nothing from forms/ but the catalogue', () => {
    const stray = sources('src/shared').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((m) => m[1] ?? '')
        .filter((spec) => /(^|\/)forms\//.test(spec) && !spec.endsWith('/forms/catalog.js'))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(stray).toEqual([]);
  });

  it('forms/ holds no domain data files (its JSON is the sample workspaces)', () => {
    expect(listJson('forms').filter((f) => !f.startsWith(join('forms', 'samples')))).toEqual([]);
  });
});

function listJson(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJson(path);
    return name.endsWith('.json') ? [path] : [];
  });
}
