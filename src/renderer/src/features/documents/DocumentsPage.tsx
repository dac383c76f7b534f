import { Alert, Anchor, Badge, Button, Card, Group, List, Text } from '@mantine/core';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Page } from '../../components/Page.js';
import { abortable, useDocumentsTask } from '../../components/TaskProgress.js';
import { useToasts } from '../../components/Toasts.js';
import { isCancelled, messageOf } from '../../state/errors.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { planStages } from '../../../../shared/documents/stages.js';
import { PrintDialog } from './PrintDialog.js';
import { RequiredDocuments } from './RequiredDocuments.js';
import { StagePanel } from './StagePanel.js';
import { MailedForm } from '../record/MailedForm.js';

interface Preview {
  pdf: PDFDocumentProxy;
  starts: { title: string; page: number }[];
}

const PAGE_WIDTH = 560;

/** Preview the packet, save the PDFs, print, and record it as mailed (the filing record). */
export const DocumentsPage = () => {
  const { workspace, check, flush } = useWorkspace();
  const { notify } = useToasts();
  const { task, run, report } = useDocumentsTask();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saved, setSaved] = useState<{
    folder: string;
    files: { title: string; path: string; pages: number }[];
  } | null>(null);
  const [askRecord, setAskRecord] = useState(false);
  const pagesRef = useRef<HTMLDivElement>(null);
  const [combined, setCombined] = useState(false);
  const plan = useMemo(
    () => planStages(workspace, check.requiredDocuments, { combined }),
    [workspace, check.requiredDocuments, combined],
  );
  const serviceName = (id?: string) => workspace.services.find((s) => s.id === id)?.name;
  const errors = check.findings.filter((f) => f.severity === 'error').length;

  useEffect(() => () => void preview?.pdf.loadingTask.destroy(), [preview]);

  const fail = (e: unknown) => {
    if (isCancelled(e)) notify(messageOf(e), 'blue');
    else notify(messageOf(e), 'red');
  };

  const showPreview = () =>
    run('書類の作成', async (taskId, signal) => {
      await flush();
      const { pdf: bytes } = await abortable(
        window.api['documents.renderPreview']({ workspaceId: workspace.id, taskId, combined }),
        signal,
        '書類の作成を中止しました。',
      );
      // pdf.js (≈ 1.7 MB with its worker) loads the first time a preview is asked for.
      const { openPdf, outlineStarts, renderPage } = await import('./pdf.js');
      const pdf = await openPdf(bytes);
      const container = pagesRef.current;
      if (!container) return;
      container.replaceChildren();
      for (let n = 1; n <= pdf.numPages; n++) {
        if (signal.aborted) throw Object.assign(new Error('中止しました。'), { code: 'cancelled' });
        report(n - 1, pdf.numPages, `${n} / ${pdf.numPages}ページを表示しています`);
        const canvas = await renderPage(pdf, n, PAGE_WIDTH);
        canvas.className = 'pdf-page';
        canvas.style.width = `${PAGE_WIDTH}px`;
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `${n}ページ`);
        canvas.dataset.page = String(n);
        container.append(canvas);
        // The preview is below the document list: bring the first page to the user, who would
        // otherwise see only a progress bar and not know where the result went.
        if (n === 1) {
          container.scrollIntoView({ block: 'start' });
          container.focus({ preventScroll: true });
        }
      }
      setPreview({ pdf, starts: await outlineStarts(pdf) });
    }).catch(fail);

  const save = () =>
    run('PDFの保存', async (taskId, signal) => {
      await flush();
      setSaved(
        await abortable(
          window.api['documents.saveToFolder']({ workspaceId: workspace.id, taskId, combined }),
          signal,
          'PDFの保存を中止しました。',
        ),
      );
    }).catch(fail);

  const [printing, setPrinting] = useState(false);

  /** The packet as saved (no printer offset), written by main and opened in the system's PDF viewer. */
  const openInViewer = () =>
    run('PDFビューアで開く', async (taskId, signal) => {
      await flush();
      const { pages } = await abortable(
        window.api['documents.openInViewer']({ workspaceId: workspace.id, taskId, combined }),
        signal,
        'PDFビューアで開くのを中止しました。',
      );
      notify(`提出書類一式（${pages}ページ）をPDFビューアで開きました。`);
    }).catch(fail);

  const jump = (page: number) => {
    const canvas = pagesRef.current?.querySelector<HTMLElement>(`[data-page="${page}"]`);
    canvas?.scrollIntoView({ block: 'start' });
  };

  return (
    <Page
      title="書類の確認・印刷"
      intro="この案件で提出する書類を作成し、画面で確認してから保存・印刷します。"
    >
      {errors > 0 ? (
        <Alert color="red" variant="light" title={`エラーが${errors}件あります`}>
          右の「入力チェック」の項目をクリックすると、直す場所に移動します。エラーのまま印刷すると、書類は「下書き」として作成されます。
        </Alert>
      ) : (
        <Alert color="green" variant="light" title="エラーはありません">
          書類を確認し、保存・印刷してください。
        </Alert>
      )}

      <StagePanel
        plan={plan}
        combined={combined}
        onCombined={(value) => {
          setCombined(value);
          setPreview(null);
          pagesRef.current?.replaceChildren();
        }}
        serviceName={serviceName}
      />
      <Group gap="sm">
        <Button onClick={() => void showPreview()} disabled={task !== null}>
          書類をプレビュー
        </Button>
        <Button variant="default" onClick={() => void save()} disabled={task !== null}>
          PDFをフォルダに保存…
        </Button>
        <Button variant="default" onClick={() => setPrinting(true)} disabled={task !== null}>
          印刷…
        </Button>
        <Button variant="default" onClick={() => void openInViewer()} disabled={task !== null}>
          PDFビューアで開く
        </Button>
        <Button variant="subtle" onClick={() => setAskRecord(true)} disabled={task !== null}>
          提出を記録…
        </Button>
      </Group>
      {printing && (
        <PrintDialog
          workspaceId={workspace.id}
          combined={combined}
          flush={flush}
          onClose={() => setPrinting(false)}
          onPrinted={() => {
            setPrinting(false);
            setAskRecord(true);
          }}
          onOpenViewer={() => void openInViewer()}
        />
      )}
      {askRecord && (
        <MailedForm documents={plan.documents} combined={combined} onClose={() => setAskRecord(false)} />
      )}
      {saved && (
        <Card withBorder padding="md" role="status">
          <Text fw={600}>PDFを保存しました</Text>
          <Text size="sm" className="wrap-anywhere">
            保存先: {saved.folder}
          </Text>
          <List size="sm" mt="xs">
            {saved.files.map((f) => (
              <List.Item key={f.path}>
                <span className="wrap-anywhere">
                  {f.path.split(/[\\/]/).pop()}（{f.pages}ページ）
                </span>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      <RequiredDocuments onPreview={preview ? jump : undefined} starts={preview?.starts ?? []} />
      {preview && (
        <Group gap="xs">
          <Badge variant="light">{preview.pdf.numPages}ページ</Badge>
          {preview.starts.length > 0 && (
            <Text size="sm" c="dimmed">
              書類名のリンクで、その書類のページへ移動します。
            </Text>
          )}
        </Group>
      )}
      {preview &&
        preview.starts.map((s) => (
          <Anchor
            key={`${s.title}-${s.page}`}
            component="button"
            type="button"
            size="sm"
            onClick={() => jump(s.page)}
            ta="left"
          >
            {s.title}（{s.page}ページ〜）
          </Anchor>
        ))}
      <div ref={pagesRef} className="pdf-pages" tabIndex={preview ? 0 : -1} aria-label="書類のプレビュー" />
    </Page>
  );
};
