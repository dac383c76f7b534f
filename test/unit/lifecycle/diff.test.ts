/**
 * The field-level diff against what J-LIS accepted (002 §5.1.1(1): a change of what the
 * participation review holds is notified by 変更届出; 002 table 5-1 (2): the hosting application
 * carries its AP services). Keyed by ids, labels from the document definitions.
 */
import { describe, expect, it } from 'vitest';
import { protocolsText } from '../../../forms/hosting-connection/definition.js';
import { diffDocument } from '../../../src/shared/lifecycle/diff.js';
import { changesSinceAccepted } from '../../../src/shared/lifecycle/changes.js';
import { acceptedSample, addAp, edited, hosting, service } from '../../helpers/lifecycle/accepted.js';

const base = acceptedSample();
const prDiff = (ws: typeof base) => diffDocument('participation-review', undefined, base, ws);
const hoDiff = (ws: typeof base) => diffDocument('hosting-connection', 'ho-sample-hosting', base, ws);
const hoDiffBetween = (before: typeof base, after: typeof base) =>
  diffDocument('hosting-connection', 'ho-sample-hosting', before, after);

describe('diff of a filed document against the accepted data', () => {
  it('nothing changed: no rows, even though J-LIS assigned an ASPコード and the status moved on', () => {
    expect(base.services.find((s) => s.id === 'ho-sample-hosting')?.aspCode).toBe('H0001234');
    expect(prDiff(base)).toEqual([]);
    expect(hoDiff(base)).toEqual([]);
    expect(changesSinceAccepted(base)).toEqual([]);
  });

  it('an edited field is one row with the label the form prints and both values', () => {
    const ws = edited(base, (d) => {
      d.provider.representative.name = '佐藤　花子';
    });
    expect(prDiff(ws)).toEqual([
      {
        path: 'provider.representative.name',
        paths: ['provider.representative.name'],
        label: '代表者の氏名',
        // As the form prints the row: the name with its reading.
        before: '山田　太郎（ヤマダ　タロウ）',
        after: '佐藤　花子（ヤマダ　タロウ）',
      },
    ]);
  });

  it('what a row prints beside its value is content too: a new reading and a new FAX are changes', () => {
    const ws = edited(base, (d) => {
      d.provider.representative.nameKana = 'サトウ　ハナコ';
      d.provider.fax = '03-0000-1111';
    });
    expect(prDiff(ws).map((c) => [c.path, c.label, c.after])).toEqual([
      ['provider.representative.name', '代表者の氏名', '山田　太郎（サトウ　ハナコ）'],
      ['provider.phone', '電話番号・FAX', `${base.provider.phone}\u3000FAX 03-0000-1111`],
    ]);
    // The editor marks the part that moved: the reading's field and the FAX field, not the name's.
    expect(prDiff(ws).map((c) => c.paths)).toEqual([['provider.representative.nameKana'], ['provider.fax']]);
  });

  it('a per-service row compares what it prints beside its value: the prefecture of a 単一都道府県域 hosting', () => {
    const ws = edited(base, (d) => {
      hosting(d).area = 'single';
      hosting(d).areaPrefecture = '北海道';
    });
    const before = edited(ws, (d) => {
      hosting(d).areaPrefecture = '東京都';
    });
    const moved = hoDiff(ws).find((c) => c.label === '提供地域');
    expect(moved?.after).toContain('北海道');
    // Only the prefecture moved between these two: the row is still a change, marked at the prefecture.
    const onlyPrefecture = hoDiffBetween(before, ws).find((c) => c.label === '提供地域');
    expect(onlyPrefecture?.before).toContain('東京都');
    expect(onlyPrefecture?.after).toContain('北海道');
    expect(onlyPrefecture?.paths).toEqual(['services.ho-sample-hosting.areaPrefecture']);
  });

  it('a change undone is no change', () => {
    const changed = edited(base, (d) => {
      d.contacts.operationsManager.phone = '03-0000-9999';
    });
    expect(prDiff(changed)).toHaveLength(1);
    const undone = edited(changed, (d) => {
      d.contacts.operationsManager.phone = base.contacts.operationsManager.phone;
    });
    expect(prDiff(undone)).toEqual([]);
  });

  it('a field no filed document prints is not a change to notify', () => {
    const ws = edited(base, (d) => {
      service<'HO'>(d, 'ho-sample-hosting').note = '社内メモ: 保守契約更新';
      d.title = '別の案件名';
    });
    expect(prDiff(ws)).toEqual([]);
    expect(hoDiff(ws)).toEqual([]);
    expect(changesSinceAccepted(ws)).toEqual([]);
  });

  it('nested rows: added, removed and edited protocol rows change the row list; reordering does not', () => {
    const ho = hosting(base);
    const rows = [
      { protocol: 'SMTP', port: '25', purpose: 'メール送信' },
      { protocol: 'NTP', port: '123', purpose: '時刻同期' },
    ];
    const withRows = edited(base, (d) => {
      hosting(d).extraProtocols = rows;
    });
    const added = hoDiff(withRows);
    expect(added).toHaveLength(1);
    expect(added[0]?.label).toBe('追加プロトコル');
    // As the form prints the cell (a line per row, 「なし」 for none).
    expect(added[0]?.before).toBe(protocolsText(ho.extraProtocols));
    expect(added[0]?.after).toBe('SMTP\u3000ポート25\u3000メール送信\nNTP\u3000ポート123\u3000時刻同期');
    // Against data that already had the two rows: a reorder is nothing, an edit and a removal are.
    const filedWithRows = withRows;
    const reordered = edited(filedWithRows, (d) => {
      hosting(d).extraProtocols.reverse();
    });
    expect(diffDocument('hosting-connection', 'ho-sample-hosting', filedWithRows, reordered)).toEqual([]);
    const editedRow = edited(filedWithRows, (d) => {
      const first = hosting(d).extraProtocols[0];
      if (first) first.port = '587';
    });
    expect(
      diffDocument('hosting-connection', 'ho-sample-hosting', filedWithRows, editedRow)[0]?.after,
    ).toContain('SMTP\u3000ポート587');
    const removed = edited(filedWithRows, (d) => {
      hosting(d).extraProtocols.pop();
    });
    expect(diffDocument('hosting-connection', 'ho-sample-hosting', filedWithRows, removed)[0]?.after).toBe(
      'SMTP\u3000ポート25\u3000メール送信',
    );
  });

  it('services are matched by id: reordering the list changes nothing, an edit is named by the service', () => {
    const reordered = edited(base, (d) => {
      d.services.reverse();
      hosting(d).hostedApIds.reverse();
    });
    expect(prDiff(reordered)).toEqual([]);
    expect(hoDiff(reordered)).toEqual([]);
    const renamed = edited(base, (d) => {
      service<'AP'>(d, 'ap-sample-e-application').overview = '電子申請の受付と審査を行う。';
    });
    expect(hoDiff(renamed)).toEqual([
      {
        path: 'services.ap-sample-e-application.overview',
        paths: ['services.ap-sample-e-application.overview'],
        label: 'AP サービス概要（サンプル電子申請受付サービス）',
        before: service<'AP'>(base, 'ap-sample-e-application').overview,
        after: '電子申請の受付と審査を行う。',
      },
    ]);
  });

  it('a service added is one row under its name; one taken away likewise', () => {
    const added = edited(base, (d) => addAp(d, 'ap-new', '新しい施設予約サービス'));
    expect(hoDiff(added)).toEqual([
      {
        path: 'services.ap-new.name',
        paths: ['services.ap-new.name'],
        label: 'AP サービス名称（追加）',
        before: '',
        after: '新しい施設予約サービス',
      },
    ]);
    expect(prDiff(added)).toEqual([
      {
        path: 'services.ap-new.name',
        paths: ['services.ap-new.name'],
        label: 'サービス名称（追加）',
        before: '',
        after: '新しい施設予約サービス',
      },
    ]);
    const removed = edited(base, (d) => {
      hosting(d).hostedApIds = hosting(d).hostedApIds.filter((id) => id !== 'ap-sample-documents');
    });
    expect(hoDiff(removed)).toEqual([
      {
        path: 'services.ap-sample-documents.name',
        paths: ['services.ap-sample-documents.name'],
        label: 'AP サービス名称（削除）',
        before: 'サンプル文書管理サービス',
        after: '',
      },
    ]);
  });

  it('attachments are matched by id: a replaced file is a change, a new order is not', () => {
    const topology = base.attachments.find((a) => a.serviceId === 'ho-sample-hosting');
    expect(topology).toBeDefined();
    const reordered = edited(base, (d) => {
      d.attachments.reverse();
    });
    expect(hoDiff(reordered)).toEqual([]);
    const replaced = edited(base, (d) => {
      const a = d.attachments.find((x) => x.id === topology?.id);
      if (a) a.file.sha256 = 'f'.repeat(64);
    });
    const rows = hoDiff(replaced);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.path).toBe(`attachments.${topology?.id}`);
    expect(rows[0]?.after).toContain('ファイルを差し替え');
  });

  it('enum values are shown as the form prints them', () => {
    const ws = edited(base, (d) => {
      hosting(d).bandwidth = '1G';
    });
    expect(hoDiff(ws)).toEqual([
      {
        path: 'services.ho-sample-hosting.bandwidth',
        paths: ['services.ho-sample-hosting.bandwidth'],
        label: '回線帯域',
        before: '100Mbps',
        after: '1Gbps',
      },
    ]);
  });
});
