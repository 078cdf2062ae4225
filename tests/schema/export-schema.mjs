// The published JSON Schema of the export format
// (crates/assessment/src/storage/export.schema.json), compiled once with ajv, a standard
// validator, for the schema test and for every file the e2e tests download from the app.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCHEMA_FILE = 'crates/assessment/src/storage/export.schema.json';
export const schema = JSON.parse(readFileSync(ROOT + SCHEMA_FILE, 'utf8'));

// Strict mode refuses keywords ajv does not know, so a typo in the schema fails here
// instead of silently checking nothing; formats are asserted (a due day must exist).
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validateFile = ajv.compile(schema);

/** A validator for one part of the schema, by JSON pointer (`/$defs/antwoord`). */
export const part = (pointer) => ajv.getSchema(`${schema.$id}#${pointer}`);

/** What is wrong with an export file (a parsed value) by the schema; [] if nothing. */
export function schemaProblems(value) {
  if (validateFile(value)) return [];
  return validateFile.errors.map((e) => `${e.instancePath || '(het bestand)'}: ${e.message} ${JSON.stringify(e.params)}`);
}

/** Fails unless `text` is an export file the schema accepts; `name` says which file. */
export function assertMatchesSchema(text, name) {
  assert.deepEqual(schemaProblems(JSON.parse(text)), [], `${name} does not match ${SCHEMA_FILE}`);
}
