// Lists the files of a .vsix (a zip) from its central directory, without unzip,
// and says which of them should not ship.
import { readFileSync } from 'node:fs';

/** File names in a zip archive. */
export function vsixFiles(path) {
  const zip = readFileSync(path);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
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
