import { Text } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import type { StoredFile } from '../../../../shared/ipc/contract.js';
import type { Attachment } from '../../../../shared/model/attachments.js';
import { newId } from '../../../../shared/model/primitives.js';
import { TaskBar, useTask } from '../../components/TaskProgress.js';
import { uploadFiles, type UploadOutcome } from './upload.js';

/** A stored file as a new attachment at `place`; the user captions it afterwards. */
export const newAttachment = (
  stored: StoredFile,
  addedAt: string,
  place: Pick<Attachment, 'kind' | 'area' | 'serviceId'>,
): Attachment => ({
  id: newId(),
  kind: place.kind,
  area: place.area,
  serviceId: place.serviceId,
  caption: '',
  file: stored.file,
  print: stored.print,
  addedAt,
});

/**
 * Taking files in as one task: `add` sends them to main and hands the accepted ones to `onAdded`;
 * `status` shows the progress and what main said (notes on accepted files, why each refused one
 * was refused) until the next upload.
 */
export const useUpload = (
  onAdded: (added: UploadOutcome['added']) => void,
): { add: (files: File[]) => void; busy: boolean; status: ReactElement } => {
  const { task, run, report, cancel } = useTask();
  const [refused, setRefused] = useState<UploadOutcome['refused']>([]);
  const [notices, setNotices] = useState<string[]>([]);
  const add = (files: File[]) =>
    void run('ファイルの取り込み', async (taskId, signal) => {
      const outcome = await uploadFiles(files, taskId, signal, report);
      setRefused(outcome.refused);
      setNotices(outcome.notices);
      onAdded(outcome.added);
    });
  const status = (
    <>
      <TaskBar task={task} onCancel={cancel} />
      {notices.map((n) => (
        <Text key={n} size="sm" c="orange.8" role="note">
          {n}
        </Text>
      ))}
      {refused.map((r) => (
        <Text key={r.name} size="sm" c="red" role="alert">
          {r.message}
        </Text>
      ))}
    </>
  );
  return { add, busy: task !== null, status };
};
