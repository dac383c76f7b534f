import { Menu, app, type MenuItemConstructorOptions } from 'electron';

/** Japanese application menu; development adds the developer tools. */
export const buildMenu = (isDev: boolean): Menu => {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'ファイル',
      submenu: [{ role: 'quit', label: '終了' }],
    },
    {
      label: '編集',
      submenu: [
        { role: 'undo', label: '元に戻す' },
        { role: 'redo', label: 'やり直し' },
        { type: 'separator' },
        { role: 'cut', label: '切り取り' },
        { role: 'copy', label: 'コピー' },
        { role: 'paste', label: '貼り付け' },
        { role: 'selectAll', label: 'すべて選択' },
      ],
    },
    {
      label: '表示',
      submenu: [
        { role: 'resetZoom', label: '実際のサイズ' },
        { role: 'zoomIn', label: '拡大' },
        { role: 'zoomOut', label: '縮小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全画面表示' },
        ...(isDev
          ? ([
              { type: 'separator' },
              { role: 'reload', label: '再読み込み' },
              { role: 'toggleDevTools', label: '開発者ツール' },
            ] as MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: 'ヘルプ',
      submenu: [{ label: `バージョン ${app.getVersion()}`, enabled: false }],
    },
  ];
  return Menu.buildFromTemplate(template);
};
