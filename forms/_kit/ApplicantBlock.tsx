/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The applicant under the addressee: 所在地, 名称 and the person who applies — the representative
 * (代表者役職・氏名), or with a 委任状 the person the representative delegated to (申込者役職・氏名,
 * 002_0f100134b4811c0f.txt §5.1.1(1)).
 */
import type { ReactElement } from 'react';
import { PartyBlock } from './PartyBlock.js';

export interface ApplicantBlockProps {
  /** 所在地 including 〒 and postal code. */
  address: string;
  name: string;
  /** 役職・氏名 of the person applying, e.g. 代表取締役 山田 太郎 (a full-width space between post and name). */
  person: string;
  /** Label of the person line: 代表者役職・氏名 (default), or 申込者役職・氏名 when delegated. */
  personLabel?: string;
  /** Draw the box where the seal is pressed. */
  seal?: boolean;
  /** Heading shown above the block, e.g. （申込者）. */
  heading?: string;
}

export const REPRESENTATIVE_LABEL = '代表者役職・氏名';
export const DELEGATE_LABEL = '申込者役職・氏名';

export function ApplicantBlock({
  address,
  name,
  person,
  personLabel = REPRESENTATIVE_LABEL,
  seal = false,
  heading,
}: ApplicantBlockProps): ReactElement {
  return (
    <PartyBlock
      {...(heading === undefined ? {} : { heading })}
      seal={seal}
      lines={[
        { label: '所在地', value: address, field: '申込者の所在地' },
        { label: '名称', value: name, field: '申込者の名称' },
        { label: personLabel, value: person },
      ]}
    />
  );
}
