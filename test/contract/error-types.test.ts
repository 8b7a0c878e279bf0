// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';

import { describeFailedResponse } from '../../lib/apideck/describe-error';
import { findErrorType } from '../../lib/apideck/error-types';
import { errorCodes } from '../../lib/errors';
import { type Api, loadSpec } from './openapi';

let api: Api;
let documented: string[];

/** Type names the spec documents: its error guide's headings and its error schemas' examples. */
function documentedTypeNames(spec: Api & { info?: { description?: string } }): string[] {
  const guide = spec.info?.description ?? '';
  const section = guide.slice(guide.indexOf('### Error Types'), guide.indexOf('## API Design'));
  const headings = [...section.matchAll(/^#### (\w+)$/gm)].map((match) => match[1] ?? '');
  const examples = Object.values(api.components.schemas).flatMap((schema) => {
    const typeName = schema.properties?.type_name as { example?: unknown } | undefined;

    return typeof typeName?.example === 'string' ? [typeName.example] : [];
  });

  return [...new Set([...headings, ...examples])];
}

// A sentence with an action: a verb a person can act on.
const action =
  /\b(check|reconnect|connect|add|enable|complete|raise|try|report|run|search|narrow|look|Lead Viewer resumes)\b/i;

beforeAll(async () => {
  api = await loadSpec();
  documented = documentedTypeNames(api);
}, 60_000);

describe("every type_name in Apideck's error guide", () => {
  it('is found in crm.yml, at least the 24 the guide lists', () => {
    expect(documented.length).toBeGreaterThanOrEqual(24);
    expect(documented).toContain('UnsupportedFiltersError');
    expect(documented).toContain('ConnectorRateLimitError');
  });

  it('maps to a stable error code and a sentence with an action', () => {
    const unmapped = documented.filter((name) => findErrorType(name) === undefined);
    expect(unmapped).toEqual([]);

    for (const typeName of documented) {
      for (const status of [400, 401, 404, 422, 429, 500, 501]) {
        const error = describeFailedResponse(
          { status, envelope: { type_name: typeName }, requestId: 'req-42' },
          { id: '00QB0000000ybNXMAY', service: 'salesforce' },
        );

        expect(errorCodes).toContain(error.code);
        expect(error.message, typeName).toMatch(action);
        expect(error.message).toMatch(/\.$/);
        expect(error).toMatchObject({ typeName, requestId: 'req-42', status });
      }
    }
  });
});
