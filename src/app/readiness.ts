/**
 * The readiness contract: `<html data-ready="true">` once the current workspace has drawn its first
 * complete frame with its layers loaded; "false" while it is getting there.
 */

/** Sets `document.documentElement.dataset.ready` to "true" or "false". */
export function setDocumentReady(ready: boolean): void {
  document.documentElement.dataset.ready = ready ? 'true' : 'false';
}

/**
 * Lists what still holds readiness back in `<html data-ready-holds="…">` (comma-separated reasons:
 * `view` until the engine drew its first complete frame, then each tool's hold; absent when nothing does): a test or a person wondering why a view never became ready can look.
 */
export function setDocumentReadyHolds(reasons: readonly string[]): void {
  if (reasons.length > 0) document.documentElement.dataset.readyHolds = reasons.join(',');
  else delete document.documentElement.dataset.readyHolds;
}
