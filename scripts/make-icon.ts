// Draws the app icon (a sealed envelope with the LGWAN "L") from SVG so it can be regenerated
// without design tools: `npx tsx scripts/make-icon.ts`.
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect x="8" y="8" width="240" height="240" rx="40" fill="#3b4cca"/>
  <rect x="44" y="70" width="168" height="120" rx="10" fill="#ffffff"/>
  <path d="M44 80 L128 140 L212 80" fill="none" stroke="#3b4cca" stroke-width="10" stroke-linejoin="round"/>
  <circle cx="188" cy="176" r="30" fill="#d33" stroke="#fff" stroke-width="6"/>
  <text x="188" y="188" font-family="sans-serif" font-size="34" font-weight="700" fill="#fff" text-anchor="middle">L</text>
</svg>`;

await sharp(Buffer.from(svg)).png().toFile('build/icon.png');
await sharp(Buffer.from(svg)).resize(32, 32).png().toFile('build/tray.png');
console.log('build/icon.png, build/tray.png');
