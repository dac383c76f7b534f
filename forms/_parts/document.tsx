/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The document frame every form prints in: PDF metadata, one A4 flow of pages, the footer and the
 * draft and portal marks.
 */
import { Document } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import { FormPage } from '../_kit/index.js';
import { NamesContext } from '../_kit/names.js';
import type { TemplateContext } from './context.js';
import { peopleOf } from './named-people.js';

export const APP_NAME = 'LGWAN-ASP申込ワークベンチ';

/**
 * The <Document> with PDF metadata and one A4 flow of pages; rows flow onto further pages. Every
 * text on it keeps the names of the workspace's people whole (names.ts).
 */
export function FormDocument({
  context,
  children,
}: {
  context: TemplateContext;
  children: ReactNode;
}): ReactElement {
  return (
    <NamesContext.Provider value={peopleOf(context.workspace)}>
      <Document
        title={context.title}
        author={context.workspace.provider.name}
        subject={context.title}
        creator={APP_NAME}
        producer={APP_NAME}
        language="ja-JP"
      >
        <FormPage
          draft={context.draft}
          footerNote={`${APP_NAME}\u3000様式 ${context.version}`}
          {...(context.delivery === 'portal'
            ? { banner: 'ポータル入力用（郵送しません）：LGWAN-ASPポータルサイトで入力する内容です' }
            : {})}
        >
          {children}
        </FormPage>
      </Document>
    </NamesContext.Provider>
  );
}
