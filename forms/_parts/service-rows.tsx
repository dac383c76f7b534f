/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The rows every service registration form (hosting, facility, communication) opens with, so the
 * three forms name their service the same way.
 */
import type { ReactElement } from 'react';
import type { Service } from '../../src/shared/model/index.js';
import { Choices, ItemRow, TextItem, YesNo } from './layout.js';

/** 申込区分: 新規 until the service is registered, then 変更. */
export function ApplicationKindRow({ service }: { service: Pick<Service, 'status'> }): ReactElement {
  return (
    <ItemRow label="申込区分">
      <Choices
        options={{ planned: '新規', registered: '変更' }}
        selected={[service.status === 'registered' ? 'registered' : 'planned']}
      />
    </ItemRow>
  );
}

/**
 * サービス名称, the ASPコード once J-LIS has assigned one, サービス概要, and the 掲載可否 every kind's
 * application chooses (000/001 サービスリストへの掲載方法).
 */
export function ServiceNameRows({
  service,
}: {
  service: Pick<Service, 'name' | 'aspCode' | 'overview' | 'publishConsent'>;
}): ReactElement {
  return (
    <>
      <TextItem label="サービス名称" value={service.name} />
      {service.aspCode ? <TextItem label="ASPコード" value={service.aspCode} /> : null}
      <TextItem label="サービス概要" value={service.overview} lines={3} />
      <ItemRow label="サービスリストへの掲載">
        <YesNo value={service.publishConsent} yes="掲載可" no="掲載不可" />
      </ItemRow>
    </>
  );
}
