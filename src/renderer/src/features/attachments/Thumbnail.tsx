import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';

// One request per stored file for the whole session: thumbnails reappear instantly on every page.
const cache = new Map<string, Promise<string>>();

const thumbnailUrl = (sha256: string): Promise<string> => {
  let url = cache.get(sha256);
  if (!url) {
    url = window.api['attachments.thumbnail']({ sha256 }).then(({ bytes, mediaType }) =>
      URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType })),
    );
    url.catch(() => cache.delete(sha256));
    cache.set(sha256, url);
  }
  return url;
};

/** A small picture of an attached image; PDFs show their type and page count instead. */
export const Thumbnail = ({
  sha256,
  alt,
  mediaType,
  pageCount,
}: {
  sha256: string;
  alt: string;
  mediaType: string;
  pageCount?: number;
}) => {
  const isImage = mediaType.startsWith('image/');
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!isImage) return;
    let live = true;
    thumbnailUrl(sha256).then(
      (url) => live && setSrc(url),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [sha256, isImage]);
  if (!isImage || failed) {
    return (
      <div className="thumb thumb-placeholder" role="img" aria-label={alt}>
        <Text size="sm" fw={700} c="dimmed">
          {isImage ? '表示不可' : 'PDF'}
        </Text>
        {pageCount ? (
          <Text size="xs" c="dimmed">
            {pageCount}ページ
          </Text>
        ) : null}
      </div>
    );
  }
  return src ? <img className="thumb" src={src} alt={alt} /> : <div className="thumb" aria-hidden />;
};
