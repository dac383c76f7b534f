import { Badge, Button, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useLayoutEffect, useMemo } from 'react';
import { documentTitle, type Finding } from '../../state/completeness.js';
import { useEditor, useEditorState } from '../../state/WorkspaceContext.js';
import { describeSource } from '../../../../shared/sources/seeds.js';

const SEVERITY = {
  error: { label: 'エラー', color: 'red' },
  warning: { label: '注意', color: 'orange' },
  info: { label: '参考', color: 'blue' },
} as const;

const COMMON = '共通';

/** A choice by its label; a corrected text cut to fit the button. */
const fixText = (fix: NonNullable<Finding['fix']>): string => {
  const text = fix.label ?? fix.value;
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
};

const FindingButton = ({ finding, onGo }: { finding: Finding; onGo: (path: string) => void }) => {
  const s = SEVERITY[finding.severity];
  const path = finding.paths[0];
  return (
    <UnstyledButton
      className="finding"
      data-severity={finding.severity}
      data-rule={finding.ruleId}
      data-target={path}
      onClick={() => path !== undefined && onGo(path)}
      disabled={path === undefined}
      aria-label={`${s.label}: ${finding.message}（根拠: ${describeSource(finding.source)}）${path ? ' — クリックで入力欄へ移動' : ''}`}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Badge size="xs" color={s.color} variant="filled" mt={3} style={{ flexShrink: 0 }}>
          {s.label}
        </Badge>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" className="wrap-anywhere">
            {finding.message}
          </Text>
          <Text size="xs" c="dimmed" className="wrap-anywhere">
            根拠: {describeSource(finding.source)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
};

/**
 * Marks (performance.mark) each time the panel is up to date with an edit: the UI benchmark
 * times a keystroke to this point. It re-renders on every check; the list only when it changed.
 */
const CheckMarker = () => {
  const check = useEditorState((s) => s.check);
  useLayoutEffect(() => {
    performance.mark('completeness-updated');
  }, [check]);
  return null;
};

/** Always visible: what is still missing, grouped by document; a click goes to the field. */
export const CompletenessPanel = () => {
  const { goTo, set, readOnly } = useEditor();
  // The panel re-renders when what it lists changes, not on every keystroke.
  const check = useEditorState(
    (s) => s.check,
    (a, b) =>
      a.requiredDocuments.length === b.requiredDocuments.length &&
      a.findings.length === b.findings.length &&
      a.findings.every((f, i) => {
        const g = b.findings[i];
        return (
          g !== undefined &&
          f.ruleId === g.ruleId &&
          f.message === g.message &&
          f.paths.join() === g.paths.join()
        );
      }),
  );
  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of check.findings) c[f.severity] += 1;
    return c;
  }, [check]);
  const groups = useMemo(() => {
    const map = new Map<string, Finding[]>();
    const order = { error: 0, warning: 1, info: 2 };
    for (const f of [...check.findings].sort((a, b) => order[a.severity] - order[b.severity])) {
      const key = f.documents[0] ?? COMMON;
      const list = map.get(key) ?? [];
      list.push(f);
      map.set(key, list);
    }
    return [...map.entries()];
  }, [check]);

  return (
    <Stack gap="sm" p="sm" component="section" aria-labelledby="completeness-title">
      <CheckMarker />
      <Title order={2} size="h5" id="completeness-title">
        入力チェック
      </Title>
      <Group gap="xs" role="status" aria-live="polite" data-testid="completeness-counts">
        {(Object.keys(SEVERITY) as (keyof typeof SEVERITY)[]).map((k) => (
          <Badge key={k} color={SEVERITY[k].color} variant={counts[k] > 0 ? 'filled' : 'light'} size="lg">
            {SEVERITY[k].label} {counts[k]}件
          </Badge>
        ))}
      </Group>
      {counts.error === 0 && (
        <Text size="sm" c="green.8">
          エラーはありません。「書類の確認・印刷」で書類を作成できます。
        </Text>
      )}
      {groups.map(([doc, findings]) => (
        <Stack
          key={doc}
          gap={4}
          component="section"
          aria-label={doc === COMMON ? COMMON : documentTitle(doc, check.requiredDocuments)}
        >
          <Text size="sm" fw={700} className="wrap-anywhere">
            {doc === COMMON ? '全体' : documentTitle(doc, check.requiredDocuments)}（{findings.length}件）
          </Text>
          {findings.map((f, i) => (
            <div key={`${f.ruleId}-${f.paths[0] ?? i}`}>
              <FindingButton finding={f} onGo={goTo} />
              {f.fix && !readOnly && (
                <Button
                  size="compact-xs"
                  variant="light"
                  ml={52}
                  mb={4}
                  onClick={() => f.fix && set(f.fix.path, f.fix.value)}
                >
                  「{fixText(f.fix)}」に直す
                </Button>
              )}
            </div>
          ))}
        </Stack>
      ))}
    </Stack>
  );
};
