/**
 * A minimal ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end record; no
 * ZIP64, no encryption): enough for the helpdesk app archives, which are a handful of small text
 * files. Entries are deflated with node:zlib (stored when that is not smaller), UTF-8 named, and
 * dated 1980-01-01 so the same files always give the same archive bytes.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Forward slashes, no leading slash: "assets/main.js". */
  readonly name: string;
  readonly data: Buffer;
}

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const UNIX_FILE_0644 = (0o100644 << 16) >>> 0;
const MAX_32 = 0xffffffff;

export function zipEntries(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (!/^[^/\\][^\\]*$/.test(entry.name) || entry.name.split('/').includes('..')) throw new Error(`bad zip entry name: ${entry.name}`);
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const stored = deflated.length >= entry.data.length;
    const body = stored ? entry.data : deflated;
    if (body.length > MAX_32 || offset > MAX_32) throw new Error('zip archive too large (no ZIP64 support)');
    const fields = { method: stored ? 0 : 8, crc: crc32(entry.data), compressed: body.length, size: entry.data.length, nameLength: name.length };

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    writeCommon(local, 6, fields);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the file mode below is read)
    central.writeUInt16LE(20, 6);
    writeCommon(central, 8, fields);
    // extra, comment, disk number, internal attributes: 0
    central.writeUInt32LE(UNIX_FILE_0644, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The fields local and central headers share, from flags to the name length. */
function writeCommon(header: Buffer, at: number, f: { method: number; crc: number; compressed: number; size: number; nameLength: number }): void {
  header.writeUInt16LE(UTF8_NAMES, at);
  header.writeUInt16LE(f.method, at + 2);
  header.writeUInt16LE(0, at + 4); // time 00:00:00
  header.writeUInt16LE(DOS_DATE_1980_01_01, at + 6);
  header.writeUInt32LE(f.crc >>> 0, at + 8);
  header.writeUInt32LE(f.compressed, at + 12);
  header.writeUInt32LE(f.size, at + 16);
  header.writeUInt16LE(f.nameLength, at + 20);
}
