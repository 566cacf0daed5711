import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { inAppPath } from './status-helpers.ts';

// The server sanitises `content` (it is the only HTML we ever inject); links to this instance
// are followed inside the app.
export function StatusContent(props: { html: string; language: string | null; id: string }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    const anchor = (event.target as Element).closest('a');
    if (!anchor) return;
    const path = inAppPath(anchor.getAttribute('href') ?? '', window.location.origin);
    if (!path) return;
    event.preventDefault();
    navigate(path);
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: clicks bubble from real links, which keep their own keyboard behaviour
    <div
      id={`status-content-${props.id}`}
      className="status-content"
      dir="auto"
      lang={props.language ?? undefined}
      onClick={onClick}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server
      dangerouslySetInnerHTML={{ __html: props.html }}
    />
  );
}
