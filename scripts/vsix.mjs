// Lists the files of a .vsix (a zip) from its central directory, without unzip,
// says which of them should not ship, and unpacks it (the browser tests serve
// the unpacked extension, as VS Code for the web would).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip archive: name, compression method and where the local header is. */
function zipEntries(zip, path) {
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      localHeader: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** File names in a zip archive. */
export function vsixFiles(path) {
  return zipEntries(readFileSync(path), path).map((entry) => entry.name);
}

/** The unpacked size in bytes of one file of a zip archive, or undefined if it is not there. */
export function vsixFileSize(path, name) {
  return zipEntries(readFileSync(path), path).find((entry) => entry.name === name)?.size;
}

/** Unpacks a .vsix's `extension/` folder (the installed extension) into `target`. */
export function extractVsixExtension(path, target) {
  const zip = readFileSync(path);
  for (const entry of zipEntries(zip, path)) {
    if (!entry.name.startsWith('extension/') || entry.name.endsWith('/')) continue;
    const start = entry.localHeader + 30 + zip.readUInt16LE(entry.localHeader + 26) + zip.readUInt16LE(entry.localHeader + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    const file = join(target, entry.name.slice('extension/'.length));
    mkdirSync(dirname(file), { recursive: true });
    // Method 0 is stored, 8 is deflate: the two that vsce writes.
    writeFileSync(file, entry.method === 0 ? data : inflateRawSync(data));
  }
}

/** What may ship: the bundle, the indexer bundle (PDF and Word extraction), the snapshot, media, the walkthrough's sample draft, README, CHANGELOG, LICENSE, manifest and localisation. */
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.zh-cn)?\.json$/,
  /^extension\/(readme|changelog)\.md$/,
  /^extension\/LICENSE\.txt$/,
  /^extension\/dist\/(web\/)?extension\.js$/,
  /^extension\/dist\/indexer\.js$/,
  /^extension\/data\/snapshot\.json$/,
  /^extension\/media\/[\w./-]+\.(png|svg|md)$/,
  /^extension\/samples\/draft\.md$/,
  /^extension\/l10n\/bundle\.l10n\.[\w-]+\.json$/,
];

export function unexpectedVsixFiles(files) {
  return files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
}
