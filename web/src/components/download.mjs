// Files from the API (CSV, PDF) come through fetch, since the API needs the bearer token: the answer is a
// Blob, offered to the browser as a download of `name` from an object URL, let go of once it is saved.
export function offerDownload(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A link that downloads a file made here (the template): an object URL that lives as long as the page. */
export function fileUrl(text, type = 'text/csv') {
  return URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
}

/**
 * Binds a button to download what `fetchBlob()` answers as `name`; while it fetches the button is
 * disabled, and a failure goes to `fail` (the shell's problem or session-ended page).
 */
export function downloadButton(button, fetchBlob, name, fail) {
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      offerDownload(await fetchBlob(), typeof name === 'function' ? name() : name);
    } catch (error) {
      fail(error);
    } finally {
      button.disabled = false;
    }
  });
}
