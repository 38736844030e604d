import { useId, useState } from 'react';

export type ChairTheme = 'system' | 'light' | 'dark';

const key = 'minutebook.chairTheme';

function stored(): ChairTheme {
  try {
    const value = window.sessionStorage.getItem(key);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/**
 * The Chair view's theme: the system's, or light or dark whatever the laptop uses, because a
 * projector in a bright room wants one and a dim room the other. Kept per window (session
 * storage), so the projector window and the laptop window can differ.
 */
export function useChairTheme(): [ChairTheme, (theme: ChairTheme) => void] {
  const [theme, setTheme] = useState<ChairTheme>(stored);
  const choose = (next: ChairTheme) => {
    setTheme(next);
    try {
      window.sessionStorage.setItem(key, next);
    } catch {
      // Storage refused (private mode): the choice still holds for this view.
    }
  };
  return [theme, choose];
}

export function ThemeChoice(props: { value: ChairTheme; onChange: (theme: ChairTheme) => void }) {
  const id = useId();
  return (
    <div className="chair-theme">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => {
          const value = e.target.value;
          props.onChange(value === 'light' || value === 'dark' ? value : 'system');
        }}
      >
        <option value="system">As the system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
