import { filetypeinfo } from 'magic-bytes.js';
import { ApiException } from '@thidua/server/core';
import { EVIDENCE_MAX_BYTES } from '@thidua/shared/contracts';

const OOXML = {
  'word/': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'xl/': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const ACCEPTED: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/**
 * The content type of an evidence file, decided from its bytes (the name and the browser's
 * claim are ignored): PDF, JPEG, PNG, or a Word/Excel document (a zip holding word/ or xl/).
 */
export function evidenceType(content: Buffer): string {
  if (content.length === 0) throw new ApiException(400, 'evidence_type');
  if (content.length > EVIDENCE_MAX_BYTES) throw new ApiException(413, 'evidence_too_large');
  const found = filetypeinfo(content.subarray(0, 4096));
  for (const info of found) {
    if (info.typename in ACCEPTED) return ACCEPTED[info.typename];
    if (info.typename === 'zip') {
      const head = content.subarray(0, Math.min(content.length, 64 * 1024)).toString('latin1');
      if (head.includes('[Content_Types].xml')) {
        const kind = (Object.keys(OOXML) as Array<keyof typeof OOXML>).find((prefix) =>
          head.includes(prefix),
        );
        if (kind) return OOXML[kind];
      }
    }
  }
  throw new ApiException(400, 'evidence_type');
}
