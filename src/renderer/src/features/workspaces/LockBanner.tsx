import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LockInfo } from '../../../../shared/ipc/contract.js';

const when = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const at = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '不明な日時' : when.format(date);
};

/**
 * Shown above the editor when another PC (or another window) has this workspace open: who, on
 * which PC, since when. Editing stays off; a lock without heartbeat for long can be taken over
 * after the user confirms that the other app has really stopped.
 */
export const LockBanner = ({
  lock,
  onRetry,
  onTakeOver,
}: {
  lock: LockInfo;
  onRetry: () => void;
  onTakeOver: () => void;
}) => {
  const [confirming, setConfirming] = useState(false);
  return (
    <Alert color="orange" title="読み取り専用で開いています" className="lock-banner" role="status">
      <Stack gap="xs">
        <Text size="sm">
          {`この案件は ${lock.user} さん（PC名 ${lock.host}）が ${at(lock.since)} から開いています。` +
            '同じ案件を二人で同時に変更すると一方の変更が失われるため、閉じられるまで編集できません。'}
        </Text>
        {lock.stale && (
          <Text size="sm">
            {at(lock.heartbeatAt)}
            以降、相手のアプリから応答がありません（PCの電源が切れたか、ネットワークから外れた可能性があります）。
          </Text>
        )}
        {confirming ? (
          <>
            <Text size="sm" fw={600}>
              引き継ぐと、{lock.user}{' '}
              さんのPCでまだ保存されていない変更は保存できなくなります。相手のアプリが止まっていることを確かめてから引き継いでください。
            </Text>
            <Group gap="xs">
              <Button size="xs" color="orange" onClick={onTakeOver}>
                引き継いで編集する
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                やめる
              </Button>
            </Group>
          </>
        ) : (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onRetry}>
              開き直す
            </Button>
            {lock.stale && (
              <Button size="xs" variant="light" color="orange" onClick={() => setConfirming(true)}>
                編集を引き継ぐ…
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
};
