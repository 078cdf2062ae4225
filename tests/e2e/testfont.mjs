// A tiny TrueType font for the theme tests, made here so no font file (and its licence)
// is committed: every printable ASCII character is the same box, 0.6 em wide. In it
// "iiiii" is exactly as wide as "MMMMM", which no text font does, so a test can see
// that the browser really draws with it.

/** The font as a .ttf file, about 1 KB. `family` is its name table's family name. */
export function testFont(family = 'Testletter') {
  const tables = {
    'OS/2': os2(),
    cmap: cmap(),
    glyf: glyf(),
    head: head(),
    hhea: hhea(),
    hmtx: words([600, 0, 600, 100, 600, 0]),
    loca: longs([0, 0, 36, 36]),
    maxp: maxp(),
    name: name(family),
    post: post(),
  };
  return sfnt(tables);
}

const ADVANCE = 600;

function words(values) {
  const b = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => b.writeUInt16BE(v & 0xffff, i * 2));
  return b;
}

function longs(values) {
  const b = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => b.writeUInt32BE(v >>> 0, i * 4));
  return b;
}

/** Glyph 0 (.notdef) and 2 (space) are empty; glyph 1 is a 400 × 700 box. */
function glyf() {
  const box = Buffer.concat([
    words([1, 100, 0, 500, 700]), // one contour, its bounding box
    words([3, 0]), // last point of the contour, no instructions
    Buffer.from([1, 1, 1, 1]), // four on-curve points, 16-bit coordinates
    words([100, 0, 400, 0]), // x deltas
    words([0, 700, 0, -700]), // y deltas
  ]);
  return Buffer.concat([box, Buffer.alloc(36 - box.length)]);
}

/** Space to glyph 2, every other printable ASCII character to glyph 1 (format 4). */
function cmap() {
  const segments = 3;
  const body = Buffer.concat([
    words([4, 0, 0, segments * 2, 4, 1, 2]), // format, length (set below), language, segCountX2, search params
    words([0x20, 0x7e, 0xffff]), // end codes
    words([0]),
    words([0x20, 0x21, 0xffff]), // start codes
    words([2 - 0x20, 0, 1]), // deltas
    words([0, 4, 0]), // the second segment reads glyphIdArray
    words(new Array(0x7e - 0x21 + 1).fill(1)),
  ]);
  body.writeUInt16BE(body.length, 2);
  return Buffer.concat([words([0, 1, 3, 1]), longs([12]), body]);
}

function head() {
  const b = Buffer.alloc(54);
  b.writeUInt32BE(0x00010000, 0); // version
  b.writeUInt32BE(0x00010000, 4); // font revision
  b.writeUInt32BE(0x5f0f3cf5, 12); // magic
  b.writeUInt16BE(0x000b, 16); // flags: baseline at 0, lsb at 0, integer scaling
  b.writeUInt16BE(1000, 18); // units per em
  b.writeInt16BE(100, 36);
  b.writeInt16BE(0, 38);
  b.writeInt16BE(500, 40);
  b.writeInt16BE(700, 42); // bounding box of all glyphs
  b.writeUInt16BE(8, 46); // smallest readable size
  b.writeInt16BE(2, 48); // direction hint
  b.writeInt16BE(1, 50); // long offsets in loca
  return b;
}

function hhea() {
  const b = Buffer.alloc(36);
  b.writeUInt32BE(0x00010000, 0);
  b.writeInt16BE(800, 4); // ascender
  b.writeInt16BE(-200, 6); // descender
  b.writeUInt16BE(ADVANCE, 10); // widest advance
  b.writeInt16BE(0, 12);
  b.writeInt16BE(100, 14);
  b.writeInt16BE(500, 16);
  b.writeInt16BE(1, 18); // upright caret
  b.writeUInt16BE(3, 34); // three horizontal metrics
  return b;
}

function maxp() {
  const b = Buffer.alloc(32);
  b.writeUInt32BE(0x00010000, 0);
  b.writeUInt16BE(3, 4); // glyphs
  b.writeUInt16BE(4, 6); // points
  b.writeUInt16BE(1, 8); // contours
  b.writeUInt16BE(2, 14); // zones
  return b;
}

function os2() {
  const b = Buffer.alloc(96);
  b.writeUInt16BE(4, 0); // version
  b.writeInt16BE(ADVANCE, 2);
  b.writeUInt16BE(400, 4); // regular weight
  b.writeUInt16BE(5, 6); // normal width
  [650, 600, 0, 75, 650, 600, 0, 350, 50, 300].forEach((v, i) => b.writeInt16BE(v, 10 + i * 2));
  b.writeUInt32BE(1, 42); // Basic Latin
  b.write('NONE', 58, 'latin1');
  b.writeUInt16BE(0x0040, 62); // regular
  b.writeUInt16BE(0x20, 64);
  b.writeUInt16BE(0x7e, 66);
  b.writeInt16BE(800, 68);
  b.writeInt16BE(-200, 70);
  b.writeUInt16BE(800, 74);
  b.writeUInt16BE(200, 76);
  b.writeUInt32BE(1, 78); // Latin 1 code page
  b.writeInt16BE(500, 86); // x-height
  b.writeInt16BE(700, 88); // cap height
  b.writeUInt16BE(0x20, 92); // break character
  b.writeUInt16BE(1, 94);
  return b;
}

function name(family) {
  const strings = [[1, family], [2, 'Regular'], [3, `${family}-test`], [4, family], [6, `${family}-Regular`]];
  const data = strings.map(([, text]) => Buffer.from(text, 'utf16le').swap16());
  const header = words([0, strings.length, 6 + strings.length * 12]);
  let offset = 0;
  const records = strings.map(([id], i) => {
    const record = words([3, 1, 0x409, id, data[i].length, offset]);
    offset += data[i].length;
    return record;
  });
  return Buffer.concat([header, ...records, ...data]);
}

function post() {
  const b = Buffer.alloc(32);
  b.writeUInt32BE(0x00030000, 0); // no glyph names
  b.writeInt16BE(-100, 8);
  b.writeInt16BE(50, 10);
  b.writeUInt32BE(1, 12); // fixed pitch
  return b;
}

const checksum = (data) => {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
};

/** The font file: the table directory, then each table, 4-byte aligned. */
function sfnt(tables) {
  const tags = Object.keys(tables).sort();
  const directory = Buffer.alloc(12 + tags.length * 16);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(tags.length, 4);
  directory.writeUInt16BE(128, 6); // 16 × the largest power of two ≤ the table count
  directory.writeUInt16BE(3, 8);
  directory.writeUInt16BE(tags.length * 16 - 128, 10);
  let offset = directory.length;
  const bodies = [];
  tags.forEach((tag, i) => {
    const data = tables[tag];
    const entry = 12 + i * 16;
    directory.write(tag, entry, 'latin1');
    directory.writeUInt32BE(checksum(data), entry + 4);
    directory.writeUInt32BE(offset, entry + 8);
    directory.writeUInt32BE(data.length, entry + 12);
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([directory, ...bodies]);
  const headOffset = directory.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}
