// @ts-check
// Reads a zip's entries with Node alone (no `unzip` on a bare CI machine): stored or deflated.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;

/** @param {Buffer} zip */
function findDirectoryEnd(zip) {
  for (let at = zip.length - 22; at >= 0; at -= 1) {
    if (zip.readUInt32LE(at) === endOfDirectory) {
      return at;
    }
  }

  throw new Error('Not a zip file: no end of central directory');
}

/**
 * @param {string} path
 * @returns {Map<string, () => Buffer>} entry name → its content, read on demand
 */
export function readZip(path) {
  const zip = readFileSync(path);
  const end = findDirectoryEnd(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  /** @type {Map<string, () => Buffer>} */
  const entries = new Map();
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(at) !== directoryEntry) {
      throw new Error(`Broken central directory in ${path}`);
    }

    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);

      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    at += 46 + nameLength + skip;
  }

  return entries;
}
