import { PlanSignature, SIGNATURE_MODES, SignatureMode } from '@thidua/shared/contracts';

const MODE_LINE = new RegExp(`^(${SIGNATURE_MODES.join('|')})\\s*\\.\\s*(\\S.*)$`);
const SIGNED_MARK = /^\(?\s*(đã ký|ký tên|ký, ghi rõ họ tên|ký và đóng dấu|ký, đóng dấu)[^)]*\)?\.?$/i;
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

export const isUpperCase = (text: string) => text === text.toUpperCase() && /\p{Lu}/u.test(text);

export const isModeLine = (text: string) => MODE_LINE.test(text) && isUpperCase(text);

export interface SignatureState extends PlanSignature {
  found: boolean;
}

export const emptySignature = (): SignatureState => ({
  mode: null,
  body: null,
  title: '',
  name: '',
  found: false,
});

/**
 * Reads one line of the signature block: "TM. BAN THƯỜNG VỤ" (mode and body), the title in capitals
 * ("PHÓ CHỦ TỊCH THƯỜNG TRỰC") and the signer's name. False when the line is none of these.
 */
export function readSignatureLine(state: SignatureState, text: string): boolean {
  const mode = MODE_LINE.exec(text);
  if (mode && isUpperCase(text) && state.mode === null) {
    state.mode = mode[1] as SignatureMode;
    state.body = mode[2].trim();
  } else if (isUpperCase(text) && !state.name && !/\d/.test(text) && text.split(/\s+/).length <= 8) {
    state.title = state.title ? `${state.title} ${text}` : text;
  } else if (PERSON_NAME.test(text) && !state.name && (state.title || state.mode)) {
    state.name = text;
  } else if (!SIGNED_MARK.test(text)) {
    return false;
  }
  state.found = true;
  return true;
}
