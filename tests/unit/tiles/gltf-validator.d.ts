/** Types for the parts of the Khronos glTF validator (npm `gltf-validator`) the tests use. */
declare module 'gltf-validator' {
  /** One finding; severity 0 error, 1 warning, 2 info, 3 hint. */
  export interface ValidatorMessage { code: string; message: string; severity: number; pointer?: string }
  /** The validation report. */
  export interface ValidatorReport { issues: { numErrors: number; numWarnings: number; messages: ValidatorMessage[] } }
  /** Validates a GLB or glTF JSON in memory. */
  export function validateBytes(data: Uint8Array, options?: { maxIssues?: number; uri?: string }): Promise<ValidatorReport>;
  const validator: { validateBytes: typeof validateBytes };
  export default validator;
}
