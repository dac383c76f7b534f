// Entry of the cold floor process (bundled by bench/render.ts like the render worker is).
import { floorChild } from './redraw.js';

await floorChild(process.argv[2] ?? '');
