import { AppShell, Button, ScrollArea } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useEditorState } from '../../state/WorkspaceContext.js';
import { DocumentsTaskProvider, TaskBar, useTask } from '../../components/TaskProgress.js';
import { ApplicantPage } from '../applicant/ApplicantPage.js';
import { AttachmentsPage } from '../attachments/AttachmentsPage.js';
import { CompletenessPanel } from '../completeness/CompletenessPanel.js';
import { ContactsPage } from '../contacts/ContactsPage.js';
import { ProcedurePage } from '../procedure/ProcedurePage.js';
import { ProviderPage } from '../provider/ProviderPage.js';
import { ServicePage } from '../services/ServicePage.js';
import { HistoryPage } from '../record/HistoryPage.js';
import { ChangesPage } from '../record/ChangesPage.js';
import { SectionNav } from './SectionNav.js';
import { FeesPage } from '../fees/FeesPage.js';
import { SchedulePage } from '../schedule/SchedulePage.js';

import { DocumentsPage } from '../documents/DocumentsPage.js';

// pdf.js comes with it: loaded only when the preview is first opened.
const LivePreview = lazy(() => import('../live-preview/LivePreview.js'));

const Current = () => {
  const section = useEditorState((s) => s.section);
  switch (section.page) {
    case 'provider':
      return <ProviderPage />;
    case 'applicant':
      return <ApplicantPage />;
    case 'contacts':
      return <ContactsPage />;
    case 'procedure':
      return <ProcedurePage />;
    case 'service':
      return <ServicePage key={section.serviceId} serviceId={section.serviceId} />;
    case 'attachments':
      return <AttachmentsPage />;
    case 'documents':
      return <DocumentsPage />;
    case 'submissions':
      return <HistoryPage />;
    case 'changes':
      return <ChangesPage />;
    case 'fees':
      return <FeesPage />;
    case 'schedule':
      return <SchedulePage />;
  }
};

/**
 * The open workspace: pages on the left, the editor, and the completeness panel always on the
 * right; `banner` (who else has it open) sits above the editor.
 */
const WorkspaceScreen = ({ banner }: { banner?: ReactNode }) => {
  const documentsTask = useTask();
  const [live, setLive] = useState(false);
  return (
    <DocumentsTaskProvider value={documentsTask}>
      <AppShell.Navbar>
        <SectionNav />
      </AppShell.Navbar>
      <AppShell.Main>
        {banner}
        <Current />
      </AppShell.Main>
      <AppShell.Aside>
        <ScrollArea h="100%" type="auto">
          {documentsTask.task && (
            <div className="aside-task">
              <TaskBar task={documentsTask.task} onCancel={documentsTask.cancel} />
            </div>
          )}
          <div className="aside-task">
            <Button
              size="xs"
              variant={live ? 'filled' : 'light'}
              onClick={() => setLive((v) => !v)}
              fullWidth
            >
              {live ? '書類の表示を閉じる' : '書類を見ながら入力'}
            </Button>
            {live && (
              <Suspense fallback={null}>
                <LivePreview />
              </Suspense>
            )}
          </div>
          <CompletenessPanel />
        </ScrollArea>
      </AppShell.Aside>
    </DocumentsTaskProvider>
  );
};

export default WorkspaceScreen;
