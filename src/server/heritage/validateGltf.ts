/**
 * Runs the Khronos glTF-Validator (npm `gltf-validator`) on an uploaded model. External resources
 * are refused (an uploaded asset must be self-contained: GLB, or glTF with data: URIs), so a
 * .gltf pointing at files we do not have is an error, not a silent pass.
 */
import { createRequire } from 'node:module';

/** One validator finding (severity 0 error, 1 warning, 2 info, 3 hint). */
export interface GltfIssue {
  code: string;
  message: string;
  severity: number;
  pointer?: string;
}

/** Errors and warnings of {@link validateGltf}, as the API reports them. */
export interface GltfValidation {
  errors: GltfIssue[];
  warnings: GltfIssue[];
  /** Validator version, for the record. */
  validatorVersion: string;
}

interface Validator {
  version(): string;
  validateBytes(data: Uint8Array, options: { maxIssues?: number; format?: string; externalResourceFunction?: (uri: string) => Promise<Uint8Array> }): Promise<{ issues: { messages: GltfIssue[] } }>;
}

const validator = createRequire(import.meta.url)('gltf-validator') as Validator;

/** Validates `bytes` as `format` (glb or gltf); at most `maxIssues` findings (default 100). */
export async function validateGltf(bytes: Uint8Array, format: 'glb' | 'gltf', maxIssues = 100): Promise<GltfValidation> {
  const report = await validator.validateBytes(bytes, {
    maxIssues,
    format,
    externalResourceFunction: (uri) => Promise.reject(new Error(`external resource "${uri}" is not part of the upload; embed it (GLB or a data: URI)`)),
  });
  const messages = report.issues.messages.map((m) => ({ code: m.code, message: m.message, severity: m.severity, ...(m.pointer ? { pointer: m.pointer } : {}) }));
  return { errors: messages.filter((m) => m.severity === 0), warnings: messages.filter((m) => m.severity === 1), validatorVersion: validator.version() };
}
