// Saves the crash-test workspace in a loop until it is killed. Each save is announced on stdout
// before it starts ("begin n") and after it resolved ("done n"); stdout to a pipe is synchronous
// on Linux, so the parent knows which two versions the file may hold when it kills this process.
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { CRASH_WORKSPACE_ID, versionNumberOf, versionOf } from './crash-versions.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-child <dataDir>');
const store = await WorkspaceStore.open(dataDir);
const current = await store.get(CRASH_WORKSPACE_ID).catch(() => null);
let n = current ? versionNumberOf(current.workspace) : 0;
process.stdout.write(`ready ${n}\n`);
for (;;) {
  n += 1;
  process.stdout.write(`begin ${n}\n`);
  await store.save(versionOf(n));
  process.stdout.write(`done ${n}\n`);
}
