// Draws the add-in icons in assets/: an envelope with a check-mark badge in the
// brand colour on a transparent background, at every size manifest.xml uses.
// Dev tool, run by hand (`node scripts/make-icons.mjs`); the PNGs are committed.
// Node built-ins only: the PNG encoder below is deflate (node:zlib) + CRC32.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'assets');
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const BRAND = [0x0f, 0x4c, 0x5c];
const WHITE = [0xff, 0xff, 0xff];
/** Samples per pixel along each axis (SS × SS per pixel) for anti-aliasing. */
const SS = 8;

// ---------------------------------------------------------------- PNG encoder

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA, 8 bits per channel, non-interlaced; every row uses filter 0 (None). */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- geometry
// Distances in pixel units, y down; roundedRect is a signed distance (negative inside).

function roundedRect(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function polyline(px, py, points) {
  let d = Infinity;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    d = Math.min(d, segment(px, py, a[0], a[1], b[0], b[1]));
  }
  return d;
}

/**
 * The icon at one size, in pixel units. Stroke widths are whole pixels and the
 * envelope's straight edges are snapped to the pixel grid, so that the small
 * sizes stay crisp instead of blurring into two grey rows.
 */
function iconShape(size) {
  const w = Math.max(1, Math.round(size * 0.075));
  const half = w / 2;
  // Envelope frame: outer edges on whole pixels, stroke centre half a stroke inside.
  const outer = {
    x0: Math.round(size * 0.04),
    y0: Math.round(size * 0.16),
    x1: Math.round(size * 0.96),
    y1: Math.round(size * 0.8),
  };
  const env = {
    x0: outer.x0 + half,
    y0: outer.y0 + half,
    x1: outer.x1 - half,
    y1: outer.y1 - half,
  };
  const radius = Math.max(w, size * 0.07);
  const flap = [
    [env.x0 + half, env.y0],
    [size / 2, env.y0 + (env.y1 - env.y0) * 0.55],
    [env.x1 - half, env.y0],
  ];
  // Check-mark badge over the lower right corner, cut free of the envelope.
  const r = size * 0.28;
  const cx = size - r - size * 0.02;
  const cy = cx;
  const gap = Math.max(1, size * 0.05);
  const tick = [
    [cx - r * 0.55, cy + r * 0.02],
    [cx - r * 0.15, cy + r * 0.36],
    [cx + r * 0.55, cy - r * 0.38],
  ];
  const tickHalf = Math.max(1.5, size * 0.05) / 2;

  return (x, y) => {
    const db = Math.hypot(x - cx, y - cy);
    if (db <= r) return polyline(x, y, tick) <= tickHalf ? WHITE : BRAND;
    if (db <= r + gap) return null;
    const frame = Math.abs(roundedRect(x, y, env.x0, env.y0, env.x1, env.y1, radius)) <= half;
    const fold = polyline(x, y, flap) <= half && y >= env.y0;
    return frame || fold ? BRAND : null;
  };
}

function render(size) {
  const shape = iconShape(size);
  const rgba = Buffer.alloc(size * size * 4);
  const n = SS * SS;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Average premultiplied colour over the sub-samples.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shape(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
          if (c === null) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / n);
      }
    }
  }
  return rgba;
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, size, render(size)));
  console.log(`wrote assets/icon-${size}.png`);
}
