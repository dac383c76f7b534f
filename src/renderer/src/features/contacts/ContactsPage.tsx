import { Block, Page, Pair } from '../../components/Page.js';
import { TextField } from '../../fields/Fields.js';
import { REQ } from '../../help/requirements.js';
import { describe } from '../../help/Requirement.js';
import { Text } from '@mantine/core';
import type { Requirement } from '../../help/Requirement.js';

const Person = ({ path, who }: { path: string; who: string }) => (
  <>
    <Pair>
      <TextField path={`${path}.department`} label={`${who}の部署`} />
      <TextField path={`${path}.title`} label={`${who}の役職`} />
    </Pair>
    <Pair>
      <TextField path={`${path}.name`} label={`${who}の氏名`} required />
      <TextField path={`${path}.nameKana`} label={`${who}のフリガナ`} description="全角カタカナ" />
    </Pair>
    <Pair>
      <TextField path={`${path}.phone`} label={`${who}の電話番号`} inputMode="tel" required />
      <TextField path={`${path}.fax`} label={`${who}のFAX番号`} inputMode="tel" />
    </Pair>
    <Pair>
      <TextField
        path={`${path}.emailInternet`}
        label={`${who}のE-mail（インターネット）`}
        inputMode="email"
        required
      />
      <TextField path={`${path}.emailLgwan`} label={`${who}のE-mail（LGWAN）`} inputMode="email" />
    </Pair>
  </>
);

const Why = ({ requirement }: { requirement: Requirement }) => (
  <Text size="sm">{describe(undefined, requirement)}</Text>
);

/** 担当者, 運用責任者 and the two contact routes J-LIS uses (002 §4.4). */
export const ContactsPage = () => (
  <Page title="連絡先・運用体制" intro="J-LIS（運営主体）からの連絡先と、障害時の連絡体制です。">
    <Block legend="担当者（この申込みの窓口）">
      <Person path="contacts.person" who="担当者" />
    </Block>
    <Block legend="運用責任者">
      <Why requirement={REQ.operationsManager} />
      <Person path="contacts.operationsManager" who="運用責任者" />
    </Block>
    <Block legend="定常連絡ルート">
      <Why requirement={REQ.routes} />
      <Person path="contacts.regularRoute.contact" who="定常連絡先" />
      <TextField
        path="contacts.regularRoute.hours"
        label="定常連絡の受付時間"
        placeholder="平日 9:00〜17:30"
      />
    </Block>
    <Block legend="緊急連絡ルート（深夜・休日を含む）">
      <Why requirement={REQ.emergency} />
      <Person path="contacts.emergencyRoute.contact" who="緊急連絡先" />
      <Pair>
        <TextField
          path="contacts.emergencyRoute.hours"
          label="緊急連絡の受付時間"
          placeholder="24時間365日"
        />
        <TextField
          path="contacts.emergencyRoute.outOfHoursPhone"
          label="時間外の電話番号"
          inputMode="tel"
          required
        />
      </Pair>
      <TextField
        path="contacts.emergencyRoute.outOfHoursNote"
        label="時間外の対応体制"
        placeholder="例: 当番制で1時間以内に折り返し"
      />
    </Block>
  </Page>
);
