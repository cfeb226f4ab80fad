/**
 * Draws the ```mermaid blocks of a rendered note. Mermaid must run in the browser and is large, so this
 * module (and Mermaid with it) loads only on notes that have a diagram.
 */
import mermaid from 'mermaid';

/** Replaces each `<pre class="mermaid">` under `root` by its diagram; a block that fails keeps its source. */
export async function drawDiagrams(root: HTMLElement): Promise<void> {
  const nodes = [...root.querySelectorAll<HTMLElement>('pre.mermaid:not([data-processed])')];
  if (nodes.length === 0) return;
  const dark = document.documentElement.dataset.theme === 'dark';
  // 'strict' keeps labels as text (no HTML, no click handlers), as the CSP expects.
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
  await mermaid.run({ nodes, suppressErrors: true }).catch(() => undefined);
  for (const node of nodes) {
    const svg = node.querySelector('svg');
    if (svg && !svg.hasAttribute('role')) svg.setAttribute('role', 'img');
  }
}
