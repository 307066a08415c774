import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: string | Tree };

const root = join(__dirname, '..', '..', '..');
const load = (lang: string) =>
  JSON.parse(readFileSync(join(__dirname, '..', 'public', 'i18n', `${lang}.json`), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path).forEach((v, k) => out.set(k, v));
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const vi = flatten(load('vi'));
const en = flatten(load('en'));
const namespaces = new Set([...vi.keys()].map((key) => key.split('.')[0]));

/** Every quoted 'namespace.key' (or 'namespace.prefix.' used with a dynamic suffix) in the admin sources. */
function usedKeys(): { keys: Set<string>; prefixes: Set<string> } {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  const files = [...sources(join(root, 'apps', 'admin', 'src')), ...sources(join(root, 'libs', 'admin'))];
  for (const file of files) {
    for (const [, literal] of readFileSync(file, 'utf8').matchAll(/'([a-z][A-Za-z]*\.[A-Za-z0-9.]+)'/g)) {
      if (!namespaces.has(literal.split('.')[0])) continue;
      (literal.endsWith('.') ? prefixes : keys).add(literal);
    }
  }
  return { keys, prefixes };
}

describe('translations', () => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    expect([...vi.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...vi, ...en])
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('keep the same {{placeholders}} in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of vi)
      expect({ key, p: placeholders(en.get(key) ?? '') }).toEqual({ key, p: placeholders(text) });
  });

  it('cover every key the admin code uses', () => {
    const { keys, prefixes } = usedKeys();
    expect(keys.size).toBeGreaterThan(40);
    expect([...keys].filter((key) => !vi.has(key))).toEqual([]);
    for (const prefix of prefixes) expect([...vi.keys()].some((key) => key.startsWith(prefix))).toBe(true);
  });

  it('write Vietnamese with its diacritics', () => {
    expect(vi.get('nav.system')).toBe('Trạng thái hệ thống');
    expect(vi.get('auth.login')).toBe('Email hoặc số điện thoại');
    expect(vi.get('org.emptyTitle')).toBe('Chưa có đơn vị nào.');
    expect(vi.get('org.emptyText')).toBe('Tạo đơn vị gốc hoặc nhập từ tệp Excel.');
    expect(vi.get('shell.impersonating')).toMatch(/^Bạn đang thao tác thay mặt \{\{tenant\}\}/);
    expect(vi.get('auth.forgotLink')).toBe('Quên mật khẩu?');
    expect([...vi.values()].every((text) => text.normalize('NFC') === text)).toBe(true);
  });
});
