import { Button, Group, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';

const TYPE_NAMES: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

/** 「JPEG・PNG・PDF」 from an accept list, so what the zone says is what it takes. */
export const acceptedTypes = (accept: string): string =>
  accept
    .split(',')
    .map((t) => TYPE_NAMES[t.trim()] ?? t.trim())
    .join('・');

/**
 * Takes files by drag and drop or by the system file dialog (a plain file input, which Electron
 * shows as the native dialog). The button carries the slot's data path so a finding focuses it.
 */
export const DropZone = ({
  path,
  accept,
  multiple = true,
  disabled,
  buttonLabel = 'ファイルを選択…',
  hint,
  onFiles,
  describedBy,
}: {
  path?: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  buttonLabel?: string;
  hint?: ReactNode;
  onFiles: (files: File[]) => void;
  describedBy?: string;
}) => {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className="dropzone"
      data-over={over}
      onDragOver={(e) => {
        if (disabled) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled && e.dataTransfer.files.length > 0) onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <Group gap="sm" wrap="nowrap">
        <Button
          size="xs"
          variant="light"
          disabled={disabled}
          onClick={() => input.current?.click()}
          data-path={path}
          aria-describedby={describedBy}
          aria-label={buttonLabel}
          style={{ flexShrink: 0 }}
        >
          ファイルを選択…
        </Button>
        <Text size="xs" c="dimmed">
          {hint ?? `${acceptedTypes(accept)}。ここにドラッグ＆ドロップもできます`}
        </Text>
      </Group>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
};
