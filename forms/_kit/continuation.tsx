/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 別紙 (continuation sheets). When a value cannot fit its box even at the minimum size, the form
 * prints 「別紙1のとおり」 in the box and the full text goes on a numbered sheet appended after the
 * document, so nothing the user typed is dropped or cut off.
 *
 * One collector per render: FieldText registers overflowing text in it while the form renders, and
 * the renderer appends the sheets once the form has been laid out.
 */
import { Document, Text, View } from '@react-pdf/renderer';
import { createContext, type ReactElement } from 'react';
import { replaceUnprintable } from '../../src/shared/text/font-data.js';
import { FormPage } from './FormPage.js';
import { BODY_SIZE_PT, LINE_HEIGHT, SANS_FAMILY, TITLE_SIZE_PT, mm } from './theme.js';

export interface ContinuationEntry {
  /** 別紙 number as printed (1-based, in order of first appearance). */
  number: number;
  /** Name of the box the text belongs to, e.g. 「サービス概要」. */
  field: string;
  text: string;
}

export class ContinuationCollector {
  readonly #entries: ContinuationEntry[] = [];

  get entries(): readonly ContinuationEntry[] {
    return this.#entries;
  }

  /**
   * Registers text for a continuation sheet and returns its 別紙 number. The same field and text
   * registered again (React may render a component more than once) keeps its number.
   */
  register(field: string, text: string): number {
    const existing = this.#entries.find((e) => e.field === field && e.text === text);
    if (existing) return existing.number;
    const entry = { number: this.#entries.length + 1, field, text };
    this.#entries.push(entry);
    return entry.number;
  }
}

export const ContinuationContext = createContext<ContinuationCollector | null>(null);

export function continuationLabel(number: number): string {
  return `別紙${number}`;
}

export interface ContinuationSheetsProps {
  entries: readonly ContinuationEntry[];
  /** Official title of the document the sheets belong to. */
  documentTitle: string;
  draft?: boolean;
}

/** One page (or more, for long text) per 別紙, headed with its number and the box it continues. */
export function ContinuationSheets({ entries, documentTitle, draft }: ContinuationSheetsProps): ReactElement {
  return (
    <Document title={`${documentTitle} 別紙`} language="ja-JP">
      {entries.map((entry) => (
        <FormPage key={entry.number} draft={draft ?? false}>
          <Text style={{ fontFamily: SANS_FAMILY, fontWeight: 700, fontSize: TITLE_SIZE_PT }}>
            {continuationLabel(entry.number)}
          </Text>
          <Text style={{ marginTop: mm(2), marginBottom: mm(6) }}>
            {`${documentTitle}「${entry.field}」欄の記載内容`}
          </Text>
          <View>
            {entry.text.split(/\r\n|\r|\n/).map((paragraph, i) => (
              <Text key={i} style={{ fontSize: BODY_SIZE_PT, lineHeight: LINE_HEIGHT, minHeight: mm(5) }}>
                {paragraph === '' ? '\u3000' : replaceUnprintable(paragraph)}
              </Text>
            ))}
          </View>
        </FormPage>
      ))}
    </Document>
  );
}
