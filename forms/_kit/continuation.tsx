/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 別紙 (continuation sheets). When a value cannot fit its box even at the minimum size, the form
 * prints 「別紙1のとおり」 in the box and the full text goes on a numbered sheet appended after the
 * document, so nothing the user typed is dropped or cut off.
 *
 * One collector per render: FieldText registers overflowing text in it while the form renders, and
 * the renderer appends the sheets once the form has been laid out. All the 別紙 of one form share
 * one flow of pages (a short one does not take a page of its own), and every page of it names the
 * form and the applicant, so a sheet separated from its form still says whose and which it is.
 */
import { Document, Text, View } from '@react-pdf/renderer';
import { createContext, type ReactElement } from 'react';
import { replaceUnprintable } from '../../src/shared/text/font-data.js';
import { FormPage } from './FormPage.js';
import { BODY_SIZE_PT, LINE_HEIGHT, SANS_FAMILY, SMALL_SIZE_PT, TITLE_SIZE_PT, mm } from './theme.js';

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
  /** The applicant (申込者の名称) the form is from. */
  applicant?: string;
  draft?: boolean;
}

/** The 別紙 one after another on shared pages, each headed with its number and the box it continues. */
export function ContinuationSheets({
  entries,
  documentTitle,
  applicant,
  draft,
}: ContinuationSheetsProps): ReactElement {
  return (
    <Document title={`${documentTitle} 別紙`} language="ja-JP">
      <FormPage draft={draft ?? false}>
        <View fixed style={{ marginBottom: mm(4), borderBottomWidth: 0.75, paddingBottom: mm(1.5) }}>
          <Text style={{ fontSize: SMALL_SIZE_PT + 1 }}>{`${documentTitle}（別紙）`}</Text>
          {applicant ? (
            <Text style={{ fontSize: SMALL_SIZE_PT + 1 }}>{`申込者: ${replaceUnprintable(applicant)}`}</Text>
          ) : null}
        </View>
        {entries.map((entry) => (
          <View key={entry.number} style={{ marginBottom: mm(6) }}>
            <View wrap={false} minPresenceAhead={mm(12)}>
              <Text style={{ fontFamily: SANS_FAMILY, fontWeight: 700, fontSize: TITLE_SIZE_PT }}>
                {continuationLabel(entry.number)}
              </Text>
              <Text
                style={{ marginTop: mm(1), marginBottom: mm(3) }}
              >{`「${entry.field}」欄の記載内容`}</Text>
            </View>
            {entry.text.split(/\r\n|\r|\n/).map((paragraph, i) => (
              <Text key={i} style={{ fontSize: BODY_SIZE_PT, lineHeight: LINE_HEIGHT, minHeight: mm(5) }}>
                {paragraph === '' ? '\u3000' : replaceUnprintable(paragraph)}
              </Text>
            ))}
          </View>
        ))}
      </FormPage>
    </Document>
  );
}
