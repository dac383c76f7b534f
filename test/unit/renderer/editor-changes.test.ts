/**
 * The editor marks a field changed since J-LIS accepted the filing that prints it, with what was
 * accepted, and the mark goes when the edit is undone (002 §5.1.1(1): a change after the procedure
 * is notified; issue #11 「Undoing an edit makes its change disappear」).
 */
import { describe, expect, it } from 'vitest';
import { EditorStore } from '../../../src/renderer/src/state/editorStore.js';
import { acceptedSample } from '../../helpers/lifecycle/accepted.js';

describe('changed fields in the editor', () => {
  it('marks an edit of an accepted, printed field with its accepted value, and drops it on undo', () => {
    const store = new EditorStore(acceptedSample(), false, async () => undefined);
    expect(store.changedByPath.size).toBe(0);
    store.set('provider.representative.name', '佐藤\u3000花子');
    expect(store.changedByPath.get('provider.representative.name')).toMatchObject({
      label: '代表者の氏名',
      // The row as the form prints it: the name with its reading.
      before: '山田\u3000太郎（ヤマダ\u3000タロウ）',
      after: '佐藤\u3000花子（ヤマダ\u3000タロウ）',
    });
    expect(store.changes.map((d) => `${d.id}:${d.mode}`)).toEqual(['participation-review:change']);
    store.set('provider.representative.name', '山田\u3000太郎');
    expect(store.changedByPath.size).toBe(0);
    expect(store.changes).toEqual([]);
  });

  it('a new reading marks the reading field, not the name field beside it', () => {
    const store = new EditorStore(acceptedSample(), false, async () => undefined);
    store.set('provider.representative.nameKana', 'サトウ\u3000ハナコ');
    expect(store.changedByPath.get('provider.representative.nameKana')).toMatchObject({
      label: '代表者の氏名',
      after: '山田\u3000太郎（サトウ\u3000ハナコ）',
    });
    expect(store.changedByPath.has('provider.representative.name')).toBe(false);
  });

  it('a field no filed document prints is no change (the service memo)', () => {
    const store = new EditorStore(acceptedSample(), false, async () => undefined);
    store.set('services.ho-sample-hosting.note', '社内メモ');
    expect(store.changes).toEqual([]);
  });
});
