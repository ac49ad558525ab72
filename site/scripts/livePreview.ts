// The live preview beside the editor (Payload's admin.livePreview): the admin
// posts `payload-document-event` into this frame after each autosave or save,
// and the page reloads with the new draft, rendered by the site itself. Only
// messages from the CMS's own origin count; nothing is loaded from elsewhere.
const reloadOnSave = (): void => {
  const marker = document.getElementById('live-preview');
  const origin = marker?.dataset.cmsOrigin;
  if (!origin || window.parent === window) return;
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.origin !== origin) return;
    const data = event.data as { type?: string } | null;
    if (data?.type === 'payload-document-event') window.location.reload();
  });
  // Tells the admin the page listens (as @payloadcms/live-preview's ready() does).
  window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin);
};

reloadOnSave();
