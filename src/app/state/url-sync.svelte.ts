import { decodeView, encodeView, historyKey, type ViewState } from '../model/url-state.ts';
import { t } from '../strings.ts';
import type { Explorer } from './explorer.svelte.ts';

/** Edits of the search text closer together than this are one history step, not one per key. */
const TYPING_MS = 1000;

const keyWithoutText = (view: ViewState) => historyKey({ ...view, filters: { ...view.filters, text: '' } });

/**
 * Keeps the URL hash and the explorer in step. Changes of filters, layers and selection are
 * history steps (pushState), so back and forward walk through them; camera moves only rewrite
 * the current entry (replaceState), or every pan would be a step.
 */
export function syncWithUrl(explorer: Explorer): () => void {
  let last = { key: '', keyWithoutText: '', at: -Infinity };
  const read = (opening: boolean) => {
    const { state, problems, elsewhere } = decodeView(location.hash, explorer.known);
    if (problems.length) explorer.notify('error', t.badLink(problems.map(t.linkProblem).join('; ')));
    // only a link someone sent: later history entries may name articles removed here since
    if (opening && (elsewhere.ids.length || elsewhere.more)) explorer.notify('info', t.elsewhere(elsewhere.ids, elsewhere.more));
    explorer.applyView(state);
    last = { key: historyKey(state), keyWithoutText: keyWithoutText(state), at: -Infinity };
  };
  const onPopState = () => read(false);
  read(true);
  window.addEventListener('popstate', onPopState);

  const stopEffect = $effect.root(() => {
    $effect(() => {
      const view = explorer.view;
      const hash = encodeView(view);
      if (hash === location.hash) return;
      const key = historyKey(view);
      const url = hash || `${location.pathname}${location.search}`;
      const now = performance.now();
      const typing = keyWithoutText(view) === last.keyWithoutText && now - last.at < TYPING_MS;
      if (key === last.key || typing) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      last = { key, keyWithoutText: keyWithoutText(view), at: key === last.key ? last.at : now };
    });
  });
  return () => {
    window.removeEventListener('popstate', onPopState);
    stopEffect();
  };
}
