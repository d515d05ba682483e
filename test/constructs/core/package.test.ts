import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FunctionPackage, deterministicZip } from '../../../constructs/core/private/package';
import { testStack } from '../../helpers';

const SOURCE = path.join(__dirname, '../../../handlers/notification-sender');

/** A copy of a folder with its own mtimes: what a fresh clone looks like. */
function copyOf(src: string, mtime: Date): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-pkg-'));
  const walk = (from: string, to: string) => {
    for (const d of fs.readdirSync(from, { withFileTypes: true })) {
      const a = path.join(from, d.name);
      const b = path.join(to, d.name);
      if (d.isDirectory()) {
        fs.mkdirSync(b);
        walk(a, b);
      } else fs.copyFileSync(a, b);
      fs.utimesSync(b, mtime, mtime);
    }
  };
  walk(src, dir);
  return dir;
}

/** The entries of a stored zip, read back from the central directory. */
function entries(zip: Buffer): Array<{ name: string; dosTime: number; dosDate: number; mode: number; method: number }> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const nameLen = zip.readUInt16LE(p + 28);
    out.push({ method: zip.readUInt16LE(p + 10), dosTime: zip.readUInt16LE(p + 12), dosDate: zip.readUInt16LE(p + 14), mode: zip.readUInt32LE(p + 38) >>> 16, name: zip.toString('utf8', p + 46, p + 46 + nameLen) });
    p += 46 + nameLen;
  }
  return out;
}

describe('deterministic function packages', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  test('the same files give the same bytes whatever their mtimes and folder (a fresh clone)', () => {
    const a = copyOf(SOURCE, new Date('2001-01-01T00:00:00Z'));
    const b = copyOf(SOURCE, new Date('2030-06-15T12:34:56Z'));
    made.push(a, b);
    expect(deterministicZip(a).equals(deterministicZip(b))).toBe(true);
    expect(deterministicZip(a).equals(deterministicZip(SOURCE))).toBe(true);
  });

  test('entries are sorted, stored, dated 1980-01-01 00:00 and 0644', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-pkg-'));
    made.push(dir);
    fs.mkdirSync(path.join(dir, 'lib'));
    fs.writeFileSync(path.join(dir, 'z.js'), 'z');
    fs.writeFileSync(path.join(dir, 'a.js'), 'a');
    fs.writeFileSync(path.join(dir, 'lib', 'm.js'), 'm');
    fs.writeFileSync(path.join(dir, '.DS_Store'), 'junk');
    const list = entries(deterministicZip(dir));
    expect(list.map((e) => e.name)).toEqual(['a.js', 'lib/m.js', 'z.js']);
    for (const e of list) expect(e).toMatchObject({ method: 0, dosTime: 0, dosDate: 0x21, mode: 0o100644 });
  });

  test('a changed file changes the hash', () => {
    const dir = copyOf(SOURCE, new Date());
    made.push(dir);
    const stack = testStack();
    const before = new FunctionPackage(stack, 'Before', dir);
    fs.appendFileSync(path.join(dir, 'index.js'), '\n// changed\n');
    const after = new FunctionPackage(stack, 'After', dir);
    expect(after.sha256Hex).not.toBe(before.sha256Hex);
    expect(after.path).not.toBe(before.path);
  });

  test('touching the files keeps the hash and the asset path', () => {
    const dir = copyOf(SOURCE, new Date('2020-01-01T00:00:00Z'));
    made.push(dir);
    const one = new FunctionPackage(testStack(), 'Code', dir);
    for (const f of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, f), new Date(), new Date());
    const two = new FunctionPackage(testStack(), 'Code', dir);
    expect(two.sha256Base64).toBe(one.sha256Base64);
    expect(two.path).toBe(one.path);
  });
});
