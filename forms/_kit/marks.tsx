/** @jsxRuntime automatic @jsxImportSource react */
/** Check boxes and the seal box of printed forms. */
import { Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { SMALL_SIZE_PT, mm } from './theme.js';

export const CHECKED = '■';
export const UNCHECKED = '□';

/** ■ 新規申込 / □ 変更届出: the filled square is how a choice is marked on Japanese forms. */
export function CheckBox({ checked, label }: { checked: boolean; label: string }): ReactElement {
  return <Text style={{ marginRight: mm(4) }}>{`${checked ? CHECKED : UNCHECKED} ${label}`}</Text>;
}

/** A row of choices, exactly one or several of which are marked. */
export function CheckBoxGroup({
  options,
  selected,
}: {
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
}): ReactElement {
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
      {options.map((o) => (
        <CheckBox key={o.value} checked={selected.includes(o.value)} label={o.label} />
      ))}
    </View>
  );
}

/** Square where the seal (印) is pressed, with a faint 印 so it is clear what goes there. */
export function SealBox({ sizeMm = 15 }: { sizeMm?: number }): ReactElement {
  return (
    <View
      style={{
        width: mm(sizeMm),
        height: mm(sizeMm),
        borderWidth: 0.5,
        borderStyle: 'dashed',
        borderColor: '#666666',
        alignItems: 'center',
        justifyContent: 'center',
      }}
    >
      <Text style={{ fontSize: SMALL_SIZE_PT + 2, color: '#999999' }}>印</Text>
    </View>
  );
}
