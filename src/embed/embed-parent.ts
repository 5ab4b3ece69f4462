/**
 * For a site that pastes the hosted page in an iframe itself: sizes every
 * `<iframe data-ops-embed>` to the height the page inside reports. A message counts only
 * when it comes from that iframe's window (event.source) and from the origin of its src
 * (event.origin), so no other frame or site can resize it.
 */
function frameFor(event: MessageEvent): HTMLIFrameElement | undefined {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-ops-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    try {
      return new URL(frame.src, location.href).origin === event.origin ? frame : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function readHeight(data: unknown): number | undefined {
  try {
    const message = typeof data === 'string' ? JSON.parse(data) : data;
    const height = message?.context === 'iframe.resize' ? Number(message.height) : NaN;
    return height > 0 && height < 100_000 ? Math.ceil(height) : undefined;
  } catch {
    return undefined;
  }
}

addEventListener('message', (event) => {
  const frame = frameFor(event);
  const height = frame && readHeight(event.data);
  // Through the CSS object model: a style attribute would break under a strict CSP.
  if (height) frame.style.height = `${height}px`;
});
