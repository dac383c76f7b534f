/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 変更内容 (項目 / 変更前 / 変更後): the rows of a change notice, generated from the diff against what
 * J-LIS accepted (src/shared/lifecycle), so the user never types what changed.
 */
import type { ReactElement } from 'react';
import { Cell, CONTENT_WIDTH_MM, FieldText } from '../_kit/index.js';
import type { DocumentId } from '../../src/shared/documents/types.js';
import { changesOf } from '../../src/shared/lifecycle/changes.js';
import type { FieldChange } from '../../src/shared/lifecycle/diff.js';
import type { Service, Workspace } from '../../src/shared/model/index.js';
import { GridRow, SectionRow } from './rows.js';

const ITEM_MM = 50;
const VALUE_MM = (CONTENT_WIDTH_MM - ITEM_MM) / 2;
/** A long value (a service overview) goes to 別紙 beyond this. */
const VALUE_LINES = 4;

const shown = (text: string): string => (text === '' ? '（なし）' : text);

export function ChangeTable({ changes }: { changes: readonly FieldChange[] }): ReactElement {
  return (
    <>
      <GridRow minHeightMm={7}>
        <Cell widthMm={ITEM_MM} label align="center">
          項目
        </Cell>
        <Cell widthMm={VALUE_MM} label align="center">
          変更前
        </Cell>
        <Cell widthMm={VALUE_MM} label align="center">
          変更後
        </Cell>
      </GridRow>
      {changes.map((c, i) => (
        <GridRow key={c.path}>
          <Cell widthMm={ITEM_MM}>
            <FieldText field={`変更内容${i + 1}の項目`} text={c.label} maxLines={2} />
          </Cell>
          {(['変更前', '変更後'] as const).map((side) => (
            <Cell key={side} widthMm={VALUE_MM} valign="top">
              <FieldText
                field={`変更内容${i + 1}（${c.label}）の${side}`}
                text={shown(side === '変更前' ? c.before : c.after)}
                maxLines={VALUE_LINES}
              />
            </Cell>
          ))}
        </GridRow>
      ))}
    </>
  );
}

/** A registered service's registration form filed again as 変更: its 変更内容 rows. */
export function ServiceChanges({
  workspace,
  documentId,
  service,
}: {
  workspace: Workspace;
  documentId: DocumentId;
  service: Pick<Service, 'id' | 'status'>;
}): ReactElement | null {
  const changes = service.status === 'registered' ? changesOf(workspace, documentId, service.id) : [];
  if (changes.length === 0) return null;
  return (
    <>
      <SectionRow>変更内容</SectionRow>
      <ChangeTable changes={changes} />
    </>
  );
}
