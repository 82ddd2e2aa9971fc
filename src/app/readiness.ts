/**
 * The readiness contract: `<html data-ready="true">` once the current workspace has drawn its first
 * complete frame with its layers loaded; "false" while it is getting there.
 */

/** Sets `document.documentElement.dataset.ready` to "true" or "false". */
export function setDocumentReady(ready: boolean): void {
  document.documentElement.dataset.ready = ready ? 'true' : 'false';
}
