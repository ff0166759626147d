/** The message embed.html posts to its parent; examples/embed-resize.js reads it. */
export interface EmbedHeightMessage {
  type: 'kpm-embed:height';
  frame: string;
  height: number;
}

/**
 * Tells the parent page the content height now and whenever it changes, so a host snippet
 * can size the iframe. Only a changed whole-pixel height is posted: resizing the iframe to
 * that height does not change the content's height again, so the exchange cannot loop.
 * The height is not secret, hence target origin '*'. Returns a function that stops it.
 */
export function reportHeight(target: Window, frame: string, root: HTMLElement = document.documentElement): () => void {
  let last = -1;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: 'kpm-embed:height', frame, height };
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  return () => observer.disconnect();
}
