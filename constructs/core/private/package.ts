import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AssetType, TerraformAsset } from 'cdktf';
import { Construct } from 'constructs';

/** Names never packaged. */
const SKIPPED = new Set(['.git', '.DS_Store', 'Thumbs.db']);

/** MS-DOS date of 1980-01-01, the earliest a zip can hold: every entry carries it. */
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A file of a package: its path inside the zip (forward slashes), its bytes and its mode. */
export interface PackageFile {
  readonly name: string;
  readonly data: Uint8Array;
  /** @default 0o644 */
  readonly mode?: number;
}

interface Entry {
  readonly name: string;
  readonly data: Buffer;
  readonly mode: number;
}

/**
 * The files of a folder, sorted by path (byte order), under an optional prefix; `skip` drops a
 * file or folder by its path relative to the folder.
 */
export function folderFiles(root: string, prefix = '', skip: (rel: string, isDir: boolean) => boolean = () => false): PackageFile[] {
  return collect(root, skip).map((e) => ({ ...e, name: prefix ? `${prefix}/${e.name}` : e.name }));
}

function collect(root: string, skip: (rel: string, isDir: boolean) => boolean = () => false): Entry[] {
  const out: Entry[] = [];
  const walk = (dir: string, rel: string) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(d.name)) continue;
      const abs = path.join(dir, d.name);
      const name = rel ? `${rel}/${d.name}` : d.name;
      const st = fs.statSync(abs);
      if (skip(name, st.isDirectory())) continue;
      if (st.isDirectory()) walk(abs, name);
      else if (st.isFile()) out.push({ name, data: fs.readFileSync(abs), mode: st.mode & 0o111 ? 0o755 : 0o644 });
    }
  };
  walk(root, '');
  // Byte order, not locale order: the same on every machine.
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Zips a folder so that the same files give the same bytes on every machine and run: entries sorted
 * by path, every timestamp 1980-01-01 00:00, fixed permissions (0644, or 0755 when executable),
 * no extra fields, and no compression (stored), so the bytes do not depend on the zlib build of
 * the Node.js that runs the synth. cdktf's own ARCHIVE assets embed file mtimes, which differ after
 * every fresh clone and would redeploy unchanged code.
 * @internal left out of the published types, which then need no @types/node
 */
export function deterministicZip(folder: string, extra: readonly PackageFile[] = []): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const byName = new Map<string, Entry>();
  for (const e of collect(folder)) byName.set(e.name, e);
  for (const e of extra) {
    if (byName.has(e.name)) throw new Error(`${e.name} is both in ${folder} and added to its package. Remove one of them.`);
    byName.set(e.name, { name: e.name, data: Buffer.from(e.data), mode: e.mode ?? 0o644 });
  }
  const entries = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // 00:00:00
    local.writeUInt16LE(DOS_DATE_1980, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, e.data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE_1980, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(((0o100000 | e.mode) << 16) >>> 0, 38); // regular file + mode
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const count = centrals.length / 2;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * A function's code as a cdktf asset: the folder zipped deterministically, staged in a
 * content-addressed temp file and copied by cdktf into the stack output
 * (`assets/<id>/<hash>/archive.zip`) at synth.
 */
export class FunctionPackage extends Construct {
  /** The asset; `asset.path` is the zip's path relative to the stack folder. */
  public readonly asset: TerraformAsset;
  /** Hex SHA-256 of the zip bytes. */
  public readonly sha256Hex: string;
  /** Base64 SHA-256 of the zip bytes: Lambda's `source_code_hash`. */
  public readonly sha256Base64: string;
  /** Where the zip is staged on the synthesizing machine (content-addressed). */
  public readonly stagedPath: string;

  /**
   * @param folder the handler folder
   * @param extra files added to the folder's (generated files, vendored packages); a name the folder already has is an error
   */
  constructor(scope: Construct, id: string, folder: string, extra: readonly PackageFile[] = []) {
    super(scope, id);
    const zip = deterministicZip(folder, extra);
    const digest = createHash('sha256').update(zip).digest();
    this.sha256Hex = digest.toString('hex');
    this.sha256Base64 = digest.toString('base64');
    const staged = path.join(os.tmpdir(), 'scaling-blueprints-assets', this.sha256Hex, 'archive.zip');
    this.stagedPath = staged;
    if (!fs.existsSync(staged)) {
      fs.mkdirSync(path.dirname(staged), { recursive: true });
      const tmp = `${staged}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, zip);
      fs.renameSync(tmp, staged);
    }
    this.asset = new TerraformAsset(this, 'Asset', { path: staged, type: AssetType.FILE, assetHash: this.sha256Hex.slice(0, 32).toUpperCase() });
  }

  /** The asset path relative to the stack folder, where Terraform runs. */
  public get path(): string {
    return this.asset.path;
  }
}
