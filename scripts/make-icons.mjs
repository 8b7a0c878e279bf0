// Draws the toolbar icons (a person under a magnifier on a blue tile) as PNGs, using only Node
// built-ins. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const sizes = [16, 32, 48, 128];
const samples = 4;
const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icon');

const top = [59, 130, 246];
const bottom = [67, 56, 202];
const white = [255, 255, 255];

function roundedSquare(x, y, inset, radius) {
  const dx = Math.max(inset + radius - x, x - (1 - inset - radius), 0);
  const dy = Math.max(inset + radius - y, y - (1 - inset - radius), 0);

  const inside = x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset;

  return inside && Math.hypot(dx, dy) <= radius;
}

function capsule(x, y, from, to, halfWidth) {
  const [ax, ay] = from;
  const [bx, by] = to;
  const along = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2);
  const t = Math.max(0, Math.min(1, along));

  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= halfWidth;
}

// Tiny icons get a bolder lens so the ring survives at 16 px.
const regular = { x: 0.64, y: 0.62, outer: 0.17, inner: 0.11, handle: 0.045 };
const bold = { x: 0.64, y: 0.62, outer: 0.2, inner: 0.1, handle: 0.07 };
const handle = [
  [0.76, 0.74],
  [0.86, 0.84],
];

function person(x, y) {
  const head = Math.hypot(x - 0.38, y - 0.35) <= 0.13;
  const shoulders = ((x - 0.38) / 0.25) ** 2 + ((y - 0.8) / 0.25) ** 2 <= 1 && y <= 0.74;

  return head || shoulders;
}

/** The colour of one sample point, painting layers from the back; null is transparent. */
function paint(x, y, lens) {
  if (!roundedSquare(x, y, 0.02, 0.22)) {
    return null;
  }

  const t = (x + y) / 2;
  const background = top.map((channel, i) => channel + (bottom[i] - channel) * t);
  const distance = Math.hypot(x - lens.x, y - lens.y);
  if (distance <= lens.inner) {
    return background.map((channel) => channel + (255 - channel) * 0.22);
  }

  if (distance <= lens.outer || capsule(x, y, handle[0], handle[1], lens.handle)) {
    return white;
  }

  const nearHandle = capsule(x, y, handle[0], handle[1], 2 * lens.handle);
  const halo = distance <= lens.outer + 0.045 || nearHandle;

  return !halo && person(x, y) ? white : background;
}

function pixel(size, px, py) {
  const lens = size <= 16 ? bold : regular;
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = (px + (sx + 0.5) / samples) / size;
      const colour = paint(x, (py + (sy + 0.5) / samples) / size, lens);
      if (colour) {
        colour.forEach((channel, i) => (sum[i] += channel));
        sum[3] += 255;
      }
    }
  }

  const covered = sum[3] / 255;
  const rgb = sum.slice(0, 3).map((channel) => (covered ? Math.round(channel / covered) : 0));

  return [...rgb, Math.round(sum[3] / samples ** 2)];
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }

  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }

  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));

  return Buffer.concat([length, body, crc]);
}

function encodePng(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0]; // filter: none
    for (let x = 0; x < size; x++) {
      row.push(...pixel(size, x, y));
    }
    rows.push(Buffer.from(row));
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of sizes) {
  writeFileSync(path.join(outDir, `${size}.png`), encodePng(size));
}
