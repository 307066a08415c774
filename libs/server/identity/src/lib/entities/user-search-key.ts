import { foldVietnamese } from '@thidua/shared/contracts';

/** Name, e-mail and phone folded to plain lower-case ASCII: "Nguyễn" is found by "nguyen". */
export function userSearchKey(displayName: string, email: string | null, phone: string | null): string {
  return foldVietnamese([displayName, email ?? '', phone ?? ''].join(' ')).slice(0, 400);
}
