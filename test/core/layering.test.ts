/** DESIGN.md section 2: the generation core is pure (browser- and worker-safe) and knows no files. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '..', '..', 'src', 'core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('layering', () => {
  const sources = files(CORE).map((p) => ({ path: relative(CORE, p), text: readFileSync(p, 'utf8') }));
  it('the core imports no Node built-in and nothing from writers, sinks or faces', () => {
    const bad: string[] = [];
    for (const { path, text } of sources) {
      for (const m of text.matchAll(/from '([^']+)'/g)) {
        const spec = m[1];
        if (spec.startsWith('node:') || /^(fs|path|os|crypto|zlib|stream)$/.test(spec)) bad.push(`${path}: ${spec}`);
        if (/\/(io|cli|server|jobs|validate)\//.test(spec) || /^\.\.\/(io|cli|server|jobs|validate)/.test(spec)) bad.push(`${path}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('the core never reads the clock or Math.random', () => {
    const bad = sources.filter(({ text }) => /Math\.random\(|Date\.now\(|new Date\(\)|process\./.test(text)).map((s) => s.path);
    expect(bad).toEqual([]);
  });
  it('files stay small enough to read', () => {
    const big = sources.filter(({ text }) => text.split('\n').length > 450).map((s) => `${s.path}: ${s.text.split('\n').length}`);
    expect(big).toEqual([]);
  });
});
