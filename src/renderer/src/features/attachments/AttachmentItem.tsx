import { Button, Group, Stack, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import type { Attachment } from '../../../../shared/model/attachments.js';
import { useToasts } from '../../components/Toasts.js';
import { TextField } from '../../fields/Fields.js';
import { messageOf } from '../../state/errors.js';
import { useEditor, useWorkspace } from '../../state/WorkspaceContext.js';
import { uploadFiles } from './upload.js';
import { Thumbnail } from './Thumbnail.js';

const sizeOf = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** One attached file: what it is, its caption, and replace / open / remove. */
export const AttachmentItem = ({ attachment, extra }: { attachment: Attachment; extra?: ReactNode }) => {
  const { update, readOnly } = useWorkspace();
  const editor = useEditor();
  const { offerUndo, notify } = useToasts();
  const [error, setError] = useState<string | null>(null);
  const a = attachment;
  const name = a.file.originalName;

  const remove = () => {
    let index = -1;
    update((ws) => {
      index = ws.attachments.findIndex((x) => x.id === a.id);
      return { ...ws, attachments: ws.attachments.filter((x) => x.id !== a.id) };
    });
    offerUndo(`「${name}」を外しました。`, () =>
      update((ws) => {
        const list = ws.attachments.slice();
        list.splice(index < 0 ? list.length : Math.min(index, list.length), 0, a);
        return { ...ws, attachments: list };
      }),
    );
  };

  const replace = (files: File[]) => {
    const [file] = files;
    if (!file) return;
    const controller = new AbortController();
    uploadFiles([file], crypto.randomUUID(), controller.signal, () => undefined)
      .then(({ added, refused, notices }) => {
        const stored = added[0]?.stored;
        if (!stored) {
          setError(refused[0]?.message ?? `「${file.name}」を取り込めませんでした。`);
          return;
        }
        setError(null);
        for (const notice of notices) notify(notice, 'blue');
        update((ws) => ({
          ...ws,
          attachments: ws.attachments.map((x) =>
            x.id === a.id
              ? { ...x, file: stored.file, print: stored.print, addedAt: new Date().toISOString() }
              : x,
          ),
        }));
        offerUndo(`「${name}」を「${file.name}」に差し替えました。`, () =>
          update((ws) => ({ ...ws, attachments: ws.attachments.map((x) => (x.id === a.id ? a : x)) })),
        );
      })
      .catch((e: unknown) => setError(messageOf(e)));
  };

  // Main names the viewer's copy after the original name it finds in the stored workspace, so
  // a file attached a moment ago is saved first (a failed save still opens it, under its hash).
  const open = () =>
    editor
      .flush()
      .catch(() => undefined)
      .then(() => window.api['attachments.open']({ sha256: a.file.sha256 }))
      .catch((e: unknown) => notify(messageOf(e), 'red'));

  return (
    <Group
      align="flex-start"
      wrap="nowrap"
      gap="sm"
      className="attachment-item"
      data-path={`attachments.${a.id}`}
      tabIndex={-1}
    >
      <Thumbnail
        sha256={a.file.sha256}
        alt={name}
        mediaType={a.file.mediaType}
        pageCount={a.file.pageCount}
      />
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={500} className="wrap-anywhere">
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {a.file.mediaType === 'application/pdf'
            ? `PDF ${a.file.pageCount ?? '?'}ページ`
            : a.file.mediaType.replace('image/', '').toUpperCase()}
          {a.file.width && a.file.height ? ` ・ ${a.file.width}×${a.file.height}px` : ''} ・{' '}
          {sizeOf(a.file.size)}
        </Text>
        {extra}
        <TextField path={`attachments.${a.id}.caption`} label="説明（書類に印刷されます）" />
        <Group gap={6}>
          <Button size="xs" variant="default" onClick={() => void open()} aria-label={`${name}を開く`}>
            開く
          </Button>
          <ReplaceButton
            disabled={readOnly}
            onFile={replace}
            name={name}
            accept={
              a.kind === 'facility-photo' ? 'image/jpeg,image/png' : 'image/jpeg,image/png,application/pdf'
            }
          />
          <Button
            size="xs"
            variant="light"
            color="red"
            disabled={readOnly}
            onClick={remove}
            aria-label={`${name}を外す`}
          >
            外す
          </Button>
        </Group>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Group>
  );
};

const ReplaceButton = ({
  onFile,
  disabled,
  name,
  accept,
}: {
  onFile: (files: File[]) => void;
  disabled: boolean;
  name: string;
  /** As the slot it is in: a facility photo is replaced by an image only. */
  accept: string;
}) => {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        size="xs"
        variant="default"
        disabled={disabled}
        onClick={() => input.current?.click()}
        aria-label={`${name}を差し替える`}
      >
        差し替え…
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          onFile(files);
        }}
      />
    </>
  );
};
