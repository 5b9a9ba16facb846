import { useEffect } from 'react';
import { useAppStore } from '../../store';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * App-wide keys: `/` focuses the current list's search box, `n` opens the current list's "new" form
 * (both only when not typing and no dialog is open). Esc is handled by each dialog.
 */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('[aria-modal="true"]')) return;
      const { route, navigate } = useAppStore.getState();
      if (route.view !== 'list') return;
      if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('[data-list-search]');
        if (search) {
          event.preventDefault();
          search.focus();
          search.select();
        }
      } else if (event.key === 'n' && !event.shiftKey) {
        event.preventDefault();
        navigate({ view: 'new', area: route.area });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
