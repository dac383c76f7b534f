// One "PC" on a shared data folder: opens the workspace for editing, adds its own service (the
// edit), saves; when the save is refused as a conflict it does what a user choosing 「保存されて
// いる内容を開く」 does — opens the other version and makes the same edit again. Prints what it
// saved and how many conflicts it was told about.
import { randomUUID } from 'node:crypto';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import type { Workspace } from '../../../src/shared/model/workspace.js';

const [dataDir, name, roundsText, id] = process.argv.slice(2);
if (!dataDir || !name || !roundsText || !id)
  throw new Error('usage: shared-folder-child <dataDir> <name> <rounds> <id>');
const store = await WorkspaceStore.open(dataDir, {
  holder: { user: name, host: `PC-${name}`, pid: process.pid, instance: randomUUID() },
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const withMarker = (ws: Workspace, marker: string): Workspace => ({
  ...ws,
  services: [...ws.services, { ...ws.services[0]!, id: marker, name: marker }],
});

const saved: string[] = [];
let conflicts = 0;
let conflictCopies = 0;
process.stdout.write('ready\n');
await new Promise((r) => process.stdin.once('data', r)); // both start together
for (let i = 0; i < Number(roundsText); i++) {
  const marker = `${name}-${i}`;
  let loaded = await store.get(id, { forEditing: true });
  for (;;) {
    await sleep(Math.random() * 4); // the user typing
    try {
      await store.save(withMarker(loaded.workspace, marker));
      saved.push(marker);
      break;
    } catch (error) {
      const e = error as { code?: string; details?: string[] };
      if (e.code !== 'conflict') throw error;
      conflicts += 1;
      const kept = await store.resolveConflict(id, e.details?.[0] ?? '', 'theirs');
      // The refused version was kept, not dropped: it is among the backups now.
      if ((await store.listBackups(id)).length > 0) conflictCopies += 1;
      loaded = kept;
    }
  }
}
process.stdout.write(`${JSON.stringify({ saved, conflicts, conflictCopies })}\n`);
process.exit(0);
