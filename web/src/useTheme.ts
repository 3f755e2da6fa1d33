/**
 * Light/dark theme: follows the OS (prefers-color-scheme) until the user picks one with the toggle;
 * the choice is remembered in localStorage. The theme is a data attribute on <html>, read by CSS variables.
 */
import { useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';
const KEY = 'focusgen-theme';

function osTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function useTheme(): [Theme, () => void] {
  const [chosen, setChosen] = useState<Theme | null>(() => {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  });
  const [os, setOs] = useState<Theme>(osTheme);
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const on = () => setOs(mq.matches ? 'dark' : 'light');
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  const theme = chosen ?? os;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    localStorage.setItem(KEY, next);
    setChosen(next);
  };
  return [theme, toggle];
}
