import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';
import staffFi from './staff/fi.json';
import staffSv from './staff/sv.json';
import staffEn from './staff/en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

/** Plural forms (_one, _other) count as their base key. */
function base(key: string) {
  return key.replace(/_(one|other)$/, '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

/** The peers' bundle and the staff console's (loaded with the console), as i18next merges them. */
function merged(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] = v && typeof v === 'object' && out[k] && typeof out[k] === 'object'
      ? merged(out[k] as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

describe('translations', () => {
  const all = { fi: merged(fi, staffFi), sv: merged(sv, staffSv), en: merged(en, staffEn) };

  it('has every key in every language', () => {
    const fiKeys = keys(all.fi).sort();
    for (const [lang, bundle] of Object.entries(all)) {
      expect(keys(bundle).sort(), `keys of ${lang}`).toEqual(fiKeys);
    }
  });

  it('has no empty texts', () => {
    for (const [lang, bundle] of Object.entries(all)) {
      const empty = keys(bundle).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], bundle);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty, `empty texts in ${lang}`).toEqual([]);
    }
  });

  it('knows every key the code asks for with a literal t("…")', () => {
    const known = new Set(keys(all.fi).map(base));
    const prefixes = new Set(keys(all.fi).flatMap((k) => k.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
    const missing: string[] = [];
    for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        if (!known.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      }
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z0-9_.-]+)\.\$\{/g)) {
        if (!prefixes.has(m[1]!)) missing.push(`${file}: ${m[1]}.*`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('never says treatment, clinic or medication to a peer', () => {
    const words = /hoito|klinik|lääk|behandling|medicin|treatment|clinic|medication/i;
    for (const [lang, bundle] of Object.entries(all)) {
      expect(JSON.stringify(bundle), lang).not.toMatch(words);
    }
  });
});
