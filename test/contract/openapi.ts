// Reads Apideck's own crm.yml (never a copy) with maintained tools: swagger-parser resolves it,
// Ajv validates. The one hand-written piece is `toJsonSchema`, OpenAPI 3.0's schema dialect
// turned into the JSON Schema Ajv speaks.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const specPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/apideck/crm.yml',
);

export type Direction = 'request' | 'response';
type JsonSchema = Record<string, unknown>;

/** The parts of OpenAPI 3.0's objects these tests read (swagger-parser checked the rest). */
export interface Schema {
  [keyword: string]: unknown;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema: Schema;
}

export interface Operation {
  parameters: Parameter[];
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface Api {
  paths: Record<string, { get?: Operation }>;
  components: {
    schemas: Record<string, Schema>;
    responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
    securitySchemes: Record<string, { type: string; in?: string; name?: string }>;
  };
}

// OpenAPI-only keywords with no JSON Schema meaning (OAS 3.0.3 §4.7.24).
const openApiOnly = new Set([
  'nullable',
  'readOnly',
  'writeOnly',
  'example',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
]);
const subschemaLists = ['allOf', 'anyOf', 'oneOf'] as const;

/** `nullable: true` as JSON Schema: null joins the type (and the enum), or an anyOf when untyped. */
function allowNull(schema: JsonSchema): JsonSchema {
  const { type } = schema;
  if (typeof type === 'string') {
    const nullable = { ...schema, type: [type, 'null'] };

    const values = schema.enum as unknown[] | undefined;

    return values ? { ...nullable, enum: [...values, null] } : nullable;
  }

  return { anyOf: [schema, { type: 'null' }] };
}

/** Properties a direction never sees: writeOnly ones in responses, readOnly ones in requests. */
function isHidden(schema: Schema, direction: Direction): boolean {
  return direction === 'response' ? schema.writeOnly === true : schema.readOnly === true;
}

function convertProperties(schema: Schema, direction: Direction, out: JsonSchema): void {
  const properties: Record<string, JsonSchema> = {};
  const hidden = new Set<string>();
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (isHidden(property, direction)) {
      hidden.add(name);
    } else {
      properties[name] = toJsonSchema(property, direction);
    }
  }

  out.properties = properties;
  if (schema.required) {
    out.required = schema.required.filter((name) => !hidden.has(name));
  }
}

/**
 * One OpenAPI 3.0 Schema Object (already dereferenced) as JSON Schema draft-07 for one
 * direction: `nullable` becomes a null type, `readOnly`/`writeOnly` properties leave the
 * direction that never carries them, `x-*` and OpenAPI-only keywords go.
 */
export function toJsonSchema(schema: Schema, direction: Direction): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-') || openApiOnly.has(key) || key === 'properties') {
      continue;
    }

    if ((subschemaLists as readonly string[]).includes(key)) {
      out[key] = (value as Schema[]).map((item) => toJsonSchema(item, direction));
    } else if (key === 'items' || key === 'not') {
      out[key] = toJsonSchema(value as Schema, direction);
    } else if (key === 'additionalProperties' && typeof value === 'object') {
      out[key] = toJsonSchema(value as Schema, direction);
    } else {
      out[key] = value;
    }
  }

  if (schema.properties) {
    convertProperties(schema, direction, out);
  }

  return schema.nullable ? allowNull(out) : out;
}

let loaded: Promise<Api> | undefined;

/** crm.yml, validated and with every `$ref` resolved, parsed once per test file. */
export function loadSpec(): Promise<Api> {
  loaded ??= SwaggerParser.dereference(specPath) as unknown as Promise<Api>;

  return loaded;
}

export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);

  return ajv;
}

export function getOperation(api: Api, route: string): Operation {
  const operation = api.paths[route]?.get;
  if (!operation) {
    throw new Error(`crm.yml has no GET ${route}`);
  }

  return operation;
}

/** The schema of an operation's JSON response for a status, falling back to `default`. */
export function responseSchema(operation: Operation, status: number): Schema | undefined {
  const response = operation.responses[String(status)] ?? operation.responses.default;

  return response?.content?.['application/json']?.schema;
}

/** A validator for a schema read in one direction. */
export function compile(ajv: Ajv, schema: Schema, direction: Direction): ValidateFunction {
  return ajv.compile(toJsonSchema(schema, direction));
}

/** Ajv's errors in one line per problem, for readable failures. */
export function explain(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
    .join('\n');
}
