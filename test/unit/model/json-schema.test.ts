import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workspaceJsonSchemaText } from '../../../src/shared/model/json-schema.js';
import { WORKSPACE_FORMAT_VERSION } from '../../../src/shared/model/workspace.js';

const committed = readFileSync('src/shared/model/workspace.schema.json', 'utf8');

describe('src/shared/model/workspace.schema.json', () => {
  it('is what the model generates today (run `npx tsx scripts/export-json-schema.ts` after a model change)', () => {
    expect(committed).toBe(workspaceJsonSchemaText());
  });

  it('describes the file as written: required identity, optional defaulted fields, unknown keys allowed', () => {
    const schema = JSON.parse(committed) as {
      $id: string;
      required: string[];
      properties: Record<string, { default?: unknown }>;
      additionalProperties: unknown;
    };
    expect(schema.$id).toContain(`workspace-v${WORKSPACE_FORMAT_VERSION}`);
    expect(schema.required.sort()).toEqual(['createdAt', 'id', 'updatedAt']);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['provider', 'applicant', 'contacts', 'services', 'attachments', 'quarantine']),
    );
    expect(schema.properties.formatVersion?.default).toBe(WORKSPACE_FORMAT_VERSION);
    expect(schema.additionalProperties).toEqual({});
  });
});
