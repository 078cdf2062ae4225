// The published JSON Schema of the export format, checked with ajv against the
// documented example and against the files `cargo test --test export_schema` writes to
// target/export-samples/: what the app exports, and variants of a file with every field
// filed under the reader's verdict. The schema must give the reader's verdict on each,
// except where FORMAT.md says the two differ; those differences are checked too, so
// that text stays true. scripts/test.sh runs this right after `cargo test`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ROOT, SCHEMA_FILE, assertMatchesSchema, part, schema, schemaProblems } from './export-schema.mjs';

const SAMPLES = ROOT + 'target/export-samples/';

/** The files of one kind the native test wrote, as [name, text]. */
function samples(kind) {
  const dir = SAMPLES + kind;
  assert.ok(existsSync(dir), `${dir} is missing: run \`cargo test --test export_schema\` first (scripts/test.sh does)`);
  const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  assert.ok(names.length > 0, `${dir} is empty`);
  return names.map((name) => [`${kind}/${name}`, readFileSync(`${dir}/${name}`, 'utf8')]);
}

/** The names of the files whose schema verdict is not `valid`. */
function disagreeing(files, valid) {
  return files.filter(([, text]) => (schemaProblems(JSON.parse(text)).length === 0) !== valid).map(([name]) => name);
}

test('the schema is draft 2020-12 with a stable id', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, 'urn:digiwijzer:zelfevaluatie-export:v3');
});

test('the example in FORMAT.md and the example files match the schema', () => {
  const doc = readFileSync(ROOT + 'crates/assessment/src/storage/FORMAT.md', 'utf8');
  const example = doc.match(/```json\n([\s\S]*?)```/)[1];
  assertMatchesSchema(example, 'the example in FORMAT.md');
  const dir = ROOT + 'tests/fixtures/storage/';
  const files = readdirSync(dir).filter((f) => /^export.*\.json$/.test(f));
  assert.ok(files.includes('export-v3.json') && files.includes('export.json'), files.join(', '));
  for (const file of files) assertMatchesSchema(readFileSync(dir + file, 'utf8'), `tests/fixtures/storage/${file}`);
});

test('every file the app exported in the native tests matches the schema', () => {
  const files = samples('exports');
  for (const [name, text] of files) assertMatchesSchema(text, name);
});

test('a file the reader accepts matches the schema', () => {
  assert.deepEqual(disagreeing([...samples('read-fields'), ...samples('read-limits')], true), []);
});

test('a file the reader refuses does not match the schema', () => {
  assert.deepEqual(disagreeing([...samples('refused-fields'), ...samples('refused-limits')], false), []);
});

test('where FORMAT.md says the reader is stricter than the schema, or cleans up first, it still is', () => {
  const stale = `a difference ${SCHEMA_FILE} and FORMAT.md list is gone: take it out of both`;
  assert.deepEqual(disagreeing(samples('refused-by-reader-only'), true), [], stale);
  assert.deepEqual(disagreeing(samples('cleaned-up-by-reader'), false), [], stale);
});

test('a name, a "what" and a link take exactly the characters the app takes', () => {
  const [{ name_invisible, link_refused }] = samples('characters').map(([, text]) => JSON.parse(text));
  const invisible = new Set(name_invisible);
  const refused = new Set(link_refused);
  const name = part('/$defs/zelfevaluatie/properties/name');
  const what = part('/$defs/actie/properties/what');
  const link = part('/$defs/antwoord/properties/evidence');
  const wrong = { name: [], what: [], link: [] };
  const hex = (c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  for (let c = 0; c <= 0x10ffff; c++) {
    // Halves of a UTF-16 pair are no characters; the reader refuses a file with one alone.
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCodePoint(c);
    if (name(s) === invisible.has(c)) wrong.name.push(hex(c));
    if (what(s) === invisible.has(c)) wrong.what.push(hex(c));
    if (link(`https://x.example/${s}`) === refused.has(c)) wrong.link.push(hex(c));
  }
  assert.deepEqual(wrong, { name: [], what: [], link: [] });
});
