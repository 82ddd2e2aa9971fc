/** An error with an HTTP status, turned into `application/problem+json` in one place (problemHandler.ts). */
export class HttpError extends Error {
  override name = 'HttpError';
  /**
   * @param status HTTP status code
   * @param title short, human summary of the problem type (e.g. "Not found")
   * @param detail human explanation of this occurrence, saying what to change
   */
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}
