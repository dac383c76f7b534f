/** @jsxRuntime automatic @jsxImportSource react */
/** An A4 portrait page with the margins, body type and optional 下書き watermark every form shares. */
import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import {
  BODY_SIZE_PT,
  LINE_HEIGHT,
  MARGIN_MM,
  PAGE_HEIGHT_MM,
  PAGE_WIDTH_MM,
  SANS_FAMILY,
  SERIF_FAMILY,
  SMALL_SIZE_PT,
  mm,
} from './theme.js';

export interface FormPageProps {
  children?: ReactNode;
  /** Marks every page 「下書き」 so a proof copy is never mistaken for the one to mail. */
  draft?: boolean;
  /** Small print at the bottom left, e.g. the template version 様式 2026-04. */
  footerNote?: string;
  /**
   * A line across the top margin of every page, e.g. 「ポータル入力用（郵送しません）」 for a sheet
   * the applicant types from into the LGWAN-ASP portal instead of mailing it.
   */
  banner?: string;
  /** Prints 「1 / 2」 at the bottom right: the page within this document (the packet numbers all pages). */
  pageNumbers?: boolean;
}

export const DRAFT_MARK = '下書き';

export function FormPage({
  children,
  draft = false,
  footerNote,
  banner,
  pageNumbers = false,
}: FormPageProps): ReactElement {
  return (
    <Page
      size="A4"
      orientation="portrait"
      style={{
        paddingTop: mm(MARGIN_MM.top),
        paddingRight: mm(MARGIN_MM.right),
        paddingBottom: mm(MARGIN_MM.bottom),
        paddingLeft: mm(MARGIN_MM.left),
        fontFamily: SERIF_FAMILY,
        fontSize: BODY_SIZE_PT,
        lineHeight: LINE_HEIGHT,
      }}
    >
      {draft ? (
        <View
          fixed
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            width: mm(PAGE_WIDTH_MM),
            height: mm(PAGE_HEIGHT_MM),
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          <Text
            style={{
              fontFamily: SANS_FAMILY,
              fontWeight: 700,
              fontSize: 110,
              color: '#d9d9d9',
              opacity: 0.6,
              transform: 'rotate(-35deg)',
            }}
          >
            {DRAFT_MARK}
          </Text>
        </View>
      ) : null}
      {banner ? (
        <View
          fixed
          style={{
            position: 'absolute',
            top: mm(8),
            left: mm(MARGIN_MM.left),
            right: mm(MARGIN_MM.right),
            borderWidth: 0.8,
            borderColor: '#000000',
            paddingVertical: mm(0.8),
            alignItems: 'center',
          }}
        >
          <Text style={{ fontFamily: SANS_FAMILY, fontWeight: 700, fontSize: 10 }}>{banner}</Text>
        </View>
      ) : null}
      {children}
      {footerNote || pageNumbers ? (
        <View
          fixed
          style={{
            position: 'absolute',
            bottom: mm(12),
            left: mm(MARGIN_MM.left),
            right: mm(MARGIN_MM.right),
            flexDirection: 'row',
            justifyContent: 'space-between',
            fontSize: SMALL_SIZE_PT,
            color: '#444444',
          }}
        >
          <Text>{footerNote ?? ''}</Text>
          {pageNumbers ? (
            <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
          ) : (
            <Text>{''}</Text>
          )}
        </View>
      ) : null}
    </Page>
  );
}
