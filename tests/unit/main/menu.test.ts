import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src-main/menu';

function roles(items: MenuItemConstructorOptions[] | undefined): (string | undefined)[] {
  return (items ?? []).filter((item) => item.type !== 'separator').map((item) => item.role);
}

function submenu(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label || item.role === label);
  if (!Array.isArray(menu?.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

const base = { isMac: false, isPackaged: true, appName: 'Minutebook' };

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const template = buildMenuTemplate(base);
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      'help',
    ]);
    expect(roles(submenu(template, '&File'))).toEqual(['quit']);
    expect(roles(submenu(template, '&Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(roles(submenu(template, 'help'))).toEqual(['about']);
  });

  it('hides developer tools in a packaged app', () => {
    const view = roles(submenu(buildMenuTemplate(base), '&View'));
    expect(view).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(view).not.toContain('toggleDevTools');
  });

  it('offers developer tools in development', () => {
    const view = roles(submenu(buildMenuTemplate({ ...base, isPackaged: false }), '&View'));
    expect(view).toContain('toggleDevTools');
  });

  it('adds the app menu on macOS, with Quit there and Close in File', () => {
    const template = buildMenuTemplate({ ...base, isMac: true });
    expect(template[0]?.label).toBe('Minutebook');
    expect(roles(submenu(template, 'Minutebook'))).toContain('quit');
    expect(roles(submenu(template, '&File'))).toEqual(['close']);
  });
});
