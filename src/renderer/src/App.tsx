import { AppShell, Badge, Button, Group, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { LockInfo, WorkspaceSummary } from '../../shared/ipc/contract.js';
import type { Workspace } from '../../shared/model/workspace.js';
import { useToasts } from './components/Toasts.js';
import { displayTitle, WorkspaceHome } from './features/workspaces/WorkspaceHome.js';
import { useAutosave, type SaveState } from './hooks/useAutosave.js';
import type { EditorStore } from './state/editorStore.js';
import { useEditorState, WorkspaceProvider } from './state/WorkspaceContext.js';
import { isCancelled, messageOf } from './state/errors.js';
import { TaskBar, useTask } from './components/TaskProgress.js';
import { LockBanner } from './features/workspaces/LockBanner.js';
import { ConflictDialog } from './features/workspaces/ConflictDialog.js';

const SAVE_LABEL: Record<SaveState, string> = {
  saved: '保存済み',
  saving: '保存中…',
  dirty: '未保存の変更あり',
  error: '保存できません',
};
const SAVE_COLOR: Record<SaveState, string> = { saved: 'green', saving: 'gray', dirty: 'gray', error: 'red' };

const WorkspaceScreen = lazy(() => import('./features/workspaces/WorkspaceScreen.js'));

/** The open workspace's title in the header; re-renders only when the title changes. */
const OpenTitle = () => {
  const title = useEditorState((s) =>
    displayTitle({ title: s.workspace.title, providerName: s.workspace.provider.name }),
  );
  return (
    <Text fw={600} truncate="end" title={title}>
      {title}
    </Text>
  );
};

export const App = () => {
  const { notify, offerUndo } = useToasts();
  const bundleTask = useTask();
  const [items, setItems] = useState<WorkspaceSummary[]>([]);
  const [open, setOpen] = useState<EditorStore | null>(null);
  /** Who else has the open workspace, when that makes it read-only here. */
  const [lock, setLock] = useState<LockInfo | null>(null);
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());
  const [busy, setBusy] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const autosave = useAutosave(open);
  flushRef.current = autosave.flush;

  const fail = useCallback((e: unknown) => notify(messageOf(e), 'red'), [notify]);
  const refresh = useCallback(async () => {
    setItems(await window.api['workspaces.list']({}));
    performance.mark('app-interactive');
  }, []);
  useEffect(() => {
    refresh().catch(fail);
    // What the store repaired or set aside at start-up (damaged files, restored backups).
    window.api['app.info']({}).then((info) => setNotices(info.notices), fail);
    // Fetch the editor while the user looks at the list, so opening a workspace does not wait.
    const idle = setTimeout(() => {
      void import('./features/workspaces/WorkspaceScreen.js');
      void import('./state/editorStore.js');
    }, 300);
    return () => clearTimeout(idle);
  }, [refresh, fail]);

  // The editor (its pages, the rules engine, the model schemas) loads when a workspace opens,
  // so the start screen appears sooner.
  const show = async (workspace: Workspace, readOnly = false, lockedBy?: LockInfo) => {
    const { EditorStore } = await import('./state/editorStore.js');
    setLock(lockedBy ?? null);
    setOpen(new EditorStore(workspace, readOnly, () => flushRef.current()));
  };
  const showLoaded = (loaded: Awaited<ReturnType<(typeof window.api)['workspaces.get']>>) =>
    show(loaded.workspace, loaded.readOnly, loaded.lock);
  const run = (task: () => Promise<void>) => {
    setBusy(true);
    task()
      .catch(fail)
      .finally(() => setBusy(false));
  };

  const openWorkspace = (id: string) =>
    run(async () => {
      const loaded = await window.api['workspaces.get']({ id });
      for (const repair of loaded.repairs) notify(repair, 'blue');
      await showLoaded(loaded);
    });
  const takeOver = (id: string, heartbeatAt: string) =>
    run(async () => {
      const loaded = await window.api['workspaces.takeOver']({ id, heartbeatAt });
      if (loaded.lock) notify('相手のアプリが応答を再開したため、引き継ぎませんでした。', 'blue');
      await showLoaded(loaded);
    });
  const [resolving, setResolving] = useState(false);
  const resolveConflict = (keep: 'mine' | 'theirs') => {
    if (!open || !autosave.conflict) return;
    const { conflictId } = autosave.conflict;
    setResolving(true);
    window.api['workspaces.resolveConflict']({ id: open.workspace.id, conflictId, keep })
      .then(async (loaded) => {
        autosave.settled();
        await showLoaded(loaded);
        notify(
          keep === 'mine'
            ? 'この画面の内容で保存しました。もう一方の内容はバックアップに残っています。'
            : '保存されている内容を開きました。この画面の内容はバックアップに残っています。',
        );
      }, fail)
      .finally(() => setResolving(false));
  };
  const create = (title: string, from: 'blank' | 'sample') =>
    run(async () => {
      const ws = await window.api['workspaces.create']({ title, from });
      await refresh();
      await show(ws);
    });
  const duplicate = (item: WorkspaceSummary) =>
    run(async () => {
      const copy = await window.api['workspaces.duplicate']({
        id: item.id,
        title: `${displayTitle(item)} のコピー`,
      });
      await refresh();
      notify(`「${copy.title}」を作成しました。`);
    });
  const rename = (item: WorkspaceSummary, title: string) =>
    run(async () => {
      await window.api['workspaces.rename']({ id: item.id, title });
      await refresh();
    });
  const remove = (item: WorkspaceSummary) =>
    run(async () => {
      const { workspace } = await window.api['workspaces.get']({ id: item.id });
      await window.api['workspaces.delete']({ id: item.id });
      await refresh();
      offerUndo(`「${displayTitle(item)}」を削除しました。`, () =>
        run(async () => {
          await window.api['workspaces.save']({ workspace });
          await refresh();
        }),
      );
    });
  const exportBundle = (ids: string[] | 'all') =>
    void bundleTask
      .run('案件の書き出し', async (taskId) => {
        const r = await window.api['bundle.export']({ workspaceIds: ids, taskId });
        notify(`${r.workspaceCount}件の案件（添付資料${r.attachmentCount}件）を書き出しました: ${r.path}`);
      })
      .catch((e: unknown) => (isCancelled(e) ? notify(messageOf(e), 'blue') : fail(e)));
  const importBundle = () =>
    void bundleTask
      .run('案件の取り込み', async (taskId) => {
        const r = await window.api['bundle.import']({ taskId });
        await refresh();
        notify(
          `${r.workspaces.length}件の案件を取り込みました: ${r.workspaces.map((w) => w.title || '（無題）').join('、')}`,
        );
      })
      .catch((e: unknown) => (isCancelled(e) ? notify(messageOf(e), 'blue') : fail(e)));
  const close = () =>
    run(async () => {
      await autosave.flush();
      if (open && !lock) await window.api['workspaces.release']({ id: open.workspace.id });
      setOpen(null);
      setLock(null);
      await refresh();
    });

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={open ? { width: { base: 220, lg: 250 }, breakpoint: 0 } : undefined}
      aside={open ? { width: { base: 300, lg: 360 }, breakpoint: 0 } : undefined}
      padding="md"
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Title order={1} size="h5" style={{ whiteSpace: 'nowrap' }}>
              LGWAN-ASP申込ワークベンチ
            </Title>
            {open && (
              <>
                <Button size="xs" variant="subtle" onClick={close}>
                  ← 案件一覧
                </Button>
                <WorkspaceProvider store={open}>
                  <OpenTitle />
                </WorkspaceProvider>
              </>
            )}
          </Group>
          {open && (
            <Badge
              color={open.readOnly ? 'orange' : SAVE_COLOR[autosave.state]}
              variant="light"
              title={autosave.error ?? undefined}
              role="status"
              style={{ flexShrink: 0 }}
            >
              {open.readOnly ? '読み取り専用' : SAVE_LABEL[autosave.state]}
            </Badge>
          )}
        </Group>
      </AppShell.Header>
      {open ? (
        <WorkspaceProvider store={open}>
          <Suspense fallback={null}>
            <WorkspaceScreen
              banner={
                lock && (
                  <LockBanner
                    lock={lock}
                    onRetry={() => openWorkspace(open.workspace.id)}
                    onTakeOver={() => takeOver(open.workspace.id, lock.heartbeatAt)}
                  />
                )
              }
            />
          </Suspense>
        </WorkspaceProvider>
      ) : (
        <AppShell.Main>
          <WorkspaceHome
            notices={notices}
            items={items}
            busy={busy}
            onOpen={openWorkspace}
            onCreate={create}
            onDuplicate={duplicate}
            onRename={rename}
            onDelete={remove}
            onExport={exportBundle}
            onImport={importBundle}
            onRestored={(message) => {
              notify(message);
              refresh().catch(fail);
            }}
            task={<TaskBar task={bundleTask.task} onCancel={bundleTask.cancel} />}
          />
        </AppShell.Main>
      )}
      {autosave.conflict && open && (
        <ConflictDialog message={autosave.conflict.message} busy={resolving} onChoose={resolveConflict} />
      )}
      {autosave.error && open && !autosave.conflict && (
        <Text c="red" size="sm" className="save-error" role="alert">
          {autosave.error}
        </Text>
      )}
    </AppShell>
  );
};
