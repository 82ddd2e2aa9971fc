/** A CQL2 problem with the character position; becomes HTTP 400 problem+json upstream. */
export class Cql2Error extends Error {
  override name = 'Cql2Error';
  /**
   * @param message human explanation, already naming the position (e.g. "expected ')' at position 17, found 'AND'")
   * @param position 0-based index into the filter text where the problem was found
   */
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}
