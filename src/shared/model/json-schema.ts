import { z } from 'zod';
import { WORKSPACE_FORMAT_VERSION, WorkspaceSchema } from './workspace.js';

/**
 * JSON Schema of the workspace file as it may be written (the input side: defaulted fields may be
 * missing). Other tools can validate files with it; src/shared/model/workspace.schema.json is this, generated.
 */
export function workspaceJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(WorkspaceSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: `https://lgwan-asp-workbench.invalid/schema/workspace-v${WORKSPACE_FORMAT_VERSION}.json`,
    title: 'LGWAN-ASP申込ワークベンチ 案件ファイル',
    description: `案件（workspace）ファイルの形式。formatVersion ${WORKSPACE_FORMAT_VERSION}。説明は docs/workspace-format.md。`,
  };
}

/** The file's text: stable key order and a trailing newline, so a regenerated file diffs cleanly. */
export const workspaceJsonSchemaText = (): string => `${JSON.stringify(workspaceJsonSchema(), null, 2)}\n`;
