// Short import names for a wasm module and its wasm-bindgen glue (release post-build step).
//
// wasm-bindgen names each of the functions the wasm imports from its glue after the
// Rust binding plus a 16-digit hash (`__wbg_set_nodeValue_7e9217115013d873`), and both files
// carry every name: the wasm in its import section, the glue as the keys of the import
// object. The hashes do not compress. Renaming both sides to `a`, `b`, … makes the first
// load smaller, and nothing else changes: the wasm's code refers to imports by index,
// never by name.

/** Renames the imports that `glue` provides to `wasm` (by module `module`). Returns the
 * new `{ glue, wasm, renamed }`, or `null` (and the inputs stand) when the glue does not
 * hold each name exactly once, as an object key: a future wasm-bindgen may write it
 * differently, and a wrong guess must not ship. */
export function shortenImportNames(glue, wasm, module) {
  const section = findSection(wasm, IMPORT_SECTION);
  if (!section) return null;
  const imports = readImports(wasm, section);
  const ours = imports.filter((i) => i.module === module);
  const names = [...new Set(ours.map((i) => i.name))];
  const short = new Map(names.map((name, n) => [name, shortName(n)]));
  let newGlue = glue;
  for (const name of names) {
    const word = `(?<![\\w$])${escapeRegExp(name)}`;
    const asKey = new RegExp(`${word}(?=\\s*:)`, 'g');
    const anywhere = new RegExp(`${word}(?![\\w$])`, 'g');
    if ((glue.match(asKey) ?? []).length !== 1 || (glue.match(anywhere) ?? []).length !== 1) return null;
    newGlue = newGlue.replace(asKey, short.get(name));
  }
  const renamed = imports.map((i) => (i.module === module ? { ...i, name: short.get(i.name) } : i));
  return { glue: newGlue, wasm: replaceSection(wasm, section, writeImports(renamed)), renamed: names.length };
}

const IMPORT_SECTION = 2;

/** `a` … `z`, then `aa`, `ab`, …: short, and valid unquoted object keys. */
function shortName(n) {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return { value, next: at };
  }
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** The section with id `id`: where its payload starts and ends. */
function findSection(bytes, id) {
  let at = 8; // magic and version
  while (at < bytes.length) {
    const sectionId = bytes[at];
    const size = readU32(bytes, at + 1);
    const section = { start: at, payload: size.next, end: size.next + size.value };
    if (sectionId === id) return section;
    at = section.end;
  }
  return null;
}

function readImports(bytes, section) {
  const decoder = new TextDecoder();
  let { value: count, next: at } = readU32(bytes, section.payload);
  const imports = [];
  const text = () => {
    const len = readU32(bytes, at);
    const value = decoder.decode(bytes.subarray(len.next, len.next + len.value));
    at = len.next + len.value;
    return value;
  };
  const skipU32 = () => (at = readU32(bytes, at).next);
  const skipLimits = () => {
    const flags = bytes[at++];
    skipU32();
    if (flags & 1) skipU32();
  };
  while (count--) {
    const module = text();
    const name = text();
    const descStart = at;
    const kind = bytes[at++];
    if (kind === 0) skipU32(); // function: type index
    else if (kind === 1) { at++; skipLimits(); } // table: reference type, limits
    else if (kind === 2) skipLimits(); // memory
    else if (kind === 3) at += 2; // global: value type, mutability
    else if (kind === 4) { at++; skipU32(); } // tag: attribute, type index
    else throw new Error(`unknown import kind ${kind}`);
    imports.push({ module, name, desc: bytes.subarray(descStart, at) });
  }
  if (at !== section.end) throw new Error('the import section did not parse to its end');
  return imports;
}

function writeImports(imports) {
  const encoder = new TextEncoder();
  const out = [...writeU32(imports.length)];
  const text = (value) => {
    const bytes = encoder.encode(value);
    out.push(...writeU32(bytes.length), ...bytes);
  };
  for (const i of imports) {
    text(i.module);
    text(i.name);
    out.push(...i.desc);
  }
  return Uint8Array.from(out);
}

function replaceSection(bytes, section, payload) {
  const header = Uint8Array.from([bytes[section.start], ...writeU32(payload.length)]);
  const out = new Uint8Array(section.start + header.length + payload.length + (bytes.length - section.end));
  out.set(bytes.subarray(0, section.start), 0);
  out.set(header, section.start);
  out.set(payload, section.start + header.length);
  out.set(bytes.subarray(section.end), section.start + header.length + payload.length);
  return out;
}
