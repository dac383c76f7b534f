// Draws the small illustrative attachments the sample workspaces refer to and stores them
// content-addressed (`<sha256>.<ext>`), printing the metadata to paste into the samples.
// Run: npx tsx forms/samples/make-attachments.ts
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp, { type Sharp } from 'sharp';

const dir = fileURLToPath(new URL('./attachments/', import.meta.url));
const font = fileURLToPath(
  new URL(
    '../../node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
    import.meta.url,
  ),
);

const label = async (text: string, size: number, color = '#1a1a1a') =>
  sharp({
    text: {
      text: `<span foreground="${color}" size="${size * 1024}">${text}</span>`,
      fontfile: font,
      font: 'Noto Sans JP',
      rgba: true,
      dpi: 72,
    },
  })
    .png()
    .toBuffer();

interface Placed {
  text: string;
  size: number;
  left: number;
  top: number;
  color?: string;
}

const compose = async (svg: string, labels: Placed[]) => {
  const overlays = await Promise.all(
    labels.map(async (l) => ({ input: await label(l.text, l.size, l.color), left: l.left, top: l.top })),
  );
  return sharp(Buffer.from(svg)).composite(overlays);
};

const W = 1024;
const H = 768;
const photoFrame = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#d9dde2"/><rect y="560" width="${W}" height="208" fill="#9aa3ad"/>${body}</svg>`;

const racks = Array.from({ length: 5 }, (_, i) => {
  const x = 90 + i * 175;
  const leds = Array.from(
    { length: 8 },
    (_, j) =>
      `<rect x="${x + 20}" y="${170 + j * 45}" width="110" height="30" fill="#3b4048"/><circle cx="${x + 120}" cy="${185 + j * 45}" r="4" fill="#4cd964"/>`,
  ).join('');
  return `<rect x="${x}" y="140" width="150" height="440" fill="#22262b"/>${leds}`;
}).join('');

const photos = {
  installation: photoFrame(`${racks}<rect x="0" y="580" width="${W}" height="12" fill="#f2c200"/>`),
  power: photoFrame(
    Array.from(
      { length: 4 },
      (_, i) =>
        `<rect x="${100 + i * 210}" y="180" width="170" height="390" fill="#e8e8e3" stroke="#6b6b6b" stroke-width="4"/><rect x="${130 + i * 210}" y="220" width="110" height="60" fill="#2d6a4f"/><rect x="${130 + i * 210}" y="320" width="110" height="200" fill="#c8c8c0"/>`,
    ).join(''),
  ),
  'air-conditioning': photoFrame(
    `<rect x="120" y="150" width="330" height="420" fill="#f4f4f0" stroke="#777" stroke-width="4"/><rect x="570" y="150" width="330" height="420" fill="#f4f4f0" stroke="#777" stroke-width="4"/>${Array.from({ length: 10 }, (_, j) => `<rect x="150" y="${190 + j * 36}" width="270" height="14" fill="#b0b7bf"/><rect x="600" y="${190 + j * 36}" width="270" height="14" fill="#b0b7bf"/>`).join('')}`,
  ),
  monitoring: photoFrame(
    `<rect x="80" y="380" width="860" height="40" fill="#6e5b45"/>${Array.from({ length: 3 }, (_, i) => `<rect x="${120 + i * 280}" y="150" width="240" height="170" fill="#111"/><rect x="${132 + i * 280}" y="162" width="216" height="146" fill="#1f4e79"/><polyline points="${140 + i * 280},280 ${190 + i * 280},230 ${240 + i * 280},260 ${300 + i * 280},190 ${340 + i * 280},210" fill="none" stroke="#7fdbff" stroke-width="5"/><rect x="${230 + i * 280}" y="320" width="20" height="60" fill="#333"/>`).join('')}`,
  ),
  earthquake: photoFrame(
    `<rect x="60" y="470" width="900" height="40" fill="#8d8d8d"/>${Array.from({ length: 4 }, (_, i) => `<rect x="${110 + i * 220}" y="510" width="80" height="60" fill="#3a3a3a"/><ellipse cx="${150 + i * 220}" cy="540" rx="48" ry="16" fill="#b22222"/>`).join('')}<rect x="120" y="160" width="780" height="310" fill="#22262b"/>`,
  ),
} as const;

const captions: Record<keyof typeof photos, string> = {
  installation: 'サーバ室　ラック設置状況（耐荷重床・入退室管理区画内）',
  power: '無停電電源装置（UPS）及び分電盤',
  'air-conditioning': '空気調和設備（床吹出し方式・N+1冗長）',
  monitoring: '24時間有人監視室',
  earthquake: '免震装置（建物基礎部）',
};

const topologySvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1100">
<rect width="1600" height="1100" fill="#ffffff"/>
<g fill="none" stroke="#1a1a1a" stroke-width="4">
<ellipse cx="800" cy="150" rx="260" ry="90"/>
<rect x="640" y="330" width="320" height="110"/>
<rect x="640" y="540" width="320" height="110"/>
<rect x="220" y="800" width="340" height="130"/>
<rect x="1040" y="800" width="340" height="130"/>
<rect x="120" y="290" width="1360" height="700" stroke-dasharray="24 14" stroke="#555"/>
<line x1="800" y1="240" x2="800" y2="330"/>
<line x1="800" y1="440" x2="800" y2="540"/>
<line x1="800" y1="650" x2="800" y2="730"/>
<line x1="390" y1="730" x2="1210" y2="730"/>
<line x1="390" y1="730" x2="390" y2="800"/>
<line x1="1210" y1="730" x2="1210" y2="800"/>
</g></svg>`;

const topologyLabels: Placed[] = [
  { text: 'LGWAN', size: 40, left: 730, top: 120 },
  { text: 'LGWAN接続ルータ', size: 32, left: 672, top: 362 },
  { text: 'ファイアウォール', size: 32, left: 672, top: 572 },
  { text: '文書管理サービス サーバ', size: 28, left: 240, top: 842 },
  { text: '電子申請受付サービス サーバ', size: 28, left: 1048, top: 842 },
  {
    text: 'サンプル第一データセンター（ファシリティサービス）',
    size: 28,
    left: 150,
    top: 305,
    color: '#444',
  },
  { text: '専用回線（通信サービス）', size: 26, left: 820, top: 262, color: '#444' },
  {
    text: 'インターネット等の外部ネットワークとは接続しない（IPリーチャビリティなし）',
    size: 26,
    left: 150,
    top: 1010,
  },
];

const certificateSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754">
<rect width="1240" height="1754" fill="#ffffff"/>
<rect x="60" y="60" width="1120" height="1634" fill="none" stroke="#2f4f4f" stroke-width="10"/>
<rect x="80" y="80" width="1080" height="1594" fill="none" stroke="#2f4f4f" stroke-width="3"/>
<circle cx="990" cy="1450" r="90" fill="none" stroke="#b22222" stroke-width="8"/>
</svg>`;

const certificateLabels: Placed[] = [
  { text: '登　録　証', size: 72, left: 450, top: 200 },
  { text: '情報セキュリティマネジメントシステム（ISO/IEC 27001:2022）', size: 34, left: 180, top: 420 },
  { text: '組織名：株式会社サンプル情報システム', size: 34, left: 180, top: 560 },
  // Two lines: on one, the scope ran past the certificate's frame.
  { text: '適用範囲：サンプル第一データセンターにおけるハウジング', size: 26, left: 180, top: 650 },
  { text: '及びホスティングサービスの提供', size: 26, left: 330, top: 695 },
  { text: '登録番号：IS 000000（サンプル）', size: 34, left: 180, top: 780 },
  { text: '有効期限：2028年3月31日', size: 34, left: 180, top: 880 },
  { text: '※ 本書はサンプル用に作成した架空の登録証です', size: 28, left: 180, top: 1100, color: '#b22222' },
  { text: '審査登録機関（架空）', size: 30, left: 600, top: 1420 },
];

const pricingSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754"><rect width="1240" height="1754" fill="#fff"/>
<g stroke="#222" stroke-width="3" fill="none"><rect x="120" y="400" width="1000" height="480"/>${[480, 560, 640, 720, 800].map((y) => `<line x1="120" y1="${y}" x2="1120" y2="${y}"/>`).join('')}<line x1="620" y1="400" x2="620" y2="880"/></g></svg>`;
const pricingLabels: Placed[] = [
  { text: '文書管理サービス　料金体系（従量制）', size: 44, left: 230, top: 220 },
  { text: '利用者数', size: 30, left: 150, top: 420 },
  { text: '月額（税抜）', size: 30, left: 650, top: 420 },
  { text: '〜100ID', size: 30, left: 150, top: 500 },
  { text: '30,000円', size: 30, left: 650, top: 500 },
  { text: '101〜500ID', size: 30, left: 150, top: 580 },
  { text: '120,000円', size: 30, left: 650, top: 580 },
  { text: '501ID〜', size: 30, left: 150, top: 660 },
  { text: '1IDにつき220円', size: 30, left: 650, top: 660 },
];

interface Made {
  role: string;
  originalName: string;
  mediaType: string;
  sha256: string;
  size: number;
  width: number;
  height: number;
  caption?: string;
}

const store = async (role: string, originalName: string, image: Sharp, format: 'jpeg' | 'png') => {
  const bytes =
    format === 'jpeg'
      ? await image.jpeg({ quality: 55, mozjpeg: true }).toBuffer()
      : await image.png({ palette: true, colours: 16, compressionLevel: 9 }).toBuffer();
  const meta = await sharp(bytes).metadata();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await writeFile(`${dir}${sha256}.${format === 'jpeg' ? 'jpg' : 'png'}`, bytes);
  const made: Made = {
    role,
    originalName,
    mediaType: `image/${format}`,
    sha256,
    size: bytes.length,
    width: meta.width ?? 0,
    height: meta.height ?? 0,
  };
  return made;
};

await mkdir(dir, { recursive: true });
const made: Made[] = [];
for (const [area, svg] of Object.entries(photos) as [keyof typeof photos, string][]) {
  const m = await store(`photo:${area}`, `DC1_${area}.jpg`, await compose(svg, []), 'jpeg');
  made.push({ ...m, caption: captions[area] });
}
made.push(
  await store('topology', 'ネットワーク構成図.png', await compose(topologySvg, topologyLabels), 'png'),
);
made.push(
  await store('certification', 'ISMS登録証.png', await compose(certificateSvg, certificateLabels), 'png'),
);
made.push(await store('pricing', '料金体系.png', await compose(pricingSvg, pricingLabels), 'png'));
console.log(JSON.stringify(made, null, 2));
